'use client';

import { startTransition, useActionState, useEffect, useRef } from 'react';
import { FormMessage } from '@/components/forms/FormMessage';
import { IDLE, type FormAction } from '@/lib/action-result';
import styles from './WrittenScoring.module.css';

type Props = {
  classId: string;
  lessonSlug: string;
  quizId: string;
  attemptId: string;
  itemId: string;
  /** The answer's place in the question (1-based) and whether names are hidden: the saved message says "Student 3". */
  position: number;
  hideNames: boolean;
  rubric: { label: string; descriptor: string }[];
  level: number | null;
  comment: string;
  /** Whether the saved score asks for a revision when it is returned. */
  revisionAsked: boolean;
  /** Where "Save and next" goes: the next answer, or the end of the question after the last one. */
  nextPath: string;
  score: FormAction;
  /** Its words, translated on the server: the teacher's pages keep their messages out of the client bundle. */
  labels: { legend: string; levels: string[]; comment: string; revise: string; saveNext: string };
};

/** Typing in these leaves the keyboard shortcuts alone. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement && !['radio', 'checkbox'].includes(target.type)) ||
  target instanceof HTMLSelectElement;

/**
 * The rubric as radio buttons with their descriptors, a comment, and a box that asks the student for a revision when
 * the scores are returned. Each change of level or of the box, and the comment when it loses focus, is saved at once; "Save and next" saves and opens the next answer (the only way without JavaScript).
 * Keys 1 to 4 choose a level, N and P open the next and previous answers.
 */
export function ScoreForm(props: Props) {
  const { classId, lessonSlug, quizId, attemptId, itemId, position, hideNames } = props;
  const { rubric, level, comment, revisionAsked, nextPath, score, labels } = props;
  const [state, formAction, pending] = useActionState(score, IDLE);
  const form = useRef<HTMLFormElement>(null);

  const autosave = () => {
    if (!form.current || !new FormData(form.current).get('level')) return;
    const data = new FormData(form.current);
    startTransition(() => formAction(data));
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const number = Number(event.key);
      if (Number.isInteger(number) && number >= 1 && number <= rubric.length) {
        const radio = form.current?.querySelector<HTMLInputElement>(`input[name="level"][value="${number}"]`);
        if (!radio) return;
        event.preventDefault();
        radio.checked = true;
        radio.focus();
        autosave();
      } else if (event.key === 'n' || event.key === 'p') {
        const link = document.querySelector<HTMLAnchorElement>(`a[rel="${event.key === 'n' ? 'next' : 'prev'}"]`);
        if (link) {
          event.preventDefault();
          link.click();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  return (
    <form ref={form} action={formAction} className={styles.scoreForm}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="lessonSlug" value={lessonSlug} />
      <input type="hidden" name="quizId" value={quizId} />
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="position" value={position} />
      {hideNames && <input type="hidden" name="names" value="hidden" />}
      <fieldset className={styles.rubric}>
        <legend>{labels.legend}</legend>
        {rubric.map((entry, index) => (
          <label key={entry.label} className={styles.level}>
            <input
              type="radio"
              name="level"
              value={index + 1}
              defaultChecked={level === index + 1}
              onChange={autosave}
            />
            <span>
              <strong>{labels.levels[index]}</strong>
              <span className={styles.descriptor}>{entry.descriptor}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className={styles.commentField}>
        <span>{labels.comment}</span>
        <textarea name="comment" rows={3} maxLength={1000} defaultValue={comment} dir="auto" onBlur={autosave} />
      </label>
      <label className={styles.reviseBox}>
        <input type="checkbox" name="revise" value="1" defaultChecked={revisionAsked} onChange={autosave} />
        <span>{labels.revise}</span>
      </label>
      <div className={styles.formActions}>
        {/* Never disabled while an autosave runs: leaving the comment for this button starts one, and a disabled
            button would swallow the click. Posting the same score twice changes nothing. */}
        <button type="submit" name="next" value={nextPath} className="button" aria-busy={pending}>
          {labels.saveNext}
        </button>
        <FormMessage
          tone={state.status === 'error' ? 'error' : 'ok'}
          message={state.status === 'idle' ? undefined : state.message}
        />
      </div>
    </form>
  );
}
