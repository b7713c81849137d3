import type { LineSpacing, TextSize } from '../reading-preferences';
import type { PublicItem } from '../quiz/public-item';
import { keptChoices, offeredChoices, withChoices, type StudentChoice } from './choices';
import type { FontFace, LetterSpacing, SupportProfile } from './profile';

type Language = 'en' | 'es';

// What a student's profile changes on a quiz page (issue 39): the language the quiz opens in, each item's other
// language one click away, listen buttons on everything it says, and the option tools (masking, ruling out). Decided
// on the server, sent with the page.

export type QuizSupports = {
  /** Listen buttons on the prompt, each option and the feedback, at this rate (percent of normal); null: none. */
  readAloud: { ratePercent: number } | null;
  /** The language the profile opens the quiz in, when it is not the page's: the page goes there. */
  moveTo: Language | null;
  /** Each item in the other language, one click away; null: none. */
  translation: { language: Language; items: Record<string, PublicItem> } | null;
  /** Each option behind its own disclosure, closed at the start when masking is on; null: options shown. */
  masking: { startHidden: boolean } | null;
  /** A "Rule out" box beside each option. */
  elimination: boolean;
  /** The text settings the profile turns on from the start; one left out stays as the page has it. */
  appearance: Appearance;
  /** The reading ruler, following the pointer and the focused control. */
  lineFocus: boolean;
  /** The supports the student may turn on themselves, and those they have ("Your tools"). */
  choices: { offered: StudentChoice[]; chosen: StudentChoice[] };
};

export type Appearance = {
  textSize?: TextSize;
  lineSpacing?: LineSpacing;
  letterSpacing?: LetterSpacing;
  font?: FontFace;
};

/** What the student's own choices can change: everything but the quiz's language. */
export type QuizTools = Omit<QuizSupports, 'moveTo' | 'translation'>;

export const NO_QUIZ_SUPPORTS: QuizSupports = {
  readAloud: null,
  moveTo: null,
  translation: null,
  masking: null,
  elimination: false,
  appearance: {},
  lineFocus: false,
  choices: { offered: [], chosen: [] },
};

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

/**
 * The tools on a quiz's parts, under the profile with the student's own choices on (`chosen`, withChoices). Read-aloud
 * of every part when on (offered and not chosen leaves the quiz as before profiles: the written prompt's button
 * alone). Masking: options closed at the start when on, open but closable when offered. Ruling out: a tool the
 * student uses or not, so on and offered alike.
 */
export function quizTools(profile: SupportProfile, chosen: readonly string[] = []): QuizTools {
  const working = withChoices(profile, chosen);
  const masking = working.answerMasking.policy;
  const on = <T>(support: { policy: string }, value: T): T | undefined => (support.policy === 'on' ? value : undefined);
  const appearance: Appearance = {
    textSize: on(working.textSize, working.textSize.size),
    lineSpacing: on(working.lineSpacing, working.lineSpacing.spacing),
    letterSpacing: on(working.letterSpacing, working.letterSpacing.spacing),
    font: on(working.font, working.font.face),
  };
  return {
    readAloud: working.readAloud.policy === 'on' ? { ratePercent: working.readAloud.ratePercent } : null,
    masking: masking === 'off' ? null : { startHidden: masking === 'on' },
    elimination: working.optionElimination.policy !== 'off',
    // Left out rather than undefined: the state endpoint's JSON and the page's props then say the same.
    appearance: Object.fromEntries(Object.entries(appearance).filter(([, value]) => value !== undefined)),
    lineFocus: working.lineFocus.policy === 'on',
    choices: { offered: offeredChoices(profile), chosen: keptChoices(profile, chosen) },
  };
}

/** The same page in another language: `/en/lessons/…?q=2` becomes `/es/lessons/…?q=2`. */
export function inLanguage(location: { pathname: string; search: string }, language: Language): string {
  return `${location.pathname.replace(/^\/(en|es)(?=\/|$)/, `/${language}`)}${location.search}`;
}
