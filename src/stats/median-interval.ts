import { createMultinomialSampler } from './bootstrap.js';
import { quantileSorted } from './quantile.js';

// A paired bootstrap of median(candidate) − median(baseline) that never touches N rows per
// resample. Resampling rows is a multinomial draw over the distinct (baseline, candidate)
// pairs; to keep the number of cells small we also merge every value far from a median into
// one "below" or "above" class per side. The resampled median's rank stays within
// N/2 ± 6·√N of the original ranks except with probability about 1e-30 (its rank count is
// Binomial(N, ½ + t/N), √N/2 wide), so the window loses nothing in practice. With integer
// lengths (chars, words, tokens) the cells are the distinct values near the two medians, a
// number set by how spread the lengths are, not by N; continuous values give at most O(√N).

const WINDOW_WIDTHS = 6;

export interface MedianDeltaInterval {
  /** median(candidate) − median(baseline) on the observed rows. */
  delta: number;
  ciLow: number;
  ciHigh: number;
}

interface Side {
  /** Class of each row: 0 below the window, 1…k window values ascending, k + 1 above. */
  classOf: Uint32Array;
  /** Value of each class; the outer classes take the window's edge values. */
  values: Float64Array;
}

function classify(lengths: ArrayLike<number>, name: string): Side {
  const n = lengths.length;
  const sorted = Float64Array.from(lengths);
  for (const value of sorted) {
    if (!Number.isFinite(value)) throw new RangeError(`median interval: ${name} holds a non-finite value ${value}`);
  }
  sorted.sort();
  const margin = Math.ceil(WINDOW_WIDTHS * Math.sqrt(n)) + 2;
  const low = sorted[Math.max(0, Math.floor((n - 1) / 2) - margin)] as number;
  const high = sorted[Math.min(n - 1, Math.ceil((n - 1) / 2) + margin)] as number;
  const windowValues: number[] = [];
  for (const value of sorted) {
    if (value >= low && value <= high && value !== windowValues[windowValues.length - 1]) windowValues.push(value);
  }
  const index = new Map(windowValues.map((value, i) => [value, i + 1]));
  const above = windowValues.length + 1;
  const classOf = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const value = lengths[i] as number;
    classOf[i] = value < low ? 0 : value > high ? above : (index.get(value) as number);
  }
  return { classOf, values: Float64Array.from([low, ...windowValues, high]) };
}

/** numpy.median from counts per ascending class value (total N rows). */
function medianOfCounts(classCounts: Float64Array, values: Float64Array, total: number): number {
  const lowerRank = Math.floor((total - 1) / 2);
  const upperRank = Math.ceil((total - 1) / 2);
  let seen = 0;
  let lower = Number.NaN;
  for (let k = 0; k < classCounts.length; k++) {
    seen += classCounts[k] as number;
    if (Number.isNaN(lower) && seen > lowerRank) lower = values[k] as number;
    if (seen > upperRank) return (lower + (values[k] as number)) / 2;
  }
  return lower;
}

export interface MedianDeltaOptions {
  /** Output lengths per example, paired: baseline[i] and candidate[i] are the same example. */
  baseline: ArrayLike<number>;
  candidate: ArrayLike<number>;
  resamples: number;
  /** MT19937 seed (1 … 2³² − 1), stored with the report so the interval can be reproduced. */
  seed: number;
}

/** The observed median change and its `resamples` bootstrap replicates (in draw order). */
export function bootstrapMedianDeltas(options: MedianDeltaOptions): { delta: number; deltas: Float64Array } {
  const { baseline, candidate, resamples, seed } = options;
  const n = baseline.length;
  if (n === 0 || candidate.length !== n) {
    throw new RangeError(`median interval: need paired lengths, got ${n} baseline and ${candidate.length} candidate`);
  }
  if (!(Number.isInteger(resamples) && resamples >= 1)) {
    throw new RangeError(`median interval: resamples must be a positive integer, got ${resamples}`);
  }
  const before = classify(baseline, 'baseline lengths');
  const after = classify(candidate, 'candidate lengths');
  const afterClasses = after.values.length;
  // Joint cells of (baseline class, candidate class) that occur, with their row counts.
  const cellOfPair = new Map<number, number>();
  const cellCounts: number[] = [];
  const cellBefore: number[] = [];
  const cellAfter: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = before.classOf[i] as number;
    const a = after.classOf[i] as number;
    const key = b * afterClasses + a;
    let cell = cellOfPair.get(key);
    if (cell === undefined) {
      cell = cellCounts.length;
      cellOfPair.set(key, cell);
      cellCounts.push(0);
      cellBefore.push(b);
      cellAfter.push(a);
    }
    cellCounts[cell] = (cellCounts[cell] as number) + 1;
  }
  const observed = (side: Side, cellSide: number[]): number => {
    const classCounts = new Float64Array(side.values.length);
    cellSide.forEach((k, cell) => {
      classCounts[k] = (classCounts[k] as number) + (cellCounts[cell] as number);
    });
    return medianOfCounts(classCounts, side.values, n);
  };
  const delta = observed(after, cellAfter) - observed(before, cellBefore);

  const sample = createMultinomialSampler(cellCounts, seed);
  const resampled = new Float64Array(cellCounts.length);
  const beforeCounts = new Float64Array(before.values.length);
  const afterCounts = new Float64Array(afterClasses);
  const deltas = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    sample(resampled);
    beforeCounts.fill(0);
    afterCounts.fill(0);
    for (let cell = 0; cell < resampled.length; cell++) {
      const rows = resampled[cell] as number;
      if (rows === 0) continue;
      const b = cellBefore[cell] as number;
      const a = cellAfter[cell] as number;
      beforeCounts[b] = (beforeCounts[b] as number) + rows;
      afterCounts[a] = (afterCounts[a] as number) + rows;
    }
    deltas[r] = medianOfCounts(afterCounts, after.values, n) - medianOfCounts(beforeCounts, before.values, n);
  }
  return { delta, deltas };
}

/**
 * Percentile-bootstrap interval for the change in median output length, resampling the
 * examples (pairs of baseline and candidate lengths) `resamples` times from `seed`.
 */
export function medianDeltaInterval(options: MedianDeltaOptions & { confidence: number }): MedianDeltaInterval {
  const { confidence } = options;
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`median interval: confidence must be between 0 and 1, got ${confidence}`);
  }
  const { delta, deltas } = bootstrapMedianDeltas(options);
  deltas.sort();
  const tail = (1 - confidence) / 2;
  return { delta, ciLow: quantileSorted(deltas, tail), ciHigh: quantileSorted(deltas, 1 - tail) };
}
