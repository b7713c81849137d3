import { expect, type Page } from '@playwright/test';
import type en from '../../messages/en.json';

type Messages = typeof en;

let counter = 0;
/** An email no other test uses. */
export const uniqueEmail = () => `teacher-${Date.now().toString(36)}-${process.pid}-${(counter += 1)}@school.example`;

export const TEACHER_PASSWORD = 'reading the news together';

/** Fills the sign-up form and waits for the sign-in page's sentence that says what is left. */
export async function submitSignUp(page: Page, locale: string, messages: Messages, email: string) {
  await page.goto(`/${locale}/teacher/signup`);
  await page.getByLabel(messages.TeacherAuth.email).fill(email);
  await page.getByLabel(messages.TeacherAuth.password).fill(TEACHER_PASSWORD);
  await page.getByRole('button', { name: messages.TeacherAuth.signUp }).click();
  // Hashing the password (scrypt, N = 2^17) is slow on purpose; on a busy 2-core CI host it has taken over 5 s.
  await expect(page.getByRole('status').filter({ hasText: messages.TeacherAuth.signedUpNext })).toBeVisible({
    timeout: 30_000,
  });
}

/**
 * Signs up a new teacher in this page's context, signs in (sign-up never does; the sign-in form comes with the email
 * filled in) and lands on their classes.
 */
export async function signUpTeacher(page: Page, locale: string, messages: Messages, email = uniqueEmail()) {
  // Each simulated teacher sits at their own computer, so the tests do not share one address's sign-up limit.
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${(counter % 250) + 1}` });
  await submitSignUp(page, locale, messages, email);
  await expect(page.getByLabel(messages.TeacherAuth.email)).toHaveValue(email);
  await page.getByLabel(messages.TeacherAuth.password).fill(TEACHER_PASSWORD);
  await page.getByRole('button', { name: messages.TeacherAuth.signIn }).click();
  await expect(page.getByRole('heading', { level: 1, name: messages.TeacherHome.title })).toBeVisible({
    timeout: 30_000,
  });
  return email;
}

/** Creates a class (students' language: the page's) and returns its page URL and join code. */
export async function createClass(page: Page, messages: Messages, name: string) {
  await page.getByLabel(messages.TeacherHome.name).fill(name);
  await page
    .getByLabel(messages.ClassSettings.defaultLocale)
    .selectOption((await page.locator('html').getAttribute('lang')) ?? 'en');
  await page.getByRole('button', { name: messages.TeacherHome.create }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const joinCode = (
    await page.getByRole('region', { name: messages.ClassPage.joinCodeTitle }).locator('p').first().innerText()
  ).trim();
  expect(joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  return { url: page.url(), joinCode, classId: page.url().split('/').pop()! };
}

/** Joins a class as a student in this page's context; returns the name shown and the personal resume code. */
export async function joinClass(page: Page, locale: string, messages: Messages, joinCode: string, name: string) {
  await page.goto(`/${locale}/join`);
  await page.getByLabel(messages.Join.code).fill(joinCode.toLowerCase());
  await page.getByLabel(messages.Join.name).fill(name);
  await page.getByRole('button', { name: messages.Join.submit }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: messages.Join.welcomeTitle.replace('{name}', name) }),
  ).toBeVisible();
  const code = page.getByRole('region', { name: messages.Join.resumeCodeTitle }).locator('p').first();
  const resumeCode = (await code.innerText()).trim();
  expect(resumeCode).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
  return { resumeCode };
}
