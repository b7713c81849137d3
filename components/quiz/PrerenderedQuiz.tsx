'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { initialQuestionIndex } from '@/lib/quiz/navigation';
import type { QuizLearnerState } from '@/lib/quiz/quiz-learner-state';
import { inLanguage } from '@/lib/supports/quiz-view';
import { useRecheckWhenOnline } from '@/components/offline/use-recheck-when-online';
import type { QuizActions } from './quiz-actions';
import { QuizRunner } from './QuizRunner';
import styles from './Quiz.module.css';

type Props = {
  loadFrom: string;
  lessonHref: string;
  actions: QuizActions;
  /** The quiz's title and introduction: shown at once, then under the student's profile with the questions. */
  heading: ReactNode;
};

type Loading = { status: 'loading' } | { status: 'failed' } | Extract<QuizLearnerState, { status: 'open' }>;

/**
 * The prerendered quiz page's questions. The page is the same HTML for everyone, so the learner's attempt (their
 * order of options, saved answers, feedback on checked items) is asked for once the page runs, and the questions
 * appear with it: shown before, they would be in an order the attempt does not use.
 */
export function PrerenderedQuiz({ loadFrom, lessonHref, actions, heading }: Props) {
  const t = useTranslations('Quiz');
  const [state, setState] = useState<Loading>({ status: 'loading' });
  const [tries, setTries] = useState(0);

  const show = (loaded: QuizLearnerState) => {
    // A submitted attempt: its results, as the page rendered per request redirects to them.
    if (loaded.status === 'submitted') window.location.replace(loaded.resultsPath);
    // The student's profile opens the quiz in the other language, as the page rendered per request does.
    else if (loaded.supports.moveTo) window.location.replace(inLanguage(window.location, loaded.supports.moveTo));
    else setState(loaded);
  };
  useEffect(() => {
    const controller = new AbortController();
    fetch(loadFrom, { cache: 'no-store', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<QuizLearnerState>) : Promise.reject()))
      .then(show)
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'failed' });
      });
    return () => controller.abort();
  }, [loadFrom, tries]);
  useRecheckWhenOnline(loadFrom, state.status === 'open' ? state.queueOwner : undefined, show);

  if (state.status === 'loading')
    return (
      <>
        {heading}
        <p className={styles.loading} role="status">
          {t('loading')}
        </p>
      </>
    );
  if (state.status === 'failed')
    return (
      <>
        {heading}
        <div className={styles.loading} role="alert">
          <p>{t('loadFailed')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setState({ status: 'loading' });
              setTries((count) => count + 1);
            }}
          >
            {t('tryAgain')}
          </button>
        </div>
      </>
    );
  const { quiz, attemptId, feedbackMode, answers, feedback, optionSeed, queueOwner, assignment, supports } = state;
  return (
    <QuizRunner
      key={queueOwner}
      actions={actions}
      quiz={quiz}
      attemptId={attemptId}
      feedbackMode={feedbackMode}
      initialAnswers={answers}
      initialFeedback={feedback}
      initialIndex={initialQuestionIndex(
        undefined,
        quiz.items.map((item) => item.id),
        answers,
        feedbackMode,
      )}
      lessonHref={lessonHref}
      optionSeed={optionSeed}
      queueOwner={queueOwner}
      assignment={assignment}
      supports={supports}
      heading={heading}
    />
  );
}
