import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import styles from '../Teacher.module.css';

type Props = { lessons: { title: string; path: string; current: boolean }[] };

/** The class's lessons, each a link to the class's page on it; the one shown is marked. */
export async function LessonLinks({ lessons }: Props) {
  const t = await getTranslations('TeacherDashboard');
  return (
    <nav aria-label={t('lessonsNav')} className={`${styles.lessonLinks} no-print`}>
      <ul className={styles.links}>
        {lessons.map((lesson) => (
          <li key={lesson.path}>
            <Link href={lesson.path} aria-current={lesson.current ? 'page' : undefined}>
              {lesson.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
