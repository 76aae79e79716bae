import type { AnomalySummary } from '../anomaly/detect.js';
import { interval, pClause, percent, points } from '../format.js';
import type { GateInput } from './evaluate.js';
import type { GateOutcome, GateStatus } from './types.js';

/** `gates.anomalyRate.maxIncrease`: the paired rise in the share of anomalous outputs. */
export function anomalyRateRule(input: GateInput, anomalies: AnomalySummary | null | undefined): GateOutcome[] {
  const rule = input.gates.anomalyRate;
  if (rule.maxIncrease === null || anomalies === undefined) return [];
  const name = 'anomalyRate.maxIncrease';
  if (anomalies === null) return [{ name, status: 'pass', message: 'anomalous outputs: no baseline outputs to learn the ordinary from (20 at least)' }];
  const { baselineRate, candidateRate, delta, pValue, ciLow, ciHigh } = anomalies;
  const evidence = [interval(ciLow, ciHigh, input.confidence), pClause(pValue)].filter((part) => part !== null).join(', ');
  const change = `anomalous outputs ${percent(baselineRate)} → ${percent(candidateRate)} (${evidence})`;
  let status: GateStatus = 'pass';
  let why = `within the ${points(rule.maxIncrease)}-point limit`;
  if (rule.decision === 'interval') {
    if (ciHigh > rule.maxIncrease) [status, why] = [rule.severity, `the interval reaches a rise of more than ${points(rule.maxIncrease)} points`];
  } else if (delta > rule.maxIncrease) {
    const shown = rule.decision === 'point' || pValue < input.alpha;
    [status, why] = shown ? [rule.severity, `a rise of more than ${points(rule.maxIncrease)} points`] : ['warn', `more than ${points(rule.maxIncrease)} points, but not significant at alpha ${input.alpha}`];
  }
  return [{ name, status, message: `${change}: ${why}` }];
}
