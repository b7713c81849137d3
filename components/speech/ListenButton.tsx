'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { currentDeviceVoice, useDeviceVoice } from './use-device-voice';

type Props = {
  text: string;
  /** The button's words: "Listen to the question". */
  label: string;
  /** Its name where its words alone would not say what it reads ("Listen: Roughly 2,000 children"), starting with them. */
  name?: string;
  /** The text's language, which picks the voice. */
  language: string;
  /** Percent of the voice's normal rate. */
  ratePercent?: number;
  /** Said where the device has no voice of its own for the language; nothing when several buttons would repeat it. */
  unavailable?: string;
  /** Told when it starts and stops speaking, for the page to mark what is being read. */
  onSpeaking?: (speaking: boolean) => void;
};

/**
 * Reads one text aloud with a voice of the device itself (lib/device-voice.ts), and stops it. Nothing while the
 * browser lists its voices, nor without JavaScript: the text is on the page to read.
 */
export function ListenButton({ text, label, name, language, ratePercent = 100, unavailable, onSpeaking }: Props) {
  const t = useTranslations('Quiz.written');
  const voiceState = useDeviceVoice(language);
  const [speaking, setSpeakingState] = useState(false);
  const setSpeaking = (now: boolean) => {
    setSpeakingState(now);
    onSpeaking?.(now);
  };

  if (voiceState === 'checking') return null;
  if (voiceState === 'unavailable') return unavailable ? <p>{unavailable}</p> : null;

  const speak = () => {
    const synth = window.speechSynthesis;
    synth.cancel();
    const voice = currentDeviceVoice(language);
    if (!voice) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = language;
    utterance.voice = voice;
    utterance.rate = ratePercent / 100;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(utterance);
  };
  const stop = () => {
    window.speechSynthesis.cancel();
    setSpeaking(false);
  };

  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={speaking ? stop : speak}
      aria-label={speaking ? undefined : name}
    >
      {speaking ? t('stopListening') : label}
    </button>
  );
}
