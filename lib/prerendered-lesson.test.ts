import { describe, expect, it } from 'vitest';
import { prerenderedLessonPath } from './prerendered-lesson';

const pages = {
  '/en/lessons/zero-tolerance/prerendered/single': [],
  '/en/lessons/zero-tolerance/prerendered/bilingual': [],
  '/es/lessons/zero-tolerance/prerendered/single': [],
};

function pathFor(url: string, { method = 'GET', runsJavaScript = true } = {}) {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  return prerenderedLessonPath({ method, pathname, searchParams, runsJavaScript }, pages);
}

describe('prerenderedLessonPath', () => {
  it('sends a browser that runs JavaScript to the prerendered page of its language, lesson and view', () => {
    expect(pathFor('/en/lessons/zero-tolerance')).toBe('/en/lessons/zero-tolerance/prerendered/single');
    expect(pathFor('/en/lessons/zero-tolerance/?view=bilingual')).toBe(
      '/en/lessons/zero-tolerance/prerendered/bilingual',
    );
    expect(pathFor('/es/lessons/zero-tolerance?view=nonsense', { method: 'HEAD' })).toBe(
      '/es/lessons/zero-tolerance/prerendered/single',
    );
  });

  it('renders per request without JavaScript, for a form post, and for anything the build did not prerender', () => {
    expect(pathFor('/en/lessons/zero-tolerance', { runsJavaScript: false })).toBeNull();
    expect(pathFor('/en/lessons/zero-tolerance', { method: 'POST' })).toBeNull();
    expect(pathFor('/es/lessons/zero-tolerance?view=bilingual')).toBeNull();
    expect(pathFor('/en/lessons/other-lesson')).toBeNull();
    expect(pathFor('/en/lessons/zero-tolerance/quiz/comprehension')).toBeNull();
    expect(pathFor('/en/lessons/zero-tolerance/prerendered/single')).toBeNull();
  });
});
