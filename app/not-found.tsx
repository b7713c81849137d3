import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { NotFoundMessage } from '@/components/ui/NotFoundMessage';
import './globals.css';

// Every URL that matches no route lands here. It works without JavaScript. It is prerendered at build time: it is also
// every route's not-found boundary, rendered with each page, so a per-request call here would make every page dynamic.
// Its scripts are allowed by hash in every page's policy (lib/page-policy.ts).
// The URL's language is unknown, so the page speaks the default language first and then the others.
export default async function GlobalNotFound() {
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
