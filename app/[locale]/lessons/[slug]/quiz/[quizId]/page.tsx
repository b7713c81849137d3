import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link, redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { QuizRunner } from '@/components/quiz/QuizRunner';
import type { QuizActions } from '@/components/quiz/quiz-actions';
import { initialQuestionIndex } from '@/lib/quiz/navigation';
import { getLesson } from '@/server/lessons';
import { loadQuizPage, quizRouteParams } from '@/server/quiz/quiz-page';
import { answerItemFormAction, submitAttemptAction, submitAttemptFormAction } from './actions';

type Props = {
  params: Promise<{ locale: Locale; slug: string; quizId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamicParams = false;

export const generateStaticParams = quizRouteParams;

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale, slug, quizId } = await params;
  const quiz = getLesson(slug)?.quizzes.find((candidate) => candidate.id === quizId);
  return quiz ? { title: quiz.title[locale] } : {};
}

const quizActions: QuizActions = {
  submitAttempt: submitAttemptAction,
  answerItemForm: answerItemFormAction,
  submitAttemptForm: submitAttemptFormAction,
};

export default async function QuizPage({ params, searchParams }: Props) {
  const { locale, slug, quizId } = await params;
  setRequestLocale(locale);
  const data = await loadQuizPage(slug, quizId, locale);
  if (!data) notFound();
  const { quiz, attempt, feedbackMode, answers, feedback, optionSeed, queueOwner } = data;
  if (attempt?.status === 'submitted') redirect({ href: `/lessons/${slug}/quiz/${quizId}/results`, locale });
  const query = await searchParams;
  const t = await getTranslations('Quiz');

  return (
    <>
      <p>
        <Link href={`/lessons/${slug}`}>← {t('backToLesson')}</Link>
      </p>
      <h1>{quiz.title}</h1>
      <p className="lead">{quiz.intro}</p>
      <QuizRunner
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
        errorCode={typeof query.error === 'string' ? query.error : undefined}
      />
    </>
  );
}
