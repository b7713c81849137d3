import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Voices } from '../../content/lesson-schema';
import type { Quiz, QuizItem } from '../../content/quiz-schema';
import { sentences } from './lesson-content';

const dir = path.join(process.cwd(), 'content', 'lessons', 'zero-tolerance');
const read = <T>(file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T;

/** The quizzes with their keys: the tests answer them the way a student who read carefully would. */
export const quizzes = {
  comprehension: read<Quiz>('quizzes/comprehension.json'),
  attribution: read<Quiz>('quizzes/attribution.json'),
};
export const voices = read<Voices>('voices.json');

export type Language = 'en' | 'es';

export const sentenceText = (id: string, language: Language) =>
  sentences.find((sentence) => sentence.id === id)![language];
export const personName = (id: string) => voices.people.find((person) => person.id === id)!.name;
export const organizationLabel = (id: string, language: Language) =>
  voices.organizations.find((candidate) => candidate.id === id)!.label[language];

/**
 * Every explanation of a quiz in one language, with the written items' model answers and rubric descriptors: what
 * must not reach a student's browser before the teacher returns the scores.
 */
export const explanations = (quiz: Quiz, language: Language) =>
  quiz.items.flatMap((item: QuizItem) => [
    item.explanation[language],
    ...(item.type === 'written'
      ? [item.modelAnswer[language], ...item.rubric.map((level) => level.descriptor[language])]
      : []),
  ]);
