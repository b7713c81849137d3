import 'server-only';
import { isUuid } from '@/lib/ids';
import { keptChoices } from '@/lib/supports/choices';
import { importPnp } from '@/lib/supports/pnp';
import {
  checkSupportProfile,
  DEFAULT_SUPPORT_PROFILE,
  extendedDaysOf,
  mergeSupportProfile,
  supportsOnAtAnswer,
  type SupportProfile,
  type SupportProfileEdit,
} from '@/lib/supports/profile';
import { db } from '../db/client';

// Students' support profiles (issue 39, docs/supports.md): set by their teacher, read by the pages that apply them,
// with the offered supports the student turned on themselves. A profile is stored with the supports on
// (`Learner.supportsOn`), so that the one statement that saves an answer can copy them into it without knowing the
// rule (server/quiz/answer-write.ts).

/** The supports the default profile turns on: what an answer of a student without a profile records. */
export const DEFAULT_SUPPORTS_ON = supportsOnAtAnswer(DEFAULT_SUPPORT_PROFILE);

/** A stored profile, read back: null (never set) is the default profile. */
export function storedSupportProfile(stored: unknown): SupportProfile {
  if (stored === null || stored === undefined) return DEFAULT_SUPPORT_PROFILE;
  const checked = checkSupportProfile(stored);
  // Every write passes the same check, so this is a profile from a later version of the schema: the default keeps
  // the student working rather than failing their page.
  if (checked.status === 'error') {
    console.error('A stored support profile fails its schema', checked.issues);
    return DEFAULT_SUPPORT_PROFILE;
  }
  return checked.profile;
}

/** A student's profile and their own choices among its offered supports, as the pages that apply them read both. */
export type StudentSupports = { profile: SupportProfile; chosen: string[] };

/** A student's own profile and choices, for the pages that apply them; the default for a guest or an unknown learner. */
export async function studentSupportsOf(learnerId: string | null): Promise<StudentSupports> {
  if (!learnerId) return { profile: DEFAULT_SUPPORT_PROFILE, chosen: [] };
  const row = await db().prisma.learner.findUnique({
    where: { id: learnerId },
    select: { supportProfile: true, supportsChosen: true },
  });
  return { profile: storedSupportProfile(row?.supportProfile ?? null), chosen: row?.supportsChosen ?? [] };
}

/**
 * Keeps the offered supports a student turned on themselves (those the profile offers of STUDENT_CHOICES; the rest is
 * dropped), with the supports their answers record from now on. One transaction, the row locked, so that a teacher's
 * edit at the same moment builds on it or it on the edit.
 */
export async function chooseSupports(learnerId: string, chosen: readonly string[]): Promise<StudentSupports | null> {
  if (!isUuid(learnerId)) return null;
  return db().prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ supportProfile: unknown; supportsChosen: string[]; supportsOn: string[] }[]>`
      SELECT "supportProfile", "supportsChosen", "supportsOn" FROM "Learner" WHERE "id" = ${learnerId}::uuid FOR UPDATE`;
    const row = rows[0];
    if (!row) return null;
    const profile = storedSupportProfile(row.supportProfile);
    const kept = keptChoices(profile, chosen);
    const on = supportsOnAtAnswer(profile, kept);
    // The same choice again writes nothing (not even the row's update time).
    const same = (a: readonly string[], b: readonly string[]) => a.join() === b.join();
    if (!same(kept, row.supportsChosen) || !same(on, row.supportsOn)) {
      await tx.learner.update({ where: { id: learnerId }, data: { supportsChosen: kept, supportsOn: on } });
    }
    return { profile, chosen: kept };
  });
}

export type ClassSupports = {
  className: string;
  students: { id: string; displayName: string; profile: SupportProfile; custom: boolean }[];
};

/** Every student of one of the teacher's classes with their profile, by name; null when the class is not theirs. */
export async function readClassSupports(teacherId: string, classId: string): Promise<ClassSupports | null> {
  if (!isUuid(classId)) return null;
  const found = await db().prisma.class.findFirst({
    where: { id: classId, teacherId },
    select: {
      name: true,
      students: { orderBy: { displayName: 'asc' }, select: { id: true, displayName: true, supportProfile: true } },
    },
  });
  if (!found) return null;
  return {
    className: found.name,
    students: found.students.map((student) => ({
      id: student.id,
      displayName: student.displayName ?? '',
      profile: storedSupportProfile(student.supportProfile),
      custom: student.supportProfile !== null,
    })),
  };
}

