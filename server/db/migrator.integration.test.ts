import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, MigrationError, readMigrations, type MigrationFile } from './migrator';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database.drop();
});

const migrate = (migrations: MigrationFile[]) =>
  database.withConnection((session) => applyMigrations(session, migrations));
const recorded = () =>
  database.withConnection((session) =>
    session.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    ),
  );
const fakeMigration = (name: string, sql: string): MigrationFile => ({
  name,
  sql,
  checksum: createHash('sha256').update(sql).digest('hex'),
});

describe('applyMigrations', () => {
  const migrations = readMigrations();

  it('applies every migration once and records it the way Prisma does', async () => {
    expect(migrations.length).toBeGreaterThan(0);
    expect(await migrate(migrations)).toEqual(migrations.map((m) => m.name));
    const rows = await recorded();
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [index, row] of rows.entries()) {
      expect(row.checksum).toBe(migrations[index]?.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it('is a no-op when run again', async () => {
    await migrate(migrations);
    const before = await recorded();
    expect(await migrate(migrations)).toEqual([]);
    expect(await recorded()).toEqual(before);
  });

  it('applies each migration once when two starts race', async () => {
    const results = await Promise.all([migrate(migrations), migrate(migrations), migrate(migrations)]);
    expect(results.flat().sort()).toEqual(migrations.map((m) => m.name).sort());
    expect((await recorded()).length).toBe(migrations.length);
  });

  it('refuses to start when an applied migration file was changed, naming it', async () => {
    await migrate(migrations);
    const [first, ...rest] = migrations;
    const edited = fakeMigration(first!.name, `${first!.sql}\n-- edited afterwards\n`);
    await expect(migrate([edited, ...rest])).rejects.toThrow(MigrationError);
    await expect(migrate([edited, ...rest])).rejects.toThrow(first!.name);
  });

  it('rolls a failing migration back completely and names it', async () => {
    const broken = fakeMigration(
      '29990101000000_broken',
      'CREATE TABLE "Half" ("id" INT);\nSELECT * FROM "NoSuchTable";',
    );
    await expect(migrate([broken])).rejects.toThrow(/29990101000000_broken could not be applied/);
    const tables = await database.withConnection((session) =>
      session.query("SELECT table_name FROM information_schema.tables WHERE table_name = 'Half'"),
    );
    expect(tables).toEqual([]);
    expect(await recorded()).toEqual([]);
  });

  it('applies only the new migration after earlier ones', async () => {
    await migrate(migrations);
    const next = fakeMigration('29990101000000_add_note', 'CREATE TABLE "Note" ("id" INT PRIMARY KEY);');
    expect(await migrate([...migrations, next])).toEqual([next.name]);
  });
});
