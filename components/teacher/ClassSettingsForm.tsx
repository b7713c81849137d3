'use client';

import { useTranslations } from 'next-intl';
import { updateSettingsAction } from '@/app/[locale]/teacher/classes/[classId]/actions';
import { ActionForm } from '@/components/forms/ActionForm';
import type { ClassSettings } from '@/lib/account-rules';
import { ClassSettingsFields } from './ClassSettingsFields';

export function ClassSettingsForm({ classId, settings }: { classId: string; settings: ClassSettings }) {
  const t = useTranslations('ClassSettings');
  return (
    <ActionForm action={updateSettingsAction} submitLabel={t('save')}>
      <input type="hidden" name="classId" value={classId} />
      <ClassSettingsFields settings={settings} idPrefix={`class-${classId}`} />
    </ActionForm>
  );
}
