import { z } from 'zod';
import { pClause, percent, points, signedPoints } from '../format.js';
import type { LabelSource } from '../metrics/label-set.js';
import { wilsonInterval } from '../stats/proportion.js';
import type { RuleInput } from './evaluate.js';
import { noBaselineOutcome } from './metric-rules.js';
import { decision, fraction, severity } from './options.js';
import { defineRule } from './rule.js';
import type { GateStatus, RuleOutcome } from './types.js';

/**
 * Above this share of outputs that are no label at all, the gate cannot read the run: it fails
 * whatever `gates.invalidRate` says (never fail open: "accuracy 0.0% → 0.0%" is not a pass).
 */
export const UNREADABLE_SHARE = 0.5;

function labelsClause(source: LabelSource): string {
  if (source === 'declared') return 'none of the declared `labels`';
  return 'no label any example expects (no `labels` declared)';
}

const advice = 'declare the label set with `labels:` and extract it with `scoring.labelPattern`';

function unreadableFacts(rate: number, n: number | null) {
  return {
    target: 'invalid-output rate',
    observed: rate,
    limit: UNREADABLE_SHARE,
    unit: 'percent' as const,
    decision: 'point' as const,
    ...(n === null ? {} : { n }),
  };
}

/** The run's outputs are mostly no label at all (fail), or the baseline's are (warn: its comparison means little). */
function unreadableRule(input: RuleInput): RuleOutcome[] {
  const metrics = input.candidate;
  if (metrics.task !== 'classification' || metrics.n === 0) return [];
  const name = 'invalidRate.unreadable';
  const { count, rate } = metrics.invalid;
  if (rate > UNREADABLE_SHARE) {
    return [
      {
        name,
        status: 'fail',
        message:
          `the gate cannot read this run's outputs: ${count} of ${metrics.n} (${percent(rate)}) are ` +
          `${labelsClause(metrics.labelSource)}; ${advice}`,
        ...unreadableFacts(rate, metrics.n),
      },
    ];
  }
  const baseline = input.comparison?.invalidRate?.baseline ?? 0;
  if (baseline > UNREADABLE_SHARE) {
    return [
      {
        name,
        status: 'warn',
        message: `the baseline's outputs are mostly no label (${percent(baseline)} invalid): the comparison with it means little`,
        ...unreadableFacts(baseline, null),
        target: "baseline's invalid-output rate",
      },
    ];
  }
  return [
    {
      name,
      status: 'pass',
      message: `${percent(rate)} of the outputs are no label, at most ${percent(UNREADABLE_SHARE)} can be`,
      ...unreadableFacts(rate, metrics.n),
    },
  ];
}

/** The candidate's invalid-output rate against `max`, decided on its Wilson interval as the flip rate is. */
function maxRule(rule: InvalidRateConfig, input: RuleInput): RuleOutcome[] {
  const metrics = input.candidate;
  if (rule.max === null || metrics.task !== 'classification' || metrics.n === 0) return [];
  const { count, rate } = metrics.invalid;
  const interval = wilsonInterval(count, metrics.n, { confidence: input.confidence });
  const ci = `${Math.round(input.confidence * 100)}% CI ${percent(interval.ciLow)} to ${percent(interval.ciHigh)}`;
  const observed =
    rule.decision === 'point' ? rate : rule.decision === 'significant' ? interval.ciLow : interval.ciHigh;
  let status: GateStatus = 'pass';
  let verdict = `within the ${percent(rule.max)} limit`;
  if (observed > rule.max) {
    status = rule.severity;
    verdict = `above the ${percent(rule.max)} limit`;
  } else if (rate > rule.max) {
    status = 'warn';
    verdict = `above the ${percent(rule.max)} limit, but not significantly: may be noise`;
  }
  const detail = `${count} of ${metrics.n} outputs are ${labelsClause(metrics.labelSource)}: invalid-output rate ${percent(rate)} (${ci})`;
  return [
    {
      name: 'invalidRate.max',
      status,
      message: `${detail}, ${verdict}${status === 'pass' ? '' : `; ${advice}`}`,
      target: 'invalid-output rate',
      observed: rate,
      limit: rule.max,
      ciLow: interval.ciLow,
      ciHigh: interval.ciHigh,
      pValue: null,
      unit: 'percent',
      decision: rule.decision,
      n: metrics.n,
    },
  ];
}

