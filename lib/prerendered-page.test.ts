import { describe, expect, it } from 'vitest';
import { prerenderedPagePath, publicPathOf } from './prerendered-page';

const pages = {
  '/en/lessons/zero-tolerance/prerendered/single': [],
  '/en/lessons/zero-tolerance/prerendered/bilingual': [],
  '/es/lessons/zero-tolerance/prerendered/single': [],
  '/es/lessons/zero-tolerance/quiz/comprehension/prerendered': [],
  '/en/join/prerendered': [],
};

function pathFor(url: string, { method = 'GET', runsJavaScript = true, hasLearnerSession = true } = {}) {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  return prerenderedPagePath({ method, pathname, searchParams, runsJavaScript, hasLearnerSession }, pages);
}
const learnerWithoutJavaScript = { runsJavaScript: false };
const firstVisit = { runsJavaScript: false, hasLearnerSession: false };

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

  it('sends a visitor without a learner session to the prerendered page, whether or not it runs JavaScript', () => {
    expect(pathFor('/en/lessons/zero-tolerance', firstVisit)).toBe('/en/lessons/zero-tolerance/prerendered/single');
    expect(pathFor('/es/lessons/zero-tolerance/quiz/comprehension', firstVisit)).toBe(
      '/es/lessons/zero-tolerance/quiz/comprehension/prerendered',
    );
    expect(pathFor('/en/lessons/zero-tolerance?welcome=back', firstVisit)).toBeNull();
    expect(pathFor('/es/lessons/zero-tolerance/quiz/comprehension?q=2', firstVisit)).toBeNull();
  });

  it('sends a form posted from a page to the route the page came from, so that its result reaches the form', () => {
    expect(pathFor('/en/lessons/zero-tolerance', { ...firstVisit, method: 'POST' })).toBe(
      '/en/lessons/zero-tolerance/prerendered/single',
    );
    expect(pathFor('/en/lessons/zero-tolerance?view=bilingual', { method: 'POST' })).toBe(
      '/en/lessons/zero-tolerance/prerendered/bilingual',
    );
    expect(pathFor('/en/lessons/zero-tolerance', { ...learnerWithoutJavaScript, method: 'POST' })).toBeNull();
    expect(pathFor('/es/lessons/zero-tolerance/quiz/comprehension?forms=1', { method: 'POST' })).toBeNull();
    expect(pathFor('/en/lessons/zero-tolerance', { method: 'PUT' })).toBeNull();
  });

  it('renders per request for a learner without JavaScript, and what the build did not prerender', () => {
    expect(pathFor('/en/lessons/zero-tolerance', learnerWithoutJavaScript)).toBeNull();
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
    expect(pathFor('/es/lessons/zero-tolerance/quiz/comprehension', learnerWithoutJavaScript)).toBeNull();
    expect(pathFor('/es/lessons/zero-tolerance/quiz/comprehension/results')).toBeNull();
  });
});

describe('prerenderedPagePath, the join page', () => {
  it('sends a visitor to the prerendered join page, with JavaScript or not, and a form posted from it back there', () => {
    expect(pathFor('/en/join', firstVisit)).toBe('/en/join/prerendered');
    expect(pathFor('/en/join/', { ...firstVisit, runsJavaScript: true })).toBe('/en/join/prerendered');
    expect(pathFor('/en/join', { ...firstVisit, method: 'POST' })).toBe('/en/join/prerendered');
  });

  it('renders it per request for a learner, whose badge it shows even with JavaScript, and for an invite link', () => {
    expect(pathFor('/en/join')).toBeNull();
    expect(pathFor('/en/join', learnerWithoutJavaScript)).toBeNull();
    expect(pathFor('/en/join?code=ABCDEF', firstVisit)).toBeNull();
    expect(pathFor('/es/join', firstVisit)).toBeNull();
    expect(pathFor('/en/join/resume', firstVisit)).toBeNull();
  });
});

describe('publicPathOf', () => {
  it('names a prerendered copy by its page’s own address, and leaves every other address alone', () => {
    expect(publicPathOf('/lessons/zero-tolerance/prerendered/bilingual')).toBe('/lessons/zero-tolerance');
    expect(publicPathOf('/lessons/zero-tolerance/quiz/comprehension/prerendered')).toBe(
      '/lessons/zero-tolerance/quiz/comprehension',
    );
    expect(publicPathOf('/lessons/zero-tolerance/quiz/comprehension/results')).toBe(
      '/lessons/zero-tolerance/quiz/comprehension/results',
    );
    expect(publicPathOf('/join/prerendered')).toBe('/join');
    expect(publicPathOf('/')).toBe('/');
  });
});
