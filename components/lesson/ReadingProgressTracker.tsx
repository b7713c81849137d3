'use client';

import { useEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { postReadingProgress } from '@/lib/reading-progress';
import styles from './LessonPage.module.css';

type Props = { lessonSlug: string; total: number; initialFurthest: number };

const SAVE_DELAY_MS = 800;

/**
 * Shows how far the learner has read and records it: a paragraph counts as reached once most of it (or, for one
 * taller than the screen, most of the screen) has been on screen. Saves are debounced and only ever move progress
 * forward; "Continue at paragraph N" names the furthest one reached.
 */
export function ReadingProgressTracker({ lessonSlug, total, initialFurthest }: Props) {
  const t = useTranslations('ReadingProgress');
  const locale = useLocale();
  // A failed save shows nothing (the next paragraph sends progress again), but every reply is in the page's language.
  const forms = useTranslations('Forms');
  const [furthest, setFurthest] = useState(initialFurthest);
  const saved = useRef(initialFurthest);

  useEffect(() => {
    // The article starts on the first screen: a paragraph that is merely there when the page opens has not been read,
    // and a visitor who only looks records nothing. Paragraphs on screen count from the first scroll on.
    const onScreen = new Set<number>();
    let scrolled = window.scrollY > 0;
    const reach = () => {
      if (scrolled && onScreen.size) setFurthest((current) => Math.max(current, ...onScreen));
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const number = Number((entry.target as HTMLElement).dataset.paragraph);
          // Most of the paragraph on screen, or (a paragraph taller than a phone's screen) most of the screen.
          const screen = entry.rootBounds?.height ?? Infinity;
          if (entry.intersectionRatio >= 0.6 || entry.intersectionRect.height >= 0.6 * screen) onScreen.add(number);
          else onScreen.delete(number);
        }
        reach();
      },
      { threshold: [0.2, 0.4, 0.6, 0.8, 1] },
    );
    const onScroll = () => {
      scrolled = true;
      reach();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    // Observe one version of each paragraph (the bilingual view has the same number twice).
    for (const element of document.querySelectorAll('[data-paragraph]')) observer.observe(element);
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
    };
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
        {/* Where to go on: the furthest paragraph reached, saved or in this visit, not the one on screen. */}
        {initialFurthest > 0 && furthest < total && (
          <>
            {' · '}
            <a href={`#p${furthest}`}>{t('continue', { number: furthest })}</a>
          </>
        )}
        {furthest >= total && <> · {t('done')}</>}
      </p>
    </div>
  );
}
