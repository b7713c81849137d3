import { answerableQuizzes, type Lesson } from '@/content/lesson-schema';
import { measureTestWiseness } from '@/content/check-testwise';
import type { Language } from '@/content/text-cues';
import { runRobot, STRATEGIES, type PageLabels, type RobotRow } from './robot';

/** No strategy that ignores the article may beat chance by more than this many points on a quiz. */
const MAX_POINTS_OVER_CHANCE = 10;
/** Attempts per strategy, quiz and language: each with its own option order, as real students get. */
const ROBOT_ATTEMPTS = 1000;

const points = (value: number) => value.toFixed(1);

/** The content check's per-quiz report: the test-wiseness measures, then the robot's table in Markdown. */
export function testWisenessReport(
  lesson: Lesson,
  labels: Record<Language, PageLabels>,
): { lines: string[]; failures: string[] } {
  const lines: string[] = [];
  const failures: string[] = [];
  // The checkpoints of guided reading too: a reading check passed without reading would reveal the text to no end.
  const quizzes = answerableQuizzes(lesson);
  for (const quiz of quizzes) {
    const report = measureTestWiseness(quiz, lesson.article);
    const places = Object.entries(report.keyPlaces)
      .map(([place, count]) => `${count}× option ${place}`)
      .join(', ');
    lines.push(
      `  ${quiz.id}: key clearly longest in ${report.longestKey.en.length} (en) / ${report.longestKey.es.length} (es) of ${report.choiceItems} choice items; ` +
        `single-choice keys in the content: ${places || 'none'}; true/false keys: ${report.trueFalse.true} true, ${report.trueFalse.false} false`,
    );
  }
  const rows: RobotRow[] = quizzes.flatMap((quiz) =>
    (['en', 'es'] as const).map((language) =>
      runRobot(
        quiz,
        { article: lesson.article, voices: lesson.voices, language, labels: labels[language] },
        ROBOT_ATTEMPTS,
      ),
    ),
  );
  lines.push(
    `  test-wise robot: mean score (%) of strategies that never read the article, ${ROBOT_ATTEMPTS} attempts each, options in each attempt's order`,
  );
  lines.push(`  | quiz | language | chance | ${STRATEGIES.join(' | ')} |`);
  lines.push(`  | --- | --- | ---: | ${STRATEGIES.map(() => '---:').join(' | ')} |`);
  for (const row of rows) {
    lines.push(
      `  | ${row.quizId} | ${row.language} | ${points(row.chance)} | ${STRATEGIES.map((strategy) => points(row.means[strategy])).join(' | ')} |`,
    );
    for (const strategy of STRATEGIES) {
      const over = row.means[strategy] - row.chance;
      if (over > MAX_POINTS_OVER_CHANCE) {
        failures.push(
          `${row.quizId} (${row.language}): the "${strategy}" strategy scores ${points(row.means[strategy])}%, ${points(over)} points over chance (${points(row.chance)}%); at most ${MAX_POINTS_OVER_CHANCE} allowed`,
        );
      }
    }
  }
  return { lines, failures };
}
