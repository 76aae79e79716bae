import { describe, expect, it } from 'vitest';
import { binomialPmf } from '../../src/stats/binomial.js';
import { seededRandom } from '../../src/stats/random.js';
import { chiSquareSf } from '../../src/stats/special.js';

/**
 * Pearson goodness of fit of `draws` samples against the exact Binomial(n, p) pmf, pooling
 * the tails so that every bin expects at least 5. Seeds are fixed, so the p-value is a
 * deterministic number; a sampler off by a fraction of a standard deviation drives it to ~0.
 */
function goodnessOfFit(n: number, p: number, draws: number, seed: number): number {
  const random = seededRandom(seed);
  const observed = new Map<number, number>();
  for (let i = 0; i < draws; i++) {
    const x = random.binomial(n, p);
    expect(Number.isInteger(x) && x >= 0 && x <= n).toBe(true);
    observed.set(x, (observed.get(x) ?? 0) + 1);
  }
  const bins: Array<{ expected: number; observed: number }> = [];
  let pending = { expected: 0, observed: 0 };
  for (let k = 0; k <= n; k++) {
    const expected = binomialPmf(k, n, p) * draws;
    if (expected < 1e-9 && pending.expected === 0 && (observed.get(k) ?? 0) === 0) continue;
    pending.expected += expected;
    pending.observed += observed.get(k) ?? 0;
    if (pending.expected >= 5) {
      bins.push(pending);
      pending = { expected: 0, observed: 0 };
    }
  }
  const last = bins[bins.length - 1] as { expected: number; observed: number };
  last.expected += pending.expected;
  last.observed += pending.observed;
  const statistic = bins.reduce((sum, bin) => sum + (bin.observed - bin.expected) ** 2 / bin.expected, 0);
  return chiSquareSf(statistic, bins.length - 1);
}

describe('seededRandom().binomial', () => {
  it.each([
    [12, 0.3],
    [200, 0.03],
    [1_000_000, 2e-6],
    [160, 0.25],
    [30, 0.4 + 0.5],
    [1000, 0.3],
    [100_000, 0.45],
    [1_000_000, 0.999],
  ])('Bin(%d, %d) fits the exact pmf (inversion and BTPE branches)', (n, p) => {
    expect(goodnessOfFit(n, p, 40_000, 17)).toBeGreaterThan(1e-4);
  });

  it('repeats its stream for the same seed', () => {
    const first = seededRandom(123);
    const second = seededRandom(123);
    const draws = (random: ReturnType<typeof seededRandom>) =>
      Array.from({ length: 50 }, (_, i) => random.binomial(10 + i * 1000, 0.3));
    expect(draws(first)).toEqual(draws(second));
    expect(seededRandom(124).binomial(1e6, 0.5)).not.toBe(seededRandom(123).binomial(1e6, 0.5));
  });

  it('rejects seeds MT19937 does not take', () => {
    expect(() => seededRandom(0)).toThrow(/seed/);
    expect(() => seededRandom(2 ** 32)).toThrow(/seed/);
  });
});
