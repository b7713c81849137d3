// The addresses of a class's pages, which every link and redirect to them builds from here.

/** A class's pages for one lesson: the overview; `analysis/`, `written/`, `students/` and `export/` sit below it. */
export function classLessonPath(classId: string, lessonSlug: string): string {
  return `/teacher/classes/${classId}/lessons/${lessonSlug}`;
}

/** A class's gradebook download, across its assignments (a route handler, so a plain link with the language). */
export function classGradebookPath(classId: string): string {
  return `/teacher/classes/${classId}/export/gradebook`;
}
