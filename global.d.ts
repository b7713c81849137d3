import type { Locale } from '@/i18n/routing';
import type messages from './messages/en.json';

// Makes a missing or misspelled message key a type error (and so a build error).
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
