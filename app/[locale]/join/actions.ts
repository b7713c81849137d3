'use server';

import { z } from 'zod';
import type { Joined } from '@/components/join/JoinForm';
import { DisplayNameSchema } from '@/lib/account-rules';
import { codeSchema } from '@/lib/join-code';
import { formAction, postAction } from '@/server/action-kit';
import { endLearnerSession } from '@/server/learner/learners';
import { clientAddress } from '@/server/auth/request-info';
import { clearLearnerCookie, currentLearnerToken, setLearnerCookie } from '@/server/auth/learner-session';
import { joinClass, resumeStudent } from '@/server/learner/students';

const JoinSchema = z.object({ code: codeSchema(6), displayName: DisplayNameSchema });

/** Joins a class with its code and a display name; shows the personal resume code once. */
export const joinAction = formAction<typeof JoinSchema, Joined>(
  {
    schema: JoinSchema,
    fieldMessages: { code: 'Join.unknownCode', displayName: 'Join.nameHint' },
  },
  async ({ code, displayName }, { fail }) => {
    const result = await joinClass(code, displayName, await clientAddress(), await currentLearnerToken());
    if (!result.ok)
      return result.error === 'throttled'
        ? fail('Forms.throttled')
        : fail('Join.unknownCode', { code: 'Join.unknownCode' });
    await setLearnerCookie(result.token);
    const { displayName: name, className, resumeCode, locale } = result;
    return { status: 'ok', displayName: name, className, resumeCode, locale };
  },
);

/** Continues as a student on this device with the class code and the personal code. */
export const resumeAction = formAction(
  { schema: z.object({ code: codeSchema(6), resumeCode: codeSchema(8) }), invalidMessage: 'Resume.invalid' },
  async ({ code, resumeCode }, { fail, redirectTo }) => {
    const result = await resumeStudent(code, resumeCode, await clientAddress());
    if (!result.ok) return fail(result.error === 'throttled' ? 'Forms.throttled' : 'Resume.invalid');
    await setLearnerCookie(result.token);
    return redirectTo('/');
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
