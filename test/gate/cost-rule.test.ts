import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/compare/compare.js';
import { configSchema } from '../../src/config/schema.js';
import { runCost } from '../../src/gate/cost-rule.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import { defined } from '../support/defined.js';
import { rowsOf, snapshotOf } from '../support/snapshots.js';

const pricing = { inputPerMillionTokens: 2, outputPerMillionTokens: 8 };

describe('runCost', () => {
  it('prices the usage per million tokens, per answered example', () => {
    // 1,000,000 prompt tokens at 2 + 250,000 completion tokens at 8 = 4, over 90 answered examples.
    expect(
      runCost({ total: 100, errors: 10, usage: { promptTokens: 1_000_000, completionTokens: 250_000 } }, pricing),
    ).toEqual({ total: 4, perExample: 4 / 90 });
    expect(runCost({ total: 100, errors: 0, usage: null }, pricing)).toBeNull();
    expect(runCost({ total: 100, errors: 0, usage: { promptTokens: 1, completionTokens: 1 } }, null)).toBeNull();
  });
});

describe('gates.cost', () => {
  const snapshot = snapshotOf(rowsOf(100, () => true));
  const comparison = compareSnapshots(snapshot, snapshot, {
    lengthUnit: 'words',
    alpha: 0.05,
    confidence: 0.95,
    resamples: 100,
    seed: 1,
  });
  const judge = (
    cost: object,
    sides: {
      candidate: { total: number; perExample: number } | null;
      baseline: { total: number; perExample: number } | null;
    },
  ) => {
    const result = evaluateGates({
      gates: configSchema.parse({ gates: { cost } }).gates,
      alpha: 0.05,
      confidence: 0.95,
      candidate: snapshot.summary.metrics,
      comparison,
      cost: sides,
    });
    return (name: string) => result.gates.find((gate) => gate.name === name);
  };

  it('is off by default', () => {
    expect(
      judge(
        {},
        { candidate: { total: 9, perExample: 9 }, baseline: { total: 1, perExample: 1 } },
      )('cost.perExampleMaxIncrease'),
    ).toBeUndefined();
  });

  it('warns on a dearer candidate, fails with severity: fail, passes within the limit', () => {
    const dearer = { candidate: { total: 1.2, perExample: 0.012 }, baseline: { total: 1, perExample: 0.01 } };
    expect(judge({ perExampleMaxIncrease: 0.1 }, dearer)('cost.perExampleMaxIncrease')).toMatchObject({
      status: 'warn',
      limit: 0.1,
      unit: 'percent',
    });
    expect(defined(judge({ perExampleMaxIncrease: 0.1 }, dearer)('cost.perExampleMaxIncrease')).observed).toBeCloseTo(
      0.2,
      12,
    );
    expect(judge({ perExampleMaxIncrease: 0.1, severity: 'fail' }, dearer)('cost.perExampleMaxIncrease')?.status).toBe(
      'fail',
    );
    expect(judge({ perExampleMaxIncrease: 0.25 }, dearer)('cost.perExampleMaxIncrease')?.status).toBe('pass');
    expect(judge({ totalMax: 1, severity: 'fail' }, dearer)('cost.totalMax')).toMatchObject({
      status: 'fail',
      observed: 1.2,
      message: 'the run cost 1.20, above the 1.00 budget',
    });
  });

  it('says it cannot judge, and does not pass, without usage or pricing', () => {
    const outcome = judge({ perExampleMaxIncrease: 0.1, totalMax: 5 }, { candidate: null, baseline: null });
    expect(outcome('cost.perExampleMaxIncrease')?.status).toBe('warn');
    expect(outcome('cost.totalMax')?.message).toMatch(/cannot judge/);
  });
});
