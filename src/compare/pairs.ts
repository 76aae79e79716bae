import type { ExampleRecord, Snapshot } from '../snapshot/schema.js';

export interface Pair {
  baseline: ExampleRecord;
  candidate: ExampleRecord;
}

export interface Pairing {
  /** Shared ids scored on both sides, in the candidate's order. */
  pairs: Pair[];
  onlyInBaseline: number;
  onlyInCandidate: number;
  skippedForErrors: number;
  expectedChanged: number;
}

/** Joins two snapshots by example id: the basis of every paired figure. */
export function pairRecords(baseline: Snapshot, candidate: Snapshot): Pairing {
  const baselineById = new Map(baseline.records.map((record) => [record.id, record]));
  const pairs: Pair[] = [];
  let onlyInCandidate = 0;
  let skippedForErrors = 0;
  let expectedChanged = 0;
  let shared = 0;
  for (const record of candidate.records) {
    const previous = baselineById.get(record.id);
    if (!previous) {
      onlyInCandidate += 1;
      continue;
    }
    shared += 1;
    if (previous.expected !== record.expected) expectedChanged += 1;
    if (previous.correct === null || record.correct === null) skippedForErrors += 1;
    else pairs.push({ baseline: previous, candidate: record });
  }
  return { pairs, onlyInBaseline: baseline.records.length - shared, onlyInCandidate, skippedForErrors, expectedChanged };
}
