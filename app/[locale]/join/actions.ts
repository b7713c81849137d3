'use server';

import { z } from 'zod';
import type { JoinStep } from '@/components/join/JoinForm';
import { DisplayNameSchema } from '@/lib/account-rules';
import { codeSchema } from '@/lib/join-code';
import { formAction, postAction } from '@/server/action-kit';
import { endLearnerSession } from '@/server/auth/learner-sessions';
import { clientAddress } from '@/server/auth/request-info';
import { clearLearnerCookie, currentLearnerToken, setLearnerCookie } from '@/server/auth/learner-session';
import { joinClass, resumeStudent } from '@/server/learner/students';
import { RESUME_CODE_LENGTH } from '@/server/auth/resume-codes';
import { defaultLessonSlug } from '@/server/lessons';

// One form action for the three steps of joining: the class code and a name; then, when the class already has that
// name, "Is this you?" answered with the personal code ('me') or with a name of one's own ('another').
const JoinSchema = z.object({
  intent: z.enum(['join', 'me', 'another']).default('join'),
  code: codeSchema(6),
  displayName: DisplayNameSchema,
  resumeCode: codeSchema(RESUME_CODE_LENGTH).optional(),
  newName: DisplayNameSchema.optional(),
});

/** The class's lesson, where a student who signs in starts or goes on; `welcome=back` greets them there. */
const lessonHref = (greeting?: 'back') =>
  ({
    pathname: `/lessons/${defaultLessonSlug()}`,
    query: greeting ? { welcome: greeting } : {},
  }) as const;

/**
 * Joins a class with its code and a display name, then shows the welcome page. A name the class already has asks
 * "Is this you?" instead of making a second row; every refusal gives back what was typed.
 */
export const joinAction = formAction<typeof JoinSchema, JoinStep>(
  {
    schema: JoinSchema,
    fieldMessages: {
      code: 'Join.unknownCode',
      displayName: 'Join.nameHint',
      resumeCode: 'Join.personalCodeWrong',
      newName: 'Join.anotherTaken',
    },
    keep: ['intent', 'code', 'displayName', 'resumeCode', 'newName'],
  },
  async ({ intent, code, displayName, resumeCode, newName }, { fail, redirectTo }) => {
    const address = await clientAddress();
    if (intent === 'me') {
      if (!resumeCode) return fail('Join.personalCodeWrong', { resumeCode: 'Join.personalCodeWrong' });
      const result = await resumeStudent(code, resumeCode, address);
      if (!result.ok)
        return result.error === 'throttled'
          ? fail('Forms.throttled')
          : fail('Join.personalCodeWrong', { resumeCode: 'Join.personalCodeWrong' });
      await setLearnerCookie(result.token);
      return redirectTo(lessonHref('back'));
    }
    if (intent === 'another' && !newName) return fail('Join.anotherTaken', { newName: 'Join.anotherTaken' });
    const name = intent === 'another' ? newName! : displayName;
    const result = await joinClass(code, name, address, await currentLearnerToken());
    if (!result.ok) {
      if (result.error === 'throttled') return fail('Forms.throttled');
      if (result.error === 'unknown-code') return fail('Join.unknownCode', { code: 'Join.unknownCode' });
      if (intent === 'another') return fail('Join.anotherTaken', { newName: 'Join.anotherTaken' });
      return { status: 'ok', sameName: { code, displayName } };
    }
    await setLearnerCookie(result.token);
    return redirectTo('/join/welcome');
  },
);

/** Continues as a student on this device with the class code and the personal code, on the lesson. */
export const resumeAction = formAction(
  {
    schema: z.object({ code: codeSchema(6), resumeCode: codeSchema(RESUME_CODE_LENGTH) }),
    invalidMessage: 'Resume.invalid',
    keep: ['code', 'resumeCode'],
  },
  async ({ code, resumeCode }, { fail, redirectTo }) => {
    const result = await resumeStudent(code, resumeCode, await clientAddress());
    if (!result.ok) return fail(result.error === 'throttled' ? 'Forms.throttled' : 'Resume.invalid');
    await setLearnerCookie(result.token);
    return redirectTo(lessonHref('back'));
  },
);

/** A student signs out of this browser: the session row goes too. */
export const studentSignOutAction = postAction(
  { schema: z.object({}), invalidHref: '/join' },
  async (_input, { redirectTo }) => {
    const token = await currentLearnerToken();
    if (token) await endLearnerSession(token);
    await clearLearnerCookie();
    return redirectTo('/join');
  },
);
