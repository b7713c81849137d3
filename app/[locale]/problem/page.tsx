import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { ErrorMessage } from '@/components/ui/ErrorMessage';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'ErrorPage' });
  return { title: t('title'), robots: { index: false } };
}

/**
 * Where a form posted without JavaScript lands when its action fails (server/action-kit.ts, PROBLEM_PAGE): the error
 * page's words, and the way home. With JavaScript the same failure shows app/[locale]/error.tsx or the form's message.
 */
export default async function ProblemPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ErrorPage');
  return <ErrorMessage title={t('title')} body={t('body')} homeLabel={t('home')} homeHref={`/${locale}`} />;
}
