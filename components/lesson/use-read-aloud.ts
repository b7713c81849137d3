'use client';

import { useEffect, useRef, useState } from 'react';
import { currentDeviceVoice } from '@/components/speech/use-device-voice';

export const SPEEDS = { slow: 0.8, normal: 1, fast: 1.25 } as const;
/** The page's speeds, and `yours`: the rate of the student's support profile, where it sets one of its own. */
export type Speed = keyof typeof SPEEDS | 'yours';
type Status = 'stopped' | 'playing' | 'paused';

const CURRENT_CLASS = 'is-being-read';

function markCurrent(sentenceId: string | null, language: string) {
  for (const element of document.querySelectorAll(`.${CURRENT_CLASS}`)) element.classList.remove(CURRENT_CLASS);
  if (!sentenceId) return;
  for (const element of document.querySelectorAll(`[data-sentence="${sentenceId}"][data-lang="${language}"]`)) {
    element.classList.add(CURRENT_CLASS);
  }
}

/**
 * Speaks `sentences` one at a time with the device's own voice, marking the sentence being read in the page: where
 * the reading is (status, sentence index, speed) and the controls' actions. It starts at `profileRate` (the support
 * profile's, 1 for normal) until the student picks a speed.
 */
export function useReadAloud(sentences: { id: string; text: string }[], language: 'en' | 'es', profileRate = 1) {
  const [status, setStatus] = useState<Status>('stopped');
  const [index, setIndex] = useState(0);
  const [chosen, setChosen] = useState<Speed | null>(null);
  // Derived, not stored: on a prerendered page the profile arrives after the page started.
  const speed: Speed = chosen ?? (profileRate === 1 ? 'normal' : 'yours');
  const rateOf = (of: Speed) => (of === 'yours' ? profileRate : SPEEDS[of]);
  const run = useRef(0);

  useEffect(() => () => markCurrent(null, language), [language]);

  const speakFrom = (start: number, rate: number) => {
    const synth = window.speechSynthesis;
    synth.cancel();
    const thisRun = ++run.current;
    const speak = (position: number) => {
      const sentence = sentences[position];
      const voice = currentDeviceVoice(language);
      if (!sentence || !voice || run.current !== thisRun) {
        if (run.current === thisRun) stop();
        return;
      }
      const utterance = new SpeechSynthesisUtterance(sentence.text);
      utterance.lang = language;
      utterance.voice = voice;
      utterance.rate = rate;
      utterance.onstart = () => {
        setIndex(position);
        markCurrent(sentence.id, language);
      };
      utterance.onend = () => {
        if (run.current === thisRun) speak(position + 1);
      };
      synth.speak(utterance);
    };
    setStatus('playing');
    speak(start);
  };

  const stop = () => {
    run.current += 1;
    window.speechSynthesis.cancel();
    markCurrent(null, language);
    setStatus('stopped');
    setIndex(0);
  };

  const pause = () => (window.speechSynthesis.pause(), setStatus('paused'));
  const playOrResume = () =>
    status === 'paused' ? (window.speechSynthesis.resume(), setStatus('playing')) : speakFrom(0, rateOf(speed));
  const changeSpeed = (next: Speed) => {
    setChosen(next);
    // A new rate applies from the next utterance: restart the current sentence with it.
    if (status === 'playing') speakFrom(index, rateOf(next));
  };

  return { status, index, speed, pause, playOrResume, stop, changeSpeed };
}
