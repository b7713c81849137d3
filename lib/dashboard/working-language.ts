// The language a student works in, for the roster's column and the language of their report: one rule for both.

type Language = 'en' | 'es';

/**
 * The language of the student's newest counted attempt (by when it was submitted, or started), else the one they last
 * read the lesson in; null when neither says.
 */
export function workingLanguage(
  attempts: readonly { locale: string | null; at: string | Date }[],
  readingLocale: string | null,
): Language | null {
  const newest = [...attempts].sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime())[0];
  const language = newest?.locale ?? readingLocale;
  return language === 'en' || language === 'es' ? language : null;
}
