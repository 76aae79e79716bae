import { type ConfusionScores, scoresFromCounts } from '../metrics/classification.js';
import { type LabelSet, labelIndex, resolveLabelSet } from '../metrics/label-set.js';
import { multinomialBootstrap } from '../stats/bootstrap.js';
import { holmAdjust } from '../stats/multiple-testing.js';
import type { Pairs } from './pairs.js';
import type { ClassDelta, MetricDelta } from './types.js';

export interface F1Deltas {
  labels: string[];
  labelSet: LabelSet;
  macroF1: MetricDelta;
  microF1: MetricDelta;
  weightedF1: MetricDelta;
  perClass: Record<string, ClassDelta>;
}

/**
 * The paired outcome of one example is a cell (expected, baseline label, candidate label).
 * Resampling examples with replacement is the same as drawing the cells' counts from a
 * multinomial, so the bootstrap costs O(cells) per resample, whatever the number of examples.
 * A label index of `labels.length` is an invalid prediction: every invalid output is pooled in
 * that one column, so a model's distinct sentences add no cells.
 */
export interface Cells {
  expected: Int32Array;
  baseline: Int32Array;
  candidate: Int32Array;
  counts: number[];
}

function cellsOf(pairs: Pairs, index: ReadonlyMap<string, number>, other: number): Cells {
  const size = other + 1;
  const countByKey = new Map<number, number>();
  const at = (label: string | null) => index.get(label ?? '') ?? other;
  for (const { baseline, candidate } of pairs) {
    const key = (at(candidate.expected) * size + at(baseline.prediction)) * size + at(candidate.prediction);
    countByKey.set(key, (countByKey.get(key) ?? 0) + 1);
  }
  const keys = [...countByKey.keys()].sort((x, y) => x - y);
  return {
    expected: Int32Array.from(keys, (key) => Math.floor(key / (size * size))),
    baseline: Int32Array.from(keys, (key) => Math.floor(key / size) % size),
    candidate: Int32Array.from(keys, (key) => key % size),
    counts: keys.map((key) => countByKey.get(key) as number),
  };
}

/** One side's per-class counts, refilled per resample: O(labels) to clear, O(cells) to fill. */
interface SideCounts {
  truePositives: Float64Array;
  support: Float64Array;
  predicted: Float64Array;
}

function sideCounts(size: number): SideCounts {
  return { truePositives: new Float64Array(size), support: new Float64Array(size), predicted: new Float64Array(size) };
}

function fillSide(side: SideCounts, cells: Cells, predictions: Int32Array, counts: ArrayLike<number>): void {
  side.truePositives.fill(0);
  side.support.fill(0);
  side.predicted.fill(0);
  const labelCount = side.support.length;
  for (let cell = 0; cell < counts.length; cell += 1) {
    const count = counts[cell] as number;
    if (count === 0) continue;
    const expected = cells.expected[cell] as number;
    const predicted = predictions[cell] as number;
    side.support[expected] = (side.support[expected] as number) + count;
    if (predicted === labelCount) continue;
    side.predicted[predicted] = (side.predicted[predicted] as number) + count;
    if (predicted === expected) side.truePositives[expected] = (side.truePositives[expected] as number) + count;
  }
}

/**
 * One side's scores as scikit-learn computes them on that side alone. Inferred labels: over the
 * labels that side's data has (expected or predicted by it), as `f1_score` with no `labels=`,
 * not over those only the other side predicted (they would count F1 0 and pull its macro
 * average down). Declared (or expected-only) labels: over all of them, as `labels=` does.
 */
function sideScores(labelSet: LabelSet, side: SideCounts): ConfusionScores {
  const { labels } = labelSet;
  if (labelSet.source !== 'inferred') return scoresFromCounts(labels, side);
  const active: number[] = [];
  for (let k = 0; k < labels.length; k += 1)
    if ((side.support[k] as number) + (side.predicted[k] as number) > 0) active.push(k);
  if (active.length === labels.length) return scoresFromCounts(labels, side);
  const scores = scoresFromCounts(labels, side, active);
  for (const label of labels) scores.perClass[label] ??= { precision: 0, recall: 0, f1: 0, support: 0 };
  return scores;
}

/** [macro, micro, weighted, per-class…] F1 deltas of one table of cell counts: O(cells + labels). */
function deltaStatistic(cells: Cells, labelSet: LabelSet): (counts: ArrayLike<number>) => number[] {
  const size = labelSet.labels.length;
  const baseline = sideCounts(size);
  const candidate = sideCounts(size);
  return (counts) => {
    fillSide(baseline, cells, cells.baseline, counts);
    fillSide(candidate, cells, cells.candidate, counts);
    const before = sideScores(labelSet, baseline);
    const after = sideScores(labelSet, candidate);
    return [
      after.macroF1 - before.macroF1,
      after.microF1 - before.microF1,
      after.weightedF1 - before.weightedF1,
      ...labelSet.labels.map((label) => (after.perClass[label]?.f1 ?? 0) - (before.perClass[label]?.f1 ?? 0)),
    ];
  };
}

/** Both sides' scores from the cell counts: the point estimates the intervals surround. */
function scoresOfCells(cells: Cells, labelSet: LabelSet): { before: ConfusionScores; after: ConfusionScores } {
  const size = labelSet.labels.length;
  const baseline = sideCounts(size);
  const candidate = sideCounts(size);
  fillSide(baseline, cells, cells.baseline, cells.counts);
  fillSide(candidate, cells, cells.candidate, cells.counts);
  return { before: sideScores(labelSet, baseline), after: sideScores(labelSet, candidate) };
}

