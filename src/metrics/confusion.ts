import { ConfusionMatrix } from 'ml-confusion-matrix';

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

/** confusion[i][j] counts examples whose expected label is labels[i] and prediction labels[j]. */
export function confusionMatrix(
  expected: readonly string[],
  predicted: readonly string[],
  labels: readonly string[],
): number[][] {
  if (expected.length !== predicted.length) {
    throw new Error(`confusionMatrix: ${expected.length} expected labels but ${predicted.length} predictions`);
  }
  // ml-confusion-matrix cannot hold a 0×0 table (no examples at all).
  if (labels.length === 0) return [];
  return ConfusionMatrix.fromLabels([...expected], [...predicted], { labels: [...labels] }).getMatrix();
}
