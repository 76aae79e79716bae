import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/stats/random.js';
import { sortNumbers } from '../../src/stats/sort.js';

function values(n: number, make: (uniform: number) => number): Float64Array {
  const random = seededRandom(7);
  return Float64Array.from({ length: n }, () => make(random.uniform()));
}

describe('sortNumbers', () => {
  it.each([
    ['small integer lengths (counted)', values(20_000, (u) => Math.floor(u * 300))],
    ['one length only (counted)', values(10_000, () => 1)],
    ['fractions (native sort)', values(10_000, (u) => u * 10)],
    ['negatives (native sort)', values(10_000, (u) => Math.floor(u * 20) - 10)],
    [
      'a value past the counting range (native sort)',
      Float64Array.of(...values(10_000, (u) => Math.floor(u * 9)), 1e6),
    ],
    ['-0 and NaN (native sort)', Float64Array.of(...values(10_000, (u) => Math.floor(u * 9)), -0, Number.NaN)],
    ['a short array (native sort)', values(100, (u) => Math.floor(u * 9))],
  ])('%s: the same order as Float64Array.prototype.sort', (_name, input) => {
    const expected = Float64Array.from(input).sort();
    const sorted = sortNumbers(Float64Array.from(input));
    expect(sorted.length).toBe(expected.length);
    for (let i = 0; i < expected.length; i++) expect(Object.is(sorted[i], expected[i])).toBe(true);
  });
});
