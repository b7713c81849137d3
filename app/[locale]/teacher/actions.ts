'use server';

import { after } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import {
  ClassNameSchema,
  ClassSettingsSchema,
  DeleteAccountSchema,
  EmailSchema,
  PASSWORD_MAX,
  PasswordSchema,
} from '@/lib/account-rules';
import { formAction, postAction, teacherAction } from '@/server/action-kit';
import { createClass } from '@/server/teacher/classes';
import { clientAddress } from '@/server/auth/request-info';
import { isKnownTeacherBrowser, rememberTeacherBrowser } from '@/server/auth/known-browser';
import { changeTeacherPassword, deleteTeacherAccount, signInTeacher, signUpTeacher } from '@/server/teacher/accounts';
import { endAllTeacherSessions } from '@/server/auth/teacher-sessions';
import {
  clearSignInEmail,
  currentTeacher,
  currentTeacherToken,
  setSignInEmail,
  setTeacherCookie,
  signOutTeacher,
} from '@/server/auth/teacher-session';
import { PASSWORD_RESET_MINUTES, requestPasswordReset, resetPasswordWithLink } from '@/server/teacher/password-reset';

const CredentialsSchema = z.object({ email: EmailSchema, password: PasswordSchema });
const credentialMessages = {
  email: 'TeacherAuth.errors.email',
  password: 'TeacherAuth.errors.passwordLength',
} as const;
/** What the server says when it refuses for load rather than for the input. */
const refusedForLoad = { throttled: 'Forms.throttled', busy: 'Forms.busy' } as const;

/**
 * Creates a teacher account; every accepted request lands on sign-in with the same notice and its email filled in
 * (server/teacher/accounts.ts says why).
 */
export const signUpAction = formAction(
  { schema: CredentialsSchema, fieldMessages: credentialMessages },
  async ({ email, password }, { fail, redirectTo }) => {
    const result = await signUpTeacher(email, password, await clientAddress());
    if (!result.ok) {
      if (result.error === 'throttled' || result.error === 'busy') return fail(refusedForLoad[result.error]);
      if (result.error === 'domain-not-allowed')
        return fail('Forms.fixErrors', { email: 'TeacherAuth.errors.domainNotAllowed' });
      return fail('Forms.fixErrors', { password: 'TeacherAuth.errors.commonPassword' });
    }
    await setSignInEmail(email);
    return redirectTo({ pathname: '/teacher/signin', query: { notice: 'signed-up' } });
  },
);

/** Signs a teacher in with a new session. The error never says whether the email exists. */
export const signInAction = formAction(
  { schema: CredentialsSchema, invalidMessage: 'TeacherAuth.errors.invalid' },
  async ({ email, password }, { fail, redirectTo }) => {
    const knownBrowser = await isKnownTeacherBrowser(email);
    const result = await signInTeacher(email, password, await clientAddress(), new Date(), { knownBrowser });
    if (!result.ok)
      return fail(result.error === 'invalid' ? 'TeacherAuth.errors.invalid' : refusedForLoad[result.error]);
    await setTeacherCookie(result.token);
    await rememberTeacherBrowser(email);
    await clearSignInEmail();
    return redirectTo('/teacher');
  },
);

/**
 * "Forgot password?": the same answer whether or not the address has an account; the mail, if any, is sent after the
 * answer. Without mail the answer sends the teacher to the administrator.
 */
export const forgotPasswordAction = formAction(
  { schema: z.object({ email: EmailSchema }), fieldMessages: { email: 'TeacherAuth.errors.email' } },
  async ({ email }, { locale, fail }) => {
    const t = await getTranslations('PasswordReset');
    const result = await requestPasswordReset(email, locale, await clientAddress());
    if (!result.ok)
      return result.error === 'throttled' ? fail('Forms.throttled') : { status: 'ok', message: t('askAdmin') };
    after(result.deliver);
    return { status: 'ok', message: t('sent', { minutes: PASSWORD_RESET_MINUTES }) };
  },
);

