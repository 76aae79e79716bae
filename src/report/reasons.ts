import { pClause, points } from '../format.js';
import type { GateOutcome, OutcomeUnit } from '../gate/types.js';
import { bootstrapP, pct, range } from './units.js';

/** What the sentences need beyond the outcome: the comparison's settings. */
export interface ReasonContext {
  confidence: number;
  alpha: number;
  /** Bootstrap resamples, to print a p-value at the bootstrap's floor as "p ≤ …"; null without. */
  resamples: number | null;
}

function pPhrase(p: number, resamples: number | null): string {
  if (resamples !== null) {
    const shown = bootstrapP(p, resamples);
    if (shown.atFloor) return `p ${shown.text}`;
  }
  return pClause(p);
}

/**
 * A rule's outcome as one sentence in words, from its data: "accuracy fell 7.2 points (95% CI
 * 5.9–8.5, p < 0.0001), beyond the 2-point limit". Plain text: callers escape it for their
 * format (the target can hold a class label). Rules without numbers fall back to their message.
 */

function amount(value: number, unit: OutcomeUnit): string {
  return unit === 'points' ? `${points(value)} point${points(value) === '1.0' ? '' : 's'}` : pct(value);
}

function limitPhrase(limit: number, unit: OutcomeUnit): string {
  return unit === 'points' ? `${points(limit)}-point limit` : `${pct(limit)} limit`;
}

/** The interval and p-value behind a number, ` (95% CI …, p …)`, or '' when there is neither; points drop their unit. */
function evidence(
  low: number | null,
  high: number | null,
  p: number | null | undefined,
  { confidence, resamples }: ReasonContext,
  unit: OutcomeUnit,
): string {
  const parts: string[] = [];
  if (low !== null && high !== null) {
    const shown = range(low, high, unit);
    parts.push(`${Math.round(confidence * 100)}% CI ${unit === 'points' ? shown.replace(/ pts$/, '') : shown}`);
  }
  if (p !== null && p !== undefined) parts.push(pPhrase(p, resamples));
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

/** Rules whose p-value comes from the F1 bootstrap, and so has its floor. */
export function isBootstrapRule(name: string): boolean {
  return /^(macroF1|microF1|weightedF1|perClassF1)\./.test(name);
}

export function reasonOf(outcome: GateOutcome, base: ReasonContext): string {
  const context = isBootstrapRule(outcome.name) ? base : { ...base, resamples: null };
  const { alpha } = context;
  const { observed, limit, unit, target } = outcome;
  if (observed === null || observed === undefined || limit === null || limit === undefined || !unit || !target)
    return outcome.message;
  const low = outcome.ciLow ?? null;
  const high = outcome.ciHigh ?? null;
  if (/Drop$/.test(outcome.name)) {
    const relative = unit === 'percent' ? ' of its baseline' : '';
    const fell = observed >= 0;
    // A rise is told with the rise's interval: the drop's, negated and reversed.
    const [shownLow, shownHigh] = fell ? [low, high] : [high === null ? null : -high, low === null ? null : -low];
    const interval = evidence(shownLow, shownHigh, outcome.pValue, context, unit);
    const unchanged = Math.abs(observed) < 0.0005;
    const change = unchanged
      ? `${target} did not change${interval}`
      : `${target} ${fell ? 'fell' : 'rose'} ${amount(Math.abs(observed), unit)}${relative}${interval}`;
    if (outcome.status === 'pass') return `${change}, within the ${limitPhrase(limit, unit)}`;
    const beyond = observed > limit;
    const noise =
      outcome.status === 'warn' &&
      outcome.decision === 'significant' &&
      outcome.pValue !== null &&
      outcome.pValue !== undefined &&
      outcome.pValue >= alpha;
    if (!beyond) return `${change}: its interval reaches past the ${limitPhrase(limit, unit)}`;
    return `${change}, beyond the ${limitPhrase(limit, unit)}${noise ? `, but not significant at alpha ${alpha}` : ''}`;
  }
  const interval = evidence(low, high, unit === 'percent' ? null : outcome.pValue, context, 'percent');
  const value = `${target} ${unit === 'points' ? amount(observed, unit) : pct(observed)}${interval}`;
  if (/\.min$/.test(outcome.name))
    return `${value}, ${observed < limit ? 'below' : 'at or above'} the minimum ${unit === 'points' ? amount(limit, unit) : pct(limit)}`;
  return `${value}, ${outcome.status === 'pass' ? 'within' : 'above'} the ${limitPhrase(limit, unit)}`;
}
