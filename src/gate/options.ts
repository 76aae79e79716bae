import { z } from 'zod';

/**
 * How a rule decides on a delta (see README "Gates"):
 * - `point`: the observed drop alone is compared with the margin;
 * - `significant` (default): the drop must exceed the margin AND be statistically significant
 *   (McNemar p < alpha for accuracy, the bootstrap interval excluding 0 for F1), so noise on a
 *   small dataset does not fail the build;
 * - `interval` (non-inferiority): fails unless the whole interval stays above -margin, the strict
 *   choice for releases where an unproven "no regression" is not good enough.
 */
export const decisions = ['point', 'significant', 'interval'] as const;
export type Decision = (typeof decisions)[number];
export const severities = ['fail', 'warn'] as const;
export type Severity = (typeof severities)[number];

/**
 * What to write instead of a share given in percent: `maxDrop: 2` meant 2 points, which is 0.02.
 * zod's own "Too big: expected number to be <=1" does not say that.
 */
function fractionMessage(input: unknown): string {
  const expected = 'expected a fraction from 0 to 1';
  if (typeof input !== 'number') return `${expected} (0.02 means 2 points)`;
  if (input < 0 || input > 100) return `${expected}, got ${input} (0.02 means 2 points)`;
  return `${expected}, got ${input}: 0.02 means 2 points, so write ${Number((input / 100).toPrecision(12))}`;
}

/** A share in [0, 1]: rates, accuracies, drops in points. */
export const fraction = z
  .number()
  .min(0, { error: (issue) => fractionMessage(issue.input) })
  .max(1, { error: (issue) => fractionMessage(issue.input) });
export const severity = (fallback: Severity) => z.enum(severities).default(fallback);
export const decision = (fallback: Decision = 'significant') => z.enum(decisions).default(fallback);
