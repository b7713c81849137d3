'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { currentDeviceVoice, useDeviceVoice } from '@/components/speech/use-device-voice';

/**
 * Reads a question aloud with a voice of the device itself, in the page's language; says so where the device has
 * none (lib/device-voice.ts). Nothing without JavaScript: the question is on the page to read.
 */
export function ListenToPrompt({ text }: { text: string }) {
  const t = useTranslations('Quiz.written');
  const language = useLocale();
  const voiceState = useDeviceVoice(language);
  const [speaking, setSpeaking] = useState(false);

  if (voiceState === 'checking') return null;
  if (voiceState === 'unavailable') return <p>{t('listenUnavailable')}</p>;

  const speak = () => {
    const synth = window.speechSynthesis;
    synth.cancel();
    const voice = currentDeviceVoice(language);
    if (!voice) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = language;
    utterance.voice = voice;
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
    <button type="button" className="button button-secondary" onClick={speaking ? stop : speak}>
      {speaking ? t('stopListening') : t('listen')}
    </button>
  );
}
