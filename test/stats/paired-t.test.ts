import { describe, expect, it } from 'vitest';
import { pairedT } from '../../src/stats/paired-t.js';
import { readFixture } from './reference.js';

interface Case {
  baseline: number[];
  candidate: number[];
  delta: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
}

describe('pairedT against scipy.stats.ttest_rel', () => {
  it.each(readFixture<Case>('paired-t.json').map((entry) => [entry.baseline.length, entry] as const))(
    'n = %i',
    (_n, entry) => {
      const result = pairedT(entry.baseline, entry.candidate, 0.95);
      expect(result.delta).toBeCloseTo(entry.delta, 12);
      expect(result.ciLow).toBeCloseTo(entry.ciLow, 8);
      expect(result.ciHigh).toBeCloseTo(entry.ciHigh, 8);
      // jstat's Student t CDF is good to about 1e-7 at large degrees of freedom.
      expect(result.pValue).toBeCloseTo(entry.pValue, 6);
    },
  );
});

describe('pairedT where scipy has no answer', () => {
  it('reports a constant difference as its own interval: p = 0 when it moved, 1 when not', () => {
    expect(pairedT([0, 0.25, 0.5], [0.25, 0.5, 0.75], 0.95)).toMatchObject({ ciLow: 0.25, ciHigh: 0.25, pValue: 0 });
    const same = pairedT([0.2, 0.4], [0.2, 0.4], 0.95);
    expect(same).toMatchObject({ delta: 0, ciLow: 0, ciHigh: 0, pValue: 1 });
  });

  it('refuses sides of different lengths', () => {
    expect(() => pairedT([0.1, 0.2], [0.1], 0.95)).toThrow('2 baseline values but 1 candidate values');
  });
});
