import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { IDLE } from '@/lib/action-result';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { forgotPasswordAction, resetPasswordAction } from '@/app/[locale]/teacher/actions';
import { hashToken } from '../auth/tokens';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { seedTeacher } from '../testing/seed-world';
import { resetTeacherPassword, signInTeacher } from './accounts';
import { findTeacherByToken } from '../auth/teacher-sessions';
import {
  LIVE_RESET_LINKS,
  PASSWORD_RESET_MINUTES,
  passwordResetLinkValid,
  requestPasswordReset,
  resetPasswordWithLink,
} from './password-reset';

// "Forgot password?" through the Server Actions, with the mail going through nodemailer to a real SMTP server on a
// loopback port (smtp-server), which keeps every message it receives.

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);
vi.mock('@/i18n/navigation', async () => (await import('../testing/next-request')).navigationMock);
// Next.js runs `after` tasks once the response has gone; here they wait in a list until the test runs them.
const afterTasks: (() => Promise<void>)[] = [];
vi.mock('next/server', () => ({ after: (task: () => Promise<void>) => void afterTasks.push(task) }));

type Received = { from: string; to: string[]; raw: string };
const received: Received[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((recipient) => recipient.address),
        raw: Buffer.concat(chunks).toString('utf8'),
      });
      callback();
    });
  },
});

const ORIGIN = 'https://fuente.school.example';

// Registered before the database's hooks, so that the environment is in place before anything reads it.
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  vi.stubEnv('FUENTE_SMTP_URL', `smtp://127.0.0.1:${port}`);
  vi.stubEnv('FUENTE_MAIL_FROM', 'Fuente <fuente@school.example>');
  vi.stubEnv('FUENTE_PUBLIC_ORIGIN', ORIGIN);
});
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

const database = setUpAppTestDatabase();

