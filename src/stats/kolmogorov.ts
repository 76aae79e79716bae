import { logFactorial } from './special.js';

// Survival function of the two-sided one-sample Kolmogorov–Smirnov statistic D_n, i.e.
// scipy.stats.kstwo.sf(d, n). A port of scipy 1.10.1 `scipy/stats/_ksstats.py` (`_kolmogn`
// with cdf=False and the methods it dispatches to), which follows Simard & L'Ecuyer (2011),
// "Computing the Two-Sided Kolmogorov-Smirnov Distribution", J. Stat. Softw. 39(11):
// Ruben–Gambino closed forms at the extremes, Durbin's matrix method as computed by Marsaglia,
// Tsang & Wang (2003), Pomeranz's recursion (1974), the Pelz–Good expansion (1976), and
// 2 × the one-sided Smirnov tail. ks_2samp uses it for its asymptotic p-value.

const SCALE_EXPONENT = 128;
const SCALE_UP = 2 ** SCALE_EXPONENT;
const SCALE_DOWN = 2 ** -SCALE_EXPONENT;
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const SQRT3 = Math.sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
const MIN_LOG = -708;
// Stirling series coefficients B_2j/(2j(2j−1)), j = 8..1 (highest power first), each the nearest double.
const STIRLING_COEFFICIENTS = [
  -2.9550653594771242e-2, 6.41025641025641e-3, -1.9175269175269176e-3, 8.417508417508417e-4, -5.952380952380953e-4,
  7.936507936507937e-4, -2.777777777777778e-3, 8.333333333333333e-2,
];

function clipProbability(p: number): number {
  return Math.min(1, Math.max(0, p));
}

/** x·2^exponent without overflowing the intermediate power of two. */
function scaleByPowerOfTwo(x: number, exponent: number): number {
  let result = x;
  let remaining = exponent;
  while (remaining > 1000) {
    result *= 2 ** 1000;
    remaining -= 1000;
  }
  while (remaining < -1000) {
    result *= 2 ** -1000;
    remaining += 1000;
  }
  return result * 2 ** remaining;
}

/** ln(n!/nⁿ) by Stirling's series with n ln n removed up front. */
function logFactorialOverPower(n: number): number {
  const reciprocal = 1 / n;
  let series = 0;
  for (const coefficient of STIRLING_COEFFICIENTS) series = series * (reciprocal / n) + coefficient;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + reciprocal * series;
}

/**
 * One-sided Smirnov tail P(D_n⁺ ≥ e), Birnbaum & Tingey's exact sum
 * e·Σ_{v ≤ n(1−e)} C(n, v)(e + v/n)^(v−1)(1 − e − v/n)^(n−v), every term in log space
 * (scipy.special.smirnov computes the same sum).
 */
export function smirnovSf(n: number, e: number): number {
  if (!(n > 0 && e >= 0 && e <= 1)) return Number.NaN;
  if (e === 0) return 1;
  const last = Math.floor(n * (1 - e));
  const logNFactorial = logFactorial(n);
  let sum = 0;
  for (let v = 0; v <= last; v++) {
    const lower = e + v / n;
    const upper = 1 - lower;
    if (upper <= 0) continue;
    const logTerm =
      logNFactorial - logFactorial(v) - logFactorial(n - v) + (v - 1) * Math.log(lower) + (n - v) * Math.log(upper);
    if (logTerm > MIN_LOG) sum += Math.exp(logTerm);
  }
  return sum * e;
}

type Matrix = Float64Array[];

function multiply(a: Matrix, b: Matrix, size: number): Matrix {
  const product = Array.from({ length: size }, () => new Float64Array(size));
  for (let i = 0; i < size; i++) {
    const row = a[i] as Float64Array;
    const out = product[i] as Float64Array;
    for (let k = 0; k < size; k++) {
      const factor = row[k] as number;
      if (factor === 0) continue;
      const other = b[k] as Float64Array;
      for (let j = 0; j < size; j++) out[j] = (out[j] as number) + factor * (other[j] as number);
    }
  }
  return product;
}

