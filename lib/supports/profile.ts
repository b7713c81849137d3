import { z } from 'zod';
import { LETTER_SPACINGS, LINE_SPACINGS, TEXT_SIZES, type LetterSpacing } from '../reading-preferences';

// A student's support profile (issue 39): for each support, the PNP policy idea of QTI 3 / AfA PNP 3.0 (on at start,
// offered to the student, or off) and, where the support takes one, its value. How it maps to PNP: ./pnp.ts.

export const POLICIES = ['on', 'offered', 'off'] as const;
export const QUIZ_LANGUAGES = ['en', 'es', 'en-with-es'] as const;
export const FONT_FACES = ['default', 'readable'] as const;

/** Read-aloud's rate in percent of the voice's normal rate (the Web Speech API's `rate` times 100). */
export const READ_ALOUD_RATE = { min: 50, max: 200, step: 5 } as const;
export const EXTRA_ATTEMPTS = { min: 1, max: 3 } as const;
/** How many days later a student's due and close dates come with extended dates. */
export const EXTENDED_DAYS = { min: 1, max: 14, default: 2 } as const;

const PolicySchema = z.enum(POLICIES);
const policyOnly = z.strictObject({ policy: PolicySchema });

export const SupportProfileSchema = z.strictObject({
  readAloud: z.strictObject({
    policy: PolicySchema,
    ratePercent: z.int().min(READ_ALOUD_RATE.min).max(READ_ALOUD_RATE.max).multipleOf(READ_ALOUD_RATE.step),
  }),
  // Off: the quiz is in the page's language, as before profiles.
  quizLanguage: z.strictObject({ policy: PolicySchema, language: z.enum(QUIZ_LANGUAGES) }),
  // The glossary in both languages is always shown: no profile can offer it or turn it off.
  glossary: z.strictObject({ policy: z.literal('on') }),
  textSize: z.strictObject({ policy: PolicySchema, size: z.enum(TEXT_SIZES) }),
  lineSpacing: z.strictObject({ policy: PolicySchema, spacing: z.enum(LINE_SPACINGS) }),
  letterSpacing: z.strictObject({ policy: PolicySchema, spacing: z.enum(LETTER_SPACINGS) }),
  font: z.strictObject({ policy: PolicySchema, face: z.enum(FONT_FACES) }),
  lineFocus: policyOnly,
  answerMasking: policyOnly,
  optionElimination: policyOnly,
  extraAttempts: z.strictObject({
    policy: PolicySchema,
    count: z.int().min(EXTRA_ATTEMPTS.min).max(EXTRA_ATTEMPTS.max),
  }),
  extendedDates: z.strictObject({
    policy: PolicySchema,
    // A default for the profiles stored before extended dates took a number of days.
    days: z.int().min(EXTENDED_DAYS.min).max(EXTENDED_DAYS.max).default(EXTENDED_DAYS.default),
  }),
});

export type Policy = (typeof POLICIES)[number];
export type QuizLanguage = (typeof QUIZ_LANGUAGES)[number];
export type { LetterSpacing };
export type FontFace = (typeof FONT_FACES)[number];
export type SupportProfile = z.infer<typeof SupportProfileSchema>;
export type SupportId = keyof SupportProfile;

/**
 * What a student without a profile gets, which is what every student got before profiles: the tools the reading page
 * already has (read-aloud, text size, line spacing) offered, the glossary shown, everything else off.
 */
export const DEFAULT_SUPPORT_PROFILE: SupportProfile = {
  readAloud: { policy: 'offered', ratePercent: 100 },
  quizLanguage: { policy: 'off', language: 'en' },
  glossary: { policy: 'on' },
  textSize: { policy: 'offered', size: 'medium' },
  lineSpacing: { policy: 'offered', spacing: 'relaxed' },
  letterSpacing: { policy: 'off', spacing: 'normal' },
  font: { policy: 'off', face: 'default' },
  lineFocus: { policy: 'off' },
  answerMasking: { policy: 'off' },
  optionElimination: { policy: 'off' },
  extraAttempts: { policy: 'off', count: 1 },
  extendedDates: { policy: 'off', days: EXTENDED_DAYS.default },
};

export const SUPPORT_IDS = Object.keys(DEFAULT_SUPPORT_PROFILE) as SupportId[];

/** A teacher's edit: any support, any of its fields. */
export type SupportProfileEdit = { [K in SupportId]?: Partial<SupportProfile[K]> };

export type SupportProfileResult =
  { status: 'ok'; profile: SupportProfile } | { status: 'error'; issues: { path: string; message: string }[] };

/** Checks any value as a profile; the one gate every profile passes, whether edited, stored or imported. */
export function checkSupportProfile(value: unknown): SupportProfileResult {
  const parsed = SupportProfileSchema.safeParse(value);
  if (parsed.success) return { status: 'ok', profile: parsed.data };
  return {
    status: 'error',
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  };
}

/** The profile with a teacher's edit laid over it, checked whole: an edit never leaves a support half valid. */
export function mergeSupportProfile(profile: SupportProfile, edit: SupportProfileEdit): SupportProfileResult {
  const merged: Record<string, unknown> = { ...profile };
  for (const [id, fields] of Object.entries(edit)) {
    merged[id] = id in profile ? { ...profile[id as SupportId], ...fields } : fields;
  }
  return checkSupportProfile(merged);
}

/**
 * The supports in effect when a student answers, sorted, as later code will store them with the answer: those on
 * from the start, and those offered that the student turned on. A support the profile turns off stays off.
 */
export function supportsOnAtAnswer(profile: SupportProfile, turnedOn: readonly SupportId[] = []): SupportId[] {
  return SUPPORT_IDS.filter(
    (id) => profile[id].policy === 'on' || (profile[id].policy === 'offered' && turnedOn.includes(id)),
  ).sort();
}

/** The supports whose policy or setting differs from the default profile, in the profile's order. */
export function changedSupports(profile: SupportProfile): SupportId[] {
  return SUPPORT_IDS.filter((id) => {
    const [mine, usual] = [profile[id], DEFAULT_SUPPORT_PROFILE[id]] as Record<string, unknown>[];
    return Object.keys(usual!).some((field) => mine![field] !== usual![field]);
  });
}

/**
 * The retakes a student may take: the class's, and the profile's extra attempts where it turns them on or offers them
 * (attempts a student may use or leave alike). Negative: unlimited, which no profile narrows.
 */
export function retakesAllowed(classRetakes: number, profile: SupportProfile): number {
  if (classRetakes < 0 || profile.extraAttempts.policy === 'off') return classRetakes;
  return classRetakes + profile.extraAttempts.count;
}

/**
 * How many days later a student's own due and close dates come than the assignment's: the profile's extended dates,
 * on or offered alike (days a student may use or leave), else none.
 */
export function extendedDaysOf(profile: SupportProfile): number {
  return profile.extendedDates.policy === 'off' ? 0 : profile.extendedDates.days;
}

/** Supports no profile can turn off: true of every answer, so the teacher's views leave them unsaid. */
export const ALWAYS_ON_SUPPORTS: readonly SupportId[] = ['glossary'];

/** The supports recorded with an answer that say something about it, in the profile's order. */
export function notableSupports(recorded: readonly string[]): SupportId[] {
  return SUPPORT_IDS.filter((id) => recorded.includes(id) && !ALWAYS_ON_SUPPORTS.includes(id));
}
