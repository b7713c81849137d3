import { getFormatter, getTranslations } from 'next-intl/server';
import type { LivePlace, LiveRow } from '@/lib/dashboard/live-status';
import styles from './Live.module.css';

type Props = { students: LiveRow[]; quizTitles: Record<string, string>; now: Date };

/** One row per student: where they are, how long since their last action, and their state (stuck in words). */
export async function LiveTable({ students, quizTitles, now }: Props) {
  const t = await getTranslations('LiveView');
  const format = await getFormatter();
  const place = (where: LivePlace) => {
    switch (where.kind) {
      case 'not-started':
        return t('place.notStarted');
      case 'reading':
        return t('place.reading', { paragraph: where.paragraph, paragraphs: where.paragraphs });
      case 'submitted':
        return t('place.submitted', { quiz: quizTitles[where.quizId] ?? where.quizId });
      case 'quiz': {
        const quiz = quizTitles[where.quizId] ?? where.quizId;
        if (where.question > where.questions) return t('place.review', { quiz });
        const numbers = { question: where.question, total: where.questions };
        return (
          <>
            {quiz}:{' '}
            <span className={styles.question}>
              <span aria-hidden="true">{t('place.quizShort', numbers)}</span>
              <span className="visually-hidden">{t('place.quizLong', numbers)}</span>
            </span>
          </>
        );
      }
    }
  };
  return (
    <table className="data-table stacked-table" role="table" aria-labelledby="live-title">
      <thead>
        <tr>
          <th scope="col">{t('columns.student')}</th>
          <th scope="col">{t('columns.place')}</th>
          <th scope="col">{t('columns.lastAction')}</th>
          <th scope="col">{t('columns.state')}</th>
        </tr>
      </thead>
      <tbody>
        {students.map((student) => (
          <tr key={student.id} role="row">
            <th scope="row" role="rowheader">
              {student.displayName}
            </th>
            <td role="cell" data-label={t('columns.place')}>
              {place(student.place)}
            </td>
            <td role="cell" data-label={t('columns.lastAction')}>
              {student.lastAction ? (
                <time dateTime={student.lastAction.toISOString()}>
                  {/* A save that landed after the page read the clock is "now", not "in 1 second". */}
                  {format.relativeTime(student.lastAction > now ? now : student.lastAction, now)}
                </time>
              ) : (
                t('never')
              )}
            </td>
            <td role="cell" data-label={t('columns.state')}>
              <span className={styles.state} data-state={student.state}>
                {t(`state.${student.state}`)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
