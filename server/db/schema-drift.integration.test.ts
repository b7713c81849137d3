import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, readMigrations } from './migrator';
import { expectedSchema, type ColumnShape, type IndexShape } from '../testing/expected-schema';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.withConnection((session) => applyMigrations(session, readMigrations()));
});
afterAll(async () => {
  await database.drop();
});

const byKey = <T extends { table: string }>(items: T[], key: (item: T) => string) =>
  [...items].sort((a, b) => key(a).localeCompare(key(b)));

describe('the migrated database matches schema.prisma', () => {
  const expected = expectedSchema();

  it('has the same tables and columns, with the same types and nullability', async () => {
    const actual = await database.withConnection((session) =>
      session.query<ColumnShape>(`
        SELECT c.relname AS "table", a.attname AS "column",
               format_type(a.atttypid, a.atttypmod) AS "type", a.attnotnull AS "notNull"
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
          AND a.attnum > 0 AND NOT a.attisdropped`),
    );
    const key = (column: ColumnShape) => `${column.table}.${column.column}`;
    expect(byKey(actual, key)).toEqual(byKey(expected.columns, key));
  });

  it('has the same primary keys, unique indexes and indexes', async () => {
    const actual = await database.withConnection((session) =>
      session.query<IndexShape>(`
        SELECT t.relname AS "table",
               array_agg(a.attname::text ORDER BY k.ord) AS "columns",
               CASE WHEN ix.indisprimary THEN 'primary' WHEN ix.indisunique THEN 'unique' ELSE 'index' END AS "kind"
        FROM pg_index ix
        JOIN pg_class t ON t.oid = ix.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE n.nspname = current_schema() AND t.relname <> '_prisma_migrations'
        GROUP BY t.relname, ix.indexrelid, ix.indisprimary, ix.indisunique`),
    );
    const key = (index: IndexShape) => `${index.table}(${index.columns.join(',')}) ${index.kind}`;
    expect(byKey(actual, key)).toEqual(byKey(expected.indexes, key));
  });
});
