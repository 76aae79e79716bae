import { describe, expect, it } from 'vitest';
import { cellTable, f1Deltas, f1DeltasOfCells } from '../../src/compare/f1-deltas.js';
import { seededRandom } from '../../src/stats/random.js';
import { defined } from '../support/defined.js';
import { denseCellTable, denseF1DeltasOfCells } from '../support/dense-f1.js';
import { pairedRecords, type Row, snapshotOf } from '../support/snapshots.js';

/**
 * Paired tables of n examples over `classes` labels: the baseline right with probability 0.8,
 * the candidate changing its answer with probability `drift`; `extras` labels no example expects
 * are said now and then (few enough to stay labels of their own: the inferred label set).
 */
function pairsOf(n: number, classes: number, drift: number, extras: readonly string[] = [], seed = 3) {
  const random = seededRandom(seed);
  const labels = Array.from({ length: classes }, (_, k) => `label-${String(k).padStart(3, '0')}`);
  const pick = () => defined(labels[Math.floor(random.uniform() * classes)]);
  const rare = () =>
    extras.length > 0 && random.uniform() < 0.03 ? defined(extras[Math.floor(random.uniform() * extras.length)]) : null;
  const baseline: Row[] = [];
  const candidate: Row[] = [];
  for (let i = 0; i < n; i++) {
    const expected = pick();
    const before = rare() ?? (random.uniform() < 0.8 ? expected : pick());
    const after = random.uniform() < drift ? (rare() ?? pick()) : before;
    baseline.push({ id: `e${i}`, expected, output: before });
    candidate.push({ id: `e${i}`, expected, output: after });
  }
  return pairedRecords(snapshotOf(baseline), snapshotOf(candidate));
}

const tables = [
  { name: '2 labels, n = 60', pairs: pairsOf(60, 2, 0.2) },
  { name: '5 labels and 2 only-predicted ones, n = 3,000', pairs: pairsOf(3000, 5, 0.1, ['unsure', '']) },
  { name: '60 labels, n = 8,000', pairs: pairsOf(8000, 60, 0.15, [], 11) },
  {
    name: '200 labels and 30 only-predicted, n = 10,000',
    pairs: pairsOf(
      10_000,
      200,
      0.1,
      Array.from({ length: 30 }, (_, k) => `extra ${k}`),
      5,
    ),
  },
];

describe('sparse F1-delta bootstrap against the dense one it replaced', () => {
  it.each(tables.map((table) => [table.name, table] as const))(
    '%s: the same cells and bit-identical results on a seed',
    (_name, { pairs }) => {
      const sparse = cellTable(pairs);
      const dense = denseCellTable(pairs);
      expect(sparse.labelSet.source).toBe('inferred');
      expect(sparse.labelSet.labels).toEqual(dense.labels);
      // The same cells in the same order: the multinomial draws are the same draws.
      expect(Array.from(sparse.cells.expected)).toEqual(Array.from(dense.cells.expected));
      expect(Array.from(sparse.cells.baseline)).toEqual(Array.from(dense.cells.baseline));
      expect(Array.from(sparse.cells.candidate)).toEqual(Array.from(dense.cells.candidate));
      expect(sparse.cells.counts).toEqual(dense.cells.counts);
      const options = { resamples: 250, seed: 20261201, confidence: 0.95 };
      const ours = f1DeltasOfCells(sparse.labelSet, sparse.cells, options);
      const reference = denseF1DeltasOfCells(dense.labels, dense.cells, options);
      // toEqual compares numbers with Object.is: exact, not close.
      expect({ ...ours, labelSet: undefined }).toEqual({ ...reference, labelSet: undefined });
      expect(ours.macroF1.ciLow).not.toBe(ours.macroF1.ciHigh);
    },
  );

  it('pools invalid outputs into one column: a model saying 5,000 distinct sentences adds no cells', () => {
    const clean = pairsOf(10_000, 4, 0.1, [], 9);
    const rambling = clean.map((pair, i) =>
      i % 2 === 0
        ? { ...pair, candidate: { ...pair.candidate, prediction: `a unique sentence ${i}`, correct: false } }
        : pair,
    );
    const { labelSet, cells } = cellTable(rambling);
    expect(labelSet.source).toBe('expected');
    expect(labelSet.labels).toHaveLength(4);
    // At most 4 expected × 5 baseline × 5 candidate columns, whatever the outputs.
    expect(cells.counts.length).toBeLessThanOrEqual(4 * 5 * 5);
    const declared = f1Deltas(rambling, { resamples: 200, seed: 1, confidence: 0.95, labels: labelSet.labels });
    expect(Object.keys(declared.perClass)).toEqual(labelSet.labels);
    expect(declared.macroF1.candidate).toBeLessThan(declared.macroF1.baseline);
  });
});
