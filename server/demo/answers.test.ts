import { describe, expect, it } from 'vitest';
import { isAutoGraded } from '@/content/quiz-schema';
import { gradeItem } from '@/lib/grading/grade-item';
import { parseResponse } from '@/lib/grading/responses';
import { seededRandom } from '@/lib/seeded-random';
import { getLesson } from '../lessons';
import { simulatedResponse } from './answers';

const lesson = getLesson('zero-tolerance')!;
const itemOf = (itemId: string) => lesson.quizzes.flatMap((quiz) => quiz.items).find((item) => item.id === itemId)!;

describe('simulated demo answers', () => {
  const items = lesson.quizzes.flatMap((quiz) => quiz.items).filter(isAutoGraded);
  const writtenItems = lesson.quizzes.flatMap((quiz) => quiz.items).filter((item) => !isAutoGraded(item));

  const voices = {
    people: new Set(lesson.voices.people.map((person) => person.id)),
    organizations: new Set(lesson.voices.organizations.map((organization) => organization.id)),
  };

  it('are all right for a perfect student, and answers the app accepts but grades wrong for the weakest', () => {
    const random = seededRandom(1);
    for (const item of items)
      expect(gradeItem(item, simulatedResponse(item, 1, random))).toMatchObject({ score: 1, correct: true });
    const weak = items.map((item) => simulatedResponse(item, 0, random));
    expect(items.filter((item, index) => !parseResponse(item, weak[index], voices).ok)).toEqual([]);
    expect(items.filter((item, index) => gradeItem(item, weak[index]!).correct)).toEqual([]);
  });

  it('write answers the app accepts, in either language, for the written items', () => {
    const random = seededRandom(2);
    expect(writtenItems.length).toBeGreaterThan(0);
    for (const item of writtenItems) {
      for (const skill of [0, 1]) {
        const response = simulatedResponse(item, skill, random);
        expect(parseResponse(item, response, voices)).toEqual({ ok: true, response });
        expect((response as { text: string }).text.length).toBeGreaterThan(20);
      }
    }
  });

  it('make the usual mix-ups when wrong: the two U.N. spokespeople, their agencies, quotation and paraphrase', () => {
    const people = itemOf('a-people-organizations');
    expect(simulatedResponse(people, 0, seededRandom(3))).toEqual({
      rows: {
        shamdasani: { organization: 'unhcr' },
        spindler: { organization: 'ohchr' },
        sessions: { organization: 'ohchr' },
      },
    });
    const classify = itemOf('a-classify-voices-1');
    expect(simulatedResponse(classify, 0, seededRandom(3))).toEqual({
      rows: {
        'criminal-offense': 'paraphrase',
        'never-detained': 'quote',
        convention: 'paraphrase',
        'last-resort': 'quote',
        prosecution: 'paraphrase',
      },
    });
  });
});
