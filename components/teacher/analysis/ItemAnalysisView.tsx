import { getFormatter, getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/charts/BarChart';
import type { CountedAttempt } from '@/lib/counted-attempt';
import { binLabels } from '@/lib/dashboard/item-stats';
import type { ItemAnalysis } from '@/lib/dashboard/analysed-items';
import { AttributionMatrix } from './AttributionMatrix';
import { ItemCard } from './ItemCard';
import styles from './Analysis.module.css';

/** The body of the item-analysis page: discussion starter, charts, who-said-what matrices, then every question. */
export async function ItemAnalysisView({
  analysis,
  countedAttempt,
}: {
  analysis: ItemAnalysis;
  countedAttempt: CountedAttempt;
}) {
  const t = await getTranslations('ItemAnalysis');
  const dashboard = await getTranslations('TeacherDashboard');
  const format = await getFormatter();
  const { matrices, commonMistake } = analysis;
  const submitted = analysis.scoreBins.reduce((sum, count) => sum + count, 0);
  const inQuizOrder = [...analysis.items].sort((a, b) => a.position - b.position);
  return (
    <>
      <p data-students={analysis.students}>
        {t('counted', { count: analysis.students, rule: dashboard(`countedAttempt.${countedAttempt}`) })}
      </p>
      {analysis.students === 0 && <p className={styles.empty}>{t('emptyHint')}</p>}
      {(matrices.speaker || matrices.organization) && (
        <section aria-labelledby="discussion" className={styles.discussion}>
          <h2 id="discussion">{t('discussionTitle')}</h2>
          {commonMistake ? (
            <>
              <p className={styles.starter} dir="auto">
                {t('discussion', { ...commonMistake, row: commonMistake.rowLabel })}
              </p>
              <p>{t('discussionQuestion')}</p>
            </>
          ) : (
            <p>{t('noMistake')}</p>
          )}
        </section>
      )}
      <section aria-labelledby="charts">
        <h2 id="charts">{t('chartsTitle')}</h2>
        <div className={styles.charts}>
          <BarChart
            id="score-histogram"
            title={t('histogramTitle')}
            description={t('histogramDescription', { count: submitted })}
            bars={binLabels(analysis.scoreBins.length).map((label, index) => ({
              label,
              value: analysis.scoreBins[index]!,
              display: String(analysis.scoreBins[index]),
            }))}
            max={Math.max(...analysis.scoreBins)}
            columns={[t('scoreBand'), t('students')]}
            tableSummary={t('dataTable')}
          />
          <BarChart
            id="item-bars"
            title={t('barsTitle')}
            description={t('barsDescription')}
            bars={inQuizOrder.map((item) => ({
              label: t('questionShort', { number: item.position }),
              value: item.percentCorrect ?? 0,
              display:
                item.percentCorrect === null ? '—' : format.number(item.percentCorrect / 100, { style: 'percent' }),
            }))}
            max={100}
            columns={[t('question'), t('percentCorrect')]}
            tableSummary={t('dataTable')}
          />
        </div>
      </section>
      {(matrices.speaker || matrices.organization) && (
        <section aria-labelledby="matrix">
          <h2 id="matrix">{t('matrixTitle')}</h2>
          <p>{t('matrixHint')}</p>
          {matrices.speaker && (
            <AttributionMatrix matrix={matrices.speaker} caption={t('matrixSpeaker')} id="matrix-speaker" />
          )}
          {matrices.organization && (
            <AttributionMatrix
              matrix={matrices.organization}
              caption={t('matrixOrganization')}
              id="matrix-organization"
            />
          )}
        </section>
      )}
      <section aria-labelledby="items">
        <h2 id="items">{t('itemsTitle')}</h2>
        {analysis.items.map((item) => (
          <ItemCard key={item.id} item={item} />
        ))}
      </section>
    </>
  );
}
