import 'server-only';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { QuizIdSchema } from '@/content/quiz-schema';
import { getSavedAnswers, latestAttempt, retakesLeft, submittedAttempt } from './attempts';
import { getLesson } from '../lessons';
import { answerLabels } from './answer-labels';
import type { QuizResults, ResultItem, VoiceRow } from '@/lib/quiz/result-items';
import { describeCorrectAnswer, describeResponse, shownOptions } from './answer-words';
import { organizationName, paragraphNumber, personName } from './lesson-text';
import { ownWrittenAnswers } from './revisions';
import { writtenResult } from './written-result';
import { hasWrittenText } from '@/lib/grading/responses';
import { currentLearnerId } from '../auth/learner-session';
import { recordFeedbackSeen } from './teacher-feedback';
import { withSentenceReferences } from './rubric-text';
import { db } from '../db/client';

/**
 * The signed-in learner's latest submitted class attempt (or a given one of theirs, practice included), with every
 * item explained and every choice item's options in the order that attempt showed them. Opening them is what marks
 * the teacher's returned feedback on that attempt as seen.
 */
export async function loadQuizResults(
  slug: string,
  quizId: string,
  language: 'en' | 'es',
  attemptId?: string,
): Promise<QuizResults | null> {
  const lesson = getLesson(slug);
  const id = QuizIdSchema.safeParse(quizId);
  const learnerId = await currentLearnerId();
  if (!lesson || !id.success || !learnerId) return null;
  const attempt = await submittedAttempt(learnerId, slug, id.data, attemptId);
  if (!attempt) return null;
  const quiz = lesson.quizzes.find((candidate) => candidate.id === id.data)!;
  // The questions and answers in the language the student worked in, whatever the page's (a printed report too).
  const taken = await db().prisma.quizAttempt.findUnique({ where: { id: attempt.id }, select: { locale: true } });
  language = taken?.locale === 'en' || taken?.locale === 'es' ? taken.locale : language;
  // Submitting stored every answer's grade: the results show those, and an item left unanswered scores zero.
  const saved = new Map((await getSavedAnswers(learnerId, attempt.id, quiz)).map((answer) => [answer.itemId, answer]));
  const own = new Map((await ownWrittenAnswers(learnerId, attempt.id)).map((entry) => [entry.itemId, entry]));
  const place = { slug, quizId: id.data, attemptId: attempt.id };
  const labels = await answerLabels();
  const tQuiz = await getTranslations({ locale: language, namespace: 'Quiz' });
  const rubricText = (text: string) =>
    withSentenceReferences(lesson, text, language, (number) => tQuiz('paragraphTag', { number }));
  const items = quiz.items.map((item, index): ResultItem => {
    const answer = saved.get(item.id);
    const response = answer?.response ?? null;
    const grade = answer?.grade ?? { score: 0, correct: false };
    const options = shownOptions(item, response, attempt.optionSeed, language);
    // Submitting graded everything but written answers with words in them: those wait for the teacher's score.
    const pending = item.type === 'written' && !answer?.grade && hasWrittenText(response);
    const { written, hideKey } =
      item.type === 'written'
        ? writtenResult(lesson, item, response, answer?.grade, own.get(item.id), language, rubricText, place)
        : { written: undefined, hideKey: false };
    return {
      number: index + 1,
      prompt: item.prompt[language],
      yourAnswer: describeResponse(lesson, item, response, language, labels, attempt.optionSeed),
      rightAnswer: pending || hideKey ? [] : describeCorrectAnswer(lesson, item, language, labels, attempt.optionSeed),
      ...(options ? { options } : {}),
      ...(written ? { written } : {}),
      pending,
      explanation: pending || hideKey ? '' : item.explanation[language],
      paragraphId: item.paragraph,
      paragraphNumber: paragraphNumber(lesson, item.paragraph),
      score: grade.score,
      correct: grade.correct,
    };
  });
  const whoSaidWhat =
    id.data === 'attribution'
      ? lesson.article.paragraphs.flatMap((paragraph, index) =>
          paragraph.sentences
            .filter((sentence) => sentence.voice.kind !== 'reporter')
            .map((sentence): VoiceRow => ({
              paragraphNumber: index + 1,
              words: sentence.voice.text[language],
              kind: sentence.voice.kind as 'quote' | 'paraphrase',
              speaker: personName(lesson, sentence.voice.speaker) || null,
              organization: organizationName(lesson, sentence.voice.organization, language),
            })),
        )
      : null;
  // A router prefetch is not the student opening the page.
  if ((await headers()).get('next-router-prefetch') === null) await recordFeedbackSeen(learnerId, attempt.id);
  const latest = await latestAttempt(learnerId, slug, id.data);
  const canRetake = latest?.status === 'submitted' ? (await retakesLeft(learnerId, latest.number)) !== 0 : false;
  const pendingCount = items.filter((item) => item.pending).length;
  return {
    quizId: id.data,
    title: quiz.title[language],
    language,
    attempt,
    items,
    whoSaidWhat,
    canRetake,
    pendingCount,
  };
}
