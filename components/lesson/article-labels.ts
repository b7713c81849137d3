import { getTranslations } from 'next-intl/server';
import type { ArticleLabels } from './ArticleParagraph';

/** The words around the article's text in the page's language: the reading page's and the guided reading page's. */
export async function articleLabels(): Promise<ArticleLabels> {
  const t = await getTranslations('LessonPage');
  // A definition in either column names the term in the other language, in the column's own language.
  const [tEn, tEs] = await Promise.all([
    getTranslations({ locale: 'en', namespace: 'LessonPage' }),
    getTranslations({ locale: 'es', namespace: 'LessonPage' }),
  ]);
  return {
    paragraphLink: (number: number) => t('paragraphLink', { number }),
    translatedQuote: t('translatedQuote'),
    noteMarker: t('noteMarker'),
    editorsNote: t('editorsNote'),
    otherLanguageTerm: { en: tEn('otherLanguageTerm'), es: tEs('otherLanguageTerm') },
    close: { en: tEn('closeDefinition'), es: tEs('closeDefinition') },
  };
}
