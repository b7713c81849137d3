'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ClassNameSchema, ClassSettingsSchema, DisplayNameSchema } from '@/lib/account-rules';
import type { ActionResult } from '@/lib/action-result';
import { parseRoster, ROSTER_MAX_NAMES, RosterTextSchema } from '@/lib/roster-paste';
import { teacherAction, type ActionContext } from '@/server/action-kit';
import {
  deleteClass,
  removeStudent,
  renameClass,
  renameStudent,
  resetStudentAttempts,
  setClassArchived,
  updateClassSettings,
} from '@/server/teacher/classes';
import { replaceJoinCode } from '@/server/teacher/join-codes';
import { endStudentSessions, issueResumeCode } from '@/server/teacher/student-access';
import { addStudents, mergeStudents } from '@/server/teacher/roster-tools';

// Every action: a signed-in teacher (the kit), valid input, then a server/ call scoped to that teacher's classes.

/** The class's page, on whichever lesson it shows: what these actions change is drawn there. */
const CLASS_PAGE = '/[locale]/teacher/classes/[classId]/lessons/[slug]';

const Ids = z.object({ classId: z.string().max(40) });
const StudentIds = Ids.extend({ learnerId: z.string().max(40) });

function done(ok: boolean, { t, fail }: ActionContext): ActionResult {
  // Only a change needs the page drawn again; a refused request answers with its message alone.
  if (ok) revalidatePath(CLASS_PAGE, 'page');
  // Someone else's class (or none) gets the same answer as a class that does not exist.
  return ok ? { status: 'ok', message: t('Forms.saved') } : fail('Forms.server');
}

export const renameClassAction = teacherAction(
  { schema: Ids.extend({ name: ClassNameSchema }) },
  async ({ classId, name }, context) => done(await renameClass(context.teacherId, classId, name), context),
);

export const updateSettingsAction = teacherAction(
  { schema: ClassSettingsSchema.extend(Ids.shape) },
  async ({ classId, ...settings }, context) =>
    done(await updateClassSettings(context.teacherId, classId, settings), context),
);

export const regenerateCodeAction = teacherAction({ schema: Ids }, async ({ classId }, context) =>
  done(await replaceJoinCode(context.teacherId, classId), context),
);

export const archiveClassAction = teacherAction(
  { schema: Ids.extend({ archived: z.enum(['true', 'false']) }) },
  async ({ classId, archived }, context) =>
    done(await setClassArchived(context.teacherId, classId, archived === 'true'), context),
);

export const deleteClassAction = teacherAction(
  { schema: Ids.extend({ confirmation: z.string().max(200).default('') }) },
  async ({ classId, confirmation }, context) => {
    const result = await deleteClass(context.teacherId, classId, confirmation);
    if (result === 'wrong-name')
      return context.fail('ClassPage.deleteWrongName', { confirmation: 'ClassPage.deleteWrongName' });
    if (result === 'not-found') return done(false, context);
    return context.redirectTo('/teacher');
  },
);

export const renameStudentAction = teacherAction(
  { schema: StudentIds.extend({ displayName: DisplayNameSchema }) },
  async ({ classId, learnerId, displayName }, context) => {
    const result = await renameStudent(context.teacherId, classId, learnerId, displayName);
    if (result === 'taken') return context.fail('ClassPage.nameTaken');
    return done(result === 'ok', context);
  },
);

export const removeStudentAction = teacherAction({ schema: StudentIds }, async ({ classId, learnerId }, context) =>
  done(await removeStudent(context.teacherId, classId, learnerId), context),
);

export const resetAttemptsAction = teacherAction({ schema: StudentIds }, async ({ classId, learnerId }, context) =>
  done(await resetStudentAttempts(context.teacherId, classId, learnerId), context),
);

export const signOutStudentAction = teacherAction({ schema: StudentIds }, async ({ classId, learnerId }, context) => {
  const ok = await endStudentSessions(context.teacherId, classId, learnerId);
  // Nothing the page shows has changed, so there is nothing to draw again.
  return ok ? { status: 'ok', message: context.t('ClassPage.signedOutEverywhere') } : done(false, context);
});

/** Gives a student a new personal code, shown here at once (and later on the code cards and the student's "My code"). */
export const newResumeCodeAction = teacherAction<typeof StudentIds, { code?: string }>(
  { schema: StudentIds },
  async ({ classId, learnerId }, context) => {
    const code = await issueResumeCode(context.teacherId, classId, learnerId);
    return code ? { status: 'ok', code, message: context.t('ClassPage.newCodeIssued') } : done(false, context);
  },
);

/** Adds the pasted names to the class, each with a personal code, then shows the class's code cards to print. */
export const pasteRosterAction = teacherAction(
  {
    schema: Ids.extend({ names: RosterTextSchema }),
    fieldMessages: { names: 'RosterTools.pasteEmpty' },
    keep: ['names'],
  },
  async ({ classId, names }, context) => {
    const t = await getTranslations('RosterTools');
    const parsed = parseRoster(names);
    if (!parsed.ok) {
      const message =
        parsed.error === 'invalid'
          ? t('pasteInvalid', { count: parsed.lines.length, lines: parsed.lines.join(', ') })
          : parsed.error === 'too-many'
            ? t('pasteTooMany', { max: ROSTER_MAX_NAMES })
            : t('pasteEmpty');
      return { status: 'error', message, fieldErrors: { names: message } };
    }
    const added = await addStudents(context.teacherId, classId, parsed.names);
    if (!added) return done(false, context);
    revalidatePath(CLASS_PAGE, 'page');
    const skipped = added.alreadyInClass.length + parsed.repeated.length;
    return context.redirectTo({
      pathname: `/teacher/classes/${classId}/cards`,
      query: { added: String(added.created.length), skipped: String(skipped) },
    });
  },
);

/** Merges one roster row into another of the same class: every attempt and answer kept, the merge recorded. */
export const mergeStudentsAction = teacherAction(
  { schema: Ids.extend({ keepId: z.string().max(40), mergeId: z.string().max(40) }) },
  async ({ classId, keepId, mergeId }, context) => {
    if (keepId === mergeId) return context.fail('RosterTools.mergeSame', { mergeId: 'RosterTools.mergeSame' });
    const merged = await mergeStudents(context.teacherId, classId, keepId, mergeId);
    if (!merged) return done(false, context);
    revalidatePath(CLASS_PAGE, 'page');
    const t = await getTranslations('RosterTools');
    const { keptName, mergedName, attemptsMoved: attempts, answersMoved: answers } = merged;
    return { status: 'ok', message: t('merged', { keptName, mergedName, attempts, answers }) };
  },
);
