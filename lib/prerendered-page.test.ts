import { describe, expect, it } from 'vitest';
import { prerenderedPagePath } from './prerendered-page';

const pages = {
  '/en/lessons/zero-tolerance/prerendered/single': [],
  '/en/lessons/zero-tolerance/prerendered/bilingual': [],
  '/es/lessons/zero-tolerance/prerendered/single': [],
  '/es/lessons/zero-tolerance/quiz/comprehension/prerendered': [],
};

function pathFor(url: string, { method = 'GET', runsJavaScript = true } = {}) {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  return prerenderedPagePath({ method, pathname, searchParams, runsJavaScript }, pages);
}

describe('prerenderedPagePath', () => {
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
    expect(pathFor('/es/lessons/zero-tolerance/quiz/attribution')).toBeNull();
    expect(pathFor('/en/lessons/zero-tolerance/prerendered/single')).toBeNull();
  });

  it('renders the reading page per request when it greets a student who just signed in', () => {
    expect(pathFor('/en/lessons/zero-tolerance?welcome=back')).toBeNull();
    expect(pathFor('/en/lessons/zero-tolerance?view=bilingual&welcome=back')).toBeNull();
  });

  it('sends a browser that runs JavaScript to the prerendered quiz page, unless the address asks for something', () => {
    expect(pathFor('/es/lessons/zero-tolerance/quiz/comprehension')).toBe(
      '/es/lessons/zero-tolerance/quiz/comprehension/prerendered',
    );
    expect(pathFor('/es/lessons/zero-tolerance/quiz/comprehension/')).toBe(
      '/es/lessons/zero-tolerance/quiz/comprehension/prerendered',
    );
    // A question asked for, or an error to show after a form post: the page reads its query when it renders.
    expect(pathFor('/es/lessons/zero-tolerance/quiz/comprehension?q=3')).toBeNull();
    expect(pathFor('/es/lessons/zero-tolerance/quiz/comprehension?error=invalid')).toBeNull();
    expect(pathFor('/es/lessons/zero-tolerance/quiz/comprehension', { runsJavaScript: false })).toBeNull();
    expect(pathFor('/es/lessons/zero-tolerance/quiz/comprehension/results')).toBeNull();
  });
});
