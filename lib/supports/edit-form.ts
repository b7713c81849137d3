import { z } from 'zod';
import {
  EXTENDED_DAYS,
  EXTRA_ATTEMPTS,
  POLICIES,
  READ_ALOUD_RATE,
  SupportProfileSchema,
  SUPPORT_IDS,
  type SupportId,
  type SupportProfileEdit,
} from './profile';

// The teacher's supports form (app/[locale]/teacher/classes/[classId]/supports): which students, and for each support
// its availability and setting, each "no change" when left empty. Field names: `readAloud.policy`,
// `readAloud.ratePercent`, …

/** Every support a teacher sets: the glossary in both languages is always on. */
export const EDITABLE_SUPPORTS = SUPPORT_IDS.filter((id) => id !== 'glossary');

/** The one setting a support takes besides its availability, where it takes one. */
export const SUPPORT_SETTING = {
  readAloud: 'ratePercent',
  quizLanguage: 'language',
  textSize: 'size',
  lineSpacing: 'spacing',
  letterSpacing: 'spacing',
  font: 'face',
  extraAttempts: 'count',
  extendedDates: 'days',
} as const satisfies Partial<Record<SupportId, string>>;

type SettingSupport = keyof typeof SUPPORT_SETTING;

export function settingOf(id: SupportId): string | undefined {
  return (SUPPORT_SETTING as Partial<Record<SupportId, string>>)[id];
}

/** Whether a support takes a setting besides its availability. */
export function hasSetting(id: SupportId): id is SettingSupport {
  return id in SUPPORT_SETTING;
}

/** The values a setting's list offers, in order. */
export function settingChoices(id: SettingSupport): readonly (string | number)[] {
  if (id === 'readAloud') {
    const rates: number[] = [];
    for (let rate = READ_ALOUD_RATE.min; rate <= READ_ALOUD_RATE.max; rate += 25) rates.push(rate);
    return rates;
  }
  if (id === 'extraAttempts') {
    return Array.from({ length: EXTRA_ATTEMPTS.max - EXTRA_ATTEMPTS.min + 1 }, (_, i) => EXTRA_ATTEMPTS.min + i);
  }
  if (id === 'extendedDates') {
    return Array.from({ length: EXTENDED_DAYS.max - EXTENDED_DAYS.min + 1 }, (_, i) => EXTENDED_DAYS.min + i);
  }
  const field = SupportProfileSchema.shape[id].shape[SUPPORT_SETTING[id] as never] as z.ZodEnum;
  return field.options as readonly string[];
}

/** One setting as a form sends it: numbers arrive as text. */
function settingField(id: SettingSupport): z.ZodType {
  const field = SupportProfileSchema.shape[id].shape[SUPPORT_SETTING[id] as never] as z.ZodType;
  return id === 'readAloud' || id === 'extraAttempts' || id === 'extendedDates'
    ? z.coerce.number().pipe(field as z.ZodType<number, number>)
    : field;
}

const fields: Record<string, z.ZodType> = {};
for (const id of EDITABLE_SUPPORTS) {
  fields[`${id}.policy`] = z.enum(POLICIES).optional();
  const setting = settingOf(id);
  if (setting) fields[`${id}.${setting}`] = settingField(id as SettingSupport).optional();
}

export const STUDENTS_MAX = 200;

/** The form, read as whom it is for and the edit it makes; a form that changes nothing is an edit of nothing. */
export const SupportsFormSchema = z
  .object({
    classId: z.string().max(40),
    scope: z.enum(['selected', 'class']).default('selected'),
    students: z.array(z.string().max(40)).max(STUDENTS_MAX).default([]),
    ...fields,
  })
  .refine((form) => form.scope === 'class' || form.students.length > 0, {
    path: ['students'],
    message: 'no students',
  })
  .transform((form) => {
    const values = form as Record<string, unknown>;
    const edit: Record<string, Record<string, unknown>> = {};
    for (const key of Object.keys(fields)) {
      if (values[key] === undefined) continue;
      const [id, field] = key.split('.') as [string, string];
      edit[id] = { ...edit[id], [field]: values[key] };
    }
    return {
      classId: form.classId,
      students: form.scope === 'class' ? ('class' as const) : form.students,
      edit: edit as SupportProfileEdit,
    };
  });
