export type GateStatus = 'pass' | 'warn' | 'fail';

/**
 * The gate's decision: the worst rule status, or `accepted`: a failure a reviewer accepted
 * on purpose (gate/acceptance.ts). The rules keep their own statuses either way.
 */
export type Verdict = GateStatus | 'accepted';
export const VERDICTS = ['pass', 'warn', 'fail', 'accepted'] as const satisfies readonly Verdict[];

export interface GateOutcome {
  /** Stable rule name, e.g. `accuracy.maxDrop`, `perClassF1.maxDrop`. */
  name: string;
  status: GateStatus;
  /** One line a reviewer reads without opening the docs. */
  message: string;
}

export interface GateResult {
  verdict: GateStatus;
  gates: GateOutcome[];
}

const rank: Record<GateStatus, number> = { pass: 0, warn: 1, fail: 2 };

export function worstStatus(statuses: readonly GateStatus[]): GateStatus {
  return statuses.reduce<GateStatus>((worst, status) => (rank[status] > rank[worst] ? status : worst), 'pass');
}
