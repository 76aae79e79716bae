import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/compare/compare.js';
import { selfFlipsFromCounts } from '../../src/compare/self-flips.js';
import { configSchema } from '../../src/config/schema.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import { rowsOf, snapshotOf } from '../support/snapshots.js';

/** scripts/reference/noise.py: statsmodels confint_proportions_2indep(method='newcomb'). */
const newcombe = (
  JSON.parse(readFileSync(new URL('../fixtures/compare/noise.json', import.meta.url), 'utf8')) as {
    newcombe: { count1: number; n1: number; count2: number; n2: number; ciLow: number; ciHigh: number }[];
  }
).newcombe;

const statistics = { lengthUnit: 'words' as const, alpha: 0.05, confidence: 0.95, resamples: 200, seed: 1 };

/** 500 examples the baseline gets right but the last 50; the candidate breaks `negative` of the right ones. */
function comparison(negative: number) {
  const baseline = snapshotOf(rowsOf(500, (i) => i < 450));
  const candidate = snapshotOf(rowsOf(500, (i) => i >= negative && i < 450));
  return compareSnapshots(baseline, candidate, statistics);
}

function gate(negative: number, noise: Parameters<typeof evaluateGates>[0]['noise'], rule: Record<string, unknown>) {
  const config = configSchema.parse({ gates: { negativeFlipRate: rule } });
  const result = evaluateGates({
    gates: config.gates,
    alpha: 0.05,
    confidence: 0.95,
    candidate: { accuracy: 0.9 } as never,
    comparison: comparison(negative),
    noise,
  });
  const outcome = result.gates.find((each) => each.name === 'negativeFlipRate.max');
  if (!outcome) throw new Error('no negativeFlipRate outcome');
  return outcome;
}

/** A self-flip floor of 9.5 negative flips per 500 examples (19 disagreements per pair of runs). */
const floor = selfFlipsFromCounts({ runs: 3, n: 500, disagreementsPerPair: [19, 18, 20] }, 0.95);

describe('gates.negativeFlipRate with decision: beyond-noise', () => {
  it("passes flips the model's own noise explains, though the default decision warns on them", () => {
    const reference = newcombe[0] as (typeof newcombe)[number];
    expect([reference.count1, reference.count2]).toEqual([12, 9.5]);
    const outcome = gate(
      12,
      { candidate: floor, baseline: null },
      { max: 0, decision: 'beyond-noise', severity: 'fail' },
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.decision).toBe('beyond-noise');
    expect(outcome.observed).toBeCloseTo(12 / 500 - 9.5 / 500, 12);
    expect(outcome.ciLow).toBeCloseTo(reference.ciLow, 10);
    expect(outcome.ciHigh).toBeCloseTo(reference.ciHigh, 10);
    // Judged plainly (significant, max 0), the same 12 flips are over the limit.
    expect(gate(12, null, { max: 0, severity: 'fail' }).status).toBe('fail');
  });

  it('fails when the interval of NFR − self-NFR lies above max', () => {
    const reference = newcombe[1] as (typeof newcombe)[number];
    expect([reference.count1, reference.count2]).toEqual([40, 9.5]);
    const outcome = gate(
      40,
      { candidate: null, baseline: floor },
      { max: 0.02, decision: 'beyond-noise', severity: 'fail' },
    );
    expect(reference.ciLow).toBeGreaterThan(0.02);
    expect(outcome.status).toBe('fail');
    expect(outcome.ciLow).toBeCloseTo(reference.ciLow, 10);
    expect(outcome.message).toContain("baseline's own 1.9%");
    // max 0.05 is above the interval's low end (4.0 points): not beyond noise by that much.
    expect(gate(40, { candidate: null, baseline: floor }, { max: 0.05, decision: 'beyond-noise' }).status).toBe('pass');
  });

  it('uses the noisier side when both were repeated', () => {
    const quiet = selfFlipsFromCounts({ runs: 2, n: 500, disagreementsPerPair: [2] }, 0.95);
    const outcome = gate(12, { candidate: quiet, baseline: floor }, { max: 0, decision: 'beyond-noise' });
    expect(outcome.observed).toBeCloseTo(12 / 500 - 9.5 / 500, 12);
  });

  it('says it cannot judge without a floor: a warning, never a plain pass', () => {
    for (const noise of [null, undefined, { candidate: null, baseline: null }]) {
      const outcome = gate(0, noise, { max: 0.05, decision: 'beyond-noise', severity: 'fail' });
      expect(outcome.status).toBe('warn');
      expect(outcome.observed).toBeNull();
      expect(outcome.message).toMatch(/^cannot judge .*--baseline-repeat/);
    }
  });

  it('judges beyond noise by default once a floor was measured, and plainly (with a hint) when none was', () => {
    // 40 negative flips of 500 (8%): the default significant decision warns (Wilson low end > 5%).
    const plain = gate(40, null, {});
    expect(plain.status).toBe('warn');
    expect(plain.decision).toBe('significant');
    expect(plain.message).toContain('`repeats: 2` (or --baseline-repeat) measures its own flips');
    // The same flips against a 1.9% floor: NFR − floor's low end is 4.0 points, not above 5%.
    const judged = gate(40, { candidate: null, baseline: floor }, {});
    expect(judged.decision).toBe('beyond-noise');
    expect(judged.status).toBe('pass');
    expect(judged.ciLow).toBeCloseTo((newcombe[1] as (typeof newcombe)[number]).ciLow, 10);
    // Far beyond the floor still warns: 150 of 500 flips.
    expect(gate(150, { candidate: null, baseline: floor }, {}).status).toBe('warn');
    // An explicit decision wins over the floor, and carries no hint.
    const explicit = gate(40, { candidate: null, baseline: floor }, { decision: 'significant' });
    expect([explicit.decision, explicit.status]).toEqual(['significant', 'warn']);
    expect(explicit.message).not.toContain('repeats: 2');
  });

  it('refuses an unknown decision with the allowed ones', () => {
    const parsed = configSchema.safeParse({ gates: { negativeFlipRate: { decision: 'noise' } } });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('beyond-noise');
  });
});
