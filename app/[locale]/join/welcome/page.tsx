import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { Welcome } from '@/components/join/Welcome';
import { currentStudentCard } from '@/server/learner/current-student';
import { defaultLessonSlug } from '@/server/lessons';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, card] = await Promise.all([getTranslations({ locale, namespace: 'Join' }), currentStudentCard()]);
  return { title: card ? t('welcomeTitle', { name: card.displayName }) : t('title'), robots: { index: false } };
}

/** Where joining without JavaScript lands, and what a reload of the welcome shows (components/join/Welcome.tsx). */
export default async function WelcomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const card = await currentStudentCard();
  if (!card) return redirect({ href: '/join', locale });
  return <Welcome card={card} lessonSlug={defaultLessonSlug()} />;
}
