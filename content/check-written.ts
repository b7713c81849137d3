import { MAX_EVIDENCE_PICKS, MAX_WRITTEN_CHARACTERS, MIN_EVIDENCE_PICKS, writtenLength } from './written-limits';
import { MIN_CALIBRATION_SAMPLES, SENTENCE_REFERENCE, type WrittenItem } from './quiz-schema';
import { likelyLanguage, type Language } from './text-cues';

// A written item is scored by teachers, so what it asks must be one thing everywhere: the picker says how many
// sentences to pick (MIN_EVIDENCE_PICKS to MAX_EVIDENCE_PICKS), so the prompt does not say it again, the rubric
// names sentences rather than paragraphs (a paragraph holds sentences that show nothing), and a calibration set of
// sample answers shows each level, its samples consistent with what the rubric says that a machine can check.

const LANGUAGES: Language[] = ['en', 'es'];

/** A prompt that tells the student how to pick sentences, which the picker already says. */
const PICKING: Record<Language, RegExp> = {
  en: /\b(pick|choose|select)\w*\b[^.?!]*\bsentences?\b/i,
  es: /\b(elig|escog|seleccion)\w*\b[^.?!]*\boraci[oó]n/i,
};
/** A whole paragraph named in a rubric ("paragraph 2", "párrafos 3 y 4"). */
const PARAGRAPH_NAMED: Record<Language, RegExp> = { en: /\bparagraphs?\s+\d/i, es: /\bp[aá]rrafos?\s+\d/i };

/** The sentence ids a text names as {p2s1}. */
export function namedSentences(text: string): string[] {
  return [...text.matchAll(SENTENCE_REFERENCE)].map((match) => match[1]!);
}

/** How many sentences a text has, as a reader counts them. */
function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?])["”»]?\s+/).filter((sentence) => /\p{L}/u.test(sentence)).length;
}

export function checkWrittenItem(item: WrittenItem, where: string, sentenceExists: (id: string) => boolean): string[] {
  const errors: string[] = [];
  const offered = new Set(item.choices.map((choice) => choice.sentenceId));
  for (const id of offered)
    if (!sentenceExists(id)) errors.push(`${where} offers sentence ${id}, which does not exist`);
  for (const id of item.evidence)
    if (!offered.has(id)) errors.push(`${where} names evidence ${id}, which is not one of its choices`);

  for (const language of LANGUAGES) {
    if (PICKING[language].test(item.prompt[language]))
      errors.push(
        `${where}'s prompt (${language}) says how to pick sentences; the picker says it (${MIN_EVIDENCE_PICKS} to ${MAX_EVIDENCE_PICKS}): say it in one place`,
      );
    const length = writtenLength(item.modelAnswer[language]);
    if (length > MAX_WRITTEN_CHARACTERS)
      errors.push(
        `${where}'s model answer (${language}) has ${length} characters; a student may write ${MAX_WRITTEN_CHARACTERS}`,
      );
    for (const part of ['label', 'descriptor'] as const) {
      const texts = item.rubric.map((level) => level[part][language].trim().toLowerCase());
      if (new Set(texts).size !== texts.length)
        errors.push(`${where}'s rubric repeats a level ${part} (${language}): each level must say what sets it apart`);
    }
    item.rubric.forEach((level, index) => {
      if (PARAGRAPH_NAMED[language].test(level.descriptor[language]))
        errors.push(
          `${where}'s rubric level ${index + 1} (${language}) names a paragraph; name the sentences, as {p2s1}`,
        );
    });
  }
  for (const [index, level] of item.rubric.entries()) {
    const [en, es] = [namedSentences(level.descriptor.en), namedSentences(level.descriptor.es)];
    if ([...en].sort().join() !== [...es].sort().join())
      errors.push(`${where}'s rubric level ${index + 1} names other sentences in English than in Spanish`);
    for (const id of en)
      if (!offered.has(id))
        errors.push(`${where}'s rubric level ${index + 1} names ${id}, which the picker does not offer`);
  }
  const top = item.rubric.length;
  const topSentences = new Set(namedSentences(item.rubric[top - 1]!.descriptor.en));
  if (MIN_EVIDENCE_PICKS > 0 && topSentences.size === 0)
    errors.push(
      `${where}'s top rubric level names no sentence, but an answer must pick at least ${MIN_EVIDENCE_PICKS}`,
    );
  errors.push(...checkCalibration(item, where, { offered, top, topSentences }));
  return errors;
}

/** The calibration set: enough samples, every level shown, each sample consistent with its level. */
function checkCalibration(
  item: WrittenItem,
  where: string,
  { offered, top, topSentences }: { offered: ReadonlySet<string>; top: number; topSentences: ReadonlySet<string> },
): string[] {
  const errors: string[] = [];
  const samples = item.calibration;
  if (samples.length < MIN_CALIBRATION_SAMPLES)
    errors.push(`${where} has ${samples.length} calibration samples; it needs at least ${MIN_CALIBRATION_SAMPLES}`);
  for (let level = 1; level <= top; level += 1)
    if (!samples.some((sample) => sample.level === level))
      errors.push(`${where}'s calibration set has no sample at level ${level}`);
  samples.forEach((sample, index) => {
    const at = `${where}'s calibration sample ${index + 1} (level ${sample.level})`;
    if (sample.level > top) errors.push(`${at} is above the rubric's top level, ${top}`);
    for (const id of sample.picks)
      if (!offered.has(id)) errors.push(`${at} picks ${id}, which the picker does not offer`);
    for (const id of [...namedSentences(sample.why.en), ...namedSentences(sample.why.es)])
      if (!offered.has(id)) errors.push(`${at} names ${id}, which the picker does not offer`);
    if (sample.level === top) {
      if (sample.picks.length < MIN_EVIDENCE_PICKS)
        errors.push(`${at} picks ${sample.picks.length} sentences; the top level needs at least ${MIN_EVIDENCE_PICKS}`);
      if (!sample.picks.some((id) => topSentences.has(id)))
        errors.push(`${at} picks none of the sentences the top level names`);
    }
    for (const language of LANGUAGES) {
      const answer = sample.answer[language];
      if (writtenLength(answer) > MAX_WRITTEN_CHARACTERS)
        errors.push(`${at}'s answer (${language}) is longer than a student may write`);
      if (sample.level === top && sentenceCount(answer) > 3)
        errors.push(`${at}'s answer (${language}) has ${sentenceCount(answer)} sentences; a full answer has 1 to 3`);
      if (answer.trim() && likelyLanguage(answer) !== language)
        errors.push(`${at}'s answer (${language}) does not read as ${language === 'en' ? 'English' : 'Spanish'}`);
      if (likelyLanguage(sample.why[language]) !== language)
        errors.push(`${at}'s reason (${language}) does not read as ${language === 'en' ? 'English' : 'Spanish'}`);
    }
  });
  return errors;
}
