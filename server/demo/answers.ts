import type { QuizItem } from '@/content/quiz-schema';
import type { ItemResponse } from '@/lib/grading/responses';

// The confusions a real class makes most: the two U.N. spokespeople and their two agencies, and quotation vs.
// paraphrase. Wrong answers follow them more often than chance, so the dashboard has something to show.
const SWAPPED_PERSON: Record<string, string> = {
  'ravina-shamdasani': 'william-spindler',
  'william-spindler': 'ravina-shamdasani',
  'jeff-sessions': 'ravina-shamdasani',
};
const SWAPPED_ORGANIZATION: Record<string, string> = { ohchr: 'unhcr', unhcr: 'ohchr', 'us-doj': 'ohchr' };
const SWAPPED_KIND = { quote: 'paraphrase', paraphrase: 'quote', reporter: 'paraphrase' } as const;

/**
 * A plausible answer from a student who gets a given share of things right (`skill`, 0-1). Wrong answers favour
 * options that carry a misconception, and the usual mix-ups.
 */
export function simulatedResponse(item: QuizItem, skill: number, random: () => number): ItemResponse {
  const right = () => random() < skill;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  switch (item.type) {
    case 'single': {
      const wrong = item.options.filter((option) => !option.correct);
      const tagged = wrong.filter((option) => option.misconception);
      if (right()) return { optionId: item.options.find((option) => option.correct)!.id };
      return { optionId: pick(tagged.length && random() < 0.75 ? tagged : wrong).id };
    }
    case 'multiple': {
      const chosen = item.options.filter((option) =>
        option.correct ? right() || random() < 0.3 : !right() && random() < 0.5,
      );
      return { optionIds: (chosen.length ? chosen : [pick(item.options)]).map((option) => option.id) };
    }
    case 'truefalse':
      return { value: right() ? item.answer : !item.answer };
    case 'evidence': {
      if (right()) return { sentenceId: item.answer[0]! };
      const wrong = item.choices.filter((choice) => !item.answer.includes(choice.sentenceId));
      const tagged = wrong.filter((choice) => choice.misconception);
      return { sentenceId: pick(tagged.length && random() < 0.75 ? tagged : wrong).sentenceId };
    }
    case 'matching':
      return {
        rows: Object.fromEntries(
          item.rows.map((row) => {
            const answer: { speaker?: string; organization?: string } = {};
            if (row.answer.speaker)
              answer.speaker = right()
                ? row.answer.speaker
                : (SWAPPED_PERSON[row.answer.speaker] ?? row.answer.speaker);
            if (row.answer.organization) {
              answer.organization = right()
                ? row.answer.organization
                : (SWAPPED_ORGANIZATION[row.answer.organization] ?? row.answer.organization);
            }
            return [row.id, answer];
          }),
        ),
      };
    case 'classification':
      return {
        rows: Object.fromEntries(item.rows.map((row) => [row.id, right() ? row.answer : SWAPPED_KIND[row.answer]])),
      };
    case 'written': {
      // A full answer with its evidence, or its first sentence alone with one sentence picked at random.
      const language = random() < 0.25 ? 'es' : 'en';
      if (right()) return { text: item.modelAnswer[language], evidence: item.evidence, language };
      // A sentence ends at a stop after a lower-case letter, so "U.N." does not end one.
      const firstSentence = item.modelAnswer[language].split(/(?<=[a-záéíóúñ)][.!?])\s/)[0]!;
      return { text: firstSentence, evidence: [pick(item.choices).sentenceId], language };
    }
  }
}
