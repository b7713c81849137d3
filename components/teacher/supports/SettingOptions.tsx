'use client';

import { settingChoices, SUPPORT_SETTING } from '@/lib/supports/edit-form';
import { useSettingLabel } from './use-setting-label';

/** The choices of one support's setting, in words. */
export function SettingOptions({ id }: { id: keyof typeof SUPPORT_SETTING }) {
  const label = useSettingLabel();
  return settingChoices(id).map((value) => (
    <option key={value} value={value}>
      {label(id, value)}
    </option>
  ));
}
