import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { sortRoster, type RosterColumn, type SortDirection } from '@/lib/roster-sort';
import type { ClassOverview } from '@/lib/dashboard/class-overview';
import { AutoRefresh } from './AutoRefresh';
import { OverviewLinks } from './class-overview/OverviewLinks';
import { percentFormatter } from './class-overview/percent-formatter';
import { RosterTable } from './class-overview/RosterTable';
import styles from './Teacher.module.css';

type Props = {
  overview: ClassOverview;
  lessonTitle: string;
  /** The lesson's teacher notes page. */
  notesPath: string;
  /** Each quiz with how many written answers await a score, and how many items it has. */
  quizzes: { id: string; title: string; toScore: number; items: number }[];
  classId: string;
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
  classId,
  classPath,
  sort,
  locale,
  now,
}: Props) {
  const t = await getTranslations('TeacherDashboard');
  const tLive = await getTranslations('LiveView');
  const format = await getFormatter();
  const percent = await percentFormatter();
  const students = sortRoster(overview.students, sort.column, sort.direction, locale);

  return (
    <section aria-labelledby="overview" className={styles.overview}>
      <h2 id="overview">{t('overviewTitle', { lesson: lessonTitle })}</h2>
      <p className="no-print">
        <Link href={`${classPath}/live`}>{tLive('link')}</Link>
      </p>
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
        <RosterTable students={students} quizzes={quizzes} classPath={classPath} sort={sort} now={now} />
      )}
      <p data-counted-attempt={overview.countedAttempt}>
        {t('countedRule', { rule: t(`countedAttempt.${overview.countedAttempt}`) })}
      </p>
      <OverviewLinks quizzes={quizzes} classId={classId} classPath={classPath} locale={locale} />
      <p className="no-print">
        <Link href={notesPath}>{t('notesLink')}</Link>
      </p>
    </section>
  );
}