/** Sets a new password with an e-mailed link; every session of the teacher ends, and sign-in follows, email filled in. */
export const resetPasswordAction = formAction(
  {
    // A missing token is a link that does not work, said as such below rather than as a field error.
    schema: z.object({ token: z.string().max(100).default(''), password: PasswordSchema }),
    fieldMessages: { password: 'TeacherAuth.errors.passwordLength' },
  },
  async ({ token, password }, { fail, redirectTo }) => {
    const result = await resetPasswordWithLink(token, password, await clientAddress());
    if (!result.ok) {
      if (result.error === 'throttled' || result.error === 'busy') return fail(refusedForLoad[result.error]);
      if (result.error === 'invalid-link') return fail('PasswordReset.invalidLink');
      return fail('Forms.fixErrors', { password: 'TeacherAuth.errors.commonPassword' });
    }
    await setSignInEmail(result.email);
    return redirectTo({ pathname: '/teacher/signin', query: { notice: 'password-reset' } });
  },
);

/** Ends the teacher's session. */
export const signOutAction = postAction(
  { schema: z.object({}), invalidHref: '/teacher/signin' },
  async (_input, { redirectTo }) => {
    await signOutTeacher();
    return redirectTo('/teacher/signin');
  },
);

/** Sets a new password for the signed-in teacher; their other sessions end. */
export const changePasswordAction = teacherAction(
  {
    schema: z.object({ current: z.string().max(PASSWORD_MAX).default(''), next: PasswordSchema }),
    fieldMessages: { next: 'TeacherAuth.errors.passwordLength' },
  },
  async ({ current, next }, { teacherId, fail, t, redirectTo }) => {
    const token = await currentTeacherToken();
    if (!token) return redirectTo('/teacher/signin');
    const result = await changeTeacherPassword(teacherId, current, next, token);
    if (!result.ok) {
      if (result.error === 'throttled' || result.error === 'busy') return fail(refusedForLoad[result.error]);
      return result.error === 'wrong-password'
        ? fail('Forms.fixErrors', { current: 'Account.wrongPassword' })
        : fail('Forms.fixErrors', { next: 'TeacherAuth.errors.commonPassword' });
    }
    return { status: 'ok', message: t('Account.changed') };
  },
);

/** Ends every session of the signed-in teacher, this one included, and shows the sign-in page. */
export const signOutEverywhereAction = formAction({ schema: z.object({}) }, async (_input, { redirectTo }) => {
  const teacher = await currentTeacher();
  if (teacher) await endAllTeacherSessions(teacher.teacherId);
  await signOutTeacher();
  return redirectTo({ pathname: '/teacher/signin', query: teacher ? { notice: 'signed-out-everywhere' } : undefined });
});

/** Deletes the signed-in teacher's account, with all their classes, once their password and the confirmation are given. */
export const deleteAccountAction = teacherAction(
  {
    schema: DeleteAccountSchema,
    fieldMessages: { password: 'Account.enterPassword', confirm: 'Account.confirmMissing' },
  },
  async ({ password }, { teacherId, fail, redirectTo }) => {
    const result = await deleteTeacherAccount(teacherId, password);
    if (!result.ok) {
      if (result.error === 'throttled' || result.error === 'busy') return fail(refusedForLoad[result.error]);
      return fail('Forms.fixErrors', { password: 'Account.wrongPassword' });
    }
    await signOutTeacher();
    return redirectTo({ pathname: '/teacher/signin', query: { notice: 'account-deleted' } });
  },
);

/** Creates a class for the signed-in teacher and opens it. */
export const createClassAction = teacherAction(
  { schema: ClassSettingsSchema.extend({ name: ClassNameSchema }), fieldMessages: { name: 'Forms.fixErrors' } },
  async ({ name, ...settings }, { teacherId, redirectTo }) => {
    const created = await createClass(teacherId, name, settings);
    return redirectTo(`/teacher/classes/${created.id}`);
  },
);
