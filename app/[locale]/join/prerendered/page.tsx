import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { JoinPageContent } from '../join-page';

type Props = { params: Promise<{ locale: Locale }> };

// The join page prerendered at build time, one per language: what everyone not signed in sees at /{locale}/join,
// served without rendering (proxy.ts, lib/prerendered-page.ts). A whole class opens it in the first minute of a period.
export const dynamicParams = false;

export default async function PrerenderedJoinPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <JoinPageContent />;
}
