import { describe, expect, it } from 'vitest';
import { lengthDistributionShift, wasserstein1 } from '../../src/stats/lengths-shift.js';
import { bootstrapMedianDeltas, medianDeltaInterval } from '../../src/stats/median-interval.js';
import { expectNear, expectQuantileOfDraws, readFixture } from './reference.js';

interface LengthsCase {
  label: string;
  baseline: number[];
  candidate: number[];
  wasserstein: number;
  meanDelta: number;
  medianDelta: number;
  p90Delta: number;
  p99Delta: number;
  ksStatistic: number;
  ksPValue: number;
}

describe('lengthDistributionShift', () => {
  const cases = readFixture<LengthsCase>('lengths.json');
  const tolerance = { relative: 1e-12, absolute: 1e-12 };

  it.each(cases)('$label: scipy wasserstein_distance, numpy mean/median/percentiles, ks_2samp', (reference) => {
    const shift = lengthDistributionShift(reference.baseline, reference.candidate);
    expectNear(shift.wasserstein, reference.wasserstein, tolerance, 'wasserstein');
    expectNear(wasserstein1(reference.candidate, reference.baseline), reference.wasserstein, tolerance, 'symmetric');
    expectNear(shift.meanDelta, reference.meanDelta, tolerance, 'mean');
    expectNear(shift.medianDelta, reference.medianDelta, tolerance, 'median');
    expectNear(shift.p90Delta, reference.p90Delta, tolerance, 'p90');
    expectNear(shift.p99Delta, reference.p99Delta, tolerance, 'p99');
    expectNear(shift.ks.statistic, reference.ksStatistic, tolerance, 'KS D');
    expectNear(shift.ks.pValue, reference.ksPValue, { relative: 1e-4, absolute: 1e-300 }, 'KS p');
  });

  it('rejects empty and non-finite lengths', () => {
    expect(() => lengthDistributionShift([], [1])).toThrow(/empty/);
    expect(() => wasserstein1([1], [Number.POSITIVE_INFINITY])).toThrow(/non-finite/);
  });
});

interface MedianCase {
  label: string;
  baseline: number[];
  candidate: number[];
  delta: number;
  referenceResamples: number;
  confidence: number;
  low: number;
  high: number;
}

describe('medianDeltaInterval', () => {
  const cases = readFixture<MedianCase>('median-interval.json');

  it.each(cases)('$label: matches a numpy paired row bootstrap up to Monte-Carlo error', (reference) => {
    const options = { baseline: reference.baseline, candidate: reference.candidate, resamples: 10_000, seed: 5 };
    const { delta, deltas } = bootstrapMedianDeltas(options);
    expect(delta).toBe(reference.delta);
    const tail = (1 - reference.confidence) / 2;
    expectQuantileOfDraws(deltas, tail, reference.low, reference.referenceResamples, 'low');
    expectQuantileOfDraws(deltas, 1 - tail, reference.high, reference.referenceResamples, 'high');
    const interval = medianDeltaInterval({ ...options, confidence: reference.confidence });
    expect(interval.delta).toBe(reference.delta);
    expect(interval.ciLow).toBeLessThanOrEqual(interval.ciHigh);
  });

  it('is reproducible from its seed', () => {
    const reference = cases[0] as MedianCase;
    const options = { baseline: reference.baseline, candidate: reference.candidate, resamples: 500, confidence: 0.95 };
    expect(medianDeltaInterval({ ...options, seed: 3 })).toEqual(medianDeltaInterval({ ...options, seed: 3 }));
  });

  it('gives a zero-width interval when nothing changed, and needs paired lengths', () => {
    const same = Array.from({ length: 200 }, (_, i) => i % 17);
    expect(medianDeltaInterval({ baseline: same, candidate: same, resamples: 200, seed: 1, confidence: 0.95 })).toEqual(
      {
        delta: 0,
        ciLow: 0,
        ciHigh: 0,
      },
    );
    expect(() =>
      medianDeltaInterval({ baseline: [1, 2], candidate: [1], resamples: 10, seed: 1, confidence: 0.95 }),
    ).toThrow(/paired/);
  });
});
