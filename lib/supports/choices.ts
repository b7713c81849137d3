import type { SupportId, SupportProfile } from './profile';

// The student's own choices among the supports their profile offers (issue 39, docs/supports.md). Kept free of zod,
// as lib/supports/quiz-view.ts is: the quiz's and the reading page's browser code reads these rules.

/**
 * The offered supports a student may turn on themselves ("Your tools" on the quiz): each one's setting is the
 * profile's. The others are tools in use from the start (ruling out, the other language's disclosure), the reading
 * page's own settings (text size, line spacing), or the teacher's to grant (extra attempts, extended dates).
 */
export const STUDENT_CHOICES = ['readAloud', 'letterSpacing', 'font', 'lineFocus', 'answerMasking'] as const;
export type StudentChoice = (typeof STUDENT_CHOICES)[number];

/** The choices the profile offers a student now, in order. */
export function offeredChoices(profile: SupportProfile): StudentChoice[] {
  return STUDENT_CHOICES.filter((id) => profile[id].policy === 'offered');
}

/** The choices kept of what a student asked for: those the profile offers, in order. */
export function keptChoices(profile: SupportProfile, chosen: readonly string[]): StudentChoice[] {
  return offeredChoices(profile).filter((id) => chosen.includes(id));
}

/** The profile as the student works under it: each offered support they turned on is on. */
export function withChoices(profile: SupportProfile, chosen: readonly string[]): SupportProfile {
  const result = { ...profile } as Record<SupportId, SupportProfile[SupportId]>;
  for (const id of keptChoices(profile, chosen)) result[id] = { ...profile[id], policy: 'on' };
  return result as SupportProfile;
}
