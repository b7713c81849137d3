import { z } from 'zod';

// The teacher's forms for a student's family links (components/reports/FamilyLinks.tsx, their actions).

/** How long a new family link works, in days: a short list, a month by default. */
export const FAMILY_LINK_DAYS = [7, 30, 90] as const;
export const DEFAULT_FAMILY_LINK_DAYS = 30;

const Ids = {
  classId: z.string().max(40),
  lessonSlug: z.string().max(100),
  learnerId: z.string().max(40),
};

export const CreateFamilyLinkSchema = z.object({
  ...Ids,
  days: z.coerce
    .number()
    .int()
    .refine((days) => (FAMILY_LINK_DAYS as readonly number[]).includes(days)),
});

export const RevokeFamilyLinkSchema = z.object({ ...Ids, linkId: z.string().max(40) });

/** A link that works, as the teacher's list shows it: its address (the token made again from the row) and expiry. */
export type FamilyLinkView = { id: string; url: string; expiresAt: Date; createdAt: Date };
