/** A `YYYY-MM` publication month as a Date in the middle of that month, safe from time-zone shifts. */
export function monthToDate(yearMonth: string): Date {
  return new Date(`${yearMonth}-15T12:00:00Z`);
}

/** A `YYYY-MM-DD` date as a Date at noon UTC, so it shows the same day in every time zone. */
export function dayToDate(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}
