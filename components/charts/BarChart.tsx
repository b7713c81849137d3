import styles from './BarChart.module.css';

export type Bar = {
  label: string;
  value: number;
  /** What the data table and the bar's label show, e.g. "75%". */ display: string;
};

type Props = {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  /** The top of the scale: 100 for percentages, the largest count otherwise. */
  max: number;
  /** Column headers of the data table that stands in for the chart. */
  columns: [string, string];
  tableSummary: string;
};

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 16, right: 8, bottom: 28, left: 36 };

/**
 * A bar chart drawn on the server as SVG: no JavaScript, a title and description for screen readers, and the same
 * figures as a table. Colours come from the page's palette, so it follows dark mode and prints in black.
 */
export function BarChart({ id, title, description, bars, max, columns, tableSummary }: Props) {
  const top = Math.max(max, 1);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / Math.max(bars.length, 1);
  const barWidth = Math.min(slot * 0.7, 48);
  const ticks = [0, 0.5, 1].map((share) => Math.round(top * share));
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption} id={`${id}-caption`}>
        {title}
      </figcaption>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {[...new Set(ticks)].map((tick) => (
          <g key={tick}>
            <line className={styles.grid} x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text className={styles.tick} x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {bars.map((bar, index) => {
          const x = MARGIN.left + slot * index + (slot - barWidth) / 2;
          return (
            <g key={bar.label}>
              <rect
                className={styles.bar}
                x={x}
                y={y(bar.value)}
                width={barWidth}
                height={Math.max(y(0) - y(bar.value), 0)}
              />
              {bar.value > 0 && (
                <text className={styles.value} x={x + barWidth / 2} y={y(bar.value) - 4} textAnchor="middle">
                  {bar.display}
                </text>
              )}
              <text className={styles.tick} x={x + barWidth / 2} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle">
                {bar.label}
              </text>
            </g>
          );
        })}
      </svg>
      <details className={styles.data}>
        <summary>{tableSummary}</summary>
        <table className="data-table" aria-labelledby={`${id}-caption`}>
          <thead>
            <tr>
              <th scope="col">{columns[0]}</th>
              <th scope="col">{columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{bar.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
