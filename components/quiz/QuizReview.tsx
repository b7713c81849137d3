'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import type { PostAction } from '@/lib/action-result';
import type { PublicQuiz } from '@/lib/quiz/public-item';
import styles from './Quiz.module.css';

type Props = {
  quiz: PublicQuiz;
  attemptId: string | null;
  /** The attempt exists, or answers kept on this device will start it: submitting may be asked for. */
  started: boolean;
  answered: (itemId: string) => boolean;
  onDevice: (itemId: string) => boolean;
  onGo: (index: number) => (event: React.MouseEvent) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitting: boolean;
  message: string;
  headingId: string;
  /** The submit form's action without JavaScript. */
  submitForm: PostAction;
};

/** The last screen: which questions have answers, and the submit button (a plain form without JavaScript). */
export function QuizReview(props: Props) {
  const { quiz, attemptId, started, answered, onDevice, onGo, onSubmit, submitting, message, headingId, submitForm } =
    props;
  const t = useTranslations('Quiz');
  const unanswered = quiz.items.filter((item) => !answered(item.id)).length;
  return (
    <section aria-labelledby={headingId} className={styles.review}>
      <h2 id={headingId} tabIndex={-1}>
        {t('submitHeading')}
      </h2>
      <h3>{t('reviewList')}</h3>
      <ol className={styles.reviewList}>
        {quiz.items.map((item, index) => (
          <li key={item.id}>
            <a href={`?q=${index + 1}`} onClick={onGo(index)}>
              {t('goTo', { number: index + 1 })}
            </a>
            : {answered(item.id) ? t('answered') : <strong>{t('notAnswered')}</strong>}
            {onDevice(item.id) && ` (${t('onDevice.short')})`}
          </li>
        ))}
      </ol>
      <p>{t('submitUnanswered', { count: unanswered })}</p>
      <form action={submitForm} onSubmit={onSubmit}>
        <input type="hidden" name="lessonSlug" value={quiz.lessonSlug} />
        <input type="hidden" name="quizId" value={quiz.id} />
        <input type="hidden" name="attemptId" value={attemptId ?? ''} />
        <button
          type="submit"
          className="button"
          disabled={submitting || !started}
          aria-describedby={started ? undefined : `${headingId}-no-attempt`}
        >
          {submitting ? t('submitting') : t('submit')}
        </button>
        {!started && (
          <p id={`${headingId}-no-attempt`} className={styles.hint}>
            {t('errors.noAttempt')}
          </p>
        )}
      </form>
      <p role="alert" className={styles.error}>
        {message}
      </p>
    </section>
  );
}
