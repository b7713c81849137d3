// `npm run lint` (part of `npm test`): Next's recommended rules, typescript-eslint's promise checks, and the layers of
// the codebase (README, "Project layout"): app -> components -> lib -> content, app -> server -> lib -> content;
// content/ is the leaf; inside server/, auth/ is the floor the other rooms stand on. scripts/eslint-config.test.ts breaks
// each layer rule once.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

/** Modules that only the server may load: a client bundle that imports one leaks secrets or fails to build. */
const SERVER_ONLY_MODULES = [
  'server-only',
  'next/headers',
  '@prisma/client',
  '@prisma/*',
  'pg',
  '@electric-sql/pglite',
  'node:*',
];

/** A file that starts with 'use client' runs in the browser: it may not import server-only modules or server/. */
const noServerInClient = {
  meta: {
    type: 'problem',
    docs: { description: "Files marked 'use client' do not import server/ or server-only modules." },
    messages: { serverImport: "'{{source}}' is server-only: a 'use client' file may not import it." },
    schema: [],
  },
  create(context) {
    const isClient = context.sourceCode.ast.body.some(
      (node) => node.type === 'ExpressionStatement' && node.directive === 'use client',
    );
    if (!isClient) return {};
    const serverOnly = (source) =>
      source.startsWith('@/server/') ||
      /(^|\/)server\//.test(source) ||
      SERVER_ONLY_MODULES.some((name) => (name.endsWith('*') ? source.startsWith(name.slice(0, -1)) : source === name));
    return {
      ImportDeclaration(node) {
        if (serverOnly(node.source.value))
          context.report({ node, messageId: 'serverImport', data: { source: node.source.value } });
      },
    };
  },
};

/** The rooms of server/ that build on auth/ (db/, env and the retention policy sit beneath it). */
const FEATURE_ROOMS = ['learner', 'teacher', 'quiz', 'assignments', 'reports', 'demo', 'testing'];

const ourFolders = (...folders) => folders.flatMap((folder) => [`@/${folder}`, `@/${folder}/*`]);

export default defineConfig([
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'generated/**',
    '.data/**',
    '.test-data/**',
    'test-results/**',
    'playwright-report/**',
    'coverage/**',
    'next-env.d.ts',
  ]),
  ...nextVitals,
  ...nextTypeScript,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    // lint-fixture/ files exist only in scripts/eslint-config.test.ts, which lints code that breaks the layers.
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.mts', '*/lint-fixture/*.ts', '*/lint-fixture/*.tsx', '*/*/lint-fixture/*.ts'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { fuente: { rules: { 'no-server-in-client': noServerInClient } } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'fuente/no-server-in-client': 'error',
      // A leading underscore marks a parameter a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright fixtures call a `use` that is not React's.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Components never import server/, not even types: the shapes the browser sees live in lib/. Nor app/: pages
    // import components and hand them their Server Actions as props, so the arrow points one way.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ourFolders('server'), message: 'Components never import server/: move the shape to lib/.' },
            {
              group: ourFolders('app'),
              message: 'Components never import app/: the page passes its actions as props.',
            },
            { group: SERVER_ONLY_MODULES, message: 'Components render in the browser too: no server-only modules.' },
          ],
        },
      ],
    },
  },
  {
    // content/ is the leaf: the lesson files' schemas and checks, which lib/, server/ and the pages build on. It imports
    // nothing of ours outside itself, so that reading a lesson never drags in the app.
    files: ['content/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...ourFolders('lib', 'server', 'components', 'app', 'i18n', 'messages'),
                ...['lib', 'server', 'components', 'app', 'i18n', 'messages'].flatMap((folder) => [
                  `../${folder}`,
                  `../${folder}/**`,
                ]),
              ],
              message: 'content/ imports nothing of ours outside content/.',
            },
          ],
        },
      ],
    },
  },
  {
    // lib/ is isomorphic and imports nothing of ours but content/.
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ourFolders('server', 'components', 'app', 'i18n', 'messages'),
              message: 'lib/ imports nothing of ours but content/.',
            },
            { group: SERVER_ONLY_MODULES, message: 'lib/ runs in the browser too: no server-only modules.' },
          ],
        },
      ],
    },
  },
  {
    // server/auth/ (sessions, tokens, passwords, throttles) is what every other room checks a request with; it imports
    // none of the feature rooms, so that a change to classes or quizzes can never change who is signed in.
    files: ['server/auth/**/*.ts'],
    ignores: ['server/auth/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...FEATURE_ROOMS.flatMap((room) => [`@/server/${room}`, `@/server/${room}/**`]),
                ...FEATURE_ROOMS.flatMap((room) => [`../${room}`, `../${room}/**`]),
              ],
              message: 'server/auth imports no other room of server/: move what it needs into server/auth.',
            },
          ],
        },
      ],
    },
  },
]);
