import type { GatesConfig } from '../config/schema.js';
import type { Comparison } from '../compare/types.js';
import { pClause, percent, points, signedPoints } from '../format.js';
import type { TaskMetrics } from '../metrics/types.js';
import type { AnomalySummary } from '../anomaly/detect.js';
import type { CumulativeReference } from '../history/types.js';
import { anomalyRateRule } from './anomaly-rule.js';
import { cumulativeDropRule } from './cumulative-rule.js';
import { invalidOutputRules } from './invalid-rules.js';
import { resourceRules, type ResourcePair } from './resource-rules.js';
import { judgeDrop, judgeMinimum } from './metric-rules.js';
import { worstStatus, type GateOutcome, type GateResult, type GateStatus } from './types.js';

export interface GateInput {
  gates: GatesConfig;
  alpha: number;
  confidence: number;
  candidate: TaskMetrics;
  comparison: Comparison | null;
  /** Absent: not measured (the rule is left out); null: measured nothing (the rule says why). */
  anomalies?: AnomalySummary | null;
  resources?: ResourcePair;
  cumulative?: CumulativeReference | null;
}

const noBaseline = 'no baseline yet: nothing to regress from';

function metricRules(input: GateInput, key: 'accuracy' | 'macroF1', label: string): GateOutcome[] {
  const rule = input.gates[key];
  const outcomes: GateOutcome[] = [];
  const value = key === 'accuracy' ? input.candidate.accuracy : input.candidate.task === 'classification' ? input.candidate.macroF1 : null;
  if (value === null) return outcomes;
  if (rule.min !== null) outcomes.push(judgeMinimum(`${key}.min`, label, value, rule.min, rule.severity));
  const delta = key === 'accuracy' ? input.comparison?.accuracy : input.comparison?.macroF1;
  const limits = [
    { suffix: 'maxDrop', limit: rule.maxDrop, relative: false },
    { suffix: 'maxRelativeDrop', limit: rule.maxRelativeDrop, relative: true },
  ];
  for (const { suffix, limit, relative } of limits) {
    if (limit === null) continue;
    const name = `${key}.${suffix}`;
    if (!input.comparison || !delta) {
      outcomes.push({ name, status: 'pass', message: `${label}: ${noBaseline}` });
      continue;
    }
    outcomes.push(
      judgeDrop({ name, label, limit, relative, severity: rule.severity, decision: rule.decision, alpha: input.alpha, confidence: input.confidence }, delta),
    );
  }
  return outcomes;
}

function perClassRule(input: GateInput): GateOutcome[] {
  const rule = input.gates.perClassF1;
  if (rule.maxDrop === null || input.candidate.task !== 'classification') return [];
  const name = 'perClassF1.maxDrop';
  if (!input.comparison) return [{ name, status: 'pass', message: `per-class F1: ${noBaseline}` }];
  const judged = Object.entries(input.comparison.perClass)
    .filter(([, delta]) => delta.support > 0)
    .map(([label, delta]) => ({
      label,
      delta,
      outcome: judgeDrop(
        // The per-class p-values are Holm-adjusted: with many classes, some would cross alpha by chance.
        { name, label: `F1 of "${label}"`, limit: rule.maxDrop as number, relative: false, severity: rule.severity, decision: rule.decision, alpha: input.alpha, confidence: input.confidence },
        { ...delta, pValue: delta.holmPValue },
      ),
    }));
  const flagged = judged.filter((entry) => entry.outcome.status !== 'pass').sort((x, y) => x.delta.delta - y.delta.delta);
  if (flagged.length === 0) {
    return [{ name, status: 'pass', message: `no class's F1 dropped more than ${points(rule.maxDrop)} points (${judged.length} classes, Holm-adjusted)` }];
  }
  const status = worstStatus(flagged.map((entry) => entry.outcome.status));
  const listed = flagged
    .slice(0, 5)
    .map((entry) => `"${entry.label}" ${signedPoints(entry.delta.delta)}${entry.delta.holmPValue === null ? '' : ` (${pClause(entry.delta.holmPValue, 'Holm p')})`}`)
    .join(', ');
  const more = flagged.length > 5 ? ` and ${flagged.length - 5} more` : '';
  const verb = status === 'warn' && rule.severity === 'fail' ? 'dropped more than the limit but not significantly' : 'dropped more than the limit';
  return [{ name, status, message: `F1 of ${flagged.length} class${flagged.length === 1 ? '' : 'es'} ${verb} of ${points(rule.maxDrop)} points: ${listed}${more}` }];
}

function flipRule(input: GateInput): GateOutcome[] {
  const rule = input.gates.negativeFlipRate;
  if (rule.max === null) return [];
  const name = 'negativeFlipRate.max';
  if (!input.comparison) return [{ name, status: 'pass', message: `negative flip rate: ${noBaseline}` }];
  const { flips } = input.comparison;
  const observed = rule.decision === 'point' ? flips.negativeFlipRate : rule.decision === 'significant' ? flips.ciLow : flips.ciHigh;
  const over = observed > rule.max;
  const ci = `${Math.round(input.confidence * 100)}% CI ${percent(flips.ciLow)} to ${percent(flips.ciHigh)}`;
  const status: GateStatus = over ? rule.severity : 'pass';
  const detail = `${flips.negative} of ${flips.n} examples the baseline got right are now wrong: negative flip rate ${percent(flips.negativeFlipRate)} (${ci})`;
  return [{ name, status, message: `${detail}, ${over ? 'above' : 'within'} the ${percent(rule.max)} limit` }];
}

function lengthRule(input: GateInput): GateOutcome[] {
  const rule = input.gates.outputLength;
  if (rule.maxRelativeShift === null) return [];
  const name = 'outputLength.maxRelativeShift';
  const shift = input.comparison?.outputLength;
  if (!input.comparison || !shift) return [{ name, status: 'pass', message: `output length: ${noBaseline}` }];
  // With many examples every shift is "significant": gate on the effect size, show the test beside it.
  const relative = shift.relativeMedianShift;
  // A baseline median of 0 makes any growth infinitely large in relative terms.
  const over = relative === null ? shift.candidate.median > 0 : relative > rule.maxRelativeShift;
  const change = `median output length ${shift.baseline.median} → ${shift.candidate.median} ${shift.unit}`;
  const shown = relative === null ? ` (KS ${pClause(shift.ksPValue)})` : ` (${percent(relative)} shift; KS ${pClause(shift.ksPValue)})`;
  const verdict = relative === null && over ? 'from a baseline median of 0: beyond any relative limit' : `${over ? 'beyond' : 'within'} the ${percent(rule.maxRelativeShift)} limit`;
  return [{ name, status: over ? rule.severity : 'pass', message: `${change}${shown}, ${verdict}` }];
}

/** Every configured rule → pass / warn / fail with a one-line reason; the verdict is the worst. */
export function evaluateGates(input: GateInput): GateResult {
  const gates = [
    ...metricRules(input, 'accuracy', input.candidate.task === 'generation' ? 'exact match' : 'accuracy'),
    ...metricRules(input, 'macroF1', 'macro-F1'),
    ...perClassRule(input),
    ...flipRule(input),
    ...invalidOutputRules(input),
    ...lengthRule(input),
    ...anomalyRateRule(input, input.anomalies),
    ...resourceRules(input, input.resources),
    ...cumulativeDropRule(input, input.cumulative),
  ];
  return { verdict: worstStatus(gates.map((gate) => gate.status)), gates };
}
