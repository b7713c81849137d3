import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { RosterColumn, SortDirection } from '@/lib/roster-sort';
import styles from '../Teacher.module.css';

type Props = { column: RosterColumn; sort: { column: RosterColumn; direction: SortDirection }; classPath: string };

/** A column's header: a link that sorts by it (ascending first, then the other way), marked when it is the sort. */
export async function SortHeader({ column, sort, classPath }: Props) {
  const t = await getTranslations('TeacherDashboard');
  const active = sort.column === column;
  const next: SortDirection = active && sort.direction === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <Link href={`${classPath}?sort=${column}&dir=${next}`} scroll={false} className={styles.sortLink}>
        {t(`columns.${column}`)}
        <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </Link>
    </th>
  );
}
