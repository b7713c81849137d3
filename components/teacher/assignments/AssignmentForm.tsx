'use client';

import { useActionState, useId, type ReactNode } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { FORM_PACINGS } from '@/lib/assignments/assignment-form';
import type { Pacing } from '@/lib/assignments/pacing';
import type { AssignmentDates } from '@/lib/assignments/window';
import { fieldErrorsOf, IDLE, type FormAction } from '@/lib/action-result';
import { toLocalInput } from '@/lib/time-zone';
import styles from '@/components/forms/Forms.module.css';

type Props = {
  classId: string;
  lessonSlug: string;
  assignment: (AssignmentDates & { pacing: Pacing; practiceQuizIds: string[] }) | null;
  /** The lesson's graded quizzes, each of which counts unless the teacher unticks it. */
  quizzes: { id: string; title: string }[];
  /** The lesson has sections (sections.json), so its article can be revealed section by section. */
  guidedAvailable: boolean;
  /** The teacher's time zone: the inputs show and take times in it. */
  timeZone: string;
  save: FormAction;
  /** Drawn in the same section, after the form: the quizzes' locks. */
  children?: ReactNode;
};

/** The lesson's assignment in the class: its dates as they stand, and a form to set them. */
export function AssignmentForm(props: Props) {
  const { classId, lessonSlug, assignment, quizzes, guidedAvailable, timeZone, save, children } = props;
  const t = useTranslations('Assignment');
  const format = useFormatter();
  const [state, action, pending] = useActionState(save, IDLE);
  const errors = fieldErrorsOf(state);
  const kept = state.status === 'error' ? (state.values ?? {}) : {};
  const titleId = useId();
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'full', timeStyle: 'short', timeZone });
  const pacingId = useId();
  const countedId = useId();
  const practice = quizzes.filter((quiz) => assignment?.practiceQuizIds.includes(quiz.id));
  const shown = (field: keyof AssignmentDates) =>
    kept[field] ?? (assignment?.[field] ? toLocalInput(assignment[field], timeZone) : '');
  return (
    <section aria-labelledby={titleId} className={styles.panel}>
      <h2 id={titleId}>{t('title')}</h2>
      <p>
        {assignment
          ? `${t('summary', { opens: when(assignment.opensAt), due: when(assignment.dueAt) })} ${
              assignment.closesAt ? t('closes', { closes: when(assignment.closesAt) }) : t('neverCloses')
            }${assignment.pacing === 'open' ? '' : ` ${t(assignment.pacing === 'guided' ? 'guidedSummary' : 'teacherSummary')}`}${
              practice.length
                ? ` ${t('practiceSummary', { quizzes: practice.map((quiz) => quiz.title).join(', ') })}`
                : ''
            }`
          : t('none')}
      </p>
      <p className={styles.hint}>{t('intro', { zone: timeZone })}</p>
      {/* Keyed by what is stored, so that the inputs show the saved dates again after a save. */}
      <form action={action} className={styles.form} noValidate key={JSON.stringify(assignment)}>
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="lessonSlug" value={lessonSlug} />
        <Field
          name="opensAt"
          type="datetime-local"
          label={t('opensAt')}
          required
          defaultValue={shown('opensAt')}
          error={errors.opensAt}
        />
        <Field
          name="dueAt"
          type="datetime-local"
          label={t('dueAt')}
          required
          defaultValue={shown('dueAt')}
          error={errors.dueAt}
        />
        <Field
          name="closesAt"
          type="datetime-local"
          label={t('closesAt')}
          hint={t('closesHint')}
          defaultValue={shown('closesAt')}
          error={errors.closesAt}
        />
        {guidedAvailable && (
          <div className={styles.field}>
            <label htmlFor={pacingId}>{t('pacing')}</label>
            <select
              id={pacingId}
              name="pacing"
              defaultValue={kept.pacing ?? assignment?.pacing ?? 'open'}
              aria-describedby={`${pacingId}-hint${errors.pacing ? ` ${pacingId}-error` : ''}`}
              aria-invalid={errors.pacing ? true : undefined}
            >
              {FORM_PACINGS.map((pacing) => (
                <option key={pacing} value={pacing}>
                  {t(`pacings.${pacing}`)}
                </option>
              ))}
            </select>
            <p id={`${pacingId}-hint`} className={styles.hint}>
              {t('pacingHint')}
            </p>
            {errors.pacing && (
              <p id={`${pacingId}-error`} className={styles.error}>
                {errors.pacing}
              </p>
            )}
          </div>
        )}
        <fieldset
          className={styles.field}
          aria-describedby={`${countedId}-hint${errors.counted ? ` ${countedId}-error` : ''}`}
        >
          <legend>{t('counted')}</legend>
          {quizzes.map((quiz) => (
            <div key={quiz.id} className={styles.checkbox}>
              <input
                id={`${countedId}-${quiz.id}`}
                type="checkbox"
                name="counted"
                value={quiz.id}
                defaultChecked={!assignment?.practiceQuizIds.includes(quiz.id)}
                aria-invalid={errors.counted ? true : undefined}
              />
              <label htmlFor={`${countedId}-${quiz.id}`}>{quiz.title}</label>
            </div>
          ))}
          <p id={`${countedId}-hint`} className={styles.hint}>
            {t('countedHint')}
          </p>
          {errors.counted && (
            <p id={`${countedId}-error`} className={styles.error}>
              {errors.counted}
            </p>
          )}
        </fieldset>
        <button type="submit" className="button" disabled={pending}>
          {t('save')}
        </button>
        <FormMessage
          tone={state.status === 'error' ? 'error' : 'ok'}
          message={state.status === 'idle' ? undefined : state.message}
        />
      </form>
      {children}
    </section>
  );
}
