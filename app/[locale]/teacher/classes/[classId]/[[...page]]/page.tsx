import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { classLessonPath } from '@/lib/dashboard/class-paths';
import { isUuid } from '@/lib/ids';
import { defaultLessonSlug } from '@/server/lessons';

type Props = {
  params: Promise<{ locale: Locale; classId: string; page?: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The class's own address, or one of its lesson's pages as addressed before the address named the lesson. */
const WITHOUT_LESSON = /^(?:(?:analysis|written|students)\/[\w-]+|export\/(?:answers|students))?$/;

/**
 * A class's address that names no lesson, `/teacher/classes/<id>` or a bookmark such as `…/<id>/written/<quiz>`: the
 * same page of the class's lesson (the default lesson, as classes have no lesson of their own yet), same query.
 */
export default async function ClassWithoutLessonPage({ params, searchParams }: Props) {
  const { locale, classId, page = [] } = await params;
  setRequestLocale(locale);
  if (!isUuid(classId) || !WITHOUT_LESSON.test(page.join('/'))) notFound();
  const query = Object.fromEntries(
    Object.entries(await searchParams).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined),
  );
  redirect({ href: { pathname: [classLessonPath(classId, defaultLessonSlug()), ...page].join('/'), query }, locale });
}
