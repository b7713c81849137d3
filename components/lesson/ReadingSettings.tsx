'use client';

import { startTransition, useActionState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { IDLE } from '@/lib/action-result';
import { LINE_HEIGHT, LINE_SPACINGS, TEXT_SCALE, TEXT_SIZES, type ReadingPreference } from '@/lib/reading-preferences';
import type { LessonActions } from './lesson-actions';
import styles from './LessonPage.module.css';

/** Applies a preference to the article at once, before the server has saved it. */
function applyToPage(form: HTMLFormElement) {
  const data = new FormData(form);
  const root = document.querySelector<HTMLElement>('[data-reading-root]');
  const size = data.get('textSize') as keyof typeof TEXT_SCALE;
  const spacing = data.get('lineSpacing') as keyof typeof LINE_HEIGHT;
  if (root && size in TEXT_SCALE) root.style.setProperty('--reading-scale', String(TEXT_SCALE[size]));
  if (root && spacing in LINE_HEIGHT) root.style.setProperty('--reading-leading', String(LINE_HEIGHT[spacing]));
}

/** Text size and line spacing: saved for the learner; without JavaScript the Apply button posts the form. */
type Props = {
  preference: ReadingPreference;
  save: LessonActions['saveReadingPreference'];
  /** What the form sits in; `applied` is true once a save has replied (without JavaScript: the page after the post). */
  frame?: (form: ReactNode, applied: boolean) => ReactNode;
};

export function ReadingSettings({ preference, save: saveAction, frame = (form) => form }: Props) {
  const t = useTranslations('ReadingSettings');
  const [state, formAction, pending] = useActionState(saveAction, IDLE);
  // With JavaScript the form never submits itself: React resets a submitted form once its action has run, which
  // would put the radios back to the saved preference after a failed save. Without JavaScript, Apply posts it.
  const save = (form: HTMLFormElement) => startTransition(() => formAction(new FormData(form)));

  return frame(
    <form
      action={formAction}
      className={styles.settings}
      onSubmit={(event) => {
        event.preventDefault();
        save(event.currentTarget);
      }}
      onChange={(event) => {
        applyToPage(event.currentTarget);
        save(event.currentTarget);
      }}
    >
      <fieldset className={styles.choiceGroup}>
        <legend>{t('size')}</legend>
        {/* Uncontrolled radios stay as the learner left them: two quick changes send two saves in turn, and the
            reply to the first must not put back the value that the second one changed. They start again only when
            the saved preference itself changes (it arrives after a prerendered page, LessonLearnerState.tsx). */}
        {TEXT_SIZES.map((size) => (
          <label key={`${size}-${preference.textSize}`} className={styles.choice}>
            <input type="radio" name="textSize" value={size} defaultChecked={size === preference.textSize} />
            {t(`sizes.${size}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className={styles.choiceGroup}>
        <legend>{t('spacing')}</legend>
        {LINE_SPACINGS.map((spacing) => (
          <label key={`${spacing}-${preference.lineSpacing}`} className={styles.choice}>
            <input
              type="radio"
              name="lineSpacing"
              value={spacing}
              defaultChecked={spacing === preference.lineSpacing}
            />
            {t(`spacings.${spacing}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {t('apply')}
      </button>
      <p role="status" className={styles.settingsStatus}>
        {state.status === 'idle' ? '' : state.message}
      </p>
    </form>,
    state.status !== 'idle',
  );
}
