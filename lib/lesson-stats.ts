import type { Article } from '@/content/lesson-schema';
import {
  englishSyllables,
  fernandezHuerta,
  fleschKincaidGrade,
  readingMinutes,
  spanishSyllables,
  textStats,
} from './readability';

export type LessonReadability = {
  en: { words: number; minutes: number; grade: number };
  es: { words: number; minutes: number; ease: number };
};

/** Reading time and level of both versions, computed from the sentences themselves. */
export function lessonReadability(article: Article): LessonReadability {
  const sentences = article.paragraphs.flatMap((paragraph) => paragraph.sentences);
  const en = textStats(
    sentences.map((sentence) => sentence.en),
    englishSyllables,
  );
  const es = textStats(
    sentences.map((sentence) => sentence.es),
    spanishSyllables,
  );
  return {
    en: { words: en.words, minutes: readingMinutes(en.words), grade: Math.round(fleschKincaidGrade(en) * 10) / 10 },
    es: { words: es.words, minutes: readingMinutes(es.words), ease: Math.round(fernandezHuerta(es)) },
  };
}
