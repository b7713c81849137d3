import { z } from 'zod';
import { CountedAttemptSchema } from './counted-attempt';
import { cleanName, hasLetter } from './names';

/** NIST SP 800-63B: at least 8 characters, long passphrases welcome, no composition rules. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

export const PasswordSchema = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

/** Deleting an account: the current password and the ticked "I understand" box (an unticked box is not sent). */
export const DeleteAccountSchema = z.object({
  password: z.string().min(1).max(PASSWORD_MAX),
  confirm: z.literal('on'),
});

/** A student's name: normalized and cleaned (lib/names.ts), 1 to 60 characters with at least one letter. */
export const DisplayNameSchema = z.string().transform(cleanName).pipe(z.string().min(1).max(60).refine(hasLetter));

export const ClassNameSchema = z
  .string()
  .transform((name) =>
    name
      .replace(/[\p{Cc}]/gu, '')
      .replace(/\s+/g, ' ')
      .trim(),
  )
  .pipe(z.string().min(1).max(80));

export const ClassSettingsSchema = z.object({
  feedbackMode: z.enum(['immediate', 'deferred']),
  retakes: z.coerce
    .number()
    .int()
    .refine((value) => [-1, 0, 1, 2].includes(value)),
  defaultLocale: z.enum(['en', 'es']),
  /** Forms from before this setting existed leave it out: the latest attempt, as then. */
  countedAttempt: CountedAttemptSchema.default('latest'),
});

export type ClassSettings = z.infer<typeof ClassSettingsSchema>;
