import type { FormAction } from '@/lib/action-result';

/** The Server Actions of a class page, handed down by the page (app/[locale]/teacher/classes/[classId]/actions.ts). */
export type ClassActions = {
  regenerateCode: FormAction;
  updateSettings: FormAction;
  renameClass: FormAction;
  archiveClass: FormAction;
  deleteClass: FormAction;
  renameStudent: FormAction;
  resetAttempts: FormAction;
  signOutStudent: FormAction;
  newResumeCode: FormAction<{ code?: string }>;
  removeStudent: FormAction;
  pasteRoster: FormAction;
  mergeStudents: FormAction;
};
