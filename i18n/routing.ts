import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'es'],
  defaultLocale: 'en',
  // Every URL names its language, so a shared link opens in the language it was shared in.
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];