beforeEach(() => {
  fakeRequest.reset();
  received.length = 0;
  afterTasks.length = 0;
});

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;
/** A client address of its own (a real IPv4 address: anything else is counted as "unknown"). */
const uniqueAddress = () =>
  `10.${(counter += 1) % 250}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const PASSWORD = 'a long class password';

/** A teacher, signed in on one device; the test's requests come from a computer of their own. */
async function newTeacher() {
  const email = `${unique('teacher')}@school.example`;
  const { token } = await seedTeacher(email, PASSWORD);
  fakeRequest.headers.set('x-fuente-client-address', uniqueAddress());
  return { email, session: token };
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

/** What the answer to "Forgot password?" says in each language. */
const sent = (messages: typeof en) => messages.PasswordReset.sent.replace('{minutes}', String(PASSWORD_RESET_MINUTES));

/** Runs what Next.js would run after the response, as it would: one task after another. */
async function runAfterTasks() {
  for (const task of afterTasks.splice(0)) await task();
}

/** The text of a message as its reader sees it, whatever transfer encoding nodemailer chose. */
function textOf(raw: string): string {
  const [head = '', ...body] = raw.split('\r\n\r\n');
  const content = body.join('\r\n\r\n');
  if (/^content-transfer-encoding: *base64/im.test(head)) return Buffer.from(content, 'base64').toString('utf8');
  if (/^content-transfer-encoding: *quoted-printable/im.test(head)) {
    const bytes = content
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return content;
}

/** The one link in a message, and its token. */
function linkIn(message: Received) {
  const link = /https:\/\/\S+/.exec(textOf(message.raw))?.[0];
  if (!link) throw new Error(`no link in:\n${message.raw}`);
  return { link, token: new URL(link).searchParams.get('token') ?? '' };
}

/** Signing in with this password works. */
const signsIn = async (email: string, password: string) => (await signInTeacher(email, password, uniqueAddress())).ok;

/** What a redirecting action threw: the address Next.js would send the browser to. */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  return error instanceof Error ? error.message : 'no redirect';
}

describe('"Forgot password?" with SMTP configured', () => {
  it('sends exactly one plain-text message in the page’s language, whose link sets a new password once', async () => {
    const { email, session } = await newTeacher();
    fakeRequest.locale = 'es';

    expect(await forgotPasswordAction(IDLE, form({ email: email.toUpperCase() }))).toEqual({
      status: 'ok',
      message: sent(es),
    });
    // The answer went before anything about the address was looked at: no link stored, no mail.
    expect(await database.prisma.passwordReset.count()).toBe(0);
    expect(received).toHaveLength(0);
    await runAfterTasks();

    expect(received).toHaveLength(1);
    const [message] = received as [Received];
    expect(message.from).toBe('fuente@school.example');
    expect(message.to).toEqual([email]);
    expect(message.raw).toMatch(/^content-type: text\/plain; charset=utf-8/im);
    expect(message.raw).not.toMatch(/text\/html|<img|<a /i);
    const text = textOf(message.raw);
    expect(text).toContain(es.PasswordReset.mailBody.slice(0, 40));
    const { link, token } = linkIn(message);
    expect(link).toBe(`${ORIGIN}/es/teacher/reset-password?token=${token}`);
    // Only the token's hash is stored.
    const stored = await database.prisma.passwordReset.findMany({ select: { tokenHash: true, expiresAt: true } });
    expect(stored.map((row) => row.tokenHash)).toEqual([hashToken(token)]);

    // Opening the link uses nothing up; a common password is refused and leaves the link working.
    expect(await passwordResetLinkValid(token)).toBe(true);
    expect(await resetPasswordAction(IDLE, form({ token, password: 'password123' }))).toMatchObject({
      status: 'error',
      fieldErrors: { password: es.TeacherAuth.errors.commonPassword },
    });
    expect(await passwordResetLinkValid(token)).toBe(true);

    expect(await redirectOf(resetPasswordAction(IDLE, form({ token, password: 'a brand new passphrase' })))).toBe(
      'NEXT_REDIRECT /es/teacher/signin?notice=password-reset',
    );
    expect(fakeRequest.cookies.get('fuente_signin_email')).toBe(email);
    expect(await signsIn(email, 'a brand new passphrase')).toBe(true);
    expect(await signsIn(email, PASSWORD)).toBe(false);
    expect(await findTeacherByToken(session), 'the session from before the reset').toBeNull();

    // The second time, the link does nothing.
    expect(await passwordResetLinkValid(token)).toBe(false);
    expect(await resetPasswordAction(IDLE, form({ token, password: 'yet another passphrase' }))).toEqual({
      status: 'error',
      message: es.PasswordReset.invalidLink,
      fieldErrors: {},
    });
    expect(await signsIn(email, 'yet another passphrase')).toBe(false);
    expect(await signsIn(email, 'a brand new passphrase')).toBe(true);
  });

  it('answers a known and an unknown address alike, and mails only the known one', async () => {
    const { email } = await newTeacher();
    const unknown = `${unique('nobody')}@school.example`;
    const known = await forgotPasswordAction(IDLE, form({ email }));
    const other = await forgotPasswordAction(IDLE, form({ email: unknown }));
    expect(other).toEqual(known);
    expect(known).toEqual({ status: 'ok', message: sent(en) });
    // Both answers went before either address was looked up.
    expect(afterTasks).toHaveLength(2);
    expect(received).toHaveLength(0);
    await runAfterTasks();
    expect(received.map((message) => message.to)).toEqual([[email]]);
    expect(linkIn(received[0]!).link).toMatch(new RegExp(`^${ORIGIN}/en/teacher/reset-password\\?token=`));
  });

  it('lets a link expire after 30 minutes, unused', async () => {
    const { email } = await newTeacher();
    const sentAt = new Date(Date.now() - PASSWORD_RESET_MINUTES * 60_000 - 1_000);
    const requested = await requestPasswordReset(email, 'en', uniqueAddress(), sentAt);
    if (!requested.ok) throw new Error(requested.error);
    await requested.deliver();
    const { token } = linkIn(received[0]!);
    const justBefore = new Date(sentAt.getTime() + PASSWORD_RESET_MINUTES * 60_000 - 1);
    expect(await passwordResetLinkValid(token, justBefore)).toBe(true);
    expect(await passwordResetLinkValid(token)).toBe(false);
    expect(await resetPasswordAction(IDLE, form({ token, password: 'a brand new passphrase' }))).toEqual({
      status: 'error',
      message: en.PasswordReset.invalidLink,
      fieldErrors: {},
    });
    expect(await signsIn(email, PASSWORD)).toBe(true);
  });

  it('sets one password when the same link is used twice at once', async () => {
    const { email } = await newTeacher();
    const requested = await requestPasswordReset(email, 'en', uniqueAddress());
    if (!requested.ok) throw new Error(requested.error);
    await requested.deliver();
    const { token } = linkIn(received[0]!);
    const results = await Promise.all(
      ['first racing passphrase', 'second racing passphrase'].map((password) =>
        resetPasswordWithLink(token, password, uniqueAddress()),
      ),
    );
    expect(results.filter((result) => result.ok)).toEqual([{ ok: true, email }]);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, error: 'invalid-link' }]);
  });

  it('keeps at most three links of an account alive, and holds back one address asking for one account', async () => {
    // One minute's counters: the clock stands still in the middle of a minute.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Math.floor(Date.now() / 60_000) * 60_000 + 30_000);
    onTestFinished(() => void vi.useRealTimers());
    const { email } = await newTeacher();
    for (let request = 0; request < LIVE_RESET_LINKS + 1; request += 1) {
      const requested = await requestPasswordReset(email, 'en', uniqueAddress());
      if (!requested.ok) throw new Error(requested.error);
      await requested.deliver();
    }
    expect(received).toHaveLength(LIVE_RESET_LINKS);

    const address = uniqueAddress();
    const answers = [];
    for (let request = 0; request < 4; request += 1)
      answers.push(await requestPasswordReset(`${unique('nobody')}@school.example`, 'en', address));
    expect(answers.map((answer) => answer.ok)).toEqual([true, true, true, true]);
    const sameAccount = [];
    for (let request = 0; request < 4; request += 1) sameAccount.push(await requestPasswordReset(email, 'en', address));
    expect(sameAccount.map((answer) => answer.ok)).toEqual([true, true, true, false]);
    fakeRequest.headers.set('x-fuente-client-address', address);
    expect(await forgotPasswordAction(IDLE, form({ email }))).toEqual({
      status: 'error',
      message: en.Forms.throttled,
      fieldErrors: {},
    });
  });

  it('ends the live links when the operator sets a new password', async () => {
    const { email } = await newTeacher();
    const requested = await requestPasswordReset(email, 'en', uniqueAddress());
    if (!requested.ok) throw new Error(requested.error);
    await requested.deliver();
    const { token } = linkIn(received[0]!);
    expect(await resetTeacherPassword(email, 'the operator’s choice')).toBe(true);
    expect(await passwordResetLinkValid(token)).toBe(false);
  });

  it('refuses a malformed email with a translated message and stores nothing', async () => {
    fakeRequest.locale = 'es';
    expect(await forgotPasswordAction(IDLE, form({ email: 'not an email' }))).toEqual({
      status: 'error',
      message: es.Forms.fixErrors,
      fieldErrors: { email: es.TeacherAuth.errors.email },
    });
    expect(afterTasks).toHaveLength(0);
  });
});
