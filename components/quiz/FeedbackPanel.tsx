'use client';

import { forwardRef } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { ItemFeedback } from '@/lib/quiz/public-item';
import styles from './Quiz.module.css';

type Props = { feedback: ItemFeedback; lessonHref: string };

/** The result of a checked item: right, partly right or wrong, the right answer and why, with the paragraph. */
export const FeedbackPanel = forwardRef<HTMLDivElement, Props>(function FeedbackPanel({ feedback, lessonHref }, ref) {
  const t = useTranslations('Quiz');
  const format = useFormatter();
  const result = feedback.correct ? 'right' : feedback.score > 0 ? 'partial' : 'wrong';
  const title =
    result === 'right'
      ? t('feedback.correct')
      : result === 'partial'
        ? t('feedback.partial', { score: format.number(feedback.score, { maximumFractionDigits: 2 }) })
        : t('feedback.incorrect');
  return (
    <div ref={ref} tabIndex={-1} className={styles.feedback} data-result={result}>
      <p className={styles.feedbackTitle}>{title}</p>
      {!feedback.correct && !feedback.rows && (
        <div>
          <p className={styles.feedbackLabel}>{t('feedback.correctAnswer')}</p>
          <ul>
            {feedback.correctAnswer.map((answer) => (
              <li key={answer}>{answer}</li>
            ))}
          </ul>
        </div>
      )}
      <p>{feedback.explanation}</p>
      <p>
        <a href={`${lessonHref}#${feedback.paragraphId}`}>
          {t('feedback.readParagraph', { number: feedback.paragraphNumber })}
        </a>
      </p>
    </div>
  );
});
