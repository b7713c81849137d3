import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { PostAction } from '@/lib/action-result';
import type { GuidedReadingView } from '@/lib/assignments/guided-view';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import type { ReadingView } from '@/lib/reading-view';
import { PaceFollower } from '@/components/pace/PaceFollower';
import { refusalMessage } from '@/lib/quiz/refusal-messages';
import type { QuizSupports } from '@/lib/supports/quiz-view';
import { SupportedArea } from '@/components/quiz/supports/SupportedArea';
import { CheckpointForm } from './CheckpointForm';
import { SectionedArticle } from './SectionedArticle';
import styles from './SectionedArticle.module.css';

type Props = {
  lesson: LoadedLesson & { guided: NonNullable<LoadedLesson['guided']> };
  locale: Locale;
  view: ReadingView;
  guided: GuidedReadingView;
  answer: PostAction;
  /** A refused answer, from the address after the form's redirect: its code and the question it was for. */
  refused: { code: string; itemId: string } | null;
  /** The student's profile on the page: text settings, line focus, and the checkpoints' option tools. */
  supports: QuizSupports;
};

/**
 * Guided reading at the student's own pace: the sections shown so far, each followed by its checkpoint questions; the
 * next section appears once they are answered. The quizzes are linked once the whole article is shown.
 */
export async function GuidedReader({ lesson, locale, view, guided, answer, refused, supports }: Props) {
  const t = await getTranslations('GuidedReading');
  const tLesson = await getTranslations('LessonPage');
  const tQuiz = await getTranslations('Quiz');
  const tPace = await getTranslations('Pace');
  const { sections } = lesson.guided;
  const refusal = (itemId: string) =>
    refused?.itemId === itemId ? tQuiz(`errors.${refusalMessage(refused.code)}`) : '';
  const viewHref = `/lessons/${lesson.slug}/guided${view === 'bilingual' ? '' : '?view=bilingual'}`;
  return (
    <SupportedArea supports={supports}>
      <p>
        <Link href="/">← {tLesson('backToLessons')}</Link>
      </p>
      <h1>{lesson.meta.title[locale]}</h1>
      <p className="lead">{guided.readOnly ? t('introAll') : guided.paced ? tPace('intro') : t('intro')}</p>
      <p>
        <Link href={viewHref}>{view === 'bilingual' ? tLesson('viewSingle') : tLesson('viewBilingual')}</Link>
      </p>
      <SectionedArticle
        article={lesson.article}
        glossary={lesson.glossary}
        sections={sections}
        revealed={guided.revealed}
        language={locale}
        view={view}
        paced={guided.paced}
        afterSection={(index) =>
          guided.readOnly || guided.checkpoints[index]!.length === 0 ? null : (
            <div className={styles.checkpoints} aria-label={t('checkpointsLabel', { number: index + 1 })} role="group">
              {guided.checkpoints[index]!.map((checkpoint) => (
                <CheckpointForm
                  key={checkpoint.item.id}
                  lessonSlug={lesson.slug}
                  attemptId={guided.attemptId}
                  optionSeed={guided.optionSeed}
                  checkpoint={checkpoint}
                  lessonHref=""
                  action={answer}
                  message={refusal(checkpoint.item.id)}
                />
              ))}
            </div>
          )
        }
      />
      {guided.paced && guided.revealed < sections.length && (
        <PaceFollower
          streamUrl={`/api/${locale}/lessons/${lesson.slug}/pace`}
          shownSections={guided.revealed}
          continueHref={`/${locale}/lessons/${lesson.slug}/guided${view === 'bilingual' ? '?view=bilingual' : ''}`}
          labels={{
            waiting: tPace('waiting'),
            fallback: tPace('fallback'),
            continue: tPace('continue'),
            opened: tPace.raw('opened') as string,
          }}
        />
      )}
      {guided.revealed === sections.length && (
        <nav aria-labelledby="guided-next" className={styles.next}>
          <h2 id="guided-next">{t('nextHeading')}</h2>
          <ul>
            {lesson.quizzes.map((quiz) => (
              <li key={quiz.id}>
                <Link href={`/lessons/${lesson.slug}/quiz/${quiz.id}`}>{quiz.title[locale]}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </SupportedArea>
  );
}
