import { getTranslations } from 'next-intl/server';
import type { StudentReport } from '@/lib/reports/report-shapes';
import styles from './Report.module.css';

type Props = {
  report: StudentReport;
  /** The student's copy (printed by the teacher), or the family's (opened with a family link). */
  audience: 'student' | 'family';
};

/**
 * A student's one-page report, in the report's own language whatever the page's: scores, returned written levels with
 * the teacher's comments, strengths, mix-ups and next steps. Only this student's work; no rank, no class figure.
 */
export async function StudentReportView({ report, audience }: Props) {
  const locale = report.language;
  const [t, dashboard] = await Promise.all([
    getTranslations({ locale, namespace: 'StudentReport' }),
    getTranslations({ locale, namespace: 'TeacherDashboard' }),
  ]);
  const name = report.displayName;
  const family = audience === 'family';
  return (
    <article lang={locale} className={styles.report} aria-labelledby="report-title">
      <header className={styles.head}>
        <h1 id="report-title">{t(family ? 'familyTitle' : 'title', { name })}</h1>
        <p className={styles.lesson}>{t('lesson', { lesson: report.lessonTitle })}</p>
        <p>{t(family ? 'familyIntro' : 'intro', { name })}</p>
      </header>
      <section aria-labelledby="report-scores">
        <h2 id="report-scores">{t('scoresTitle')}</h2>
        <ul className={styles.scores}>
          {report.quizzes.map((quiz) => (
            <li key={quiz.id}>
              <span>{quiz.title}</span>{' '}
              <strong>
                {quiz.status === 'submitted' && quiz.percent !== null
                  ? t('submitted', { percent: quiz.percent })
                  : t(quiz.status === 'in-progress' ? 'inProgress' : 'notStarted')}
              </strong>
              {quiz.late && <span className={styles.note}> ({t('late')})</span>}
            </li>
          ))}
        </ul>
        <p className={styles.note}>
          {t('countedRule', { rule: dashboard(`countedAttempt.${report.countedAttempt}`) })}
        </p>
      </section>
      <section aria-labelledby="report-written">
        <h2 id="report-written">{t(family ? 'familyWrittenTitle' : 'writtenTitle')}</h2>
        {report.written.length ? (
          <ul>
            {report.written.map((written) => (
              <li key={`${written.quizTitle}-${written.position}`}>
                {t('writtenLevel', {
                  quiz: written.quizTitle,
                  position: written.position,
                  level: written.level,
                  of: written.of,
                  label: written.label,
                })}
                {written.comment && (
                  <p className={styles.comment}>{t('writtenComment', { comment: written.comment })}</p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noWritten')}</p>
        )}
      </section>
      <div className={styles.columns}>
        <section aria-labelledby="report-strengths">
          <h2 id="report-strengths">{t(family ? 'familyStrengthsTitle' : 'strengthsTitle', { name })}</h2>
          {report.strengths.length ? (
            <ul>
              {report.strengths.map((strength) => (
                <li key={strength.skill}>
                  {t(`skills.${strength.skill}`, { right: strength.right, answered: strength.answered })}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('noStrengths')}</p>
          )}
        </section>
        <section aria-labelledby="report-mix-ups">
          <h2 id="report-mix-ups">{t(family ? 'familyMixUpsTitle' : 'mixUpsTitle', { name })}</h2>
          {report.mixUps.length ? (
            <ul>
              {report.mixUps.map((mixUp) => (
                <li key={mixUp.id}>{t('mixUp', { label: mixUp.label, times: mixUp.times })}</li>
              ))}
            </ul>
          ) : (
            <p>{t('noMixUps')}</p>
          )}
        </section>
      </div>
      <section aria-labelledby="report-next">
        <h2 id="report-next">{t(family ? 'familyNextStepsTitle' : 'nextStepsTitle')}</h2>
        <ul>
          {(report.nextSteps.length ? report.nextSteps : [t('generalNextStep')]).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
