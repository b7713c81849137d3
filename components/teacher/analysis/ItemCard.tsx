import { getFormatter, getTranslations } from 'next-intl/server';
import type { AnalysedItem, DistributionGroup } from '@/lib/dashboard/analysed-items';
import styles from './Analysis.module.css';

/** One question: how many got it right, and who chose what (wrong choices with the misunderstanding they suggest). */
export async function ItemCard({ item }: { item: AnalysedItem }) {
  const t = await getTranslations('ItemAnalysis');
  const headingId = `item-${item.id}`;
  return (
    <article
      className={styles.item}
      aria-labelledby={headingId}
      data-item={item.id}
      data-percent-correct={item.percentCorrect ?? undefined}
    >
      <h3 id={headingId}>
        {t('itemHeading', { number: item.position })}: <span className={styles.prompt}>{item.prompt}</span>
      </h3>
      <p className={styles.itemStats}>
        {item.percentCorrect === null
          ? t('notAnswered')
          : t('itemStats', { percent: item.percentCorrect, answered: item.answered })}
        {' · '}
        {t('paragraph', { number: item.paragraphNumber })}
      </p>
      {item.answered > 0 &&
        item.distribution.map((group, index) => <Distribution key={index} group={group} labelledBy={headingId} />)}
    </article>
  );
}

async function Distribution({ group, labelledBy }: { group: DistributionGroup; labelledBy: string }) {
  const t = await getTranslations('ItemAnalysis');
  const format = await getFormatter();
  return (
    // Scrolls sideways on a phone: focusable, so that a keyboard can scroll it too.
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="data-table">
        {group.label && (
          <caption dir="auto">
            {group.label}
            {group.field && ` → ${t(`fields.${group.field}`)}`}
          </caption>
        )}
        <thead>
          <tr>
            <th scope="col">{t('choice')}</th>
            <th scope="col">{t('chosenBy')}</th>
            <th scope="col">{t('share')}</th>
            <th scope="col">{t('misconception')}</th>
          </tr>
        </thead>
        <tbody>
          {group.entries.map((entry) => (
            <tr key={entry.label} data-correct={entry.correct || undefined}>
              <th scope="row">
                {entry.correct && <span className={styles.rightMark}>✓ {t('right')}: </span>}
                {entry.label}
              </th>
              <td>{entry.count}</td>
              <td>
                <span className={styles.share}>
                  <span
                    className={styles.shareBar}
                    style={{ inlineSize: `${(entry.percent ?? 0) / 20}rem` }}
                    aria-hidden="true"
                  />
                  {format.number((entry.percent ?? 0) / 100, { style: 'percent' })}
                </span>
              </td>
              <td>{entry.misconception ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
