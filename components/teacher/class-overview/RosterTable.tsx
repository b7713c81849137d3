import { getTranslations } from 'next-intl/server';
import { ROSTER_COLUMNS, type RosterColumn, type SortDirection } from '@/lib/roster-sort';
import type { RosterRow } from '@/lib/dashboard/class-overview';
import { SortHeader } from './SortHeader';
import { StudentRow } from './StudentRow';
import styles from '../Teacher.module.css';

type Props = {
  /** In the order the table shows them. */
  students: RosterRow[];
  quizzes: { id: string; items: number }[];
  classPath: string;
  sort: { column: RosterColumn; direction: SortDirection };
  now: Date;
};

/** The roster: a scrollable table with a sortable header and one row per student. */
export async function RosterTable({ students, quizzes, classPath, sort, now }: Props) {
  const t = await getTranslations('TeacherDashboard');
  const itemCount = new Map(quizzes.map((quiz) => [quiz.id, quiz.items]));
  return (
    <>
      <p id="overview-scroll-hint" className={styles.scrollHint}>
        {t('scrollHint')}
      </p>
      <div
        className={styles.tableScroll}
        tabIndex={0}
        role="region"
        aria-labelledby="overview"
        aria-describedby="overview-scroll-hint"
      >
        <table className="data-table">
          <thead>
            <tr>
              {ROSTER_COLUMNS.map((column) => (
                <SortHeader key={column} column={column} sort={sort} classPath={classPath} />
              ))}
            </tr>
          </thead>
          <tbody>
            {students.map((student) => (
              <StudentRow key={student.id} student={student} itemCount={itemCount} classPath={classPath} now={now} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
