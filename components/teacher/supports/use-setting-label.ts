'use client';

import { useTranslations } from 'next-intl';
import type { SUPPORT_SETTING } from '@/lib/supports/edit-form';

/** A support's setting in words: "125% speed", "Spanish, with English one click away", "Large". */
export function useSettingLabel() {
  const t = useTranslations('Supports.values');
  const reading = useTranslations('ReadingSettings');
  return (id: keyof typeof SUPPORT_SETTING, value: string | number): string => {
    switch (id) {
      case 'readAloud':
        return t('ratePercent', { value: Number(value) });
      case 'extraAttempts':
        return t('count', { value: Number(value) });
      case 'extendedDates':
        return t('days', { value: Number(value) });
      case 'quizLanguage':
        return t(`language.${value as 'en' | 'es' | 'en-with-es'}`);
      case 'textSize':
        return reading(`sizes.${value as 'small' | 'medium' | 'large' | 'xlarge'}`);
      case 'lineSpacing':
        return reading(`spacings.${value as 'normal' | 'relaxed' | 'loose'}`);
      case 'letterSpacing':
        return t(`letterSpacing.${value as 'normal' | 'wide' | 'wider'}`);
      case 'font':
        return t(`face.${value as 'default' | 'readable'}`);
    }
  };
}
