import { getTranslations } from 'next-intl/server';
import type { PostAction } from '@/lib/action-result';
import { STUCK_AFTER_CHOICES, type StuckAfterMinutes } from '@/lib/dashboard/live-status';
import styles from './Live.module.css';

type Props = { classId: string; lessonSlug: string; current: StuckAfterMinutes; save: PostAction };

/** The class's idle time before a student is flagged as stuck: a plain form that posts and comes back here. */
export async function StuckAfterForm({ classId, lessonSlug, current, save }: Props) {
  const t = await getTranslations('LiveView.stuckAfter');
  return (
    <section aria-labelledby="stuck-after-title" className="no-print">
      <h2 id="stuck-after-title">{t('title')}</h2>
      <form action={save} className={styles.setting}>
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="lessonSlug" value={lessonSlug} />
        <div>
          <label htmlFor="stuck-after">{t('label')}</label>
          <br />
          {/* Keyed by the stored value, so that after saving the list shows what is stored. */}
          <select
            id="stuck-after"
            name="stuckAfterMinutes"
            defaultValue={current}
            key={current}
            aria-describedby="stuck-after-hint"
          >
            {STUCK_AFTER_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('option', { minutes })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('save')}</button>
      </form>
      <p id="stuck-after-hint" className={styles.muted}>
        {t('hint')}
      </p>
    </section>
  );
}
