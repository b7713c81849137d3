'use client';

import { useLocale } from 'next-intl';
import { ListenButton } from '@/components/speech/ListenButton';
import { useQuizSupports } from './quiz-supports-context';

/** A listen button for one part of a quiz (its prompt, an option, the feedback), for a student whose profile has read-aloud on. */
export function QuizListen({ text, label, name }: { text: string; label: string; name?: string }) {
  const { readAloud } = useQuizSupports();
  const language = useLocale();
  if (!readAloud) return null;
  return <ListenButton text={text} label={label} name={name} language={language} ratePercent={readAloud.ratePercent} />;
}
