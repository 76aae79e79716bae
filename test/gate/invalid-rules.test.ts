import { describe, expect, it } from 'vitest';
import type { Comparison, InvalidRateDelta } from '../../src/compare/types.js';
import { configSchema } from '../../src/config/schema.js';
import type { GateInput } from '../../src/gate/evaluate.js';
import { invalidOutputRules, UNREADABLE_SHARE } from '../../src/gate/invalid-rules.js';
import { classificationMetrics } from '../../src/metrics/classification.js';
import { resolveLabelSet } from '../../src/metrics/label-set.js';
import { defined } from '../support/defined.js';

const config = configSchema.parse({});
const labels = ['spam', 'ham'];

/** n outputs of which `invalid` are no declared label; the rest right. */
function metrics(n: number, invalid: number, declared: string[] | null = labels) {
  const expected = Array.from({ length: n }, (_, i) => defined(labels[i % 2]));
  const predicted = expected.map((label, i) => (i < invalid ? `sentence ${i % 3}` : label));
  return classificationMetrics(expected, predicted, resolveLabelSet(declared, expected, predicted));
}

function invalidRate(overrides: Partial<InvalidRateDelta>): InvalidRateDelta {
  return {
    baseline: 0.01,
    candidate: 0.06,
    delta: 0.05,
    ciLow: 0.03,
    ciHigh: 0.07,
    pValue: 0.0001,
    baselineOnly: 1,
    candidateOnly: 26,
    both: 4,
    ...overrides,
  };
}

function input(
  candidate: ReturnType<typeof metrics>,
  delta: InvalidRateDelta | null,
  gates: Partial<GateInput['gates']['invalidRate']> = {},
): GateInput {
  const comparison = delta ? ({ invalidRate: delta } as unknown as Comparison) : null;
  return {
    gates: { ...config.gates, invalidRate: { ...config.gates.invalidRate, ...gates } },
    alpha: 0.05,
    confidence: 0.95,
    candidate,
    comparison,
  };
}

const statusOf = (outcomes: ReturnType<typeof invalidOutputRules>, name: string) =>
  outcomes.find((outcome) => outcome.name === name)?.status;

describe('invalid-output rules', () => {
  it('are on by default: max 5%, an increase of at most 2 points, failing, decided on significance', () => {
    expect(config.gates.invalidRate).toEqual({
      max: 0.05,
      maxIncrease: 0.02,
      severity: 'fail',
      decision: 'significant',
    });
  });

  it.each([
    [
      '51 of 100 invalid: fails whatever the rule says',
      51,
      { max: null, maxIncrease: null, severity: 'warn' as const },
      'fail',
    ],
    ['50 of 100 (not most): left to the other rules', 50, {}, 'pass'],
  ])('unreadable: %s', (_name, invalid, gates, expected) => {
    expect(statusOf(invalidOutputRules(input(metrics(100, invalid), null, gates)), 'invalidRate.unreadable')).toBe(
      expected,
    );
  });

  it('says why the run is unreadable and what to do', () => {
    const [outcome] = invalidOutputRules(input(metrics(10, 10, null), null));
    expect(outcome).toEqual({
      name: 'invalidRate.unreadable',
      status: 'fail',
      message:
        "the gate cannot read this run's outputs: 10 of 10 (100.0%) are no label any example expects (no `labels` declared); declare the label set with `labels:` and extract it with `scoring.labelPattern`",
      target: 'invalid-output rate',
      observed: 1,
      limit: 0.5,
      unit: 'percent',
      decision: 'point',
      n: 10,
    });
    expect(UNREADABLE_SHARE).toBe(0.5);
  });

  it('warns when the baseline is the unreadable one: the comparison means little, the fix must not be blocked', () => {
    expect(
      statusOf(
        invalidOutputRules(input(metrics(100, 0), invalidRate({ baseline: 0.8, candidate: 0, delta: -0.8 }))),
        'invalidRate.unreadable',
      ),
    ).toBe('warn');
  });

  it.each([
    // n = 400: 40 invalid (10%) has a Wilson low end of 7.4%, above 5%; 24 (6%) is above 5% only as a point.
    ['significant, well above the limit', 40, 'significant', 'fail'],
    ['significant, above the limit as a point only', 24, 'significant', 'warn'],
    ['point, above the limit as a point', 24, 'point', 'fail'],
    ['interval, 3% whose interval reaches past 5%', 12, 'interval', 'fail'],
    ['significant, within the limit', 12, 'significant', 'pass'],
  ] as const)('max: %s', (_name, invalid, decision, expected) => {
    expect(statusOf(invalidOutputRules(input(metrics(400, invalid), null, { decision })), 'invalidRate.max')).toBe(
      expected,
    );
  });

  it.each([
    ['a significant increase beyond the limit fails', invalidRate({}), 'significant', 'fail'],
    [
      'an increase beyond the limit that is not significant warns',
      invalidRate({ pValue: 0.2, ciLow: -0.01 }),
      'significant',
      'warn',
    ],
    [
      'an increase within the limit passes',
      invalidRate({ delta: 0.01, ciLow: -0.01, ciHigh: 0.03, pValue: 0.3 }),
      'significant',
      'pass',
    ],
    ['point: beyond the limit fails without significance', invalidRate({ pValue: 0.2 }), 'point', 'fail'],
    [
      'interval: no change whose interval reaches past the limit fails',
      invalidRate({ delta: 0, ciLow: -0.03, ciHigh: 0.03, pValue: 1 }),
      'interval',
      'fail',
    ],
    ['a decrease passes', invalidRate({ delta: -0.05, ciLow: -0.07, ciHigh: -0.03 }), 'significant', 'pass'],
  ] as const)('maxIncrease: %s', (_name, delta, decision, expected) => {
    expect(statusOf(invalidOutputRules(input(metrics(400, 0), delta, { decision })), 'invalidRate.maxIncrease')).toBe(
      expected,
    );
  });

  it('says the change in one line, and passes with no baseline', () => {
    const outcomes = invalidOutputRules(input(metrics(400, 0), invalidRate({})));
    expect(outcomes.find((outcome) => outcome.name === 'invalidRate.maxIncrease')?.message).toBe(
      'invalid-output rate 1.0% → 6.0%, +5.0 points (95% CI +3.0 to +7.0, McNemar p = 0.00010): an increase of more than 2.0 points',
    );
    expect(
      invalidOutputRules(input(metrics(400, 0), null)).find((outcome) => outcome.name === 'invalidRate.maxIncrease'),
    ).toMatchObject({ status: 'pass', message: 'invalid-output rate: no baseline yet: nothing to regress from' });
  });

  it('has nothing to say about generation', () => {
    const generation = {
      task: 'generation' as const,
      n: 10,
      exactMatch: 0,
      accuracy: 0,
      tokenF1: 0,
      scorer: 'exact' as const,
      passRate: 0,
      score: 0,
    };
    expect(invalidOutputRules({ ...input(metrics(10, 0), null), candidate: generation })).toEqual([]);
  });
});
