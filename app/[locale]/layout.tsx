import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { clientMessages } from '@/i18n/client-messages';
import { routing } from '@/i18n/routing';
import { ServiceWorkerRegistration } from '@/components/offline/ServiceWorkerRegistration';
import { JavaScriptCookie } from '@/components/ui/JavaScriptCookie';
import { THEME_COLORS } from '@/lib/offline/web-app-manifest';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { pageTitle } from '@/lib/page-title';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Only the known languages exist; any other first segment gets the static 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    title: { default: t('title'), template: pageTitle('%s') },
    description: t('description'),
    manifest: `/${locale}/manifest.webmanifest`,
  };
}

// The browser's own bar takes the app's colour, dark with the dark theme.
export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: THEME_COLORS.light },
    { media: '(prefers-color-scheme: dark)', color: THEME_COLORS.dark },
  ],
};

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('SiteHeader');

  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider messages={clientMessages(await getMessages())}>
          <JavaScriptCookie />
          <ServiceWorkerRegistration />
          <SiteHeader />
          <main id="main" className="page">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
