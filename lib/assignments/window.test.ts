import { describe, expect, it } from 'vitest';
import { assignmentNotice, assignmentState, isLate, takesWork, withExtendedDays, type AssignmentDates } from './window';

const at = (time: string) => new Date(`2026-12-10T${time}:00Z`);
const dates: AssignmentDates = { opensAt: at('09:00'), dueAt: at('12:00'), closesAt: at('15:00') };

describe('assignmentState', () => {
  it('is upcoming before the opening, up to the last millisecond', () => {
    expect(assignmentState(dates, null, at('08:00'))).toBe('upcoming');
    expect(assignmentState(dates, null, new Date(at('09:00').getTime() - 1))).toBe('upcoming');
  });

  it('is open from the opening to the due date, both included', () => {
    expect(assignmentState(dates, null, at('09:00'))).toBe('open');
    expect(assignmentState(dates, null, at('12:00'))).toBe('open');
  });

  it('is late after the due date, up to and including the close', () => {
    expect(assignmentState(dates, null, new Date(at('12:00').getTime() + 1))).toBe('late');
    expect(assignmentState(dates, null, at('15:00'))).toBe('late');
  });

  it('is closed after the close date', () => {
    expect(assignmentState(dates, null, new Date(at('15:00').getTime() + 1))).toBe('closed');
  });

  it('is late for ever when there is no close date', () => {
    expect(assignmentState({ ...dates, closesAt: null }, null, new Date('2030-01-01T00:00:00Z'))).toBe('late');
  });

  it('stays late until an extension running later than the close ends, and closes after it', () => {
    expect(assignmentState(dates, at('18:00'), at('17:00'))).toBe('late');
    expect(assignmentState(dates, at('18:00'), at('18:01'))).toBe('closed');
  });

  it('keeps the assignment open until its close when an extension ends earlier', () => {
    expect(assignmentState(dates, at('13:00'), at('14:00'))).toBe('late');
  });

  it('does not open an upcoming assignment early for an extended student', () => {
    expect(assignmentState(dates, at('18:00'), at('08:00'))).toBe('upcoming');
  });

  it('changes nothing for an assignment that never closes', () => {
    expect(assignmentState({ ...dates, closesAt: null }, at('13:00'), at('14:00'))).toBe('late');
  });
});

describe('assignmentState of a locked quiz', () => {
  it('is closed while open or late, whatever the dates', () => {
    expect(assignmentState(dates, null, at('10:00'), true)).toBe('closed');
    expect(assignmentState(dates, null, at('13:00'), true)).toBe('closed');
    expect(assignmentState({ ...dates, closesAt: null }, null, at('13:00'), true)).toBe('closed');
  });

  it('stays upcoming before the opening', () => {
    expect(assignmentState(dates, null, at('08:00'), true)).toBe('upcoming');
  });

  it('follows the dates for a student whose extension still runs, and closes when it ends', () => {
    expect(assignmentState(dates, at('18:00'), at('10:00'), true)).toBe('open');
    expect(assignmentState(dates, at('18:00'), at('13:00'), true)).toBe('late');
    expect(assignmentState(dates, at('11:00'), at('11:30'), true)).toBe('closed');
  });

  it('is what it was once unlocked (reopened)', () => {
    expect(assignmentState(dates, null, at('10:00'), false)).toBe('open');
  });
});

describe('takesWork', () => {
  it('is true while open or late, false while upcoming or closed', () => {
    expect(['upcoming', 'open', 'late', 'closed'].map((state) => takesWork(state as never))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('isLate', () => {
  it('is false at or before the due date and true a millisecond after', () => {
    expect(isLate(at('12:00'), at('11:59'))).toBe(false);
    expect(isLate(at('12:00'), at('12:00'))).toBe(false);
    expect(isLate(at('12:00'), new Date(at('12:00').getTime() + 1))).toBe(true);
  });

  it('is false without a due date or without a submission', () => {
    expect(isLate(null, at('13:00'))).toBe(false);
    expect(isLate(at('12:00'), null)).toBe(false);
  });
});

describe('assignmentNotice', () => {
  it("says the state and the student's own close", () => {
    expect(assignmentNotice({ ...dates, extendedUntil: at('18:00') }, at('16:00'))).toEqual({
      state: 'late',
      opensAt: '2026-12-10T09:00:00.000Z',
      dueAt: '2026-12-10T12:00:00.000Z',
      closesAt: '2026-12-10T18:00:00.000Z',
      locked: false,
      graded: true,
    });
    expect(assignmentNotice(null, at('16:00'))).toBeNull();
  });

  it("says a locked quiz is closed because it is locked, and an extended student's is not", () => {
    expect(assignmentNotice({ ...dates, extendedUntil: null, locked: true }, at('10:00'))).toMatchObject({
      state: 'closed',
      locked: true,
    });
    expect(assignmentNotice({ ...dates, extendedUntil: at('18:00'), locked: true }, at('10:00'))).toMatchObject({
      state: 'open',
      locked: false,
    });
  });
});

describe('withExtendedDays', () => {
  it('puts a student’s due and close dates back by their days, never the opening; none changes nothing', () => {
    const own = withExtendedDays(dates, 2);
    expect(own).toEqual({
      opensAt: at('09:00'),
      dueAt: new Date('2026-12-12T12:00:00Z'),
      closesAt: new Date('2026-12-12T15:00:00Z'),
    });
    expect(assignmentState(own, null, new Date('2026-12-11T16:00:00Z'))).toBe('open');
    expect(withExtendedDays({ ...dates, closesAt: null }, 1).closesAt).toBeNull();
    expect(withExtendedDays(dates, 0)).toBe(dates);
  });
});
