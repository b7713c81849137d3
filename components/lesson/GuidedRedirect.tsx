'use client';

import { useEffect } from 'react';
import { useLessonLearnerState } from './LessonLearnerState';

/**
 * Sends a student whose assignment is guided reading to the guided page once their state says so. This is for the
 * prerendered reading page, which is the same HTML for everyone (the whole article included: a student who stops its
 * scripts can still read ahead, as with a printout); the page rendered per request redirects on the server instead.
 */
export function GuidedRedirect({ href }: { href: string }) {
  const { state } = useLessonLearnerState();
  useEffect(() => {
    if (state.pacing !== 'open') window.location.replace(href);
  }, [state.pacing, href]);
  return null;
}
