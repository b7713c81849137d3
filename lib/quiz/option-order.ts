import { seededRandom } from '@/lib/seeded-random';

// The order in which a quiz shows an item's options. It is a shuffle seeded by the attempt's seed and the item's id:
// the same attempt sees the same order everywhere (reloads, other devices, forms without JavaScript, both languages,
// the results page, the teacher's drill-down), another attempt sees another, and the content's order says nothing.

/** The largest seed: seeds are stored in a PostgreSQL INTEGER. */
export const MAX_ORDER_SEED = 2_147_483_647;

/** FNV-1a over the item id, mixed with the attempt's seed: one generator seed per (attempt, item). */
function itemSeed(seed: number, itemId: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let index = 0; index < itemId.length; index += 1) {
    hash ^= itemId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The options of one item in the order this attempt shows them (Fisher-Yates with a seeded generator). */
export function shuffledFor<T>(options: readonly T[], seed: number, itemId: string): T[] {
  const random = seededRandom(itemSeed(seed, itemId));
  const shuffled = [...options];
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
  }
  return shuffled;
}

type Ordered<Option, Person, Organization> = { options: Option[]; people: Person[]; organizations: Organization[] };

/**
 * What an attempt shows, in order: a choice item's options, and a matching item's people and organizations (each
 * list shuffled on its own). Other lists keep their order: evidence sentences follow the article, kinds are fixed.
 */
export function displayOrder<Option, Person, Organization>(
  item: { id: string; type: string; options?: readonly Option[] },
  voices: { people: readonly Person[]; organizations: readonly Organization[] },
  seed: number,
): Ordered<Option, Person, Organization> {
  const matching = item.type === 'matching';
  return {
    options: item.options ? shuffledFor(item.options, seed, item.id) : [],
    people: matching ? shuffledFor(voices.people, seed, `${item.id}/speaker`) : [...voices.people],
    organizations: matching
      ? shuffledFor(voices.organizations, seed, `${item.id}/organization`)
      : [...voices.organizations],
  };
}
