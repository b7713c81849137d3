'use client';

import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';

/**
 * Reads a question aloud with the browser's own speech synthesis, in the page's language. Renders nothing where
 * the browser has no voice for it (and nothing without JavaScript: the question is on the page to read).
 */
export function ListenToPrompt({ text }: { text: string }) {
  const t = useTranslations('Quiz.written');
  const language = useLocale();
  const [available, setAvailable] = useState(false);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const check = () =>
      setAvailable(window.speechSynthesis.getVoices().some((voice) => voice.lang.toLowerCase().startsWith(language)));
    check();
    window.speechSynthesis.addEventListener('voiceschanged', check);
    return () => {
      window.speechSynthesis.removeEventListener('voiceschanged', check);
      window.speechSynthesis.cancel();
    };
  }, [language]);

  if (!available) return null;

  const speak = () => {
    const synth = window.speechSynthesis;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = language;
    utterance.voice = synth.getVoices().find((voice) => voice.lang.toLowerCase().startsWith(language)) ?? null;
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
