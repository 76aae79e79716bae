import { describe, expect, it } from 'vitest';
import { kolmogorovSf } from '../../src/stats/kolmogorov.js';
import { ks2samp } from '../../src/stats/ks-two-sample.js';
import { expectNear, readFixture } from './reference.js';

describe('kolmogorovSf (scipy.stats.kstwo.sf)', () => {
  const cases = readFixture<{ n: number; x: number; sf: number }>('kstwo.json');

  it.each(cases)('n=$n x=$x', ({ n, x, sf }) => {
    expectNear(kolmogorovSf(n, x), sf, { relative: 1e-6, absolute: 1e-300 }, `kstwo.sf(${x}, ${n})`);
  });
});

interface KsCase {
  label: string;
  x: number[];
  y: number[];
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

describe('ks2samp (scipy.stats.ks_2samp, method="auto")', () => {
  const cases = readFixture<KsCase>('ks2samp.json');

  it.each(cases)('$label (n1=$x.length, n2=$y.length)', ({ x, y, statistic, pValue, method }) => {
    const result = ks2samp(x, y);
    expect(result.method).toBe(method);
    expectNear(result.statistic, statistic, { relative: 1e-15, absolute: 1e-15 }, 'D');
    // The bar: 1e-6 where SciPy is exact, 1e-4 for the asymptotic distribution.
    const tolerance = method === 'exact' ? 1e-6 : 1e-4;
    expectNear(result.pValue, pValue, { relative: tolerance, absolute: 1e-300 }, 'p-value');
  });

  it('covers both methods and both sides of the 10,000 limit', () => {
    const methods = new Set(cases.map((c) => c.method));
    expect(methods).toEqual(new Set(['exact', 'asymptotic']));
    expect(cases.some((c) => Math.max(c.x.length, c.y.length) === 10_000 && c.method === 'exact')).toBe(true);
    expect(cases.some((c) => Math.max(c.x.length, c.y.length) < 30)).toBe(true);
  });

  it('rejects empty and non-finite samples', () => {
    expect(() => ks2samp([], [1])).toThrow(/empty/);
    expect(() => ks2samp([1, Number.NaN], [1])).toThrow(/non-finite/);
  });
});
