import { z } from 'zod';
import { percent } from '../format.js';
import type { ResourceUse } from '../resources/types.js';
import type { RuleInput } from './evaluate.js';
import { severity } from './options.js';
import { defineRule } from './rule.js';
import type { RuleOutcome } from './types.js';

export interface ResourcePair {
  baseline: ResourceUse | null;
  candidate: ResourceUse | null;
}

const mebibyte = 1024 * 1024;

function rise(
  name: string,
  what: string,
  before: number,
  after: number,
  limit: number,
  shown: (value: number) => string,
  severity: 'warn' | 'fail',
): RuleOutcome {
  const relative = before > 0 ? (after - before) / before : after > 0 ? Number.POSITIVE_INFINITY : 0;
  const over = relative > limit;
  const change =
    `${what} ${shown(before)} → ` +
    `${shown(after)}${Number.isFinite(relative) ? ` (${relative >= 0 ? '+' : '−'}${percent(Math.abs(relative))})` : ''}`;
  return {
    name,
    status: over ? severity : 'pass',
    message: `${change}, ${over ? 'above' : 'within'} the +${percent(limit)} limit`,
  };
}

/** `gates.resources`: relative rises of a command model's peak memory and CPU time over the baseline's. */
const schema = z
  .object({
    peakMemoryMaxIncrease: z.number().min(0).nullable().default(0.5),
    cpuMaxIncrease: z.number().min(0).nullable().default(0.5),
    severity: severity('warn'),
  })
  .strict()
  .prefault({});

function judge(rule: z.output<typeof schema>, _input: RuleInput, resources: ResourcePair | undefined): RuleOutcome[] {
  // Only command models are measured; with nothing on either side there is nothing to say.
  if (!resources?.candidate || !resources.baseline) return [];
  const { baseline, candidate } = resources;
  const outcomes: RuleOutcome[] = [];
  if (rule.peakMemoryMaxIncrease !== null) {
    outcomes.push(
      rise(
        'resources.peakMemoryMaxIncrease',
        'peak memory',
        baseline.peakRssBytes,
        candidate.peakRssBytes,
        rule.peakMemoryMaxIncrease,
        (bytes) => `${(bytes / mebibyte).toFixed(0)} MiB`,
        rule.severity,
      ),
    );
  }
  if (rule.cpuMaxIncrease !== null) {
    outcomes.push(
      rise(
        'resources.cpuMaxIncrease',
        'CPU time',
        baseline.cpuSeconds,
        candidate.cpuSeconds,
        rule.cpuMaxIncrease,
        (seconds) => `${seconds.toFixed(2)} s`,
        rule.severity,
      ),
    );
  }
  return outcomes;
}

export const resourceRule = defineRule({
  key: 'resources',
  schema,
  docs: [
    {
      name: 'resources.peakMemoryMaxIncrease',
      defaults: '`0.5`, warn',
      judges:
        "a command model's peak resident memory (process and children) against the baseline's, as a relative increase",
      why: 'a model that needs half as much memory again may no longer fit its machine; a warning, since one run is one sample',
    },
    {
      name: 'resources.cpuMaxIncrease',
      defaults: '`0.5`, warn',
      judges: "a command model's CPU seconds against the baseline's, as a relative increase",
      why: 'CPU time is cost and latency under load; a warning, since runners differ from run to run',
    },
  ],
  evaluate: (rule, input) => judge(rule, input, input.resources),
});
