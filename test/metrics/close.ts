import { expect } from 'vitest';

/** Relative tolerance for values computed by a different summation order (numpy's pairwise sum). */
export const RELATIVE_TOLERANCE = 1e-12;

export function expectClose(actual: number, expected: number, what: string): void {
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
  const error = Math.abs(actual - expected);
  expect(error <= RELATIVE_TOLERANCE * scale || error === 0, `${what}: ${actual} vs ${expected}`).toBe(true);
}
