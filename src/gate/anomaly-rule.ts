import { z } from 'zod';
import type { AnomalySummary } from '../anomaly/detect.js';
import { interval, pClause, percent, points } from '../format.js';
import type { RuleInput } from './evaluate.js';
import { decision, fraction, severity } from './options.js';
import { defineRule } from './rule.js';
import type { GateStatus, RuleOutcome } from './types.js';

/** `gates.anomalyRate.maxIncrease`: the paired rise in the share of anomalous outputs. */
const schema = z
  .object({
    maxIncrease: fraction.nullable().default(0.02),
    severity: severity('warn'),
    decision: decision(),
  })
  .strict()
  .prefault({});

function judge(
  rule: z.output<typeof schema>,
  input: RuleInput,
  anomalies: AnomalySummary | null | undefined,
): RuleOutcome[] {
  if (rule.maxIncrease === null || anomalies === undefined) return [];
  const name = 'anomalyRate.maxIncrease';
  if (anomalies === null)
    return [
      {
        name,
        status: 'pass',
        message: 'anomalous outputs: no baseline outputs to learn the ordinary from (20 at least)',
      },
    ];
  const { baselineRate, candidateRate, delta, pValue, ciLow, ciHigh } = anomalies;
  const evidence = [interval(ciLow, ciHigh, input.confidence), pClause(pValue)]
    .filter((part) => part !== null)
    .join(', ');
  const change = `anomalous outputs ${percent(baselineRate)} → ${percent(candidateRate)} (${evidence})`;
  let status: GateStatus = 'pass';
  let why = `within the ${points(rule.maxIncrease)}-point limit`;
  if (rule.decision === 'interval') {
    if (ciHigh > rule.maxIncrease)
      [status, why] = [rule.severity, `the interval reaches a rise of more than ${points(rule.maxIncrease)} points`];
  } else if (delta > rule.maxIncrease) {
    const shown = rule.decision === 'point' || pValue < input.alpha;
    [status, why] = shown
      ? [rule.severity, `a rise of more than ${points(rule.maxIncrease)} points`]
      : ['warn', `more than ${points(rule.maxIncrease)} points, but not significant at alpha ${input.alpha}`];
  }
  return [{ name, status, message: `${change}: ${why}` }];
}

export const anomalyRateRule = defineRule({
  key: 'anomalyRate',
  schema,
  docs: [
    {
      name: 'anomalyRate.maxIncrease',
      defaults: '`0.02`, warn, significant',
      judges:
        "the paired rise in the share of outputs an isolation forest fitted on the baseline's outputs finds anomalous (McNemar exact)",
      why:
        'odd answers (empty, looping, far longer, slow) can hide behind a steady score; a warning, since ' +
        'the detector flags about 1% of ordinary outputs by design',
    },
  ],
  evaluate: (rule, input) => judge(rule, input, input.anomalies),
});
