import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pairedLabelSet } from '../../src/compare/f1-deltas.js';
import { predictionShiftOf } from '../../src/compare/prediction-shift.js';
import { defined } from '../support/defined.js';
import { pairedRecords, snapshotOf } from '../support/snapshots.js';

interface Case {
  labels: string[];
  expected: string[];
  baseline: string[];
  candidate: string[];
  other: { baseline: number; candidate: number };
  stuartMaxwell: number;
  stuartMaxwellPValue: number;
  chiSquare: number;
  chiSquarePValue: number;
}
const fixture = JSON.parse(readFileSync('test/fixtures/compare/prediction-shift-pooled.json', 'utf8')) as {
  cases: Case[];
};

describe('prediction shift with invalid outputs pooled as "other", against statsmodels and scipy', () => {
  it.each(fixture.cases.map((entry) => [entry.labels.length, entry.expected.length, entry] as const))(
    '%i labels, n = %i',
    (_labels, _n, entry) => {
      const side = (outputs: string[]) =>
        snapshotOf(entry.expected.map((expected, i) => ({ id: `r${i}`, expected, output: defined(outputs[i]) })));
      const pairs = pairedRecords(side(entry.baseline), side(entry.candidate));
      // Declared, and inferred (the distinct sentences make only the expected labels count): alike.
      for (const labelSet of [{ source: 'declared' as const, labels: entry.labels }, pairedLabelSet(pairs, null)]) {
        const shift = predictionShiftOf(pairs, labelSet, 0.05);
        expect(shift.labels).toEqual(entry.labels);
        expect(shift.other).toEqual(entry.other);
        expect(shift.stuartMaxwell).toBeCloseTo(entry.stuartMaxwell, 9);
        expect(Math.abs(shift.stuartMaxwellPValue - entry.stuartMaxwellPValue)).toBeLessThan(1e-12);
        expect(shift.chiSquare).toBeCloseTo(entry.chiSquare, 9);
        expect(Math.abs(shift.chiSquarePValue - entry.chiSquarePValue)).toBeLessThan(1e-12);
      }
    },
  );

  it('keeps the table at (labels + 1)² however many distinct outputs there are', () => {
    const n = 4000;
    const expected = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'spam' : 'ham'));
    const baseline = snapshotOf(expected.map((label, i) => ({ id: `r${i}`, expected: label, output: label })));
    const candidate = snapshotOf(
      expected.map((label, i) => ({
        id: `r${i}`,
        expected: label,
        output: i % 3 === 0 ? `sentence ${i}` : i % 7 === 0 ? (label === 'spam' ? 'ham' : 'spam') : label,
      })),
    );
    const pairs = pairedRecords(baseline, candidate);
    const shift = predictionShiftOf(pairs, pairedLabelSet(pairs, null), 0.05);
    expect(shift.labels).toEqual(['ham', 'spam']);
    expect(shift.other).toEqual({ baseline: 0, candidate: Math.ceil(n / 3) });
    expect(shift.stuartMaxwellPValue).toBeLessThan(1e-10);
  });
});
