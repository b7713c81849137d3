import { describe, expect, it } from 'vitest';
import { studentHomePath } from './student-home';

function pathFor(pathname: string, cookies: string[], method = 'GET') {
  return studentHomePath({ method, pathname, hasCookie: (name) => cookies.includes(name) });
}

describe('studentHomePath', () => {
  it('serves the home page of a browser with a learner session, under either cookie name, per request', () => {
    expect(pathFor('/en', ['fuente_session'])).toBe('/en/student-home');
    expect(pathFor('/es/', ['__Host-fuente_session'], 'HEAD')).toBe('/es/student-home');
  });

  it("leaves a visitor's, a teacher's and a form post's home page, and every other page, as they are", () => {
    expect(pathFor('/en', [])).toBeNull();
    expect(pathFor('/en', ['fuente_teacher', 'fuente_js'])).toBeNull();
    expect(pathFor('/en', ['fuente_session'], 'POST')).toBeNull();
    expect(pathFor('/en/lessons/zero-tolerance', ['fuente_session'])).toBeNull();
    expect(pathFor('/', ['fuente_session'])).toBeNull();
  });
});
