'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { redirect } from '@/i18n/navigation';
import { formFrom } from '@/lib/action-input';
import {
  ClassNameSchema,
  classSettingsFromForm,
  DeleteAccountSchema,
  EmailSchema,
  PasswordSchema,
} from '@/lib/account-rules';
import type { FormState } from '@/lib/form-state';
import { createClass } from '@/server/classes';
import { clientAddress } from '@/server/request-info';
import {
  changeTeacherPassword,
  deleteTeacherAccount,
  endAllTeacherSessions,
  signInTeacher,
  signUpTeacher,
} from '@/server/teachers';
import { currentTeacher, currentTeacherToken, setTeacherCookie, signOutTeacher } from '@/server/teacher-session';

const CredentialsSchema = z.object({ email: EmailSchema, password: PasswordSchema });

async function credentialErrors(formData: FormData) {
  const t = await getTranslations('TeacherAuth');
  const parsed = CredentialsSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (parsed.success) return { data: parsed.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    if (issue.path[0] === 'email') fieldErrors.email = t('errors.email');
    if (issue.path[0] === 'password') fieldErrors.password = t('errors.passwordLength');
  }
  return { fieldErrors };
}

/** Creates a teacher account; every accepted request lands on sign-in with the same notice (server/teachers.ts says why). */
export async function signUpAction(_previous: FormState, input: FormData): Promise<FormState> {
  const formData = formFrom(input);
  const [t, tForms] = await Promise.all([getTranslations('TeacherAuth'), getTranslations('Forms')]);
  const { data, fieldErrors } = await credentialErrors(formData);
  if (!data) return { status: 'error', message: tForms('fixErrors'), fieldErrors: fieldErrors! };
  const result = await signUpTeacher(data.email, data.password, await clientAddress());
  if (!result.ok) {
    if (result.error === 'throttled') return { status: 'error', message: tForms('throttled'), fieldErrors: {} };
    if (result.error === 'busy') return { status: 'error', message: tForms('busy'), fieldErrors: {} };
    if (result.error === 'domain-not-allowed')
      return { status: 'error', message: tForms('fixErrors'), fieldErrors: { email: t('errors.domainNotAllowed') } };
    return { status: 'error', message: tForms('fixErrors'), fieldErrors: { password: t('errors.commonPassword') } };
  }
  redirect({ href: { pathname: '/teacher/signin', query: { notice: 'signed-up' } }, locale: await getLocale() });
  return { status: 'ok' };
}

/** Signs a teacher in with a new session. The error never says whether the email exists. */
export async function signInAction(_previous: FormState, input: FormData): Promise<FormState> {
  const formData = formFrom(input);
  const [t, tForms] = await Promise.all([getTranslations('TeacherAuth'), getTranslations('Forms')]);
  const { data } = await credentialErrors(formData);
  if (!data) return { status: 'error', message: t('errors.invalid'), fieldErrors: {} };
  const result = await signInTeacher(data.email, data.password, await clientAddress());
  if (!result.ok) {
    const message = { throttled: tForms('throttled'), busy: tForms('busy'), invalid: t('errors.invalid') }[
      result.error
    ];
    return { status: 'error', message, fieldErrors: {} };
  }
  await setTeacherCookie(result.token);
  redirect({ href: '/teacher', locale: await getLocale() });
  return { status: 'ok' };
}

/** Ends the teacher's session. */
export async function signOutAction(): Promise<void> {
  await signOutTeacher();
  redirect({ href: '/teacher/signin', locale: await getLocale() });
}

