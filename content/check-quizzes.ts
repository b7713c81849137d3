import type { Article, Voices } from './lesson-schema';
import { checkWrittenItem } from './check-written';
import type { AnyQuiz, Misconception, QuizItem } from './quiz-schema';

/**
 * Whether `words` occur verbatim in `sentence`. Spanish closes a quotation before the sentence's final stop (“…detienen”.)
 * where English closes it after (“…detained.”); quoted words keep their stop, so the Spanish order counts as the same text.
 */
export function includesVerbatim(sentence: string, words: string): boolean {
  return sentence.includes(words) || sentence.replace(/”([.,;:])/g, '$1”').includes(words);
}

/** Cross-checks one quiz against the article, the voices and the misconception list. */
export function checkQuiz(quiz: AnyQuiz, article: Article, voices: Voices, misconceptions: Misconception[]): string[] {
  const errors: string[] = [];
  const sentences = new Map(
    article.paragraphs.flatMap((paragraph) => paragraph.sentences.map((sentence) => [sentence.id, sentence] as const)),
  );
  const paragraphs = new Set(article.paragraphs.map((paragraph) => paragraph.id));
  const tags = new Set(misconceptions.map((misconception) => misconception.id));
  const people = new Set(voices.people.map((person) => person.id));
  const organizations = new Set(voices.organizations.map((organization) => organization.id));
  const itemIds = new Set<string>();

  const quoteOk = (where: string, quote: { sentenceId: string; text: { en: string; es: string } }) => {
    const sentence = sentences.get(quote.sentenceId);
    if (!sentence) return errors.push(`${where} quotes sentence ${quote.sentenceId}, which does not exist`);
    for (const language of ['en', 'es'] as const) {
      if (!includesVerbatim(sentence[language], quote.text[language])) {
        errors.push(
          `${where} quotes “${quote.text[language]}” (${language}), which is not verbatim in sentence ${quote.sentenceId}`,
        );
      }
    }
  };
  const tagOk = (where: string, tag: string | undefined, required: boolean) => {
    if (tag === undefined) {
      if (required) errors.push(`${where} is a wrong answer without a misconception`);
    } else if (!tags.has(tag))
      errors.push(`${where} names misconception "${tag}", which is not in misconceptions.json`);
  };
  const uniqueIds = (where: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) errors.push(`${where} uses id ${id} twice`);
      seen.add(id);
    }
  };

  for (const item of quiz.items) {
    const where = `item ${item.id}`;
    if (itemIds.has(item.id)) errors.push(`item id ${item.id} is used twice`);
    itemIds.add(item.id);
    if (!paragraphs.has(item.paragraph))
      errors.push(`${where} cites paragraph ${item.paragraph}, which does not exist`);
    if (item.quote) quoteOk(where, item.quote);
    errors.push(...untranslatedClaims(item).map((claim) => `${where}: ${claim}`));
    errors.push(...checkItem(item, where, { quoteOk, tagOk, uniqueIds, sentences, paragraphs, people, organizations }));
  }
  return errors;
}

/** "Exact words" (or "verbatim") in Spanish, which would pass off our translation of a quotation as the speaker's own wording. */
const EXACT_WORDS_ES = /palabras (exactas|textuales)|al pie de la letra/i;

/**
 * Every quotation in the Spanish lesson is our translation. A Spanish prompt or explanation that calls quoted words
 * "palabras exactas" must say, in the same sentence, that they are translated.
 */
function untranslatedClaims(item: QuizItem): string[] {
  const texts = {
    prompt: item.prompt.es,
    explanation: item.explanation.es,
    ...(item.type === 'written'
      ? {
          'model answer': item.modelAnswer.es,
          rubric: item.rubric.map((level) => level.descriptor.es).join(' '),
        }
      : {}),
  };
  return Object.entries(texts).flatMap(([part, text]) =>
    text
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => EXACT_WORDS_ES.test(sentence) && !/traduc/i.test(sentence))
      .map(
        (sentence) =>
          `the Spanish ${part} calls a translated quotation the speaker's exact words; say it is a translation: “${sentence}”`,
      ),
  );
}

type Helpers = {
  quoteOk: (where: string, quote: { sentenceId: string; text: { en: string; es: string } }) => unknown;
  tagOk: (where: string, tag: string | undefined, required: boolean) => void;
  uniqueIds: (where: string, ids: string[]) => void;
  sentences: Map<string, unknown>;
  paragraphs: Set<string>;
  people: Set<string>;
  organizations: Set<string>;
};

function checkItem(
  item: QuizItem,
  where: string,
  { quoteOk, tagOk, uniqueIds, sentences, paragraphs, people, organizations }: Helpers,
): string[] {
  const errors: string[] = [];
  switch (item.type) {
    case 'single':
    case 'multiple': {
      uniqueIds(
        where,
        item.options.map((option) => option.id),
      );
      const right = item.options.filter((option) => option.correct).length;
      if (item.type === 'single' && right !== 1)
        errors.push(`${where} must have exactly one correct option, not ${right}`);
      if (item.type === 'multiple' && (right < 1 || right === item.options.length))
        errors.push(`${where} needs some correct and some wrong options`);
      for (const option of item.options) tagOk(`${where}, option ${option.id},`, option.misconception, !option.correct);
      break;
    }
    case 'truefalse':
      tagOk(where, item.misconception, true);
      break;
    case 'evidence':
      uniqueIds(
        where,
        item.choices.map((choice) => choice.sentenceId),
      );
      for (const choice of item.choices) {
        if (!sentences.has(choice.sentenceId))
          errors.push(`${where} offers sentence ${choice.sentenceId}, which does not exist`);
        tagOk(`${where}, choice ${choice.sentenceId},`, choice.misconception, !item.answer.includes(choice.sentenceId));
      }
      for (const id of item.answer) {
        if (!item.choices.some((choice) => choice.sentenceId === id))
          errors.push(`${where} has answer ${id}, which is not one of its choices`);
      }
      break;
    case 'matching':
      uniqueIds(
        where,
        item.rows.map((row) => row.id),
      );
      for (const row of item.rows) {
        const rowWhere = `${where}, row ${row.id},`;
        if (row.quote) quoteOk(rowWhere, row.quote);
        if (!row.quote && !row.person) errors.push(`${rowWhere} needs a quote or a person`);
        if (row.person && !row.paragraph) errors.push(`${rowWhere} names a person but no paragraph for its feedback`);
        if (row.paragraph && !paragraphs.has(row.paragraph))
          errors.push(`${rowWhere} cites paragraph ${row.paragraph}, which does not exist`);
        if (row.person && !people.has(row.person))
          errors.push(`${rowWhere} names person "${row.person}", who is not in voices.json`);
        for (const field of item.fields) {
          const answer = row.answer[field];
          const known = field === 'speaker' ? people : organizations;
          if (!answer) errors.push(`${rowWhere} has no ${field} answer`);
          else if (!known.has(answer))
            errors.push(`${rowWhere} answers ${field} "${answer}", which is not in voices.json`);
        }
      }
      break;
    case 'classification':
      uniqueIds(
        where,
        item.rows.map((row) => row.id),
      );
      for (const row of item.rows) quoteOk(`${where}, row ${row.id},`, row.quote);
      break;
    case 'written':
      uniqueIds(
        where,
        item.choices.map((choice) => choice.sentenceId),
      );
      uniqueIds(`${where}'s evidence`, item.evidence);
      errors.push(...checkWrittenItem(item, where, (id) => sentences.has(id)));
      break;
  }
  return errors;
}
