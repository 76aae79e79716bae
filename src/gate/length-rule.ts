import { z } from 'zod';
import { pClause, percent } from '../format.js';
import { noBaselineOutcome } from './metric-rules.js';
import { severity } from './options.js';
import { defineRule } from './rule.js';

export const outputLengthRule = defineRule({
  key: 'outputLength',
  schema: z
    .object({
      /** |candidate median − baseline median| / baseline median, in the configured unit. */
      maxRelativeShift: z.number().min(0).nullable().default(0.25),
      severity: severity('warn'),
    })
    .strict()
    .prefault({}),
  docs: [
    {
      name: 'outputLength.maxRelativeShift',
      defaults: '`0.25`, warn',
      judges: '|median length shift| / baseline median, in `lengthUnit` (KS and Wilcoxon shown beside it)',
      why: 'with many examples every shift is significant, so it gates on the effect size; longer answers cost and read differently',
    },
  ],
  evaluate(rule, input) {
    if (rule.maxRelativeShift === null) return [];
    const name = 'outputLength.maxRelativeShift';
    const shift = input.comparison?.outputLength;
    if (!input.comparison || !shift)
      return [noBaselineOutcome(name, 'output length', rule.maxRelativeShift, 'percent')];
    // With many examples every shift is "significant": gate on the effect size, show the test beside it.
    const relative = shift.relativeMedianShift;
    // A baseline median of 0 makes any growth infinitely large in relative terms.
    const over = relative === null ? shift.candidate.median > 0 : relative > rule.maxRelativeShift;
    const change = `median output length ${shift.baseline.median} → ${shift.candidate.median} ${shift.unit}`;
    const shown =
      relative === null
        ? ` (KS ${pClause(shift.ksPValue)})`
        : ` (${percent(relative)} shift; KS ${pClause(shift.ksPValue)})`;
    const verdict =
      relative === null && over
        ? 'from a baseline median of 0: beyond any relative limit'
        : `${over ? 'beyond' : 'within'} the ${percent(rule.maxRelativeShift)} limit`;
    return [
      {
        name,
        status: over ? rule.severity : 'pass',
        message: `${change}${shown}, ${verdict}`,
        target: `shift of the median output length (${shift.unit})`,
        observed: relative,
        limit: rule.maxRelativeShift,
        pValue: shift.ksPValue,
        unit: 'percent',
        decision: 'point',
      },
    ];
  },
});
