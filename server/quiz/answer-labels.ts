import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { AnswerLabels } from './answer-words';

/** The answer words ("True", "Direct quotation"…) in the request's language, or in `locale` (route handlers). */
export async function answerLabels(locale?: 'en' | 'es'): Promise<AnswerLabels> {
  const t = locale ? await getTranslations({ locale, namespace: 'Quiz' }) : await getTranslations('Quiz');
  return {
    true: t('true'),
    false: t('false'),
    kinds: { quote: t('kinds.quote'), paraphrase: t('kinds.paraphrase'), reporter: t('kinds.reporter') },
  };
}