/** The paired increase against `maxIncrease`: McNemar's exact p on who became (in)valid. */
function increaseRule(rule: InvalidRateConfig, input: RuleInput): RuleOutcome[] {
  if (rule.maxIncrease === null || input.candidate.task !== 'classification') return [];
  const name = 'invalidRate.maxIncrease';
  const delta = input.comparison?.invalidRate;
  if (!delta) return [noBaselineOutcome(name, 'invalid-output rate', rule.maxIncrease, 'points')];
  const ciText =
    delta.ciLow === null || delta.ciHigh === null
      ? ''
      : `${Math.round(input.confidence * 100)}% CI ${signedPoints(delta.ciLow)} to ${signedPoints(delta.ciHigh)}, `;
  const change =
    `invalid-output rate ${percent(delta.baseline)} → ${percent(delta.candidate)}, ` +
    `${signedPoints(delta.delta)} points (${ciText}McNemar ${pClause(delta.pValue ?? 1)})`;
  const limit = `${points(rule.maxIncrease)} points`;
  let status: GateStatus = 'pass';
  let why = `within the ${limit} limit`;
  const significant = (delta.pValue ?? 1) < input.alpha && delta.delta > 0;
  if (rule.decision === 'interval') {
    if ((delta.ciHigh ?? delta.delta) > rule.maxIncrease) {
      status = rule.severity;
      why = `the interval reaches an increase of more than ${limit}: no-regression is not shown`;
    }
  } else if (delta.delta > rule.maxIncrease) {
    if (rule.decision === 'point' || significant) {
      status = rule.severity;
      why = `an increase of more than ${limit}`;
    } else {
      status = 'warn';
      why = `more than ${limit}, but not significant at alpha ${input.alpha}: may be noise`;
    }
  }
  return [
    {
      name,
      status,
      message: `${change}: ${why}`,
      target: 'invalid-output rate',
      observed: delta.delta,
      limit: rule.maxIncrease,
      delta: delta.delta,
      ciLow: delta.ciLow,
      ciHigh: delta.ciHigh,
      pValue: delta.pValue,
      unit: 'points',
      decision: rule.decision,
    },
  ];
}

/** Every rule on invalid outputs (classification only), in the order the report lists them. */
export function invalidOutputRules(input: RuleInput & { gates: { invalidRate: InvalidRateConfig } }): RuleOutcome[] {
  const rule = input.gates.invalidRate;
  return [...unreadableRule(input), ...maxRule(rule, input), ...increaseRule(rule, input)];
}

export type InvalidRateConfig = z.output<typeof invalidRateSchema>;

export const invalidRateSchema = z
  .object({
    max: fraction.nullable().default(0.05),
    maxIncrease: fraction.nullable().default(0.02),
    severity: severity('fail'),
    decision: decision(),
  })
  .strict()
  .prefault({});

/**
 * Outputs that map to no label (see README "Invalid outputs"). `max` on the candidate's rate
 * (decided on its Wilson interval like negativeFlipRate), `maxIncrease` on the paired change
 * (McNemar exact on who became (in)valid). Whatever this says, a run whose outputs are mostly
 * no label at all fails: the gate could not read them.
 */
export const invalidRateRule = defineRule({
  key: 'invalidRate',
  schema: invalidRateSchema,
  docs: [
    {
      name: 'invalidRate.unreadable',
      defaults: 'always on: fails above 50%',
      judges: "more than half the candidate's outputs are no label (a mostly unreadable baseline warns)",
      why: 'a run the gate could not read never passes on "accuracy 0.0% → 0.0%"',
    },
    {
      name: 'invalidRate.max',
      defaults: '`0.05`, fail, significant',
      judges: "the candidate's invalid-output rate (Wilson interval)",
      why: 'an invalid output is a wrong answer a user sees; `significant` keeps a few rambles on a small dataset at a warning',
    },
    {
      name: 'invalidRate.maxIncrease',
      defaults: '`0.02`, fail, significant',
      judges: 'the paired increase in invalid outputs (McNemar exact p)',
      why: 'a prompt change that makes 2 in 100 answers unreadable is a regression worth blocking',
    },
  ],
  evaluate: (config, input) => invalidOutputRules({ ...input, gates: { invalidRate: config } }),
});
