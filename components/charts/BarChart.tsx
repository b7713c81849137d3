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

/**
 * A horizontal bar chart in plain HTML, drawn on the server: its labels are text at the page's size whatever the
 * screen (an SVG scaled to a phone shrank them to 6 px), a name and description for screen readers, and the same
 * figures as a table. Colours come from the page's palette, so it follows dark mode and prints in black.
 */
export function BarChart({ id, title, description, bars, max, columns, tableSummary }: Props) {
  const top = Math.max(max, 1);
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption} id={`${id}-caption`}>
        {title}
      </figcaption>
      <p className="visually-hidden" id={`${id}-desc`}>
        {description}
      </p>
      <div className={styles.chart} role="img" aria-labelledby={`${id}-caption ${id}-desc`}>
        {bars.map((bar) => (
          <div className={styles.row} key={bar.label}>
            <span className={styles.label}>{bar.label}</span>
            <span className={styles.track}>
              <span className={styles.bar} style={{ width: `${(Math.max(bar.value, 0) / top) * 100}%` }} />
            </span>
            <span className={styles.value}>{bar.display}</span>
          </div>
        ))}
      </div>
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
