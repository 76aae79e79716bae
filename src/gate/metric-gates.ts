import { z } from 'zod';
import type { MetricDelta } from '../compare/types.js';
import type { TaskMetrics } from '../metrics/types.js';
import type { RuleInput } from './evaluate.js';
import { judgeDrop, judgeMinimum, noBaselineOutcome } from './metric-rules.js';
import { decision, fraction, type Severity, severity } from './options.js';
import { defineRule } from './rule.js';
import type { RuleOutcome } from './types.js';

export function metricObject(defaults: { maxDrop: number | null; severity: Severity }) {
  return z
    .object({
      min: fraction.nullable().default(null),
      maxDrop: fraction.nullable().default(defaults.maxDrop),
      maxRelativeDrop: fraction.nullable().default(null),
      severity: severity(defaults.severity),
      decision: decision(),
    })
    .strict();
}
export const metricSchema = (defaults: Parameters<typeof metricObject>[0]) => metricObject(defaults).prefault({});
type MetricConfig = z.output<ReturnType<typeof metricSchema>>;

interface Measured {
  /** The config key, and the outcome names' prefix. */
  key: string;
  label: string;
  value: number;
  delta: MetricDelta | null;
}

/** `min` on the candidate's value, `maxDrop` / `maxRelativeDrop` on the paired delta. */
export function metricOutcomes(rule: MetricConfig, measured: Measured, input: RuleInput): RuleOutcome[] {
  const { key, label, value, delta } = measured;
  const outcomes: RuleOutcome[] = [];
  if (rule.min !== null) outcomes.push(judgeMinimum(`${key}.min`, label, value, rule.min, rule.severity));
  const limits = [
    { suffix: 'maxDrop', limit: rule.maxDrop, relative: false },
    { suffix: 'maxRelativeDrop', limit: rule.maxRelativeDrop, relative: true },
  ];
  for (const { suffix, limit, relative } of limits) {
    if (limit === null) continue;
    const name = `${key}.${suffix}`;
    if (!input.comparison || !delta) {
      outcomes.push(noBaselineOutcome(name, label, limit, relative ? 'percent' : 'points'));
      continue;
    }
    outcomes.push(
      judgeDrop(
        {
          name,
          label,
          limit,
          relative,
          severity: rule.severity,
          decision: rule.decision,
          alpha: input.alpha,
          confidence: input.confidence,
        },
        delta,
      ),
    );
  }
  return outcomes;
}

/**
 * The share of examples judged right: accuracy for classification. For generation it is exact
 * match (`gates.exactMatch` names it honestly; `gates.accuracy` still applies there as its old name).
 */
function rightShare(candidate: TaskMetrics): number {
  return candidate.task === 'classification' ? candidate.accuracy : candidate.exactMatch;
}

export const accuracyRule = defineRule({
  key: 'accuracy',
  schema: metricSchema({ maxDrop: 0.02, severity: 'fail' }),
  docs: [
    {
      name: 'accuracy.min',
      defaults: 'off',
      judges: "the candidate's accuracy against a floor, without a baseline too",
      why: 'a floor depends on the task; only you know it',
    },
    {
      name: 'accuracy.maxDrop',
      defaults: '`0.02`, fail, significant',
      judges: 'the paired accuracy drop (McNemar exact p, paired Wald interval)',
      why: 'two points is a regression users notice; `significant` keeps noise on small datasets at a warning',
    },
    {
      name: 'accuracy.maxRelativeDrop',
      defaults: 'off',
      judges: "the drop as a share of the baseline's accuracy",
      why: 'for low accuracies, where two points is a large share',
    },
  ],
  evaluate(config, input) {
    // For generation the figure is exact match: gates.exactMatch judges it under its own name.
    if (input.candidate.task === 'generation') return [];
    return metricOutcomes(
      config,
      {
        key: 'accuracy',
        label: 'accuracy',
        value: rightShare(input.candidate),
        delta: input.comparison?.accuracy ?? null,
      },
      input,
    );
  },
});

export const macroF1Rule = defineRule({
  key: 'macroF1',
  schema: metricSchema({ maxDrop: 0.02, severity: 'fail' }),
  docs: [
    {
      name: 'macroF1.min',
      defaults: 'off',
      judges: "the candidate's macro-F1 against a floor",
      why: 'as `accuracy.min`',
    },
    {
      name: 'macroF1.maxDrop',
      defaults: '`0.02`, fail, significant',
      judges: 'the paired macro-F1 drop (paired bootstrap interval and p)',
      why: 'accuracy hides a rare class collapsing; macro-F1 weighs every class alike',
    },
    {
      name: 'macroF1.maxRelativeDrop',
      defaults: 'off',
      judges: 'the drop as a share of the baseline',
      why: 'as `accuracy.maxRelativeDrop`',
    },
  ],
  evaluate(config, input) {
    if (input.candidate.task !== 'classification') return [];
    return metricOutcomes(
      config,
      { key: 'macroF1', label: 'macro-F1', value: input.candidate.macroF1, delta: input.comparison?.macroF1 ?? null },
      input,
    );
  },
});

/**
 * Generation's share of exact matches. Unset, gatesSchema (registry.ts) fills it with
 * `gates.accuracy`'s settings: the name generation configs used before it had its honest one.
 */
export const exactMatchRule = defineRule({
  key: 'exactMatch',
  // No prefault: unset must stay unset, for gatesSchema to fill it from gates.accuracy.
  schema: metricObject({ maxDrop: 0.02, severity: 'fail' }).optional(),
  docs: [
    {
      name: 'exactMatch.maxDrop',
      defaults: 'as `gates.accuracy` (`0.02`, fail, significant); also `min`, `maxRelativeDrop`',
      judges:
        'generation, scorer `exact` (the default): the paired drop in exact-match rate, best over the ' +
        'references (McNemar exact p on matched / not matched)',
      why: 'exact match is pass/fail per example, so it is judged like accuracy; `gates.accuracy` still works as its old name',
    },
  ],
  evaluate(config, input) {
    // Exact match is the `exact` scorer's verdict; other scorers' pass rates have their own rules (scorer-rules.ts).
    if (input.candidate.task !== 'generation' || config === undefined || input.candidate.scorer !== 'exact') return [];
    return metricOutcomes(
      config,
      {
        key: 'exactMatch',
        label: 'exact match',
        value: rightShare(input.candidate),
        delta: input.comparison?.accuracy ?? null,
      },
      input,
    );
  },
});

export const tokenF1Rule = defineRule({
  key: 'tokenF1',
  schema: metricSchema({ maxDrop: 0.02, severity: 'warn' }),
  docs: [
    {
      name: 'tokenF1.maxDrop',
      defaults: '`0.02`, warn, significant; also `min`, `maxRelativeDrop`',
      judges:
        'generation, scorers `exact` and `tokenF1`: the paired drop in mean SQuAD token F1, best over the ' +
        'references (paired t interval and p, as `scipy.stats.ttest_rel`)',
      why: 'partial credit moves before exact match does; a warning, because rewording can cost token F1 without a worse answer',
    },
  ],
  evaluate(config, input) {
    const { candidate } = input;
    // The score is token F1 under the two SQuAD scorers only.
    if (candidate.task !== 'generation' || (candidate.scorer !== 'exact' && candidate.scorer !== 'tokenF1')) return [];
    return metricOutcomes(
      config,
      { key: 'tokenF1', label: 'token F1', value: candidate.tokenF1, delta: input.comparison?.tokenF1 ?? null },
      input,
    );
  },
});
