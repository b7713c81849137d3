import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LanguageSwitcher } from './LanguageSwitcher';
import styles from './SiteHeader.module.css';

export async function SiteHeader() {
  const [t, tNav] = await Promise.all([getTranslations('SiteHeader'), getTranslations('SiteNav')]);
  return (
    <header className={styles.header}>
      <Link href="/" className={styles.brand} aria-label={t('home')}>
        <span aria-hidden="true" className={styles.logo}>
          ¿?
        </span>
        <span>Fuente</span>
      </Link>
      <p className={styles.tagline}>{t('tagline')}</p>
      <nav aria-label={tNav('label')} className={`${styles.nav} no-print`}>
        <Link href="/join">{tNav('join')}</Link>
        <Link href="/teacher">{tNav('teachers')}</Link>
        <Link href="/privacy">{tNav('privacy')}</Link>
      </nav>
      <LanguageSwitcher />
    </header>
  );
}
