/**
 * A Server Action's form argument as it arrived. React always sends a FormData, but a forged request can make the
 * argument anything (a string, null, an object); an empty form then fails validation like any empty form would,
 * instead of crashing on `formData.get`.
 */
export function formFrom(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
