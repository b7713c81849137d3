// Shared by the content check (a glossary term must occur in the article) and the reading page's glossary marks.

/** Where a term occurs in a text as a whole word or phrase, ignoring case; -1 when it does not. */
export function findTerm(text: string, term: string): number {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.search(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu'));
}
