import type { AnomalyReport } from '../anomaly/report.js';
import type { NoiseFloor } from '../compare/self-flips.js';
import type { Comparison } from '../compare/types.js';
import type { Acceptance } from '../gate/acceptance.js';
import type { BaselineOrigin } from '../gate/missing-baseline.js';
import type { GateOutcome, Verdict } from '../gate/types.js';
import type { HistoryPoint } from '../history/types.js';
import type { LabelSource } from '../metrics/label-set.js';
import type { ClassScores, InvalidOutputs, LengthUnit, ScorerName } from '../metrics/types.js';
import type { ResourceUse } from '../resources/types.js';
import type { ConfusionCells } from './confusion.js';
import type { LengthDistribution } from './distribution.js';

/** One side of the comparison as report.json shows it (the documented, stable names). */
export interface ModelSummary {
  model: { type: string; name: string };
  /** When and at which commit this side's snapshot was made. */
  createdAt: string;
  gitSha: string | null;
  /** Examples scored (errors excluded). */
  n: number;
  errors: number;
  accuracy: number;
  /** Classification only; null for generation. */
  macroF1: number | null;
  microF1: number | null;
  weightedF1: number | null;
  /** Generation only; null for classification. */
  exactMatch: number | null;
  tokenF1: number | null;
  /** Generation: the scorer (config `scoring.scorer`), its pass rate and mean score; null for classification. */
  scorer: ScorerName | null;
  passRate: number | null;
  score: number | null;
  perClass: Record<string, ClassScores>;
  /** Classification: outputs that map to no label (see README "Invalid outputs"); null for generation. */
  invalid: InvalidOutputs | null;
  /** The most frequent invalid outputs, as scored (normalised). */
  invalidExamples: { prediction: string; count: number }[];
  /** Classification: where the label set came from; null for generation. */
  labelSource: LabelSource | null;
  outputLength: { unit: LengthUnit; mean: number; median: number; p90: number; p99: number };
  latencyMs: { p50: number; p95: number; p99: number; mean: number } | null;
  usage: { promptTokens: number; completionTokens: number } | null;
  /** usage × the model config's `pricing`, in its currency; null without both. */
  cost: number | null;
  /** Command models: CPU, peak memory, start-up (README "Resource use"); null when not measured. */
  resources: ResourceUse | null;
}

/** report.json: documented in README "report.json"; bump `reportVersion` on breaking changes. */
export interface GateReport {
  reportVersion: 1;
  /** `accepted`: the rules failed and a reviewer accepted it (see `accepted`). */
  verdict: Verdict;
  task: 'classification' | 'generation';
  createdAt: string;
  gitSha: string | null;
  /** The gate that wrote the candidate snapshot. */
  tool: { name: string; version: string };
  dataset: { path: string; fingerprint: string; n: number };
  candidate: ModelSummary;
  baseline: ModelSummary | null;
  /** Where the baseline came from, or why there is none (`status`), and how old it is. */
  baselineSource: BaselineOrigin & { ageDays: number | null };
  /** Who accepted this run's failure with the PR label, and when; null unless the verdict is `accepted`. */
  accepted: Acceptance | null;
  comparison: Comparison | null;
  gates: GateOutcome[];
  /** Output lengths of both releases (the paired examples when there is a baseline). */
  outputLengths: LengthDistribution | null;
  /** Classification only: occupied confusion cells of both releases on the same examples. */
  confusion: ConfusionCells | null;
  /** Things a reviewer must not miss: a changed dataset, a dataset too small for its gates, errors. */
  warnings: string[];
  /** Context: no baseline yet, where the baseline came from. */
  notes: string[];
  /** Anomalous outputs against the baseline's (README "Anomalous outputs"); null without a detector run. */
  anomalies: AnomalyReport | null;
  /** The last accepted snapshots and this run, oldest first (README "Trend across releases"). */
  history: HistoryPoint[];
  /**
   * The model's own noise (README "The model's own noise"): each side's self-flips over its
   * `repeats` (or the baseline given twice); null when nothing was repeated.
   */
  noise: NoiseFloor | null;
}
