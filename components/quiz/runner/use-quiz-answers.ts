'use client';

import { useCallback, useState } from 'react';
import type { ItemFeedback } from '@/lib/quiz/public-item';
import type { SaveReply, SaveRequest } from '@/lib/quiz/save-request';

export type SavedAnswer = { response: unknown; seq: number; checked: boolean };

/**
 * The answers shown on the page, their feedback and the checks on their way. An answer is shown the moment it is
 * given (`record`), before its save comes back; the server's reply adds the check and its feedback (`onResult`).
 * `onRestore` takes the saves a closed tab left on this device: they are newer than what the page loaded, so they
 * win, and `restored` counts them so that the uncontrolled form fields (keyed on it) show them.
 */
export function useQuizAnswers(
  initialAnswers: Record<string, SavedAnswer>,
  initialFeedback: Record<string, ItemFeedback>,
  say: (message: string) => void,
) {
  const [answers, setAnswers] = useState(initialAnswers);
  const [feedback, setFeedback] = useState(initialFeedback);
  const [pendingChecks, setPendingChecks] = useState<ReadonlySet<string>>(new Set());
  const [restored, setRestored] = useState(0);

  const checkSent = (itemId: string) => setPendingChecks((current) => new Set(current).add(itemId));

  /** Shows a new answer to the item and returns its sequence number, one past the item's last save. */
  const record = (itemId: string, response: unknown): number => {
    const seq = (answers[itemId]?.seq ?? 0) + 1;
    setAnswers((current) => ({ ...current, [itemId]: { response, seq, checked: current[itemId]?.checked ?? false } }));
    return seq;
  };

  const onResult = useCallback(
    (request: SaveRequest, result: SaveReply) => {
      if (result.status === 'ok') {
        if (result.checked)
          setAnswers((current) => ({ ...current, [request.itemId]: { ...current[request.itemId]!, checked: true } }));
        if (result.feedback) setFeedback((current) => ({ ...current, [request.itemId]: result.feedback! }));
      } else {
        say(result.message);
      }
      if (request.check) {
        setPendingChecks((current) => {
          const next = new Set(current);
          next.delete(request.itemId);
          return next;
        });
      }
    },
    [say],
  );

  const onRestore = useCallback((requests: SaveRequest[]) => {
    setRestored((count) => count + 1);
    setAnswers((current) => {
      const next = { ...current };
      for (const request of requests) {
        const saved = next[request.itemId];
        if (!saved || saved.seq < request.seq)
          next[request.itemId] = { response: request.response, seq: request.seq, checked: saved?.checked ?? false };
      }
      return next;
    });
    const checks = requests.filter((request) => request.check).map((request) => request.itemId);
    if (checks.length) setPendingChecks((current) => new Set([...current, ...checks]));
  }, []);

  return {
    answers,
    feedback,
    restored,
    checking: (itemId: string) => pendingChecks.has(itemId),
    checkSent,
    record,
    onResult,
    onRestore,
  };
}
