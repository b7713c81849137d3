import { requireClassQuiz } from '@/server/teacher/class-lesson-page';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { AnalysisFilter } from '@/components/teacher/analysis/AnalysisFilter';
import { ItemAnalysisView } from '@/components/teacher/analysis/ItemAnalysisView';
import { AutoRefresh } from '@/components/teacher/AutoRefresh';
import { signOutAction } from '@/app/[locale]/teacher/actions';
import { TeacherBar } from '@/components/teacher/TeacherBar';
import { getItemAnalysis } from '@/server/teacher/item-analysis';
import { classLessonPath } from '@/lib/dashboard/class-paths';
import { parseLanguageFilter, parseSupportsFilter } from '@/server/teacher/quiz-counts';
import { answerLabels } from '@/server/quiz/answer-labels';

type Props = {
  params: Promise<{ locale: Locale; classId: string; slug: string; quizId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ItemAnalysisPage({ params, searchParams }: Props) {
  const { locale, classId, slug, quizId } = await params;
  setRequestLocale(locale);
  const { teacher, klass, lesson, quiz } = await requireClassQuiz(locale, classId, slug, quizId);
  const query = await searchParams;
  const filter = { language: parseLanguageFilter(query.language), supports: parseSupportsFilter(query.supports) };
  const analysis = await getItemAnalysis(
    teacher.teacherId,
    klass.id,
    lesson,
    quiz,
    filter,
    locale,
    await answerLabels(),
  );
  const t = await getTranslations('ItemAnalysis');
  const classPath = classLessonPath(klass.id, lesson.slug);
  return (
    <>
      <TeacherBar email={teacher.email} signOut={signOutAction} />
      <p>
        <Link href={classPath}>← {t('back')}</Link>
      </p>
      <h1>
        {t('title', { quiz: quiz.title[locale] })} · <span dir="auto">{klass.name}</span>
      </h1>
      <AutoRefresh seconds={15} />
      <AnalysisFilter path={`${classPath}/analysis/${quiz.id}`} current={filter} />
      <ItemAnalysisView analysis={analysis} countedAttempt={klass.countedAttempt} />
    </>
  );
}
