import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { AnswerFilter } from '@/lib/dashboard/analysed-items';
import styles from './Analysis.module.css';

const LANGUAGES: AnswerFilter['language'][] = ['all', 'en', 'es'];
const SUPPORTS: AnswerFilter['supports'][] = ['all', 'with', 'without'];

/** The address of the analysis with these filters; "all" is left out, so the plain address means everyone. */
function filtered(path: string, filter: AnswerFilter): string {
  const query = new URLSearchParams();
  if (filter.language !== 'all') query.set('language', filter.language);
  if (filter.supports !== 'all') query.set('supports', filter.supports);
  return query.size ? `${path}?${query}` : path;
}

/**
 * All students, or only those who took the quiz in English or in Spanish; all answers, or only those saved with
 * supports on, or without. Links, so it works without JavaScript; each keeps the other filter.
 */
export async function AnalysisFilter({ path, current }: { path: string; current: AnswerFilter }) {
  const t = await getTranslations('ItemAnalysis');
  const row = <K extends keyof AnswerFilter>(key: K, values: AnswerFilter[K][], label: string) => (
    <nav aria-label={label} className={styles.filter}>
      <span aria-hidden="true">{label}:</span>
      <ul>
        {values.map((value) => (
          <li key={value}>
            <Link
              href={filtered(path, { ...current, [key]: value })}
              aria-current={value === current[key] ? 'page' : undefined}
              scroll={false}
            >
              {key === 'language'
                ? t(`filters.${value as AnswerFilter['language']}`)
                : t(`supportsFilters.${value as AnswerFilter['supports']}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
  return (
    <>
      {row('language', LANGUAGES, t('filterLabel'))}
      {row('supports', SUPPORTS, t('supportsFilterLabel'))}
    </>
  );
}
