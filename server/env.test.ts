import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from './env';

describe('parseEnv', () => {
  it('uses the embedded database and .data when nothing is set', () => {
    expect(parseEnv({})).toEqual({
      DATABASE_URL: undefined,
      DATABASE_DIRECT_URL: undefined,
      DATABASE_POOL_SIZE: 20,
      FUENTE_DATA_DIR: '.data',
      NODE_ENV: 'development',
      FUENTE_INSECURE_COOKIES: 'false',
      FUENTE_FIXTURE_LESSONS: 'false',
      FUENTE_TRUSTED_PROXIES: 0,
      FUENTE_SECRET: undefined,
      FUENTE_SIGNUP_DOMAINS: [],
      FUENTE_LEARNER_IDLE_DAYS: 30,
      FUENTE_LEARNER_MAX_DAYS: 180,
      FUENTE_GUEST_DAYS: 30,
      FUENTE_ARCHIVED_CLASS_DAYS: 180,
    });
  });

  it('reads the proxy count, the sign-up domains and the retention periods', () => {
    const parsed = parseEnv({
      FUENTE_TRUSTED_PROXIES: '1',
      FUENTE_SIGNUP_DOMAINS: ' School.org, district.edu ,',
      FUENTE_GUEST_DAYS: '7',
    });
    expect(parsed).toMatchObject({
      FUENTE_TRUSTED_PROXIES: 1,
      FUENTE_SIGNUP_DOMAINS: ['school.org', 'district.edu'],
      FUENTE_GUEST_DAYS: 7,
    });
    expect(() => parseEnv({ FUENTE_TRUSTED_PROXIES: '-1' })).toThrow(/^FUENTE_TRUSTED_PROXIES /);
    expect(() => parseEnv({ FUENTE_SECRET: 'short' })).toThrow(/^FUENTE_SECRET /);
    expect(() => parseEnv({ FUENTE_LEARNER_IDLE_DAYS: '0' })).toThrow(/^FUENTE_LEARNER_IDLE_DAYS /);
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(parseEnv({ DATABASE_URL: '  ' }).DATABASE_URL).toBeUndefined();
  });

  it('accepts postgres and postgresql URLs', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' }).DATABASE_URL).toBe(
      'postgres://u@127.0.0.1:5432/db',
    );
    expect(parseEnv({ DATABASE_URL: 'postgresql://localhost/db' }).DATABASE_URL).toBe('postgresql://localhost/db');
  });

  it.each([
    ['not a url', 'DATABASE_URL is not a valid URL'],
    ['mysql://localhost/db', 'DATABASE_URL must start with postgres:// or postgresql://'],
  ])('rejects DATABASE_URL=%s with one line naming the variable', (value, message) => {
    expect(() => parseEnv({ DATABASE_URL: value })).toThrow(new ConfigError(message));
  });

  it('reads a direct URL for migrations and the pool size, and names either when it is wrong', () => {
    expect(
      parseEnv({
        DATABASE_URL: 'postgres://u@pooler:6432/db',
        DATABASE_DIRECT_URL: 'postgres://u@db:5432/db',
        DATABASE_POOL_SIZE: '25',
      }),
    ).toMatchObject({ DATABASE_DIRECT_URL: 'postgres://u@db:5432/db', DATABASE_POOL_SIZE: 25 });
    expect(() => parseEnv({ DATABASE_DIRECT_URL: 'mysql://db/x' })).toThrow(/^DATABASE_DIRECT_URL must start/);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: '0' })).toThrow(/^DATABASE_POOL_SIZE /);
  });

  it('takes a public origin without its trailing slash and refuses one with a path', () => {
    expect(parseEnv({ FUENTE_PUBLIC_ORIGIN: 'https://fuente.school.org/' }).FUENTE_PUBLIC_ORIGIN).toBe(
      'https://fuente.school.org',
    );
    expect(parseEnv({}).FUENTE_PUBLIC_ORIGIN).toBeUndefined();
    expect(() => parseEnv({ FUENTE_PUBLIC_ORIGIN: 'https://fuente.school.org/app' })).toThrow(/^FUENTE_PUBLIC_ORIGIN /);
    expect(() => parseEnv({ FUENTE_PUBLIC_ORIGIN: 'fuente.school.org' })).toThrow(/^FUENTE_PUBLIC_ORIGIN /);
  });

  it('takes SMTP with a sender and a public origin, and refuses SMTP without either', () => {
    const mail = {
      FUENTE_SMTP_URL: ' smtp://fuente:secret@smtp.school.org:587 ',
      FUENTE_MAIL_FROM: 'Fuente <fuente@school.org>',
      FUENTE_PUBLIC_ORIGIN: 'https://fuente.school.org',
    };
    expect(parseEnv(mail)).toMatchObject({
      FUENTE_SMTP_URL: 'smtp://fuente:secret@smtp.school.org:587',
      FUENTE_MAIL_FROM: 'Fuente <fuente@school.org>',
    });
    expect(parseEnv({ ...mail, FUENTE_MAIL_FROM: 'fuente@school.org' }).FUENTE_MAIL_FROM).toBe('fuente@school.org');
    expect(parseEnv({ FUENTE_SMTP_URL: '' }).FUENTE_SMTP_URL).toBeUndefined();
    expect(() => parseEnv({ ...mail, FUENTE_PUBLIC_ORIGIN: undefined })).toThrow(
      /^FUENTE_PUBLIC_ORIGIN must be set when FUENTE_SMTP_URL is/,
    );
    expect(() => parseEnv({ ...mail, FUENTE_MAIL_FROM: ' ' })).toThrow(/^FUENTE_MAIL_FROM must be set/);
    expect(() => parseEnv({ ...mail, FUENTE_MAIL_FROM: 'Fuente' })).toThrow(/^FUENTE_MAIL_FROM must be an address/);
    // The message names the variable, never its value (which holds the password).
    expect(() => parseEnv({ ...mail, FUENTE_SMTP_URL: 'http://fuente:secret@smtp.school.org' })).toThrow(
      new ConfigError(
        'FUENTE_SMTP_URL must be a URL like smtp://user:password@host:587 or smtps://user:password@host:465',
      ),
    );
  });

  it('loads the fixture lessons only when told "true"', () => {
    expect(parseEnv({ FUENTE_FIXTURE_LESSONS: 'true' }).FUENTE_FIXTURE_LESSONS).toBe('true');
    expect(() => parseEnv({ FUENTE_FIXTURE_LESSONS: 'yes' })).toThrow(/^FUENTE_FIXTURE_LESSONS /);
  });

  it('rejects an unknown NODE_ENV', () => {
    expect(() => parseEnv({ NODE_ENV: 'staging' })).toThrow(/^NODE_ENV /);
  });
});
