import { type CompareOptions, compareTables } from '../compare/compare.js';
import type { SnapshotTable } from '../snapshot/table.js';
import type { CumulativeReference, HistoryPoint } from './types.js';

/** An accepted snapshot of an earlier release, as the GitHub side fetched it. */
export interface HistoricalSnapshot {
  /** `release:<tag>`. */
  ref: string;
  createdAt: string;
  snapshot: SnapshotTable;
}

export interface ReleaseHistory {
  /** The last accepted snapshots, newest first. */
  recent: HistoricalSnapshot[];
  /** The `gates.cumulativeDrop.anchor` release, or null when it has no readable snapshot. */
  anchor: HistoricalSnapshot | null;
  /** Set when the releases could not be listed (a missing permission, an outage): the rule warns. */
  unavailable?: string;
}

function macroF1Of(snapshot: SnapshotTable): number | null {
  const metrics = snapshot.header.summary.metrics;
  return metrics.task === 'classification' ? metrics.macroF1 : null;
}

function pointOf(ref: string, createdAt: string, snapshot: SnapshotTable): HistoryPoint {
  const { summary } = snapshot.header;
  return { ref, createdAt, accuracy: summary.metrics.accuracy, macroF1: macroF1Of(snapshot), n: summary.scored };
}

/** report.json `history[]`: the earlier releases oldest first, then this run as `candidate`. */
export function trendOf(history: ReleaseHistory, candidate: SnapshotTable): HistoryPoint[] {
  const earlier = [...history.recent].reverse().map((entry) => pointOf(entry.ref, entry.createdAt, entry.snapshot));
  return [...earlier, pointOf('candidate', candidate.header.createdAt, candidate)];
}

/**
 * What `gates.cumulativeDrop` compares with: the anchor release, or the recent release with the
 * best accuracy; paired on the shared examples by the baseline comparison's own statistics.
 */
export function cumulativeReference(
  history: ReleaseHistory,
  candidate: SnapshotTable,
  rule: { against: 'anchor' | 'best'; anchor: string | null },
  options: CompareOptions,
): CumulativeReference | null {
  if (history.unavailable)
    return { status: 'unavailable', against: rule.against, reason: history.unavailable, expected: true };
  let reference: HistoricalSnapshot | null;
  if (rule.against === 'anchor') {
    reference = history.anchor;
    if (!reference)
      return {
        status: 'unavailable',
        against: 'anchor',
        reason: `the anchor ${rule.anchor ?? '(unset)'} has no readable snapshot: cannot judge the drop since it`,
        expected: true,
      };
  } else {
    if (history.recent.length === 0) return null;
    reference = history.recent.reduce((best, entry) =>
      entry.snapshot.header.summary.metrics.accuracy > best.snapshot.header.summary.metrics.accuracy ? entry : best,
    );
  }
  if (reference.snapshot.header.task !== candidate.header.task) {
    return {
      status: 'unavailable',
      against: rule.against,
      reason: `${reference.ref} is a ${reference.snapshot.header.task} snapshot, this run is ${candidate.header.task}`,
      expected: true,
    };
  }
  const comparison = compareTables(reference.snapshot, candidate, options);
  if (!comparison)
    return {
      status: 'unavailable',
      against: rule.against,
      reason: `${reference.ref} shares no scored example with this run`,
      expected: true,
    };
  return {
    status: 'compared',
    against: rule.against,
    ref: reference.ref,
    paired: comparison.paired,
    accuracy: comparison.accuracy,
    macroF1: comparison.macroF1,
  };
}
