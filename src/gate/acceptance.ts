import type { GateStatus, Verdict } from './types.js';

/** A regression accepted on purpose: who applied the accept label, and when (from the PR's events). */
export interface Acceptance {
  label: string;
  /** The login that applied the label, as GitHub's issue events name it. */
  by: string;
  /** ISO time the label was applied. */
  at: string;
  pullRequest: number;
}

/** Only a failure can be accepted; a pass or warning stays what it is, and the rules keep their statuses. */
export function acceptedVerdict(verdict: GateStatus, acceptance: Acceptance | null): Verdict {
  return verdict === 'fail' && acceptance ? 'accepted' : verdict;
}
