import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/compare/compare.js';
import { configSchema } from '../../src/config/schema.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import { type DropRule, judgeDrop } from '../../src/gate/metric-rules.js';
import { worstStatus } from '../../src/gate/types.js';
import { rowsOf, snapshotOf } from '../support/snapshots.js';

const rule: DropRule = {
  name: 'accuracy.maxDrop',
  label: 'accuracy',
  limit: 0.02,
  relative: false,
  severity: 'fail',
  decision: 'significant',
  alpha: 0.05,
  confidence: 0.95,
};
const delta = (
  overrides: Partial<{ baseline: number; delta: number; ciLow: number; ciHigh: number; pValue: number | null }>,
) => {
  const value = {
    baseline: 0.9,
    delta: -0.05,
    ciLow: -0.08,
    ciHigh: -0.02,
    pValue: 0.001 as number | null,
    ...overrides,
  };
  return { ...value, candidate: value.baseline + value.delta };
};

describe('judgeDrop', () => {
  it.each([
    ['significant drop beyond the limit fails', 'significant', delta({}), 'fail'],
    [
      'drop beyond the limit that is not significant warns',
      'significant',
      delta({ pValue: 0.2, ciHigh: 0.01 }),
      'warn',
    ],
    [
      'drop within the limit passes',
      'significant',
      delta({ delta: -0.01, ciLow: -0.03, ciHigh: 0.01, pValue: 0.3 }),
      'pass',
    ],
    ['point: any drop beyond the limit fails', 'point', delta({ pValue: 0.2, ciHigh: 0.01 }), 'fail'],
    ['point: a drop within the limit passes', 'point', delta({ delta: -0.019 }), 'pass'],
    [
      'interval: passes only when the whole interval is above −limit',
      'interval',
      delta({ delta: 0, ciLow: -0.019, ciHigh: 0.02, pValue: 1 }),
      'pass',
    ],
    [
      'interval: an improvement whose interval reaches past −limit fails',
      'interval',
      delta({ delta: 0.01, ciLow: -0.03, ciHigh: 0.05, pValue: 0.6 }),
      'fail',
    ],
    ['an improvement passes', 'significant', delta({ delta: 0.05, ciLow: 0.02, ciHigh: 0.08, pValue: 0.001 }), 'pass'],
  ] as const)('%s', (_name, decision, value, expected) => {
    expect(judgeDrop({ ...rule, decision }, value).status).toBe(expected);
  });

  it('uses the interval when there is no p-value (bootstrap metrics)', () => {
    expect(judgeDrop(rule, delta({ pValue: null, ciHigh: -0.001 })).status).toBe('fail');
    expect(judgeDrop(rule, delta({ pValue: null, ciHigh: 0.001 })).status).toBe('warn');
  });

  it('judges relative drops against the baseline', () => {
    const relative = { ...rule, relative: true, limit: 0.05 };
    expect(judgeDrop(relative, delta({ baseline: 0.5, delta: -0.03 })).status).toBe('fail'); // 6% of 0.5
    expect(judgeDrop(relative, delta({ baseline: 0.9, delta: -0.03 })).status).toBe('pass'); // 3.3% of 0.9
  });

  it('says the numbers in one line', () => {
    const { message } = judgeDrop(rule, delta({}));
    expect(message).toBe('accuracy −5.0 points (95% CI −8.0 to −2.0, p = 0.0010): a drop of more than 2.0 points');
  });

  it('keeps a warn-severity rule at warn', () => {
    expect(judgeDrop({ ...rule, severity: 'warn' }, delta({})).status).toBe('warn');
  });
});

