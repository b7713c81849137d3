'use client';

import { useEffect, useRef, useState, type MouseEvent } from 'react';

/**
 * Which question is shown. Moving puts keyboard and screen-reader focus on the new question's heading (never on the
 * first render: the page keeps the focus it loaded with) and writes the question's number in the address, so that a
 * reload shows the same question.
 */
export function useQuestionNavigation(initialIndex: number, headingId: string, beforeMove: () => void) {
  const [index, setIndex] = useState(initialIndex);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current) document.getElementById(headingId)?.focus();
  }, [index, headingId]);

  const go = (next: number) => (event: MouseEvent) => {
    event.preventDefault();
    beforeMove();
    moved.current = true;
    setIndex(next);
    window.history.replaceState(null, '', `?q=${next + 1}`);
  };

  return { index, go };
}
