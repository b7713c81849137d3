import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, GlossaryEntry, LessonMeta } from '../../content/lesson-schema';

const dir = path.join(process.cwd(), 'content', 'lessons', 'zero-tolerance');

/** The lesson's files, read the way the app reads them, so tests compare the page with the content. */
export const article = JSON.parse(readFileSync(path.join(dir, 'article.json'), 'utf8')) as Article;
export const glossary = JSON.parse(readFileSync(path.join(dir, 'glossary.json'), 'utf8')) as GlossaryEntry[];
export const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as LessonMeta;
export const { sections } = JSON.parse(readFileSync(path.join(dir, 'sections.json'), 'utf8')) as {
  sections: { id: string; through: string; checkpoints: string[] }[];
};
export const sourceText = readFileSync(path.join(dir, 'source.en.txt'), 'utf8');
export const sentences = article.paragraphs.flatMap((paragraph) => paragraph.sentences);

/** A glossary entry's heading: its dictionary form where it has one ("eximir"), else the words in the text ("exime"). */
export const headword = (entry: GlossaryEntry, language: 'en' | 'es') =>
  entry.headword?.[language] ?? entry.term[language];
