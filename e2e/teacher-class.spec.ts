import { expect, test } from './support/test';
import { LESSON_SLUG, localesFor, resumedAddress } from './support/locales';
import { seedClass, seedStudent, seedTeacher } from './support/seed';
import { createClass, joinClass, signUpTeacher } from './support/teacher';
import { openFold } from './support/lesson-folds';

for (const { locale, messages } of localesFor('teachers, classes and students')) {
  test.describe(`teachers, classes and students (${locale})`, () => {
    test('a teacher creates a class, a student joins, works, continues elsewhere, and the teacher sees them', async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(150_000);
      const teacherContext = await browser.newContext();
      await seedTeacher(teacherContext, baseURL!);
      const teacher = await teacherContext.newPage();
      await teacher.goto(`/${locale}/teacher`);
      const klass = await createClass(teacher, messages, `Period 1 ${locale}`);

      const studentContext = await browser.newContext();
      const student = await studentContext.newPage();
      const { resumeCode } = await joinClass(student, locale, messages, klass.joinCode, 'Ana');
      await student.getByRole('link', { name: messages.Join.startReading }).click();
      await expect(
        student.getByText(
          messages.Join.signedInAs.replace('{name}', 'Ana').replace('{className}', `Period 1 ${locale}`),
        ),
      ).toBeVisible();
      await openFold(student, messages.LessonPage.beforeYouRead);
      const familiarity = student.getByRole('group', { name: messages.Familiarity.legend });
      await familiarity.getByRole('radio', { name: messages.Familiarity.levels.some }).check();
      await student.getByRole('button', { name: messages.Familiarity.save }).click();
      await expect(
        student.getByRole('region', { name: messages.LessonPage.beforeYouRead }).getByRole('status'),
      ).toHaveText(messages.Familiarity.saved);
      // Reading the first paragraphs records progress (saved after a short pause).
      await student.locator('#p2').scrollIntoViewIfNeeded();
      await expect(student.getByRole('progressbar', { name: messages.ReadingProgress.label })).not.toHaveAttribute(
        'aria-valuenow',
        '0',
      );
      await expect(async () => {
        await teacher.reload();
        await expect(teacher.getByRole('row', { name: /^Ana / }).first()).toContainText(
          messages.TeacherDashboard.status.reading,
          { timeout: 500 },
        );
      }).toPass({ timeout: 10_000 });

      // Another device: the class code and the personal code restore the same student.
      const otherDevice = await (await browser.newContext()).newPage();
      await otherDevice.goto(`/${locale}/join/resume`);
      await otherDevice.getByLabel(messages.Resume.code).fill(klass.joinCode);
      await otherDevice.getByLabel(messages.Resume.resumeCode).fill(resumeCode);
      await otherDevice.getByRole('button', { name: messages.Resume.submit }).click();
      await expect(otherDevice).toHaveURL(resumedAddress(locale), { timeout: 15_000 });
      await otherDevice.goto(`/${locale}/lessons/${LESSON_SLUG}`);
      await openFold(otherDevice, messages.LessonPage.beforeYouRead);
      await expect(
        otherDevice
          .getByRole('group', { name: messages.Familiarity.legend })
          .getByRole('radio', { name: messages.Familiarity.levels.some }),
      ).toBeChecked();

      // A second Ana is asked "Is this you?", says no, and joins as Ana R.
      const secondAna = await (await browser.newContext()).newPage();
      await secondAna.goto(`/${locale}/join`);
      await secondAna.getByLabel(messages.Join.code).fill(klass.joinCode);
      await secondAna.getByLabel(messages.Join.name).fill('Ana');
      await secondAna.getByRole('button', { name: messages.Join.submit }).click();
      await expect(secondAna.getByRole('heading', { name: messages.Join.sameNameTitle })).toBeVisible();
      await secondAna.getByLabel(messages.Join.anotherName).fill('Ana R.');
      await secondAna.getByRole('button', { name: messages.Join.anotherSubmit }).click();
      await expect(
        secondAna.getByRole('heading', { level: 1, name: messages.Join.welcomeTitle.replace('{name}', 'Ana R.') }),
      ).toBeVisible();

      await teacher.reload();
      const roster = teacher.getByRole('region', { name: messages.ClassPage.rosterTitle });
      await expect(roster.getByRole('rowheader', { name: 'Ana', exact: true })).toBeVisible();
      await expect(roster.getByRole('rowheader', { name: 'Ana R.', exact: true })).toBeVisible();

      // The overview: counts, each student's status, and sorting by a column, up and down.
      const overview = teacher
        .getByRole('region', { name: messages.TeacherDashboard.overviewTitle.split('“')[0]!.trim() })
        .first();
      await expect(overview.getByRole('row', { name: /^Ana / }).first()).toContainText(
        messages.TeacherDashboard.status.reading,
      );
      await expect(overview.getByRole('row', { name: /^Ana R\./ })).toContainText(
        messages.TeacherDashboard.status['not-started'],
      );
      await overview.getByRole('link', { name: messages.TeacherDashboard.columns.name, exact: true }).click();
      await expect(
        overview.getByRole('columnheader', { name: messages.TeacherDashboard.columns.name }),
      ).toHaveAttribute('aria-sort', 'descending');
      await expect(overview.getByRole('rowheader').first()).toHaveText('Ana R.');
      await overview.getByRole('link', { name: messages.TeacherDashboard.columns.reading, exact: true }).click();
      await expect(
        overview.getByRole('columnheader', { name: messages.TeacherDashboard.columns.reading }),
      ).toHaveAttribute('aria-sort', 'ascending');
      await expect(overview.getByRole('rowheader').first()).toHaveText('Ana R.');
    });

    test('hostile display names and class names are shown as plain text', async ({ browser, baseURL }) => {
      const teacherContext = await browser.newContext();
      const className = `<script>window.xss = 1</script>"'; DROP TABLE "Class"; -- ${locale}`;
      const klass = await seedClass(await seedTeacher(teacherContext, baseURL!), className, locale);
      const teacher = await teacherContext.newPage();
      const names = [
        '<img src=x onerror=alert(1)>',
        '=1+1',
        'شريف',
        `${'Long'.repeat(14)}`,
        '🦊 Zoë',
        `Robert'); DROP TABLE "Learner";--`,
      ];
      // Their sessions are not used: the students' browsers are one throwaway context.
      const students = await browser.newContext();
      for (const name of names) await seedStudent(students, baseURL!, klass, name);
      await students.close();
      await teacher.goto(klass.url);
      const roster = teacher.getByRole('region', { name: messages.ClassPage.rosterTitle });
      for (const name of names) await expect(roster.getByRole('rowheader', { name, exact: true })).toHaveText(name);
      await expect(teacher.locator('img[src="x"]')).toHaveCount(0);
      // The same words on every page that shows them back: the item analysis and a student's answers.
      await teacher.goto(`${klass.url}/analysis/attribution`);
      await expect(teacher.getByRole('heading', { level: 1 })).toContainText(className);
      await teacher.goto(klass.url);
      await teacher
        .locator('section[aria-labelledby="overview"] tbody')
        .getByRole('link', { name: names[0], exact: true })
        .click();
      await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(
        messages.StudentAnswers.title.replace('{name}', names[0]!),
      );
      expect(await teacher.evaluate(() => (window as unknown as { xss?: number }).xss)).toBeUndefined();
      await expect(teacher.locator('img[src="x"]')).toHaveCount(0);
    });

    test('a teacher renames, archives and deletes a class after confirming its name', async ({ browser, baseURL }) => {
      const teacherContext = await browser.newContext();
      const klass = await seedClass(await seedTeacher(teacherContext, baseURL!), `Temp ${locale}`, locale);
      const teacher = await teacherContext.newPage();
      const studentContext = await browser.newContext();
      await seedStudent(studentContext, baseURL!, klass, 'Leo');
      const student = await studentContext.newPage();
      await teacher.goto(klass.url);

      await teacher.getByRole('button', { name: messages.ClassPage.archive }).click();
      await expect(teacher.getByText(messages.ClassPage.archivedNotice)).toBeVisible();
      await student.goto(`/${locale}/join`);
      await expect(student.getByText(messages.Join.signedInAs.split('{')[0]!)).toHaveCount(0);

      const deleteSection = teacher.getByRole('region', { name: messages.ClassPage.deleteTitle });
      await deleteSection.getByLabel(messages.ClassPage.deleteConfirm).fill('temp');
      await deleteSection.getByRole('button', { name: messages.ClassPage.delete }).click();
      await expect(deleteSection.getByText(messages.ClassPage.deleteWrongName).first()).toBeVisible();
      await deleteSection.getByLabel(messages.ClassPage.deleteConfirm).fill(`Temp ${locale}`);
      await deleteSection.getByRole('button', { name: messages.ClassPage.delete }).click();
      await expect(teacher.getByRole('heading', { level: 1, name: messages.TeacherHome.title })).toBeVisible();
      await expect(teacher.getByText(`Temp ${locale}`)).toHaveCount(0);
      const gone = await teacher.goto(klass.url);
      expect(gone?.status()).toBe(404);
    });

    test('sign-in does not say whether an email exists, and sign-out ends the session', async ({ page }) => {
      const email = await signUpTeacher(page, locale, messages);
      await page.getByRole('button', { name: messages.TeacherHome.signOut }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: messages.TeacherAuth.signInTitle })).toBeVisible();
      await page.goto(`/${locale}/teacher`);
      await expect(page).toHaveURL(/\/teacher\/signin$/);
      for (const [address, password] of [
        [email, 'not the right password'],
        [`nobody-${Date.now()}@school.example`, 'not the right password'],
      ]) {
        await page.getByLabel(messages.TeacherAuth.email).fill(address!);
        await page.getByLabel(messages.TeacherAuth.password).fill(password!);
        await page.getByRole('button', { name: messages.TeacherAuth.signIn }).click();
        await expect(page.getByRole('status')).toHaveText(messages.TeacherAuth.errors.invalid);
      }
      await page.getByLabel(messages.TeacherAuth.password).fill('password');
      await page.goto(`/${locale}/teacher/signup`);
      await page.getByLabel(messages.TeacherAuth.email).fill(`x-${Date.now()}@school.example`);
      await page.getByLabel(messages.TeacherAuth.password).fill('password');
      await page.getByRole('button', { name: messages.TeacherAuth.signUp }).click();
      await expect(page.getByText(messages.TeacherAuth.errors.commonPassword)).toBeVisible();
    });
  });
}
