import { z } from 'zod';
import { percent } from '../format.js';
import type { Usage } from '../snapshot/run-outcome.js';
import { severity } from './options.js';
import { defineRule } from './rule.js';
import type { RuleOutcome } from './types.js';

/** A model's prices per million tokens (config `model.pricing`); the endpoints report the tokens. */
export const pricingSchema = z.strictObject({
  inputPerMillionTokens: z.number().min(0),
  outputPerMillionTokens: z.number().min(0),
});
export type Pricing = z.infer<typeof pricingSchema>;

/** A run's cost from its token usage and the model's pricing (per million tokens). */
export interface RunCost {
  total: number;
  perExample: number;
}

/** What the tokens cost, in the pricing's currency. */
export function costOf(usage: Usage, pricing: Pricing): number {
  return (
    (usage.promptTokens * pricing.inputPerMillionTokens + usage.completionTokens * pricing.outputPerMillionTokens) / 1e6
  );
}

/** Null without usage, pricing or answered examples: the rule then says it cannot judge. */
export function runCost(
  summary: { total: number; errors: number; usage: Usage | null },
  pricing: Pricing | null,
): RunCost | null {
  const answered = summary.total - summary.errors;
  if (!summary.usage || !pricing || answered <= 0) return null;
  const total = costOf(summary.usage, pricing);
  return { total, perExample: total / answered };
}

const money = (value: number) => value.toFixed(value < 1 ? 4 : 2);

export const costRule = defineRule({
  key: 'cost',
  schema: z
    .object({
      /** Largest allowed increase of the mean cost per answered example, as a share of the baseline's (0.1 = 10%). */
      perExampleMaxIncrease: z.number().min(0).nullable().default(null),
      /** Largest allowed cost of the whole run, in the pricing's currency. */
      totalMax: z.number().positive().nullable().default(null),
      severity: severity('warn'),
    })
    .strict()
    .prefault({}),
  docs: [
    {
      name: 'cost.perExampleMaxIncrease',
      defaults: 'off; warn when set',
      judges:
        "the mean cost per answered example against the baseline's (token usage × the model's `pricing`), as a share",
      why: 'off: only a model with `pricing` has a cost; judged on the point value, as token counts are measured, not sampled',
    },
    { name: 'cost.totalMax', defaults: 'off', judges: "the whole run's cost", why: 'a budget is yours to set' },
  ],
  evaluate(rule, input) {
    const outcomes: RuleOutcome[] = [];
    const cost = input.cost ?? { candidate: null, baseline: null };
    const unknown = (name: string, limit: number, why: string): RuleOutcome => ({
      name,
      status: 'warn',
      message: `cost: ${why}; the rule cannot judge`,
      target: 'cost',
      observed: null,
      limit,
    });
    if (rule.totalMax !== null) {
      const name = 'cost.totalMax';
      if (!cost.candidate) outcomes.push(unknown(name, rule.totalMax, 'no token usage or no `pricing` for the model'));
      else {
        const over = cost.candidate.total > rule.totalMax;
        outcomes.push({
          name,
          status: over ? rule.severity : 'pass',
          message: `the run cost ${money(cost.candidate.total)}, ${over ? 'above' : 'within'} the ${money(rule.totalMax)} budget`,
          target: 'run cost',
          observed: cost.candidate.total,
          limit: rule.totalMax,
          decision: 'point',
        });
      }
    }
    if (rule.perExampleMaxIncrease !== null) {
      const name = 'cost.perExampleMaxIncrease';
      if (!input.comparison)
        outcomes.push({
          name,
          status: 'pass',
          message: 'cost per example: no baseline yet: nothing to regress from',
          target: 'cost per example',
          observed: null,
          limit: rule.perExampleMaxIncrease,
          unit: 'percent',
        });
      else if (!cost.candidate || !cost.baseline || cost.baseline.perExample <= 0)
        outcomes.push(unknown(name, rule.perExampleMaxIncrease, 'no token usage or `pricing` on both sides'));
      else {
        const increase = cost.candidate.perExample / cost.baseline.perExample - 1;
        const over = increase > rule.perExampleMaxIncrease;
        outcomes.push({
          name,
          status: over ? rule.severity : 'pass',
          message:
            `cost per example ${money(cost.baseline.perExample)} → ${money(cost.candidate.perExample)} ` +
            `(${increase >= 0 ? '+' : ''}${percent(increase)}), ${over ? 'above' : 'within'} the ` +
            `${percent(rule.perExampleMaxIncrease)} limit`,
          target: 'cost per example',
          observed: increase,
          limit: rule.perExampleMaxIncrease,
          unit: 'percent',
          decision: 'point',
        });
      }
    }
    return outcomes;
  },
});
