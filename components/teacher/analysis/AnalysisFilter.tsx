import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { LanguageFilter } from '@/lib/dashboard/analysed-items';
import styles from './Analysis.module.css';

const FILTERS: LanguageFilter[] = ['all', 'en', 'es'];

/** All students, or only those who took the quiz in English or in Spanish: links, so it works without JavaScript. */
export async function AnalysisFilter({ path, current }: { path: string; current: LanguageFilter }) {
  const t = await getTranslations('ItemAnalysis');
  return (
    <nav aria-label={t('filterLabel')} className={styles.filter}>
      <span aria-hidden="true">{t('filterLabel')}:</span>
      <ul>
        {FILTERS.map((filter) => (
          <li key={filter}>
            <Link
              href={filter === 'all' ? path : `${path}?language=${filter}`}
              aria-current={filter === current ? 'page' : undefined}
              scroll={false}
            >
              {t(`filters.${filter}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
