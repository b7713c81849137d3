'use client';

import { useTranslations } from 'next-intl';
import type { ItemFeedback } from '@/lib/quiz/public-item';
import styles from '../Quiz.module.css';

/**
 * Right or wrong for one row of a matching or classification item, naming the error and the right answer, with a
 * link to the row's own paragraph (a row's evidence is often in another paragraph than the item's).
 */
export function RowFeedback({
  feedback,
  rowId,
  lessonHref,
}: {
  feedback?: ItemFeedback;
  rowId: string;
  lessonHref: string;
}) {
  const t = useTranslations('Quiz');
  const row = feedback?.rows?.find((candidate) => candidate.rowId === rowId);
  if (!row) return null;
  return (
    <p className={row.correct ? styles.rowRight : styles.rowWrong}>
      {row.correct
        ? t('rowRight')
        : `${t(`rowErrors.${row.error ?? 'missing'}`)} ${t('feedback.correctAnswer')} ${row.expected}`}{' '}
      <a href={`${lessonHref}#${row.paragraphId}`}>{t('feedback.readParagraph', { number: row.paragraphNumber })}</a>
    </p>
  );
}
