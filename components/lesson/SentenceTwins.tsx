'use client';

import { useRef, type ReactNode } from 'react';

/** Highlights both versions of the sentence under the pointer or keyboard focus (data-highlighted). */
export function SentenceTwins({ className, children }: { className?: string; children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);

  const highlight = (target: EventTarget | null) => {
    const sentence = target instanceof Element ? target.closest<HTMLElement>('[data-sentence]') : null;
    for (const element of root.current?.querySelectorAll('[data-highlighted]') ?? [])
      element.removeAttribute('data-highlighted');
    if (!sentence) return;
    for (const twin of root.current?.querySelectorAll(`[data-sentence="${sentence.dataset.sentence}"]`) ?? []) {
      twin.setAttribute('data-highlighted', '');
    }
  };

  return (
    <div
      ref={root}
      className={className}
      onMouseOver={(event) => highlight(event.target)}
      onFocus={(event) => highlight(event.target)}
      onMouseLeave={() => highlight(null)}
    >
      {children}
    </div>
  );
}
