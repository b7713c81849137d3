'use client';

import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { hasAnswer, responseFromForm } from '@/lib/quiz/form-response';
import type { ItemFeedback, PublicQuiz } from '@/lib/quiz/public-item';
import type { SaveReply, SaveRequest } from '@/lib/quiz/save-request';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { FeedbackPanel } from './FeedbackPanel';
import { QuizItemBody } from './QuizItemBody';
import { QuizReview } from './QuizReview';
import type { QuizActions } from './quiz-actions';
import { useAnswerQueue } from './use-answer-queue';
import styles from './Quiz.module.css';

type SavedAnswer = { response: unknown; seq: number; checked: boolean };

type Props = {
  quiz: PublicQuiz;
  attemptId: string | null;
  feedbackMode: 'immediate' | 'deferred';
  initialAnswers: Record<string, SavedAnswer>;
  initialFeedback: Record<string, ItemFeedback>;
  initialIndex: number;
  lessonHref: string;
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

/**
 * One question at a time. Every change is autosaved (queued, retried, idempotent); "Check answer" grades it on
 * the server and shows the feedback. Without JavaScript the same forms post to Server Actions instead.
 */
export function QuizRunner(props: Props) {
  const {
    quiz,
    attemptId: initialAttemptId,
    feedbackMode,
    initialAnswers,
    initialFeedback,
    initialIndex,
    lessonHref,
    optionSeed,
    queueOwner,
    errorCode,
    actions,
  } = props;
  const t = useTranslations('Quiz');
  const router = useRouter();
  const [index, setIndex] = useState(initialIndex);
  const [answers, setAnswers] = useState(initialAnswers);
  const [feedback, setFeedback] = useState(initialFeedback);
  const [attemptId, setAttemptIdState] = useState(initialAttemptId);
  const [pendingChecks, setPendingChecks] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState(
    errorCode ? t(`errors.${ERROR_MESSAGES[errorCode as keyof typeof ERROR_MESSAGES] ?? 'invalid'}`) : '',
  );
  const [submitting, setSubmitting] = useState(false);
  const headingId = `question-${quiz.id}`;
  const feedbackRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  const onResult = useCallback((request: SaveRequest, result: SaveReply) => {
    if (result.status === 'ok') {
      setAttemptIdState(result.attemptId);
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

  const queue = useAnswerQueue(
    actions.saveAnswer,
    { owner: queueOwner, scope: `${quiz.lessonSlug}:${quiz.id}`, attemptId: initialAttemptId },
    onResult,
  );
  const { setAttemptId } = queue;
  useEffect(() => setAttemptId(attemptId), [attemptId, setAttemptId]);

  // After moving to another question, put keyboard and screen-reader focus on its heading.
  useEffect(() => {
    if (moved.current) document.getElementById(headingId)?.focus();
  }, [index, headingId]);

  const go = (next: number) => (event: React.MouseEvent) => {
    event.preventDefault();
    moved.current = true;
    setMessage('');
    setIndex(next);
    window.history.replaceState(null, '', `?q=${next + 1}`);
  };

  const item = quiz.items[index];
  const saved = item ? answers[item.id] : undefined;
  const locked = Boolean(saved?.checked);

  const request = (form: HTMLFormElement, check: boolean): SaveRequest | null => {
    if (!item) return null;
    const response = responseFromForm(item.type, new FormData(form));
    if (!hasAnswer(response)) return null;
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

  const handleChange = (event: ChangeEvent<HTMLFormElement>) => {
    if (locked) return;
    const draft = request(event.currentTarget, false);
    if (draft) void queue.enqueue(draft);
  };

  const handleCheck = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checkRequest = request(event.currentTarget, true);
    if (!checkRequest) {
      setMessage(t('errors.empty'));
      return;
    }
    setMessage('');
    setPendingChecks((current) => new Set(current).add(checkRequest.itemId));
    const result = await queue.enqueue(checkRequest);
    if (result.status === 'ok' && result.feedback) requestAnimationFrame(() => feedbackRef.current?.focus());
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!attemptId) return;
    setSubmitting(true);
    setMessage('');
    const delivered = await queue.drain(8_000);
    if (!delivered) {
      setSubmitting(false);
      setMessage(t('submitOffline'));
      return;
    }
    try {
      const result = await actions.submitAttempt({ lessonSlug: quiz.lessonSlug, quizId: quiz.id, attemptId });
      if (result.status === 'ok') router.push(result.resultsPath);
      else setMessage(result.message);
    } catch {
      setMessage(t('submitOffline'));
    }
    setSubmitting(false);
  };

  const answeredCount = quiz.items.filter((candidate) => answers[candidate.id]).length;
  const status = queue.status === 'idle' ? '' : t(`status.${queue.status}`);

  return (
    <div className={styles.quiz}>
      <div className={styles.header}>
        <p className={styles.position}>
          {item ? t('progress', { number: index + 1, total: quiz.items.length }) : t('review')}
        </p>
        <ProgressBar
          label={t('navLabel')}
          value={answeredCount}
          max={quiz.items.length}
          valueText={t('answeredCount', { answered: answeredCount, total: quiz.items.length })}
        />
        <p className={styles.saveStatus} role="status" data-status={queue.status}>
          {status}
        </p>
      </div>

      {item ? (
        <form
          key={`${item.id}-${locked}`}
          action={actions.answerItemForm}
          onChange={handleChange}
          onSubmit={handleCheck}
          className={styles.itemForm}
          noValidate
        >
          <input type="hidden" name="lessonSlug" value={quiz.lessonSlug} />
          <input type="hidden" name="quizId" value={quiz.id} />
          <input type="hidden" name="attemptId" value={attemptId ?? ''} />
          <input type="hidden" name="itemId" value={item.id} />
          <input type="hidden" name="itemType" value={item.type} />
          <input type="hidden" name="position" value={index + 1} />
          <input type="hidden" name="optionSeed" value={optionSeed} />
          <fieldset disabled={locked} className={styles.lockable}>
            <QuizItemBody
              item={item}
              saved={saved?.response}
              feedback={feedback[item.id]}
              headingId={headingId}
              lessonHref={lessonHref}
            />
          </fieldset>
          {!locked && (
            <button type="submit" className="button" disabled={pendingChecks.has(item.id)}>
              {feedbackMode === 'immediate' ? t('check') : t('saveAnswer')}
            </button>
          )}
          {pendingChecks.has(item.id) && queue.status === 'offline' && (
            <p className={styles.hint}>{t('errors.pendingCheck')}</p>
          )}
          {feedback[item.id] && (
            <FeedbackPanel ref={feedbackRef} feedback={feedback[item.id]!} lessonHref={lessonHref} />
          )}
          {locked && !feedback[item.id] && <p className={styles.hint}>{t('feedback.savedForLater')}</p>}
          <p role="alert" className={styles.error}>
            {message}
          </p>
        </form>
      ) : (
        <QuizReview
          quiz={quiz}
          attemptId={attemptId}
          answered={(id) => Boolean(answers[id])}
          onGo={go}
          onSubmit={handleSubmit}
          submitting={submitting}
          message={message}
          headingId={headingId}
          submitForm={actions.submitAttemptForm}
        />
      )}

      <nav className={styles.nav} aria-label={t('navLabel')}>
        {index > 0 && (
          <a href={`?q=${index}`} onClick={go(index - 1)} className="button button-secondary">
            {t('previous')}
          </a>
        )}
        {item && (
          <a href={`?q=${index + 2}`} onClick={go(index + 1)} className="button">
            {index + 1 < quiz.items.length ? t('next') : t('review')}
          </a>
        )}
      </nav>
    </div>
  );
}
