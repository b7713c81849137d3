import type { Article } from './lesson-schema';
import type { EvidenceItem, AnyQuiz, QuizItem } from './quiz-schema';
import { contentWords, sharedWords, type Language } from './text-cues';

// Rules against test-wiseness: a quiz item must not give its key away to a student who never read the article.

const LANGUAGES: Language[] = ['en', 'es'];

/** The key is "clearly" the longest when it is this much longer than the longest wrong option. */
const LONGEST_MARGIN = 1.2;
/** A quiz may have the key clearly longest in at most this share of its choice items. */
const MAX_LONGEST_KEY_SHARE = 0.25;
/** A choice "contains the claim" when it has this many of the claim's content words (or all, if fewer). */
const CLAIM_WORDS = 2;

type ChoiceItem = Extract<QuizItem, { type: 'single' | 'multiple' }>;

/** What the student reads before the options: the prompt and the quoted passage, if any. */
function stem(item: QuizItem, language: Language): string {
  return [item.prompt[language], item.quote?.text[language] ?? ''].join(' ');
}

/** True when the longest option is a key and beats every wrong option by the margin. */
function keyIsClearlyLongest(item: ChoiceItem, language: Language): boolean {
  const longestKey = Math.max(
    ...item.options.filter((option) => option.correct).map((option) => option.text[language].length),
  );
  const longestWrong = Math.max(
    ...item.options.filter((option) => !option.correct).map((option) => option.text[language].length),
  );
  return longestKey >= longestWrong * LONGEST_MARGIN;
}

/** A key "clearly" echoes the stem when it shares this many more of its content words than any wrong option. */
const ECHO_LEAD = 2;

/**
 * True when a key echoes the stem and the wrong options do not: it is the only option sharing a content word with
 * the stem, or it shares at least ECHO_LEAD more of them than any wrong option.
 */
function keyEchoesStem(item: ChoiceItem, language: Language): boolean {
  const cue = contentWords(stem(item, language), language);
  const shared = (correct: boolean) =>
    Math.max(
      0,
      ...item.options
        .filter((option) => option.correct === correct)
        .map((option) => sharedWords(cue, option.text[language], language)),
    );
  const [key, wrong] = [shared(true), shared(false)];
  return key > 0 && (wrong === 0 || key >= wrong + ECHO_LEAD);
}

/** True when the key is the only choice that contains the claim's content words. */
function onlyKeyContainsClaim(
  item: EvidenceItem,
  sentences: ReadonlyMap<string, Record<Language, string>>,
  language: Language,
): boolean {
  const claim = contentWords(stem(item, language), language);
  const needed = Math.min(CLAIM_WORDS, claim.size);
  if (needed === 0) return false;
  const contains = (sentenceId: string) =>
    sharedWords(claim, sentences.get(sentenceId)?.[language] ?? '', language) >= needed;
  const keys = item.choices.filter((choice) => item.answer.includes(choice.sentenceId));
  const others = item.choices.filter((choice) => !item.answer.includes(choice.sentenceId));
  return keys.some((choice) => contains(choice.sentenceId)) && !others.some((choice) => contains(choice.sentenceId));
}

export type TestWisenessReport = {
  quizId: string;
  choiceItems: number;
  /** Items whose key is clearly the longest option, by language. */
  longestKey: Record<Language, string[]>;
  /** Items whose key alone (or clearly most) shares words with the prompt, by language. */
  stemEcho: Record<Language, string[]>;
  /** Evidence items whose key alone contains the claim, by language. */
  claimEcho: Record<Language, string[]>;
  /** How many single-choice keys sit at each place of the content's option list (1-based). */
  keyPlaces: Record<number, number>;
  trueFalse: { true: number; false: number };
};

/** Measures one quiz against the rules. */
export function measureTestWiseness(quiz: AnyQuiz, article: Article): TestWisenessReport {
  const sentences = new Map(
    article.paragraphs.flatMap((paragraph) => paragraph.sentences.map((sentence) => [sentence.id, sentence] as const)),
  );
  const choiceItems = quiz.items.filter(
    (item): item is ChoiceItem => item.type === 'single' || item.type === 'multiple',
  );
  const evidenceItems = quiz.items.filter((item): item is EvidenceItem => item.type === 'evidence');
  const byLanguage = (test: (language: Language) => string[]) => ({ en: test('en'), es: test('es') });
  const keyPlaces: Record<number, number> = {};
  for (const item of choiceItems) {
    if (item.type !== 'single') continue;
    const place = item.options.findIndex((option) => option.correct) + 1;
    keyPlaces[place] = (keyPlaces[place] ?? 0) + 1;
  }
  const trueFalse = { true: 0, false: 0 };
  for (const item of quiz.items) if (item.type === 'truefalse') trueFalse[item.answer ? 'true' : 'false'] += 1;
  return {
    quizId: quiz.id,
    choiceItems: choiceItems.length,
    longestKey: byLanguage((language) =>
      choiceItems.filter((item) => keyIsClearlyLongest(item, language)).map((item) => item.id),
    ),
    stemEcho: byLanguage((language) =>
      choiceItems.filter((item) => keyEchoesStem(item, language)).map((item) => item.id),
    ),
    claimEcho: byLanguage((language) =>
      evidenceItems.filter((item) => onlyKeyContainsClaim(item, sentences, language)).map((item) => item.id),
    ),
    keyPlaces,
    trueFalse,
  };
}

/** One message per broken rule, for the content check. */
export function checkTestWiseness(quiz: AnyQuiz, article: Article): string[] {
  const report = measureTestWiseness(quiz, article);
  const errors: string[] = [];
  for (const language of LANGUAGES) {
    const longest = report.longestKey[language];
    if (longest.length > report.choiceItems * MAX_LONGEST_KEY_SHARE) {
      errors.push(
        `the key is clearly the longest option (${LONGEST_MARGIN}× the longest wrong one) in ${longest.length} of ${report.choiceItems} choice items (${language}), ` +
          `more than a quarter: ${longest.join(', ')}`,
      );
    }
    for (const id of report.stemEcho[language]) {
      errors.push(
        `item ${id}: the key echoes the prompt: it is the only option sharing its words, or shares ${ECHO_LEAD}+ more than any wrong option (${language})`,
      );
    }
    for (const id of report.claimEcho[language])
      errors.push(`item ${id}: the key is the only choice that contains the claim's words (${language})`);
  }
  const singles = Object.values(report.keyPlaces).reduce((sum, count) => sum + count, 0);
  const [place, count] = Object.entries(report.keyPlaces).sort((a, b) => b[1] - a[1])[0] ?? ['0', 0];
  if (singles >= 4 && count > singles / 2) {
    errors.push(
      `the key is option ${place} in ${count} of ${singles} single-choice items: vary its place in the content`,
    );
  }
  const { true: yes, false: no } = report.trueFalse;
  if (yes + no > 0 && (yes === 0 || no === 0)) {
    errors.push(
      `all ${yes + no} true/false items are ${yes ? 'true' : 'false'}: a student who always answers ${yes ? 'true' : 'false'} gets them all`,
    );
  }
  return errors;
}
