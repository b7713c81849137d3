import { describe, expect, it } from 'vitest';
import { AssignmentFormSchema, practiceQuizIds, readAssignmentDates } from './assignment-form';

describe('readAssignmentDates', () => {
  it("reads the dates in the teacher's zone", () => {
    expect(
      readAssignmentDates(
        { opensAt: '2026-12-10T08:00', dueAt: '2026-12-11T08:00', closesAt: '2026-12-12T08:00' },
        'America/Chicago',
      ),
    ).toEqual({
      ok: true,
      dates: {
        opensAt: new Date('2026-12-10T14:00:00Z'),
        dueAt: new Date('2026-12-11T14:00:00Z'),
        closesAt: new Date('2026-12-12T14:00:00Z'),
      },
    });
  });

  it('takes no close date, and a due date equal to the opening and a close equal to the due date', () => {
    const result = readAssignmentDates({ opensAt: '2026-12-10T08:00', dueAt: '2026-12-10T08:00' }, 'UTC');
    expect(result).toMatchObject({ ok: true, dates: { closesAt: null } });
    const same = { opensAt: '2026-12-10T08:00', dueAt: '2026-12-10T08:00', closesAt: '2026-12-10T08:00' };
    expect(readAssignmentDates(same, 'UTC').ok).toBe(true);
  });

  it('names the field that is out of order or not a date', () => {
    expect(readAssignmentDates({ opensAt: '2026-12-10T08:00', dueAt: '2026-12-10T07:59' }, 'UTC')).toEqual({
      ok: false,
      problems: { dueAt: 'dueBeforeOpens' },
    });
    expect(
      readAssignmentDates(
        { opensAt: '2026-12-10T08:00', dueAt: '2026-12-11T08:00', closesAt: '2026-12-11T07:00' },
        'UTC',
      ),
    ).toEqual({ ok: false, problems: { closesAt: 'closeBeforeDue' } });
    expect(readAssignmentDates({ opensAt: 'soon', dueAt: '2026-12-11T08:00', closesAt: 'x' }, 'UTC')).toEqual({
      ok: false,
      problems: { opensAt: 'date', closesAt: 'date' },
    });
  });
});

describe('the quizzes that count', () => {
  const form = { classId: 'c', lessonSlug: 'l', opensAt: 'x', dueAt: 'y' };
  const counted = (ids: string[]) => AssignmentFormSchema.safeParse({ ...form, counted: ids }).success;

  it("takes one or both of the lesson's quizzes, and nothing else", () => {
    expect(counted(['comprehension'])).toBe(true);
    expect(counted(['comprehension', 'attribution'])).toBe(true);
    expect(counted([])).toBe(false);
    expect(counted(['checkpoints'])).toBe(false);
    expect(counted(['comprehension', 'other'])).toBe(false);
  });

  it('stores the quizzes left unticked as practice', () => {
    expect(practiceQuizIds(['comprehension', 'attribution'], ['attribution'])).toEqual(['comprehension']);
    expect(practiceQuizIds(['comprehension', 'attribution'], ['attribution', 'comprehension'])).toEqual([]);
  });
});
