import type { Page } from '@playwright/test';

/**
 * Opens a folded block of the reading page ("Before you read", "Reading settings", "The story in time") by its
 * heading, if it is closed: a click on its summary, which works with and without JavaScript.
 */
export async function openFold(page: Page, heading: string) {
  const details = page.getByRole('region', { name: heading }).locator('details');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}
