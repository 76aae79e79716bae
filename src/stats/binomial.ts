import { logGamma } from './special.js';

const LOG_2PI = Math.log(2 * Math.PI);
const LOG_SQRT_2PI = 0.5 * LOG_2PI;

// Catherine Loader, "Fast and Accurate Computation of Binomial Probabilities" (2000): the
// saddle-point form keeps full relative accuracy for n in the millions, where differences of
// log-factorials would lose digits.

/** ln(n!) − [(n + ½) ln n − n + ln √(2π)], the error of Stirling's formula. */
function stirlingError(n: number): number {
  if (n <= 15) return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - LOG_SQRT_2PI;
  const nn = n * n;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / nn) / nn) / nn) / nn) / n;
}

/** Deviance term x ln(x/μ) + μ − x, by a series when x is near μ. */
function devianceTerm(x: number, mean: number): number {
  if (Math.abs(x - mean) < 0.1 * (x + mean)) {
    let v = (x - mean) / (x + mean);
    let sum = (x - mean) * v;
    let power = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      power *= v;
      const next = sum + power / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return x * Math.log(x / mean) + mean - x;
}

export function binomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return 0;
  const q = 1 - p;
  if (k === 0) return n === 0 ? 1 : Math.exp(n * Math.log(q));
  if (k === n) return Math.exp(n * Math.log(p));
  const logCore =
    stirlingError(n) - stirlingError(k) - stirlingError(n - k) - devianceTerm(k, n * p) - devianceTerm(n - k, n * q);
  const logScale = LOG_2PI + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(logCore - 0.5 * logScale);
}

/**
 * P(X ≤ k) for X ~ Binomial(n, p). Below the mean it sums the lower tail, above it
 * subtracts the upper tail, each by the pmf's ratio recurrence from the largest term out.
 */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  const ratio = p / (1 - p);
  if (k <= n * p) {
    let term = binomialPmf(k, n, p);
    let sum = term;
    for (let j = k; j > 0 && term > sum * 1e-17; j--) {
      term *= j / ((n - j + 1) * ratio);
      sum += term;
    }
    return Math.min(1, sum);
  }
  let term = binomialPmf(k + 1, n, p);
  let upper = term;
  for (let j = k + 1; j < n && term > upper * 1e-17; j++) {
    term *= ((n - j) * ratio) / (j + 1);
    upper += term;
  }
  return Math.max(0, 1 - upper);
}
