import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { ClassProgress } from '@/lib/dashboard/class-overview';
import type { ClassSummary } from '@/lib/dashboard/class-summaries';
import { classLessonPath } from '@/lib/dashboard/class-paths';
import styles from './Teacher.module.css';

/** The teacher's classes, each with its progress in `lessonSlug`, the lesson its students are sent to (and a link to it). */
export async function ClassList({
  classes,
  progress,
  lessonSlug,
}: {
  classes: ClassSummary[];
  progress: Map<string, ClassProgress>;
  lessonSlug: string;
}) {
  const t = await getTranslations('TeacherHome');
  if (classes.length === 0) return <p className={styles.empty}>{t('empty')}</p>;
  return (
    <ul className={styles.classList}>
      {classes.map((klass) => (
        <li key={klass.id} className={styles.classCard} data-archived={klass.archived || undefined}>
          <Link href={classLessonPath(klass.id, lessonSlug)} className={styles.className}>
            {klass.name}
          </Link>
          <span>
            {t('joinCode')}: <strong className={styles.code}>{klass.joinCode}</strong>
          </span>
          <span>{t('students', { count: klass.studentCount })}</span>
          <span>{t('finishedCount', { count: progress.get(klass.id)?.finished ?? 0 })}</span>
          {progress.get(klass.id)?.averagePercent != null && (
            <span>{t('averageScore', { percent: progress.get(klass.id)!.averagePercent! })}</span>
          )}
          {klass.archived && <span className={styles.badge}>{t('archived')}</span>}
        </li>
      ))}
    </ul>
  );
}
