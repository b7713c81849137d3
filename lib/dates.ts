/** A `YYYY-MM` publication month as a Date in the middle of that month, safe from time-zone shifts. */
export function monthToDate(yearMonth: string): Date {
  return new Date(`${yearMonth}-15T12:00:00Z`);
}
