/** How the reading page shows the article: in the page's language only, or both languages side by side. */
export type ReadingView = 'single' | 'bilingual';

/** Reads the `view` search parameter; anything unexpected means the default single view. */
export function parseReadingView(value: string | string[] | undefined): ReadingView {
  return value === 'bilingual' ? 'bilingual' : 'single';
}
