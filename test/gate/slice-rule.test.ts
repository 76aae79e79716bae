import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/compare/compare.js';
import { configSchema } from '../../src/config/schema.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import { judgeSlices } from '../../src/gate/slice-rule.js';
import { defined } from '../support/defined.js';
import { type Row, snapshotOf } from '../support/snapshots.js';

interface Counts {
  value: string;
  a: number;
  b: number;
  c: number;
  d: number;
}
interface Expected {
  value: string;
  n: number;
  delta: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
  holmPValue: number;
  status: 'pass' | 'warn' | 'fail';
}
const fixture = JSON.parse(readFileSync('test/fixtures/gate/slices.json', 'utf8')) as {
  alpha: number;
  confidence: number;
  maxDrop: number;
  minExamples: number;
  cases: { name: string; slices: Counts[]; expected: Expected[] }[];
};

/** Real snapshots whose `source` slices have the given paired 2×2 counts. */
function comparisonOf(slices: readonly Counts[]) {
  const baseline: Row[] = [];
  const candidate: Row[] = [];
  for (const slice of slices) {
    const kinds: [number, boolean, boolean][] = [
      [slice.a, true, true],
      [slice.b, true, false],
      [slice.c, false, true],
      [slice.d, false, false],
    ];
    for (const [count, baselineRight, candidateRight] of kinds) {
      for (let i = 0; i < count; i++) {
        const id = `${slice.value}-${baseline.length}`;
        const tags = { source: slice.value };
        baseline.push({ id, expected: 'spam', output: baselineRight ? 'spam' : 'ham', tags });
        candidate.push({ id, expected: 'spam', output: candidateRight ? 'spam' : 'ham', tags });
      }
    }
  }
  const comparison = compareSnapshots(snapshotOf(baseline), snapshotOf(candidate), {
    lengthUnit: 'words',
    alpha: 0.05,
    confidence: 0.95,
    resamples: 200,
    seed: 1,
  });
  return { comparison, candidate: snapshotOf(candidate).summary.metrics };
}

const gatesWith = (slices: object) => configSchema.parse({ gates: { slices } }).gates;

describe('gates.slices against statsmodels (scripts/reference/gates.py)', () => {
  it.each(fixture.cases)('$name', ({ slices, expected }) => {
    const { comparison, candidate } = comparisonOf(slices);
    const config = gatesWith({ severity: 'fail', maxDrop: fixture.maxDrop, minExamples: fixture.minExamples }).slices;
    const judged = judgeSlices(config, { alpha: fixture.alpha, confidence: fixture.confidence, candidate, comparison });
    expect(judged.map((outcome) => outcome.slice?.value).sort()).toEqual(expected.map((entry) => entry.value).sort());
    for (const reference of expected) {
      const outcome = defined(judged.find((entry) => entry.slice?.value === reference.value));
      expect(outcome.n).toBe(reference.n);
      expect(outcome.delta).toBeCloseTo(reference.delta, 12);
      // The outcome's interval is the drop's: the delta's negated and reversed.
      expect(outcome.ciLow).toBeCloseTo(-reference.ciHigh, 10);
      expect(outcome.ciHigh).toBeCloseTo(-reference.ciLow, 10);
      expect(outcome.pValue).toBeCloseTo(reference.holmPValue, 10);
      expect(outcome.status).toBe(reference.status);
    }
  });
});

describe('gates.slices', () => {
  const hidden = defined(fixture.cases[0]).slices;
  const input = (gates: ReturnType<typeof gatesWith>) => ({
    gates,
    alpha: 0.05,
    confidence: 0.95,
    ...comparisonOf(hidden),
  });

  it('warns by default on a slice the average hides, names it with its n and interval, and reports the small slice ungated', () => {
    const result = evaluateGates(input(configSchema.parse({}).gates));
    expect(result.gates.find((gate) => gate.name === 'accuracy.maxDrop')?.status).toBe('pass');
    const slice = defined(result.gates.find((gate) => gate.name === 'slices.maxDrop'));
    expect(slice).toMatchObject({
      rule: 'gates.slices',
      status: 'warn',
      n: 51,
      slice: { tag: 'source', value: 'hard' },
      target: 'accuracy on source=hard',
    });
    expect(slice.message).toMatch(
      /^accuracy on source=hard \(n = 51\) −39\.2 points \(95% CI −5\d\.\d to −2\d\.\d, Holm p < 0\.0001\): a drop of more than 5\.0 points$/,
    );
    const small = defined(result.gates.find((gate) => gate.name === 'slices.minExamples'));
    expect(small).toMatchObject({ status: 'pass', n: 12, slice: { value: 'tiny' } });
    expect(small.message).toContain('reported, not gated: source=tiny (n = 12) −50.0');
    expect(result.verdict).toBe('warn');
  });

  it('fails it under the README example `slices: { severity: fail }`', () => {
    const result = evaluateGates(input(gatesWith({ severity: 'fail' })));
    expect(result.gates.find((gate) => gate.name === 'slices.maxDrop')?.status).toBe('fail');
    expect(result.verdict).toBe('fail');
  });

  it('applies per-slice overrides keyed by tag, then value', () => {
    const result = evaluateGates(
      input(
        gatesWith({
          overrides: { source: { hard: { severity: 'fail' }, tiny: { minExamples: 5, severity: 'fail' } } },
        }),
      ),
    );
    const failing = result.gates
      .filter((gate) => gate.name === 'slices.maxDrop' && gate.status === 'fail')
      .map((gate) => gate.slice?.value);
    expect(failing.sort()).toEqual(['hard', 'tiny']);
    expect(result.gates.find((gate) => gate.name === 'slices.minExamples')).toBeUndefined();
  });

  it('passes with the worst slice named when none dropped, and is off with maxDrop: null', () => {
    const quiet = comparisonOf([
      { value: 'x', a: 40, b: 1, c: 1, d: 8 },
      { value: 'y', a: 40, b: 0, c: 2, d: 8 },
    ]);
    const [outcome] = evaluateGates({
      gates: configSchema.parse({}).gates,
      alpha: 0.05,
      confidence: 0.95,
      ...quiet,
    }).gates.filter((gate) => gate.rule === 'gates.slices');
    expect(outcome).toMatchObject({ status: 'pass', slice: { value: 'x' } });
    expect(defined(outcome).message).toMatch(/^no slice's accuracy dropped beyond its limit \(2 slices/);
    expect(
      evaluateGates(input(gatesWith({ maxDrop: null }))).gates.filter((gate) => gate.rule === 'gates.slices'),
    ).toEqual([]);
  });

  it('reads the tag and value the comparison stores apart, so a "=" in a tag stays in the tag', () => {
    const { comparison, candidate } = comparisonOf(hidden);
    const counts = defined(defined(comparison).flips.bySlice['source=hard']);
    const stored = {
      ...defined(comparison),
      flips: { ...defined(comparison).flips, bySlice: { 'a=b=hard': { ...counts, tag: 'a=b', value: 'hard' } } },
    };
    const [outcome] = judgeSlices(gatesWith({}).slices, {
      alpha: 0.05,
      confidence: 0.95,
      candidate,
      comparison: stored,
    });
    expect(defined(outcome).slice).toEqual({ tag: 'a=b', value: 'hard' });
  });
});
