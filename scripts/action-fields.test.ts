import { describe, expect, it } from 'vitest';
import { actionFieldsAreSafe } from './action-fields.mjs';

const ID = '7fa78fffc24c89c7afb3d9bd7898fe08d5c2d0f6f5';
const KEY = 'k2f22fdc1562ff9ef0bb69c2d4acb81bc';
const meta = (bound: unknown = '$@1', id = ID) => JSON.stringify({ id, bound });

/** A no-JS form as React renders it for useActionState: the action, its previous state, the state key, a field. */
function form(bound: string, extra: [string, string][] = [], metaPart = meta()): [string, string][] {
  return [
    ['$ACTION_REF_1', ''],
    ['$ACTION_1:0', metaPart],
    ['$ACTION_1:1', bound],
    ['$ACTION_KEY', KEY],
    ['displayName', 'Ana'],
    ...extra,
  ];
}

describe('actionFieldsAreSafe', () => {
  it('passes the forms the app renders, with their previous state, and posts that run no action', () => {
    expect(actionFieldsAreSafe(form('[{"status":"idle"}]'))).toBe(true);
    const typed = {
      status: 'error',
      message: 'Fix',
      values: { displayName: '$$ money', code: 'AB12' },
      n: '$undefined',
    };
    expect(actionFieldsAreSafe(form(JSON.stringify([typed])))).toBe(true);
    expect(
      actionFieldsAreSafe([
        [`$ACTION_ID_${ID}`, ''],
        ['classId', 'x'],
      ]),
    ).toBe(true);
    expect(actionFieldsAreSafe([['q', 'search']])).toBe(true);
  });

  // The nine posts that hung the server or made it answer 500 (issue 35), and their neighbours.
  it.each([
    ['a bound argument referring to a server function', '[{"x":"$h0"}]'],
    ['a bound part that is not JSON', '['],
    ['a Map reference', '["$Q2"]'],
    ['a temporary reference', '["$T"]'],
    ['a Blob reference', '["$B1"]'],
    ['a stream reference', '["$R1"]'],
    ['a symbol', '["$S"]'],
    ['a "$Y" reference', '["$Y"]'],
    ['a part referring to itself', '["$@1"]'],
    ['deep nesting', `${'['.repeat(40)}1${']'.repeat(40)}`],
    ['a bound part that is not an array', '{"status":"idle"}'],
  ])('refuses %s', (_label, bound) => {
    expect(actionFieldsAreSafe(form(bound))).toBe(false);
  });

  it('refuses metadata other than the action id and "$@1"', () => {
    for (const metaPart of [
      meta('$@9'),
      meta('$@0'),
      meta([1]),
      meta('$@1', 'x'),
      '{',
      '{"id":"a","bound":"$@1","z":1}',
    ])
      expect(actionFieldsAreSafe(form('[{"status":"idle"}]', [], metaPart)), metaPart).toBe(false);
  });

  it('refuses fields React would read that no form of the app writes', () => {
    const idle = '[{"status":"idle"}]';
    expect(actionFieldsAreSafe(form(idle, [['$ACTION_1:2', '[]']]))).toBe(false);
    expect(actionFieldsAreSafe(form(idle, [['$ACTION_2:0', meta()]]))).toBe(false);
    expect(actionFieldsAreSafe(form(idle, [['$ACTION_REF_2', '']]))).toBe(false);
    expect(actionFieldsAreSafe(form(idle, [[`$ACTION_ID_${ID}`, '']]))).toBe(false);
    expect(actionFieldsAreSafe(form(idle, [['$ACTION_1:1', idle]]))).toBe(false);
    expect(actionFieldsAreSafe(form(idle, [['$ACTION_OTHER', '']]))).toBe(false);
    expect(actionFieldsAreSafe([['$ACTION_REF_1', '']])).toBe(false);
    expect(actionFieldsAreSafe([['$ACTION_1:0', meta()]])).toBe(false);
    expect(actionFieldsAreSafe([['$ACTION_ID_', '']])).toBe(false);
    expect(actionFieldsAreSafe([['$ACTION_ID_x', '']])).toBe(false);
    expect(actionFieldsAreSafe([['$ACTION_KEY', '$@1']])).toBe(false);
    expect(actionFieldsAreSafe(form('x'.repeat(70_000)))).toBe(false);
  });
});
