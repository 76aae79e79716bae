import { normalQuantile } from './special.js';

export interface ProportionInterval {
  estimate: number;
  ciLow: number;
  ciHigh: number;
}

/**
 * Wilson score interval for `count` successes out of `total`, as statsmodels
 * `proportion_confint(count, total, alpha, method='wilson')`. Used for the negative flip
 * rate b/N, which is often near 0 where the Wald interval collapses.
 */
export function wilsonInterval(count: number, total: number, options: { confidence: number }): ProportionInterval {
  if (!(Number.isInteger(count) && Number.isInteger(total) && count >= 0 && count <= total)) {
    throw new RangeError(`wilsonInterval: need integers 0 ≤ count ≤ total, got ${count}/${total}`);
  }
  if (total === 0) return { estimate: Number.NaN, ciLow: Number.NaN, ciHigh: Number.NaN };
  const z = normalQuantile(1 - (1 - options.confidence) / 2);
  const z2 = z * z;
  const p = count / total;
  const denominator = 1 + z2 / total;
  const center = (p + z2 / (2 * total)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  return { estimate: p, ciLow: center - halfWidth, ciHigh: center + halfWidth };
}
