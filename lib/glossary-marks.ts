import { findTerm } from '@/content/find-term';
import type { GlossaryEntry } from '@/content/lesson-schema';

/** The heading of a glossary entry: its dictionary form if it has one, else the words as they appear in the text. */
export function headwordOf(entry: GlossaryEntry, language: 'en' | 'es'): string {
  return entry.headword?.[language] ?? entry.term[language];
}

export type TextSegment = { text: string; entry?: GlossaryEntry };

/**
 * Splits a sentence into plain text and glossary terms. Only a term's first occurrence in the article is marked
 * (`marked` carries that across sentences), so the text does not fill up with underlines.
 */
export function markGlossaryTerms(
  text: string,
  glossary: GlossaryEntry[],
  language: 'en' | 'es',
  marked: Set<string>,
): TextSegment[] {
  const hits = glossary
    .filter((entry) => !marked.has(entry.id))
    .map((entry) => ({ entry, start: findTerm(text, entry.term[language]), length: entry.term[language].length }))
    .filter((hit) => hit.start >= 0)
    .sort((a, b) => a.start - b.start || b.length - a.length);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const hit of hits) {
    if (hit.start < cursor) continue; // overlaps a longer term already marked
    if (hit.start > cursor) segments.push({ text: text.slice(cursor, hit.start) });
    segments.push({ text: text.slice(hit.start, hit.start + hit.length), entry: hit.entry });
    marked.add(hit.entry.id);
    cursor = hit.start + hit.length;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

/** Glossary segments for every sentence of an article in one language, keyed by sentence id. */
export function markArticle(
  paragraphs: { sentences: { id: string; en: string; es: string }[] }[],
  glossary: GlossaryEntry[],
  language: 'en' | 'es',
): Map<string, TextSegment[]> {
  const marked = new Set<string>();
  return new Map(
    paragraphs.flatMap((paragraph) =>
      paragraph.sentences.map(
        (sentence) => [sentence.id, markGlossaryTerms(sentence[language], glossary, language, marked)] as const,
      ),
    ),
  );
}
