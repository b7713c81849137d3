'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { formFrom } from '@/lib/action-input';
import { DisplayNameSchema } from '@/lib/account-rules';
import type { FormState } from '@/lib/form-state';
import { isWellFormedCode, normalizeCode } from '@/lib/join-code';
import { endLearnerSession } from '@/server/learners';
import { clientAddress } from '@/server/request-info';
import { clearLearnerCookie, currentLearnerToken, setLearnerCookie } from '@/server/session';
import { joinClass, resumeStudent } from '@/server/students';

export type JoinState =
  FormState | { status: 'joined'; displayName: string; className: string; resumeCode: string; locale: 'en' | 'es' };

/** Joins a class with its code and a display name; shows the personal resume code once. */
export async function joinAction(_previous: JoinState, input: FormData): Promise<JoinState> {
  const formData = formFrom(input);
  const [t, tForms] = await Promise.all([getTranslations('Join'), getTranslations('Forms')]);
  const code = normalizeCode(String(formData.get('code') ?? ''));
  const name = DisplayNameSchema.safeParse(formData.get('displayName'));
  const fieldErrors: Record<string, string> = {};
  if (!isWellFormedCode(code, 6)) fieldErrors.code = t('unknownCode');
  if (!name.success) fieldErrors.displayName = t('nameHint');
  if (Object.keys(fieldErrors).length || !name.success)
    return { status: 'error', message: tForms('fixErrors'), fieldErrors };
  const result = await joinClass(code, name.data, await clientAddress(), await currentLearnerToken());
  if (!result.ok) {
    return result.error === 'throttled'
      ? { status: 'error', message: tForms('throttled'), fieldErrors: {} }
      : { status: 'error', message: t('unknownCode'), fieldErrors: { code: t('unknownCode') } };
  }
  await setLearnerCookie(result.token);
  return {
    status: 'joined',
    displayName: result.displayName,
    className: result.className,
    resumeCode: result.resumeCode,
    locale: result.locale,
  };
}

/** Continues as a student on this device with the class code and the personal code. */
export async function resumeAction(_previous: FormState, input: FormData): Promise<FormState> {
  const formData = formFrom(input);
  const [t, tForms] = await Promise.all([getTranslations('Resume'), getTranslations('Forms')]);
  const code = normalizeCode(String(formData.get('code') ?? ''));
  const resumeCode = normalizeCode(String(formData.get('resumeCode') ?? ''));
  if (!isWellFormedCode(code, 6) || !isWellFormedCode(resumeCode, 8))
    return { status: 'error', message: t('invalid'), fieldErrors: {} };
  const result = await resumeStudent(code, resumeCode, await clientAddress());
  if (!result.ok)
    return {
      status: 'error',
      message: result.error === 'throttled' ? tForms('throttled') : t('invalid'),
      fieldErrors: {},
    };
  await setLearnerCookie(result.token);
  redirect({ href: '/', locale: await getLocale() });
  return { status: 'ok' };
}

/** A student signs out of this browser: the session row goes too. */
export async function studentSignOutAction(): Promise<void> {
  const token = await currentLearnerToken();
  if (token) await endLearnerSession(token);
  await clearLearnerCookie();
  redirect({ href: '/join', locale: await getLocale() });
}
