'use client';

import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { QuizId } from '@/content/quiz-schema';
import { lessonStatePath, type LessonLearnerState } from '@/lib/lesson-learner-state';
import styles from './LessonPage.module.css';

export type FeedbackLink = { slug: string; quizId: QuizId; attemptId: string; quiz: string; revise: boolean };

/**
 * "Feedback from your teacher": a link to each attempt's results that holds written scores the student has not seen,
 * or a written answer to revise ("Revise your answer: …", until it is sent). Nothing when there are none. Opening the results marks them seen (server/quiz/teacher-feedback.ts), so the links
 * are never prefetched.
 */
export function TeacherFeedbackNotice({ links }: { links: FeedbackLink[] }) {
  const t = useTranslations('TeacherFeedback');
  if (!links.length) return null;
  return (
    <section aria-labelledby="teacher-feedback-heading" className={styles.feedbackNotice}>
      <h2 id="teacher-feedback-heading" className={styles.feedbackHeading}>
        {t('heading')}
      </h2>
      <p>{t('body')}</p>
      <ul className={styles.feedbackLinks}>
        {links.map((link) => (
          <li key={link.attemptId}>
            <Link
              prefetch={false}
              href={{
                pathname: `/lessons/${link.slug}/quiz/${link.quizId}/results`,
                query: { attempt: link.attemptId },
              }}
            >
              {t(link.revise ? 'revise' : 'link', { quiz: link.quiz })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

type Lesson = { slug: string; quizTitles: Record<QuizId, string> };

/**
 * The notice on the home page, which is the same for everyone (prerendered): each lesson's learner state is asked for
 * once the page runs. A visitor, or a student with nothing new, sees nothing.
 */
export function HomeFeedbackNotice({ lessons }: { lessons: Lesson[] }) {
  const locale = useLocale();
  const [links, setLinks] = useState<FeedbackLink[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    void Promise.all(
      lessons.map(({ slug, quizTitles }) =>
        fetch(lessonStatePath(locale, slug), { cache: 'no-store', signal: controller.signal })
          .then((response) => (response.ok ? (response.json() as Promise<LessonLearnerState>) : null))
          .then((state) =>
            (state?.feedback ?? []).map((entry) => ({ slug, ...entry, quiz: quizTitles[entry.quizId] ?? '' })),
          )
          .catch(() => []),
      ),
    ).then((found) => {
      if (!controller.signal.aborted) setLinks(found.flat());
    });
    return () => controller.abort();
  }, [lessons, locale]);
  return <TeacherFeedbackNotice links={links} />;
}
