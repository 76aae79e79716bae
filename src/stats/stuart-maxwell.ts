import { chiSquareSf } from './special.js';

export interface MarginalHomogeneity {
  statistic: number;
  pValue: number;
  degreesOfFreedom: number;
}

/** Solves A·x = b by Gaussian elimination with partial pivoting; null when A is singular. */
function solve(matrix: number[][], vector: number[]): number[] | null {
  const size = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i] as number]);
  const at = (row: number, column: number) => (a[row] as number[])[column] as number;
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) {
      if (Math.abs(at(row, column)) > Math.abs(at(pivot, column))) pivot = row;
    }
    if (Math.abs(at(pivot, column)) < 1e-12) return null;
    [a[column], a[pivot]] = [a[pivot] as number[], a[column] as number[]];
    const pivotRow = a[column] as number[];
    for (let row = column + 1; row < size; row += 1) {
      const target = a[row] as number[];
      const factor = (target[column] as number) / (pivotRow[column] as number);
      for (let k = column; k <= size; k += 1) target[k] = (target[k] as number) - factor * (pivotRow[k] as number);
    }
  }
  const x = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    let sum = at(row, size);
    for (let k = row + 1; k < size; k += 1) sum -= at(row, k) * (x[k] as number);
    x[row] = sum / at(row, row);
  }
  return x;
}

/**
 * Stuart–Maxwell test of marginal homogeneity on a square table of paired labels
 * (table[i][j]: baseline said label i, candidate label j), as statsmodels'
 * `SquareTable(table).homogeneity()`: did the mix of labels change, given that both releases
 * answered the same examples? For two labels it is McNemar's test without correction.
 * A singular covariance (a label neither side uses) gives NaN, as statsmodels does.
 */
export function stuartMaxwell(table: readonly (readonly number[])[]): MarginalHomogeneity {
  const size = table.length;
  if (size <= 1) return { statistic: 0, pValue: 1, degreesOfFreedom: 0 };
  let total = 0;
  let discordant = 0;
  table.forEach((row, i) => {
    row.forEach((count, j) => {
      total += count;
      if (i !== j) discordant += count;
    });
  });
  // No answer changed: nothing to test (statsmodels fails to invert here and gives NaN).
  if (discordant === 0) return { statistic: 0, pValue: 1, degreesOfFreedom: size - 1 };
  const share = (i: number, j: number) => ((table[i] as readonly number[])[j] as number) / total;
  const degreesOfFreedom = size - 1;
  const rowMargin = Array.from(
    { length: degreesOfFreedom },
    (_, i) => (table[i] as readonly number[]).reduce((sum, count) => sum + count, 0) / total,
  );
  const columnMargin = Array.from(
    { length: degreesOfFreedom },
    (_, j) => table.reduce((sum, row) => sum + (row[j] as number), 0) / total,
  );
  const difference = columnMargin.map((value, i) => value - (rowMargin[i] as number));
  const covariance = Array.from({ length: degreesOfFreedom }, (_, i) =>
    Array.from({ length: degreesOfFreedom }, (_, j) =>
      i === j ? (rowMargin[i] as number) + (columnMargin[i] as number) - 2 * share(i, i) : -(share(i, j) + share(j, i)),
    ),
  );
  const solved = solve(covariance, difference);
  if (solved === null) return { statistic: Number.NaN, pValue: Number.NaN, degreesOfFreedom };
  const statistic = total * difference.reduce((sum, value, i) => sum + value * (solved[i] as number), 0);
  return { statistic, pValue: chiSquareSf(statistic, degreesOfFreedom), degreesOfFreedom };
}
