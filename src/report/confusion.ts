import type { PairedRecord } from '../compare/pairs.js';

/** One occupied cell of the confusion matrix: how many examples expected `expected` got `predicted`. */
export interface ConfusionCell {
  expected: string;
  predicted: string;
  /** Null without a baseline. */
  baseline: number | null;
  candidate: number;
}

export interface ConfusionCells {
  /** Every label that occurs on either side, most frequent expected label first. */
  labels: string[];
  /** Occupied cells only: their number is bounded by the examples, never labels². */
  cells: ConfusionCell[];
}

/**
 * Both releases' confusion cells over the same examples (the paired ones when there is a
 * baseline), so a changed cell is a change of the model, not of the data. O(n) time, one
 * pass; memory O(occupied cells).
 */
export function confusionCells(
  pairs: Iterable<{ baseline: PairedRecord | null; candidate: PairedRecord }>,
  hasBaseline: boolean,
): ConfusionCells {
  const cells = new Map<string, ConfusionCell>();
  const support = new Map<string, number>();
  const cellOf = (expected: string, predicted: string) => {
    const key = `${expected}\u0000${predicted}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { expected, predicted, baseline: hasBaseline ? 0 : null, candidate: 0 };
      cells.set(key, cell);
    }
    return cell;
  };
  for (const { baseline, candidate } of pairs) {
    if (candidate.prediction === null) continue;
    support.set(candidate.expected, (support.get(candidate.expected) ?? 0) + 1);
    cellOf(candidate.expected, candidate.prediction).candidate += 1;
    if (baseline?.prediction !== null && baseline !== null) {
      const cell = cellOf(candidate.expected, baseline.prediction as string);
      cell.baseline = (cell.baseline ?? 0) + 1;
    }
  }
  const labels = new Set<string>();
  for (const cell of cells.values()) labels.add(cell.expected).add(cell.predicted);
  const ordered = [...labels].sort(
    (x, y) => (support.get(y) ?? 0) - (support.get(x) ?? 0) || (x < y ? -1 : x > y ? 1 : 0),
  );
  const position = new Map(ordered.map((label, index) => [label, index]));
  const sorted = [...cells.values()].sort(
    (x, y) =>
      (position.get(x.expected) as number) - (position.get(y.expected) as number) ||
      (position.get(x.predicted) as number) - (position.get(y.predicted) as number),
  );
  return { labels: ordered, cells: sorted };
}
