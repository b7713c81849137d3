// `npm run content:check`: validates every lesson folder and prints one line per problem.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { checkLesson } from '../content/check-lesson';
import { LESSONS_DIR, readLessonFiles } from '../content/lesson-files';
import { lessonReadability } from '../lib/lesson-stats';

const folders = readdirSync(LESSONS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory());
let failed = 0;
for (const folder of folders) {
  let result;
  try {
    result = checkLesson(readLessonFiles(path.join(LESSONS_DIR, folder.name)));
  } catch (error) {
    result = { ok: false as const, errors: [(error as Error).message] };
  }
  if (!result.ok) {
    failed += 1;
    console.error(`✗ ${folder.name}`);
    for (const error of result.errors) console.error(`  ${error}`);
    continue;
  }
  const { article, glossary, quizzes } = result.lesson;
  const sentences = article.paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0);
  const { en, es } = lessonReadability(article);
  console.log(
    `✓ ${folder.name}: ${article.paragraphs.length} paragraphs, ${sentences} sentences, ${glossary.length} glossary terms, ` +
      `${quizzes.map((quiz) => `${quiz.items.length} ${quiz.id} items`).join(', ')}; ` +
      `EN ${en.words} words, ${en.minutes} min, Flesch-Kincaid grade ${en.grade}; ES ${es.words} words, ${es.minutes} min, Fernández-Huerta ${es.ease}`,
  );
}
if (folders.length === 0) {
  console.error('✗ no lesson folders in content/lessons');
  failed = 1;
}
process.exit(failed ? 1 : 0);
