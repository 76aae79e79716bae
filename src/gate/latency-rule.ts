import { z } from 'zod';
import { number, percent } from '../format.js';
import { decision, severity } from './options.js';
import { defineRule } from './rule.js';
import type { GateStatus, RuleOutcome } from './types.js';

const ms = (value: number) => `${number(value, 0)} ms`;

export const latencyRule = defineRule({
  key: 'latency',
  schema: z
    .object({
      /** Largest allowed p95 increase, as a share of the baseline's p95 (0.2 = 20% slower). */
      p95MaxIncrease: z.number().min(0).nullable().default(null),
      /** Largest allowed p95 of the candidate, in ms, baseline or not. */
      p95Max: z.number().positive().nullable().default(null),
      severity: severity('warn'),
      decision: decision(),
    })
    .strict()
    .prefault({}),
  docs: [
    {
      name: 'latency.p95MaxIncrease',
      defaults: 'off; warn, significant when set',
      judges:
        "the paired change in p95 latency as a share of the baseline's p95, with a paired bootstrap interval " +
        '(`significant`: its low end must be above 0)',
      why:
        'off: latency depends on the machine, and a baseline timed on another runner is no baseline; the ' +
        'interval keeps a noisy tail from failing the job',
    },
    {
      name: 'latency.p95Max',
      defaults: 'off',
      judges: "the candidate's p95 latency in ms, baseline or not",
      why: 'a budget is yours to set; the run has no way to know it',
    },
  ],
  evaluate(rule, input) {
    const outcomes: RuleOutcome[] = [];
    const candidateP95 = input.comparison?.latency?.candidateP95 ?? input.latency?.p95 ?? null;
    if (rule.p95Max !== null && candidateP95 !== null) {
      const over = candidateP95 > rule.p95Max;
      outcomes.push({
        name: 'latency.p95Max',
        status: over ? rule.severity : 'pass',
        message: `p95 latency ${ms(candidateP95)} ${over ? 'is above' : 'is within'} the ${ms(rule.p95Max)} budget`,
        target: 'p95 latency (ms)',
        observed: candidateP95,
        limit: rule.p95Max,
        decision: 'point',
      });
    }
    const shift = input.comparison?.latency;
    if (rule.p95MaxIncrease === null) return outcomes;
    const name = 'latency.p95MaxIncrease';
    if (!shift || shift.baselineP95 <= 0) {
      const why = input.comparison
        ? 'not timed on both sides (a predictions file carries no latency)'
        : 'no baseline yet: nothing to regress from';
      outcomes.push({
        name,
        status: 'pass',
        message: `p95 latency: ${why}`,
        target: 'p95 latency',
        observed: null,
        limit: rule.p95MaxIncrease,
        unit: 'percent',
      });
      return outcomes;
    }
    // The interval of the share divides the ms interval by the baseline's observed p95.
    const scale = shift.baselineP95;
    const observed = shift.p95Delta / scale;
    const [low, high] = [shift.p95DeltaCiLow / scale, shift.p95DeltaCiHigh / scale];
    let status: GateStatus = 'pass';
    let why = `within the ${percent(rule.p95MaxIncrease)} limit`;
    if (rule.decision === 'interval') {
      if (high > rule.p95MaxIncrease)
        [status, why] = [
          rule.severity,
          `the interval reaches an increase of more than ${percent(rule.p95MaxIncrease)}`,
        ];
    } else if (observed > rule.p95MaxIncrease) {
      if (rule.decision === 'point' || low > 0)
        [status, why] = [rule.severity, `an increase of more than ${percent(rule.p95MaxIncrease)}`];
      else
        [status, why] = [
          'warn',
          `more than ${percent(rule.p95MaxIncrease)}, but the interval includes no change: may be noise`,
        ];
    }
    const ci = `${Math.round(input.confidence * 100)}% CI ${percent(low)} to ${percent(high)}, paired bootstrap`;
    outcomes.push({
      name,
      status,
      message:
        `p95 latency ${ms(shift.baselineP95)} → ${ms(shift.candidateP95)}, ` +
        `${observed >= 0 ? '+' : ''}${percent(observed)} (${ci}, ${shift.n} examples): ${why}`,
      target: 'p95 latency',
      observed,
      limit: rule.p95MaxIncrease,
      delta: shift.p95Delta,
      ciLow: low,
      ciHigh: high,
      pValue: null,
      unit: 'percent',
      decision: rule.decision,
      n: shift.n,
    });
    return outcomes;
  },
});
