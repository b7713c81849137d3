'use client';

import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent, type MouseEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { hasAnswer, responseFromForm } from '@/lib/quiz/form-response';
import type { ItemFeedback, PublicQuiz } from '@/lib/quiz/public-item';
import { postAnswer } from '@/lib/quiz/post-answer';
import { pendingKey } from '@/lib/quiz/pending-answers';
import type { SaveReply, SaveRequest } from '@/lib/quiz/save-request';
import { MAX_EVIDENCE_PICKS, MAX_WRITTEN_CHARACTERS } from '@/content/written-limits';
import type { QuizActions } from './quiz-actions';
import { useAnswerQueue } from './use-answer-queue';

export type SavedAnswer = { response: unknown; seq: number; checked: boolean };

export type QuizRunnerOptions = {
  quiz: PublicQuiz;
  attemptId: string | null;
  initialAnswers: Record<string, SavedAnswer>;
  initialFeedback: Record<string, ItemFeedback>;
  initialIndex: number;
  /** The order the options are shown in; sent with the first save, which starts the attempt in that order. */
  optionSeed: number;
  /** Whose unsent answers this browser keeps for this page (see lib/quiz/pending-answers.ts). */
  queueOwner: string;
  /** An error code the form-post path (no JavaScript) redirected back with. */
  errorCode?: string;
  actions: QuizActions;
};

/** Error codes in the URL after a form post without JavaScript, and the message each one shows. */
const ERROR_MESSAGES = {
  invalid: 'invalid',
  'not-found': 'notFound',
  submitted: 'submitted',
  server: 'server',
  submit: 'server',
} as const;

/** How often a submit waiting on this device is tried again, besides when the browser says it is back online. */
const SUBMIT_RETRY_MS = 15_000;

/** How long typing must pause before a written answer's draft is saved: one save per pause, not per keystroke. */
export const TYPING_PAUSE_MS = 1000;

/**
 * The quiz page's state with JavaScript: which question is shown, the answers and their feedback, the checks on
 * their way, and the one message to announce. Every change is autosaved through the answer queue; "Check" sends a
 * save that the server grades, and the feedback comes back in its result.
 */
