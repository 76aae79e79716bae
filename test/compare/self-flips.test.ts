import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { floorOf, selfFlipsOf } from '../../src/compare/self-flips.js';
import type { ExampleRecord } from '../../src/snapshot/schema.js';
import { snapshotTable } from '../../src/snapshot/table.js';
import { newcombeDifference } from '../../src/stats/proportion.js';
import { expectNear } from '../stats/reference.js';
import { buildSnapshot } from '../support/snapshot-builder.js';

/** Written by scripts/reference/noise.py (statsmodels proportion_confint wilson, confint_proportions_2indep newcomb). */
const fixture = JSON.parse(readFileSync(new URL('../fixtures/compare/noise.json', import.meta.url), 'utf8')) as {
  selfFlips: {
    runs: string[];
    disagreementsPerPair: number[];
    flipRate: number;
    negativeFlipRate: number;
    ciLow: number;
    ciHigh: number;
  }[];
  newcombe: {
    count1: number;
    n1: number;
    count2: number;
    n2: number;
    estimate: number;
    ciLow: number;
    ciHigh: number;
  }[];
};

function record(id: string, correct: boolean | null): ExampleRecord {
  const base = { id, expected: 'spam', length: { chars: 4, words: 1, tokens: 1 }, tags: {} };
  if (correct === null) return { ...base, output: null, prediction: null, correct: null, error: 'timed out' };
  const said = correct ? 'spam' : 'ham';
  return { ...base, output: said, prediction: said, correct };
}

/** One run as a table; `reversed` lists the records backwards, so only pairing by id gets it right. */
function runTable(answers: string, reversed: boolean) {
  const records = [...answers].map((answer, i) => record(`e${i}`, answer === '1'));
  return snapshotTable(buildSnapshot({ records: reversed ? records.reverse() : records })).records;
}

const tolerance = { relative: 1e-9, absolute: 1e-12 };

describe('self-flip rate over K runs of one model', () => {
  it('matches numpy + statsmodels Wilson (N = examples) on each reference case', () => {
    for (const [index, reference] of fixture.selfFlips.entries()) {
      const tables = reference.runs.map((answers, run) => runTable(answers, run % 2 === 1));
      const flips = selfFlipsOf(tables, 0.95);
      if (!flips) throw new Error('no self-flips');
      expect(flips.runs).toBe(reference.runs.length);
      expect(flips.n).toBe((reference.runs[0] as string).length);
      expectNear(flips.flipRate, reference.flipRate, tolerance, `case ${index} flip rate`);
      expectNear(flips.negativeFlipRate, reference.negativeFlipRate, tolerance, `case ${index} negative`);
      expectNear(flips.ciLow, reference.ciLow, tolerance, `case ${index} ciLow`);
      expectNear(flips.ciHigh, reference.ciHigh, tolerance, `case ${index} ciHigh`);
    }
  });

  it('leaves out an example that errored in any run, and needs two runs', () => {
    const one = snapshotTable(buildSnapshot({ records: [record('a', true), record('b', true), record('c', false)] }));
    const two = snapshotTable(buildSnapshot({ records: [record('a', false), record('b', null), record('c', false)] }));
    const flips = selfFlipsOf([one.records, two.records], 0.95);
    expect(flips?.n).toBe(2);
    expect(flips?.flipRate).toBe(0.5);
    expect(flips?.negativeFlipRate).toBe(0.25);
    expect(selfFlipsOf([one.records], 0.95)).toBeNull();
  });

  it('takes the noisier side as the floor', () => {
    const side = (negativeFlipRate: number) => ({
      runs: 2,
      n: 100,
      flipRate: 2 * negativeFlipRate,
      negativeFlipRate,
      ciLow: 0,
      ciHigh: 1,
    });
    expect(floorOf({ candidate: side(0.01), baseline: side(0.03) })?.side).toBe('baseline');
    expect(floorOf({ candidate: side(0.04), baseline: side(0.03) })?.side).toBe('candidate');
    expect(floorOf({ candidate: null, baseline: null })).toBeNull();
    expect(floorOf(undefined)).toBeNull();
  });
});

describe("Newcombe's interval for a difference of two proportions", () => {
  it('matches statsmodels confint_proportions_2indep(method="newcomb"), fractional counts included', () => {
    for (const [index, c] of fixture.newcombe.entries()) {
      const interval = newcombeDifference(
        { share: c.count1 / c.n1, total: c.n1 },
        { share: c.count2 / c.n2, total: c.n2 },
        { confidence: 0.95 },
      );
      expectNear(interval.estimate, c.estimate, tolerance, `case ${index} estimate`);
      expectNear(interval.ciLow, c.ciLow, tolerance, `case ${index} ciLow`);
      expectNear(interval.ciHigh, c.ciHigh, tolerance, `case ${index} ciHigh`);
    }
  });
});
