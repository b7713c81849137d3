import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE } from '@/lib/action-result';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { forgotPasswordAction, resetPasswordAction, signInAction, signUpAction } from '@/app/[locale]/teacher/actions';
import { signInEmail } from '../auth/teacher-session';
import { mailConfigured } from '../mail';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { seedTeacher } from '../testing/seed-world';

// The teacher's sign-up, sign-in and "Forgot password?" actions on a server without mail (FUENTE_SMTP_URL unset);
// password-reset.integration.test.ts covers the mail.

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);
vi.mock('@/i18n/navigation', async () => (await import('../testing/next-request')).navigationMock);
const afterTasks: (() => Promise<void>)[] = [];
vi.mock('next/server', () => ({ after: (task: () => Promise<void>) => void afterTasks.push(task) }));
vi.stubEnv('FUENTE_SMTP_URL', '');

const database = setUpAppTestDatabase();

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;
const PASSWORD = 'a long class password';

beforeEach(() => {
  fakeRequest.reset();
  afterTasks.length = 0;
  fakeRequest.headers.set('x-fuente-client-address', `10.9.${(counter += 1) % 250}.${Math.floor(Math.random() * 250)}`);
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

/** What a redirecting action threw: the address Next.js would send the browser to. */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  return error instanceof Error ? error.message : 'no redirect';
}

describe('"Forgot password?" without mail', () => {
  it('tells a known and an unknown address alike to ask the administrator, and stores nothing', async () => {
    expect(mailConfigured()).toBe(false);
    const email = `${unique('teacher')}@school.example`;
    await seedTeacher(email, PASSWORD);
    fakeRequest.locale = 'es';
    const known = await forgotPasswordAction(IDLE, form({ email }));
    const unknown = await forgotPasswordAction(IDLE, form({ email: `${unique('nobody')}@school.example` }));
    expect(known).toEqual({ status: 'ok', message: es.PasswordReset.askAdmin });
    expect(unknown).toEqual(known);
    expect(afterTasks).toHaveLength(0);
    expect(await database.prisma.passwordReset.count()).toBe(0);
  });

  it('says a link without a token, or with a made-up one, does not work', async () => {
    const forms: Record<string, string>[] = [
      { password: 'a brand new passphrase' },
      { token: 'x'.repeat(43), password: 'a brand new passphrase' },
    ];
    for (const fields of forms)
      expect(await resetPasswordAction(IDLE, form(fields))).toEqual({
        status: 'error',
        message: en.PasswordReset.invalidLink,
        fieldErrors: {},
      });
  });
});

describe('sign-up, then sign-in', () => {
  const signInCookie = () => fakeRequest.setCookies.filter((cookie) => cookie.name === 'fuente_signin_email');

  it('hands the email to the sign-in form for ten minutes, for a new and a taken address alike', async () => {
    const email = `${unique('teacher')}@school.example`;
    const answers = [];
    for (const attempt of ['new', 'taken']) {
      fakeRequest.reset();
      fakeRequest.headers.set('x-fuente-client-address', `10.8.${(counter += 1) % 250}.${attempt === 'new' ? 1 : 2}`);
      answers.push(await redirectOf(signUpAction(IDLE, form({ email: email.toUpperCase(), password: PASSWORD }))));
      expect(signInCookie()).toEqual([
        {
          name: 'fuente_signin_email',
          value: email,
          options: expect.objectContaining({ httpOnly: true, maxAge: 600 }),
        },
      ]);
      expect(await signInEmail()).toBe(email);
    }
    expect(answers).toEqual([
      'NEXT_REDIRECT /en/teacher/signin?notice=signed-up',
      'NEXT_REDIRECT /en/teacher/signin?notice=signed-up',
    ]);

    // Signing in uses it up.
    expect(await redirectOf(signInAction(IDLE, form({ email, password: PASSWORD })))).toBe('NEXT_REDIRECT /en/teacher');
    expect(await signInEmail()).toBeUndefined();
  });

  it('fills in nothing from a cookie that holds no email', async () => {
    fakeRequest.cookies.set('fuente_signin_email', '"><script>alert(1)</script>');
    expect(await signInEmail()).toBeUndefined();
  });
});

describe('the app-wide sign-in ceiling', () => {
  it('does not keep out a teacher on a browser they signed in from, while a new browser waits', async () => {
    const email = `${unique('teacher')}@school.example`;
    await seedTeacher(email, PASSWORD);
    expect(await redirectOf(signInAction(IDLE, form({ email, password: PASSWORD })))).toBe('NEXT_REDIRECT /en/teacher');
    const known = new Map(fakeRequest.cookies);
    expect([...known.keys()]).toContain('fuente_known_teacher');
    // A crowd of addresses has filled this minute's ceiling for the whole app.
    const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    await database.prisma.authThrottle.upsert({
      where: { key: 'signin:all' },
      create: { key: 'signin:all', windowStart: minute, count: 1_000_000 },
      update: { windowStart: minute, count: 1_000_000 },
    });
    try {
      fakeRequest.reset();
      fakeRequest.headers.set('x-fuente-client-address', '10.200.0.1');
      expect(await signInAction(IDLE, form({ email, password: PASSWORD }))).toMatchObject({
        status: 'error',
        message: en.Forms.throttled,
      });
      // The same teacher on the browser that knows them: let through (their own address's limit still counts).
      for (const [name, value] of known) fakeRequest.cookies.set(name, value);
      expect(await redirectOf(signInAction(IDLE, form({ email, password: PASSWORD })))).toBe(
        'NEXT_REDIRECT /en/teacher',
      );
      // The mark vouches for its own account only.
      const other = `${unique('teacher')}@school.example`;
      await seedTeacher(other, PASSWORD);
      expect(await signInAction(IDLE, form({ email: other, password: PASSWORD }))).toMatchObject({
        status: 'error',
        message: en.Forms.throttled,
      });
    } finally {
      await database.prisma.authThrottle.deleteMany({ where: { key: 'signin:all' } });
    }
  });
});
