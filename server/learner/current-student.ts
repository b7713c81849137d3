import 'server-only';
import { currentLearnerId, queueOwnerOf } from '../auth/learner-session';
import { getStudentCard, getStudentIdentity, type StudentCard } from '../learner/students';

/** The signed-in student's name and class, and whose unsent answers to clear at sign-out; null for guests and visitors. */
export async function currentStudent(): Promise<{ displayName: string; className: string; queueOwner: string } | null> {
  const learnerId = await currentLearnerId();
  const identity = learnerId ? await getStudentIdentity(learnerId) : null;
  return identity ? { ...identity, queueOwner: queueOwnerOf(learnerId) } : null;
}

/** The signed-in student's own card (name, class, codes), or null for guests and visitors. */
export async function currentStudentCard(): Promise<StudentCard | null> {
  const learnerId = await currentLearnerId();
  return learnerId ? getStudentCard(learnerId) : null;
}
