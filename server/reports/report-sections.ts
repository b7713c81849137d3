import 'server-only';
import type { QuizItem } from '@/content/quiz-schema';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import type { ReportLanguage, ReportMixUp, ReportSkill, ReportStrength } from '@/lib/reports/report-shapes';
import { choiceMisconception } from '../teacher/answer-choices';
import type { ReportRows } from './report-rows';

// What a student did well and the mix-ups their wrong choices suggest, from the rows of their counted attempts.

/** Share of right answers from which a kind of question counts as a strength. */
const STRENGTH_SHARE = 0.75;
/** Mix-ups a report lists at most, the most frequent: with the rest of the report, one printed page. */
const MAX_MIX_UPS = 5;

const SKILL_OF: Record<QuizItem['type'], ReportSkill> = {
  single: 'understanding',
  multiple: 'understanding',
  truefalse: 'understanding',
  evidence: 'evidence',
  matching: 'voices',
  classification: 'kinds',
  written: 'writing',
};
const SKILLS: ReportSkill[] = ['understanding', 'evidence', 'voices', 'kinds', 'writing'];

function itemOf(lesson: LoadedLesson, itemId: string) {
  for (const quiz of lesson.quizzes) {
    const position = quiz.items.findIndex((item) => item.id === itemId);
    if (position >= 0) return { quiz, item: quiz.items[position]!, position: position + 1 };
  }
  return null;
}

/** Kinds of question with enough right answers, in a fixed order. */
export function findStrengths(rows: ReportRows, lesson: LoadedLesson): ReportStrength[] {
  const tally = new Map<ReportSkill, ReportStrength>();
  for (const answer of rows.graded) {
    const found = itemOf(lesson, answer.itemId);
    if (!found) continue;
    const skill = SKILL_OF[found.item.type];
    const entry = tally.get(skill) ?? { skill, right: 0, answered: 0 };
    entry.answered += 1;
    if (answer.correct) entry.right += 1;
    tally.set(skill, entry);
  }
  return SKILLS.flatMap((skill) => {
    const entry = tally.get(skill);
    return entry && entry.right > 0 && entry.right >= STRENGTH_SHARE * entry.answered ? [entry] : [];
  });
}

/** The misconceptions the student's wrong choices suggest (the item analysis's rule), the most frequent first. */
export function findMixUps(rows: ReportRows, lesson: LoadedLesson, language: ReportLanguage): ReportMixUp[] {
  const times = new Map<string, number>();
  for (const choice of rows.choices) {
    const found = itemOf(lesson, choice.itemId);
    const id = found && choiceMisconception(lesson, found.item, choice);
    if (id) times.set(id, (times.get(id) ?? 0) + 1);
  }
  return lesson.misconceptions
    .flatMap((entry) => {
      const count = times.get(entry.id);
      return count ? [{ id: entry.id, label: entry.label[language], times: count }] : [];
    })
    .sort((a, b) => b.times - a.times)
    .slice(0, MAX_MIX_UPS);
}
