'use client';

import { useTranslations } from 'next-intl';
import type { ClassSettings } from '@/lib/account-rules';
import styles from '@/components/forms/Forms.module.css';

/**
 * A new class measures what students read, not how fast they guess: one attempt, the first counts if the teacher
 * later allows retakes, and right answers only after submitting (docs/teachers.md, "Settings").
 */
const DEFAULTS: ClassSettings = {
  feedbackMode: 'deferred',
  retakes: 0,
  defaultLocale: 'en',
  countedAttempt: 'first',
};

/** Feedback mode, retakes, students' language and which attempt counts, as native selects. */
export function ClassSettingsFields({ settings = DEFAULTS, idPrefix }: { settings?: ClassSettings; idPrefix: string }) {
  const t = useTranslations('ClassSettings');
  return (
    <>
      <div className={styles.field}>
        <label htmlFor={`${idPrefix}-feedback`}>{t('feedbackMode')}</label>
        <select id={`${idPrefix}-feedback`} name="feedbackMode" defaultValue={settings.feedbackMode}>
          <option value="immediate">{t('immediate')}</option>
          <option value="deferred">{t('deferred')}</option>
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${idPrefix}-retakes`}>{t('retakes')}</label>
        <select id={`${idPrefix}-retakes`} name="retakes" defaultValue={String(settings.retakes)}>
          <option value="0">{t('retakesNone')}</option>
          <option value="1">{t('retakesOne')}</option>
          <option value="2">{t('retakesTwo')}</option>
          <option value="-1">{t('retakesUnlimited')}</option>
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${idPrefix}-counted`}>{t('countedAttempt')}</label>
        <select id={`${idPrefix}-counted`} name="countedAttempt" defaultValue={settings.countedAttempt}>
          <option value="latest">{t('countedLatest')}</option>
          <option value="first">{t('countedFirst')}</option>
          <option value="best">{t('countedBest')}</option>
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${idPrefix}-locale`}>{t('defaultLocale')}</label>
        <select id={`${idPrefix}-locale`} name="defaultLocale" defaultValue={settings.defaultLocale}>
          <option value="en">{t('english')}</option>
          <option value="es">{t('spanish')}</option>
        </select>
      </div>
    </>
  );
}