/**
 * The label set both sides are judged by, from the declared labels or (inferred) from the
 * expected labels and both sides' predictions: one rule for both, so their invalid outputs
 * are counted alike. One pass over the examples.
 */
export function pairedLabelSet(pairs: Pairs, declared: readonly string[] | null): LabelSet {
  function* expectedOf() {
    for (const { candidate } of pairs) yield candidate.expected;
  }
  function* predictions() {
    for (const { baseline, candidate } of pairs) {
      yield baseline.prediction ?? '';
      yield candidate.prediction ?? '';
    }
  }
  return resolveLabelSet(declared, expectedOf(), predictions());
}

/** One pass over the examples: the label set (scikit-learn's order) and the cell counts. */
export function cellTable(
  pairs: Pairs,
  declared: readonly string[] | null = null,
): { labelSet: LabelSet; cells: Cells } {
  const labelSet = pairedLabelSet(pairs, declared);
  return { labelSet, cells: cellsOf(pairs, labelIndex(labelSet), labelSet.labels.length) };
}

/**
 * Two-sided bootstrap p-value of "no change", (k + 1)/(B + 1) so it is never 0, and never
 * below what an exact sign test could give with this many changed answers: on a handful of
 * examples the bootstrap is degenerate (every resample alike) and would claim certainty.
 */
function bootstrapPValue(samples: Float64Array, changedAnswers: number): number {
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (const value of samples) {
    if (value <= 0) atOrBelow += 1;
    if (value >= 0) atOrAbove += 1;
  }
  const bootstrap = (2 * (Math.min(atOrBelow, atOrAbove) + 1)) / (samples.length + 1);
  const exactFloor = 2 * 0.5 ** changedAnswers;
  return Math.min(1, Math.max(bootstrap, exactFloor));
}

/** Examples whose predicted label differs between the two sides (two invalid outputs are alike). */
function changedAnswersOf(cells: Cells): number {
  let changed = 0;
  cells.counts.forEach((count, cell) => {
    if (cells.baseline[cell] !== cells.candidate[cell]) changed += count;
  });
  return changed;
}

export interface F1DeltaOptions {
  resamples: number;
  seed: number;
  confidence: number;
  /** Declared labels (config `labels`); null: inferred from the data. */
  labels?: readonly string[] | null;
}

/** F1 deltas (macro, micro, weighted, per class) with paired bootstrap percentile intervals. */
export function f1Deltas(pairs: Pairs, options: F1DeltaOptions): F1Deltas {
  const { labelSet, cells } = cellTable(pairs, options.labels ?? null);
  return f1DeltasOfCells(labelSet, cells, options);
}

/** The bootstrap proper: it sees only the cell counts, so its cost does not grow with n. */
export function f1DeltasOfCells(
  labelSet: LabelSet,
  cells: Cells,
  options: { resamples: number; seed: number; confidence: number },
): F1Deltas {
  const { labels } = labelSet;
  const statistic = deltaStatistic(cells, labelSet);
  // p-values (per class, for Holm) come from the same resamples as the intervals.
  const samples = [0, 1, 2, ...labels.map((_, position) => 3 + position)].map(
    () => new Float64Array(options.resamples),
  );
  let resample = 0;
  const bootstrap = multinomialBootstrap({
    counts: cells.counts,
    resamples: options.resamples,
    seed: options.seed,
    confidence: options.confidence,
    statistic: (counts) => {
      const values = statistic(counts);
      if (resample < options.resamples)
        values.forEach((value, position) => {
          (samples[position] as Float64Array)[resample] = value;
        });
      resample += 1;
      return values;
    },
  });
  const { before, after } = scoresOfCells(cells, labelSet);
  const changedAnswers = changedAnswersOf(cells);
  const allPValues = samples.map((values) => bootstrapPValue(values, changedAnswers));
  const delta = (position: number, baseline: number, candidate: number): MetricDelta => ({
    baseline,
    candidate,
    delta: candidate - baseline,
    ciLow: bootstrap.lows[position] ?? null,
    ciHigh: bootstrap.highs[position] ?? null,
    pValue: allPValues[position] ?? null,
  });
  const pValues = allPValues.slice(3);
  // Holm over the classes that occur in the data: a label only ever predicted has no F1 to lose.
  const gated = labels.flatMap((label, position) => ((after.perClass[label]?.support ?? 0) > 0 ? [position] : []));
  const adjusted = holmAdjust(gated.map((position) => pValues[position] as number));
  const holm = new Map(gated.map((position, rank) => [position, adjusted[rank] as number]));
  const perClass: Record<string, ClassDelta> = Object.create(null) as Record<string, ClassDelta>;
  labels.forEach((label, position) => {
    perClass[label] = {
      ...delta(3 + position, before.perClass[label]?.f1 ?? 0, after.perClass[label]?.f1 ?? 0),
      pValue: pValues[position] ?? null,
      holmPValue: holm.get(position) ?? null,
      support: after.perClass[label]?.support ?? 0,
    };
  });
  return {
    labels,
    labelSet,
    macroF1: delta(0, before.macroF1, after.macroF1),
    microF1: delta(1, before.microF1, after.microF1),
    weightedF1: delta(2, before.weightedF1, after.weightedF1),
    perClass,
  };
}
