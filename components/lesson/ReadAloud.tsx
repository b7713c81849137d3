'use client';

import { useTranslations } from 'next-intl';
import { useDeviceVoice } from '@/components/speech/use-device-voice';
import { SPEEDS, useReadAloud, type Speed } from './use-read-aloud';
import styles from './LessonPage.module.css';

type Props = {
  sentences: { id: string; text: string }[];
  language: 'en' | 'es';
  /** The rate the student's support profile sets, in percent of normal. */
  ratePercent?: number;
};

/**
 * Reads the article aloud with a voice of the device itself, one sentence at a time, highlighting the sentence
 * being read. Where the device has no voice of its own for the language, says so (lib/device-voice.ts says why).
 */
export function ReadAloud({ sentences, language, ratePercent = 100 }: Props) {
  const t = useTranslations('ReadAloud');
  const voiceState = useDeviceVoice(language);
  const { status, index, speed, pause, playOrResume, stop, changeSpeed } = useReadAloud(
    sentences,
    language,
    ratePercent / 100,
  );
  const speeds: Speed[] = [...(Object.keys(SPEEDS) as Speed[]), ...(ratePercent === 100 ? [] : ['yours' as const])];

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
          <button type="button" className="button" onClick={pause}>
            {t('pause')}
          </button>
        ) : (
          <button type="button" className="button" onClick={playOrResume}>
            {status === 'paused' ? t('resume') : t('play')}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={stop} disabled={status === 'stopped'}>
          {t('stop')}
        </button>
        <label className={styles.speed}>
          {t('speed')}{' '}
          <select value={speed} onChange={(event) => changeSpeed(event.target.value as Speed)}>
            {speeds.map((option) => (
              <option key={option} value={option}>
                {t(`speeds.${option}`, { percent: ratePercent })}
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
