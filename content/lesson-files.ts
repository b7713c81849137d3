import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');
/**
 * Lessons only the tests use, folders like those of LESSONS_DIR: the app loads them when FUENTE_FIXTURE_LESSONS=true
 * (docs/testing.md), the content check always checks them.
 */
export const FIXTURE_LESSONS_DIR = path.join(process.cwd(), 'e2e', 'fixtures', 'lessons');

/**
 * The lesson folders by slug: those of LESSONS_DIR in name order, then with `fixtures` those of FIXTURE_LESSONS_DIR.
 * A slug in both throws: an address must name one lesson.
 */
export function lessonFolders({ fixtures }: { fixtures: boolean }): Map<string, string> {
  const folders = new Map<string, string>();
  for (const root of fixtures ? [LESSONS_DIR, FIXTURE_LESSONS_DIR] : [LESSONS_DIR]) {
    if (!existsSync(root)) continue;
    const names = readdirSync(/*turbopackIgnore: true*/ root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const name of names) {
      const other = folders.get(name);
      if (other) throw new Error(`Two lesson folders are named ${name}: ${other} and ${path.join(root, name)}`);
      folders.set(name, path.join(root, name));
    }
  }
  return folders;
}

/** The files of one lesson folder, `content/lessons/<slug>/` (or a fixture lesson's). */
export const LESSON_FILES = {
  meta: 'meta.json',
  article: 'article.json',
  voices: 'voices.json',
  glossary: 'glossary.json',
  source: 'source.en.txt',
  misconceptions: 'misconceptions.json',
  teacherNotes: 'teacher-notes.json',
  quizzes: 'quizzes',
  /** Optional, for guided reading, with `quizzes/checkpoints.json` (content/sections-schema.ts). */
  sections: 'sections.json',
  checkpoints: 'quizzes/checkpoints.json',
} as const;

/** The quizzes every lesson has, in the order students take them: `quizzes/<id>.json`. */
export const QUIZ_IDS = ['comprehension', 'attribution'] as const;

/** A lesson folder's files as read from disk, not yet validated. */
export type LessonFiles = {
  slug: string;
  meta: unknown;
  article: unknown;
  voices: unknown;
  glossary: unknown;
  /** The original article, verbatim: the English text must match it exactly. */
  source: string;
  misconceptions: unknown;
  teacherNotes: unknown;
  /** Quiz files by quiz id; they hold answer keys, so only server code reads them. */
  quizzes: Record<string, unknown>;
  /** Guided reading's files, undefined when the folder has none. */
  sections?: unknown;
  checkpoints?: unknown;
};

/** Reads a lesson folder; a missing file or invalid JSON throws an error naming the file. */
export function readLessonFiles(dir: string): LessonFiles {
  const slug = path.basename(dir);
  const read = (name: string) => {
    const file = path.join(/*turbopackIgnore: true*/ dir, name);
    if (!existsSync(file)) throw new Error(`${slug}/${name} is missing`);
    return readFileSync(file, 'utf8');
  };
  const json = (name: string): unknown => {
    try {
      return JSON.parse(read(name));
    } catch (error) {
      throw new Error(`${slug}/${name} is not valid JSON: ${(error as Error).message}`);
    }
  };
  const optional = (name: string) =>
    existsSync(path.join(/*turbopackIgnore: true*/ dir, name)) ? json(name) : undefined;
  return {
    slug,
    meta: json(LESSON_FILES.meta),
    article: json(LESSON_FILES.article),
    voices: json(LESSON_FILES.voices),
    glossary: json(LESSON_FILES.glossary),
    source: read(LESSON_FILES.source),
    misconceptions: json(LESSON_FILES.misconceptions),
    teacherNotes: json(LESSON_FILES.teacherNotes),
    quizzes: Object.fromEntries(QUIZ_IDS.map((id) => [id, json(`${LESSON_FILES.quizzes}/${id}.json`)])),
    sections: optional(LESSON_FILES.sections),
    checkpoints: optional(LESSON_FILES.checkpoints),
  };
}
