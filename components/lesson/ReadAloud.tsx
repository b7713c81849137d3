'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { currentDeviceVoice, useDeviceVoice } from '@/components/speech/use-device-voice';
import styles from './LessonPage.module.css';

type Props = { sentences: { id: string; text: string }[]; language: 'en' | 'es' };

const SPEEDS = { slow: 0.8, normal: 1, fast: 1.25 } as const;
type Speed = keyof typeof SPEEDS;
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
 * Reads the article aloud with a voice of the device itself, one sentence at a time, highlighting the sentence
 * being read. Where the device has no voice of its own for the language, says so (lib/device-voice.ts says why).
 */
export function ReadAloud({ sentences, language }: Props) {
  const t = useTranslations('ReadAloud');
  const voiceState = useDeviceVoice(language);
  const [status, setStatus] = useState<Status>('stopped');
  const [index, setIndex] = useState(0);
  const [speed, setSpeed] = useState<Speed>('normal');
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

  if (voiceState === 'checking') return null;
  if (voiceState === 'unavailable')
    return (
      <section aria-labelledby="read-aloud-heading" className={styles.readAloud}>
        <h3 id="read-aloud-heading" className={styles.toolHeading}>
          {t('heading')}
        </h3>
        <p>{t('unavailable')}</p>
      </section>
    );

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
