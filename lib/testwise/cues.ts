import type { Article } from '@/content/lesson-schema';
import type { AnyQuiz, QuizItem } from '@/content/quiz-schema';
import { contentWords, sharedWords, type Language } from '@/content/text-cues';

// What the robot's strategies read instead of understanding the article: its words (not its meaning), the other
// items of the same quiz, and words that make a claim sound too strong to be true.

/** Words that make a statement sweeping; a test-wise student bets against them. */
const ABSOLUTES: Record<Language, RegExp> = {
  en: /\b(never|always|only|all|every|everyone|everybody|nobody|none|no one|any|automatically|entirely|completely)\b/i,
  es: /(?<![\p{L}])(nunca|siempre|solo|sólo|únicamente|todos|todas|todo|toda|nadie|ninguno|ninguna|ningún|cualquier|automáticamente|completamente)(?![\p{L}])/iu,
};

export function soundsAbsolute(text: string, language: Language): boolean {
  return ABSOLUTES[language].test(text);
}

/** Everything an item shows besides its answer choices' ids: prompt, quoted passage, options, rows' people and quotes. */
export function visibleTexts(item: QuizItem, language: Language): string[] {
  const texts = [item.prompt[language], item.quote?.text[language] ?? ''];
  if (item.type === 'single' || item.type === 'multiple')
    texts.push(...item.options.map((option) => option.text[language]));
  if (item.type === 'matching') texts.push(...item.rows.map((row) => row.quote?.text[language] ?? ''));
  if (item.type === 'classification') texts.push(...item.rows.map((row) => row.quote.text[language]));
  return texts.filter(Boolean);
}

export type QuizCues = {
  language: Language;
  /** The article's content words, in the quiz's language. */
  articleWords: ReadonlySet<string>;
  /** What the quiz's other items show (the texts a student has in front of them while taking this one). */
  otherTexts: (itemId: string) => string[];
  /** The content words of those texts. */
  otherWords: (itemId: string) => ReadonlySet<string>;
};

export function quizCues(quiz: AnyQuiz, article: Article, language: Language): QuizCues {
  const articleText = article.paragraphs
    .flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence[language]))
    .join(' ');
  const texts = new Map(quiz.items.map((item) => [item.id, visibleTexts(item, language)]));
  const otherTexts = (itemId: string) => [...texts].flatMap(([id, shown]) => (id === itemId ? [] : shown));
  const words = new Map<string, ReadonlySet<string>>();
  return {
    language,
    articleWords: contentWords(articleText, language),
    otherTexts,
    otherWords: (itemId) => {
      if (!words.has(itemId)) words.set(itemId, contentWords(otherTexts(itemId).join(' '), language));
      return words.get(itemId)!;
    },
  };
}

/** The share (0 to 1) of a text's content words that `known` holds; 0 for a text with none. */
export function shareKnown(known: ReadonlySet<string>, text: string, language: Language): number {
  const size = contentWords(text, language).size;
  return size === 0 ? 0 : sharedWords(known, text, language) / size;
}
