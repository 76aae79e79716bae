import { z } from 'zod';
import { anomalyRateRule } from './anomaly-rule.js';
import { costRule } from './cost-rule.js';
import { cumulativeDropRule } from './cumulative-rule.js';
import { negativeFlipRateRule } from './flip-rule.js';
import { invalidRateRule } from './invalid-rules.js';
import { latencyRule } from './latency-rule.js';
import { outputLengthRule } from './length-rule.js';
import { accuracyRule, exactMatchRule, macroF1Rule, tokenF1Rule } from './metric-gates.js';
import { missingBaselineDocs } from './missing-baseline.js';
import { perClassF1Rule } from './per-class-rule.js';
import { resourceRule } from './resource-rules.js';
import type { RuleDoc } from './rule.js';
import {
  containsRule,
  jsonRule,
  judgeRule,
  judgeScoreRule,
  numericRule,
  regexRule,
  tokenF1PassRule,
} from './scorer-rules.js';
import { slicesRule } from './slice-rule.js';

/**
 * Every rule under `gates:`, in the order the report lists their outcomes. A rule is one
 * `defineRule({key, schema, docs, evaluate})` in its own file (see gate/rule.ts); registering
 * it is one line here. Its key becomes a config key (schema below), its docs a row of the
 * README's rule table (`node scripts/readme-rules.mjs`; test/gate/readme-rules.test.ts fails
 * while the table is stale).
 */
export const GATE_RULES = [
  accuracyRule,
  exactMatchRule,
  tokenF1Rule,
  tokenF1PassRule,
  containsRule,
  regexRule,
  jsonRule,
  numericRule,
  judgeRule,
  judgeScoreRule,
  macroF1Rule,
  perClassF1Rule,
  slicesRule,
  negativeFlipRateRule,
  invalidRateRule,
  outputLengthRule,
  latencyRule,
  costRule,
  anomalyRateRule,
  resourceRule,
  cumulativeDropRule,
] as const;

type GateRules = (typeof GATE_RULES)[number];
type GatesShape = { [Rule in GateRules as Rule['key']]: Rule['schema'] };

const shape = Object.fromEntries(GATE_RULES.map((rule) => [rule.key, rule.schema])) as GatesShape;

/** `gates:` in the config: each rule's own schema under its key; unknown keys are errors. */
export const gatesSchema = z
  .object(shape)
  .strict()
  // `gates.accuracy` was generation's exact-match rule before it had its own name: it still is, unless exactMatch is set.
  .transform((gates) => ({ ...gates, exactMatch: gates.exactMatch ?? gates.accuracy }))
  .prefault({});
export type GatesConfig = z.output<typeof gatesSchema>;

/** What the README's table lists: each rule's outcomes, and the rule configured outside `gates:`. */
export function ruleDocs(): { rule: string; docs: readonly RuleDoc[] }[] {
  return [
    { rule: 'baseline.onMissing', docs: missingBaselineDocs },
    ...GATE_RULES.map((rule) => ({ rule: `gates.${rule.key}`, docs: rule.docs })),
  ];
}
