import { percent } from '../format.js';
import type { ResourceUse } from '../resources/types.js';
import type { GateInput } from './evaluate.js';
import type { GateOutcome } from './types.js';

export interface ResourcePair {
  baseline: ResourceUse | null;
  candidate: ResourceUse | null;
}

const mebibyte = 1024 * 1024;

function rise(name: string, what: string, before: number, after: number, limit: number, shown: (value: number) => string, severity: 'warn' | 'fail'): GateOutcome {
  const relative = before > 0 ? (after - before) / before : after > 0 ? Number.POSITIVE_INFINITY : 0;
  const over = relative > limit;
  const change = `${what} ${shown(before)} → ${shown(after)}${Number.isFinite(relative) ? ` (${relative >= 0 ? '+' : '−'}${percent(Math.abs(relative))})` : ''}`;
  return { name, status: over ? severity : 'pass', message: `${change}, ${over ? 'above' : 'within'} the +${percent(limit)} limit` };
}

/** `gates.resources`: relative rises of a command model's peak memory and CPU time over the baseline's. */
export function resourceRules(input: GateInput, resources: ResourcePair | undefined): GateOutcome[] {
  const rule = input.gates.resources;
  // Only command models are measured; with nothing on either side there is nothing to say.
  if (!resources?.candidate || !resources.baseline) return [];
  const { baseline, candidate } = resources;
  const outcomes: GateOutcome[] = [];
  if (rule.peakMemoryMaxIncrease !== null) {
    outcomes.push(rise('resources.peakMemoryMaxIncrease', 'peak memory', baseline.peakRssBytes, candidate.peakRssBytes, rule.peakMemoryMaxIncrease, (bytes) => `${(bytes / mebibyte).toFixed(0)} MiB`, rule.severity));
  }
  if (rule.cpuMaxIncrease !== null) {
    outcomes.push(rise('resources.cpuMaxIncrease', 'CPU time', baseline.cpuSeconds, candidate.cpuSeconds, rule.cpuMaxIncrease, (seconds) => `${seconds.toFixed(2)} s`, rule.severity));
  }
  return outcomes;
}
