'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { Link } from '@/i18n/navigation';
import { forgetOfflineLearner } from '@/lib/offline/service-worker-client';
import { fieldErrorsOf, IDLE, type FormAction } from '@/lib/action-result';
import styles from '@/components/forms/Forms.module.css';

/** Class code and name in; a welcome with the personal resume code out. */
/** What joining shows once: the welcome and the personal resume code. */
export type Joined = { displayName: string; className: string; resumeCode: string; locale: 'en' | 'es' };

type Props = {
  join: FormAction<Joined>;
  lessonPath: string;
  /** The class code from the invite link, filled in. */
  defaultCode?: string;
};

export function JoinForm({ join, lessonPath, defaultCode }: Props) {
  const t = useTranslations('Join');
  const [state, action, pending] = useActionState(join, IDLE);
  if (state.status === 'ok') {
    return (
      <section aria-labelledby="welcome" className={styles.panel}>
        <h2 id="welcome" dir="auto">
          {t('welcome', { name: state.displayName, className: state.className })}
        </h2>
        <h3>{t('resumeCodeTitle')}</h3>
        <p className={styles.code}>{state.resumeCode}</p>
        <p>{t('resumeCodeHint')}</p>
        <Link href={lessonPath} locale={state.locale} className="button">
          {t('start')}
        </Link>
      </section>
    );
  }
  const errors = fieldErrorsOf(state);
  // Someone signs in on this browser: the last learner's offline copies go first.
  return (
    <form action={action} onSubmit={forgetOfflineLearner} className={styles.form} noValidate>
      <Field
        name="code"
        label={t('code')}
        hint={t('codeHint')}
        autoComplete="off"
        autoCapitalize="characters"
        maxLength={12}
        defaultValue={defaultCode}
        required
        error={errors.code}
      />
      <Field
        name="displayName"
        label={t('name')}
        hint={t('nameHint')}
        autoComplete="given-name"
        maxLength={60}
        required
        error={errors.displayName}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('submit')}
      </button>
      <FormMessage tone="error" message={state.status === 'error' ? state.message : undefined} />
    </form>
  );
}
