import type { MetricDelta } from '../compare/types.js';

/** One accepted snapshot in the trend (report.json `history[]`, oldest first). */
export interface HistoryPoint {
  /** `release:<tag>`, or `candidate` for this run. */
  ref: string;
  createdAt: string;
  accuracy: number;
  macroF1: number | null;
  n: number;
}

/** The candidate against the anchor release or the best of the history, paired on shared examples. */
export type CumulativeReference =
  | {
      status: 'compared';
      against: 'anchor' | 'best';
      ref: string;
      paired: number;
      accuracy: MetricDelta;
      macroF1: MetricDelta | null;
    }
  /** The rule could not judge: no earlier snapshot, the anchor not found, no shared examples. */
  | { status: 'unavailable'; against: 'anchor' | 'best'; reason: string; expected: boolean };
