'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { publicPathOf } from '@/lib/prerendered-page';
import styles from './LanguageSwitcher.module.css';

/** A link to the same page in the other language; a plain link, so it works without JavaScript. */
export function LanguageSwitcher() {
  const t = useTranslations('LanguageSwitcher');
  const locale = useLocale();
  // A prerendered copy is built at its own route: the link names the page's address (lib/prerendered-page.ts).
  const pathname = publicPathOf(usePathname());
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;

  return (
    <nav aria-label={t('label')} className={`${styles.switcher} no-print`}>
      <Link href={pathname} locale={other} hrefLang={other} lang={other} className={styles.link}>
        {t('switchTo')}
      </Link>
    </nav>
  );
}
