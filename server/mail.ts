import 'server-only';
import { createTransport, type Transporter } from 'nodemailer';
import { env } from './env';

/** One plain-text message: no HTML, no images, nothing that could tell anyone when it was opened. */
export type Mail = { to: string; subject: string; text: string };

/** Whether this server sends mail (FUENTE_SMTP_URL; server/env.ts checks that the sender and origin come with it). */
export function mailConfigured(): boolean {
  return Boolean(env().FUENTE_SMTP_URL);
}

// One transport per process; each message opens its own connection, so nothing is held open between mails.
let transport: Transporter | undefined;

/** Sends one message through FUENTE_SMTP_URL from FUENTE_MAIL_FROM; a server that does not answer fails it in seconds. */
export async function sendMail(mail: Mail): Promise<void> {
  const { FUENTE_SMTP_URL: url, FUENTE_MAIL_FROM: from } = env();
  if (!url || !from) throw new Error('mail is not configured (FUENTE_SMTP_URL, FUENTE_MAIL_FROM)');
  transport ??= createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    dnsTimeout: 10_000,
  });
  await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
}
