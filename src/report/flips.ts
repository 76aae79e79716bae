import { pairRecords } from '../compare/pairs.js';
import type { SnapshotTable } from '../snapshot/table.js';

/** One example whose right/wrong changed between the releases, with everything to judge it. */
export interface FlipRow {
  id: string;
  direction: 'regressed' | 'improved';
  /** null for snapshots written before records kept their input. */
  input: string | null;
  expected: string;
  baselineOutput: string;
  candidateOutput: string;
  baselinePrediction: string;
  candidatePrediction: string;
  /** Candidate − baseline token F1 (generation); null for classification. */
  scoreChange: number | null;
  tags: Record<string, string>;
}

/** report.html lists at most this many flips (regressions first): its size follows the texts. */
export const MAX_HTML_FLIPS = 5000;

/** Every flip, regressions first, then improvements; within each, the biggest score change first, then by id. */
export function flipRows(baseline: SnapshotTable, candidate: SnapshotTable): FlipRow[] {
  const rows: FlipRow[] = [];
  for (const { baseline: before, candidate: after } of pairRecords(baseline.records, candidate.records).pairs) {
    if (before.correct === after.correct) continue;
    rows.push({
      id: after.id,
      direction: before.correct ? 'regressed' : 'improved',
      input: after.input ?? before.input ?? null,
      expected: after.expected,
      baselineOutput: before.output ?? '',
      candidateOutput: after.output ?? '',
      baselinePrediction: before.prediction ?? '',
      candidatePrediction: after.prediction ?? '',
      scoreChange: after.score === undefined || before.score === undefined ? null : after.score - before.score,
      tags: after.tags,
    });
  }
  const order = { regressed: 0, improved: 1 };
  return rows.sort(
    (x, y) =>
      order[x.direction] - order[y.direction] ||
      Math.abs(y.scoreChange ?? 0) - Math.abs(x.scoreChange ?? 0) ||
      (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  );
}
