import { expect, test } from './support/test';
import { localesFor } from './support/locales';

// The periods come from server/retention-policy.ts; the test server runs with the defaults (docs/operating.md, "Configuration").
const DEFAULTS = { archivedClassDays: 180, learnerIdleDays: 30, learnerMaxDays: 180, guestDays: 30 };

for (const { locale, messages } of localesFor('privacy page')) {
  test(`the privacy page lists each kind of data with its retention period (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/privacy`);
    const table = page.getByRole('table', { name: messages.Privacy.caption });
    await expect(table.getByRole('columnheader')).toHaveText(Object.values(messages.Privacy.columns));
    await expect(table.getByRole('rowheader')).toHaveText(Object.values(messages.Privacy.rows).map((row) => row.data));
    const period = (row: keyof typeof messages.Privacy.rows) =>
      table.getByRole('row', { name: messages.Privacy.rows[row].data }).getByRole('cell').last();
    const days = locale === 'en' ? 'days' : 'días';
    await expect(period('student')).toContainText(`${DEFAULTS.archivedClassDays} ${days}`);
    await expect(period('learnerSession')).toContainText(`${DEFAULTS.learnerIdleDays} ${days}`);
    await expect(period('learnerSession')).toContainText(`${DEFAULTS.learnerMaxDays} ${days}`);
    await expect(period('guest')).toContainText(`${DEFAULTS.guestDays} ${days}`);
    await expect(period('teacherSession')).toContainText(locale === 'en' ? '2 hours' : '2 horas');
    await expect(period('teacherSession')).toContainText(locale === 'en' ? '12 hours' : '12 horas');
    await expect(period('throttle')).toHaveText(locale === 'en' ? '1 day.' : '1 día.');
  });
}