/** P(D_n ≤ d) by Durbin's matrix algorithm, as Marsaglia, Tsang & Wang (scipy `_kolmogn_DMTW`). */
function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - h ** j) * factorial;
  }
  const tail = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tail) * factorial;
  let matrix: Matrix = Array.from({ length: m }, () => new Float64Array(m));
  for (let column = 1; column < m; column++) {
    for (let row = column - 1; row < m; row++) (matrix[row] as Float64Array)[column] = w[row - column + 1] as number;
  }
  for (let row = 0; row < m; row++) (matrix[row] as Float64Array)[0] = v[row] as number;
  for (let column = 0; column < m; column++) (matrix[m - 1] as Float64Array)[column] = v[m - 1 - column] as number;

  let power: Matrix = Array.from({ length: m }, (_, i) => {
    const row = new Float64Array(m);
    row[i] = 1;
    return row;
  });
  let remaining = n;
  let exponent = 0;
  let matrixExponent = 0;
  while (remaining > 0) {
    if (remaining % 2 === 1) {
      power = multiply(power, matrix, m);
      exponent += matrixExponent;
    }
    matrix = multiply(matrix, matrix, m);
    matrixExponent *= 2;
    const diagonal = matrix[k - 1] as Float64Array;
    if (Math.abs(diagonal[k - 1] as number) > SCALE_UP) {
      for (const row of matrix) for (let j = 0; j < m; j++) row[j] = (row[j] as number) / SCALE_UP;
      matrixExponent += SCALE_EXPONENT;
    }
    remaining = Math.floor(remaining / 2);
  }
  let p = (power[k - 1] as Float64Array)[k - 1] as number;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < SCALE_DOWN) {
      p *= SCALE_UP;
      exponent -= SCALE_EXPONENT;
    }
  }
  return clipProbability(exponent === 0 ? p : scaleByPowerOfTwo(p, exponent));
}

function pomeranzBounds(i: number, n: number, ll: number, ceilF: number, roundF: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilF - 1;
    j2 = ll + ceilF - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilF - 1;
        j2 = n + ll + ceilF - 1;
      } else {
        j1 = half - 1 - ll - roundF - 1;
        j2 = half + ll - 1 + ceilF - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundF - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** P(D_n ≤ x) by Pomeranz's recursion (scipy `_kolmogn_Pomeranz`). */
function pomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilF = f > 0 ? 1 : 0;
  const roundF = f > 0.5 ? 1 : 0;
  const powerCount = 2 * (ll + 1);
  // (g/n)^m/m!, (2g/n)^m/m!, ((1−2g)/n)^m/m!: Poisson weights without their normalisation.
  const gPower = new Float64Array(powerCount);
  const twoGPower = new Float64Array(powerCount);
  const oneMinusTwoGPower = new Float64Array(powerCount);
  gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1;
  for (let m = 1; m < powerCount; m++) {
    gPower[m] = ((gPower[m - 1] as number) * (g / n)) / m;
    twoGPower[m] = ((twoGPower[m - 1] as number) * ((2 * g) / n)) / m;
    oneMinusTwoGPower[m] = ((oneMinusTwoGPower[m - 1] as number) * ((1 - 2 * g) / n)) / m;
  }
  let previous = new Float64Array(powerCount);
  let current = new Float64Array(powerCount);
  current[0] = 1;
  let previousStart = 0;
  let currentStart = 0;
  let exponent = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilF, roundF);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
    current.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilF, roundF);
    const weights = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
    const span = j2 - k1 + 1;
    if (span > 0) {
      // Entries conv[j1−k1 .. j2−k1] of the full convolution of previous[k1−start ..] with weights.
      const offset = k1 - previousStart;
      const sourceLength = Math.min(span, powerCount - offset);
      const weightLength = Math.min(span, powerCount);
      const outputStart = j1 - k1;
      const outputLength = j2 - j1 + 1;
      let largest = 0;
      for (let out = 0; out < outputLength; out++) {
        const index = outputStart + out;
        let sum = 0;
        const from = Math.max(0, index - weightLength + 1);
        const to = Math.min(index, sourceLength - 1);
        for (let s = from; s <= to; s++) sum += (previous[offset + s] as number) * (weights[index - s] as number);
        current[out] = sum;
        if (sum > largest) largest = sum;
      }
      if (largest > 0 && largest < SCALE_DOWN) {
        for (let out = 0; out < outputLength; out++) current[out] = (current[out] as number) * SCALE_UP;
        exponent -= SCALE_EXPONENT;
      }
      currentStart = previousStart + j1 - k1;
    }
  }
  let answer = current[n - currentStart] as number;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > SCALE_UP) {
      answer *= SCALE_DOWN;
      exponent += SCALE_EXPONENT;
    }
    answer *= m;
  }
  return clipProbability(exponent === 0 ? answer : scaleByPowerOfTwo(answer, exponent));
}