describe('evaluateGates', () => {
  const config = configSchema.parse({});
  const input = (comparison: ReturnType<typeof compareSnapshots>, candidate = snapshotOf(rowsOf(10, () => true))) => ({
    gates: config.gates,
    alpha: 0.05,
    confidence: 0.95,
    candidate: candidate.summary.metrics,
    comparison,
  });
  const compare = (baselineRight: (i: number) => boolean, candidateRight: (i: number) => boolean, n = 1000) =>
    compareSnapshots(snapshotOf(rowsOf(n, baselineRight)), snapshotOf(rowsOf(n, candidateRight)), {
      lengthUnit: 'words',
      alpha: 0.05,
      confidence: 0.95,
      resamples: 1000,
      seed: 3,
    });

  it('fails a large, significant regression with the default rules, and the verdict is the worst', () => {
    const result = evaluateGates(
      input(
        compare(
          (i) => i % 20 !== 0,
          (i) => i % 20 !== 0 && i % 8 !== 0,
        ),
      ),
    );
    const byName = Object.fromEntries(result.gates.map((gate) => [gate.name, gate.status]));
    expect(byName['accuracy.maxDrop']).toBe('fail');
    expect(byName['macroF1.maxDrop']).toBe('fail');
    expect(byName['negativeFlipRate.max']).toBe('warn');
    expect(result.verdict).toBe('fail');
  });

  it('passes an unchanged model', () => {
    const result = evaluateGates(
      input(
        compare(
          (i) => i % 9 !== 0,
          (i) => i % 9 !== 0,
        ),
      ),
    );
    expect(result.gates.every((gate) => gate.status === 'pass')).toBe(true);
    expect(result.verdict).toBe('pass');
  });

  it('checks only absolute rules without a baseline, and passes', () => {
    const candidate = snapshotOf(rowsOf(10, (i) => i < 7));
    const withMinimum = { ...config.gates, accuracy: { ...config.gates.accuracy, min: 0.8 } };
    const result = evaluateGates({ ...input(null, candidate), gates: withMinimum });
    expect(result.gates.find((gate) => gate.name === 'accuracy.min')).toMatchObject({
      status: 'fail',
      message: 'accuracy 70.0% is below the minimum 80.0%',
    });
    expect(result.gates.find((gate) => gate.name === 'accuracy.maxDrop')?.message).toContain('no baseline yet');
  });

  it('flags output that grew from a baseline median of 0 words', () => {
    const empty = snapshotOf(
      rowsOf(20, () => true).map((row) => ({ ...row, output: ' ' })),
      { task: 'generation' },
    );
    const verbose = snapshotOf(
      rowsOf(20, () => true).map((row) => ({ ...row, output: 'a long answer' })),
      { task: 'generation' },
    );
    const comparison = compareSnapshots(empty, verbose, {
      lengthUnit: 'words',
      alpha: 0.05,
      confidence: 0.95,
      resamples: 200,
      seed: 1,
    });
    const rule = evaluateGates({ ...input(comparison, verbose), candidate: verbose.summary.metrics }).gates.find(
      (gate) => gate.name === 'outputLength.maxRelativeShift',
    );
    expect(rule?.status).toBe('warn');
    expect(rule?.message).toContain('median output length 0 → 3 words');
  });

  it('ranks statuses', () => {
    expect(worstStatus(['pass', 'warn', 'pass'])).toBe('warn');
    expect(worstStatus(['warn', 'fail'])).toBe('fail');
    expect(worstStatus([])).toBe('pass');
  });
});

describe('gate outcomes as data', () => {
  it('gives a drop rule the drop, its interval, the limit and the unit, in the sign the limit reads', () => {
    const outcome = judgeDrop(rule, delta({}));
    // delta −5 points (CI −8 to −2) is a drop of 5 points (CI 2 to 8) against a 2-point limit.
    expect(outcome).toMatchObject({
      target: 'accuracy',
      limit: 0.02,
      unit: 'points',
      pValue: 0.001,
      decision: 'significant',
    });
    expect(outcome.observed).toBeCloseTo(0.05, 12);
    expect(outcome.delta).toBeCloseTo(-0.05, 12);
    expect(outcome.ciLow).toBeCloseTo(0.02, 12);
    expect(outcome.ciHigh).toBeCloseTo(0.08, 12);
  });

  it('scales a relative drop by the baseline', () => {
    const outcome = judgeDrop(
      { ...rule, relative: true, limit: 0.05 },
      delta({ baseline: 0.5, delta: -0.03, ciLow: -0.05, ciHigh: -0.01 }),
    );
    expect(outcome.unit).toBe('percent');
    expect(outcome.observed).toBeCloseTo(0.06, 12);
    expect(outcome.ciLow).toBeCloseTo(0.02, 12);
    expect(outcome.ciHigh).toBeCloseTo(0.1, 12);
  });

  it('fills the flip-rate and per-class rules from the comparison', () => {
    const config = configSchema.parse({});
    const comparison = compareSnapshots(
      snapshotOf(rowsOf(400, () => true)),
      snapshotOf(rowsOf(400, (i) => i % 10 !== 0)),
      {
        lengthUnit: 'words',
        alpha: 0.05,
        confidence: 0.95,
        resamples: 500,
        seed: 3,
      },
    );
    const result = evaluateGates({
      gates: config.gates,
      alpha: 0.05,
      confidence: 0.95,
      candidate: snapshotOf(rowsOf(400, (i) => i % 10 !== 0)).summary.metrics,
      comparison,
    });
    const flips = result.gates.find((gate) => gate.name === 'negativeFlipRate.max');
    expect(flips).toMatchObject({
      target: 'negative flip rate',
      observed: 0.1,
      limit: 0.05,
      unit: 'percent',
      ciLow: comparison?.flips.ciLow,
      ciHigh: comparison?.flips.ciHigh,
    });
    const perClass = result.gates.find((gate) => gate.name === 'perClassF1.maxDrop');
    expect(perClass?.target).toMatch(/^F1 of "(spam|ham)"$/);
    expect(perClass?.observed).toBeGreaterThan(0.05);
  });
});
