/** See fresh-database.mjs. */
export function createFreshDatabase(label: string): Promise<{
  env: Record<string, string | undefined>;
  cleanup: () => Promise<void>;
}>;
