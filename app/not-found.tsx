import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { NotFoundMessage } from '@/components/ui/NotFoundMessage';
import './globals.css';

// Every URL that matches no route lands here. It works without JavaScript; it renders per request like every page,
// so that its scripts carry the response's nonce (proxy.ts).
// The URL's language is unknown, so the page speaks the default language first and then the others.
export default async function GlobalNotFound() {
  await connection();
  const [first, ...others] = await Promise.all(
    [routing.defaultLocale, ...routing.locales.filter((locale) => locale !== routing.defaultLocale)].map(
      async (locale) => ({
        locale,
        t: await getTranslations({ locale, namespace: 'NotFoundPage' }),
      }),
    ),
  );
  return (
    <html lang={first!.locale}>
      <head>
        <title>{first!.t('title')}</title>
      </head>
      <body>
        <main id="main" className="page">
          <NotFoundMessage
            title={first!.t('title')}
            body={first!.t('body')}
            homeLabel={first!.t('home')}
            homeHref={`/${first!.locale}`}
          />
          {others.map(({ locale, t }) => (
            <section key={locale} lang={locale}>
              <NotFoundMessage
                title={t('title')}
                body={t('body')}
                homeLabel={t('home')}
                homeHref={`/${locale}`}
                headingLevel={2}
              />
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
