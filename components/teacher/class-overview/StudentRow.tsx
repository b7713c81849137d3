import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { RosterRow } from '@/lib/dashboard/class-overview';
import { percentFormatter } from './percent-formatter';
import { QuizCell } from './QuizCell';
import styles from '../Teacher.module.css';

type Props = {
  student: RosterRow;
  /** How many items each quiz has. */
  itemCount: Map<string, number>;
  classPath: string;
  now: Date;
};

/** One student's row: name (a link to their answers), status, reading, each quiz, language, time since last active. */
export async function StudentRow({ student, itemCount, classPath, now }: Props) {
  const t = await getTranslations('TeacherDashboard');
  const format = await getFormatter();
  const percent = await percentFormatter();
  // Time since the student last did anything: minutes while it matters in the lesson, then a date.
  const idle = (last: Date) => {
    const minutes = Math.max(0, Math.floor((now.getTime() - last.getTime()) / 60_000));
    return minutes < 60 ? t('idle', { minutes }) : format.relativeTime(last, now);
  };
  return (
    <tr>
      <th scope="row" dir="auto">
        <Link href={`${classPath}/students/${student.id}`}>{student.displayName}</Link>
      </th>
      <td>
        <span className={styles.status} data-status={student.status}>
          {t(`status.${student.status}`)}
        </span>
      </td>
      <td>{percent(student.readingPercent)}</td>
      <td>
        <QuizCell student={student} quizId="comprehension" total={itemCount.get('comprehension') ?? 0} />
      </td>
      <td>
        <QuizCell student={student} quizId="attribution" total={itemCount.get('attribution') ?? 0} />
      </td>
      <td>{student.language ? t(`languages.${student.language}`) : t('never')}</td>
      <td>
        {student.lastActivity ? (
          <time dateTime={student.lastActivity.toISOString()}>{idle(student.lastActivity)}</time>
        ) : (
          t('never')
        )}
      </td>
    </tr>
  );
}
