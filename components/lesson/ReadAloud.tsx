'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import styles from './LessonPage.module.css';

type Props = { sentences: { id: string; text: string }[]; language: 'en' | 'es' };

const SPEEDS = { slow: 0.8, normal: 1, fast: 1.25 } as const;
type Speed = keyof typeof SPEEDS;
type Status = 'stopped' | 'playing' | 'paused';

const CURRENT_CLASS = 'is-being-read';

function voiceFor(language: string): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices();
  return voices.find((voice) => voice.lang.toLowerCase().startsWith(language));
}

function markCurrent(sentenceId: string | null, language: string) {
  for (const element of document.querySelectorAll(`.${CURRENT_CLASS}`)) element.classList.remove(CURRENT_CLASS);
  if (!sentenceId) return;
  for (const element of document.querySelectorAll(`[data-sentence="${sentenceId}"][data-lang="${language}"]`)) {
    element.classList.add(CURRENT_CLASS);
  }
}

/**
 * Reads the article aloud with the browser's own speech synthesis, one sentence at a time, highlighting the
 * sentence being read. Renders nothing where the browser has no voice for the language.
 */
export function ReadAloud({ sentences, language }: Props) {
  const t = useTranslations('ReadAloud');
  const [available, setAvailable] = useState(false);
  const [status, setStatus] = useState<Status>('stopped');
  const [index, setIndex] = useState(0);
  const [speed, setSpeed] = useState<Speed>('normal');
  const run = useRef(0);

  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const check = () => setAvailable(Boolean(voiceFor(language)));
    check();
    window.speechSynthesis.addEventListener('voiceschanged', check);
    return () => {
      window.speechSynthesis.removeEventListener('voiceschanged', check);
      window.speechSynthesis.cancel();
      markCurrent(null, language);
    };
  }, [language]);

  const speakFrom = (start: number, rate: number) => {
    const synth = window.speechSynthesis;
    synth.cancel();
    const thisRun = ++run.current;
    const speak = (position: number) => {
      const sentence = sentences[position];
      if (!sentence || run.current !== thisRun) {
        if (run.current === thisRun) stop();
        return;
      }
      const utterance = new SpeechSynthesisUtterance(sentence.text);
      utterance.lang = language;
      utterance.voice = voiceFor(language) ?? null;
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

  if (!available) return null;

  return (
    <section aria-labelledby="read-aloud-heading" className={styles.readAloud}>
      <h3 id="read-aloud-heading" className={styles.toolHeading}>
        {t('heading')}
      </h3>
      <div className={styles.readAloudControls}>
        {status === 'playing' ? (
          <button
            type="button"
            className="button"
            onClick={() => (window.speechSynthesis.pause(), setStatus('paused'))}
          >
            {t('pause')}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() =>
              status === 'paused'
                ? (window.speechSynthesis.resume(), setStatus('playing'))
                : speakFrom(0, SPEEDS[speed])
            }
          >
            {status === 'paused' ? t('resume') : t('play')}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={stop} disabled={status === 'stopped'}>
          {t('stop')}
        </button>
        <label className={styles.speed}>
          {t('speed')}{' '}
          <select
            value={speed}
            onChange={(event) => {
              const next = event.target.value as Speed;
              setSpeed(next);
              // A new rate applies from the next utterance: restart the current sentence with it.
              if (status === 'playing') speakFrom(index, SPEEDS[next]);
            }}
          >
            {(Object.keys(SPEEDS) as Speed[]).map((option) => (
              <option key={option} value={option}>
                {t(`speeds.${option}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" className={styles.readAloudStatus}>
        {status === 'stopped' ? '' : t('reading', { number: index + 1, total: sentences.length })}
      </p>
    </section>
  );
}
