/** How the reading page shows the article: in the page's language only, or both languages side by side. */
export const READING_VIEWS = ['single', 'bilingual'] as const;
export type ReadingView = (typeof READING_VIEWS)[number];

/** Reads the `view` search parameter; anything unexpected means the default single view. */
export function parseReadingView(value: string | string[] | undefined): ReadingView {
  return value === 'bilingual' ? 'bilingual' : 'single';
}
