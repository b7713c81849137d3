import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { ReadingView } from '@/lib/reading-view';
import styles from './LessonPage.module.css';

/** Two links, so switching views works without JavaScript and each view has its own URL. */
export async function ViewToggle({ slug, view }: { slug: string; view: ReadingView }) {
  const t = await getTranslations('LessonPage');
  const options: { value: ReadingView; label: string }[] = [
    { value: 'single', label: t('viewSingle') },
    { value: 'bilingual', label: t('viewBilingual') },
  ];
  return (
    <nav aria-label={t('viewLabel')} className={styles.viewToggle}>
      {options.map((option) => (
        <Link
          key={option.value}
          href={{ pathname: `/lessons/${slug}`, query: option.value === 'single' ? {} : { view: option.value } }}
          aria-current={option.value === view ? 'page' : undefined}
          className={styles.viewOption}
          scroll={false}
        >
          {option.label}
        </Link>
      ))}
    </nav>
  );
}
