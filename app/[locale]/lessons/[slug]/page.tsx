import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { studentSignOutAction } from '@/app/[locale]/join/actions';
import { StudentBadge } from '@/components/join/StudentBadge';
import { LessonReader } from '@/components/lesson/LessonReader';
import type { LessonActions } from '@/components/lesson/lesson-actions';
import { parseReadingView } from '@/lib/reading-view';
import { getCurrentFamiliarity } from '@/server/learner/familiarity';
import { getLesson, lessonSlugs } from '@/server/lessons';
import { getCurrentQuizStatuses } from '@/server/quiz/quiz-status';
import { getCurrentReadingState } from '@/server/learner/reading';
import { currentStudent } from '@/server/auth/current-student';
import { saveFamiliarityAction, saveReadingPreferenceAction } from './actions';

type Props = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const lesson = getLesson(slug);
  return lesson ? { title: lesson.meta.title[locale], description: lesson.meta.summary[locale] } : {};
}

const lessonActions: LessonActions = {
  saveFamiliarity: saveFamiliarityAction,
  saveReadingPreference: saveReadingPreferenceAction,
};

export default async function LessonPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  const view = parseReadingView((await searchParams).view);
  const [familiarity, reading, quizStatuses, student] = await Promise.all([
    getCurrentFamiliarity(slug),
    getCurrentReadingState(slug),
    getCurrentQuizStatuses(slug),
    currentStudent(),
  ]);

  return (
    <>
      {student && <StudentBadge {...student} signOut={studentSignOutAction} />}
      <LessonReader
        lesson={lesson}
        locale={locale}
        view={view}
        familiarity={familiarity}
        reading={reading}
        actions={lessonActions}
        quizStatuses={quizStatuses}
      />
    </>
  );
}
