import { describe, expect, it } from 'vitest';
import { RowFinder } from '../../src/dataset/row-finder.js';
import { seededRandom } from '../../src/stats/random.js';

const ids = Array.from({ length: 500 }, (_, i) => `ex-${i}`);
const rowOfId = new Map(ids.map((id, row) => [id, row]));

/** The finder's answers for a sequence of looked-up ids, beside the Map's. */
function both(lookups: readonly string[]): { found: (number | undefined)[]; mapped: (number | undefined)[] } {
  const finder = new RowFinder(ids, rowOfId);
  return { found: lookups.map((id) => finder.rowOf(id)), mapped: lookups.map((id) => rowOfId.get(id)) };
}

describe('RowFinder', () => {
  it("answers as the Map does for files in the dataset's order, shuffled, reversed, with gaps, repeats and unknown ids", () => {
    const random = seededRandom(9);
    const shuffled = [...ids];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random.uniform() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
    }
    const mixed = ids.flatMap((id, i) => (i % 7 === 0 ? [] : i % 11 === 0 ? [id, id, 'nope', `${id}x`] : [id]));
    // A few lines out of order inside an ordered file: the guess resumes after each.
    const swapped = ids.map((id, i) =>
      i % 50 === 10 ? (ids[i + 1] as string) : i % 50 === 11 ? (ids[i - 1] as string) : id,
    );
    for (const lookups of [ids, shuffled, [...ids].reverse(), mixed, swapped, ['ex-499', 'ex-0', 'ex-499', '']]) {
      const { found, mapped } = both(lookups);
      expect(found).toEqual(mapped);
    }
  });
});
