import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 A and AA rules: the page must have no violation at all. */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation (a Server Action's redirect, say), Next.js sets the new page's title a moment after
  // the URL changes: wait for it, so that axe judges the page and not the transition. A page without a title still
  // fails, here after the wait.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}
