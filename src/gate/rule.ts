import type { z } from 'zod';
import type { RuleInput } from './evaluate.js';
import type { GateOutcome, RuleOutcome } from './types.js';

/** One line of the README's rule table (generated from the registry, see gate/rule-table.ts). */
export interface RuleDoc {
  /** The outcome's `name`, e.g. `accuracy.maxDrop`. */
  name: string;
  /** The default, as the config writes it: `0.02, fail, significant`, or `off`. */
  defaults: string;
  /** What it judges, in one sentence. */
  judges: string;
  /** Why the default is what it is, in one sentence. */
  why: string;
}

/**
 * A rule as data: the key it reads under `gates:`, that key's schema (every field defaulted,
 * so `gates: {}` is complete), what it documents, and its evaluation — a pure function of the
 * rule's config and the gate's input, returning structured outcomes (types.ts).
 */
export interface GateRule<Key extends string, Schema extends z.ZodType> {
  key: Key;
  schema: Schema;
  docs: readonly RuleDoc[];
  evaluate(config: z.output<Schema>, input: RuleInput): RuleOutcome[];
}

/**
 * Declares a rule; `judge` reads the rule's own section of the parsed `gates` config, so the
 * registry can run every rule in one loop with its config correctly typed.
 */
export function defineRule<Key extends string, Schema extends z.ZodType>(rule: GateRule<Key, Schema>) {
  return {
    ...rule,
    judge: (gates: { readonly [K in Key]: z.output<Schema> }, input: RuleInput): GateOutcome[] =>
      rule.evaluate(gates[rule.key], input).map((outcome) => ({ rule: `gates.${rule.key}`, ...outcome })),
  };
}
