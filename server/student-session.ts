import 'server-only';
import { currentLearnerId } from './session';
import { getStudentIdentity } from './students';

/** The signed-in student's name and class, or null for guests and visitors. */
export async function currentStudent(): Promise<{ displayName: string; className: string } | null> {
  const learnerId = await currentLearnerId();
  return learnerId ? getStudentIdentity(learnerId) : null;
}
