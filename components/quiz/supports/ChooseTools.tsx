'use client';

import { startTransition, useActionState, useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { IDLE } from '@/lib/action-result';
import type { QuizSupports, QuizTools } from '@/lib/supports/quiz-view';
import type { QuizActions } from '../quiz-actions';
import styles from '../Quiz.module.css';

type Props = {
  choices: QuizSupports['choices'];
  choose: QuizActions['chooseTools'];
  /** The quiz's tools once a choice is saved, for the page to apply without loading again. */
  onChosen: (tools: QuizTools) => void;
};

/**
 * "Your tools": the supports the student's profile offers, each a box they tick to turn it on. Saved for them and
 * recorded with their answers from then on (server/supports/profiles.ts `chooseSupports`). With JavaScript a tick
 * saves and applies at once; without it, Apply posts the form and the page comes back with the tools on.
 */
export function ChooseTools({ choices, choose, onChosen }: Props) {
  const t = useTranslations('Quiz.tools');
  const [state, formAction, pending] = useActionState(choose, IDLE);
  useEffect(() => {
    if (state.status === 'ok') onChosen(state.tools);
  }, [state, onChosen]);
  // As the reading settings do: with JavaScript the form never submits itself, so React does not reset the boxes.
  const save = (form: HTMLFormElement) => startTransition(() => formAction(new FormData(form)));

  return (
    <details className={styles.tools} open={state.status !== 'idle'}>
      <summary>{t('heading')}</summary>
      <form
        action={formAction}
        onSubmit={(event) => {
          event.preventDefault();
          save(event.currentTarget);
        }}
        onChange={(event) => save(event.currentTarget)}
      >
        <input type="hidden" name="shown" value={choices.offered.join(' ')} />
        {/* A group named by its paragraph rather than a fieldset: the question's legend stays the page's first. */}
        <p id="tools-intro">{t('intro')}</p>
        <div role="group" aria-labelledby="tools-intro" className={styles.toolChoices}>
          {choices.offered.map((id) => (
            <label key={id} className={styles.option}>
              <input type="checkbox" name="chosen" value={id} defaultChecked={choices.chosen.includes(id)} />
              <span>{t(id)}</span>
            </label>
          ))}
        </div>
        <button type="submit" className="button button-secondary" disabled={pending}>
          {t('apply')}
        </button>
        <p role="status">{state.status === 'idle' ? '' : state.message}</p>
      </form>
    </details>
  );
}