export type SupportsEditResult =
  | { status: 'ok'; changed: number }
  | { status: 'not-found' }
  | { status: 'invalid'; issues: { path: string; message: string }[] };

/**
 * Lays one edit over the profiles of some students of one of the teacher's classes (`'class'`: all of them), in one
 * transaction with their rows locked, so that two edits at once each build on the other. All or nothing: a student
 * who is not in the class, or an edit that leaves any profile invalid, changes no one.
 */
export async function editSupportProfiles(
  teacherId: string,
  classId: string,
  students: readonly string[] | 'class',
  edit: SupportProfileEdit,
): Promise<SupportsEditResult> {
  if (!isUuid(classId) || (students !== 'class' && (students.length === 0 || !students.every(isUuid)))) {
    return { status: 'not-found' };
  }
  const wanted = students === 'class' ? null : [...new Set(students)];
  return db().prisma.$transaction(async (tx) => {
    const owned = await tx.class.findFirst({ where: { id: classId, teacherId }, select: { id: true } });
    if (!owned) return { status: 'not-found' } as const;
    const rows = await tx.$queryRaw<{ id: string; supportProfile: unknown; supportsChosen: string[] }[]>`
      SELECT "id", "supportProfile", "supportsChosen" FROM "Learner"
      WHERE "classId" = ${classId}::uuid AND (${wanted}::uuid[] IS NULL OR "id" = ANY(${wanted}::uuid[]))
      ORDER BY "id"
      FOR UPDATE`;
    if (wanted && rows.length !== wanted.length) return { status: 'not-found' } as const;
    // A form that changes nothing writes nothing: a student without a profile keeps having none.
    if (Object.keys(edit).length === 0) return { status: 'ok', changed: rows.length } as const;

    const updates: { id: string; profile: SupportProfile; chosen: string[] }[] = [];
    for (const row of rows) {
      const merged = mergeSupportProfile(storedSupportProfile(row.supportProfile), edit);
      if (merged.status === 'error') return { status: 'invalid', issues: merged.issues } as const;
      updates.push({ id: row.id, profile: merged.profile, chosen: row.supportsChosen });
    }
    // A student's own choices stay theirs: they count again wherever the new profile still offers them.
    for (const { id, profile, chosen } of updates) {
      await tx.learner.update({
        where: { id },
        data: {
          supportProfile: profile,
          supportsOn: supportsOnAtAnswer(profile, keptChoices(profile, chosen)),
          extendedDays: extendedDaysOf(profile),
        },
      });
    }
    return { status: 'ok', changed: updates.length } as const;
  });
}

/** One student of one of the teacher's classes, with their profile; null when they are not in such a class. */
export async function readStudentSupports(
  teacherId: string,
  classId: string,
  learnerId: string,
): Promise<{ displayName: string; profile: SupportProfile } | null> {
  if (!isUuid(classId) || !isUuid(learnerId)) return null;
  const row = await db().prisma.learner.findFirst({
    where: { id: learnerId, classId, class: { teacherId } },
    select: { displayName: true, supportProfile: true },
  });
  return row ? { displayName: row.displayName ?? '', profile: storedSupportProfile(row.supportProfile) } : null;
}

export type PnpImportOutcome =
  | { status: 'ok'; unsupported: string[] }
  | { status: 'not-found' }
  | { status: 'refused'; reason: 'malformed' | 'not-a-pnp' | 'invalid-value' | 'out-of-range' | 'conflict' };

/**
 * A PNP file (lib/supports/pnp.ts) as one student's whole profile: what the file does not mention takes its default,
 * and what Fuente does not take is reported, never dropped silently. A refused file changes nothing.
 */
export async function importStudentSupports(
  teacherId: string,
  classId: string,
  learnerId: string,
  file: string,
): Promise<PnpImportOutcome> {
  const imported = importPnp(file);
  if (imported.status === 'error') return { status: 'refused', reason: imported.reason };
  const result = await editSupportProfiles(teacherId, classId, [learnerId], imported.profile);
  return result.status === 'ok' ? { status: 'ok', unsupported: imported.unsupported } : { status: 'not-found' };
}
