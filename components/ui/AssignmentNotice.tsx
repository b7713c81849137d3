'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { AssignmentNotice as Notice } from '@/lib/assignments/window';
import { LocalDateTime } from '@/components/ui/LocalDateTime';
import styles from './AssignmentNotice.module.css';

/**
 * What the student's assignment of the lesson says now, on its reading and quiz pages: opens on, due, late, or closed
 * (or locked by the teacher), and on a quiz page, that the quiz is practice when it does not count.
 */
export function AssignmentNotice({ notice }: { notice: Notice }) {
  const t = useTranslations('AssignmentStatus');
  const locale = useLocale();
  const [key, iso] = {
    upcoming: ['upcoming', notice.opensAt],
    open: ['due', notice.dueAt],
    late: ['late', notice.dueAt],
    closed: ['closed', notice.closesAt ?? notice.dueAt],
  }[notice.state] as ['upcoming' | 'due' | 'late' | 'closed', string];
  return (
    <>
      <p className={styles.assignment} data-state={notice.state}>
        {notice.locked
          ? t('locked')
          : t.rich(key, {
              date: function AssignmentDate() {
                return <LocalDateTime dateTime={iso} locale={locale} />;
              },
            })}
      </p>
      {!notice.graded && <p className={styles.ungraded}>{t('ungraded')}</p>}
    </>
  );
}
