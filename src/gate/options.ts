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

/** A share in [0, 1]: rates, accuracies, drops in points. */
export const fraction = z.number().min(0).max(1);
export const severity = (fallback: Severity) => z.enum(severities).default(fallback);
export const decision = (fallback: Decision = 'significant') => z.enum(decisions).default(fallback);
