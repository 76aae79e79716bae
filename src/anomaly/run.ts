import type { Example } from '../dataset/types.js';
import type { Snapshot } from '../snapshot/schema.js';
import { detectAnomalies, type AnomalySummary } from './detect.js';
import { observationsOf } from './observations.js';
import { anomalyReport, type AnomalyReport } from './report.js';

export interface SnapshotAnomalies {
  summary: AnomalySummary | null;
  report: AnomalyReport | null;
}

/** The detector on two snapshots' outputs, with the listed examples' inputs for the report. */
export function snapshotAnomalies(
  baseline: Snapshot,
  candidate: Snapshot,
  examples: readonly Example[],
  options: { seed: number; contamination: number; confidence: number; top: number },
): SnapshotAnomalies {
  const candidateObservations = observationsOf(candidate.records);
  const summary = detectAnomalies(observationsOf(baseline.records), candidateObservations, options);
  if (!summary) return { summary: null, report: null };
  const listed = new Set(summary.top.map((example) => example.id));
  const inputs = new Map(examples.filter((example) => listed.has(example.id)).map((example) => [example.id, typeof example.input === 'string' ? example.input : JSON.stringify(example.input)]));
  const outputs = new Map(candidateObservations.filter((observation) => listed.has(observation.id)).map((observation) => [observation.id, observation.output]));
  return { summary, report: anomalyReport(summary, inputs, outputs) };
}
