'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ListenButton } from '@/components/speech/ListenButton';

/**
 * Reads a written question aloud in the page's language; says so where the device has no voice of its own for it.
 * Every student has it: a written answer asks the most reading.
 */
export function ListenToPrompt({ text }: { text: string }) {
  const t = useTranslations('Quiz.written');
  return <ListenButton text={text} label={t('listen')} language={useLocale()} unavailable={t('listenUnavailable')} />;
}
