import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ROSTER_COLUMNS, sortRoster, type RosterColumn, type SortDirection } from '@/lib/roster-sort';
import type { QuizId } from '@/content/quiz-schema';
import type { ClassOverview, RosterRow } from '@/lib/dashboard/class-overview';
import { AutoRefresh } from './AutoRefresh';
import styles from './Teacher.module.css';

type Props = {
  overview: ClassOverview;
  lessonTitle: string;
  /** The lesson's teacher notes page. */
  notesPath: string;
  /** Each quiz with how many written answers await a score, and how many items it has. */
  quizzes: { id: string; title: string; toScore: number; items: number }[];
  classPath: string;
  sort: { column: RosterColumn; direction: SortDirection };
  locale: string;
  now: Date;
};

/** Who is where: counts, and a roster sortable by every column (links, so sorting works without JavaScript). */
export async function ClassOverviewView({
  overview,
  lessonTitle,
  notesPath,
  quizzes,
  classPath,
  sort,
  locale,
  now,
}: Props) {
  const t = await getTranslations('TeacherDashboard');
  const format = await getFormatter();
  const students = sortRoster(overview.students, sort.column, sort.direction, locale);
  const header = (column: RosterColumn) => {
    const active = sort.column === column;
    const next: SortDirection = active && sort.direction === 'asc' ? 'desc' : 'asc';
    return (
      <th
        key={column}
        scope="col"
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <Link href={`${classPath}?sort=${column}&dir=${next}`} scroll={false} className={styles.sortLink}>
          {t(`columns.${column}`)}
          <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </Link>
      </th>
    );
  };
  // Percentages in the reader's convention: "75%" in English, "75 %" in Spanish.
  const percent = (value: number) => format.number(value / 100, { style: 'percent' });
  const itemCount = new Map(quizzes.map((quiz) => [quiz.id, quiz.items]));
  // Each quiz on its own: submitted with its score, in progress with "Q 6/14", or not started.
  const quizCell = (student: RosterRow, quizId: QuizId) => {
    const progress = student.quizzes[quizId] ?? { status: 'not-started', answered: 0 };
    const total = itemCount.get(quizId) ?? 0;
    const score = student.scores[quizId];
    return (
      <>
        <span className={styles.status} data-quiz-status={progress.status}>
          {t(`quizState.${progress.status}`)}
        </span>{' '}
        {progress.status === 'submitted' && score !== null && score !== undefined && percent(score)}
        {progress.status === 'in-progress' && (
          <span className={styles.answered}>
            <span aria-hidden="true">{t('answeredShort', { answered: progress.answered, total })}</span>
            <span className="visually-hidden">{t('answeredLong', { answered: progress.answered, total })}</span>
          </span>
        )}
      </>
    );
  };
  // Time since the student last did anything: minutes while it matters in the lesson, then a date.
  const idle = (last: Date) => {
    const minutes = Math.max(0, Math.floor((now.getTime() - last.getTime()) / 60_000));
    return minutes < 60 ? t('idle', { minutes }) : format.relativeTime(last, now);
  };

  return (
    <section aria-labelledby="overview" className={styles.overview}>
      <h2 id="overview">{t('overviewTitle', { lesson: lessonTitle })}</h2>
      <AutoRefresh seconds={15} />
      <dl className={styles.counts}>
        <div>
          <dt>{t('joined')}</dt>
          <dd>{overview.joined}</dd>
        </div>
        <div>
          <dt>{t('finished')}</dt>
          <dd>{overview.finished}</dd>
        </div>
        <div>
          <dt>{t('average')}</dt>
          <dd>{overview.averagePercent === null ? t('noAverage') : percent(overview.averagePercent)}</dd>
        </div>
      </dl>
      <p className={styles.updated}>{t('updated', { time: format.dateTime(now, { timeStyle: 'medium' }) })}</p>
      {students.length === 0 ? (
        <p className={styles.empty}>{t('empty')}</p>
      ) : (
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
                <tr>{ROSTER_COLUMNS.map(header)}</tr>
              </thead>
              <tbody>
                {students.map((student) => (
                  <tr key={student.id}>
                    <th scope="row" dir="auto">
                      <Link href={`${classPath}/students/${student.id}`}>{student.displayName}</Link>
                    </th>
                    <td>
                      <span className={styles.status} data-status={student.status}>
                        {t(`status.${student.status}`)}
                      </span>
                    </td>
                    <td>{percent(student.readingPercent)}</td>
                    <td>{quizCell(student, 'comprehension')}</td>
                    <td>{quizCell(student, 'attribution')}</td>
                    <td>{student.language ? t(`languages.${student.language}`) : t('never')}</td>
                    <td>
                      {student.lastActivity ? (
                        <time dateTime={student.lastActivity.toISOString()}>{idle(student.lastActivity)}</time>
                      ) : (
                        t('never')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p data-counted-attempt={overview.countedAttempt}>
        {t('countedRule', { rule: t(`countedAttempt.${overview.countedAttempt}`) })}
      </p>
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
        </ul>
      </nav>
      <p className="no-print">
        <Link href={notesPath}>{t('notesLink')}</Link>
      </p>
    </section>
  );
}
