'use client';

import { useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { ProgressBar } from '@/components/ui/ProgressBar';
import type { AssignmentNotice as Notice } from '@/lib/assignments/window';
import { AssignmentNotice } from '@/components/ui/AssignmentNotice';
import { NO_QUIZ_SUPPORTS, type QuizSupports, type QuizTools } from '@/lib/supports/quiz-view';
import { ChooseTools } from './supports/ChooseTools';
import { SupportedArea } from './supports/SupportedArea';
import { QuizItemForm } from './QuizItemForm';
import { QuizReview } from './QuizReview';
import { useQuizRunner, type QuizRunnerOptions } from './use-quiz-runner';
import styles from './Quiz.module.css';

type Props = QuizRunnerOptions & {
  feedbackMode: 'immediate' | 'deferred';
  lessonHref: string;
  /** The student's assignment of the lesson, said above the questions; null for none. */
  assignment?: Notice | null;
  /** What the student's support profile changes on the page; none for a page without a learner. */
  supports?: QuizSupports;
  /** The quiz's title and introduction, under the profile with the questions. */
  heading?: ReactNode;
};

/**
 * One question at a time, then a review screen with the submit button. The state lives in `useQuizRunner`; this
 * component lays it out. Without JavaScript the same forms post to Server Actions instead.
 */
export function QuizRunner(props: Props) {
  const { quiz, feedbackMode, lessonHref, optionSeed, actions } = props;
  const t = useTranslations('Quiz');
  const runner = useQuizRunner(props);
  const { index, item, answers, headingId, go } = runner;
  const answeredCount = quiz.items.filter((candidate) => answers[candidate.id]).length;
  const status = runner.saveStatus === 'idle' ? '' : t(`status.${runner.saveStatus}`);
  // The tools as the student's own choices last left them ("Your tools"), over those the page came with.
  const [chosenTools, setChosenTools] = useState<QuizTools | null>(null);
  const supports = { ...(props.supports ?? NO_QUIZ_SUPPORTS), ...chosenTools };

  return (
    <SupportedArea supports={supports}>
      {props.heading}
      <div className={styles.quiz}>
        {supports.choices.offered.length > 0 && (
          <ChooseTools choices={supports.choices} choose={actions.chooseTools} onChosen={setChosenTools} />
        )}
        {props.assignment && <AssignmentNotice notice={props.assignment} />}
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
          <p className={styles.saveStatus} role="status" data-status={runner.saveStatus}>
            {status}
          </p>
        </div>

        {item ? (
          <QuizItemForm
            key={runner.restored}
            lessonSlug={quiz.lessonSlug}
            quizId={quiz.id}
            attemptId={runner.attemptId}
            optionSeed={optionSeed}
            item={item}
            position={index + 1}
            saved={answers[item.id]}
            feedback={runner.feedback[item.id]}
            feedbackMode={feedbackMode}
            lessonHref={lessonHref}
            headingId={headingId}
            checking={runner.checking(item.id)}
            onDevice={runner.onDevice(item.id)}
            message={runner.message}
            feedbackRef={runner.feedbackRef}
            action={actions.answerItemForm}
            onChange={runner.onChange}
            onCheck={runner.onCheck}
          />
        ) : (
          <QuizReview
            quiz={quiz}
            attemptId={runner.attemptId}
            started={runner.started}
            answered={(id) => Boolean(answers[id])}
            onDevice={runner.onDevice}
            onGo={go}
            onSubmit={runner.onSubmit}
            submitting={runner.submitting || runner.submitQueued}
            message={runner.message}
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
    </SupportedArea>
  );
}
