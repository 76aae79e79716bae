import { z } from 'zod';
import type { CumulativeReference } from '../history/types.js';
import type { RuleInput } from './evaluate.js';
import { judgeDrop } from './metric-rules.js';
import { decision, fraction, severity } from './options.js';
import { defineRule } from './rule.js';
import { type RuleOutcome, worstStatus } from './types.js';

/**
 * `gates.cumulativeDrop`: the drop since the anchor release (or the best of the last `history`),
 * judged as `accuracy.maxDrop` is, on accuracy and (classification) macro-F1. A named anchor
 * that cannot be found warns: the rule was asked for and could not judge.
 */
const schema = z
  .object({
    maxDrop: fraction.nullable().default(0.05),
    against: z.enum(['anchor', 'best']).default('best'),
    /** `release:<tag>`; required with `against: anchor`. */
    anchor: z
      .string()
      .regex(/^release:.+/, 'expected release:<tag>')
      .nullable()
      .default(null),
    severity: severity('warn'),
    decision: decision(),
  })
  .strict()
  .prefault({})
  .refine((rule) => rule.against !== 'anchor' || rule.anchor !== null, {
    message: 'against: anchor needs anchor: release:<tag>',
    path: ['anchor'],
  });

function judge(
  rule: z.output<typeof schema>,
  input: RuleInput,
  reference: CumulativeReference | null | undefined,
): RuleOutcome[] {
  if (rule.maxDrop === null || reference === undefined) return [];
  const name = 'cumulativeDrop';
  if (reference === null)
    return [{ name, status: 'pass', message: 'cumulative drop: no earlier accepted snapshots yet' }];
  if (reference.status === 'unavailable')
    return [{ name, status: reference.expected ? 'warn' : 'pass', message: `cumulative drop: ${reference.reason}` }];
  const since =
    reference.against === 'anchor' ? `since ${reference.ref}` : `since the best recent release (${reference.ref})`;
  const common = {
    name,
    limit: rule.maxDrop,
    relative: false,
    severity: rule.severity,
    decision: rule.decision,
    alpha: input.alpha,
    confidence: input.confidence,
  };
  const judged = [judgeDrop({ ...common, label: `accuracy ${since}` }, reference.accuracy)];
  if (reference.macroF1) judged.push(judgeDrop({ ...common, label: `macro-F1 ${since}` }, reference.macroF1));
  const status = worstStatus(judged.map((outcome) => outcome.status));
  return [
    {
      name,
      status,
      message: `${judged.map((outcome) => outcome.message).join('; ')} (${reference.paired} shared examples)`,
    },
  ];
}

export const cumulativeDropRule = defineRule({
  key: 'cumulativeDrop',
  schema,
  docs: [
    {
      name: 'cumulativeDrop',
      defaults: '`0.05` against `best`, warn, significant',
      judges:
        'accuracy and macro-F1 against the best of the last `history` accepted releases (or an `anchor` ' +
        'release), paired on the shared examples',
      why: 'drops of 1.5 points per release pass every gate and add up; a warning, since the reference is older than the baseline',
    },
  ],
  evaluate: (rule, input) => judge(rule, input, input.cumulative),
});
