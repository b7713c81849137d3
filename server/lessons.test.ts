import { describe, expect, it } from 'vitest';
import { defaultLessonSlug, getLesson, lessonSlugs, listLessons } from './lessons';

describe('the lesson list', () => {
  it('has every lesson folder with its metadata and reading level, read and checked once per process', () => {
    expect(lessonSlugs()).toEqual(['zero-tolerance']);
    const [lesson, ...others] = listLessons();
    expect(others).toEqual([]);
    expect(lesson).toMatchObject({
      slug: 'zero-tolerance',
      title: {
        en: expect.stringContaining('Separating Immigrant Children'),
        es: expect.stringContaining('separar a niños'),
      },
    });
    const loaded = getLesson('zero-tolerance')!;
    expect(lesson!.readability).toBe(loaded.readability);
    expect(getLesson('zero-tolerance')).toBe(loaded);
  });

  it('picks the first lesson folder when no address names one', () => {
    expect(defaultLessonSlug()).toBe('zero-tolerance');
  });

  it('has no lesson for an unknown slug, nor for a path that leads out of the lessons folder', () => {
    expect(getLesson('no-such-lesson')).toBeNull();
    expect(getLesson('../content')).toBeNull();
  });
});
