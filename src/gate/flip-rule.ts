import { z } from 'zod';
import { floorOf } from '../compare/self-flips.js';
import { percent } from '../format.js';
import { newcombeDifference } from '../stats/proportion.js';
import type { RuleInput } from './evaluate.js';
import { noBaselineOutcome } from './metric-rules.js';
import { decisions, fraction, severity } from './options.js';
import { defineRule } from './rule.js';
import type { GateStatus, RuleOutcome } from './types.js';

const name = 'negativeFlipRate.max';

/**
 * `decision: beyond-noise`: the flips the candidate adds over what the model does to itself.
 * Newcombe's interval for NFR − self-NFR (the noisier side's floor, compare/self-flips.ts) must
 * not lie wholly above `max`. Newcombe treats the two rates as independent; they share the
 * examples, which makes the interval wider than a paired one would be, so it errs on the side of
 * not failing a re-run. Without a floor it cannot judge, and says so (a warning, never a pass).
 */
function beyondNoise(rule: { max: number; severity: 'warn' | 'fail' }, input: RuleInput): RuleOutcome {
  const flips = (input.comparison as NonNullable<RuleInput['comparison']>).flips;
  const floor = floorOf(input.noise);
  const common = {
    name,
    target: 'negative flip rate beyond noise',
    limit: rule.max,
    unit: 'points' as const,
    decision: 'beyond-noise' as const,
    n: flips.n,
  };
  if (!floor)
    return {
      ...common,
      status: 'warn',
      observed: null,
      message:
        `cannot judge the negative flip rate beyond noise (${percent(flips.negativeFlipRate)}): no self-flip floor was measured; ` +
        'set `repeats: 2` or more for a live model, or give the baseline twice (--baseline A --baseline-repeat B)',
    };
  const difference = newcombeDifference(
    { share: flips.negativeFlipRate, total: flips.n },
    { share: floor.flips.negativeFlipRate, total: floor.flips.n },
    { confidence: input.confidence },
  );
  const over = difference.ciLow > rule.max;
  const ci = `${Math.round(input.confidence * 100)}% CI ${percent(difference.ciLow)} to ${percent(difference.ciHigh)}`;
  return {
    ...common,
    status: over ? rule.severity : 'pass',
    message:
      `negative flip rate ${percent(flips.negativeFlipRate)} against the ${floor.side}'s own ${percent(floor.flips.negativeFlipRate)} ` +
      `over ${floor.flips.runs} runs: ${percent(difference.estimate)} beyond noise (${ci}), ` +
      `${over ? 'above' : 'not above'} the ${percent(rule.max)} limit`,
    observed: difference.estimate,
    ciLow: difference.ciLow,
    ciHigh: difference.ciHigh,
    pValue: null,
  };
}

export const negativeFlipRateRule = defineRule({
  key: 'negativeFlipRate',
  schema: z
    .object({
      max: fraction.nullable().default(0.05),
      severity: severity('warn'),
      /**
       * `significant`: fail when the interval's low end is above `max`; `interval`: unless its
       * high end is below; `beyond-noise`: the same as `significant` on NFR − the model's own NFR.
       * Unset: `beyond-noise` when a self-flip floor was measured, else `significant` — a noisy
       * model breaks some of its own answers on every run, and warning on each re-run is how a
       * gate gets switched off.
       */
      decision: z.enum([...decisions, 'beyond-noise']).optional(),
    })
    .strict()
    .prefault({}),
  docs: [
    {
      name: 'negativeFlipRate.max',
      defaults: '`0.05`, warn, significant (beyond-noise when `repeats` or `--baseline-repeat` measured a floor)',
      judges: 'the share of examples the baseline got right and the candidate gets wrong (Wilson interval)',
      why: 'users notice answers that broke even when accuracy holds; a warning, since any real change flips some',
    },
    {
      name: 'negativeFlipRate.max (`decision: beyond-noise`)',
      defaults:
        'on by itself when a self-flip floor was measured (`max` then limits the flips beyond it); ' +
        '`decision: beyond-noise` asks for it always',
      judges:
        "the negative flip rate minus the model's own (self-flips over `repeats` or `--baseline-repeat`), " +
        'Newcombe interval; cannot judge without a floor',
      why: 'a non-deterministic model flips against itself: only flips beyond that floor are the release’s doing',
    },
  ],
  evaluate(rule, input) {
    if (rule.max === null) return [];
    if (!input.comparison) return [noBaselineOutcome(name, 'negative flip rate', rule.max, 'percent')];
    const decision = rule.decision ?? (floorOf(input.noise) ? 'beyond-noise' : 'significant');
    if (decision === 'beyond-noise') return [beyondNoise({ max: rule.max, severity: rule.severity }, input)];
    const { flips } = input.comparison;
    const observed =
      decision === 'point' ? flips.negativeFlipRate : decision === 'significant' ? flips.ciLow : flips.ciHigh;
    const over = observed > rule.max;
    const ci = `${Math.round(input.confidence * 100)}% CI ${percent(flips.ciLow)} to ${percent(flips.ciHigh)}`;
    const status: GateStatus = over ? rule.severity : 'pass';
    // A default-rule warning cannot tell a release's flips from a noisy model's own: say how to.
    const hint =
      over && rule.decision === undefined
        ? '; if the model is not deterministic, `repeats: 2` (or --baseline-repeat) measures its own ' +
          'flips and judges only those beyond them'
        : '';
    const detail =
      `${flips.negative} of ${flips.n} examples the baseline got right are now wrong: negative ` +
      `flip rate ${percent(flips.negativeFlipRate)} (${ci})`;
    return [
      {
        name,
        status,
        message: `${detail}, ${over ? 'above' : 'within'} the ${percent(rule.max)} limit${hint}`,
        target: 'negative flip rate',
        observed: flips.negativeFlipRate,
        limit: rule.max,
        ciLow: flips.ciLow,
        ciHigh: flips.ciHigh,
        pValue: null,
        unit: 'percent',
        decision,
        n: flips.n,
      },
    ];
  },
});
