import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { classGradebookPath } from '@/lib/dashboard/class-paths';
import styles from '../Teacher.module.css';

type Props = {
  quizzes: { id: string; title: string; toScore: number }[];
  classId: string;
  classPath: string;
  locale: string;
};

/**
 * Where to go from the overview: each quiz's analysis and written answers, and the class's CSV downloads (the lesson's
 * two, and the gradebook of every assignment).
 */
export async function OverviewLinks({ quizzes, classId, classPath, locale }: Props) {
  const t = await getTranslations('TeacherDashboard');
  return (
    <nav aria-labelledby="analysis-links" className="no-print">
      <h3 id="analysis-links">{t('analysisTitle')}</h3>
      <ul className={styles.links}>
        {quizzes.map((quiz) => (
          <li key={quiz.id}>
            <Link href={`${classPath}/analysis/${quiz.id}`}>{t('analysisLink', { quiz: quiz.title })}</Link>
          </li>
        ))}
        {quizzes.map((quiz) => (
          <li key={`written-${quiz.id}`}>
            <Link href={`${classPath}/written/${quiz.id}`}>
              {t('writtenLink', { quiz: quiz.title, count: quiz.toScore })}
            </Link>
          </li>
        ))}
      </ul>
      <h3 id="downloads">{t('downloadsTitle')}</h3>
      <ul className={styles.links} aria-labelledby="downloads">
        {(['students', 'answers'] as const).map((kind) => (
          <li key={kind}>
            {/* A plain link: the CSV comes from a route handler, not a page. */}
            <a href={`/${locale}${classPath}/export/${kind}`} download>
              {t(kind === 'students' ? 'downloadStudents' : 'downloadAnswers')}
            </a>
          </li>
        ))}
        <li>
          <a href={`/${locale}${classGradebookPath(classId)}`} download>
            {t('downloadGradebook')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
