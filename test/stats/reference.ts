import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Reads a fixture written by scripts/reference/stats.py (SciPy/statsmodels/scikit-learn). */
export function readFixture<Case>(name: string): Case[] {
  const text = readFileSync(new URL(`../fixtures/stats/${name}`, import.meta.url), 'utf8');
  return (JSON.parse(text) as { cases: Case[] }).cases;
}

/** |actual − expected| ≤ relative·|expected| + absolute, with the numbers in the message. */
export function expectNear(
  actual: number,
  expected: number,
  tolerance: { relative?: number; absolute?: number },
  what: string,
): void {
  const allowed = (tolerance.relative ?? 0) * Math.abs(expected) + (tolerance.absolute ?? 0);
  const error = Math.abs(actual - expected);
  expect(error <= allowed || actual === expected, `${what}: got ${actual}, reference ${expected}`).toBe(true);
}

/**
 * Checks that `reference`, a numpy percentile at level q from `referenceResamples` row
 * resamples, is a q-quantile of our bootstrap `draws` up to Monte-Carlo error: the share of
 * our draws below it must not exceed q + tolerance and the share at or below it must reach
 * q − tolerance. tolerance = 4.5 standard errors of the two independent estimates of the
 * level, sqrt(q(1 − q)(1/B + 1/B_ref)): works for smooth and for lumpy (small-n) distributions.
 * Seeds are fixed, so this is deterministic; 4.5 SE keeps a correct implementation far inside.
 */
export function expectQuantileOfDraws(
  draws: ArrayLike<number>,
  q: number,
  reference: number,
  referenceResamples: number,
  what: string,
): void {
  const count = draws.length;
  const slack = 1e-9 * Math.max(1, Math.abs(reference));
  let below = 0;
  let atOrBelow = 0;
  for (let i = 0; i < count; i++) {
    const value = draws[i] as number;
    if (value < reference - slack) below++;
    if (value <= reference + slack) atOrBelow++;
  }
  const tolerance = 4.5 * Math.sqrt(q * (1 - q) * (1 / count + 1 / referenceResamples));
  const message = `${what}: reference ${reference} sits between our quantile levels ${below / count} and ${atOrBelow / count}, want ${q} ± ${tolerance.toFixed(4)}`;
  expect(below / count <= q + tolerance && atOrBelow / count >= q - tolerance, message).toBe(true);
}
