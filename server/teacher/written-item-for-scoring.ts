import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { WrittenItem } from '@/content/quiz-schema';
import type { ItemForScoring } from '@/lib/dashboard/written-scoring';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { sentenceQuote } from '../quiz/lesson-text';
import { withSentenceReferences } from '../quiz/rubric-text';

/** A written item as the scoring page shows it to its teacher: rubric, model answer and calibration set, in `locale`. */
export async function writtenItemForScoring(
  lesson: LoadedLesson,
  item: WrittenItem,
  number: number,
  locale: 'en' | 'es',
): Promise<ItemForScoring> {
  const t = await getTranslations({ locale, namespace: 'Quiz' });
  const written = (text: { en: string; es: string }) =>
    withSentenceReferences(lesson, text[locale], locale, (paragraph) => t('paragraphTag', { number: paragraph }));
  const sentence = (id: string) => sentenceQuote(lesson, id, locale).text;
  return {
    id: item.id,
    number,
    prompt: item.prompt[locale],
    rubric: item.rubric.map((level) => ({ label: level.label[locale], descriptor: written(level.descriptor) })),
    evidence: item.evidence.map(sentence),
    modelAnswer: item.modelAnswer[locale],
    calibration: item.calibration.map((sample) => ({
      level: sample.level,
      answer: sample.answer[locale],
      picks: sample.picks.map(sentence),
      why: written(sample.why),
    })),
  };
}
