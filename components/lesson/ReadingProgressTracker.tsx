'use client';

import { useEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { postReadingProgress } from '@/lib/reading-progress';
import styles from './LessonPage.module.css';

type Props = { lessonSlug: string; total: number; initialFurthest: number };

const SAVE_DELAY_MS = 800;

/**
 * Shows how far the learner has read and records it: a paragraph counts as reached once most of it has been on
 * screen. Saves are debounced and only ever move progress forward.
 */
export function ReadingProgressTracker({ lessonSlug, total, initialFurthest }: Props) {
  const t = useTranslations('ReadingProgress');
  const locale = useLocale();
  // A failed save shows nothing (the next paragraph sends progress again), but every reply is in the page's language.
  const forms = useTranslations('Forms');
  const [furthest, setFurthest] = useState(initialFurthest);
  const saved = useRef(initialFurthest);

  useEffect(() => {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const number = Number((entry.target as HTMLElement).dataset.paragraph);
          setFurthest((current) => Math.max(current, number));
        }
      },
      { threshold: 0.6 },
    );
    // Observe one version of each paragraph (the bilingual view has the same number twice).
    for (const element of document.querySelectorAll('[data-paragraph]')) observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (furthest <= saved.current) return;
    const save = async () => {
      const progress = { lessonSlug, furthestParagraph: furthest };
      const unreadable = { server: forms('server'), invalid: forms('fixErrors') };
      const result = await postReadingProgress(progress, locale, unreadable).catch(() => null);
      if (result?.status === 'ok') saved.current = result.furthestParagraph;
    };
    const timer = setTimeout(() => void save(), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [furthest, lessonSlug, locale, forms]);

  return (
    <div className={styles.progress}>
      <ProgressBar
        label={t('label')}
        value={furthest}
        max={total}
        valueText={t('value', { reached: furthest, total })}
      />
      <p className={styles.progressText}>
        {t('value', { reached: furthest, total })}
        {initialFurthest > 0 && initialFurthest < total && (
          <>
            {' · '}
            <a href={`#p${initialFurthest}`}>{t('continue', { number: initialFurthest })}</a>
          </>
        )}
        {furthest >= total && <> · {t('done')}</>}
      </p>
    </div>
  );
}
