// Operator command: `npm run teacher:reset-password -- teacher@school.example`
// Sets a new password for a teacher (asked for twice, not echoed) and signs out all their sessions.
// Uses the same DATABASE_URL / FUENTE_DATA_DIR as the app; stop the app first when it uses the embedded database.
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { EmailSchema, PasswordSchema } from '../lib/account-rules';
import { db } from '../server/db/client';
import { applyMigrations, readMigrations } from '../server/db/migrator';
import { isCommonPassword } from '../server/auth/passwords';
import { resetTeacherPassword } from '../server/teacher/accounts';

/** Asks for the new password twice, without echoing it; reads lines in order, so piped input works too. */
async function askTwice(): Promise<[string, string]> {
  const prompt = createInterface({ input: stdin, output: stdout, terminal: stdin.isTTY });
  // Typed characters are not echoed: the password never shows on screen.
  (prompt as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => {};
  const lines = prompt[Symbol.asyncIterator]();
  const next = async (question: string) => {
    stdout.write(question);
    const line = await lines.next();
    stdout.write('\n');
    return line.done ? '' : String(line.value);
  };
  const first = await next('New password: ');
  const second = await next('Repeat it: ');
  prompt.close();
  return [first, second];
}

async function main(): Promise<number> {
  const email = EmailSchema.safeParse(process.argv[2] ?? '');
  if (!email.success) {
    console.error('usage: npm run teacher:reset-password -- <email>');
    return 2;
  }
  const [password, again] = await askTwice();
  if (password !== again) return fail('The two passwords differ.');
  if (!PasswordSchema.safeParse(password).success) return fail('Use at least 8 and at most 128 characters.');
  if (isCommonPassword(password)) return fail('This password is too common. Choose another one.');
  const database = db();
  await database.withConnection((session) => applyMigrations(session, readMigrations()));
  const done = await resetTeacherPassword(email.data, password);
  await database.close();
  if (!done) return fail(`No teacher account uses ${email.data}.`);
  console.log(`Password reset for ${email.data}; all their sessions were signed out.`);
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => (console.error(error instanceof Error ? error.message : error), process.exit(1)),
);
