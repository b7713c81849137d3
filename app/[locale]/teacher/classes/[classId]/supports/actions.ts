'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { SupportsFormSchema } from '@/lib/supports/edit-form';
import { teacherAction } from '@/server/action-kit';
import { editSupportProfiles } from '@/server/supports/profiles';

/** Lays the form's changes over the supports of the students ticked, or of the whole class, all or none. */
export const editSupportsAction = teacherAction(
  {
    schema: SupportsFormSchema,
    lists: ['students'],
    fieldMessages: { students: 'Supports.noStudents' },
  },
  async ({ classId, students, edit }, context) => {
    const result = await editSupportProfiles(context.teacherId, classId, students, edit);
    if (result.status === 'not-found') return context.fail('Supports.notFound');
    if (result.status === 'invalid') return context.fail('Forms.fixErrors');
    revalidatePath('/[locale]/teacher/classes/[classId]/supports', 'page');
    const t = await getTranslations('Supports');
    return { status: 'ok', message: t('saved', { count: result.changed }) };
  },
);
