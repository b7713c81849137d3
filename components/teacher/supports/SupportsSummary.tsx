'use client';

import { useTranslations } from 'next-intl';
import { settingOf, SUPPORT_SETTING } from '@/lib/supports/edit-form';
import { changedSupports } from '@/lib/supports/profile';
import type { SupportProfile } from '@/lib/supports/profile';
import local from './Supports.module.css';
import { useSettingLabel } from './use-setting-label';

/** "Now: Read-aloud: On from the start (125% speed); …": only what differs from the defaults. */
export function SupportsSummary({ profile }: { profile: SupportProfile }) {
  const t = useTranslations('Supports');
  const label = useSettingLabel();
  const parts = changedSupports(profile).map((id) => {
    const setting = settingOf(id);
    const policy = t(`policies.${profile[id].policy}`);
    const value = setting
      ? label(id as keyof typeof SUPPORT_SETTING, (profile[id] as Record<string, string | number>)[setting]!)
      : null;
    return `${t(`names.${id}`)}: ${policy}${value && profile[id].policy !== 'off' ? ` (${value})` : ''}`;
  });
  return <p className={local.summary}>{t('current', { supports: parts.join('; ') || t('noneOn') })}</p>;
}
