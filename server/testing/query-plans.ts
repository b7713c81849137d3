import type { Database } from '../db/client';

// The query-plan tests' checks (server/db/*-plans.integration.test.ts): statements recorded as Prisma sends them, each
// asked for its plan, which must read no large table whole and stay below PostgreSQL's JIT threshold.

export type Statement = { sql: string; params: string };
type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Total Cost': number; Plans?: PlanNode[] };

/** A table this big is "large": reading it whole for one student's or one class's rows is the mistake looked for. */
const LARGE_TABLE_ROWS = 1_000;
/** PostgreSQL's default jit_above_cost: a plan that costs more gets compiled, which costs far more than it saves. */
const JIT_ABOVE_COST = 100_000;

/** The tables of the database that hold at least LARGE_TABLE_ROWS rows (by the planner's statistics). */
export async function largeTables(database: Database): Promise<Set<string>> {
  const rows = await database.withConnection((session) =>
    session.query<{ relname: string }>(
      `SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND reltuples >= $1`,
      [LARGE_TABLE_ROWS],
    ),
  );
  return new Set(rows.map((row) => row.relname));
}

/** The recorded reads and writes, each once. */
export function distinctQueries(statements: Statement[]): Statement[] {
  return [
    ...new Map(
      statements
        .filter((statement) => /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(statement.sql))
        .map((s) => [s.sql, s]),
    ).values(),
  ];
}

/** The plan of one recorded statement; Prisma's parameters come as a JSON array. */
async function planOf(database: Database, statement: Statement): Promise<PlanNode> {
  return database.withConnection(async (session) => {
    const rows = await session.query<{ 'QUERY PLAN': unknown }>(
      `EXPLAIN (FORMAT JSON) ${statement.sql}`,
      JSON.parse(statement.params) as unknown[],
    );
    const plan = rows[0]!['QUERY PLAN'];
    const document = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan: PlanNode }[];
    return document[0]!.Plan;
  });
}

function* nodesOf(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.Plans ?? []) yield* nodesOf(child);
}

/** What is wrong with each statement's plan: a sequential scan of a large table, or a cost that JIT would compile. */
export async function planProblems(database: Database, queries: Statement[], large: Set<string>): Promise<string[]> {
  const problems: string[] = [];
  for (const statement of queries) {
    const plan = await planOf(database, statement);
    for (const node of nodesOf(plan))
      if (node['Node Type'] === 'Seq Scan' && large.has(node['Relation Name'] ?? ''))
        problems.push(`sequential scan of "${node['Relation Name']}" in: ${statement.sql}`);
    if (plan['Total Cost'] >= JIT_ABOVE_COST) problems.push(`cost ${plan['Total Cost']} (JIT) in: ${statement.sql}`);
  }
  return problems;
}
