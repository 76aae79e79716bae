import type { RuleDoc } from './rule.js';
import type { GateOutcome, GateResult } from './types.js';
import { worstStatus } from './types.js';

/**
 * Why there is, or is not, a baseline to compare with (report.json `baselineSource.status`):
 * - `found`: compared with it;
 * - `first-run`: no earlier gated run (or release with the snapshot) exists: nothing to regress from;
 * - `expired`: the last gated run's artifact has expired;
 * - `not-found`: earlier gated runs exist, none left a usable snapshot (failed, unreadable, lookup failed);
 * - `not-permitted`: GitHub answered 401/403: the token lacks a permission;
 * - `none`: no baseline was asked for (`baseline: none`, or the CLI without `--baseline`).
 */
export const BASELINE_STATUSES = ['found', 'first-run', 'expired', 'not-found', 'not-permitted', 'none'] as const;
export type BaselineStatus = (typeof BASELINE_STATUSES)[number];

/** What a baseline the gate expected and could not get does to the verdict (`on-missing-baseline`). */
export const ON_MISSING_BASELINE = ['fail', 'warn', 'pass'] as const;
export type OnMissingBaseline = (typeof ON_MISSING_BASELINE)[number];

/** Where the baseline came from (or why there is none), as plain data for report.json. */
export interface BaselineOrigin {
  status: BaselineStatus;
  /** A run's snapshot artifact, a release's asset, a file, or the config's baseline model; null without one. */
  source:
    | {
        kind: 'run';
        runId: number;
        runUrl: string;
        branch: string;
        commit: string | null;
        createdAt: string | null;
        verdict: string | null;
      }
    | { kind: 'release'; tag: string; url: string | null; createdAt: string | null; skippedReleases: number }
    | { kind: 'file'; path: string }
    | { kind: 'model' }
    | null;
  /** One plain sentence (no Markdown): why there is none, or what was passed over. */
  reason: string | null;
}

/** Statuses where the gate expected a baseline and could not judge without it. */
const MISSING: Partial<Record<BaselineStatus, OnMissingBaseline>> = {
  expired: 'warn',
  'not-found': 'warn',
  // A setup mistake (a missing permission): fails until fixed, or until the user says otherwise.
  'not-permitted': 'fail',
};

export const MISSING_BASELINE_RULE = 'baseline.available';

/** Its row in the README's rule table (gate/registry.ts): configured by `baseline.onMissing`, not under `gates:`. */
export const missingBaselineDocs: readonly RuleDoc[] = [
  {
    name: MISSING_BASELINE_RULE,
    defaults: 'warn; fail for `not-permitted`',
    judges: 'the Action expected a baseline and got none (expired, not found, not permitted)',
    why: 'never fail open: "nothing compared" must not read as a pass; a missing permission is a setup mistake that fails until fixed',
  },
];

/**
 * The rule a missing baseline adds, or null when nothing is missing (found, first run, none
 * asked for). `setting` (input or config) overrides the per-status default; `pass` still
 * shows the rule, so the report says loudly that nothing was compared.
 */
export function missingBaselineOutcome(
  origin: Pick<BaselineOrigin, 'status' | 'reason'>,
  setting: OnMissingBaseline | null,
): GateOutcome | null {
  const fallback = MISSING[origin.status];
  if (!fallback) return null;
  const chosen = setting ?? fallback;
  const why = origin.reason ?? `baseline ${origin.status}`;
  const effect =
    chosen === 'pass'
      ? 'nothing was compared; on-missing-baseline: pass lets it through'
      : `nothing was compared (on-missing-baseline: ${chosen}${setting === null ? `, the default for ${origin.status}` : ''})`;
  return {
    rule: 'baseline.onMissing',
    name: MISSING_BASELINE_RULE,
    status: chosen,
    message: `${why}: ${effect}`,
    target: 'baseline',
  };
}

/** The rule results with the missing-baseline rule first, and the verdict it leaves. */
export function withMissingBaseline(result: GateResult, outcome: GateOutcome | null): GateResult {
  if (!outcome) return result;
  const gates = [outcome, ...result.gates];
  return { verdict: worstStatus(gates.map((gate) => gate.status)), gates };
}
