import { createHash } from 'node:crypto';
import en from '../../messages/en.json';
import es from '../../messages/es.json';

/** Both languages with their messages. */
export const LOCALES = [
  { locale: 'en', messages: en, lessonTitle: 'UN Slams US Policy of Separating Immigrant Children From Families' },
  {
    locale: 'es',
    messages: es,
    lessonTitle: 'La ONU arremete contra la política de EE. UU. de separar a niños inmigrantes de sus familias',
  },
] as const;

export type LocaleCase = (typeof LOCALES)[number];

/**
 * The languages a per-language group of tests runs in. `npm run test:full` (FUENTE_E2E_LOCALES=both) runs every group
 * in both. `npm test` runs each group once, in the language its name hashes to, so that about half the groups run in
 * English and half in Spanish and both languages are exercised every run; the choice is fixed, so a failure replays.
 */
export function localesFor(group: string): readonly LocaleCase[] {
  const chosen = process.env.FUENTE_E2E_LOCALES ?? 'alternate';
  if (chosen === 'both') return LOCALES;
  if (chosen === 'en' || chosen === 'es') return LOCALES.filter(({ locale }) => locale === chosen);
  const index = createHash('sha256').update(group).digest()[0]! % LOCALES.length;
  return [LOCALES[index]!];
}

export const LESSON_SLUG = 'zero-tolerance';

/**
 * Where signing in with a personal code lands: the lesson, greeting the student ("Welcome back, Carla"), rendered per
 * request with their state, which on a busy host takes longer than expect's default 5 s.
 */
export const resumedAddress = (locale: string) => new RegExp(`/${locale}/lessons/${LESSON_SLUG}\\?welcome=back$`);
