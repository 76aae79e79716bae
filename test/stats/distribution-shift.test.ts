import { describe, expect, it } from 'vitest';
import { chiSquareHomogeneity, psi, psiCriticalValue } from '../../src/stats/distribution-shift.js';
import { expectNear, readFixture } from './reference.js';

interface ShiftCase {
  baseline: number[];
  candidate: number[];
  statistic: number;
  pValue: number;
  degreesOfFreedom: number;
  epsilon: number;
  psi: number;
  psiCritical05: number;
}

describe('prediction-distribution shift', () => {
  const cases = readFixture<ShiftCase>('distribution-shift.json');

  it.each(cases)('$baseline vs $candidate: chi2_contingency after dropping empty labels', (reference) => {
    const result = chiSquareHomogeneity(reference.baseline, reference.candidate);
    expect(result.degreesOfFreedom).toBe(reference.degreesOfFreedom);
    expectNear(result.statistic, reference.statistic, { relative: 1e-12, absolute: 1e-14 }, 'statistic');
    expectNear(result.pValue, reference.pValue, { relative: 1e-9, absolute: 1e-300 }, 'p-value');
  });

  it.each(cases)('$baseline vs $candidate: PSI and its chi-square critical value', (reference) => {
    expectNear(
      psi(reference.baseline, reference.candidate, reference.epsilon),
      reference.psi,
      { relative: 1e-12, absolute: 1e-15 },
      'psi',
    );
    const critical = psiCriticalValue({
      bins: reference.baseline.length,
      baselineTotal: reference.baseline.reduce((a, b) => a + b, 0),
      candidateTotal: reference.candidate.reduce((a, b) => a + b, 0),
      alpha: 0.05,
    });
    expectNear(critical, reference.psiCritical05, { relative: 1e-9 }, 'critical value');
  });

  it('rejects rows of different lengths and negative counts', () => {
    expect(() => chiSquareHomogeneity([1, 2], [1])).toThrow(/same labels/);
    expect(() => psi([1, -2], [1, 2])).toThrow(/non-negative/);
  });
});
