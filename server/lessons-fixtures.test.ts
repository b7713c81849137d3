import { describe, expect, it, vi } from 'vitest';
import { checkLesson } from '@/content/check-lesson';
import { FIXTURE_LESSONS_DIR, lessonFolders, readLessonFiles } from '@/content/lesson-files';
import { defaultLessonSlug, getLesson, lessonSlugs, listLessons } from './lessons';

// The same lesson list as server/lessons.test.ts, in a process started with FUENTE_FIXTURE_LESSONS=true, as the
// browser test of a second lesson starts its app (e2e/fixture-lesson.spec.ts).
vi.stubEnv('FUENTE_FIXTURE_LESSONS', 'true');

describe('the lesson list with the fixture lessons', () => {
  it('has the fixture lesson after the real ones, checked like them; the default lesson is still a real one', () => {
    expect(lessonSlugs()).toEqual(['zero-tolerance', 'fixture-two-voices']);
    expect(listLessons().map((lesson) => lesson.slug)).toEqual(['zero-tolerance', 'fixture-two-voices']);
    expect(defaultLessonSlug()).toBe('zero-tolerance');
    const fixture = getLesson('fixture-two-voices')!;
    expect(fixture.meta.title.en).toMatch(/^Test lesson/);
    // A written item, so that the teacher's scoring page has something to score.
    expect(fixture.quizzes.flatMap((quiz) => quiz.items).filter((item) => item.type === 'written')).toHaveLength(1);
  });

  it('passes the content check, and shares no item id with a real lesson', () => {
    const check = checkLesson(readLessonFiles(`${FIXTURE_LESSONS_DIR}/fixture-two-voices`));
    expect(check.ok ? [] : check.errors).toEqual([]);
    const itemIds = (slug: string) => getLesson(slug)!.quizzes.flatMap((quiz) => quiz.items.map((item) => item.id));
    const real = new Set(itemIds('zero-tolerance'));
    expect(itemIds('fixture-two-voices').filter((id) => real.has(id))).toEqual([]);
  });

  it('is not in the list a deployment reads', () => {
    expect([...lessonFolders({ fixtures: false }).keys()]).toEqual(['zero-tolerance']);
  });
});
