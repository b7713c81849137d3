'use client';

import { useLocale } from 'next-intl';
import { ListenButton } from '@/components/speech/ListenButton';
import { useQuizSupports } from './quiz-supports-context';

type Props = {
  text: string;
  label: string;
  name?: string;
  /** The text's language when it is not the page's (results of an attempt taken in the other one). */
  language?: string;
  /** Told when it starts and stops speaking (an option marks itself while it is read). */
  onSpeaking?: (speaking: boolean) => void;
};

/** A listen button for one part of a quiz (its prompt, an option, the feedback), for a student whose profile has read-aloud on. */
export function QuizListen({ text, label, name, language: textLanguage, onSpeaking }: Props) {
  const { readAloud } = useQuizSupports();
  const pageLanguage = useLocale();
  const language = textLanguage ?? pageLanguage;
  if (!readAloud) return null;
  return (
    <ListenButton
      text={text}
      label={label}
      name={name}
      language={language}
      ratePercent={readAloud.ratePercent}
      onSpeaking={onSpeaking}
    />
  );
}
