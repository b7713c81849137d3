import 'server-only';
import { z } from 'zod';

/** Why a DATABASE_URL cannot work, or null when it looks right. */
function postgresUrlProblem(value: string): string | null {
  if (!URL.canParse(value)) return 'is not a valid URL';
  const url = new URL(value);
  if (!['postgres:', 'postgresql:'].includes(url.protocol)) return 'must start with postgres:// or postgresql://';
  if (!url.hostname && !url.searchParams.has('host')) return 'has no host';
  return null;
}

const PostgresUrlSchema = z.string().superRefine((value, context) => {
  const problem = postgresUrlProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/** Trimmed; empty counts as unset. */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const SmtpUrlSchema = z
  .string()
  .refine(
    (value) =>
      URL.canParse(value) && ['smtp:', 'smtps:'].includes(new URL(value).protocol) && !!new URL(value).hostname,
    'must be a URL like smtp://user:password@host:587 or smtps://user:password@host:465',
  );

// An address, alone or after a display name: "fuente@school.org" or "Fuente <fuente@school.org>".
const MAIL_FROM = /^(?:[^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

export const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined))
    .pipe(PostgresUrlSchema.optional()),
  /**
   * A direct connection to the same database, for migrations, when DATABASE_URL goes through a pooler in transaction
   * mode (PgBouncer, a managed service's pooled port): migrations hold a session-level advisory lock.
   */
  DATABASE_DIRECT_URL: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined))
    .pipe(PostgresUrlSchema.optional()),
  /**
   * Connections each app instance keeps to PostgreSQL (docs/operating.md, "Scaling out"). Twenty carry a whole
   * school's bell: with ten, 1,000 first saves in 5 s queued for a connection in one run of three (bench/README.md).
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(20),
  FUENTE_DATA_DIR: z.string().trim().min(1, 'must not be empty').default('.data'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Set to "true" only for a school server on plain HTTP: session cookies then go without the Secure flag. */
  FUENTE_INSECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For. 0 (the default): the header is ignored
   * and the socket's address is the client's (scripts/serve.mjs reads it; see docs/operating.md, "Deploying safely").
   */
  FUENTE_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** The key for resume-code digests; when unset, one is generated into FUENTE_DATA_DIR on first start. */
  FUENTE_SECRET: z.string().trim().min(32, 'must be at least 32 characters').optional(),
  /**
   * The address students and e-mails should use, e.g. "https://fuente.school.org" (no path). Unset: the address each
   * request came in on, which is right behind a proxy that passes Host through; e-mailed links require it.
   */
  FUENTE_PUBLIC_ORIGIN: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim().replace(/\/+$/, '') : undefined))
    .pipe(
      z
        .string()
        .refine(
          (value) => URL.canParse(value) && new URL(value).origin === value,
          'must be an origin like https://host',
        )
        .optional(),
    ),
  /** Comma-separated email domains allowed to sign up as teachers ("school.org,district.edu"); empty: any. */
  FUENTE_SIGNUP_DOMAINS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((domain) => domain.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** Retention periods in days (docs/operating.md, "Deploying safely"; the privacy page shows the values in force). */
  FUENTE_LEARNER_IDLE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  FUENTE_LEARNER_MAX_DAYS: z.coerce.number().int().min(1).max(730).default(180),
  FUENTE_GUEST_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  FUENTE_ARCHIVED_CLASS_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** The browser tests' seed listener (server/testing/seed-listener.ts): set by playwright.config.ts, never deployed. */
  FUENTE_E2E_SEED_PORT: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.coerce.number().int().min(1024).max(65535).optional(),
  ),
  FUENTE_E2E_SEED_TOKEN: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().min(32, 'must be at least 32 characters').optional(),
  ),
  /** "true" adds the browser tests' fixture lessons (e2e/fixtures/lessons/) to the lessons: for tests, never deployed. */
  FUENTE_FIXTURE_LESSONS: z.enum(['true', 'false']).default('false'),
  /** The mail server for "Forgot password?" links, e.g. "smtp://user:password@smtp.school.org:587"; unset: no mail. */
  FUENTE_SMTP_URL: optionalText.pipe(SmtpUrlSchema.optional()),
  /** The sender of those mails, e.g. "Fuente <fuente@school.org>"; required with FUENTE_SMTP_URL. */
  FUENTE_MAIL_FROM: optionalText.pipe(
    z.string().regex(MAIL_FROM, 'must be an address like Fuente <fuente@school.org>').optional(),
  ),
});

export type Env = z.infer<typeof EnvSchema>;

/** A configuration problem, reported as one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once; throws a ConfigError whose message names the first bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (result.success) {
    const problem = mailProblem(result.data);
    if (problem) throw new ConfigError(problem);
    return result.data;
  }
  const issue = result.error.issues[0];
  const variable = issue?.path.join('.') ?? 'environment';
  throw new ConfigError(`${variable} ${issue?.message ?? 'is invalid'}`);
}

/** What mail lacks to work; a link built from the request's Host could be forged to point elsewhere. */
function mailProblem({ FUENTE_SMTP_URL, FUENTE_MAIL_FROM, FUENTE_PUBLIC_ORIGIN }: Env): string | null {
  if (!FUENTE_SMTP_URL) return null;
  if (!FUENTE_MAIL_FROM) return 'FUENTE_MAIL_FROM must be set when FUENTE_SMTP_URL is';
  if (!FUENTE_PUBLIC_ORIGIN)
    return 'FUENTE_PUBLIC_ORIGIN must be set when FUENTE_SMTP_URL is: e-mailed links are built from it, never from the request';
  return null;
}

let cached: Env | undefined;

/** The validated environment of this process. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
