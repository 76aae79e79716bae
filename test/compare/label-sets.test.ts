import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/compare/compare.js';
import { defined } from '../support/defined.js';
import { snapshotOf } from '../support/snapshots.js';

interface Case {
  expected: string[];
  baseline: string[];
  candidate: string[];
  baselineF1: { macro: number; micro: number; weighted: number };
  candidateF1: { macro: number; micro: number; weighted: number };
}
const fixture = JSON.parse(readFileSync('test/fixtures/compare/label-sets.json', 'utf8')) as { cases: Case[] };

describe('each side scored on its own labels, as sklearn.metrics.f1_score does', () => {
  it.each(fixture.cases.map((entry) => [entry.expected.length, entry] as const))('n = %i', (_n, entry) => {
    const side = (outputs: string[]) =>
      snapshotOf(entry.expected.map((expected, i) => ({ id: `r${i}`, expected, output: defined(outputs[i]) })));
    const comparison = defined(
      compareSnapshots(side(entry.baseline), side(entry.candidate), {
        lengthUnit: 'words',
        alpha: 0.05,
        confidence: 0.95,
        resamples: 200,
        seed: 1,
      }),
    );
    expect(defined(comparison.macroF1).baseline).toBeCloseTo(entry.baselineF1.macro, 12);
    expect(defined(comparison.macroF1).candidate).toBeCloseTo(entry.candidateF1.macro, 12);
    expect(defined(comparison.microF1).candidate).toBeCloseTo(entry.candidateF1.micro, 12);
    expect(defined(comparison.weightedF1).baseline).toBeCloseTo(entry.baselineF1.weighted, 12);
    expect(defined(comparison.weightedF1).candidate).toBeCloseTo(entry.candidateF1.weighted, 12);
    expect(defined(comparison.macroF1).delta).toBeCloseTo(entry.candidateF1.macro - entry.baselineF1.macro, 12);
  });
});
