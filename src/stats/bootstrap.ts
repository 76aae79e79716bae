import { quantileSorted } from './quantile.js';
import { seededRandom } from './random.js';

/**
 * Draws resamples of N rows, given only how many rows fall in each cell, as multinomial cell
 * counts: resampling N rows with replacement from categorical outcomes is exactly a
 * Multinomial(N, counts/N) draw. Cells go largest first, each a binomial conditional on the
 * ones before (Bin(rows left, cᵢ / count left)); once fewer rows are left than cells, the
 * remaining rows are placed one by one (a uniform row of the remaining cells, found by
 * binary search). One resample costs O(cells · log cells) whatever N is.
 */
export function createMultinomialSampler(counts: readonly number[], seed: number): (resampled: Float64Array) => void {
  const random = seededRandom(seed);
  let total = 0;
  counts.forEach((count, cell) => {
    if (!(Number.isInteger(count) && count >= 0)) {
      throw new RangeError(`bootstrap: cell ${cell} count must be a non-negative integer, got ${count}`);
    }
    total += count;
  });
  const order = counts
    .map((count, cell) => ({ count, cell }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || a.cell - b.cell)
    .map(({ cell }) => cell);
  // countBefore[i]: original rows in the cells before order[i].
  const countBefore = new Float64Array(order.length + 1);
  order.forEach((cell, i) => {
    countBefore[i + 1] = (countBefore[i] as number) + (counts[cell] as number);
  });

  function placeRowsOneByOne(resampled: Float64Array, first: number, rows: number): void {
    const offset = countBefore[first] as number;
    const span = total - offset;
    for (let r = 0; r < rows; r++) {
      const target = offset + random.uniform() * span;
      let low = first;
      let high = order.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((countBefore[middle + 1] as number) > target) high = middle;
        else low = middle + 1;
      }
      const cell = order[low] as number;
      resampled[cell] = (resampled[cell] as number) + 1;
    }
  }

  return (resampled) => {
    resampled.fill(0);
    let rows = total;
    for (let i = 0; i < order.length && rows > 0; i++) {
      if (rows < order.length - i) {
        placeRowsOneByOne(resampled, i, rows);
        return;
      }
      const cell = order[i] as number;
      const count = counts[cell] as number;
      const remainingCount = total - (countBefore[i] as number);
      const drawn = count === remainingCount ? rows : random.binomial(rows, count / remainingCount);
      resampled[cell] = drawn;
      rows -= drawn;
    }
  };
}

export interface MultinomialBootstrapOptions {
  /** Rows per cell, e.g. the (expected × baseline prediction × candidate prediction) cells. */
  counts: readonly number[];
  resamples: number;
  /** MT19937 seed (1 … 2³² − 1); store it with the result so the interval can be reproduced. */
  seed: number;
  /** e.g. 0.95 for the 2.5th and 97.5th percentiles. */
  confidence: number;
  /**
   * The statistics of one resample (e.g. macro-F1 delta, per-class F1 deltas), from its cell
   * counts. The array is reused between calls: read it, do not keep it.
   */
  statistic: (resampledCounts: Float64Array) => readonly number[];
}

export interface BootstrapIntervals {
  /** One entry per statistic: numpy.percentile (linear) of the resampled values. */
  lows: number[];
  highs: number[];
}

/** Paired percentile bootstrap over cell counts; the cost does not grow with the number of rows. */
export function multinomialBootstrap(options: MultinomialBootstrapOptions): BootstrapIntervals {
  const { counts, resamples, seed, confidence, statistic } = options;
  if (!(Number.isInteger(resamples) && resamples >= 1)) {
    throw new RangeError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`bootstrap: confidence must be between 0 and 1, got ${confidence}`);
  }
  const sample = createMultinomialSampler(counts, seed);
  const resampled = new Float64Array(counts.length);
  let values: Float64Array[] = [];
  for (let r = 0; r < resamples; r++) {
    sample(resampled);
    const result = statistic(resampled);
    if (r === 0) values = result.map(() => new Float64Array(resamples));
    if (result.length !== values.length) {
      throw new RangeError(`bootstrap: statistic returned ${result.length} values, expected ${values.length}`);
    }
    for (let s = 0; s < result.length; s++) {
      const value = result[s] as number;
      if (!Number.isFinite(value)) throw new RangeError(`bootstrap: statistic ${s} is not finite (${value})`);
      (values[s] as Float64Array)[r] = value;
    }
  }
  const tail = (1 - confidence) / 2;
  const lows: number[] = [];
  const highs: number[] = [];
  for (const column of values) {
    column.sort();
    lows.push(quantileSorted(column, tail));
    highs.push(quantileSorted(column, 1 - tail));
  }
  return { lows, highs };
}
