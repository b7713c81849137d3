'use client';

import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { GLOBAL_ERROR_TEXT } from '@/components/ui/global-error-text';
import './globals.css';

/**
 * What shows when the language layout itself fails: it replaces that layout, so it brings its own <html> and has no
 * messages or known language. Like the global 404 page, it speaks the default language first, then the other (the
 * same on the server and in the browser, so nothing changes when it hydrates).
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  const order = ['en', 'es'] as const;
  return (
    <html lang={order[0]}>
      <body>
        <main id="main" className="page">
          {order.map((locale, index) => (
            <section key={locale} lang={locale}>
              <ErrorMessage
                title={GLOBAL_ERROR_TEXT[locale].title}
                body={GLOBAL_ERROR_TEXT[locale].body}
                retryLabel={GLOBAL_ERROR_TEXT[locale].retry}
                homeLabel={GLOBAL_ERROR_TEXT[locale].home}
                homeHref={`/${locale}`}
                onRetry={retry}
                headingLevel={index === 0 ? 1 : 2}
              />
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