export function useQuizRunner(options: QuizRunnerOptions) {
  const { quiz, initialAnswers, initialFeedback, initialIndex, optionSeed, queueOwner, errorCode, actions } = options;
  const t = useTranslations('Quiz');
  const router = useRouter();
  const [index, setIndex] = useState(initialIndex);
  const [answers, setAnswers] = useState(initialAnswers);
  const [feedback, setFeedback] = useState(initialFeedback);
  const [pendingChecks, setPendingChecks] = useState<Set<string>>(new Set());
  // A written answer is refused for its length, its picks or hidden characters: its message says which limits.
  const invalidMessage = (itemId: string | undefined) =>
    quiz.items.find((candidate) => candidate.id === itemId)?.type === 'written'
      ? t('errors.written', { max: MAX_WRITTEN_CHARACTERS, picks: MAX_EVIDENCE_PICKS })
      : t('errors.invalid');
  const [message, setMessage] = useState(() => {
    if (!errorCode) return '';
    const key = ERROR_MESSAGES[errorCode as keyof typeof ERROR_MESSAGES] ?? 'invalid';
    return key === 'invalid' ? invalidMessage(quiz.items[initialIndex]?.id) : t(`errors.${key}`);
  });
  const [submitting, setSubmitting] = useState(false);
  const headingId = `question-${quiz.id}`;
  const feedbackRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  const onResult = useCallback((request: SaveRequest, result: SaveReply) => {
    if (result.status === 'ok') {
      if (result.checked)
        setAnswers((current) => ({ ...current, [request.itemId]: { ...current[request.itemId]!, checked: true } }));
      if (result.feedback) setFeedback((current) => ({ ...current, [request.itemId]: result.feedback! }));
    } else {
      setMessage(result.message);
    }
    if (request.check) {
      setPendingChecks((current) => {
        const next = new Set(current);
        next.delete(request.itemId);
        return next;
      });
    }
  }, []);

  // Answers a closed tab left on this device: shown at once (they are newer than what the page loaded), and sent.
  // The forms' fields are uncontrolled: `restored` is part of their key, so they show the restored answers.
  const [restored, setRestored] = useState(0);
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

  const locale = useLocale();
  const send = (request: SaveRequest) =>
    postAnswer(request, locale, { server: t('errors.server'), invalid: invalidMessage(request.itemId) });
  const scope = `${quiz.lessonSlug}:${quiz.id}`;
  const queue = useAnswerQueue(send, { owner: queueOwner, scope, attemptId: options.attemptId }, onResult, onRestore);
  const { attemptId, drain, currentAttemptId } = queue;

  // After moving to another question, put keyboard and screen-reader focus on its heading.
  useEffect(() => {
    if (moved.current) document.getElementById(headingId)?.focus();
  }, [index, headingId]);

  // A written answer's draft waits for a pause in typing; leaving the question or the page sends it at once.
  const typing = useRef<{ timer: ReturnType<typeof setTimeout>; send: () => void } | null>(null);
  const sendTyped = useCallback(() => {
    const pending = typing.current;
    if (!pending) return;
    clearTimeout(pending.timer);
    typing.current = null;
    pending.send();
  }, []);
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') sendTyped();
    };
    window.addEventListener('pagehide', sendTyped);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', sendTyped);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [sendTyped]);

  const go = (next: number) => (event: MouseEvent) => {
    event.preventDefault();
    sendTyped();
    moved.current = true;
    setMessage('');
    setIndex(next);
    window.history.replaceState(null, '', `?q=${next + 1}`);
  };

  const item = quiz.items[index];

  /** The save for the shown item's form as it is now; null when nothing is chosen. */
  const saveOf = (form: HTMLFormElement, check: boolean): SaveRequest | null => {
    if (!item) return null;
    const response = responseFromForm(item.type, new FormData(form));
    // Erasing a saved written answer is a change worth saving; an untouched form is not an answer.
    if (!hasAnswer(response) && !(item.type === 'written' && answers[item.id])) return null;
    const seq = (answers[item.id]?.seq ?? 0) + 1;
    setAnswers((current) => ({
      ...current,
      [item.id]: { response, seq, checked: current[item.id]?.checked ?? false },
    }));
    const start = attemptId ? {} : { optionSeed };
    return {
      lessonSlug: quiz.lessonSlug,
      quizId: quiz.id,
      attemptId,
      itemId: item.id,
      response,
      saveId: crypto.randomUUID(),
      seq,
      check,
      ...start,
    };
  };

  const onChange = (event: ChangeEvent<HTMLFormElement>) => {
    if (item && answers[item.id]?.checked) return;
    const form = event.currentTarget;
    const send = () => {
      const draft = saveOf(form, false);
      if (draft) void queue.enqueue(draft);
    };
    if (typing.current) clearTimeout(typing.current.timer);
    typing.current = null;
    if (event.target instanceof HTMLTextAreaElement) {
      typing.current = { timer: setTimeout(sendTyped, TYPING_PAUSE_MS), send };
      return;
    }
    // Any other change saves the whole form, the text typed so far included.
    send();
  };

  const onCheck = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // This save carries the whole form: a draft still waiting for a pause in typing is no longer needed.
    if (typing.current) clearTimeout(typing.current.timer);
    typing.current = null;
    const check = saveOf(event.currentTarget, true);
    if (!check) {
      setMessage(t('errors.empty'));
      return;
    }
    setMessage('');
    setPendingChecks((current) => new Set(current).add(check.itemId));
    const result = await queue.enqueue(check);
    if (result.status === 'ok' && result.feedback) requestAnimationFrame(() => feedbackRef.current?.focus());
  };

  // A submit without the network waits on this device (under the learner's name, like the answers) and goes once
  // the network is back: after every answer before it, so the attempt is scored with all of them.
  const submitKey = pendingKey(queueOwner, `submit:${scope}`);
  const [submitQueued, setSubmitQueued] = useState(false);

  /** Sends the answers, then the submit. 'offline': not now, try again when the network is back. */
  const { submitAttempt } = actions;
  const sendingSubmit = useRef(false);
  const submitNow = useCallback(async (): Promise<'sent' | 'offline' | 'refused'> => {
    // One submit at a time: the page and the network coming back may both ask.
    if (sendingSubmit.current) return 'offline';
    sendingSubmit.current = true;
    try {
      const delivered = await drain(8_000);
      const current = currentAttemptId();
      if (!delivered || !current) return 'offline';
      const result = await submitAttempt({ lessonSlug: quiz.lessonSlug, quizId: quiz.id, attemptId: current });
      localStorage.removeItem(submitKey);
      if (result.status === 'ok') {
        router.push(result.resultsPath);
        return 'sent';
      }
      setSubmitQueued(false);
      setMessage(result.message);
      return 'refused';
    } catch {
      return 'offline';
    } finally {
      sendingSubmit.current = false;
    }
  }, [drain, currentAttemptId, submitAttempt, quiz.lessonSlug, quiz.id, submitKey, router]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    setMessage('');
    const outcome = navigator.onLine ? await submitNow() : 'offline';
    if (outcome === 'offline') {
      localStorage.setItem(submitKey, '1');
      setSubmitQueued(true);
      setMessage(t('onDevice.submit'));
    }
    setSubmitting(false);
  };

  // The effects below run once (on mount, when a submit gets queued); they call the latest submitNow.
  const submitLatest = useRef(submitNow);
  useEffect(() => {
    submitLatest.current = submitNow;
  });
  // A submit left queued by a tab that closed offline goes as soon as this page can. The stored flag is read after
  // hydration: the server cannot see this device's storage.
  useEffect(() => {
    if (!localStorage.getItem(submitKey)) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage is outside React, read once on mount
    setSubmitQueued(true);
    if (navigator.onLine) void submitLatest.current();
  }, [submitKey]);
  // A queued submit is tried again when the browser says it is back online, and every so often: the device may say
  // it is online while the server cannot be reached (a school's Wi-Fi with no way out), and then no 'online' comes.
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

  return {
    index,
    item,
    attemptId,
    answers,
    feedback,
    checking: (itemId: string) => pendingChecks.has(itemId),
    /** The item's latest answer is only on this device (the network is down or the server unreachable). */
    onDevice: (itemId: string) =>
      queue.unsent.has(itemId) && (queue.status === 'offline' || queue.status === 'retrying'),
    /** An answer was given, or a submit waits: the attempt exists or will once the network is back. */
    started: Boolean(attemptId) || queue.unsent.size > 0 || submitQueued,
    submitQueued,
    restored,
    message,
    submitting,
    saveStatus: queue.status,
    headingId,
    feedbackRef,
    go,
    onChange,
    onCheck,
    onSubmit,
  };
}
