'use client';

import { useRef, type ChangeEvent, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { hasAnswer, responseFromForm } from '@/lib/quiz/form-response';
import type { ItemFeedback, PublicQuiz } from '@/lib/quiz/public-item';
import { postAnswer } from '@/lib/quiz/post-answer';
import type { SaveRequest } from '@/lib/quiz/save-request';
import type { QuizActions } from './quiz-actions';
import { useAnswerQueue } from './use-answer-queue';
import { useQuestionNavigation } from './runner/use-question-navigation';
import { useQuizAnswers, type SavedAnswer } from './runner/use-quiz-answers';
import { useQueuedSubmit } from './runner/use-queued-submit';
import { useQuizMessage } from './runner/use-quiz-message';
import { useTypingPause } from './runner/use-typing-pause';

export type { SavedAnswer };

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

/**
 * The quiz page's state with JavaScript, put together from one hook per concern (runner/): which question is shown,
 * the answers and their feedback, a draft waiting for a pause in typing, and the submit that may wait for the network.
 * This hook owns what joins them: the one message to announce, and turning a form into a save. Every change is
 * autosaved through the answer queue; "Check" sends a save that the server grades, and its result carries the feedback.
 */
export function useQuizRunner(options: QuizRunnerOptions) {
  const { quiz, optionSeed, queueOwner, errorCode, actions } = options;
  const t = useTranslations('Quiz');
  const locale = useLocale();
  const { message, setMessage, invalidMessage } = useQuizMessage(quiz, errorCode, quiz.items[options.initialIndex]?.id);

  const shown = useQuizAnswers(options.initialAnswers, options.initialFeedback, setMessage);
  const send = (request: SaveRequest) =>
    postAnswer(request, locale, { server: t('errors.server'), invalid: invalidMessage(request.itemId) });
  const scope = `${quiz.lessonSlug}:${quiz.id}`;
  const identity = { owner: queueOwner, scope, attemptId: options.attemptId };
  const queue = useAnswerQueue(send, identity, shown.onResult, shown.onRestore);
  const typing = useTypingPause();
  const headingId = `question-${quiz.id}`;
  const { index, go } = useQuestionNavigation(options.initialIndex, headingId, () => {
    typing.now();
    setMessage('');
  });
  const submit = useQueuedSubmit({
    lessonSlug: quiz.lessonSlug,
    quizId: quiz.id,
    queueOwner,
    scope,
    drain: queue.drain,
    currentAttemptId: queue.currentAttemptId,
    submitAttempt: actions.submitAttempt,
    say: setMessage,
    waitingMessage: t('onDevice.submit'),
  });
  const feedbackRef = useRef<HTMLDivElement>(null);

  const item = quiz.items[index];

  /** The save for the shown item's form as it is now; null when nothing is chosen. */
  const saveOf = (form: HTMLFormElement, check: boolean): SaveRequest | null => {
    if (!item) return null;
    const response = responseFromForm(item.type, new FormData(form));
    // Erasing a saved written answer is a change worth saving; an untouched form is not an answer.
    if (!hasAnswer(response) && !(item.type === 'written' && shown.answers[item.id])) return null;
    const seq = shown.record(item.id, response);
    const start = queue.attemptId ? {} : { optionSeed };
    const ids = { lessonSlug: quiz.lessonSlug, quizId: quiz.id, attemptId: queue.attemptId, itemId: item.id };
    return { ...ids, response, saveId: crypto.randomUUID(), seq, check, ...start };
  };

  const onChange = (event: ChangeEvent<HTMLFormElement>) => {
    if (item && shown.answers[item.id]?.checked) return;
    const form = event.currentTarget;
    const save = () => {
      const draft = saveOf(form, false);
      if (draft) void queue.enqueue(draft);
    };
    // Typing waits for a pause; any other change saves the whole form at once, the text typed so far included.
    if (event.target instanceof HTMLTextAreaElement) typing.later(save);
    else {
      typing.drop();
      save();
    }
  };

  const onCheck = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // This save carries the whole form: a draft still waiting for a pause in typing is no longer needed.
    typing.drop();
    const check = saveOf(event.currentTarget, true);
    if (!check) {
      setMessage(t('errors.empty'));
      return;
    }
    setMessage('');
    shown.checkSent(check.itemId);
    const result = await queue.enqueue(check);
    if (result.status === 'ok' && result.feedback) requestAnimationFrame(() => feedbackRef.current?.focus());
  };

  return {
    index,
    item,
    attemptId: queue.attemptId,
    answers: shown.answers,
    feedback: shown.feedback,
    checking: shown.checking,
    /** The item's latest answer is only on this device (the network is down or the server unreachable). */
    onDevice: (itemId: string) =>
      queue.unsent.has(itemId) && (queue.status === 'offline' || queue.status === 'retrying'),
    /** An answer was given, or a submit waits: the attempt exists or will once the network is back. */
    started: Boolean(queue.attemptId) || queue.unsent.size > 0 || submit.submitQueued,
    submitQueued: submit.submitQueued,
    restored: shown.restored,
    message,
    submitting: submit.submitting,
    saveStatus: queue.status,
    headingId,
    feedbackRef,
    go,
    onChange,
    onCheck,
    onSubmit: submit.onSubmit,
  };
}
