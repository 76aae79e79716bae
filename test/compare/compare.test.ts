import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/compare/compare.js';
import { defined } from '../support/defined.js';
import { rowsOf, snapshotOf } from '../support/snapshots.js';

const options = { lengthUnit: 'words' as const, alpha: 0.05, confidence: 0.95, resamples: 2000, seed: 7 };

describe('compareSnapshots', () => {
  it('pairs by id whatever the order, and counts flips as defined', () => {
    const baseline = snapshotOf(rowsOf(200, (i) => i % 10 !== 0));
    // Candidate: rows in reverse order; wrong where i % 10 === 0 or i % 7 === 0.
    const candidate = snapshotOf(rowsOf(200, (i) => i % 10 !== 0 && i % 7 !== 0).reverse());
    const comparison = defined(compareSnapshots(baseline, candidate, options));
    const ids = Array.from({ length: 200 }, (_, i) => i);
    const negative = ids.filter((i) => i % 10 !== 0 && i % 7 === 0).length;
    expect(comparison.paired).toBe(200);
    expect(comparison.sameDataset).toBe(true);
    expect(comparison.flips.negative).toBe(negative);
    expect(comparison.flips.positive).toBe(0);
    expect(comparison.flips.negativeFlipRate).toBeCloseTo(negative / 200, 12);
    expect(comparison.accuracy.delta).toBeCloseTo(-negative / 200, 12);
    expect(comparison.regressions.map((regression) => regression.id).sort()).toEqual(
      ids
        .filter((i) => i % 10 !== 0 && i % 7 === 0)
        .map((i) => `e${i}`)
        .sort(),
    );
    expect(defined(comparison.flips.byClass.spam).negative + defined(comparison.flips.byClass.ham).negative).toBe(
      negative,
    );
  });

  it('gives intervals that contain the observed deltas and are reproducible from the seed', () => {
    const baseline = snapshotOf(rowsOf(500, (i) => i % 9 !== 0, ['a', 'b', 'c']));
    const candidate = snapshotOf(rowsOf(500, (i) => i % 5 !== 0, ['a', 'b', 'c']));
    const first = defined(compareSnapshots(baseline, candidate, options));
    const again = defined(compareSnapshots(baseline, candidate, options));
    const other = defined(compareSnapshots(baseline, candidate, { ...options, seed: 8 }));
    for (const delta of [
      defined(first.macroF1),
      defined(first.microF1),
      defined(first.weightedF1),
      defined(first.perClass.a),
    ]) {
      expect(defined(delta.ciLow)).toBeLessThanOrEqual(delta.delta);
      expect(defined(delta.ciHigh)).toBeGreaterThanOrEqual(delta.delta);
    }
    expect(again.macroF1).toEqual(first.macroF1);
    expect(defined(other.macroF1).ciLow).not.toBe(defined(first.macroF1).ciLow);
    // Micro-F1 equals accuracy in single-label classification, on both sides.
    expect(defined(first.microF1).delta).toBeCloseTo(first.accuracy.delta, 12);
  });

  it('compares on the shared ids only and says how the datasets differ', () => {
    const baseline = snapshotOf([...rowsOf(50, () => true), { id: 'old', expected: 'spam', output: 'spam' }], {
      fingerprint: 'sha256:a',
    });
    const candidate = snapshotOf(
      [
        ...rowsOf(50, (i) => i !== 3),
        { id: 'new', expected: 'ham', output: 'ham' },
        { id: 'e7x', expected: 'ham', output: { error: 'timeout' } },
      ],
      { fingerprint: 'sha256:b' },
    );
    const comparison = defined(compareSnapshots(baseline, candidate, options));
    expect(comparison.sameDataset).toBe(false);
    expect(comparison.paired).toBe(50);
    expect(comparison.onlyInBaseline).toBe(1);
    expect(comparison.onlyInCandidate).toBe(2);
    expect(comparison.flips.negative).toBe(1);
  });

  it('skips examples that errored on either side, without counting them right or wrong', () => {
    const baseline = snapshotOf([
      { expected: 'a', output: 'a' },
      { expected: 'b', output: { error: 'boom' } },
      { expected: 'b', output: 'b' },
    ]);
    const candidate = snapshotOf([
      { expected: 'a', output: { error: 'boom' } },
      { expected: 'b', output: 'a' },
      { expected: 'b', output: 'b' },
    ]);
    const comparison = defined(compareSnapshots(baseline, candidate, options));
    expect(comparison.paired).toBe(1);
    expect(comparison.skippedForErrors).toBe(2);
    expect(comparison.flips.negative).toBe(0);
  });

  it('breaks flips and accuracy down by slice tag', () => {
    const tagged = (right: (i: number) => boolean) =>
      snapshotOf(rowsOf(40, right).map((row, i) => ({ ...row, tags: { source: i < 10 ? 'hard' : 'easy' } })));
    // Baseline right everywhere; the candidate misses every other "hard" example.
    const comparison = defined(
      compareSnapshots(
        tagged(() => true),
        tagged((i) => i >= 10 || i % 2 === 1),
        options,
      ),
    );
    expect(comparison.flips.bySlice['source=hard']).toEqual({
      tag: 'source',
      value: 'hard',
      n: 10,
      negative: 5,
      positive: 0,
      baselineRight: 10,
      candidateRight: 5,
      negativeFlipRate: 0.5,
    });
    expect(comparison.flips.bySlice['source=easy']).toMatchObject({ n: 30, negative: 0, candidateRight: 30 });
  });

  it('never claims a tiny dataset can see small drops: at least the 6 flips an exact test needs', () => {
    const same = snapshotOf(rowsOf(10, () => true));
    // No disagreement at all: the normal formula alone would say 0.
    expect(defined(compareSnapshots(same, same, options)).minDetectableAccuracyDrop).toBeCloseTo(6 / 10, 12);
  });

  it('tests the paired shift of predicted labels (two labels: McNemar on the label changes)', () => {
    const baseline = snapshotOf(rowsOf(100, (i) => i % 5 !== 0));
    const candidate = snapshotOf(rowsOf(100, (i) => i % 5 !== 0 && i % 7 !== 0));
    const comparison = defined(compareSnapshots(baseline, candidate, options));
    // Count label changes spam→ham and ham→spam straight from the outputs.
    let spamToHam = 0;
    let hamToSpam = 0;
    baseline.records.forEach((record, i) => {
      const after = defined(candidate.records[i]).prediction;
      if (record.prediction === 'spam' && after === 'ham') spamToHam += 1;
      if (record.prediction === 'ham' && after === 'spam') hamToSpam += 1;
    });
    expect(spamToHam + hamToSpam).toBeGreaterThan(0);
    expect(defined(comparison.predictionShift).stuartMaxwell).toBeCloseTo(
      (spamToHam - hamToSpam) ** 2 / (spamToHam + hamToSpam),
      12,
    );
  });

  it('returns null when nothing is shared', () => {
    expect(
      compareSnapshots(
        snapshotOf([{ id: 'x', expected: 'a', output: 'a' }]),
        snapshotOf([{ id: 'y', expected: 'a', output: 'a' }]),
        options,
      ),
    ).toBeNull();
  });

  it('compares generation runs on exact match and token F1', () => {
    const baseline = snapshotOf(
      [
        { expected: 'Paris', output: 'Paris' },
        { expected: 'the blue whale', output: 'blue whale' },
        { expected: 'four', output: 'five' },
      ],
      { task: 'generation' },
    );
    const candidate = snapshotOf(
      [
        { expected: 'Paris', output: 'It is Paris' },
        { expected: 'the blue whale', output: 'a blue whale' },
        { expected: 'four', output: 'four' },
      ],
      { task: 'generation' },
    );
    const comparison = defined(compareSnapshots(baseline, candidate, options));
    expect(comparison.flips.negative).toBe(1);
    expect(comparison.flips.positive).toBe(1);
    expect(comparison.macroF1).toBeNull();
    // Token F1 per example: baseline 1, 1, 0; candidate 2·(1/3·1)/(1/3+1) = 0.5, 1, 1.
    expect(defined(comparison.tokenF1).baseline).toBeCloseTo(2 / 3, 12);
    expect(defined(comparison.tokenF1).candidate).toBeCloseTo(2.5 / 3, 12);
    expect(defined(comparison.regressions[0]).id).toBe('1');
  });
});
