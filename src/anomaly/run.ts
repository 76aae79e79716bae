import type { SnapshotTable } from '../snapshot/table.js';
import { type AnomalySummary, detectAnomalies } from './detect.js';
import { observationsOf } from './observations.js';
import { type AnomalyReport, anomalyReport } from './report.js';

export interface SnapshotAnomalies {
  summary: AnomalySummary | null;
  report: AnomalyReport | null;
}

/** The detector on two snapshots' outputs, with the listed examples' inputs (from the records) for the report. */
export function snapshotAnomalies(
  baseline: SnapshotTable,
  candidate: SnapshotTable,
  options: { seed: number; contamination: number; confidence: number; top: number },
): SnapshotAnomalies {
  const candidateObservations = observationsOf(candidate.records);
  const summary = detectAnomalies(observationsOf(baseline.records), candidateObservations, options);
  if (!summary) return { summary: null, report: null };
  const listed = new Set(summary.top.map((example) => example.id));
  // The records keep each example's input (shortened, see snapshot/records.ts): the report shows it.
  const rowOf = candidate.records.rowOfId();
  const inputs = new Map([...listed].map((id) => [id, candidate.records.inputOf(rowOf.get(id) ?? -1) ?? ''] as const));
  const outputs = new Map(
    candidateObservations
      .filter((observation) => listed.has(observation.id))
      .map((observation) => [observation.id, observation.output]),
  );
  return { summary, report: anomalyReport(summary, inputs, outputs) };
}
