import { describe, expect, it } from 'vitest';
import { clearPending, pendingKey, readPending, writePending } from './pending-answers';

/** localStorage's interface over a Map. */
function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    key: (index) => [...values.keys()][index] ?? null,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
    clear: () => values.clear(),
  };
}

describe('unsent answers in the browser', () => {
  it('are stored per learner and quiz, and removed when none is left', () => {
    const storage = memoryStorage();
    writePending(storage, pendingKey('ana', 'lesson:comprehension'), [{ itemId: 'one' }]);
    writePending(storage, pendingKey('ben', 'lesson:comprehension'), [{ itemId: 'two' }]);
    expect(readPending(storage, pendingKey('ana', 'lesson:comprehension'))).toEqual([{ itemId: 'one' }]);
    expect(readPending(storage, pendingKey('ben', 'lesson:comprehension'))).toEqual([{ itemId: 'two' }]);
    writePending(storage, pendingKey('ana', 'lesson:comprehension'), []);
    expect(storage.getItem(pendingKey('ana', 'lesson:comprehension'))).toBeNull();
  });

  it('are cleared at sign-out for the learner signing out, every quiz of theirs, and nobody else’s', () => {
    const storage = memoryStorage();
    for (const scope of ['lesson:comprehension', 'lesson:attribution'])
      writePending(storage, pendingKey('ana', scope), [{ itemId: scope }]);
    writePending(storage, pendingKey('anabel', 'lesson:comprehension'), [{ itemId: 'x' }]);
    storage.setItem('unrelated', 'kept');
    clearPending(storage, 'ana');
    expect([0, 1].map((index) => storage.key(index)).sort()).toEqual([
      pendingKey('anabel', 'lesson:comprehension'),
      'unrelated',
    ]);
  });

  it('read as nothing when storage holds something else', () => {
    const storage = memoryStorage();
    storage.setItem(pendingKey('ana', 'q'), '{not json');
    expect(readPending(storage, pendingKey('ana', 'q'))).toEqual([]);
    storage.setItem(pendingKey('ana', 'q'), '{"an":"object"}');
    expect(readPending(storage, pendingKey('ana', 'q'))).toEqual([]);
  });
});
