/**
 * Orders strings by Unicode code point, as Python's `sorted` does. JavaScript's default sort
 * compares UTF-16 code units, which puts U+E000–U+FFFF after astral characters (emoji).
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const unitA = a.charCodeAt(i);
    const unitB = b.charCodeAt(i);
    if (unitA === unitB) continue;
    const pointA = a.codePointAt(i) as number;
    const pointB = b.codePointAt(i) as number;
    return pointA < pointB ? -1 : pointA > pointB ? 1 : 0;
  }
  return a.length - b.length;
}

/** scikit-learn's `unique_labels` for strings: the sorted union of both label lists. */
export function uniqueLabels(expected: readonly string[], predicted: readonly string[]): string[] {
  return Array.from(new Set([...expected, ...predicted])).sort(compareCodePoints);
}

/**
 * One occupied cell of a confusion matrix: [expected label, predicted label, count]. The
 * predicted label is null for invalid outputs (no label), pooled into one column. Stored
 * sparsely, so its size follows the cells the data occupies, not the square of the labels.
 */
export type ConfusionCell = [expected: string, predicted: string | null, count: number];

/**
 * The occupied cells from per-example label indices (−1: an invalid prediction), ordered by
 * expected then predicted label, invalid last. O(examples + cells log cells).
 */
export function sparseConfusion(
  labels: readonly string[],
  expected: ArrayLike<number>,
  predicted: ArrayLike<number>,
): ConfusionCell[] {
  const width = labels.length + 1;
  const countByKey = new Map<number, number>();
  for (let i = 0; i < expected.length; i++) {
    const row = expected[i] as number;
    if (row < 0) continue;
    const column = predicted[i] as number;
    const key = row * width + (column < 0 ? labels.length : column);
    countByKey.set(key, (countByKey.get(key) ?? 0) + 1);
  }
  return [...countByKey.entries()]
    .sort(([x], [y]) => x - y)
    .map(([key, count]) => {
      const column = key % width;
      return [
        labels[Math.floor(key / width)] as string,
        column === labels.length ? null : (labels[column] as string),
        count,
      ];
    });
}
