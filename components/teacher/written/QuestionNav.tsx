import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { ScoringPlace, WrittenTally } from '@/lib/dashboard/written-scoring';
import styles from './WrittenScoring.module.css';

type Props = {
  items: { id: string; number: number }[];
  /** The question on screen. */
  itemId: string;
  work: { items: Record<string, WrittenTally> };
  at: (target?: { answer: string } | 'done', changes?: Partial<ScoringPlace>) => string;
};

/** The quiz's written questions as tabs, each with how many of its answers are still to score. */
export async function QuestionNav({ items, itemId, work, at }: Props) {
  const t = await getTranslations('WrittenScoring');
  return (
    <nav aria-labelledby="written-questions">
      <h2 id="written-questions" className={styles.smallHeading}>
        {t('questionNav')}
      </h2>
      <ul className={styles.tabs}>
        {items.map((entry) => (
          <li key={entry.id}>
            <Link
              href={at(undefined, { itemId: entry.id })}
              aria-current={entry.id === itemId ? 'page' : undefined}
              className={styles.tab}
            >
              {work.items[entry.id]?.answers
                ? t('questionTab', { number: entry.number, count: work.items[entry.id]!.toScore })
                : t('questionTabEmpty', { number: entry.number })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
