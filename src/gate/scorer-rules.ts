import type { ScorerName } from '../metrics/types.js';
import { metricOutcomes, metricSchema } from './metric-gates.js';
import { defineRule, type RuleDoc } from './rule.js';

/**
 * One rule per generation scorer (config `scoring.scorer`), named after it: each judges the
 * share of examples its scorer passed (McNemar exact p on pass/fail, as accuracy is judged),
 * and only when that scorer is the run's. `exact`'s rule is `gates.exactMatch` (metric-gates.ts).
 */
function passRateRule<Key extends string>(
  key: Key,
  scorer: ScorerName,
  label: string,
  doc: Omit<RuleDoc, 'name' | 'defaults'>,
) {
  return defineRule({
    key,
    schema: metricSchema({ maxDrop: 0.02, severity: 'fail' }),
    docs: [{ name: `${key}.maxDrop`, defaults: '`0.02`, fail, significant; also `min`, `maxRelativeDrop`', ...doc }],
    evaluate(config, input) {
      const { candidate } = input;
      if (candidate.task !== 'generation' || candidate.scorer !== scorer) return [];
      return metricOutcomes(
        config,
        { key, label, value: candidate.passRate, delta: input.comparison?.passRate ?? null },
        input,
      );
    },
  });
}

const asAccuracy = 'pass/fail per example, so judged as accuracy is: two points, and only a significant drop fails';

export const tokenF1PassRule = passRateRule('tokenF1Pass', 'tokenF1', 'token F1 pass rate', {
  judges:
    'generation, scorer `tokenF1`: the paired drop in the share of answers whose best token F1 reaches the threshold (McNemar exact p)',
  why: asAccuracy,
});

export const containsRule = passRateRule('contains', 'contains', 'contains', {
  judges:
    'generation, scorer `contains`: the paired drop in the share of answers containing a reference, ' +
    'SQuAD-normalised, as whole tokens (McNemar exact p)',
  why: asAccuracy,
});

export const regexRule = passRateRule('regex', 'regex', 'regex match', {
  judges: 'generation, scorer `regex`: the paired drop in the share of answers the pattern matches (McNemar exact p)',
  why: asAccuracy,
});

export const jsonRule = passRateRule('json', 'json', 'valid JSON', {
  judges:
    'generation, scorer `json`: the paired drop in the share of answers that parse as JSON (and satisfy the ' +
    'schema, when one is given) (McNemar exact p)',
  why: asAccuracy,
});

export const numericRule = passRateRule('numeric', 'numeric', 'numeric match', {
  judges:
    'generation, scorer `numeric`: the paired drop in the share of answers whose last number is close to a ' +
    "reference (Python's `math.isclose`) (McNemar exact p)",
  why: asAccuracy,
});

export const judgeRule = passRateRule('judge', 'judge', 'judge pass rate', {
  judges:
    'generation, scorer `judge`: the paired drop in the share of answers the judge model graded at `passAt` or above (McNemar exact p)',
  why: asAccuracy,
});

export const judgeScoreRule = defineRule({
  key: 'judgeScore',
  schema: metricSchema({ maxDrop: 0.02, severity: 'warn' }),
  docs: [
    {
      name: 'judgeScore.maxDrop',
      defaults: '`0.02`, warn, significant; also `min`, `maxRelativeDrop`',
      judges:
        'generation, scorer `judge`: the paired drop in the mean grade, as a share of the scale (paired t ' +
        'interval and p, as `scipy.stats.ttest_rel`)',
      why: 'grades move before the pass rate does; a warning, as for token F1, because a judge is itself noisy',
    },
  ],
  evaluate(config, input) {
    const { candidate } = input;
    if (candidate.task !== 'generation' || candidate.scorer !== 'judge') return [];
    return metricOutcomes(
      config,
      { key: 'judgeScore', label: 'judge score', value: candidate.score, delta: input.comparison?.score ?? null },
      input,
    );
  },
});
