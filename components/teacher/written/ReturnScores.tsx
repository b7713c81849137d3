import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import type { FormAction } from '@/lib/action-result';
import type { ScoringPlace, WrittenTally } from '@/lib/dashboard/written-scoring';
import styles from './WrittenScoring.module.css';

type Props = { place: ScoringPlace; work: WrittenTally; returnScores: FormAction };

/** Returns the quiz's scored answers to the students: how many wait for it, and the button. */
export async function ReturnScores({ place, work, returnScores }: Props) {
  const t = await getTranslations('WrittenScoring');
  return (
    <section aria-labelledby="return-scores" className={styles.returnBox}>
      <h2 id="return-scores">{t('returnHeading')}</h2>
      <p>{t('returnHelp')}</p>
      <p>
        {work.toReturn
          ? t('toReturn', { count: work.toReturn })
          : work.returned
            ? t('allReturned')
            : t('nothingToReturn')}
      </p>
      <ActionForm action={returnScores} submitLabel={t('returnButton')}>
        <input type="hidden" name="classId" value={place.classId} />
        <input type="hidden" name="lessonSlug" value={place.lessonSlug} />
        <input type="hidden" name="quizId" value={place.quizId} />
      </ActionForm>
    </section>
  );
}
