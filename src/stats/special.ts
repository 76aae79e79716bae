import jstat from 'jstat';

const { jStat } = jstat;

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

// Lanczos approximation, g = 7, nine terms: relative error near 1e-15 for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0. jStat's gammaln is only good to about 1e-10, too coarse for tail sums. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let series = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i++) series += (LANCZOS[i] as number) / (z + i);
  const t = z + 7.5;
  return LOG_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(series);
}

export function logFactorial(n: number): number {
  return logGamma(n + 1);
}

const GAMMA_EPSILON = 1e-16;
const GAMMA_MAX_ITERATIONS = 100_000;

/**
 * Regularized upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a): power series for x < a + 1,
 * Lentz's continued fraction otherwise (Numerical Recipes §6.2). Computed directly (not as
 * 1 − P) so that tiny tail probabilities keep their relative accuracy.
 */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return Number.NaN;
  if (x === 0) return 1;
  const logPrefactor = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < GAMMA_MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * GAMMA_EPSILON) break;
    }
    return 1 - sum * Math.exp(logPrefactor);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < GAMMA_MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < GAMMA_EPSILON) break;
  }
  return Math.exp(logPrefactor) * h;
}

/** Upper tail of the chi-square distribution with `degreesOfFreedom`. */
export function chiSquareSf(x: number, degreesOfFreedom: number): number {
  if (x <= 0) return 1;
  return regularizedGammaQ(degreesOfFreedom / 2, x / 2);
}

/** Upper tail of the standard normal, accurate far into the tail (Q(½, x²/2)/2). */
export function normalSf(x: number): number {
  if (x < 0) return 1 - normalSf(-x);
  return 0.5 * regularizedGammaQ(0.5, (x * x) / 2);
}

/**
 * Standard normal quantile: jStat's estimate polished by Newton steps on our accurate tail,
 * so z-values match scipy.stats.norm.ppf to about 1e-15.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return Number.NEGATIVE_INFINITY;
    if (p === 1) return Number.POSITIVE_INFINITY;
    return Number.NaN;
  }
  if (p > 0.5) return -normalQuantile(1 - p);
  let z = jStat.normal.inv(p, 0, 1);
  for (let step = 0; step < 3; step++) {
    const density = Math.exp(-0.5 * z * z - LOG_SQRT_2PI);
    const error = normalSf(-z) - p;
    z -= error / density;
  }
  return z;
}

/** Quantile of the chi-square distribution (jStat's inverse, polished by Newton steps). */
export function chiSquareQuantile(p: number, degreesOfFreedom: number): number {
  let x = jStat.chisquare.inv(p, degreesOfFreedom);
  const k = degreesOfFreedom / 2;
  for (let step = 0; step < 5; step++) {
    if (!(x > 0)) break;
    const logDensity = (k - 1) * Math.log(x) - x / 2 - k * Math.LN2 - logGamma(k);
    const error = 1 - chiSquareSf(x, degreesOfFreedom) - p;
    const next = x - error / Math.exp(logDensity);
    x = next > 0 ? next : x / 2;
  }
  return x;
}
