'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ErrorMessage } from '@/components/ui/ErrorMessage';

/**
 * A page of the app that failed, in the page's language, inside the site's header: the page again, or home. Without
 * JavaScript the same page comes from the server (a form post whose action failed included); "Try again" then
 * needs a reload, and the home link works as it is.
 */
export default function PageError({ retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('ErrorPage');
  const locale = useLocale();
  return (
    <ErrorMessage
      title={t('title')}
      body={t('body')}
      retryLabel={t('retry')}
      homeLabel={t('home')}
      homeHref={`/${locale}`}
      onRetry={retry}
    />
  );
}
