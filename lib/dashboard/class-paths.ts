// The addresses of a class's pages, which every link and redirect to them builds from here.

/** A class's pages for one lesson: the overview; `analysis/`, `written/`, `students/` and `export/` sit below it. */
export function classLessonPath(classId: string, lessonSlug: string): string {
  return `/teacher/classes/${classId}/lessons/${lessonSlug}`;
}
