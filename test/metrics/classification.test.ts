import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classificationMetrics, scoresFromCounts } from '../../src/metrics/classification.js';
import { type ConfusionCell, compareCodePoints, uniqueLabels } from '../../src/metrics/confusion.js';
import { resolveLabelSet } from '../../src/metrics/label-set.js';
import type { AveragedScores, ClassScores } from '../../src/metrics/types.js';
import { defined } from '../support/defined.js';
import { expectClose } from './close.js';

/** Written by scripts/reference/metrics.py from scikit-learn. */
interface ClassificationCase {
  name: string;
  vocabulary: string[];
  expected: number[];
  predicted: number[];
  labels: string[];
  confusion: number[][];
  accuracy: number;
  perClass: Record<string, ClassScores>;
  macro: AveragedScores;
  micro: AveragedScores;
  weighted: AveragedScores;
}

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/metrics/classification.json', import.meta.url), 'utf8'),
) as { cases: ClassificationCase[] };

function expectAveragesClose(actual: AveragedScores, expected: AveragedScores, what: string): void {
  expectClose(actual.precision, expected.precision, `${what} precision`);
  expectClose(actual.recall, expected.recall, `${what} recall`);
  expectClose(actual.f1, expected.f1, `${what} f1`);
}

/** scikit-learn's dense matrix as the sparse cells we store: the non-zero entries, row by row. */
function occupiedCells(labels: readonly string[], dense: number[][]): ConfusionCell[] {
  return dense.flatMap((row, i) =>
    row.flatMap((count, j): ConfusionCell[] => (count > 0 ? [[defined(labels[i]), defined(labels[j]), count]] : [])),
  );
}

describe('classificationMetrics against scikit-learn', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, reference) => {
    const expected = reference.expected.map((i) => reference.vocabulary[i] as string);
    const predicted = reference.predicted.map((i) => reference.vocabulary[i] as string);
    // f1_score without labels=: the sorted union, every prediction a class of its own.
    const metrics = classificationMetrics(expected, predicted, {
      source: 'inferred',
      labels: uniqueLabels(expected, predicted),
    });

    expect(metrics.task).toBe('classification');
    expect(metrics.n).toBe(expected.length);
    expect(metrics.labels).toEqual(reference.labels);
    expect(metrics.confusion).toEqual(occupiedCells(reference.labels, reference.confusion));
    expect(metrics.labelSource).toBe('inferred');
    expect(metrics.invalid).toEqual({ count: 0, rate: 0 });
    expectClose(metrics.accuracy, reference.accuracy, 'accuracy');
    expect(Object.keys(metrics.perClass)).toEqual(reference.labels);
    for (const label of reference.labels) {
      const ours = metrics.perClass[label] as ClassScores;
      const theirs = reference.perClass[label] as ClassScores;
      expect(ours.support, `${label} support`).toBe(theirs.support);
      expectClose(ours.precision, theirs.precision, `${label} precision`);
      expectClose(ours.recall, theirs.recall, `${label} recall`);
      expectClose(ours.f1, theirs.f1, `${label} f1`);
    }
    expectAveragesClose(metrics.macro, reference.macro, 'macro');
    expectAveragesClose(metrics.micro, reference.micro, 'micro');
    expectAveragesClose(metrics.weighted, reference.weighted, 'weighted');
    expect(metrics.macroF1).toBe(metrics.macro.f1);
    expect(metrics.microF1).toBe(metrics.micro.f1);
    expect(metrics.weightedF1).toBe(metrics.weighted.f1);
  });
});

describe('classificationMetrics edge cases', () => {
  it('gives an empty table and zeros for no examples', () => {
    const metrics = classificationMetrics([], []);
    expect(metrics.labels).toEqual([]);
    expect(metrics.confusion).toEqual([]);
    expect(metrics.n).toBe(0);
    expect(metrics.accuracy).toBe(0);
    expect(metrics.macroF1).toBe(0);
  });

  it('rejects lists of different lengths', () => {
    expect(() => classificationMetrics(['a', 'b'], ['a'])).toThrow(/2 expected labels but 1 predictions/);
  });
});

