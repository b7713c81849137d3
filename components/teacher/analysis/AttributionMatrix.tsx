import { getTranslations } from 'next-intl/server';
import type { Matrix } from '@/lib/dashboard/item-stats';
import styles from './Analysis.module.css';

/** Rows are quotations (or people), columns the speakers or organizations students chose; right cells are marked. */
export async function AttributionMatrix({ matrix, caption, id }: { matrix: Matrix; caption: string; id: string }) {
  const t = await getTranslations('ItemAnalysis');
  const largest = Math.max(1, ...matrix.rows.flatMap((row) => row.cells.map((cell) => cell.count)));
  return (
    // Scrolls sideways on a phone: focusable, so that a keyboard can scroll it too.
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-labelledby={id}>
      <table className={`data-table ${styles.matrix}`}>
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rowHeader')}</th>
            {matrix.columns.map((column) => (
              <th key={column.id} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" dir="auto">
                {row.label}
              </th>
              {row.cells.map((cell) => (
                <td
                  key={cell.column}
                  data-right={cell.right || undefined}
                  className={styles.cell}
                  // The shade grows with the count, so the biggest confusions stand out when projected.
                  style={{ '--weight': cell.count / largest } as React.CSSProperties}
                >
                  {cell.right ? (
                    <>
                      <span aria-hidden="true">✓ </span>
                      <span className="visually-hidden">{t('rightCell', { count: cell.count })}</span>
                      <span aria-hidden="true">{cell.count}</span>
                    </>
                  ) : (
                    cell.count
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
