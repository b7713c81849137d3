import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { PostAction } from '@/lib/action-result';
import type { LiveRow, StuckAfterMinutes } from '@/lib/dashboard/live-status';
import { LiveTable } from './LiveTable';
import { LiveUpdates } from './LiveUpdates';
import { StuckAfterForm } from './StuckAfterForm';
import styles from './Live.module.css';

/** How often the page updates itself with JavaScript. */
const REFRESH_SECONDS = 10;

type Props = {
  className: string;
  classId: string;
  lesson: { slug: string; title: string };
  quizTitles: Record<string, string>;
  view: { stuckAfterMinutes: StuckAfterMinutes; students: LiveRow[] };
  /** This page's own address (without the language), for the Refresh link. */
  path: string;
  classPath: string;
  locale: string;
  now: Date;
  saveStuckAfter: PostAction;
};

/** The live view of a class's lesson: who is where, since when, and who is stuck; updates itself or by a link. */
export async function LiveView(props: Props) {
  const { view, now, locale } = props;
  const t = await getTranslations('LiveView');
  const format = await getFormatter();
  const names = (state: LiveRow['state']) =>
    view.students.filter((student) => student.state === state).map((student) => student.displayName);
  const stuck = names('stuck');
  return (
    <>
      <p className="no-print">
        <Link href={props.classPath}>← {t('back')}</Link>
      </p>
      <h1 id="live-title">{t('title', { className: props.className })}</h1>
      <p>{t('intro', { lesson: props.lesson.title })}</p>
      <div className={`${styles.updates} no-print`}>
        <p>
          {t('updated', { time: format.dateTime(now, { timeStyle: 'medium' }) })}{' '}
          <Link href={props.path}>{t('refresh')}</Link>
        </p>
        <LiveUpdates
          seconds={REFRESH_SECONDS}
          stuck={stuck}
          done={names('done')}
          locale={locale}
          labels={{
            pause: t('pause'),
            paused: t('paused'),
            announceStuck: t('announceStuck', { names: '{names}' }),
            announceDone: t('announceDone', { names: '{names}' }),
          }}
        />
      </div>
      <p className={styles.muted}>{t('autoRefresh')}</p>
      {view.students.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <p>{t('stuckCount', { count: stuck.length })}</p>
          <LiveTable students={view.students} quizTitles={props.quizTitles} now={now} />
        </>
      )}
      <StuckAfterForm
        classId={props.classId}
        lessonSlug={props.lesson.slug}
        current={view.stuckAfterMinutes}
        save={props.saveStuckAfter}
      />
    </>
  );
}