describe('scoresFromCounts', () => {
  const counts = (tp: number[], support: number[], predicted: number[]) => ({ truePositives: tp, support, predicted });

  it('gives 0 everywhere for an empty table (zero_division=0)', () => {
    const scores = scoresFromCounts(['a', 'b'], counts([0, 0], [0, 0], [0, 0]));
    expect(scores.n).toBe(0);
    expect(scores.accuracy).toBe(0);
    expect(scores.macro).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(scores.weighted).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(scores.perClass.a).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
  });

  it('averages over the positions given only', () => {
    const scores = scoresFromCounts(['a', 'b', 'c'], counts([2, 0, 1], [2, 0, 2], [3, 0, 1]), [0, 2]);
    expect(Object.keys(scores.perClass)).toEqual(['a', 'c']);
    expect(scores.macro.recall).toBeCloseTo((1 + 0.5) / 2, 15);
  });

  it('keeps a "__proto__" label as an own key', () => {
    const scores = scoresFromCounts(['__proto__', 'b'], counts([2, 1], [2, 2], [3, 1]));
    expect(Object.keys(scores.perClass)).toEqual(['__proto__', 'b']);
    // biome-ignore lint/suspicious/noProto: the test is that a label named __proto__ is an own key
    expect(scores.perClass.__proto__?.support).toBe(2);
  });
});

/** Written by scripts/reference/metrics.py from scikit-learn with `labels=`. */
interface DeclaredCase extends ClassificationCase {
  source: 'declared' | 'expected';
  invalid: { count: number; rate: number };
}
const declared = JSON.parse(
  readFileSync(new URL('../fixtures/metrics/declared-labels.json', import.meta.url), 'utf8'),
) as { cases: DeclaredCase[] };

describe('declared labels against scikit-learn labels=', () => {
  it.each(declared.cases.map((c) => [c.name, c] as const))('%s', (_name, reference) => {
    const expected = reference.expected.map((i) => reference.vocabulary[i] as string);
    const predicted = reference.predicted.map((i) => reference.vocabulary[i] as string);
    const labelSet = resolveLabelSet(reference.source === 'declared' ? reference.labels : null, expected, predicted);
    expect(labelSet).toEqual({ source: reference.source, labels: reference.labels });
    const metrics = classificationMetrics(expected, predicted, labelSet);

    expect(metrics.labels).toEqual(reference.labels);
    expect(metrics.labelSource).toBe(reference.source);
    expect(metrics.invalid.count).toBe(reference.invalid.count);
    expectClose(metrics.invalid.rate, reference.invalid.rate, 'invalid rate');
    expectClose(metrics.accuracy, reference.accuracy, 'accuracy');
    // The cells inside the label set are scikit-learn's matrix; the rest of each row is invalid.
    const inside = metrics.confusion.filter(([, predictedLabel]) => predictedLabel !== null);
    expect(inside).toEqual(occupiedCells(reference.labels, reference.confusion));
    const invalidCells = metrics.confusion.filter(([, predictedLabel]) => predictedLabel === null);
    expect(invalidCells.reduce((sum, [, , count]) => sum + count, 0)).toBe(reference.invalid.count);
    expect(Object.keys(metrics.perClass)).toEqual(reference.labels);
    for (const label of reference.labels) {
      const ours = metrics.perClass[label] as ClassScores;
      const theirs = reference.perClass[label] as ClassScores;
      expect(ours.support, `${label} support`).toBe(theirs.support);
      expectClose(ours.precision, theirs.precision, `${label} precision`);
      expectClose(ours.recall, theirs.recall, `${label} recall`);
      expectClose(ours.f1, theirs.f1, `${label} f1`);
    }
    expectAveragesClose(metrics.macro, reference.macro, 'macro');
    expectAveragesClose(metrics.micro, reference.micro, 'micro');
    expectAveragesClose(metrics.weighted, reference.weighted, 'weighted');
  });

  it('keeps the rambles out of the average: macro-F1 over the three labels, not one class per ramble', () => {
    const reference = declared.cases.find((c) => c.name.includes('rambles among')) as DeclaredCase;
    const expected = reference.expected.map((i) => reference.vocabulary[i] as string);
    const predicted = reference.predicted.map((i) => reference.vocabulary[i] as string);
    const inferred = classificationMetrics(expected, predicted, {
      source: 'inferred',
      labels: uniqueLabels(expected, predicted),
    });
    const withLabels = classificationMetrics(
      expected,
      predicted,
      resolveLabelSet(reference.labels, expected, predicted),
    );
    expect(inferred.labels.length).toBeGreaterThan(6);
    expect(inferred.macroF1).toBeLessThan(0.6);
    expect(withLabels.macroF1).toBeGreaterThan(0.85);
  });
});

describe('label order', () => {
  it('sorts by code point like Python, not by UTF-16 code unit', () => {
    expect(['😀', 'Ａ', 'b'].sort(compareCodePoints)).toEqual(['b', 'Ａ', '😀']);
    expect(uniqueLabels(['b', 'ab'], ['a', 'b'])).toEqual(['a', 'ab', 'b']);
  });
});
