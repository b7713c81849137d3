// Malformed and hostile inputs for e2e/fuzz.spec.ts, drawn from a seeded generator so a failure can be replayed.

const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Strings no form of the app accepts as valid: wrong types, huge, control characters, injections, forged ids. */
export function hostileStrings(otherTenantIds: string[]): string[] {
  return [
    '',
    ' ',
    'a'.repeat(100_000),
    '\u0000',
    '\u0000\u0001\u001f',
    '\uD800',
    '\u202Egnp.exe',
    '😀'.repeat(2_000),
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    `'; DROP TABLE "Learner"; --`,
    `' OR '1'='1`,
    '%00',
    '../../../../etc/passwd',
    '__proto__',
    'constructor',
    '{"__proto__":{"polluted":true}}',
    'null',
    'undefined',
    'NaN',
    '-1',
    '-0',
    '1e309',
    '99999999999999999999',
    '0x1F',
    '$K1',
    '$@1',
    '$Q1',
    '$F1',
    '=HYPERLINK("http://evil.example")',
    '@SUM(1+1)',
    // A well-formed id of nothing; fixed, so that a fuzz seed replays the same requests.
    '3f2c9a57-8d4b-4e21-9a6f-0c1b2d3e4f50',
    '00000000-0000-0000-0000-000000000000',
    'not-a-uuid',
    deepArray(5_000),
    ...otherTenantIds,
  ];
}

/** JSON values of the wrong type or shape for any argument. */
export function hostileValues(strings: string[]): unknown[] {
  return [
    ...strings.slice(0, 20),
    0,
    -1,
    1.5,
    1e308,
    true,
    false,
    null,
    {},
    [],
    { __proto__: { polluted: true } },
    { lessonSlug: { $ne: null }, attemptId: ['x'] },
    Array.from({ length: 100_000 }, () => 0),
    JSON.parse(deepArray(2_000)),
  ];
}

/** Every field name any form of the app uses, and some it does not. */
export const FIELD_NAMES = [
  'classId',
  'learnerId',
  'name',
  'displayName',
  'email',
  'password',
  'current',
  'next',
  'confirm',
  'joinCode',
  'code',
  'resumeCode',
  'attemptId',
  'itemId',
  'response',
  'saveId',
  'seq',
  'check',
  'lessonSlug',
  'quizId',
  'furthestParagraph',
  'level',
  'textSize',
  'lineSpacing',
  'shown',
  'chosen',
  'feedbackMode',
  'retakes',
  'defaultLocale',
  'confirmation',
  'archived',
  'locale',
  '__proto__',
  'constructor',
  'x'.repeat(5_000),
  '$ACTION_ID_x',
  '1_',
  '',
];

/**
 * Bound-argument parts (`$ACTION_<n>:1`) of a no-JS form that once hung the server or made it answer 500: references
 * to a server function, a Map, a temporary reference, a Blob, a stream, a symbol, broken JSON, deep nesting.
 */
export const HOSTILE_BOUND_PARTS = [
  '[{"x":"$h0"}]',
  '[',
  '["$Q2"]',
  '["$T"]',
  '["$B1"]',
  '["$R1"]',
  '["$S"]',
  '["$Y"]',
  `${'['.repeat(200)}1${']'.repeat(200)}`,
];

export const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
