'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { SupportsFormSchema } from '@/lib/supports/edit-form';
import { PNP_MAX_LENGTH } from '@/lib/supports/pnp-xml';
import { teacherAction } from '@/server/action-kit';
import { editSupportProfiles, importStudentSupports } from '@/server/supports/profiles';

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

/** A PNP file as one student's whole profile; what Fuente does not take is listed in the answer. */
export const importSupportsAction = teacherAction(
  {
    schema: z.object({
      classId: z.string().max(40),
      learnerId: z.string().max(40),
      // A file from the form; a forged request may send the text itself.
      pnp: z.union([z.instanceof(File).refine((file) => file.size <= PNP_MAX_LENGTH), z.string().max(PNP_MAX_LENGTH)]),
    }),
    fieldMessages: { pnp: 'Supports.import.errors.malformed' },
  },
  async ({ classId, learnerId, pnp }, context) => {
    const text = typeof pnp === 'string' ? pnp : await pnp.text();
    const outcome = await importStudentSupports(context.teacherId, classId, learnerId, text);
    if (outcome.status === 'not-found') return context.fail('Supports.notFound');
    if (outcome.status === 'refused')
      return context.fail(`Supports.import.errors.${outcome.reason}`, {
        pnp: `Supports.import.errors.${outcome.reason}`,
      });
    revalidatePath('/[locale]/teacher/classes/[classId]/supports', 'page');
    const t = await getTranslations('Supports.import');
    const unsupported =
      outcome.unsupported.length > 0 ? ` ${t('unsupported', { features: outcome.unsupported.join(', ') })}` : '';
    return { status: 'ok', message: `${t('done')}${unsupported}` };
  },
);
