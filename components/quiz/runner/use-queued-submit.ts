'use client';

import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { pendingKey } from '@/lib/quiz/pending-answers';
import type { QuizId } from '@/content/quiz-schema';
import type { QuizActions } from '../quiz-actions';

/** How often a submit waiting on this device is tried again, besides when the browser says it is back online. */
export const SUBMIT_RETRY_MS = 15_000;

export type QueuedSubmitOptions = {
  lessonSlug: string;
  quizId: QuizId;
  /** Whose unsent work this browser keeps (see lib/quiz/pending-answers.ts), and for which quiz. */
  queueOwner: string;
  scope: string;
  /** Waits until every answer before the submit is delivered (false: not within the time given). */
  drain: (timeoutMs: number) => Promise<boolean>;
  currentAttemptId: () => string | null;
  submitAttempt: QuizActions['submitAttempt'];
  /** Shows one message to the student ('' clears it). */
  say: (message: string) => void;
  /** What to say when the submit waits on this device. */
  waitingMessage: string;
};

/**
 * Submitting the attempt. Without the network the submit waits on this device, under the learner's name like the
 * answers, and goes once the network is back: after every answer before it, so the attempt is scored with all of
 * them. A submit a closed tab left waiting goes as soon as this page can.
 */
export function useQueuedSubmit(options: QueuedSubmitOptions) {
  const { lessonSlug, quizId, drain, currentAttemptId, submitAttempt, say, waitingMessage } = options;
  const router = useRouter();
  const submitKey = pendingKey(options.queueOwner, `submit:${options.scope}`);
  const [submitQueued, setSubmitQueued] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  /** Sends the answers, then the submit. 'offline': not now, try again when the network is back. */
  const sending = useRef(false);
  const submitNow = useCallback(async (): Promise<'sent' | 'offline' | 'refused'> => {
    // One submit at a time: the page and the network coming back may both ask.
    if (sending.current) return 'offline';
    sending.current = true;
    try {
      const delivered = await drain(8_000);
      const attemptId = currentAttemptId();
      if (!delivered || !attemptId) return 'offline';
      const result = await submitAttempt({ lessonSlug, quizId, attemptId });
      localStorage.removeItem(submitKey);
      if (result.status === 'ok') {
        router.push(result.resultsPath);
        return 'sent';
      }
      setSubmitQueued(false);
      say(result.message);
      return 'refused';
    } catch {
      return 'offline';
    } finally {
      sending.current = false;
    }
  }, [drain, currentAttemptId, submitAttempt, lessonSlug, quizId, submitKey, router, say]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    say('');
    const outcome = navigator.onLine ? await submitNow() : 'offline';
    if (outcome === 'offline') {
      localStorage.setItem(submitKey, '1');
      setSubmitQueued(true);
      say(waitingMessage);
    }
    setSubmitting(false);
  };

  // The effects below run once (on mount, when a submit gets queued); they call the latest submitNow.
  const submitLatest = useRef(submitNow);
  useEffect(() => {
    submitLatest.current = submitNow;
  });
  // The stored flag is read after hydration: the server cannot see this device's storage.
  useEffect(() => {
    if (!localStorage.getItem(submitKey)) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage is outside React, read once on mount
    setSubmitQueued(true);
    if (navigator.onLine) void submitLatest.current();
  }, [submitKey]);
  // Tried again when the browser says it is back online, and every so often: the device may say it is online while
  // the server cannot be reached (a school's Wi-Fi with no way out), and then no 'online' comes.
  useEffect(() => {
    if (!submitQueued) return;
    const retry = () => {
      if (navigator.onLine) void submitLatest.current();
    };
    window.addEventListener('online', retry);
    const timer = setInterval(retry, SUBMIT_RETRY_MS);
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(timer);
    };
  }, [submitQueued]);

  return { submitQueued, submitting, onSubmit };
}
