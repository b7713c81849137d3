import { notFound } from 'next/navigation';
import { requireClassQuiz } from '@/server/teacher/class-lesson-page';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { WrittenItem } from '@/content/quiz-schema';
import { Link, redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { signOutAction } from '@/app/[locale]/teacher/actions';
import { TeacherBar } from '@/components/teacher/TeacherBar';
import { WrittenScoringView } from '@/components/teacher/written/WrittenScoringView';
import { classLessonPath } from '@/lib/dashboard/class-paths';
import { awaitsScore, scoringAddress, type ScoringPlace } from '@/lib/dashboard/written-scoring';
import { getLesson } from '@/server/lessons';
import { sentenceQuote } from '@/server/quiz/lesson-text';
import { writtenItemForScoring } from '@/server/teacher/written-item-for-scoring';
import { countWrittenWork, getWrittenAnswers } from '@/server/teacher/written-scores';
import { returnScoresAction, scoreAnswerAction } from '../actions';

type Props = {
  params: Promise<{ locale: Locale; classId: string; slug: string; quizId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale, slug, quizId } = await params;
  const t = await getTranslations({ locale, namespace: 'WrittenScoring' });
  const quiz = getLesson(slug)?.quizzes.find((candidate) => candidate.id === quizId);
  return { title: t('title', { quiz: quiz?.title[locale] ?? '' }) };
}

/**
 * Scoring by question. The address names what is on screen: `?item=` the written question and `?answer=` the
 * attempt whose answer is scored (or `?done=1`, the end of the question), so a save that re-renders the page never
 * moves the teacher to another student. Without `?answer=`, it redirects to the first answer still to score.
 */
export default async function WrittenAnswersPage({ params, searchParams }: Props) {
  const { locale, classId, slug, quizId } = await params;
  setRequestLocale(locale);
  const { teacher, klass, lesson, quiz } = await requireClassQuiz(locale, classId, slug, quizId);
  const query = await searchParams;
  const items = quiz.items.flatMap((entry, index) =>
    entry.type === 'written' ? [{ item: entry as WrittenItem, number: index + 1 }] : [],
  );
  const current = items.find((entry) => entry.item.id === query.item) ?? items[0];
  if (!current) notFound();
  const [answers, work] = await Promise.all([
    getWrittenAnswers(teacher.teacherId, klass.id, lesson, quiz, current.item),
    countWrittenWork(teacher.teacherId, klass.id, lesson),
  ]);
  if (!answers) notFound();
  const place: ScoringPlace = {
    classId: klass.id,
    lessonSlug: lesson.slug,
    quizId: quiz.id,
    itemId: current.item.id,
    hideNames: query.names === 'hidden',
  };
  const index = answers.findIndex((answer) => answer.attemptId === query.answer);
  if (index === -1 && query.done !== '1' && answers.length) {
    const first = answers.find((answer) => awaitsScore(answer.status)) ?? answers[0]!;
    redirect({ href: scoringAddress(place, { answer: first.attemptId }), locale });
  }
  const t = await getTranslations('WrittenScoring');
  const { item } = current;
  return (
    <>
      <TeacherBar email={teacher.email} signOut={signOutAction} />
      <p>
        <Link href={classLessonPath(klass.id, lesson.slug)}>← {t('back')}</Link>
      </p>
      <h1>
        {t('title', { quiz: quiz.title[locale] })} · <span dir="auto">{klass.name}</span>
      </h1>
      <WrittenScoringView
        place={place}
        items={items.map((entry) => ({ id: entry.item.id, number: entry.number }))}
        item={await writtenItemForScoring(lesson, item, current.number, locale)}
        answers={answers}
        index={index}
        sentence={(id) => sentenceQuote(lesson, id, locale).text}
        work={work[quiz.id]!}
        score={scoreAnswerAction}
        returnScores={returnScoresAction}
      />
    </>
  );
}
