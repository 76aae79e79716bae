import { z } from 'zod';
import { percent } from '../format.js';
import { noBaselineOutcome } from './metric-rules.js';
import { decision, fraction, severity } from './options.js';
import { defineRule } from './rule.js';
import type { GateStatus } from './types.js';

export const negativeFlipRateRule = defineRule({
  key: 'negativeFlipRate',
  schema: z
    .object({
      max: fraction.nullable().default(0.05),
      severity: severity('warn'),
      /** `significant`: fail when the interval's low end is above `max`; `interval`: unless its high end is below. */
      decision: decision(),
    })
    .strict()
    .prefault({}),
  docs: [
    {
      name: 'negativeFlipRate.max',
      defaults: '`0.05`, warn, significant',
      judges: 'the share of examples the baseline got right and the candidate gets wrong (Wilson interval)',
      why: 'users notice answers that broke even when accuracy holds; a warning, since any real change flips some',
    },
  ],
  evaluate(rule, input) {
    if (rule.max === null) return [];
    const name = 'negativeFlipRate.max';
    if (!input.comparison) return [noBaselineOutcome(name, 'negative flip rate', rule.max, 'percent')];
    const { flips } = input.comparison;
    const observed =
      rule.decision === 'point' ? flips.negativeFlipRate : rule.decision === 'significant' ? flips.ciLow : flips.ciHigh;
    const over = observed > rule.max;
    const ci = `${Math.round(input.confidence * 100)}% CI ${percent(flips.ciLow)} to ${percent(flips.ciHigh)}`;
    const status: GateStatus = over ? rule.severity : 'pass';
    const detail = `${flips.negative} of ${flips.n} examples the baseline got right are now wrong: negative flip rate ${percent(flips.negativeFlipRate)} (${ci})`;
    return [
      {
        name,
        status,
        message: `${detail}, ${over ? 'above' : 'within'} the ${percent(rule.max)} limit`,
        target: 'negative flip rate',
        observed: flips.negativeFlipRate,
        limit: rule.max,
        ciLow: flips.ciLow,
        ciHigh: flips.ciHigh,
        pValue: null,
        unit: 'percent',
        decision: rule.decision,
        n: flips.n,
      },
    ];
  },
});
