import type { Article } from './lesson-schema';
import type { CheckpointQuiz } from './quiz-schema';
import { MAX_CHECKPOINTS_PER_SECTION, type Section } from './sections-schema';

/**
 * Sections read the article in order and cover all of it, each ending on a later paragraph than the one before and
 * the last on the last paragraph; each section names 1 or 2 checkpoint items (the last may name none), every
 * checkpoint item is named by exactly one section, is machine-graded, and cites a paragraph of its own section
 * (a reading check the student can answer from what they have been shown).
 */
export function checkSections(sections: Section[], checkpoints: CheckpointQuiz, article: Article): string[] {
  const errors: string[] = [];
  const place = new Map(article.paragraphs.map((paragraph, index) => [paragraph.id, index] as const));
  const items = new Map(checkpoints.items.map((item) => [item.id, item] as const));
  const named = new Map<string, string>();
  let start = 0;
  sections.forEach((section, index) => {
    if (section.id !== `s${index + 1}`)
      errors.push(`section ${index + 1} is called ${section.id}; call it s${index + 1}`);
    const end = place.get(section.through);
    if (end === undefined) {
      errors.push(`section ${section.id} runs through ${section.through}, which is not a paragraph of the article`);
      return;
    }
    if (end < start) {
      errors.push(`section ${section.id} runs through ${section.through}, which an earlier section already covers`);
      return;
    }
    const last = index === sections.length - 1;
    if (!last && section.checkpoints.length === 0)
      errors.push(
        `section ${section.id} has no checkpoint: every section but the last needs 1 to ${MAX_CHECKPOINTS_PER_SECTION}`,
      );
    for (const id of section.checkpoints) {
      const item = items.get(id);
      const other = named.get(id);
      if (other) errors.push(`checkpoint ${id} is named by sections ${other} and ${section.id}`);
      named.set(id, section.id);
      if (!item) {
        errors.push(`section ${section.id} names checkpoint ${id}, which is not an item of quizzes/checkpoints.json`);
        continue;
      }
      if (item.type === 'written')
        errors.push(`checkpoint ${id} is a written item: a checkpoint must be graded at once`);
      const cited = place.get(item.paragraph);
      if (cited === undefined || cited < start || cited > end)
        errors.push(
          `checkpoint ${id} cites ${item.paragraph}, outside section ${section.id} (${article.paragraphs[start]?.id}–${section.through})`,
        );
    }
    start = end + 1;
  });
  const lastParagraph = article.paragraphs.at(-1)?.id;
  if (sections.at(-1)?.through !== lastParagraph)
    errors.push(`the last section must end on the last paragraph, ${lastParagraph}`);
  for (const item of checkpoints.items)
    if (!named.has(item.id))
      errors.push(`checkpoint ${item.id} is in quizzes/checkpoints.json but no section names it`);
  return errors;
}
