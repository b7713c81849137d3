import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { db } from '../db/client';
import { env } from '../env';
import { mailConfigured, sendMail } from '../mail';
import { hashPassword, isCommonPassword } from '../auth/passwords';
import { allowAttempt, throttleKeys } from '../auth/throttle';
import { hashToken, newToken, storedTokenHash } from '../auth/tokens';
import { busyAware } from './accounts';

/** How long an e-mailed link works. */
export const PASSWORD_RESET_MINUTES = 30;
const PASSWORD_RESET_MS = PASSWORD_RESET_MINUTES * 60 * 1000;
/** Live links of one account at most: further requests send nothing until one is used or expires. */
export const LIVE_RESET_LINKS = 3;

export type ResetRequestResult =
  { ok: true; deliver: () => Promise<void> } | { ok: false; error: 'no-mail' | 'throttled' };

/**
 * "Forgot password?": counts the try and returns `deliver`, which the caller runs once the answer has gone (Next.js
 * `after`). Only `deliver` looks the address up and, for an account, stores a link's hash and e-mails the link in
 * `locale`, so a known and an unknown address get the same answer after the same work.
 */
export async function requestPasswordReset(
  email: string,
  locale: Locale,
  address: string,
  now: Date = new Date(),
): Promise<ResetRequestResult> {
  if (!mailConfigured()) return { ok: false, error: 'no-mail' };
  if (!(await allowAttempt(throttleKeys.passwordResetRequest(email, address), now)))
    return { ok: false, error: 'throttled' };
  const t = await getTranslations({ locale, namespace: 'PasswordReset' });
  const compose = (link: string) => ({
    subject: t('mailSubject'),
    text: t('mailBody', { link, minutes: PASSWORD_RESET_MINUTES }),
  });
  return { ok: true, deliver: () => deliverPasswordReset(email, locale, compose, now) };
}

/** The e-mailed address of the form: always FUENTE_PUBLIC_ORIGIN (server/env.ts requires it with mail), never the Host. */
function resetLink(locale: Locale, token: string): string {
  return `${env().FUENTE_PUBLIC_ORIGIN}/${locale}/teacher/reset-password?token=${token}`;
}

async function deliverPasswordReset(
  email: string,
  locale: Locale,
  compose: (link: string) => { subject: string; text: string },
  now: Date,
): Promise<void> {
  const { prisma } = db();
  const teacher = await prisma.teacher.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!teacher) return;
  const live = await prisma.passwordReset.count({ where: { teacherId: teacher.id, expiresAt: { gt: now } } });
  if (live >= LIVE_RESET_LINKS) return;
  const link = await createPasswordResetLink(teacher.id, now);
  try {
    await sendMail({ to: teacher.email, ...compose(resetLink(locale, link.token)) });
  } catch (error) {
    // A link that never left must not count against the account's live links; the log names neither it nor the address.
    await prisma.passwordReset.deleteMany({ where: { id: link.id } });
    console.error(`Fuente: a password-reset mail failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Stores a new link of the teacher's, working for 30 minutes from `now`, and returns its token (only its hash is kept). */
export async function createPasswordResetLink(teacherId: string, now: Date = new Date()) {
  const token = newToken();
  const { id } = await db().prisma.passwordReset.create({
    data: { teacherId, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + PASSWORD_RESET_MS) },
    select: { id: true },
  });
  return { id, token };
}

/** Whether a link's token can still set a password (the page shows the form, or says the link has expired). */
export async function passwordResetLinkValid(token: string | undefined, now: Date = new Date()): Promise<boolean> {
  const tokenHash = storedTokenHash(token);
  if (!tokenHash) return false;
  const link = await db().prisma.passwordReset.findUnique({ where: { tokenHash }, select: { expiresAt: true } });
  return !!link && link.expiresAt > now;
}

export type ResetPasswordResult =
  { ok: true; email: string } | { ok: false; error: 'invalid-link' | 'common-password' | 'throttled' | 'busy' };

/**
 * Sets a new password with an e-mailed link. The link is deleted in the same transaction that sets the password, so
 * it works once even when two tries race; every session and every other link of the teacher ends with it.
 */
export async function resetPasswordWithLink(
  token: string,
  password: string,
  address: string,
  now: Date = new Date(),
): Promise<ResetPasswordResult> {
  if (!(await allowAttempt(throttleKeys.passwordResetUse(address), now))) return { ok: false, error: 'throttled' };
  const tokenHash = storedTokenHash(token);
  if (!tokenHash || !(await passwordResetLinkValid(token, now))) return { ok: false, error: 'invalid-link' };
  if (isCommonPassword(password)) return { ok: false, error: 'common-password' };
  return busyAware(async (): Promise<ResetPasswordResult> => {
    const passwordHash = await hashPassword(password);
    return db().prisma.$transaction(async (tx): Promise<ResetPasswordResult> => {
      const [used] = await tx.$queryRaw<{ teacherId: string }[]>`
        DELETE FROM "PasswordReset" WHERE "tokenHash" = ${tokenHash} AND "expiresAt" > ${now} RETURNING "teacherId"`;
      if (!used) return { ok: false, error: 'invalid-link' };
      const teacher = await tx.teacher.update({
        where: { id: used.teacherId },
        data: { passwordHash },
        select: { email: true },
      });
      await tx.teacherSession.deleteMany({ where: { teacherId: used.teacherId } });
      await tx.passwordReset.deleteMany({ where: { teacherId: used.teacherId } });
      return { ok: true, email: teacher.email };
    });
  });
}
