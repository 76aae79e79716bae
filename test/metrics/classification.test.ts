import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classificationMetrics, scoresFromConfusion } from '../../src/metrics/classification.js';
import { compareCodePoints, uniqueLabels } from '../../src/metrics/confusion.js';
import type { AveragedScores, ClassScores } from '../../src/metrics/types.js';
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

describe('classificationMetrics against scikit-learn', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, reference) => {
    const expected = reference.expected.map((i) => reference.vocabulary[i] as string);
    const predicted = reference.predicted.map((i) => reference.vocabulary[i] as string);
    const metrics = classificationMetrics(expected, predicted);

    expect(metrics.task).toBe('classification');
    expect(metrics.n).toBe(expected.length);
    expect(metrics.labels).toEqual(reference.labels);
    expect(metrics.confusion).toEqual(reference.confusion);
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

describe('scoresFromConfusion', () => {
  it('accepts typed-array rows, as a bootstrap resample may hold them', () => {
    const reference = fixture.cases.find((c) => c.name === 'n=25, five classes') as ClassificationCase;
    const rows = reference.confusion.map((row) => Float64Array.from(row));
    const scores = scoresFromConfusion(reference.labels, rows);
    expectClose(scores.accuracy, reference.accuracy, 'accuracy');
    expectAveragesClose(scores.macro, reference.macro, 'macro');
  });

  it('gives 0 everywhere for an empty table (zero_division=0)', () => {
    const scores = scoresFromConfusion(['a', 'b'], [[0, 0], [0, 0]]);
    expect(scores.n).toBe(0);
    expect(scores.accuracy).toBe(0);
    expect(scores.macro).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(scores.weighted).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(scores.perClass['a']).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
  });

  it('rejects a table whose shape does not match the labels', () => {
    expect(() => scoresFromConfusion(['a', 'b'], [[1, 0]])).toThrow(/2 labels but 1 rows/);
    expect(() => scoresFromConfusion(['a', 'b'], [[1, 0], [1]])).toThrow(/row 1 has 1 cells/);
  });

  it('keeps a "__proto__" label as an own key', () => {
    const scores = scoresFromConfusion(['__proto__', 'b'], [[2, 0], [1, 1]]);
    expect(Object.keys(scores.perClass)).toEqual(['__proto__', 'b']);
    expect(scores.perClass['__proto__']?.support).toBe(2);
  });
});

describe('label order', () => {
  it('sorts by code point like Python, not by UTF-16 code unit', () => {
    expect(['😀', 'Ａ', 'b'].sort(compareCodePoints)).toEqual(['b', 'Ａ', '😀']);
    expect(uniqueLabels(['b', 'ab'], ['a', 'b'])).toEqual(['a', 'ab', 'b']);
  });
});
