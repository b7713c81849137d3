import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { webAppManifest } from '@/lib/offline/web-app-manifest';

// One manifest per language (/en/manifest.webmanifest, /es/manifest.webmanifest), written at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return new Response(
    JSON.stringify(webAppManifest(locale, { name: t('appName'), description: t('appDescription') })),
    {
      headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
    },
  );
}
