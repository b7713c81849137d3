import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLesson } from './check-lesson';
import { FIXTURE_LESSONS_DIR, LESSONS_DIR, readLessonFiles, type LessonFiles } from './lesson-files';
import type { CheckpointQuiz } from './quiz-schema';
import type { Section } from './sections-schema';

const LESSON = 'zero-tolerance';
type Guided = LessonFiles & { sections: { sections: Section[] }; checkpoints: CheckpointQuiz };
const real = () => structuredClone(readLessonFiles(path.join(LESSONS_DIR, LESSON))) as Guided;

/** The errors of the real lesson with its guided reading changed once. */
function broken(change: (files: Guided) => void): string[] {
  const files = real();
  change(files);
  const result = checkLesson(files);
  return result.ok ? [] : result.errors;
}
const at = `${LESSON}/sections.json`;
const section = (files: Guided, id: string) => files.sections.sections.find((candidate) => candidate.id === id)!;

describe('content check of guided reading (sections.json and quizzes/checkpoints.json)', () => {
  it('loads the real lesson’s sections and checkpoints', () => {
    const result = checkLesson(real());
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.lesson.guided?.sections.map((candidate) => candidate.through)).toEqual(['p2', 'p5', 'p8', 'p10']);
    expect(result.lesson.guided?.checkpoints.id).toBe('checkpoints');
  });

  it('is optional: a lesson with neither file has no guided reading', () => {
    const result = checkLesson(readLessonFiles(path.join(FIXTURE_LESSONS_DIR, 'fixture-two-voices')));
    expect(result.ok && result.lesson.guided).toBe(null);
  });

  it('fails when one of the two files is missing', () => {
    expect(broken((files) => delete (files as LessonFiles).checkpoints)).toEqual([
      `${LESSON}/quizzes/checkpoints.json: (root): Invalid input: expected object, received null`,
    ]);
    expect(broken((files) => delete (files as LessonFiles).sections)).toEqual([
      `${at}: (root): Invalid input: expected object, received null`,
    ]);
  });

  it('fails when a section has more than two checkpoints (the schema)', () => {
    const errors = broken((files) => section(files, 's1').checkpoints.push('k-who-failed'));
    expect(errors).toEqual([`${at}: sections.0.checkpoints: Too big: expected array to have <=2 items`]);
  });

  it('fails when sections are out of order or misnamed', () => {
    const errors = broken((files) => {
      section(files, 's2').through = 'p1';
    });
    expect(errors).toContain(`${at}: section s2 runs through p1, which an earlier section already covers`);
    expect(broken((files) => (section(files, 's3').id = 's9'))).toContain(`${at}: section 3 is called s9; call it s3`);
  });

  it('fails when the sections do not reach the last paragraph, or name a paragraph that does not exist', () => {
    expect(broken((files) => (section(files, 's4').through = 'p9'))).toContain(
      `${at}: the last section must end on the last paragraph, p10`,
    );
    expect(broken((files) => (section(files, 's4').through = 'p11'))).toContain(
      `${at}: section s4 runs through p11, which is not a paragraph of the article`,
    );
  });

  it('fails when a section but the last has no checkpoint; the last may have none', () => {
    expect(broken((files) => (section(files, 's2').checkpoints = []))).toContain(
      `${at}: section s2 has no checkpoint: every section but the last needs 1 to 2`,
    );
    const lastEmpty = broken((files) => {
      section(files, 's4').checkpoints = [];
      files.checkpoints.items = files.checkpoints.items.filter((item) => item.id !== 'k-who-failed');
    });
    expect(lastEmpty).toEqual([]);
  });

  it('fails when a checkpoint is not an item of the checkpoint quiz, or an item belongs to no section', () => {
    expect(broken((files) => (section(files, 's4').checkpoints = ['k-missing']))).toEqual([
      `${at}: section s4 names checkpoint k-missing, which is not an item of quizzes/checkpoints.json`,
      `${at}: checkpoint k-who-failed is in quizzes/checkpoints.json but no section names it`,
    ]);
  });

  it('fails when two sections name the same checkpoint', () => {
    expect(broken((files) => section(files, 's4').checkpoints.push('k-last-resort'))).toEqual(
      expect.arrayContaining([`${at}: checkpoint k-last-resort is named by sections s3 and s4`]),
    );
  });

  it('fails when a checkpoint cites a paragraph outside its section', () => {
    const errors = broken((files) => {
      files.checkpoints.items.find((item) => item.id === 'k-who-failed')!.paragraph = 'p8';
    });
    expect(errors).toEqual([`${at}: checkpoint k-who-failed cites p8, outside section s4 (p9–p10)`]);
  });

  it('fails when a checkpoint is a written item, which is never checked at once', () => {
    const written = readLessonFiles(path.join(LESSONS_DIR, LESSON)).quizzes.comprehension as {
      items: { type: string }[];
    };
    const errors = broken((files) => {
      const item = structuredClone(written.items.find((candidate) => candidate.type === 'written')!) as never;
      files.checkpoints.items.push({ ...(item as object), id: 'k-written', paragraph: 'p10' } as never);
      section(files, 's4').checkpoints.push('k-written');
    });
    expect(errors).toContain(`${at}: checkpoint k-written is a written item: a checkpoint must be graded at once`);
  });

  it('holds checkpoint items to the quiz rules, item ids across quizzes included', () => {
    const errors = broken((files) => {
      files.checkpoints.items[0]!.id = 'c-why-criticize';
      section(files, 's1').checkpoints[0] = 'c-why-criticize';
    });
    expect(errors).toContain(`${LESSON}/quizzes: item id c-why-criticize is used in comprehension and in checkpoints`);
  });
});
