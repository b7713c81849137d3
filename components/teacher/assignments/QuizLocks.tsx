'use client';

import { useActionState, useId } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/forms/FormMessage';
import { IDLE, type FormAction } from '@/lib/action-result';
import styles from '@/components/forms/Forms.module.css';

type Quiz = { id: string; title: string; locked: boolean };

type Props = {
  classId: string;
  lessonSlug: string;
  quizzes: Quiz[];
  setLock: FormAction;
};

/** Each quiz of the assigned lesson, open or locked for the whole class, with the button that changes it. */
export function QuizLocks({ classId, lessonSlug, quizzes, setLock }: Props) {
  const t = useTranslations('Assignment');
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{t('locksTitle')}</h3>
      <p className={styles.hint}>{t('locksIntro')}</p>
      <ul>
        {quizzes.map((quiz) => (
          <li key={quiz.id}>
            <QuizLockForm classId={classId} lessonSlug={lessonSlug} quiz={quiz} setLock={setLock} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function QuizLockForm({ classId, lessonSlug, quiz, setLock }: Omit<Props, 'quizzes'> & { quiz: Quiz }) {
  const t = useTranslations('Assignment');
  const [state, action, pending] = useActionState(setLock, IDLE);
  return (
    <form action={action} className={styles.inline}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="lessonSlug" value={lessonSlug} />
      <input type="hidden" name="quizId" value={quiz.id} />
      {/* The state the button asks for, not a toggle: a double click (or a stale page) asks for it twice, harmlessly. */}
      <input type="hidden" name="locked" value={quiz.locked ? 'false' : 'true'} />
      <span>{t(quiz.locked ? 'quizLocked' : 'quizOpen', { quiz: quiz.title })}</span>
      <button type="submit" className="button" disabled={pending}>
        {t(quiz.locked ? 'reopen' : 'lock', { quiz: quiz.title })}
      </button>
      <FormMessage
        tone={state.status === 'error' ? 'error' : 'ok'}
        message={state.status === 'idle' ? undefined : state.message}
      />
    </form>
  );
}
