import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, GlossaryEntry } from '../../content/lesson-schema';

const dir = path.join(process.cwd(), 'content', 'lessons', 'zero-tolerance');

/** The lesson's files, read the way the app reads them, so tests compare the page with the content. */
export const article = JSON.parse(readFileSync(path.join(dir, 'article.json'), 'utf8')) as Article;
export const glossary = JSON.parse(readFileSync(path.join(dir, 'glossary.json'), 'utf8')) as GlossaryEntry[];
export const sourceText = readFileSync(path.join(dir, 'source.en.txt'), 'utf8');
export const sentences = article.paragraphs.flatMap((paragraph) => paragraph.sentences);
