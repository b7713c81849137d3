'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { joinAction, type JoinState } from '@/app/[locale]/join/actions';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { Link } from '@/i18n/navigation';
import styles from '@/components/forms/Forms.module.css';

const initial: JoinState = { status: 'idle' };

/** Class code and name in; a welcome with the personal resume code out. */
export function JoinForm({ lessonPath }: { lessonPath: string }) {
  const t = useTranslations('Join');
  const [state, action, pending] = useActionState(joinAction, initial);
  if (state.status === 'joined') {
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
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={action} className={styles.form} noValidate>
      <Field
        name="code"
        label={t('code')}
        hint={t('codeHint')}
        autoComplete="off"
        autoCapitalize="characters"
        maxLength={12}
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
