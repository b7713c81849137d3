'use client';

import type { ChangeEvent, FormEvent, Ref } from 'react';
import { useTranslations } from 'next-intl';
import type { PostAction } from '@/lib/action-result';
import type { ItemFeedback, PublicItem } from '@/lib/quiz/public-item';
import { FeedbackPanel } from './FeedbackPanel';
import { QuizItemBody } from './QuizItemBody';
import { ItemTranslation } from './supports/ItemTranslation';
import { QuizListen } from './supports/QuizListen';
import type { SavedAnswer } from './use-quiz-runner';
import styles from './Quiz.module.css';

type Props = {
  lessonSlug: string;
  quizId: string;
  attemptId: string | null;
  optionSeed: number;
  item: PublicItem;
  position: number;
  saved?: SavedAnswer;
  feedback?: ItemFeedback;
  feedbackMode: 'immediate' | 'deferred';
  lessonHref: string;
  headingId: string;
  /** A check of this item is on its way. */
  checking: boolean;
  /** The item's latest answer is kept on this device until the network is back. */
  onDevice: boolean;
  message: string;
  feedbackRef: Ref<HTMLDivElement>;
  /** Without JavaScript the form posts here; with it, `onChange` autosaves and `onCheck` checks. */
  action: PostAction;
  onChange: (event: ChangeEvent<HTMLFormElement>) => void;
  onCheck: (event: FormEvent<HTMLFormElement>) => void;
};

/** One question as a form: its answer fields, the check button, then its feedback once checked. */
export function QuizItemForm({
  lessonSlug,
  quizId,
  attemptId,
  optionSeed,
  item,
  position,
  saved,
  feedback,
  feedbackMode,
  lessonHref,
  headingId,
  checking,
  onDevice,
  message,
  feedbackRef,
  action,
  onChange,
  onCheck,
}: Props) {
  const t = useTranslations('Quiz');
  const locked = Boolean(saved?.checked);
  return (
    <form
      key={`${item.id}-${locked}`}
      action={action}
      onChange={onChange}
      onSubmit={onCheck}
      className={styles.itemForm}
      noValidate
    >
      <input type="hidden" name="lessonSlug" value={lessonSlug} />
      <input type="hidden" name="quizId" value={quizId} />
      <input type="hidden" name="attemptId" value={attemptId ?? ''} />
      <input type="hidden" name="itemId" value={item.id} />
      <input type="hidden" name="itemType" value={item.type} />
      <input type="hidden" name="position" value={position} />
      <input type="hidden" name="optionSeed" value={optionSeed} />
      <QuizListen text={item.prompt} label={t('written.listen')} />
      <fieldset disabled={locked} className={styles.lockable}>
        <QuizItemBody
          item={item}
          saved={saved?.response}
          feedback={feedback}
          headingId={headingId}
          lessonHref={lessonHref}
        />
      </fieldset>
      <ItemTranslation itemId={item.id} />
      {!locked && (
        <button type="submit" className="button" disabled={checking}>
          {feedbackMode === 'immediate' && item.type !== 'written' ? t('check') : t('saveAnswer')}
        </button>
      )}
      {onDevice && <p className={styles.onDevice}>{checking ? t('onDevice.check') : t('onDevice.saved')}</p>}
      {feedback && <FeedbackPanel ref={feedbackRef} feedback={feedback} lessonHref={lessonHref} />}
      {locked && !feedback && <p className={styles.hint}>{t('feedback.savedForLater')}</p>}
      {item.type === 'written' && saved && <p className={styles.hint}>{t('written.saved')}</p>}
      <p role="alert" className={styles.error}>
        {message}
      </p>
    </form>
  );
}
