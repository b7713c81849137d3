import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of eslint.config.mjs, run on code that breaks them: each break must be reported by the rule that
// encodes it, and the same import where the layers allow it must pass. The files exist only as text given to ESLint.
const root = path.resolve(import.meta.dirname, '..');
// Only the layer rules run, without TypeScript's view of the project: none of them reads types, and building that view
// took tens of seconds on a busy 2-core machine. `npm run lint` runs every rule, typed ones included.
const LAYER_RULES = new Set(['@typescript-eslint/no-restricted-imports', 'fuente/no-server-in-client']);
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => LAYER_RULES.has(ruleId),
});

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

const importsServerValue = "import { db } from '@/server/db/client';\n\nexport const value = String(db);\n";
const importsServerType = "import type { Env } from '@/server/env';\n\nexport type Shape = Env;\n";

describe('eslint layer rules', () => {
  it('refuses a component that imports a server/ value or type', async () => {
    expect(await problems('components/lint-fixture/Bad.tsx', importsServerValue)).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*Components never import server/),
    ]);
    expect(await problems('components/lint-fixture/Bad.tsx', importsServerType)).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*Components never import server/),
    ]);
  });

  it('refuses a component that imports an app/ file, which would make a loop with the pages that import it', async () => {
    const importsAction =
      "import { joinAction } from '@/app/[locale]/join/actions';\n\nexport const action = joinAction;\n";
    expect(await problems('components/lint-fixture/Bad.tsx', importsAction)).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*Components never import app/),
    ]);
    expect(await problems('app/lint-fixture/good.tsx', importsAction)).toEqual([]);
  });

  it('refuses lib/ importing anything of ours but content/, or a server-only module', async () => {
    expect(
      await problems(
        'lib/lint-fixture/bad.ts',
        "import { routing } from '@/i18n/routing';\n\nexport const value = routing;\n",
      ),
    ).toEqual([expect.stringMatching(/lib\/ imports nothing of ours but content/)]);
    expect(
      await problems(
        'lib/lint-fixture/bad.ts',
        "import { randomInt } from 'node:crypto';\n\nexport const value = randomInt(2);\n",
      ),
    ).toEqual([expect.stringMatching(/lib\/ runs in the browser too/)]);
    expect(
      await problems(
        'lib/lint-fixture/good.ts',
        "import type { Quiz } from '@/content/quiz-schema';\n\nexport type Shape = Quiz;\n",
      ),
    ).toEqual([]);
  });

  it('refuses content/ importing anything of ours outside content/', async () => {
    const importsLib = "import { headwordOf } from '@/lib/glossary-marks';\n\nexport const value = headwordOf;\n";
    for (const code of [importsLib, importsServerType])
      expect(await problems('content/lint-fixture/bad.ts', code)).toEqual([
        expect.stringMatching(/content\/ imports nothing of ours outside content/),
      ]);
    const importsContent = "import { findTerm } from '@/content/find-term';\n\nexport const value = findTerm;\n";
    expect(await problems('content/lint-fixture/good.ts', importsContent)).toEqual([]);
  });

  // typescript-eslint parses at most eight files outside the project: the fixtures share their names where they can.
  it('refuses server/auth importing another room of server/, and lets it use the database', async () => {
    const importsTeacher = "import { getClass } from '../teacher/classes';\n\nexport const value = getClass;\n";
    const importsLearner =
      "import type { StudentCard } from '@/server/learner/students';\n\nexport type Card = StudentCard;\n";
    for (const code of [importsTeacher, importsLearner])
      expect(await problems('server/auth/lint-fixture/fixture.ts', code)).toEqual([
        expect.stringMatching(/server\/auth imports no other room/),
      ]);
    const importsDb = "import { db } from '../db/client';\n\nexport const value = db;\n";
    expect(await problems('server/auth/lint-fixture/fixture.ts', importsDb)).toEqual([]);
  });

  it("refuses a 'use client' file outside components/ that imports server/", async () => {
    expect(await problems('app/lint-fixture/bad.tsx', `'use client';\n\n${importsServerValue}`)).toEqual([
      expect.stringMatching(/^fuente\/no-server-in-client: '@\/server\/db\/client' is server-only/),
    ]);
    expect(await problems('app/lint-fixture/good.tsx', importsServerValue)).toEqual([]);
  });

  // The typed rules need TypeScript's view of the project, which `npm run lint` builds: here, only that they are on.
  it('refuses floating and misused promises everywhere', async () => {
    for (const file of ['lib/lint-fixture/bad.ts', 'components/lint-fixture/Bad.tsx', 'server/x/lint-fixture/bad.ts']) {
      const { rules } = await eslint.calculateConfigForFile(path.join(root, file));
      expect(rules['@typescript-eslint/no-floating-promises'], file).toEqual([2]);
      expect(rules['@typescript-eslint/no-misused-promises'], file).toEqual([
        2,
        { checksVoidReturn: { attributes: false } },
      ]);
    }
  });
});
