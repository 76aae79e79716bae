import type { MetricDelta } from '../compare/types.js';
import { interval, pClause, percent, points, signedPoints } from '../format.js';
import type { Decision, Severity } from './options.js';
import type { GateStatus, RuleOutcome } from './types.js';

export interface DropRule {
  name: string;
  label: string;
  /** Largest allowed drop, as a share (absolute) or a fraction of the baseline (relative). */
  limit: number;
  relative: boolean;
  severity: Severity;
  decision: Decision;
  alpha: number;
  confidence: number;
  /** How the message names the p-value: `Holm p` where it is adjusted. */
  pName?: string;
}

/** Is the drop real? A p-value where a test applies, else the interval excluding zero. */
function isSignificantDrop(delta: MetricDelta, alpha: number): boolean {
  if (delta.pValue !== null) return delta.delta < 0 && delta.pValue < alpha;
  return delta.ciHigh !== null && delta.ciHigh < 0;
}

function evidence(delta: MetricDelta, confidence: number, pName = 'p'): string {
  const parts = [
    interval(delta.ciLow, delta.ciHigh, confidence),
    delta.pValue === null ? null : pClause(delta.pValue, pName),
  ];
  const shown = parts.filter((part) => part !== null);
  return shown.length === 0 ? '' : ` (${shown.join(', ')})`;
}

/**
 * Judges one metric's drop against a limit by the rule's decision mode (see config/schema.ts).
 * A drop beyond the limit that is not significant warns instead of failing: it is worth a look,
 * and failing on it would fail builds on noise.
 */
export function judgeDrop(rule: DropRule, delta: MetricDelta): RuleOutcome {
  const scale = rule.relative ? (delta.baseline > 0 ? delta.baseline : Number.NaN) : 1;
  const drop = -delta.delta / scale;
  const worstPlausibleDrop = delta.ciLow === null ? drop : -delta.ciLow / scale;
  const limitText = rule.relative ? `${percent(rule.limit)} of the baseline` : `${points(rule.limit)} points`;
  const change = `${rule.label} ${signedPoints(delta.delta)} points${evidence(delta, rule.confidence, rule.pName)}`;

  let status: GateStatus = 'pass';
  let why = `within the ${limitText} limit`;
  if (Number.isNaN(drop)) {
    why = 'baseline is 0: a relative drop is undefined';
  } else if (rule.decision === 'interval') {
    if (worstPlausibleDrop > rule.limit) {
      status = rule.severity;
      why = `the interval reaches a drop of more than ${limitText}: no-regression is not shown`;
    }
  } else if (drop > rule.limit) {
    if (rule.decision === 'point' || isSignificantDrop(delta, rule.alpha)) {
      status = rule.severity;
      why = `a drop of more than ${limitText}`;
    } else {
      status = 'warn';
      why = `more than ${limitText}, but not significant at alpha ${rule.alpha}: may be noise`;
    }
  }
  const finite = (value: number) => (Number.isFinite(value) ? value : null);
  return {
    name: rule.name,
    status,
    message: `${change}: ${why}`,
    target: rule.label,
    observed: finite(drop),
    limit: rule.limit,
    delta: delta.delta,
    // The drop's interval is the delta's, negated and reversed.
    ciLow: delta.ciHigh === null ? null : finite(-delta.ciHigh / scale),
    ciHigh: delta.ciLow === null ? null : finite(-delta.ciLow / scale),
    pValue: delta.pValue,
    unit: rule.relative ? 'percent' : 'points',
    decision: rule.decision,
  };
}

export function judgeMinimum(
  name: string,
  label: string,
  value: number,
  minimum: number,
  severity: Severity,
): RuleOutcome {
  const below = value < minimum;
  return {
    name,
    status: below ? severity : 'pass',
    message: `${label} ${percent(value)} ${below ? 'is below' : 'meets'} the minimum ${percent(minimum)}`,
    target: label,
    observed: value,
    limit: minimum,
    unit: 'percent',
  };
}

export const NO_BASELINE = 'no baseline yet: nothing to regress from';

/** A comparison rule without a baseline: passes, and says so with what it would have judged. */
export function noBaselineOutcome(
  name: string,
  target: string,
  limit: number | null,
  unit: RuleOutcome['unit'],
): RuleOutcome {
  return { name, status: 'pass', message: `${target}: ${NO_BASELINE}`, target, observed: null, limit, unit };
}
