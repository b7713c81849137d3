import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { QuizRunner } from '@/components/quiz/QuizRunner';
import { initialQuestionIndex } from '@/lib/quiz/navigation';
import { loadQuizPage, quizRouteParams } from '@/server/quiz/quiz-page';
import { QuizHeading, quizActions, quizMetadata } from './quiz-page';

type Props = {
  params: Promise<{ locale: Locale; slug: string; quizId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The quiz page rendered per request, with the learner's attempt in its HTML: without JavaScript, and for an address
// with a query. A browser that runs JavaScript gets its prerendered copy instead (lib/prerendered-page.ts).
export const dynamicParams = false;

export const generateStaticParams = quizRouteParams;

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale, slug, quizId } = await params;
  return quizMetadata(locale, slug, quizId);
}

export default async function QuizPage({ params, searchParams }: Props) {
  const { locale, slug, quizId } = await params;
  setRequestLocale(locale);
  const data = await loadQuizPage(slug, quizId, locale);
  if (!data) notFound();
  const { quiz, attempt, feedbackMode, answers, feedback, optionSeed, queueOwner, assignment, supports } = data;
  if (attempt?.status === 'submitted') redirect({ href: `/lessons/${slug}/quiz/${quizId}/results`, locale });
  const query = await searchParams;
  // The student's profile opens the quiz in the other language.
  if (supports.moveTo)
    redirect({ href: { pathname: `/lessons/${slug}/quiz/${quizId}`, query }, locale: supports.moveTo });

  return (
    <>
      <QuizRunner
        heading={<QuizHeading slug={slug} title={quiz.title} intro={quiz.intro} />}
        actions={quizActions}
        quiz={quiz}
        attemptId={attempt?.id ?? null}
        feedbackMode={feedbackMode}
        initialAnswers={answers}
        initialFeedback={feedback}
        initialIndex={initialQuestionIndex(
          query.q,
          quiz.items.map((item) => item.id),
          answers,
          feedbackMode,
        )}
        lessonHref={`/${locale}/lessons/${slug}`}
        optionSeed={optionSeed}
        queueOwner={queueOwner}
        assignment={assignment}
        supports={supports}
        errorCode={typeof query.error === 'string' ? query.error : undefined}
      />
    </>
  );
}
