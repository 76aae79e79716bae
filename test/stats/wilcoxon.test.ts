import { describe, expect, it } from 'vitest';
import { wilcoxonSignedRank } from '../../src/stats/wilcoxon.js';
import { expectNear, readFixture } from './reference.js';

interface WilcoxonCase {
  label: string;
  differences: number[];
  statistic: number;
  pValue: number;
  method: 'exact' | 'approx';
}

describe('wilcoxonSignedRank (scipy.stats.wilcoxon defaults)', () => {
  const cases = readFixture<WilcoxonCase>('wilcoxon.json');

  it.each(cases)('$label', ({ differences, statistic, pValue, method }) => {
    const result = wilcoxonSignedRank(differences);
    expect(result.method).toBe(method);
    expectNear(result.statistic, statistic, { relative: 1e-12 }, 'statistic');
    expectNear(result.pValue, pValue, { relative: 1e-9, absolute: 1e-300 }, 'p-value');
  });

  it('reports no shift when every difference is zero (where scipy raises)', () => {
    expect(wilcoxonSignedRank([0, 0, 0])).toEqual({ statistic: 0, pValue: 1, method: 'approx' });
    expect(() => wilcoxonSignedRank([1, Number.NaN])).toThrow(/non-finite/);
  });
});
