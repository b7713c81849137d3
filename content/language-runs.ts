/** A stretch of note text, with its language when it differs from the text around it. */
export type LanguageRun = { text: string; lang?: 'en' | 'es' };

// Content marks words in the other language as <en>…</en> or <es>…</es>, so that pages can give them a `lang`
// attribute and screen readers pronounce them right (WCAG 3.1.2, language of parts).
const MARK = /<(en|es)>([^<>]+)<\/\1>/g;

/** Splits marked text into runs: plain text, and the marked words with their language. */
export function languageRuns(text: string): LanguageRun[] {
  const runs: LanguageRun[] = [];
  let from = 0;
  for (const match of text.matchAll(MARK)) {
    if (match.index > from) runs.push({ text: text.slice(from, match.index) });
    runs.push({ text: match[2]!, lang: match[1] as LanguageRun['lang'] });
    from = match.index + match[0].length;
  }
  if (from < text.length) runs.push({ text: text.slice(from) });
  return runs;
}

/** True when the text has no markup other than well-formed language marks (a stray `<` would show on the page). */
export function hasOnlyLanguageMarks(text: string): boolean {
  return !/[<>]/.test(text.replace(MARK, ''));
}
