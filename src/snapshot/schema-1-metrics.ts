import type { ConfusionCell } from '../metrics/confusion.js';

function isDense(confusion: ConfusionCell[] | number[][]): confusion is number[][] {
  return confusion.every((row) => row.every((entry) => typeof entry === 'number'));
}

/**
 * Schema-1 snapshots (today's releases' results.json) store `summary.metrics.confusion` as the
 * dense labels × labels matrix; newer ones store the occupied cells. Reading either gives the
 * cells, so a schema-1 snapshot still serves as a baseline. The only place that knows schema 1's
 * confusion layout.
 */
export function denseToSparseConfusion(
  labels: readonly string[],
  confusion: ConfusionCell[] | number[][],
): ConfusionCell[] {
  // An empty table is the same in both layouts; a cell's middle entry is a string or null.
  if (!isDense(confusion)) return confusion as ConfusionCell[];
  const cells: ConfusionCell[] = [];
  confusion.forEach((entries, row) => {
    entries.forEach((count, column) => {
      if (count > 0) cells.push([labels[row] ?? String(row), labels[column] ?? String(column), count]);
    });
  });
  return cells;
}
