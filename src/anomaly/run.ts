import type { RecordTable, SnapshotTable } from '../snapshot/table.js';
import { seededRandom } from '../stats/random.js';
import { type AnomalySummary, detectAnomalies } from './detect.js';
import type { OutputObservation } from './features.js';
import { observationOfRow } from './observations.js';
import { type AnomalyReport, anomalyReport } from './report.js';

export interface SnapshotAnomalies {
  summary: AnomalySummary | null;
  report: AnomalyReport | null;
}

/**
 * Above this many candidate examples the detector runs on a seeded sample of this many, paired
 * by id (the same examples on both sides). Its features are a Float64Array per output and its
 * forest scores each one 100 times: on a million rows that is hundreds of MB and most of the
 * run's time, and a rate measured on 20,000 pairs is within about ±0.4 points of the whole
 * (95%, at a 5% rate). The report says when it sampled.
 */
export const ANOMALY_SAMPLE_SIZE = 20_000;

/** `size` distinct rows of `0..total-1`, ascending: seeded partial Fisher–Yates. */
function sampleRows(total: number, size: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const rows = new Int32Array(total);
  for (let row = 0; row < total; row++) rows[row] = row;
  for (let k = 0; k < size; k++) {
    const pick = k + Math.floor(random.uniform() * (total - k));
    const chosen = rows[pick] as number;
    rows[pick] = rows[k] as number;
    rows[k] = chosen;
  }
  return rows.slice(0, size).sort();
}

/** Observations of the given rows (all rows when null), errors left out. */
function observationsOfRows(table: RecordTable, rows: Iterable<number> | null): OutputObservation[] {
  const observations: OutputObservation[] = [];
  const add = (row: number) => {
    const observation = observationOfRow(table, row);
    if (observation) observations.push(observation);
  };
  if (rows === null) for (let row = 0; row < table.size; row++) add(row);
  else for (const row of rows) add(row);
  return observations;
}

/** The detector on two snapshots' outputs, with the listed examples' inputs (from the records) for the report. */
export function snapshotAnomalies(
  baseline: SnapshotTable,
  candidate: SnapshotTable,
  options: { seed: number; contamination: number; confidence: number; top: number },
): SnapshotAnomalies {
  const sampled = candidate.records.size > ANOMALY_SAMPLE_SIZE;
  let baselineObservations: OutputObservation[];
  let candidateObservations: OutputObservation[];
  if (sampled) {
    const candidateRows = sampleRows(candidate.records.size, ANOMALY_SAMPLE_SIZE, options.seed);
    const chosen = new Map<string, number>();
    for (const row of candidateRows) chosen.set(candidate.records.id(row), row);
    // The baseline's rows of the same examples, in the baseline's order.
    const baselineRows: number[] = [];
    for (let row = 0; row < baseline.records.size; row++)
      if (chosen.has(baseline.records.id(row))) baselineRows.push(row);
    baselineObservations = observationsOfRows(baseline.records, baselineRows);
    candidateObservations = observationsOfRows(candidate.records, candidateRows);
  } else {
    baselineObservations = observationsOfRows(baseline.records, null);
    candidateObservations = observationsOfRows(candidate.records, null);
  }
  const detected = detectAnomalies(baselineObservations, candidateObservations, options);
  if (!detected) return { summary: null, report: null };
  const summary: AnomalySummary = sampled
    ? { ...detected, sampledFrom: { baseline: baseline.records.size, candidate: candidate.records.size } }
    : detected;
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
