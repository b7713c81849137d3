'use client';

import { useEffect, type ComponentProps, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { PostAction } from '@/lib/action-result';
import { LINE_HEIGHT, TEXT_SCALE } from '@/lib/reading-preferences';
import { NO_READING_SUPPORTS } from '@/lib/supports/appearance';
import { NO_QUIZ_SUPPORTS } from '@/lib/supports/quiz-view';
import { StudentBadge } from '@/components/join/StudentBadge';
import { SupportedArea } from '@/components/quiz/supports/SupportedArea';
import { FamiliarityForm } from './FamiliarityForm';
import { Fold } from './Fold';
import { TeacherFeedbackNotice } from './TeacherFeedbackNotice';
import type { QuizId } from '@/content/quiz-schema';
import type { LessonActions } from './lesson-actions';
import { useLessonLearnerState } from './LessonLearnerState';
import { ReadAloud } from './ReadAloud';
import { ReadingProgressTracker } from './ReadingProgressTracker';
import { ReadingSettings } from './ReadingSettings';
import styles from './LessonPage.module.css';

// The reading page's parts that show the learner's own state (LessonLearnerState.tsx). On a prerendered page that
// state arrives after the page started, perhaps after the learner began to answer: the forms stay mounted (their
// save's result stays on screen) and only their inputs take the saved values.

/** The whole page under the student's profile: its letter spacing and font, and the line focus. */
export function LessonSupports({ children }: { children: ReactNode }) {
  const { state } = useLessonLearnerState();
  // A state kept offline by an earlier version of the page has no supports.
  const { appearance, lineFocus } = state.supports ?? NO_READING_SUPPORTS;
  return <SupportedArea supports={{ ...NO_QUIZ_SUPPORTS, appearance, lineFocus }}>{children}</SupportedArea>;
}

/** Read-aloud of the article, starting at the rate of the student's profile. */
export function LessonReadAloud(props: Omit<ComponentProps<typeof ReadAloud>, 'ratePercent'>) {
  const { state } = useLessonLearnerState();
  return <ReadAloud {...props} ratePercent={(state.supports ?? NO_READING_SUPPORTS).readAloudRatePercent} />;
}

/**
 * The student's name and sign-out, or a guest's note with the way to join. While a prerendered page loads the
 * learner's state it keeps its room, and shows the guest's note only to a browser without JavaScript: proxy.ts
 * serves that copy to such a browser when it holds no learner session (lib/prerendered-page.ts).
 */
export function LessonStudentBadge({ signOut }: { signOut: PostAction }) {
  const { state, loading } = useLessonLearnerState();
  return (
    <div className={styles.learnerBar}>
      {loading ? (
        <noscript>
          <GuestNote />
        </noscript>
      ) : state.student ? (
        <StudentBadge {...state.student} signOut={signOut} />
      ) : (
        <GuestNote />
      )}
    </div>
  );
}

function GuestNote() {
  const t = useTranslations('Join');
  return (
    <p className={styles.guestNote}>
      {t('guestNote')} <Link href="/join">{t('title')}</Link>
    </p>
  );
}

type FoldProps = { id: string; summary: string; children: ReactNode };

/** "Before you read": what the fold holds, then the warm-up question; open on the page a save without JavaScript returns. */
export function LessonFamiliarity({
  lessonSlug,
  save,
  ...fold
}: FoldProps & { lessonSlug: string; save: LessonActions['saveFamiliarity'] }) {
  const { state } = useLessonLearnerState();
  return (
    <FamiliarityForm
      lessonSlug={lessonSlug}
      savedLevel={state.familiarity}
      save={save}
      frame={(form, answered) => (
        <Fold id={fold.id} summary={fold.summary} open={answered}>
          {fold.children}
          {form}
        </Fold>
      )}
    />
  );
}

/** The view, text size and line spacing, then read-aloud; open on the page a save without JavaScript returns. */
export function LessonReadingSettings({
  save,
  before,
  ...fold
}: FoldProps & { save: LessonActions['saveReadingPreference']; before: ReactNode }) {
  const { state, version } = useLessonLearnerState();
  const { textSize, lineSpacing } = state.reading.preference;
  useEffect(() => {
    // The article's style came with the page; a preference that arrived later is applied here.
    if (version === 0) return;
    const root = document.querySelector<HTMLElement>('[data-reading-root]');
    root?.style.setProperty('--reading-scale', String(TEXT_SCALE[textSize]));
    root?.style.setProperty('--reading-leading', String(LINE_HEIGHT[lineSpacing]));
  }, [version, textSize, lineSpacing]);
  return (
    <ReadingSettings
      preference={state.reading.preference}
      save={save}
      frame={(form, applied) => (
        <Fold id={fold.id} summary={fold.summary} open={applied}>
          {before}
          {form}
          {fold.children}
        </Fold>
      )}
    />
  );
}

export function LessonReadingProgress({ lessonSlug, total }: { lessonSlug: string; total: number }) {
  const { state, version } = useLessonLearnerState();
  // Nothing to keep here: the tracker starts again from the saved position.
  return (
    <ReadingProgressTracker
      key={version}
      lessonSlug={lessonSlug}
      total={total}
      initialFurthest={state.reading.furthestParagraph}
    />
  );
}

/** "Feedback from your teacher" when a quiz of this lesson has returned scores the student has not opened yet. */
export function LessonFeedbackNotice({ slug, quizTitles }: { slug: string; quizTitles: Record<QuizId, string> }) {
  const { state } = useLessonLearnerState();
  return (
    <TeacherFeedbackNotice
      links={state.feedback.map((entry) => ({ slug, ...entry, quiz: quizTitles[entry.quizId] }))}
    />
  );
}
