import type { AnomalySummary } from '../anomaly/detect.js';
import type { NoiseFloor } from '../compare/self-flips.js';
import type { Comparison } from '../compare/types.js';
import type { CumulativeReference } from '../history/types.js';
import type { TaskMetrics } from '../metrics/types.js';
import type { RunCost } from './cost-rule.js';
import { GATE_RULES, type GatesConfig } from './registry.js';
import type { ResourcePair } from './resource-rules.js';
import { type GateResult, worstStatus } from './types.js';

/** What a rule judges besides its own config section (rules never read each other's settings). */
export interface RuleInput {
  alpha: number;
  confidence: number;
  candidate: TaskMetrics;
  comparison: Comparison | null;
  /** The candidate's latency summary (results.json `summary.latencyMs`), for budgets that need no baseline. */
  latency?: { p95: number } | null;
  /** Each side's cost from its token usage and pricing (cost-rule.ts runCost); absent: unknown. */
  cost?: { candidate: RunCost | null; baseline: RunCost | null };
  /** Absent: not measured (the rule is left out); null: measured nothing (the rule says why). */
  anomalies?: AnomalySummary | null;
  resources?: ResourcePair;
  cumulative?: CumulativeReference | null;
  /** Self-flips of each side (`repeats`, `--baseline-repeat`); absent or null: no floor measured. */
  noise?: NoiseFloor | null;
}

export interface GateInput extends RuleInput {
  gates: GatesConfig;
}

/** Every registered rule → structured outcomes (pass / warn / fail with their numbers); the verdict is the worst. */
export function evaluateGates(input: GateInput): GateResult {
  const gates = GATE_RULES.flatMap((rule) => rule.judge(input.gates, input));
  return { verdict: worstStatus(gates.map((gate) => gate.status)), gates };
}
