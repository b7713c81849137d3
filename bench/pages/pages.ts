// The audited pages: where each is, the route the build calls it, and who looks at it.
import { LESSON_SLUG } from '../load/answers';
import type { Browser } from '../load/http';
import type { PageJs } from './js-size';
import type { Audit } from './lighthouse';
import type { Visitors } from './sessions';

export const LOCALES = ['en', 'es'] as const;
export const PAGE_NAMES = ['home', 'reading', 'quiz', 'results', 'dashboard'] as const;

export type Locale = (typeof LOCALES)[number];
export type PageName = (typeof PAGE_NAMES)[number];
export type PageSpec = { name: PageName; locale: Locale; path: string; route: string; visitor: Browser };
export type PageResult = PageSpec & { audit?: Audit; js?: PageJs };

/** The home page as a first-time visitor (`anonymous`), the lesson's pages as the student, the class as its teacher. */
export function pageSpecs(visitors: Visitors, anonymous: Browser, locales: Locale[], names: PageName[]): PageSpec[] {
  const lesson = `/lessons/${LESSON_SLUG}`;
  const pages: Record<PageName, Omit<PageSpec, 'name' | 'locale'>> = {
    home: { path: '', route: '/[locale]', visitor: anonymous },
    // The student's browser runs JavaScript (bench/load/http.ts), so its reading and quiz pages are prerendered copies.
    reading: { path: lesson, route: '/[locale]/lessons/[slug]/prerendered/[view]', visitor: visitors.student },
    quiz: {
      path: `${lesson}/quiz/${visitors.openQuizId}`,
      route: '/[locale]/lessons/[slug]/quiz/[quizId]/prerendered',
      visitor: visitors.student,
    },
    results: {
      path: visitors.resultsPath,
      route: '/[locale]/lessons/[slug]/quiz/[quizId]/results',
      visitor: visitors.student,
    },
    dashboard: {
      path: visitors.classPath.replace(/^\/en/, ''),
      route: '/[locale]/teacher/classes/[classId]/lessons/[slug]',
      visitor: visitors.teacher,
    },
  };
  return locales.flatMap((locale) =>
    names.map((name) => ({ name, locale, ...pages[name], path: `/${locale}${pages[name].path}` })),
  );
}
