'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { LessonLearnerState } from '@/lib/lesson-learner-state';
import { useRecheckWhenOnline } from '@/components/offline/use-recheck-when-online';

type Loaded = {
  state: LessonLearnerState;
  /** 0 for the state the page came with, more each time another arrives: components keyed on it start afresh. */
  version: number;
  /** True on a prerendered page until the learner's state has arrived (or failed to). */
  loading: boolean;
};

const LessonLearnerContext = createContext<Loaded | null>(null);

type Props = {
  /** The learner's state (a page rendered per request), or a visitor's until `loadFrom` answers (a prerendered page). */
  state: LessonLearnerState;
  loadFrom?: string;
  children: ReactNode;
};

/**
 * The learner's part of the reading page. A prerendered page is the same for everyone, so it asks the server for the
 * learner's state once it runs; until then (or if that fails) it shows what a visitor sees, which still works: saves
 * go to the server, which knows the learner.
 */
export function LessonLearnerStateProvider({ state, loadFrom, children }: Props) {
  const [loaded, setLoaded] = useState<Loaded>({ state, version: 0, loading: Boolean(loadFrom) });
  useEffect(() => {
    if (!loadFrom) return;
    const controller = new AbortController();
    fetch(loadFrom, { cache: 'no-store', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<LessonLearnerState>) : null))
      .then((learner) =>
        setLoaded((current) =>
          learner ? { state: learner, version: current.version + 1, loading: false } : { ...current, loading: false },
        ),
      )
      .catch(() => {
        if (!controller.signal.aborted) setLoaded((current) => ({ ...current, loading: false }));
      });
    return () => controller.abort();
  }, [loadFrom]);
  useRecheckWhenOnline<LessonLearnerState>(loadFrom, loaded.state.queueOwner, (learner) =>
    setLoaded((current) => ({ state: learner, version: current.version + 1, loading: false })),
  );
  return <LessonLearnerContext value={loaded}>{children}</LessonLearnerContext>;
}

export function useLessonLearnerState(): Loaded {
  const loaded = useContext(LessonLearnerContext);
  if (!loaded) throw new Error('useLessonLearnerState needs a LessonLearnerStateProvider');
  return loaded;
}
