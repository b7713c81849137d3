'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';
import styles from './LineFocus.module.css';

const noSubscription = () => () => {};

/** Where the band goes: the focused control's middle, else the pointer's height. */
function middleOf(element: EventTarget | null): number | null {
  return element instanceof Element
    ? element.getBoundingClientRect().top + element.getBoundingClientRect().height / 2
    : null;
}

/**
 * The reading ruler of a student's profile: a band across the page at the pointer, or at the control the keyboard
 * has focused, so the eye keeps its line: on from the start, or once the student turns it on ("Your tools"). It needs
 * JavaScript: without it the page says so, and the text settings, which need none, still apply.
 */
export function LineFocus() {
  const t = useTranslations('Quiz.lineFocus');
  // False in the server's HTML and until the page runs: the notice for a browser without JavaScript.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [top, setTop] = useState<number | null>(null);
  useEffect(() => {
    let focused: Element | null = null;
    const onPointer = (event: PointerEvent) => {
      focused = null;
      setTop(event.clientY);
    };
    const onFocus = (event: FocusEvent) => {
      focused = event.target instanceof Element ? event.target : null;
      setTop(middleOf(focused));
    };
    // The page scrolls under a fixed band: keep it on the focused control.
    const onScroll = () => focused && setTop(middleOf(focused));
    window.addEventListener('pointermove', onPointer, { passive: true });
    document.addEventListener('focusin', onFocus);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('pointermove', onPointer);
      document.removeEventListener('focusin', onFocus);
      window.removeEventListener('scroll', onScroll);
    };
  }, []);

  if (!scripted) return <noscript>{t('needsScript')}</noscript>;
  return top === null ? null : <div className={styles.lineFocus} style={{ top }} aria-hidden="true" data-line-focus />;
}
