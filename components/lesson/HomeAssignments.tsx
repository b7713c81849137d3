import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { HomeAssignment } from '@/lib/assignments/quiz-progress';
import { LocalDateTime } from '@/components/ui/LocalDateTime';
import styles from './HomeAssignments.module.css';

type Props = { assignments: HomeAssignment[]; locale: Locale };

/**
 * A student's assignments on their home page: each lesson with its status in words, its dates (the close their own,
 * extension included) and where they stand on each quiz; a line saying so when their teacher has assigned nothing.
 */
export async function HomeAssignments({ assignments, locale }: Props) {
  const t = await getTranslations('HomeAssignments');
  // The quiz's lock and practice labels, as on the reading page's quiz cards.
  const tTerms = await getTranslations('AssignmentStatus');
  // Dates as on the lesson page's notice (components/ui/AssignmentNotice.tsx): UTC in the HTML, then the reader's zone.
  const when = (iso: string) => <LocalDateTime dateTime={iso} locale={locale} />;
  return (
    <section aria-labelledby="assignments-heading">
      <h2 id="assignments-heading">{t('heading')}</h2>
      {assignments.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className={styles.list}>
          {assignments.map(({ lessonSlug, title, notice, quizzes }) => (
            <li key={lessonSlug} className={styles.card} data-state={notice.state}>
              <h3 className={styles.title}>
                <Link href={`/lessons/${lessonSlug}`}>{title}</Link>
              </h3>
              <p className={styles.status}>{t.rich(`status.${notice.state}`, { date: () => when(notice.dueAt) })}</p>
              <dl className={styles.dates}>
                <div>
                  <dt>{t('opens')}</dt>
                  <dd>{when(notice.opensAt)}</dd>
                </div>
                <div>
                  <dt>{t('due')}</dt>
                  <dd>{when(notice.dueAt)}</dd>
                </div>
                <div>
                  <dt>{t('closes')}</dt>
                  <dd>{notice.closesAt ? when(notice.closesAt) : t('neverCloses')}</dd>
                </div>
              </dl>
              <ul className={styles.quizzes} aria-label={t('quizzes', { lesson: title })}>
                {quizzes.map((quiz) => (
                  <li key={quiz.id}>
                    {t('quizProgress', { quiz: quiz.title, progress: t(`progress.${quiz.progress}`) })}
                    {quiz.locked && <span className={styles.term}>{tTerms('lockedShort')}</span>}
                    {!quiz.graded && <span className={styles.term}>{tTerms('ungraded')}</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
