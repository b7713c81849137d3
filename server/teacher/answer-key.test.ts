import { describe, expect, it, vi } from 'vitest';
import es from '@/messages/es.json';
import { getLesson } from '../lessons';
import { answerKey, misconceptionGuide } from './answer-key';

vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);

const lesson = getLesson('zero-tolerance')!;

describe('the teacher notes’ answer key', () => {
  it('gives every question of both quizzes its right answer and paragraph, in the page’s language', async () => {
    const quizzes = await answerKey(lesson, 'es');
    expect(quizzes.map((quiz) => quiz.items.length)).toEqual(lesson.quizzes.map((quiz) => quiz.items.length));
    for (const [index, quiz] of lesson.quizzes.entries()) {
      for (const [place, item] of quiz.items.entries()) {
        const entry = quizzes[index]!.items[place]!;
        expect(entry.prompt).toBe(item.prompt.es);
        expect(entry.paragraph).toBe(Number(item.paragraph.slice(1)));
        if (item.type === 'single' || item.type === 'multiple')
          expect(entry.answer.sort()).toEqual(
            item.options
              .filter((option) => option.correct)
              .map((option) => option.text.es)
              .sort(),
          );
        if (item.type === 'truefalse') expect(entry.answer).toEqual([item.answer ? es.Quiz.true : es.Quiz.false]);
        if (item.type === 'written') expect(entry.answer).toEqual([item.modelAnswer.es]);
      }
    }
  });

  it('names the misconceptions a question’s wrong choices point to, and the guide lists each where it shows up', () => {
    const guide = misconceptionGuide(lesson, 'en');
    const tagged = new Set(
      lesson.quizzes.flatMap((quiz) =>
        quiz.items.flatMap((item) =>
          item.type === 'single' || item.type === 'multiple'
            ? item.options.flatMap((option) => (option.misconception ? [option.misconception] : []))
            : item.type === 'truefalse'
              ? [item.misconception]
              : [],
        ),
      ),
    );
    for (const id of tagged) {
      const label = lesson.misconceptions.find((misconception) => misconception.id === id)!.label.en;
      expect(guide.find((entry) => entry.label === label)?.where.length, id).toBeGreaterThan(0);
    }
    // A mix-up of organizations has no option to tag: the rows whose answer is one of the two show it.
    const ohchrUnhcr = lesson.misconceptions.find((misconception) => misconception.id === 'confuses-ohchr-unhcr')!;
    const attribution = lesson.quizzes.find((quiz) => quiz.id === 'attribution')!;
    const people = attribution.items.findIndex((item) => item.id === 'a-people-organizations') + 1;
    expect(guide.find((entry) => entry.label === ohchrUnhcr.label.en)!.where).toContainEqual({
      quiz: attribution.title.en,
      numbers: expect.arrayContaining([people]),
    });
  });

  it('lists no misconception that no question can show', () => {
    expect(
      misconceptionGuide(lesson, 'en')
        .filter((entry) => entry.where.length === 0)
        .map((entry) => entry.label),
    ).toEqual([]);
  });
});