/** Sets a new password for the signed-in teacher; their other sessions end. */
export async function changePasswordAction(_previous: FormState, input: FormData): Promise<FormState> {
  const formData = formFrom(input);
  const [t, tAuth, tForms] = await Promise.all([
    getTranslations('Account'),
    getTranslations('TeacherAuth'),
    getTranslations('Forms'),
  ]);
  const teacher = await currentTeacher();
  const token = await currentTeacherToken();
  if (!teacher || !token) redirect({ href: '/teacher/signin', locale: await getLocale() });
  const next = PasswordSchema.safeParse(formData.get('next'));
  if (!next.success)
    return { status: 'error', message: tForms('fixErrors'), fieldErrors: { next: tAuth('errors.passwordLength') } };
  const result = await changeTeacherPassword(
    teacher!.teacherId,
    String(formData.get('current') ?? ''),
    next.data,
    token!,
  );
  if (!result.ok) {
    if (result.error === 'throttled') return { status: 'error', message: tForms('throttled'), fieldErrors: {} };
    if (result.error === 'busy') return { status: 'error', message: tForms('busy'), fieldErrors: {} };
    return result.error === 'wrong-password'
      ? { status: 'error', message: tForms('fixErrors'), fieldErrors: { current: t('wrongPassword') } }
      : { status: 'error', message: tForms('fixErrors'), fieldErrors: { next: tAuth('errors.commonPassword') } };
  }
  return { status: 'ok', message: t('changed') };
}

/** Ends every session of the signed-in teacher, this one included, and shows the sign-in page. */
export async function signOutEverywhereAction(): Promise<FormState> {
  const teacher = await currentTeacher();
  if (teacher) await endAllTeacherSessions(teacher.teacherId);
  await signOutTeacher();
  const query = teacher ? { notice: 'signed-out-everywhere' } : undefined;
  redirect({ href: { pathname: '/teacher/signin', query }, locale: await getLocale() });
  return { status: 'ok' };
}

/** Deletes the signed-in teacher's account, with all their classes, once their password and the confirmation are given. */
export async function deleteAccountAction(_previous: FormState, input: FormData): Promise<FormState> {
  const formData = formFrom(input);
  const [t, tForms] = await Promise.all([getTranslations('Account'), getTranslations('Forms')]);
  const locale = await getLocale();
  const teacher = await currentTeacher();
  if (!teacher) redirect({ href: '/teacher/signin', locale });
  const parsed = DeleteAccountSchema.safeParse({
    password: formData.get('password'),
    confirm: formData.get('confirm') ?? undefined,
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'password') fieldErrors.password = t('enterPassword');
      if (issue.path[0] === 'confirm') fieldErrors.confirm = t('confirmMissing');
    }
    return { status: 'error', message: tForms('fixErrors'), fieldErrors };
  }
  const result = await deleteTeacherAccount(teacher!.teacherId, parsed.data.password);
  if (!result.ok) {
    if (result.error === 'throttled') return { status: 'error', message: tForms('throttled'), fieldErrors: {} };
    if (result.error === 'busy') return { status: 'error', message: tForms('busy'), fieldErrors: {} };
    return { status: 'error', message: tForms('fixErrors'), fieldErrors: { password: t('wrongPassword') } };
  }
  await signOutTeacher();
  redirect({ href: { pathname: '/teacher/signin', query: { notice: 'account-deleted' } }, locale });
  return { status: 'ok' };
}

/** Creates a class for the signed-in teacher and opens it. */
export async function createClassAction(_previous: FormState, input: FormData): Promise<FormState> {
  const formData = formFrom(input);
  const tForms = await getTranslations('Forms');
  const locale = await getLocale();
  const teacher = await currentTeacher();
  if (!teacher) redirect({ href: '/teacher/signin', locale });
  const name = ClassNameSchema.safeParse(formData.get('name'));
  const settings = classSettingsFromForm(formData);
  if (!name.success || !settings.success) {
    return {
      status: 'error',
      message: tForms('fixErrors'),
      fieldErrors: name.success ? { settings: tForms('fixErrors') } : { name: tForms('fixErrors') },
    };
  }
  const created = await createClass(teacher!.teacherId, name.data, settings.data);
  redirect({ href: `/teacher/classes/${created.id}`, locale });
  return { status: 'ok' };
}
