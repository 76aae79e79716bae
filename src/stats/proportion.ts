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
  return wilsonIntervalOfShare(count / total, total, options);
}

/**
 * The Wilson interval of a share `p` of `total` that need not be a whole count (an average
 * over several pairs of runs, as the self-flip rate is); statsmodels takes such counts as they are.
 */
export function wilsonIntervalOfShare(p: number, total: number, options: { confidence: number }): ProportionInterval {
  if (total === 0) return { estimate: Number.NaN, ciLow: Number.NaN, ciHigh: Number.NaN };
  const z = normalQuantile(1 - (1 - options.confidence) / 2);
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const center = (p + z2 / (2 * total)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  return { estimate: p, ciLow: center - halfWidth, ciHigh: center + halfWidth };
}

/**
 * Newcombe's hybrid score interval for p1 − p2 of two independent proportions (Newcombe 1998,
 * method 10), as statsmodels `confint_proportions_2indep(method='newcomb', compare='diff')`:
 * each side's Wilson interval, combined as the square root of the summed squared distances.
 */
export function newcombeDifference(
  first: { share: number; total: number },
  second: { share: number; total: number },
  options: { confidence: number },
): ProportionInterval {
  const one = wilsonIntervalOfShare(first.share, first.total, options);
  const two = wilsonIntervalOfShare(second.share, second.total, options);
  const estimate = first.share - second.share;
  return {
    estimate,
    ciLow: estimate - Math.sqrt((first.share - one.ciLow) ** 2 + (two.ciHigh - second.share) ** 2),
    ciHigh: estimate + Math.sqrt((one.ciHigh - first.share) ** 2 + (second.share - two.ciLow) ** 2),
  };
}
