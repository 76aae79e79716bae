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

/**
 * Every flip, regressions first, then improvements; within each, the biggest score change first, then by id.
 * `input` is read when asked for (a getter): a million-row run's inputs may be in the dataset
 * file, and the HTML shows only the first MAX_HTML_FLIPS.
 */
export function flipRows(baseline: SnapshotTable, candidate: SnapshotTable): FlipRow[] {
  const rows: FlipRow[] = [];
  const { pairs } = pairRecords(baseline.records, candidate.records);
  for (let k = 0; k < pairs.length; k++) {
    const beforeRow = pairs.baselineRows[k] as number;
    const afterRow = pairs.candidateRows[k] as number;
    const before = pairs.baseline;
    const after = pairs.candidate;
    const wasRight = before.correctOf(beforeRow);
    if (wasRight === after.correctOf(afterRow)) continue;
    const beforeScore = before.scoreOf(beforeRow);
    const afterScore = after.scoreOf(afterRow);
    rows.push({
      id: after.id(afterRow),
      direction: wasRight ? 'regressed' : 'improved',
      get input() {
        return after.inputOf(afterRow) ?? before.inputOf(beforeRow) ?? null;
      },
      expected: after.expectedOf(afterRow),
      baselineOutput: before.outputOf(beforeRow) ?? '',
      candidateOutput: after.outputOf(afterRow) ?? '',
      baselinePrediction: before.predictionOf(beforeRow) ?? '',
      candidatePrediction: after.predictionOf(afterRow) ?? '',
      scoreChange: afterScore === undefined || beforeScore === undefined ? null : afterScore - beforeScore,
      tags: after.tagsOf(afterRow),
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
