import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenF1Delta } from '../../src/compare/generation-deltas.js';
import type { Pair } from '../../src/compare/pairs.js';
import type { ExampleRecord } from '../../src/snapshot/schema.js';
import { defined } from '../support/defined.js';

interface Case {
  baseline: number[];
  candidate: number[];
  delta: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
}
const fixture = JSON.parse(readFileSync('test/fixtures/compare/token-f1.json', 'utf8')) as { cases: Case[] };

const record = (score: number): ExampleRecord => ({
  id: 'x',
  expected: 'e',
  output: 'o',
  prediction: 'o',
  correct: score === 1,
  score,
  length: null,
  tags: {},
});

describe('tokenF1Delta against scipy.stats.ttest_rel', () => {
  it.each(fixture.cases.map((entry) => [entry.baseline.length, entry] as const))('n = %i', (_n, entry) => {
    const pairs: Pair[] = entry.baseline.map((score, i) => ({
      baseline: record(score),
      candidate: record(defined(entry.candidate[i])),
    }));
    const delta = tokenF1Delta(pairs, 0.95);
    expect(delta.delta).toBeCloseTo(entry.delta, 12);
    expect(defined(delta.ciLow)).toBeCloseTo(entry.ciLow, 8);
    expect(defined(delta.ciHigh)).toBeCloseTo(entry.ciHigh, 8);
    // jstat's Student t CDF is good to about 1e-7 at large degrees of freedom.
    expect(defined(delta.pValue)).toBeCloseTo(entry.pValue, 6);
  });
});
