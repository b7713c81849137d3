'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/ActionForm';
import type { ClassSettings } from '@/lib/account-rules';
import type { FormAction } from '@/lib/action-result';
import { ClassSettingsFields } from './ClassSettingsFields';

type Props = { classId: string; settings: ClassSettings; update: FormAction };

export function ClassSettingsForm({ classId, settings, update }: Props) {
  const t = useTranslations('ClassSettings');
  return (
    <ActionForm action={update} submitLabel={t('save')}>
      <input type="hidden" name="classId" value={classId} />
      <ClassSettingsFields settings={settings} idPrefix={`class-${classId}`} />
    </ActionForm>
  );
}
