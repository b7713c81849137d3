import { describe, expect, it } from 'vitest';
import { displayOrder, shuffledFor } from './option-order';

const options = ['a', 'b', 'c', 'd'];

describe('option order', () => {
  it('is the same for the same attempt and item, every time', () => {
    expect(shuffledFor(options, 12345, 'c-countries')).toEqual(shuffledFor(options, 12345, 'c-countries'));
  });

  it('is a reordering of the options, nothing added or lost', () => {
    for (let seed = 0; seed < 50; seed += 1) expect([...shuffledFor(options, seed, 'item')].sort()).toEqual(options);
  });

  it('differs between attempts and between items of one attempt', () => {
    const byAttempt = new Set(Array.from({ length: 40 }, (_, seed) => shuffledFor(options, seed, 'item').join('')));
    const byItem = new Set(Array.from({ length: 40 }, (_, index) => shuffledFor(options, 7, `item-${index}`).join('')));
    expect(byAttempt.size).toBeGreaterThan(15);
    expect(byItem.size).toBeGreaterThan(15);
  });

  it('puts the first option of the content in every place equally often', () => {
    const places = [0, 0, 0, 0];
    const attempts = 8000;
    for (let seed = 0; seed < attempts; seed += 1)
      places[shuffledFor(options, seed * 2654435761, 'c-why-criticize').indexOf('a')]! += 1;
    for (const count of places) {
      expect(count / attempts).toBeGreaterThan(0.22);
      expect(count / attempts).toBeLessThan(0.28);
    }
  });

  it('shuffles a matching item’s people and organizations, and leaves other lists alone', () => {
    const voices = { people: ['p1', 'p2', 'p3'], organizations: ['o1', 'o2', 'o3'] };
    const matchingOrders = new Set(
      Array.from({ length: 30 }, (_, seed) =>
        JSON.stringify(displayOrder({ id: 'm', type: 'matching' }, voices, seed)),
      ),
    );
    expect(matchingOrders.size).toBeGreaterThan(10);
    expect(displayOrder({ id: 'e', type: 'evidence' }, voices, 99)).toEqual({ options: [], ...voices });
  });
});
