import { describe, expect, it } from 'vitest';
import { binomialCdf } from '../../src/stats/binomial.js';
import { mcnemarExact } from '../../src/stats/mcnemar.js';
import { holmAdjust } from '../../src/stats/multiple-testing.js';
import { minDetectableDrop, type PairedCounts, pairedAccuracyDelta } from '../../src/stats/paired-accuracy.js';
import { wilsonInterval } from '../../src/stats/proportion.js';
import { expectNear, readFixture } from './reference.js';

describe('mcnemarExact', () => {
  const cases = readFixture<{ b: number; c: number; pValue: number; midPValue: number }>('mcnemar.json');

  it.each(cases)(
    'b=$b c=$c matches statsmodels mcnemar(exact=True) and the scipy mid-p',
    ({ b, c, pValue, midPValue }) => {
      const result = mcnemarExact(b, c);
      expectNear(result.pValue, pValue, { relative: 1e-10, absolute: 1e-300 }, 'p');
      expectNear(result.midPValue, midPValue, { relative: 1e-10, absolute: 1e-300 }, 'mid-p');
    },
  );

  it('is symmetric in b and c, and the mid-p never exceeds the exact p', () => {
    for (const [b, c] of [
      [3, 17],
      [250, 190],
      [0, 4],
    ] as const) {
      expect(mcnemarExact(b, c)).toEqual(mcnemarExact(c, b));
      expect(mcnemarExact(b, c).midPValue).toBeLessThanOrEqual(mcnemarExact(b, c).pValue);
    }
  });

  it('sums the upper tail above the mean', () => {
    // P(X ≤ 7 | n=10, p=½) = 1 − (1 + 10 + 45)/1024.
    expectNear(binomialCdf(7, 10, 0.5), 1 - 56 / 1024, { relative: 1e-14 }, 'cdf');
  });
});

interface PairedCase {
  counts: PairedCounts;
  confidence: number;
  delta: number;
  standardError: number;
  ciLow: number;
  ciHigh: number;
  minDetectableDrop: number;
  alpha: number;
  power: number;
  negativeFlipRate: number;
  flipLow: number;
  flipHigh: number;
}

describe('paired accuracy delta, power and negative flip rate', () => {
  const cases = readFixture<PairedCase>('paired.json');
  const tolerance = { relative: 1e-12, absolute: 1e-15 };

  it.each(cases)('N=$counts.both+… at $confidence matches numpy/scipy per-example differences', (reference) => {
    const result = pairedAccuracyDelta(reference.counts, { confidence: reference.confidence });
    expectNear(result.delta, reference.delta, tolerance, 'delta');
    expectNear(result.standardError, reference.standardError, tolerance, 'standard error');
    expectNear(result.ciLow, reference.ciLow, tolerance, 'ciLow');
    expectNear(result.ciHigh, reference.ciHigh, tolerance, 'ciHigh');
    const drop = minDetectableDrop(reference.counts, { alpha: reference.alpha, power: reference.power });
    expectNear(drop, reference.minDetectableDrop, tolerance, 'minimum detectable drop');
  });

  it.each(cases)('negative flip rate b/N with the statsmodels Wilson interval ($confidence)', (reference) => {
    const { counts } = reference;
    const total = counts.both + counts.baselineOnly + counts.candidateOnly + counts.neither;
    const interval = wilsonInterval(counts.baselineOnly, total, { confidence: reference.confidence });
    expectNear(interval.estimate, reference.negativeFlipRate, tolerance, 'NFR');
    expectNear(interval.ciLow, reference.flipLow, tolerance, 'NFR low');
    expectNear(interval.ciHigh, reference.flipHigh, tolerance, 'NFR high');
  });

  it('rejects counts that are not non-negative integers', () => {
    expect(() =>
      pairedAccuracyDelta({ both: 1, baselineOnly: -1, candidateOnly: 0, neither: 0 }, { confidence: 0.95 }),
    ).toThrow(/baselineOnly/);
    expect(() => wilsonInterval(5, 3, { confidence: 0.95 })).toThrow(/count/);
  });
});

describe('holmAdjust', () => {
  const cases = readFixture<{ pValues: number[]; adjusted: number[]; rejectAt05: boolean[] }>('holm.json');

  it.each(cases)('matches statsmodels multipletests(method="holm") on %#', ({ pValues, adjusted, rejectAt05 }) => {
    const result = holmAdjust(pValues);
    result.forEach((value, i) => {
      expectNear(value, adjusted[i] as number, { relative: 1e-12 }, `p[${i}]`);
    });
    expect(result.map((value) => value <= 0.05)).toEqual(rejectAt05);
  });
});
