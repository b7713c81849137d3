import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { ClassSummary } from '@/server/classes';
import styles from './Teacher.module.css';

export async function ClassList({ classes }: { classes: ClassSummary[] }) {
  const t = await getTranslations('TeacherHome');
  if (classes.length === 0) return <p className={styles.empty}>{t('empty')}</p>;
  return (
    <ul className={styles.classList}>
      {classes.map((klass) => (
        <li key={klass.id} className={styles.classCard} data-archived={klass.archived || undefined}>
          <Link href={`/teacher/classes/${klass.id}`} className={styles.className}>
            {klass.name}
          </Link>
          <span>
            {t('joinCode')}: <strong className={styles.code}>{klass.joinCode}</strong>
          </span>
          <span>{t('students', { count: klass.studentCount })}</span>
          {klass.archived && <span className={styles.badge}>{t('archived')}</span>}
        </li>
      ))}
    </ul>
  );
}
