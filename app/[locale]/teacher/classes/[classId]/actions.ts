'use server';

import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { formFrom } from '@/lib/action-input';
import { ClassNameSchema, classSettingsFromForm, DisplayNameSchema } from '@/lib/account-rules';
import type { FormState } from '@/lib/form-state';
import {
  deleteClass,
  regenerateJoinCode,
  removeStudent,
  renameClass,
  renameStudent,
  resetStudentAttempts,
  setClassArchived,
  updateClassSettings,
} from '@/server/classes';
import { endStudentSessions, issueResumeCode } from '@/server/student-access';
import { currentTeacher } from '@/server/teacher-session';

/** The only place a student's new personal code exists in the clear: shown to the teacher once, stored as a digest. */
export type NewCodeState = FormState | { status: 'issued'; message: string; code: string };

// Every action: a signed-in teacher, valid input, then a server/ call scoped to that teacher's classes.

async function teacherOrSignIn(): Promise<string> {
  const teacher = await currentTeacher();
  if (!teacher) redirect({ href: '/teacher/signin', locale: await getLocale() });
  return teacher!.teacherId;
}

const field = (formData: FormData, name: string) => String(formData.get(name) ?? '');

async function done(ok: boolean): Promise<FormState> {
  const t = await getTranslations('Forms');
  // Only a change needs the page drawn again; a refused request answers with its message alone.
  if (ok) revalidatePath('/[locale]/teacher/classes/[classId]', 'page');
  // Someone else's class (or none) gets the same answer as a class that does not exist.
  return ok ? { status: 'ok', message: t('saved') } : { status: 'error', message: t('server'), fieldErrors: {} };
}

async function invalid(): Promise<FormState> {
  return { status: 'error', message: (await getTranslations('Forms'))('fixErrors'), fieldErrors: {} };
}

export async function renameClassAction(_previous: FormState, input: FormData): Promise<FormState> {
  const formData = formFrom(input);
  const teacherId = await teacherOrSignIn();
  const name = ClassNameSchema.safeParse(formData.get('name'));
  if (!name.success) return invalid();
  return done(await renameClass(teacherId, field(formData, 'classId'), name.data));
}

export async function updateSettingsAction(_previous: FormState, input: FormData): Promise<FormState> {
  const formData = formFrom(input);
  const teacherId = await teacherOrSignIn();
  const settings = classSettingsFromForm(formData);
  if (!settings.success) return invalid();
  return done(await updateClassSettings(teacherId, field(formData, 'classId'), settings.data));
}

export async function regenerateCodeAction(_previous: FormState, input: FormData): Promise<FormState> {
  const formData = formFrom(input);
  return done(await regenerateJoinCode(await teacherOrSignIn(), field(formData, 'classId')));
}

export async function archiveClassAction(_previous: FormState, input: FormData): Promise<FormState> {
  const formData = formFrom(input);
  return done(
    await setClassArchived(await teacherOrSignIn(), field(formData, 'classId'), field(formData, 'archived') === 'true'),
  );
}

export async function deleteClassAction(_previous: FormState, input: FormData): Promise<FormState> {
  const formData = formFrom(input);
  const teacherId = await teacherOrSignIn();
  const result = await deleteClass(teacherId, field(formData, 'classId'), field(formData, 'confirmation'));
  if (result === 'wrong-name') {
    const t = await getTranslations('ClassPage');
    return { status: 'error', message: t('deleteWrongName'), fieldErrors: { confirmation: t('deleteWrongName') } };
  }
  if (result === 'not-found') return done(false);
  redirect({ href: '/teacher', locale: await getLocale() });
  return { status: 'ok' };
}

export async function renameStudentAction(_previous: FormState, input: FormData): Promise<FormState> {
  const formData = formFrom(input);
  const teacherId = await teacherOrSignIn();
  const name = DisplayNameSchema.safeParse(formData.get('displayName'));
  if (!name.success) return invalid();
  const result = await renameStudent(teacherId, field(formData, 'classId'), field(formData, 'learnerId'), name.data);
  if (result === 'taken')
    return { status: 'error', message: (await getTranslations('ClassPage'))('nameTaken'), fieldErrors: {} };
  return done(result === 'ok');
}

export async function removeStudentAction(_previous: FormState, input: FormData): Promise<FormState> {
  const formData = formFrom(input);
  return done(await removeStudent(await teacherOrSignIn(), field(formData, 'classId'), field(formData, 'learnerId')));
}

export async function resetAttemptsAction(_previous: FormState, input: FormData): Promise<FormState> {
  const formData = formFrom(input);
  return done(
    await resetStudentAttempts(await teacherOrSignIn(), field(formData, 'classId'), field(formData, 'learnerId')),
  );
}

export async function signOutStudentAction(_previous: FormState, input: FormData): Promise<FormState> {
  const formData = formFrom(input);
  const ok = await endStudentSessions(
    await teacherOrSignIn(),
    field(formData, 'classId'),
    field(formData, 'learnerId'),
  );
  // Nothing the page shows has changed, so there is nothing to draw again.
  return ok ? { status: 'ok', message: (await getTranslations('ClassPage'))('signedOutEverywhere') } : done(false);
}

export async function newResumeCodeAction(_previous: NewCodeState, input: FormData): Promise<NewCodeState> {
  const formData = formFrom(input);
  const code = await issueResumeCode(await teacherOrSignIn(), field(formData, 'classId'), field(formData, 'learnerId'));
  return code
    ? { status: 'issued', code, message: (await getTranslations('ClassPage'))('newCodeIssued') }
    : done(false);
}
