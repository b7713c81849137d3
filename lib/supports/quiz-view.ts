import type { PublicItem } from '../quiz/public-item';
import type { SupportProfile } from './profile';

type Language = 'en' | 'es';

// What a student's profile changes on a quiz page (issue 39): the language the quiz opens in, each item's other
// language one click away, and listen buttons on everything it says. Decided on the server, sent with the page.

export type QuizSupports = {
  /** Listen buttons on the prompt, each option and the feedback, at this rate (percent of normal); null: none. */
  readAloud: { ratePercent: number } | null;
  /** The language the profile opens the quiz in, when it is not the page's: the page goes there. */
  moveTo: Language | null;
  /** Each item in the other language, one click away; null: none. */
  translation: { language: Language; items: Record<string, PublicItem> } | null;
};

export const NO_QUIZ_SUPPORTS: QuizSupports = { readAloud: null, moveTo: null, translation: null };

/**
 * The quiz's language by the profile. On: the language it names, with the other one a click away unless it is plain
 * English. Offered: the page's language, with the other a click away. Off: the page's language alone, as before
 * profiles.
 */
export function quizLanguagePlan(
  profile: SupportProfile,
  page: Language,
): { moveTo: Language | null; toggle: Language | null } {
  const { policy, language } = profile.quizLanguage;
  const other = (of: Language): Language => (of === 'en' ? 'es' : 'en');
  if (policy === 'off') return { moveTo: null, toggle: null };
  if (policy === 'offered') return { moveTo: null, toggle: other(page) };
  const target: Language = language === 'es' ? 'es' : 'en';
  return { moveTo: target === page ? null : target, toggle: language === 'en' ? null : other(target) };
}

/** Read-aloud of a quiz's every part is on when the profile turns it on from the start; offered leaves it as before. */
export function quizReadAloud(profile: SupportProfile): QuizSupports['readAloud'] {
  return profile.readAloud.policy === 'on' ? { ratePercent: profile.readAloud.ratePercent } : null;
}

/** The same page in another language: `/en/lessons/…?q=2` becomes `/es/lessons/…?q=2`. */
export function inLanguage(location: { pathname: string; search: string }, language: Language): string {
  return `${location.pathname.replace(/^\/(en|es)(?=\/|$)/, `/${language}`)}${location.search}`;
}
