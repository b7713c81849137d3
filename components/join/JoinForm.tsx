'use client';

import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Field } from '@/components/forms/Field';
import { FormMessage } from '@/components/forms/FormMessage';
import { Link } from '@/i18n/navigation';
import { forgetOfflineLearner } from '@/lib/offline/service-worker-client';
import { fieldErrorsOf, IDLE, keptValueOf, type ActionResult, type FormAction } from '@/lib/action-result';
import { joinFields, postJoin, type SameName } from '@/lib/join-request';
import styles from '@/components/forms/Forms.module.css';
import { useShowWelcome } from './JoinFlow';

/** What joining answers when the class already has the name: the page asks "Is this you?" (a success joins and leaves). */
export type JoinStep = { sameName: SameName };

type State = ActionResult<JoinStep>;

/** The class code and name already given, when the form is at "Is this you?" (also after a refusal there). */
function sameNameOf(state: State): JoinStep['sameName'] | null {
  if (state.status === 'ok') return state.sameName;
  const intent = keptValueOf(state, 'intent');
  if (intent !== 'me' && intent !== 'another') return null;
  return { code: keptValueOf(state, 'code'), displayName: keptValueOf(state, 'displayName') };
}

/**
 * Class code and name in; the welcome page, or "Is this you?" when the class already has that name. `defaultCode` is
 * the class code from an invite link or QR code.
 */
export function JoinForm({ join, defaultCode }: { join: FormAction<JoinStep>; defaultCode?: string }) {
  const t = useTranslations('Join');
  const [actionState, action, actionPending] = useActionState(join, IDLE);
  const [posted, setPosted] = useState<State | null>(null);
  const [posting, startPosting] = useTransition();
  const post = usePostedJoin(setPosted, startPosting);
  // Without JavaScript (or before it has loaded) the form posts to the Server Action; with it, to the JSON endpoint.
  const state = posted ?? actionState;
  const pending = actionPending || posting;
  const errors = fieldErrorsOf(state);
  const message = state.status === 'error' ? state.message : undefined;
  const sameName = sameNameOf(state);
  const shown = useRef<HTMLDivElement>(null);
  // With JavaScript the answer replaces the form in place: focus goes to the question, or to the first refused field,
  // whose label and error (aria-describedby) are read out.
  useEffect(() => {
    const target =
      state.status === 'ok'
        ? shown.current?.querySelector<HTMLElement>('#same-name')
        : shown.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, [state]);
  if (sameName) {
    const asked = { name: sameName.displayName };
    const given = (
      <>
        <input type="hidden" name="code" value={sameName.code} />
        <input type="hidden" name="displayName" value={sameName.displayName} />
      </>
    );
    return (
      <div ref={shown}>
        <section aria-labelledby="same-name" className={styles.panel}>
          <h2 id="same-name" tabIndex={-1}>
            {t('sameNameTitle')}
          </h2>
          <p role="status" dir="auto">
            {t('sameNameIntro', asked)}
          </p>
          <form action={action} onSubmit={post} className={styles.form} noValidate>
            <h3 dir="auto">{t('itsMeTitle', asked)}</h3>
            {given}
            <input type="hidden" name="intent" value="me" />
            <Field
              name="resumeCode"
              label={t('personalCode')}
              hint={t('personalCodeHint')}
              autoComplete="off"
              autoCapitalize="characters"
              maxLength={12}
              required
              defaultValue={keptValueOf(state, 'resumeCode')}
              error={errors.resumeCode}
            />
            <button type="submit" className="button" disabled={pending}>
              {t('itsMeSubmit', asked)}
            </button>
          </form>
          <form action={action} onSubmit={post} className={styles.form} noValidate>
            <h3 dir="auto">{t('anotherTitle', asked)}</h3>
            {given}
            <input type="hidden" name="intent" value="another" />
            <Field
              name="newName"
              label={t('anotherName')}
              hint={t('anotherHint', { example: `${sameName.displayName.split(' ')[0]} R.` })}
              autoComplete="off"
              maxLength={60}
              required
              defaultValue={keptValueOf(state, 'newName') || `${sameName.displayName} `}
              error={errors.newName}
            />
            <button type="submit" className="button button-secondary" disabled={pending}>
              {t('anotherSubmit')}
            </button>
          </form>
          <FormMessage tone="error" message={message} />
          <p>
            <Link href="/join">{t('startOver')}</Link>
          </p>
        </section>
      </div>
    );
  }
  return (
    <div ref={shown}>
      <form action={action} onSubmit={post} className={styles.form} noValidate>
        <Field
          name="code"
          label={t('code')}
          hint={t('codeHint')}
          autoComplete="off"
          autoCapitalize="characters"
          maxLength={12}
          required
          defaultValue={keptValueOf(state, 'code') || defaultCode}
          error={errors.code}
        />
        <Field
          name="displayName"
          label={t('name')}
          hint={t('nameHint')}
          autoComplete="given-name"
          maxLength={60}
          required
          defaultValue={keptValueOf(state, 'displayName')}
          error={errors.displayName}
        />
        <button type="submit" className="button" disabled={pending}>
          {t('submit')}
        </button>
        <FormMessage tone="error" message={message} />
      </form>
    </div>
  );
}

/**
 * The form's submit with JavaScript: the same fields, posted to the join endpoint, whose reply the page shows in
 * place (the welcome, "Is this you?", a refusal) or leaves for (a student back with their code).
 */
function usePostedJoin(show: (state: State) => void, startPosting: (work: () => Promise<void>) => void) {
  const t = useTranslations('Join');
  const locale = useLocale();
  const showWelcome = useShowWelcome();
  return (event: FormEvent<HTMLFormElement>) => {
    // Someone signs in on this browser: the last learner's offline copies go first.
    forgetOfflineLearner();
    if (!showWelcome) return;
    event.preventDefault();
    const fields = joinFields(new FormData(event.currentTarget));
    const unreachable = t('unreachable');
    startPosting(async () => {
      const reply = await postJoin(fields, locale, { server: unreachable, invalid: unreachable }).catch(
        () => ({ status: 'error', message: unreachable, values: fields }) as const,
      );
      if (reply.status === 'ok' && 'welcome' in reply) showWelcome(reply.welcome);
      else if (reply.status === 'ok' && 'next' in reply) window.location.assign(reply.next);
      else show(reply);
    });
  };
}
