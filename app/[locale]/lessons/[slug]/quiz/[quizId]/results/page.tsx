import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { QuizResultsView } from '@/components/quiz/QuizResultsView';
import { retakeFormAction } from '../actions';
import { quizRouteParams } from '@/server/quiz/quiz-page';
import { loadQuizResults } from '@/server/quiz/quiz-results';
import { currentStudentTools } from '@/server/supports/quiz-supports';

type Props = {
  params: Promise<{ locale: Locale; slug: string; quizId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamicParams = false;

export const generateStaticParams = quizRouteParams;

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'QuizResults' });
  return { title: t('pageTitle') };
}

export default async function QuizResultsPage({ params, searchParams }: Props) {
  const { locale, slug, quizId } = await params;
  setRequestLocale(locale);
  const { attempt } = await searchParams;
  const attemptId = attempt === undefined ? undefined : String(attempt);
  const [results, supports] = await Promise.all([
    loadQuizResults(slug, quizId, locale, attemptId),
    currentStudentTools(),
  ]);
  // A named attempt that is not one of this learner's (malformed, unknown, someone else's) does not exist for them.
  if (!results && attemptId !== undefined) notFound();
  // Nothing submitted yet: the quiz itself is the place to be.
  if (!results) redirect({ href: `/lessons/${slug}/quiz/${quizId}`, locale });
  return (
    <QuizResultsView results={results!} slug={slug} locale={locale} retake={retakeFormAction} supports={supports} />
  );
}
