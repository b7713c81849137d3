import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { isWellFormedCode, normalizeCode } from '@/lib/join-code';
import { currentStudent } from '@/server/learner/current-student';
import { JoinPageContent } from './join-page';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The join page for a signed-in student (their badge, to sign out first) or with `?code=` (the invite link and its
 * QR code fill in the class code, in the server's HTML). Anyone else gets the prerendered copy (lib/prerendered-page.ts).
 */
export default async function JoinPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const student = await currentStudent();
  const { code } = await searchParams;
  const given = typeof code === 'string' ? normalizeCode(code) : '';
  return <JoinPageContent student={student} defaultCode={isWellFormedCode(given, 6) ? given : undefined} />;
}
