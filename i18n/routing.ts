import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'es'],
  defaultLocale: 'en',
  // Every URL names its language, so a shared link opens in the language it was shared in.
  localePrefix: 'always',
  // No `Link: rel=alternate` header: it is built from the request's Host, and prerendered pages are cached for a year,
  // so a forged Host would be served to everyone. The header's language switch links to the other language.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];
