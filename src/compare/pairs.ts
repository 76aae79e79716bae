import type { LengthUnit } from '../metrics/types.js';
import type { ExampleRecord } from '../snapshot/schema.js';
import type { RecordTable } from '../snapshot/table.js';

/** What the paired statistics read of a record. */
export type PairedRecord = Pick<
  ExampleRecord,
  'id' | 'input' | 'expected' | 'output' | 'prediction' | 'correct' | 'score' | 'length' | 'tags' | 'latencyMs'
>;

export interface Pair {
  baseline: PairedRecord;
  candidate: PairedRecord;
}

/** What the paired statistics take: an array of pairs, or a PairTable. */
export type Pairs = Iterable<Pair> & { readonly length: number };

/**
 * The paired examples, iterated as one Pair read from the two tables' columns: holding them
 * costs 8 B per pair (two row numbers), not two records. The iterator yields the same Pair
 * object at every step, moved to the next rows (a pass over a million pairs allocates
 * nothing): read it, do not keep it.
 */
export class PairTable implements Iterable<Pair> {
  constructor(
    readonly baseline: RecordTable,
    readonly candidate: RecordTable,
    /** Row of each pair in each table, in the candidate's order. */
    readonly baselineRows: Int32Array,
    readonly candidateRows: Int32Array,
  ) {}

  get length(): number {
    return this.candidateRows.length;
  }

  *[Symbol.iterator](): Iterator<Pair> {
    const pair = { baseline: new RecordView(this.baseline, -1), candidate: new RecordView(this.candidate, -1) };
    for (let k = 0; k < this.candidateRows.length; k++) {
      pair.baseline.row = this.baselineRows[k] as number;
      pair.candidate.row = this.candidateRows[k] as number;
      yield pair;
    }
  }

  /** One side's output lengths in `unit`, pair by pair (0 where a record has none), straight from the column: 8 B per pair. */
  lengths(side: 'baseline' | 'candidate', unit: LengthUnit): Float64Array {
    const table = side === 'baseline' ? this.baseline : this.candidate;
    const rows = side === 'baseline' ? this.baselineRows : this.candidateRows;
    const lengths = new Float64Array(rows.length);
    for (let k = 0; k < rows.length; k++) {
      const length = table.lengthIn(rows[k] as number, unit);
      lengths[k] = length === -1 ? 0 : length;
    }
    return lengths;
  }
}

/** One row of a table read as a record, field by field, when asked. */
class RecordView implements PairedRecord {
  constructor(
    private readonly table: RecordTable,
    /** Moved by PairTable's iterator. */
    public row: number,
  ) {}
  get id(): string {
    return this.table.id(this.row);
  }
  get input(): string | undefined {
    return this.table.inputOf(this.row) ?? undefined;
  }
  get expected(): string {
    return this.table.expectedOf(this.row);
  }
  get output(): string | null {
    return this.table.outputOf(this.row);
  }
  get prediction(): string | null {
    return this.table.predictionOf(this.row);
  }
  get correct(): boolean | null {
    return this.table.correctOf(this.row);
  }
  get score(): number | undefined {
    return this.table.scoreOf(this.row);
  }
  get length(): ExampleRecord['length'] {
    return this.table.lengthOf(this.row);
  }
  get tags(): Record<string, string> {
    return this.table.tagsOf(this.row);
  }
  get latencyMs(): number | undefined {
    return this.table.latencyOf(this.row);
  }
}

/** The scored rows of one table (a run without a baseline), read field by field when asked. */
export function* scoredRows(table: RecordTable): Iterable<PairedRecord> {
  for (let row = 0; row < table.size; row++) if (table.correctOf(row) !== null) yield new RecordView(table, row);
}

export interface Pairing {
  /** Shared ids scored on both sides, in the candidate's order. */
  pairs: PairTable;
  onlyInBaseline: number;
  onlyInCandidate: number;
  skippedForErrors: number;
  expectedChanged: number;
}

/**
 * Joins two tables by example id: the basis of every paired figure. One lookup per baseline
 * row in the candidate's id map (in the pipeline, the dataset's own: no second map of a
 * million ids), none when the snapshot reader already looked them up in that map; expected
 * labels compare as pool numbers when the two tables share their label pool (the pipeline's
 * do), as strings otherwise.
 */
export function pairRecords(baseline: RecordTable, candidate: RecordTable): Pairing {
  const candidateRowOf = candidate.rowOfId();
  // The baseline reader's lookups in this same map, when it made them.
  const known = baseline.datasetRows?.of === candidateRowOf ? baseline.datasetRows.rows : null;
  const baselineRowOf = new Int32Array(candidate.size).fill(-1);
  let shared = 0;
  for (let row = 0; row < baseline.size; row++) {
    const match = known ? (known[row] as number) : candidateRowOf.get(baseline.id(row));
    if (match === -1) continue;
    if (match === undefined) continue;
    if (baselineRowOf[match] === -1) shared += 1;
    baselineRowOf[match] = row;
  }
  const sharedLabels = baseline.labels === candidate.labels;
  const baselineRows = new Int32Array(shared);
  const candidateRows = new Int32Array(shared);
  let paired = 0;
  let skippedForErrors = 0;
  let expectedChanged = 0;
  for (let row = 0; row < candidate.size; row++) {
    const previous = baselineRowOf[row] as number;
    if (previous === -1) continue;
    const changed = sharedLabels
      ? baseline.expectedNumber(previous) !== candidate.expectedNumber(row)
      : baseline.expectedOf(previous) !== candidate.expectedOf(row);
    if (changed) expectedChanged += 1;
    if (baseline.correctOf(previous) === null || candidate.correctOf(row) === null) skippedForErrors += 1;
    else {
      baselineRows[paired] = previous;
      candidateRows[paired] = row;
      paired += 1;
    }
  }
  return {
    pairs: new PairTable(baseline, candidate, baselineRows.subarray(0, paired), candidateRows.subarray(0, paired)),
    onlyInBaseline: baseline.size - shared,
    onlyInCandidate: candidate.size - shared,
    skippedForErrors,
    expectedChanged,
  };
}
