import { describe, expect, it, vi } from 'vitest';
import { postJson } from './post-json';
import { postAnswer } from './quiz/post-answer';
import type { SaveRequest } from './quiz/save-request';

const save: SaveRequest = {
  lessonSlug: 'lesson',
  quizId: 'attribution',
  attemptId: null,
  itemId: 'item',
  response: { optionId: 'a' },
  saveId: 'save-1',
  seq: 1,
  check: false,
};
const messages = { server: 'try again', invalid: 'not read' };
const answering = (body: BodyInit | null, status: number, type = 'application/json') =>
  vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': type } }));

describe('postJson and postAnswer', () => {
  it('posts the save as JSON to the endpoint of the page’s language and returns the app’s reply', async () => {
    const reply = { status: 'ok', attemptId: 'a1', itemId: 'item', checked: false, queueOwner: 'o' };
    const fetchReply = answering(JSON.stringify(reply), 200);
    expect(await postAnswer(save, 'es', messages, fetchReply)).toEqual(reply);
    expect(fetchReply).toHaveBeenCalledWith('/api/es/answers', expect.objectContaining({ method: 'POST' }));
    const init = (fetchReply.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(JSON.parse(init.body as string)).toEqual(save);
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
  });

  it('passes the app’s own refusals on as they are, retryable or not', async () => {
    const refusal = { status: 'error', code: 'submitted', message: 'already submitted' };
    expect(await postJson('/api/en/answers', save, messages, answering(JSON.stringify(refusal), 409))).toEqual(refusal);
  });

  it('makes a reply the app did not write retryable when it says "later", and final otherwise', async () => {
    expect(
      await postJson('/api/en/answers', save, messages, answering('<h1>Bad gateway</h1>', 502, 'text/html')),
    ).toEqual({
      status: 'error',
      code: 'server',
      message: 'try again',
    });
    expect(await postJson('/api/en/answers', save, messages, answering('Too many', 429, 'text/plain'))).toMatchObject({
      code: 'server',
    });
    expect(await postJson('/api/en/answers', save, messages, answering('Forbidden', 403, 'text/plain'))).toEqual({
      status: 'error',
      code: 'invalid',
      message: 'not read',
    });
  });

  it('throws when the network fails, so that the queue keeps the save', async () => {
    const offline = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(postJson('/api/en/answers', save, messages, offline)).rejects.toThrow('Failed to fetch');
  });
});
