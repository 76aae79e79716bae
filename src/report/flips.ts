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
 * The flips, regressions first, then improvements; within each, the biggest score change
 * first, then by id; the first `limit` of them. One pass keeps each flip's pair number (4 B
 * per flip, tens of thousands on a million rows); only the listed ones become objects, and
 * their `input` is read when asked for (a getter: a million-row run's inputs are in the
 * dataset file).
 */
export function flipRows(
  baseline: SnapshotTable,
  candidate: SnapshotTable,
  limit = Number.POSITIVE_INFINITY,
): FlipRow[] {
  const { pairs } = pairRecords(baseline.records, candidate.records);
  const before = pairs.baseline;
  const after = pairs.candidate;
  const flips: number[] = [];
  for (let k = 0; k < pairs.length; k++)
    if (before.correctOf(pairs.baselineRows[k] as number) !== after.correctOf(pairs.candidateRows[k] as number))
      flips.push(k);
  const regressed = (k: number) => before.correctOf(pairs.baselineRows[k] as number) === true;
  const change = (k: number) => {
    const beforeScore = before.scoreOf(pairs.baselineRows[k] as number);
    const afterScore = after.scoreOf(pairs.candidateRows[k] as number);
    return afterScore === undefined || beforeScore === undefined ? null : afterScore - beforeScore;
  };
  const id = (k: number) => after.id(pairs.candidateRows[k] as number);
  flips.sort((x, y) => {
    const direction = (regressed(x) ? 0 : 1) - (regressed(y) ? 0 : 1);
    if (direction !== 0) return direction;
    const size = Math.abs(change(y) ?? 0) - Math.abs(change(x) ?? 0);
    if (size !== 0) return size;
    return id(x) < id(y) ? -1 : id(x) > id(y) ? 1 : 0;
  });
  return flips.slice(0, Math.min(flips.length, limit)).map((k) => {
    const beforeRow = pairs.baselineRows[k] as number;
    const afterRow = pairs.candidateRows[k] as number;
    return {
      id: after.id(afterRow),
      direction: regressed(k) ? 'regressed' : 'improved',
      get input() {
        return after.inputOf(afterRow) ?? before.inputOf(beforeRow) ?? null;
      },
      expected: after.expectedOf(afterRow),
      baselineOutput: before.outputOf(beforeRow) ?? '',
      candidateOutput: after.outputOf(afterRow) ?? '',
      baselinePrediction: before.predictionOf(beforeRow) ?? '',
      candidatePrediction: after.predictionOf(afterRow) ?? '',
      scoreChange: change(k),
      tags: after.tagsOf(afterRow),
    };
  });
}
