'use client';

import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import type { PostAction } from '@/lib/action-result';
import type { GuidedCheckpoint } from '@/lib/assignments/guided-view';
import { FeedbackPanel } from '@/components/quiz/FeedbackPanel';
import { QuizItemBody } from '@/components/quiz/QuizItemBody';
import styles from '@/components/quiz/Quiz.module.css';

type Props = {
  lessonSlug: string;
  attemptId: string | null;
  optionSeed: number;
  checkpoint: GuidedCheckpoint;
  /** The reading page, which feedback links to; the paragraph it cites is on this page too. */
  lessonHref: string;
  /** Posts the answer and comes back to the guided page (with JavaScript too, without a full reload). */
  action: PostAction;
  /** Why the last answer to this question was refused, translated; empty when it was not. */
  message: string;
};

/** One checkpoint question as a form that names its lesson, attempt and item; locked with its feedback once answered. */
export function CheckpointForm({ lessonSlug, attemptId, optionSeed, checkpoint, lessonHref, action, message }: Props) {
  const { item, answer, feedback } = checkpoint;
  const answered = Boolean(feedback);
  return (
    <form id={item.id} action={action} className={styles.itemForm} noValidate>
      <input type="hidden" name="lessonSlug" value={lessonSlug} />
      <input type="hidden" name="attemptId" value={attemptId ?? ''} />
      <input type="hidden" name="itemId" value={item.id} />
      <input type="hidden" name="itemType" value={item.type} />
      <input type="hidden" name="optionSeed" value={optionSeed} />
      <fieldset disabled={answered} className={styles.lockable}>
        <QuizItemBody
          item={item}
          saved={answer}
          feedback={feedback}
          headingId={`${item.id}-prompt`}
          lessonHref={lessonHref}
        />
      </fieldset>
      {!answered && <CheckButton />}
      {feedback && <FeedbackPanel feedback={feedback} lessonHref={lessonHref} />}
      <p role="alert" className={styles.error}>
        {message}
      </p>
    </form>
  );
}

/** Disabled while the answer is on its way, so that a double click sends it once. */
function CheckButton() {
  const t = useTranslations('Quiz');
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button" disabled={pending}>
      {t('check')}
    </button>
  );
}