/** Pelz–Good asymptotic expansion of P(D_n ≤ x) (scipy `_kolmogn_PelzGood`). */
function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qLog = -PI_SQUARED / 8 / z2;
  if (qLog < MIN_LOG) return 0;
  let q = Math.exp(qLog);
  const k1a = -z2;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI_SQUARED) / 4;
  const k2c = (PI_FOUR * (1 - 2 * z2)) / 16;
  const k3d = (PI_SIX * (5 - 30 * z2)) / 64;
  const k3c = (PI_FOUR * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI_SQUARED * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const terms = [0, 0, 0, 0];
  const maxK = Math.ceil((16 * z) / Math.PI);
  // Horner scheme over odd integers m = 2k − 1.
  for (let k = maxK; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qPower = q ** (8 * k);
    const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) terms[i] = (terms[i] as number) * qPower + (coefficients[i] as number);
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) terms[i] = ((terms[i] as number) * q * SQRT_2PI) / (divisors[i] as number);
  q = Math.exp(-PI_SQUARED / 2 / z2);
  let k2Extra = 0;
  let k3Extra = 0;
  for (let k = maxK; k > 0; k--) {
    const k2 = k * k;
    const qPower = q ** k2;
    k2Extra += k2 * qPower;
    k3Extra += (SQRT3 * z + Math.PI * k) * (SQRT3 * z - Math.PI * k) * k2 * qPower;
  }
  terms[2] = (terms[2] as number) + (k2Extra * PI_SQUARED * SQRT_2PI) / (-36 * z3);
  terms[3] = (terms[3] as number) + (k3Extra * PI_SQUARED * SQRT_2PI) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += (terms[i] as number) / n ** (i / 2);
  return sum;
}

/** scipy.stats.kstwo.sf(x, n): P(D_n ≥ x) for the two-sided one-sample statistic. */
export function kolmogorovSf(n: number, x: number): number {
  if (!(Number.isInteger(n) && n > 0)) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    // Ruben–Gambino: 1/(2n) ≤ x ≤ 1/n.
    if (t <= 0.5) return 1;
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= (i / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clipProbability(1 - cdf);
  }
  if (t >= n - 1) return clipProbability(2 * (1 - x) ** n);
  if (x >= 0.5) return clipProbability(2 * smirnovSf(n, x));
  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clipProbability(1 - durbinMatrixCdf(n, x));
    if (nxSquared <= 4) return clipProbability(1 - pomeranzCdf(n, x));
    return clipProbability(2 * smirnovSf(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clipProbability(2 * smirnovSf(n, x));
  let cdf: number;
  if (nxSquared >= 18) cdf = 1;
  else if (n <= 100_000 && n * x ** 1.5 <= 1.4) cdf = durbinMatrixCdf(n, x);
  else cdf = pelzGoodCdf(n, x);
  return clipProbability(1 - cdf);
}
