import type { Decision } from './options.js';

export type GateStatus = 'pass' | 'warn' | 'fail';

/**
 * The gate's decision: the worst rule status, or `accepted`: a failure a reviewer accepted
 * on purpose (gate/acceptance.ts). The rules keep their own statuses either way.
 */
export type Verdict = GateStatus | 'accepted';
export const VERDICTS = ['pass', 'warn', 'fail', 'accepted'] as const satisfies readonly Verdict[];

/**
 * How `observed`, `limit`, `delta` and the interval read: every value is a share (0.072), shown
 * as percentage points (`points`: a difference of two percentages, "7.2 points") or as a
 * percentage (`percent`: a rate or a share of the baseline, "7.2%").
 */
export type OutcomeUnit = 'points' | 'percent';

export interface GateOutcome {
  /** Where the rule is configured: `gates.accuracy`, `gates.slices`, `baseline.onMissing`. */
  rule: string;
  /** Stable outcome name, e.g. `accuracy.maxDrop`, `perClassF1.maxDrop`. */
  name: string;
  status: GateStatus;
  /** One line a reviewer reads without opening the docs. */
  message: string;
  /*
   * The same facts as data, so every surface (comment, HTML, annotations, report.json) shows
   * the same numbers without reading them back from `message`. Optional: a rule that has no
   * number to show (no baseline yet) leaves them out.
   */
  /** What is measured, in words: "accuracy", `F1 of "spam"`, "negative flip rate". */
  target?: string;
  /**
   * The value compared with `limit`. For `*.maxDrop` rules it is the drop (baseline −
   * candidate, positive = worse); for `*.min` the metric; for `*.max` the rate or shift.
   */
  observed?: number | null;
  limit?: number | null;
  /** candidate − baseline of the metric, where the rule compares two releases. */
  delta?: number | null;
  /** Interval of `observed` (same sign convention) at the configured confidence. */
  ciLow?: number | null;
  ciHigh?: number | null;
  pValue?: number | null;
  unit?: OutcomeUnit;
  /** `beyond-noise`: judged against the model's own flips (gates.negativeFlipRate). */
  decision?: Decision | 'beyond-noise';
  /** Examples the figure is over, where it is a subset (a slice). */
  n?: number;
  /** The slice judged (`gates.slices`): its tag and value as the dataset has them. */
  slice?: { tag: string; value: string };
}

/** An outcome as a rule's `evaluate` returns it; the registry adds where it is configured. */
export type RuleOutcome = Omit<GateOutcome, 'rule'>;

export interface GateResult {
  verdict: GateStatus;
  gates: GateOutcome[];
}

const rank: Record<GateStatus, number> = { pass: 0, warn: 1, fail: 2 };

export function worstStatus(statuses: readonly GateStatus[]): GateStatus {
  return statuses.reduce<GateStatus>((worst, status) => (rank[status] > rank[worst] ? status : worst), 'pass');
}
