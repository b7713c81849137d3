import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');

/** The files of one lesson folder, `content/lessons/<slug>/`. */
export const LESSON_FILES = {
  meta: 'meta.json',
  article: 'article.json',
  voices: 'voices.json',
  glossary: 'glossary.json',
  source: 'source.en.txt',
  misconceptions: 'misconceptions.json',
  teacherNotes: 'teacher-notes.json',
  quizzes: 'quizzes',
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
  };
}
