/** See direct-database.mjs. */
export function openDatabase(env: { DATABASE_URL?: string; FUENTE_DATA_DIR?: string }): Promise<{
  query: <Row = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<Row[]>;
  close: () => Promise<void>;
}>;
