import { describe, expect, it } from 'vitest';
import { isPlainReply, isRouterStateTree, refusal } from './server-action-request';

const ACTION = 'a'.repeat(42);
const post = (body: BodyInit, headers: Record<string, string>) =>
  new Request('http://localhost/en/join', { method: 'POST', body, headers: { 'next-action': ACTION, ...headers } });

describe('isPlainReply', () => {
  it('accepts what React sends to the app’s actions', () => {
    expect(isPlainReply(['$K1'])).toBe(true);
    expect(isPlainReply([{ status: 'idle' }, '$K1'])).toBe(true);
    expect(isPlainReply([{ lessonSlug: 'x', response: { optionIds: ['a', 'b'] }, note: '$$dollar', seq: 1 }])).toBe(
      true,
    );
    expect(isPlainReply([])).toBe(true);
  });
  it('refuses other references, too many arguments, deep or huge values and prototype keys', () => {
    expect(isPlainReply({})).toBe(false);
    expect(isPlainReply(['$@1'])).toBe(false);
    expect(isPlainReply(['$Q1'])).toBe(false);
    expect(isPlainReply(Array(5).fill(0))).toBe(false);
    expect(isPlainReply([Array(20_000).fill(0)])).toBe(false);
    expect(isPlainReply([JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`)])).toBe(false);
    expect(isPlainReply([JSON.parse('{"__proto__":{"polluted":true}}')])).toBe(false);
  });
});

describe('isRouterStateTree', () => {
  it('accepts URL-encoded JSON arrays only', () => {
    expect(isRouterStateTree(encodeURIComponent('["",{"children":["__PAGE__",{}]}]'))).toBe(true);
    expect(isRouterStateTree('%00')).toBe(false);
    expect(isRouterStateTree('%E0%A4%A')).toBe(false);
    expect(isRouterStateTree(encodeURIComponent('{}'))).toBe(false);
  });
});

describe('refusal', () => {
  it('lets well-formed action requests and ordinary pages through', async () => {
    expect(await refusal(new Request('http://localhost/en'))).toBeNull();
    expect(await refusal(post('["$K1"]', { 'content-type': 'text/plain;charset=UTF-8' }))).toBeNull();
    const form = new FormData();
    form.append('1_name', 'Ana');
    form.append('0', '["$K1"]');
    expect(await refusal(post(form, {}))).toBeNull();
  });
  it('refuses each kind of malformed request with its status', async () => {
    expect((await refusal(new Request(`http://localhost/en?q=${'x'.repeat(3_000)}`)))?.status).toBe(414);
    expect(
      (await refusal(new Request('http://localhost/en', { headers: { 'next-router-state-tree': '%00' } })))?.status,
    ).toBe(400);
    expect(
      (await refusal(new Request('http://localhost/en', { method: 'POST', headers: { 'next-action': 'x' } })))?.status,
    ).toBe(404);
    expect((await refusal(post('{}', { 'content-type': 'application/json' })))?.status).toBe(415);
    expect((await refusal(post('[', { 'content-type': 'text/plain' })))?.status).toBe(400);
    expect(
      (await refusal(post(new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d]), { 'content-type': 'text/plain' })))?.status,
    ).toBe(400);
    expect(
      (await refusal(post(JSON.stringify(['x'.repeat(1_100_000)]), { 'content-type': 'text/plain' })))?.status,
    ).toBe(413);
    expect((await refusal(post('--x\r\n', { 'content-type': 'multipart/form-data; boundary=x' })))?.status).toBe(400);
  });
});

describe('refusal of forms posted without JavaScript', () => {
  const noScript = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request('http://localhost/en/join.txt', { method: 'POST', body, headers });
  const form = (fields: [string, string | Blob][]) => {
    const data = new FormData();
    for (const [name, value] of fields) data.append(name, value);
    return data;
  };

  it('lets a form naming a well-formed action through, and a POST without a body', async () => {
    expect(
      await refusal(
        noScript(
          form([
            [`$ACTION_ID_${ACTION}`, ''],
            ['name', 'Ana'],
          ]),
        ),
      ),
    ).toBeNull();
    expect(await refusal(noScript(new URLSearchParams({ [`$ACTION_ID_${ACTION}`]: '', code: 'ABC' })))).toBeNull();
    expect(await refusal(new Request('http://localhost/en', { method: 'POST' }))).toBeNull();
  });

  it('refuses a malformed action name, files, too many fields, other formats, unreadable and oversized bodies', async () => {
    expect((await refusal(noScript(form([['$ACTION_ID_x', '']]))))?.status).toBe(404);
    expect((await refusal(noScript(form([['file', new Blob(['x'])]]))))?.status).toBe(415);
    const many = Array.from({ length: 101 }, (_, index): [string, string] => [`f${index}`, 'x']);
    expect((await refusal(noScript(form(many))))?.status).toBe(413);
    expect((await refusal(noScript('{"a":1}', { 'content-type': 'application/json' })))?.status).toBe(415);
    expect((await refusal(noScript('--x\r\n', { 'content-type': 'multipart/form-data; boundary=x' })))?.status).toBe(
      400,
    );
    expect(
      (
        await refusal(
          noScript('a=1', { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '2000000' }),
        )
      )?.status,
    ).toBe(413);
  });
});

describe('refusal of JSON bodies', () => {
  const json = (path: string) =>
    new Request(`http://localhost${path}`, {
      method: 'POST',
      body: '{"a":1}',
      headers: { 'content-type': 'application/json' },
    });

  it('leaves the JSON endpoints’ bodies to the endpoints, and refuses JSON anywhere else', async () => {
    expect(await refusal(json('/api/es/answers'))).toBeNull();
    expect(await refusal(json('/api/en/reading-progress'))).toBeNull();
    expect((await refusal(json('/api/es/answers/x')))?.status).toBe(415);
    expect((await refusal(json('/api/health')))?.status).toBe(415);
    expect((await refusal(json('/en/lessons/x/quiz/attribution')))?.status).toBe(415);
  });
});
