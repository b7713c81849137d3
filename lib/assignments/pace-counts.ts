import type { Section } from '@/content/sections-schema';

/** One section's line on the teacher's screen: how many students have reached its checkpoint and finished it. */
export type SectionCount = {
  id: string;
  /** Its first and last paragraphs' ids. */
  from: string;
  through: string;
  checkpoints: number;
  reached: number;
  finished: number;
};

export type PaceBoard = {
  /** The last section opened to the class (0-based). */
  openedSection: number;
  students: number;
  sections: SectionCount[];
};

/** What the counts need of one student: how far they have read, and the checkpoint items they have answered. */
export type StudentPace = { furthestParagraph: number | null; answered: readonly string[] };

/** Paragraph ids are `p1`, `p2`…: the number is its place, as ReadingProgress counts. */
const paragraphNumber = (id: string) => Number(id.slice(1));

/**
 * Per section, the students who have reached its checkpoint (read to its last paragraph, or answered one of its
 * questions) and finished it (answered every question; a section without questions is finished once reached).
 */
export function countSections(
  sections: readonly Section[],
  paragraphIds: readonly string[],
  students: readonly StudentPace[],
): SectionCount[] {
  return sections.map((section, index) => {
    let reached = 0;
    let finished = 0;
    for (const { furthestParagraph, answered } of students) {
      const answeredHere = section.checkpoints.filter((item) => answered.includes(item)).length;
      const isReached = answeredHere > 0 || (furthestParagraph ?? 0) >= paragraphNumber(section.through);
      if (isReached) reached += 1;
      if (isReached && answeredHere === section.checkpoints.length) finished += 1;
    }
    // A section starts on the paragraph after the previous section's last.
    const from = index === 0 ? paragraphIds[0]! : paragraphIds[paragraphIds.indexOf(sections[index - 1]!.through) + 1]!;
    return {
      id: section.id,
      from,
      through: section.through,
      checkpoints: section.checkpoints.length,
      reached,
      finished,
    };
  });
}
