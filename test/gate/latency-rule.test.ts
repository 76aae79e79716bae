import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/compare/compare.js';
import { latencyShiftOf } from '../../src/compare/latency-shift.js';
import type { Pair } from '../../src/compare/pairs.js';
import { configSchema } from '../../src/config/schema.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import type { ExampleRecord } from '../../src/snapshot/schema.js';
import { quantileSorted, sortedCopy } from '../../src/stats/quantile.js';
import { seededRandom } from '../../src/stats/random.js';
import { defined } from '../support/defined.js';
import { rowsOf, snapshotOf } from '../support/snapshots.js';

const record = (id: string, latencyMs: number): ExampleRecord => ({
  ...defined(snapshotOf([{ id, expected: 'spam', output: 'spam' }]).records[0]),
  latencyMs,
});

/** n pairs whose latencies are lognormal-ish per example (some inputs are slow on both sides), the candidate's × `factor`. */
function pairs(n: number, factor: number, seed: number): Pair[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const difficulty = Math.exp(2 * random.uniform());
    const noise = () => 0.8 + 0.4 * random.uniform();
    return {
      baseline: record(`e${i}`, 100 * difficulty * noise()),
      candidate: record(`e${i}`, 100 * factor * difficulty * noise()),
    };
  });
}

const options = { resamples: 1000, seed: 7, confidence: 0.95 };

describe('latencyShiftOf', () => {
  it('gives the p95s numpy gives (type 7) and an interval around their difference', () => {
    const sample = pairs(300, 1.1, 3);
    const shift = defined(latencyShiftOf(sample, options));
    const p95 = (side: 'baseline' | 'candidate') =>
      quantileSorted(sortedCopy(sample.map((pair) => defined(pair[side].latencyMs))), 0.95);
    expect(shift.baselineP95).toBe(p95('baseline'));
    expect(shift.p95Delta).toBeCloseTo(p95('candidate') - p95('baseline'), 9);
    expect(shift.p95DeltaCiLow).toBeLessThan(shift.p95Delta);
    expect(shift.p95DeltaCiHigh).toBeGreaterThan(shift.p95Delta);
  });

  it('is null without latencies on both sides', () => {
    const untimed = pairs(10, 1, 1).map((pair) => ({ ...pair, baseline: { ...pair.baseline, latencyMs: undefined } }));
    expect(latencyShiftOf(untimed, options)).toBeNull();
  });
});

describe('gates.latency', () => {
  const judge = (sample: Pair[], latency: object) => {
    const base = snapshotOf(rowsOf(sample.length, () => true));
    const gates = configSchema.parse({ gates: { latency } }).gates;
    const real = defined(
      compareSnapshots(base, base, {
        lengthUnit: 'words',
        alpha: 0.05,
        confidence: 0.95,
        resamples: 100,
        seed: 1,
      }),
    );
    const comparison = { ...real, latency: latencyShiftOf(sample, options) };
    const result = evaluateGates({ gates, alpha: 0.05, confidence: 0.95, candidate: base.summary.metrics, comparison });
    return (name: string) => result.gates.find((gate) => gate.name === name);
  };

  it('is off by default', () => {
    expect(configSchema.parse({}).gates.latency).toEqual({
      p95MaxIncrease: null,
      p95Max: null,
      severity: 'warn',
      decision: 'significant',
    });
  });

  it('passes re-runs of the same model, and fails a real 50% slowdown', () => {
    const failOnIncrease = { p95MaxIncrease: 0.2, severity: 'fail' };
    let alarms = 0;
    for (let seed = 1; seed <= 20; seed++)
      if (judge(pairs(200, 1, seed), failOnIncrease)('latency.p95MaxIncrease')?.status === 'fail') alarms++;
    expect(alarms).toBeLessThanOrEqual(1);
    const slower = defined(judge(pairs(500, 1.5, 2), failOnIncrease)('latency.p95MaxIncrease'));
    expect(slower).toMatchObject({ status: 'fail', rule: 'gates.latency', unit: 'percent', n: 500 });
    expect(slower.observed).toBeGreaterThan(0.3);
    expect(slower.message).toMatch(
      /^p95 latency \d+ ms → \d+ ms, \+\d+\.\d% \(95% CI .* paired bootstrap, 500 examples\): an increase of more than 20\.0%$/,
    );
    // `point` fails what `significant` does on the same numbers; `interval` also fails a change it cannot rule out.
    expect(
      judge(pairs(500, 1.5, 2), { ...failOnIncrease, decision: 'interval' })('latency.p95MaxIncrease')?.status,
    ).toBe('fail');
    expect(judge(pairs(500, 1, 2), { ...failOnIncrease, decision: 'point' })('latency.p95MaxIncrease')?.status).toBe(
      'pass',
    );
  });

  it('checks a p95 budget in ms', () => {
    const check = defined(judge(pairs(100, 1, 1), { p95Max: 50 })('latency.p95Max'));
    expect(check).toMatchObject({ status: 'warn', limit: 50, decision: 'point' });
    expect(judge(pairs(100, 1, 1), { p95Max: 100_000 })('latency.p95Max')?.status).toBe('pass');
  });
});
