'use client';

import { forwardRef } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { formatPoints } from '@/lib/points';
import type { ItemFeedback } from '@/lib/quiz/public-item';
import { QuizListen } from './supports/QuizListen';
import styles from './Quiz.module.css';

type Props = { feedback: ItemFeedback; lessonHref: string };

/** The result of a checked item: right, partly right or wrong, the right answer and why, with the paragraph. */
export const FeedbackPanel = forwardRef<HTMLDivElement, Props>(function FeedbackPanel({ feedback, lessonHref }, ref) {
  const t = useTranslations('Quiz');
  const locale = useLocale();
  const result = feedback.correct ? 'right' : feedback.score > 0 ? 'partial' : 'wrong';
  const title =
    result === 'right'
      ? t('feedback.correct')
      : result === 'partial'
        ? t('feedback.partial', { score: formatPoints(feedback.score, locale) })
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
      <QuizListen
        text={[
          title,
          ...(feedback.correct || feedback.rows ? [] : [t('feedback.correctAnswer'), ...feedback.correctAnswer]),
          feedback.explanation,
        ].join(' ')}
        label={t('listenTo.feedback')}
      />
      <p>
        <a href={`${lessonHref}#${feedback.paragraphId}`}>
          {t('feedback.readParagraph', { number: feedback.paragraphNumber })}
        </a>
      </p>
    </div>
  );
});
