import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { AnswerLabels } from './quizzes';

/** The answer words ("True", "Direct quotation"…) in the request's language. */
export async function answerLabels(): Promise<AnswerLabels> {
  const t = await getTranslations('Quiz');
  return { true: t('true'), false: t('false'), kinds: { quote: t('kinds.quote'), paraphrase: t('kinds.paraphrase'), reporter: t('kinds.reporter') } };
}
