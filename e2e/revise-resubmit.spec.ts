import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from './support/test';
import type { QuizItem } from '../content/quiz-schema';
import { expectNoAxeViolations } from './support/axe';
import { LESSON_SLUG, LOCALES } from './support/locales';
import { quizzes } from './support/quiz-content';
import { seedClass, seedQuizWork, seedStudent, seedTeacher } from './support/seed';

// Acceptance 5 of issue 38, in both languages: the teacher asks for a revision with a comment and returns it; the
// student sees the comment and "Revise your answer", edits the same answer and sends it (with JavaScript in English,
// without it in Spanish, where a double click must still send it once); the teacher sees both versions, scores the
// revision and returns it; both versions are in the student's drill-down and in the answers CSV, numbers as numbers.

type Written = Extract<QuizItem, { type: 'written' }>;
const quiz = quizzes.comprehension;
const item = quiz.items.find((entry) => entry.type === 'written') as Written;
const top = item.rubric.length;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
const FIRST = 'First version: the office is worried.';
const REVISED = 'Revised: the U.N. human rights office said separation violates a child’s rights.';

for (const { locale, messages } of LOCALES) {
  const t = messages.WrittenScoring;
  const javaScript = locale === 'en';

  test.describe(`revise and resubmit (${locale})`, () => {
    test('a revision asked, edited, sent once and scored again; both versions in the drill-down and the CSV', async ({
      browser,
      baseURL,
    }) => {
      // A ceiling for a busy 2-core host: three browsers, two returns and some twenty page loads.
      test.setTimeout(300_000);
      const teacher = await seedTeacher(await browser.newContext({ baseURL }), baseURL!);
      const klass = await seedClass(teacher, `Revise ${locale}`, locale);
      const studentContext = await browser.newContext({ baseURL, javaScriptEnabled: javaScript });
      const ana = await seedStudent(studentContext, baseURL!, klass, 'Ana');
      const response = { text: FIRST, evidence: [item.evidence[0]!], language: locale };
      await seedQuizWork(ana, {
        lessonSlug: LESSON_SLUG,
        quizId: 'comprehension',
        locale,
        answers: [{ itemId: item.id, response }],
        submit: true,
      });

      // The teacher: level 2, a comment, "ask for a revision", returned.
      const page = await teacher.context.newPage();
      await page.goto(`${klass.url}/written/${quiz.id}?item=${item.id}`);
      await page.getByRole('radio', { name: new RegExp(`^2\\. `) }).click();
      await expect(page.getByText(fill(t.saved, { level: 2, name: 'Ana' }))).toBeVisible();
      await page.getByLabel(fill(t.comment, { name: 'Ana' })).fill('Say who said it.');
      await page.getByRole('checkbox', { name: fill(t.reviseBox, { name: 'Ana' }) }).check();
      await expect(page.getByText(fill(t.savedRevise, { level: 2, name: 'Ana' }))).toBeVisible();
      await returnScores(page, t, 1);
      await page.reload();
      await expect(page.getByText(t.status.revisionRequested)).toBeVisible();
      await expect(page.getByText(fill(t.waitingForRevision, { name: 'Ana' }))).toBeVisible();

      // The student: the comment and "Revise your answer" on the results, no model answer yet.
      const student = await studentContext.newPage();
      // axe runs its checks as a script: without JavaScript, the same page is checked in a browser that runs it, signed
      // in as the same student.
      const checker = javaScript
        ? student
        : await browser.newContext({ baseURL }).then(async (context) => {
            await context.addCookies(await studentContext.cookies());
            return context.newPage();
          });
      const axeOnStudentPage = async () => {
        if (checker !== student) await checker.goto(student.url());
        await expectNoAxeViolations(checker);
      };
      await student.goto(`/${locale}/lessons/${LESSON_SLUG}/quiz/${quiz.id}/results`);
      const result = student.getByRole('listitem').filter({ hasText: item.prompt[locale] });
      await expect(result.getByText(messages.QuizResults.reviseBadge)).toBeVisible();
      await expect(result.getByText('Say who said it.')).toBeVisible();
      await expect(student.getByText(item.modelAnswer[locale])).toHaveCount(0);
      await axeOnStudentPage();
      await result.getByRole('link', { name: messages.QuizResults.reviseLink }).click();
      await expect(student.getByRole('heading', { level: 1 })).toContainText(messages.Revise.pageTitle);
      const answer = student.getByLabel(messages.Quiz.written.answerLabel);
      await expect(answer).toHaveValue(FIRST);
      await axeOnStudentPage();
      await answer.fill(REVISED);
      const send = student.getByRole('button', { name: messages.Revise.resubmit });
      // Without JavaScript, a double click posts the form twice: the revision is still sent once.
      if (javaScript) await send.click();
      else await send.dblclick();
      await expect(student).toHaveURL(/\/results\?attempt=/);
      await expect(result.getByText(messages.QuizResults.resubmitted)).toBeVisible();
      await expect(result.getByText(REVISED)).toBeVisible();
      await expect(result.getByText(FIRST)).toBeVisible();
      await axeOnStudentPage();

      // The teacher: both versions, the revision scored 4 and returned.
      await page.reload();
      await expect(page.getByText(t.status.revised)).toBeVisible();
      await expect(page.getByText(t.earlierHeading)).toBeVisible();
      await expect(page.getByText(FIRST)).toBeVisible();
      await expect(
        page.getByText(fill(t.versionLevel, { number: 2, label: item.rubric[1]!.label[locale] })),
      ).toBeVisible();
      await expect(page.getByText(fill(t.currentVersion, { number: 2 }))).toBeVisible();
      await expect(page.getByText(REVISED)).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('radio', { name: new RegExp(`^${top}\\. `) }).click();
      await expect(page.getByText(fill(t.saved, { level: top, name: 'Ana' }))).toBeVisible();
      await returnScores(page, t, 1);

      // The drill-down: version 1 with its level and comment, then the revision.
      await page.goto(`${klass.url}/students/${ana.learnerId}`);
      const s = messages.StudentAnswers;
      await expect(page.getByText(fill(s.versionHeading, { number: 1 }), { exact: true })).toBeVisible();
      await expect(page.getByText(FIRST)).toBeVisible();
      await expect(page.getByText(fill(s.teacherComment, { comment: 'Say who said it.' }))).toBeVisible();
      await expect(page.getByText(fill(s.currentVersion, { number: 2 }), { exact: true })).toBeVisible();
      await expect(page.getByText(REVISED)).toBeVisible();
      await expectNoAxeViolations(page);

      // The CSV: a row per version, levels and points as numbers.
      const csv = await page.request.get(`${klass.url}/export/answers`);
      const rows = parse(await csv.text(), { columns: true, bom: true }) as Record<string, string>[];
      const labels = messages.ClassExport;
      expect(
        rows
          .filter((row) => row[labels.itemId] === item.id)
          .map((row) => [row[labels.version], row[labels.answer], row[labels.level], row[labels.points]]),
      ).toEqual([
        ['1', FIRST, '2', String(Math.round((1 / (top - 1)) * 100) / 100)],
        ['2', REVISED, String(top), '1'],
      ]);

      // The student sees the revision's level, and now the model answer.
      await student.reload();
      await expect(
        result.getByText(
          fill(messages.QuizResults.level, { number: top, of: top, label: item.rubric[top - 1]!.label[locale] }),
        ),
      ).toBeVisible();
      await expect(result.getByText(item.modelAnswer[locale])).toBeVisible();
      if (checker !== student) await checker.context().close();
      await studentContext.close();
      await teacher.context.close();
    });
  });
}

/** "Return scores to students", and the count it reports. */
async function returnScores(page: Page, t: (typeof LOCALES)[number]['messages']['WrittenScoring'], count: number) {
  await page.getByRole('button', { name: t.returnButton }).click();
  await expect(page.getByText(t.returned.match(/one \{([^}]*)\}/)![1]!.replace('#', String(count)))).toBeVisible();
}
