import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { CodeCards } from '@/components/teacher/roster/CodeCards';
import { requireTeacher } from '@/server/auth/teacher-session';
import { publicOrigin } from '@/server/auth/request-info';
import { listCodeCards } from '@/server/teacher/roster-tools';

type Props = {
  params: Promise<{ locale: Locale; classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'RosterTools' });
  return { title: t('cardsLink'), robots: { index: false } };
}

/** A count from the address the roster paste redirected to; anything else shows no count. */
function countOf(value: string | string[] | undefined): number | null {
  return typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : null;
}

/** The class's code cards, to print and hand out (the pasted roster lands here). */
export default async function CodeCardsPage({ params, searchParams }: Props) {
  const { locale, classId } = await params;
  setRequestLocale(locale);
  const teacher = await requireTeacher(locale);
  const sheet = await listCodeCards(teacher.teacherId, classId);
  if (!sheet) notFound();
  const query = await searchParams;
  const [created, skipped] = [countOf(query.added), countOf(query.skipped)];
  return (
    <CodeCards
      classId={classId}
      className={sheet.className}
      joinCode={sheet.joinCode}
      joinAddress={`${await publicOrigin()}/${locale}/join`}
      cards={sheet.cards}
      added={created === null ? undefined : { created, skipped: skipped ?? 0 }}
    />
  );
}
