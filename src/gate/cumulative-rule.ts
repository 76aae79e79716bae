import type { CumulativeReference } from '../history/types.js';
import type { GateInput } from './evaluate.js';
import { judgeDrop } from './metric-rules.js';
import { worstStatus, type GateOutcome } from './types.js';

/**
 * `gates.cumulativeDrop`: the drop since the anchor release (or the best of the last `history`),
 * judged as `accuracy.maxDrop` is, on accuracy and (classification) macro-F1. A named anchor
 * that cannot be found warns: the rule was asked for and could not judge.
 */
export function cumulativeDropRule(input: GateInput, reference: CumulativeReference | null | undefined): GateOutcome[] {
  const rule = input.gates.cumulativeDrop;
  if (rule.maxDrop === null || reference === undefined) return [];
  const name = 'cumulativeDrop';
  if (reference === null) return [{ name, status: 'pass', message: 'cumulative drop: no earlier accepted snapshots yet' }];
  if (reference.status === 'unavailable') return [{ name, status: reference.expected ? 'warn' : 'pass', message: `cumulative drop: ${reference.reason}` }];
  const since = reference.against === 'anchor' ? `since ${reference.ref}` : `since the best recent release (${reference.ref})`;
  const common = { name, limit: rule.maxDrop, relative: false, severity: rule.severity, decision: rule.decision, alpha: input.alpha, confidence: input.confidence };
  const judged = [judgeDrop({ ...common, label: `accuracy ${since}` }, reference.accuracy)];
  if (reference.macroF1) judged.push(judgeDrop({ ...common, label: `macro-F1 ${since}` }, reference.macroF1));
  const status = worstStatus(judged.map((outcome) => outcome.status));
  return [{ name, status, message: `${judged.map((outcome) => outcome.message).join('; ')} (${reference.paired} shared examples)` }];
}
