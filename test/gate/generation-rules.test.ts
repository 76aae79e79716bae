import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/compare/compare.js';
import { configSchema } from '../../src/config/schema.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import { defined } from '../support/defined.js';
import { type Row, snapshotOf } from '../support/snapshots.js';

/** n question/answer rows; `answer(i)` says what the model answered to "paris city <i>". */
const rows = (n: number, answer: (i: number, expected: string) => string): Row[] =>
  Array.from({ length: n }, (_, i) => {
    const expected = `paris city ${i}`;
    return { id: `q${i}`, expected, output: answer(i, expected) };
  });

function gate(baseline: Row[], candidate: Row[], gates: object = {}) {
  const [before, after] = [snapshotOf(baseline, { task: 'generation' }), snapshotOf(candidate, { task: 'generation' })];
  const comparison = compareSnapshots(before, after, {
    lengthUnit: 'words',
    alpha: 0.05,
    confidence: 0.95,
    resamples: 200,
    seed: 1,
  });
  const result = evaluateGates({
    gates: configSchema.parse({ gates }).gates,
    alpha: 0.05,
    confidence: 0.95,
    candidate: after.summary.metrics,
    comparison,
  });
  return { result, status: (name: string) => result.gates.find((outcome) => outcome.name === name)?.status };
}

const right = (_i: number, expected: string) => expected;
// Every fourth answer loses its last word: no longer an exact match, still most of the tokens.
const clipped = (i: number, expected: string) => (i % 4 === 0 ? expected.split(' ').slice(0, 2).join(' ') : expected);

describe('generation gates', () => {
  it('uses honest names: exactMatch and tokenF1, no accuracy rule', () => {
    const { result } = gate(rows(200, right), rows(200, right));
    const names = result.gates.map((outcome) => outcome.name);
    expect(names).toEqual(expect.arrayContaining(['exactMatch.maxDrop', 'tokenF1.maxDrop']));
    expect(names.some((name) => name.startsWith('accuracy.'))).toBe(false);
    expect(result.verdict).toBe('pass');
  });

  it('fails a real exact-match drop and warns on the token-F1 drop beside it', () => {
    const { result, status } = gate(rows(200, right), rows(200, clipped));
    expect(status('exactMatch.maxDrop')).toBe('fail');
    expect(status('tokenF1.maxDrop')).toBe('warn');
    const exact = defined(result.gates.find((outcome) => outcome.name === 'exactMatch.maxDrop'));
    expect(exact).toMatchObject({ rule: 'gates.exactMatch', target: 'exact match', delta: -0.25, unit: 'points' });
    expect(exact.message).toMatch(/^exact match −25\.0 points/);
    // 2 of 3 tokens kept on a quarter of the answers: F1 0.8 there, so −5 points on the mean.
    expect(result.gates.find((outcome) => outcome.name === 'tokenF1.maxDrop')?.delta).toBeCloseTo(-0.05, 12);
  });

  it('passes a drop that is within the limit', () => {
    const fewer = (i: number, expected: string) => (i % 100 === 0 ? 'no idea' : expected);
    expect(gate(rows(400, right), rows(400, fewer)).status('exactMatch.maxDrop')).toBe('pass');
  });

  it("keeps `gates.accuracy` working as exact match's settings, unless exactMatch is set", () => {
    expect(
      gate(rows(200, right), rows(200, clipped), { accuracy: { maxDrop: 0.3 } }).status('exactMatch.maxDrop'),
    ).toBe('pass');
    expect(
      gate(rows(200, right), rows(200, clipped), { accuracy: { maxDrop: 0.3 }, exactMatch: { maxDrop: 0.1 } }).status(
        'exactMatch.maxDrop',
      ),
    ).toBe('fail');
    expect(
      gate(rows(200, right), rows(200, clipped), { tokenF1: { severity: 'fail' } }).status('tokenF1.maxDrop'),
    ).toBe('fail');
  });

  it('checks minimums without a baseline', () => {
    const after = snapshotOf(rows(50, clipped), { task: 'generation' });
    const gates = configSchema.parse({ gates: { exactMatch: { min: 0.9 }, tokenF1: { min: 0.9 } } }).gates;
    const result = evaluateGates({
      gates,
      alpha: 0.05,
      confidence: 0.95,
      candidate: after.summary.metrics,
      comparison: null,
    });
    expect(result.gates.find((outcome) => outcome.name === 'exactMatch.min')?.status).toBe('fail');
    expect(result.gates.find((outcome) => outcome.name === 'tokenF1.min')?.status).toBe('pass');
  });
});
