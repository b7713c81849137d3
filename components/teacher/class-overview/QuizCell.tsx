import { getTranslations } from 'next-intl/server';
import type { QuizId } from '@/content/quiz-schema';
import type { RosterRow } from '@/lib/dashboard/class-overview';
import { percentFormatter } from './percent-formatter';
import styles from '../Teacher.module.css';

type Props = {
  student: RosterRow;
  quizId: QuizId;
  /** How many items the quiz has. */
  total: number;
};

/** One quiz of one student: submitted with its score (and "late" after the due date), in progress with "Q 6/14", or not started. */
export async function QuizCell({ student, quizId, total }: Props) {
  const t = await getTranslations('TeacherDashboard');
  const tAssignment = await getTranslations('Assignment');
  const percent = await percentFormatter();
  const progress = student.quizzes[quizId] ?? { status: 'not-started', answered: 0 };
  const score = student.scores[quizId];
  return (
    <>
      <span className={styles.status} data-quiz-status={progress.status}>
        {t(`quizState.${progress.status}`)}
      </span>{' '}
      {progress.status === 'submitted' && score !== null && score !== undefined && percent(score)}
      {progress.late && <span className={styles.late}> · {tAssignment('late')}</span>}
      {progress.status === 'in-progress' && (
        <span className={styles.answered}>
          <span aria-hidden="true">{t('answeredShort', { answered: progress.answered, total })}</span>
          <span className="visually-hidden">{t('answeredLong', { answered: progress.answered, total })}</span>
        </span>
      )}
    </>
  );
}
