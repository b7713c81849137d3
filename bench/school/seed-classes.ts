// Run by bench/school/run.ts in its own process (server code needs `--conditions=react-server`): migrates the
// benchmark's database and creates one teacher with the school's classes, through the app's own createClass. Prints
// the join codes as a JSON array on its last line. Usage: tsx --conditions=react-server seed-classes.ts <count>
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../server/auth/passwords';
import { db } from '../../server/db/client';
import { applyMigrations, readMigrations } from '../../server/db/migrator';
import { createClass } from '../../server/teacher/classes';

async function main(): Promise<void> {
  const count = Number(process.argv[2]);
  if (!Number.isInteger(count) || count < 1) throw new Error('usage: seed-classes.ts <number of classes>');
  const database = db();
  await database.withConnection((session) => applyMigrations(session, readMigrations()));
  const { prisma } = database;
  // Nobody signs in as this teacher: the password is random and thrown away.
  const teacher = await prisma.teacher.create({
    data: {
      email: `school-${Date.now()}@fuente.example`,
      passwordHash: await hashPassword(randomBytes(18).toString('base64url')),
    },
  });
  for (let i = 1; i <= count; i += 1)
    await createClass(teacher.id, `School class ${i}`, {
      feedbackMode: 'immediate',
      retakes: 1,
      defaultLocale: 'en',
      countedAttempt: 'latest',
    });
  const classes = await prisma.class.findMany({ where: { teacherId: teacher.id }, select: { joinCode: true } });
  await database.close();
  console.log(JSON.stringify(classes.map((klass) => klass.joinCode)));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
