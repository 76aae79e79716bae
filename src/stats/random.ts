import binomial from '@stdlib/random-base-binomial';

export interface SeededRandom {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** A Binomial(trials, probability) draw in O(1) expected time, whatever `trials` is. */
  binomial(trials: number, probability: number): number;
}

/**
 * Seeded draws from one MT19937 stream, stdlib's (`@stdlib/random-base-binomial` owns the
 * seeded generator; we take its uniform draws). The binomial sampler is numpy's
 * (`random_binomial` in numpy/random/src/distributions/distributions.c): inversion when
 * n·min(p, 1−p) ≤ 30, else BTPE (Kachitvichyanukul & Schmeiser 1988), O(1) expected time.
 * We do not call stdlib's own binomial: version 0.2.2 sums n Bernoulli draws when n·p < 10
 * (O(n): a rare cell among a million rows costs a million uniforms), and its BTPE branch is
 * biased (mean 40.45, variance 28.5 for Bin(160, ¼)), which test/stats/bootstrap.test.ts
 * would catch.
 */
export function seededRandom(seed: number): SeededRandom {
  if (!(Number.isInteger(seed) && seed >= 1 && seed <= 0xffffffff)) {
    throw new RangeError(`seed must be an integer from 1 to 4294967295, got ${seed}`);
  }
  const stdlibBinomial = binomial.factory({ seed });
  const generator = stdlibBinomial.PRNG as typeof stdlibBinomial.PRNG & { normalized?: () => number };
  const normalized = generator.normalized;
  if (typeof normalized !== 'function') throw new Error('stdlib binomial: its MT19937 generator has no normalized()');
  const uniform: () => number = normalized;

  /** Walks the pmf from 0; O(n·p) expected steps (numpy `random_binomial_inversion`). */
  function inversion(n: number, p: number): number {
    const q = 1 - p;
    const mean = n * p;
    const startProbability = Math.exp(n * Math.log(q));
    const bound = Math.floor(Math.min(n, mean + 10 * Math.sqrt(mean * q + 1)));
    let x = 0;
    let probability = startProbability;
    let u = uniform();
    while (u > probability) {
      x++;
      if (x > bound) {
        x = 0;
        probability = startProbability;
        u = uniform();
      } else {
        u -= probability;
        probability = ((n - x + 1) * p * probability) / (x * q);
      }
    }
    return x;
  }

  /** BTPE for p ≤ ½ (numpy `random_binomial_btpe`, same steps and constants). */
  function btpe(n: number, r: number): number {
    const q = 1 - r;
    const fm = n * r + r;
    const m = Math.floor(fm);
    const p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
    const xm = m + 0.5;
    const xl = xm - p1;
    const xr = xm + p1;
    const c = 0.134 + 20.5 / (15.3 + m);
    let a = (fm - xl) / (fm - xl * r);
    const laml = a * (1 + a / 2);
    a = (xr - fm) / (xr * q);
    const lamr = a * (1 + a / 2);
    const p2 = p1 * (1 + 2 * c);
    const p3 = p2 + c / laml;
    const p4 = p3 + c / lamr;
    const nrq = n * r * q;
    for (;;) {
      const u = uniform() * p4;
      let v = uniform();
      let y: number;
      if (u <= p1) return Math.floor(xm - p1 * v + u); // triangular region: accept at once
      if (u <= p2) {
        const x = xl + (u - p1) / c;
        v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
        if (v > 1) continue;
        y = Math.floor(x);
      } else if (u <= p3) {
        y = Math.floor(xl + Math.log(v) / laml);
        if (y < 0 || v === 0) continue;
        v = v * (u - p2) * laml;
      } else {
        y = Math.floor(xr - Math.log(v) / lamr);
        if (y > n || v === 0) continue;
        v = v * (u - p3) * lamr;
      }
      const k = Math.abs(y - m);
      if (!(k > 20 && k < nrq / 2 - 1)) {
        // Explicit evaluation of f(y)/f(m).
        const s = r / q;
        const aa = s * (n + 1);
        let f = 1;
        if (m < y) for (let i = m + 1; i <= y; i++) f *= aa / i - s;
        else if (m > y) for (let i = y + 1; i <= m; i++) f /= aa / i - s;
        if (v > f) continue;
        return y;
      }
      // Squeeze on log f(y)/f(m), then the Stirling-corrected bound.
      const rho = (k / nrq) * ((k * (k / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5);
      const t = (-k * k) / (2 * nrq);
      const logV = Math.log(v);
      if (logV < t - rho) return y;
      if (logV > t + rho) continue;
      const x1 = y + 1;
      const f1 = m + 1;
      const z = n + 1 - m;
      const w = n - y + 1;
      const correction = (value: number): number => {
        const squared = value * value;
        return (13680 - (462 - (132 - (99 - 140 / squared) / squared) / squared) / squared) / value / 166320;
      };
      const bound =
        xm * Math.log(f1 / x1) +
        (n - m + 0.5) * Math.log(z / w) +
        (y - m) * Math.log((w * r) / (x1 * q)) +
        correction(f1) +
        correction(z) +
        correction(x1) +
        correction(w);
      if (logV > bound) continue;
      return y;
    }
  }

  function draw(n: number, p: number): number {
    if (n === 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (p > 0.5) return n - draw(n, 1 - p);
    return n * p <= 30 ? inversion(n, p) : btpe(n, p);
  }

  return { uniform, binomial: draw };
}
