import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  // Dates are months of publication, not moments: format them the same on every server.
  return { locale, timeZone: 'UTC', messages: (await import(`../messages/${locale}.json`)).default };
});
