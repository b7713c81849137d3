import 'server-only';
import QRCode from 'qrcode';
import type { ClassInviteView } from '@/lib/dashboard/class-invite-view';
import { publicOrigin } from '../auth/request-info';
import { getClass } from './classes';

/** Where students join, and the link that also fills in the code. No language in them: each student's browser picks. */
export async function inviteAddresses(joinCode: string): Promise<{ joinAddress: string; inviteUrl: string }> {
  const joinAddress = `${await publicOrigin()}/join`;
  return { joinAddress, inviteUrl: `${joinAddress}?code=${encodeURIComponent(joinCode)}` };
}

/** What the projector shows for one of the teacher's classes (nothing about its students), or null. */
export async function getClassInvite(teacherId: string, classId: string): Promise<ClassInviteView | null> {
  const klass = await getClass(teacherId, classId);
  if (!klass) return null;
  const addresses = await inviteAddresses(klass.joinCode);
  // Dark on white whatever the theme: that is what phone cameras read best. Margin 4 is the quiet zone QR requires.
  const qrSvg = await QRCode.toString(addresses.inviteUrl, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000ff', light: '#ffffffff' },
  });
  return { className: klass.name, joinCode: klass.joinCode, ...addresses, qrSvg };
}
