import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { QuizIdSchema } from '@/content/quiz-schema';
import { PacingSchema } from '@/lib/assignments/pacing';
import { ClassSettingsSchema } from '@/lib/account-rules';
import {
  backdateWork,
  expireCodeGrace,
  seedAssignment,
  seedClass,
  seedFamilyLink,
  seedPasswordResetLink,
  seedReturnedScore,
  seedQuizWork,
  seedStudent,
  seedTeacher,
} from './seed-world';
import { editSupportProfiles } from '../supports/profiles';

// The browser tests' seed: a loopback-only listener on a port of its own, started by instrumentation.ts only when
// FUENTE_E2E_SEED_PORT and FUENTE_E2E_SEED_TOKEN are set (playwright.config.ts sets them for its test server). It
// runs in the app's process because an embedded PGlite admits one process: the tests cannot reach it themselves.
// It is no route of the app: nothing on the app's port reaches it, and a deployment never sets the variables.

const SeedRequestSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('teacher'), email: z.email(), password: z.string().min(1) }),
  z.object({ op: z.literal('class'), teacherId: z.uuid(), name: z.string().min(1), settings: ClassSettingsSchema }),
  z.object({ op: z.literal('student'), classId: z.uuid(), displayName: z.string().min(1) }),
  z.object({ op: z.literal('expireCodeGrace'), classId: z.uuid() }),
  /** A support profile edit (lib/supports/profile.ts), checked as the teacher's form is. */
  z.object({
    op: z.literal('supports'),
    teacherId: z.uuid(),
    classId: z.uuid(),
    learnerIds: z.array(z.uuid()).min(1).max(50),
    edit: z.record(z.string(), z.record(z.string(), z.unknown())),
  }),
  z.object({ op: z.literal('passwordResetLink'), teacherId: z.uuid() }),
  z.object({
    op: z.literal('assignment'),
    classId: z.uuid(),
    lessonSlug: z.string().max(100),
    opensAt: z.iso.datetime(),
    dueAt: z.iso.datetime(),
    closesAt: z.iso.datetime().nullable(),
    pacing: PacingSchema.default('open'),
    /** The quizzes that do not count (practice); every one counts by default. */
    practiceQuizIds: z.array(QuizIdSchema).max(2).default([]),
    extensions: z
      .array(z.object({ learnerId: z.uuid(), closesAt: z.iso.datetime() }))
      .max(50)
      .default([]),
  }),
  z.object({
    op: z.literal('familyLink'),
    classId: z.uuid(),
    learnerId: z.uuid(),
    lessonSlug: z.string().max(100),
    days: z.number().int().min(1).max(90),
    madeDaysAgo: z.number().int().min(0).max(365),
  }),
  z.object({
    op: z.literal('returnedScore'),
    classId: z.uuid(),
    lessonSlug: z.string().max(100),
    quizId: QuizIdSchema,
    attemptId: z.uuid(),
    itemId: z.string().max(60),
    level: z.number().int(),
    comment: z.string().max(1000),
    revise: z.boolean().optional(),
  }),
  z.object({
    op: z.literal('backdateWork'),
    learnerId: z.uuid(),
    lessonSlug: z.string().max(100),
    minutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 30),
  }),
  z.object({
    op: z.literal('quizWork'),
    learnerId: z.uuid(),
    lessonSlug: z.string().max(100),
    quizId: QuizIdSchema,
    locale: z.enum(['en', 'es']),
    answers: z.array(z.object({ itemId: z.string().max(60), response: z.unknown() })).max(50),
    submit: z.boolean(),
  }),
]);

async function run(request: z.infer<typeof SeedRequestSchema>) {
  switch (request.op) {
    case 'teacher':
      return seedTeacher(request.email, request.password);
    case 'class':
      return seedClass(request.teacherId, request.name, request.settings);
    case 'student':
      return seedStudent(request.classId, request.displayName);
    case 'expireCodeGrace':
      return expireCodeGrace(request.classId);
    case 'supports':
      return editSupportProfiles(request.teacherId, request.classId, request.learnerIds, request.edit);
    case 'passwordResetLink':
      return seedPasswordResetLink(request.teacherId);
    case 'assignment':
      return seedAssignment(request);
    case 'familyLink':
      return seedFamilyLink(request);
    case 'returnedScore':
      return seedReturnedScore(request);
    case 'backdateWork':
      return backdateWork(request.learnerId, request.lessonSlug, request.minutes);
    case 'quizWork':
      return seedQuizWork(
        request.learnerId,
        request.lessonSlug,
        request.quizId,
        request.locale,
        request.answers,
        request.submit,
      );
  }
}

function authorized(request: IncomingMessage, token: string): boolean {
  const given = Buffer.from(request.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function body(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return JSON.parse(text);
}

async function answer(request: IncomingMessage, response: ServerResponse, token: string): Promise<void> {
  const reply = (status: number, value: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(value));
  };
  if (request.method !== 'POST' || !authorized(request, token)) return reply(403, { error: 'forbidden' });
  try {
    const parsed = SeedRequestSchema.safeParse(await body(request));
    if (!parsed.success) return reply(400, { error: parsed.error.message });
    reply(200, await run(parsed.data));
  } catch (error) {
    reply(500, { error: error instanceof Error ? error.message : String(error) });
  }
}

/** Serves seed requests on 127.0.0.1:port to callers who present the token. */
export function startSeedListener(port: number, token: string): void {
  const server = createServer((request, response) => void answer(request, response, token));
  server.on('error', (error) => console.error(`Fuente: the e2e seed listener cannot start: ${error.message}`));
  server.listen(port, '127.0.0.1');
  // The app's own shutdown must not wait for this listener.
  server.unref();
}
