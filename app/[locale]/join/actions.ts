'use server';

import { z } from 'zod';
import type { JoinStep } from '@/components/join/JoinForm';
import { codeSchema } from '@/lib/join-code';
import { formAction, postAction } from '@/server/action-kit';
import { endLearnerSession } from '@/server/auth/learner-sessions';
import { clientAddress } from '@/server/auth/request-info';
import { clearLearnerCookie, currentLearnerToken, setLearnerCookie } from '@/server/auth/learner-session';
import { resumeStudent } from '@/server/learner/students';
import { JOIN_FIELD_MESSAGES, JOIN_KEPT_FIELDS, JoinSchema, joinStep } from '@/server/learner/join-flow';
import { RESUME_CODE_LENGTH } from '@/server/auth/resume-codes';
import { defaultLessonSlug } from '@/server/lessons';

/** The class's lesson, where a student who signs in starts or goes on; `welcome=back` greets them there. */
const lessonHref = (greeting?: 'back') =>
  ({
    pathname: `/lessons/${defaultLessonSlug()}`,
    query: greeting ? { welcome: greeting } : {},
  }) as const;

/**
 * Joining without JavaScript (with it, the page posts the same fields to app/api/[locale]/join): one step of
 * server/learner/join-flow.ts, then the welcome page; every refusal gives back what was typed.
 */
export const joinAction = formAction<typeof JoinSchema, JoinStep>(
  { schema: JoinSchema, fieldMessages: JOIN_FIELD_MESSAGES, keep: JOIN_KEPT_FIELDS },
  async (input, { fail, redirectTo }) => {
    const outcome = await joinStep(input, await clientAddress(), await currentLearnerToken());
    switch (outcome.kind) {
      case 'refused':
        return fail(outcome.message, outcome.fields);
      case 'same-name':
        return { status: 'ok', sameName: outcome.sameName };
      case 'joined':
        await setLearnerCookie(outcome.token);
        return redirectTo('/join/welcome');
      case 'resumed':
        await setLearnerCookie(outcome.token);
        return redirectTo(lessonHref('back'));
    }
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
