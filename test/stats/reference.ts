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
