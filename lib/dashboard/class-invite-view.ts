// How to join a class, as server/teacher/class-invite.ts makes it and the projector page shows it.

export type ClassInviteView = {
  className: string;
  joinCode: string;
  /** The address students type: the public origin and /join (each student's browser picks the language). */
  joinAddress: string;
  /** The same address with the code filled in, for the QR code, copying and sharing. */
  inviteUrl: string;
  /** The invite link as a QR code: an SVG document made on the server, never by another service. */
  qrSvg: string;
};
