import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { QuizActions } from '@/components/quiz/quiz-actions';
import { getLesson } from '@/server/lessons';
import { answerItemFormAction, chooseToolsAction, submitAttemptAction, submitAttemptFormAction } from './actions';

// What the quiz page and its prerendered copy (prerendered/page.tsx) share.

export function quizContent(slug: string, quizId: string) {
  return getLesson(slug)?.quizzes.find((candidate) => candidate.id === quizId) ?? null;
}

export function quizMetadata(locale: Locale, slug: string, quizId: string): Metadata {
  const quiz = quizContent(slug, quizId);
  return quiz ? { title: quiz.title[locale] } : {};
}

export const quizActions: QuizActions = {
  submitAttempt: submitAttemptAction,
  answerItemForm: answerItemFormAction,
  submitAttemptForm: submitAttemptFormAction,
  chooseTools: chooseToolsAction,
};

/** The way back to the article, the quiz's title and its introduction. */
export function QuizHeading({ slug, title, intro }: { slug: string; title: string; intro: string }) {
  const t = useTranslations('Quiz');
  return (
    <>
      <p>
        <Link href={`/lessons/${slug}`}>← {t('backToLesson')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
    </>
  );
}
