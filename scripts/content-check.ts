// `npm run content:check`: validates every lesson folder, the tests' fixture lessons too, and prints one line per problem.
import { checkLesson } from '../content/check-lesson';
import { lessonFolders, readLessonFiles } from '../content/lesson-files';
import { lessonReadability } from '../lib/lesson-stats';
import { testWisenessReport } from '../lib/testwise/report';
import en from '../messages/en.json';
import es from '../messages/es.json';

// The words the quiz page shows beside the content, which a test-wise student can read too.
const labels = {
  en: { true: en.Quiz.true, false: en.Quiz.false, kinds: en.Quiz.kinds },
  es: { true: es.Quiz.true, false: es.Quiz.false, kinds: es.Quiz.kinds },
};

const folders = lessonFolders({ fixtures: true });
const lessons = lessonFolders({ fixtures: false });
let failed = 0;
for (const [name, folder] of folders) {
  let result;
  try {
    result = checkLesson(readLessonFiles(folder));
  } catch (error) {
    result = { ok: false as const, errors: [(error as Error).message] };
  }
  if (!result.ok) {
    failed += 1;
    console.error(`✗ ${name}`);
    for (const error of result.errors) console.error(`  ${error}`);
    continue;
  }
  const { article, glossary, quizzes, teacherNotes, guided } = result.lesson;
  const sentences = article.paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0);
  const { en: english, es: spanish } = lessonReadability(article);
  console.log(
    `✓ ${name}${lessons.has(name) ? '' : ' (fixture)'}: ${article.paragraphs.length} paragraphs, ${sentences} sentences, ${glossary.length} glossary terms, ` +
      `${quizzes.map((quiz) => `${quiz.items.length} ${quiz.id} items`).join(', ')}, ` +
      `${guided ? `${guided.sections.length} guided-reading sections with ${guided.checkpoints.items.length} checkpoints, ` : ''}` +
      `${teacherNotes.sections.length} teacher-note sections; ` +
      `EN ${english.words} words, ${english.minutes} min, Flesch-Kincaid grade ${english.grade}; ES ${spanish.words} words, ${spanish.minutes} min, Fernández-Huerta ${spanish.ease}`,
  );
  const testWise = testWisenessReport(result.lesson, labels);
  for (const line of testWise.lines) console.log(line);
  if (testWise.failures.length) {
    failed += 1;
    console.error(`✗ ${name}: a quiz can be passed without reading the article`);
    for (const failure of testWise.failures) console.error(`  ${failure}`);
  }
}
if (lessons.size === 0) {
  console.error('✗ no lesson folders in content/lessons');
  failed = 1;
}
process.exit(failed ? 1 : 0);
