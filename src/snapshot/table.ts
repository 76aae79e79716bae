import type { InputTexts } from '../dataset/inputs.js';
import type { ExampleRecord, Snapshot, SnapshotHeader } from './schema.js';

/** Each distinct string once, numbered: labels, outputs and errors repeat across a million rows. */
export class StringPool {
  readonly values: string[] = [];
  private readonly numbers = new Map<string, number>();

  intern(value: string): number {
    let number = this.numbers.get(value);
    if (number === undefined) {
      number = this.values.length;
      this.values.push(value);
      this.numbers.set(value, number);
    }
    return number;
  }

  get(number: number): string {
    return this.values[number] as string;
  }
}

/**
 * The records of one snapshot as columns. Per example: the id (a reference, 8 B, to a string
 * usually shared with the dataset's ids), 4 B each for expected, output, prediction, error and
 * tags (numbers into pools: a repeated output is stored once), 1 B for correct, 12 B for the
 * three lengths: 41 B, plus 8 B for a reference to the input's text (up to
 * MAX_RECORD_INPUT_CHARS, kept for the report's regressions; the candidate's and a matching
 * baseline's are the dataset's own strings); plus 8 B for a score (generation), 8 B for
 * latency and 16 B for usage, each only in tables that have any (a predictions file has none
 * of the three).
 * Against 400–600 B for the same record as a JavaScript object with its nested objects.
 * Absent values: -1 in pooled and length columns, NaN in float columns.
 */
export class RecordTable {
  size = 0;
  readonly ids: string[];
  /** Rows are the given ids' (the dataset's order), filled by `put`; otherwise appended by `push`. */
  private readonly fixedRows: boolean;
  // Typed columns, all of one capacity, grown together (doubling) before a row is written.
  private capacity = 0;
  private expected = new Int32Array(0);
  private output = new Int32Array(0);
  private prediction = new Int32Array(0);
  private error = new Int32Array(0);
  private tags = new Int32Array(0);
  // Inputs are not pooled: each example has its own (a Map of a million distinct inputs would
  // cost more than the texts), and a candidate's are the dataset's own strings. No column until
  // a row has one.
  private inputs: (string | undefined)[] | null = null;
  private correct = new Int8Array(0);
  // Optional numbers: no column (0 B) until a row has one, then NaN where absent.
  private score: Float64Array | null = null;
  private chars = new Int32Array(0);
  private words = new Int32Array(0);
  private tokens = new Int32Array(0);
  private latency: Float64Array | null = null;
  private promptTokens: Float64Array | null = null;
  private completionTokens: Float64Array | null = null;
  private readonly tagSets: Record<string, string>[] = [];
  private readonly tagSetNumbers = new Map<string, number>();
  private emptyTagSet = -1;
  private rowOfIdMap: Map<string, number> | null;
  /**
   * The row in a dataset's id map (`of`) of each record, -1 for an id it lacks: set by the
   * snapshot reader, which looked every id up already, so pairing need not look them up again.
   */
  datasetRows: { of: ReadonlyMap<string, number>; rows: Int32Array } | null = null;
  /**
   * Where rows without an input of their own find it: the dataset's inputs, at the row's own
   * number (a table of the dataset's rows) or at `datasetRows` (a baseline read with
   * `datasetInputs`). What lets a million-row table hold no input text.
   */
  private datasetInputs: { texts: InputTexts; byDatasetRow: boolean } | null = null;

  /**
   * `labels` pools expected answers and predictions (shared by the two sides of a comparison,
   * so their numbers compare directly); `texts` pools outputs and error messages.
   */
  constructor(
    readonly labels: StringPool = new StringPool(),
    readonly texts: StringPool = new StringPool(),
    rows?: { ids: string[]; rowOfId: Map<string, number> },
  ) {
    this.fixedRows = rows !== undefined;
    this.ids = rows?.ids ?? [];
    this.rowOfIdMap = rows?.rowOfId ?? null;
    this.size = rows?.ids.length ?? 0;
    this.reserve(this.size);
  }

  private tagSetNumber(tags: Record<string, string>): number {
    // Most datasets have no tags: skip building a key for the empty set.
    let empty = true;
    for (const _ in tags) {
      empty = false;
      break;
    }
    if (empty && this.emptyTagSet !== -1) return this.emptyTagSet;
    const key = JSON.stringify(Object.entries(tags));
    let number = this.tagSetNumbers.get(key);
    if (number === undefined) {
      number = this.tagSets.length;
      this.tagSets.push(tags);
      this.tagSetNumbers.set(key, number);
      if (empty) this.emptyTagSet = number;
    }
    return number;
  }

  private setInput(row: number, input: string | undefined): void {
    if (input === undefined && !this.inputs) return;
    this.inputs ??= [];
    this.inputs[row] = input;
  }

  private nanColumn(): Float64Array {
    return new Float64Array(this.capacity).fill(Number.NaN);
  }

  private reserve(rows: number): void {
    if (rows <= this.capacity) return;
    const size = Math.max(rows, 16, this.capacity * 2);
    const grow = <T extends Int32Array | Float64Array | Int8Array>(column: T, make: (size: number) => T): T => {
      const bigger = make(size);
      bigger.set(column);
      return bigger;
    };
    const int32 = (n: number) => new Int32Array(n);
    const optional = (column: Float64Array | null) =>
      column ? grow(column, (n) => new Float64Array(n).fill(Number.NaN)) : null;
    this.expected = grow(this.expected, int32);
    this.output = grow(this.output, int32);
    this.prediction = grow(this.prediction, int32);
    this.error = grow(this.error, int32);
    this.tags = grow(this.tags, int32);
    this.correct = grow(this.correct, (n) => new Int8Array(n));
    this.score = optional(this.score);
    this.chars = grow(this.chars, int32);
    this.words = grow(this.words, int32);
    this.tokens = grow(this.tokens, int32);
    this.latency = optional(this.latency);
    this.promptTokens = optional(this.promptTokens);
    this.completionTokens = optional(this.completionTokens);
    this.capacity = size;
  }

  /** Appends one record; returns its row. */
  push(record: ExampleRecord): number {
    if (this.fixedRows) throw new Error('RecordTable.push on a table with fixed rows: use put');
    const row = this.size;
    this.ids.push(record.id);
    this.write(row, record);
    this.size += 1;
    if (this.rowOfIdMap) this.rowOfIdMap.set(record.id, row);
    return row;
  }

  /** Fills row `row` of a table made with fixed rows (its id is the row's). */
  put(row: number, record: ExampleRecord): void {
    if (!this.fixedRows) throw new Error('RecordTable.put on a table without fixed rows: use push');
    this.write(row, record);
  }

  private write(row: number, record: ExampleRecord): void {
    this.reserve(row + 1);
    this.expected[row] = this.labels.intern(record.expected);
    this.output[row] = record.output === null ? -1 : this.texts.intern(record.output);
    this.prediction[row] = record.prediction === null ? -1 : this.labels.intern(record.prediction);
    this.error[row] = record.error === undefined ? -1 : this.texts.intern(record.error);
    this.tags[row] = this.tagSetNumber(record.tags);
    this.setInput(row, record.input);
    this.correct[row] = record.correct === null ? -1 : record.correct ? 1 : 0;
    if (record.score !== undefined || this.score) {
      this.score ??= this.nanColumn();
      this.score[row] = record.score ?? Number.NaN;
    }
    this.chars[row] = record.length?.chars ?? -1;
    this.words[row] = record.length?.words ?? -1;
    this.tokens[row] = record.length?.tokens ?? -1;
    if (record.latencyMs !== undefined || this.latency) {
      this.latency ??= this.nanColumn();
      this.latency[row] = record.latencyMs ?? Number.NaN;
    }
    if (record.usage !== undefined || this.promptTokens) {
      this.promptTokens ??= this.nanColumn();
      this.completionTokens ??= this.nanColumn();
      this.promptTokens[row] = record.usage?.promptTokens ?? Number.NaN;
      this.completionTokens[row] = record.usage?.completionTokens ?? Number.NaN;
    }
  }

  /**
   * Fills row `row` with `source`'s row `sourceRow`, column by column: pooled values are
   * renumbered through `mapping` (each distinct value interned once per source), with no
   * record object in between. What a shard merge does a million times.
   */
  putFrom(row: number, source: RecordTable, sourceRow: number, mapping: PoolMapping): void {
    if (!this.fixedRows) throw new Error('RecordTable.putFrom on a table without fixed rows');
    this.reserve(row + 1);
    const label = (number: number) => {
      if (number === -1) return -1;
      let mapped = mapping.labels[number] ?? -1;
      if (mapped === -1) mapped = mapping.labels[number] = this.labels.intern(source.labels.get(number));
      return mapped;
    };
    const text = (number: number) => {
      if (number === -1) return -1;
      let mapped = mapping.texts[number] ?? -1;
      if (mapped === -1) mapped = mapping.texts[number] = this.texts.intern(source.texts.get(number));
      return mapped;
    };
    this.expected[row] = label(source.expected[sourceRow] as number);
    this.prediction[row] = label(source.prediction[sourceRow] as number);
    this.output[row] = text(source.output[sourceRow] as number);
    this.error[row] = text(source.error[sourceRow] as number);
    this.setInput(row, source.inputOf(sourceRow) ?? undefined);
    const tagSet = source.tags[sourceRow] as number;
    let tags = mapping.tagSets[tagSet] ?? -1;
    if (tags === -1) {
      tags = this.tagSetNumber(source.tagSets[tagSet] as Record<string, string>);
      mapping.tagSets[tagSet] = tags;
    }
    this.tags[row] = tags;
    this.correct[row] = source.correct[sourceRow] as number;
    this.chars[row] = source.chars[sourceRow] as number;
    this.words[row] = source.words[sourceRow] as number;
    this.tokens[row] = source.tokens[sourceRow] as number;
    const score = source.scoreOf(sourceRow);
    if (score !== undefined || this.score) {
      this.score ??= this.nanColumn();
      this.score[row] = score ?? Number.NaN;
    }
    const latency = source.latencyOf(sourceRow);
    if (latency !== undefined || this.latency) {
      this.latency ??= this.nanColumn();
      this.latency[row] = latency ?? Number.NaN;
    }
    const usage = source.usageOf(sourceRow);
    if (usage !== undefined || this.promptTokens) {
      this.promptTokens ??= this.nanColumn();
      this.completionTokens ??= this.nanColumn();
      this.promptTokens[row] = usage?.promptTokens ?? Number.NaN;
      this.completionTokens[row] = usage?.completionTokens ?? Number.NaN;
    }
  }

  /** A fresh renumbering of `source`'s pools into this table's, for putFrom. */
  mappingFrom(source: RecordTable): PoolMapping {
    return {
      labels: new Int32Array(source.labels.values.length).fill(-1),
      texts: new Int32Array(source.texts.values.length).fill(-1),
      tagSets: new Int32Array(source.tagSets.length).fill(-1),
    };
  }

  /** Scores a row again (a baseline read with other label settings, against this dataset). */
  rescore(row: number, scored: Pick<ExampleRecord, 'expected' | 'prediction' | 'correct' | 'score'>): void {
    this.reserve(row + 1);
    this.expected[row] = this.labels.intern(scored.expected);
    this.prediction[row] = scored.prediction === null ? -1 : this.labels.intern(scored.prediction);
    this.correct[row] = scored.correct === null ? -1 : scored.correct ? 1 : 0;
    if (scored.score !== undefined || this.score) {
      this.score ??= this.nanColumn();
      this.score[row] = scored.score ?? Number.NaN;
    }
  }

  /**
   * Makes a row an error after the fact, keeping its output (a judge that gave no grade): an
   * error is neither right nor wrong, and is counted apart.
   */
  markError(row: number, error: string): void {
    this.error[row] = this.texts.intern(error);
    this.correct[row] = -1;
    if (this.score) this.score[row] = Number.NaN;
  }

  /** Sets a row's output lengths (token counts added to a baseline that had none). */
  setLength(row: number, length: NonNullable<ExampleRecord['length']>): void {
    this.chars[row] = length.chars;
    this.words[row] = length.words;
    this.tokens[row] = length.tokens ?? -1;
  }

  /** Row of each id; built once, on first use, unless given (the dataset's own map). */
  rowOfId(): Map<string, number> {
    if (!this.rowOfIdMap) this.rowOfIdMap = new Map(this.ids.map((id, row) => [id, row]));
    return this.rowOfIdMap;
  }

  id(row: number): string {
    return this.ids[row] as string;
  }
  expectedOf(row: number): string {
    return this.labels.get(this.expected[row] as number);
  }
  expectedNumber(row: number): number {
    return this.expected[row] as number;
  }
  outputOf(row: number): string | null {
    const number = this.output[row] as number;
    return number === -1 ? null : this.texts.get(number);
  }
  outputNumber(row: number): number {
    return this.output[row] as number;
  }
  predictionOf(row: number): string | null {
    const number = this.prediction[row] as number;
    return number === -1 ? null : this.labels.get(number);
  }
  predictionNumber(row: number): number {
    return this.prediction[row] as number;
  }
  correctOf(row: number): boolean | null {
    const value = this.correct[row] as number;
    return value === -1 ? null : value === 1;
  }
  scoreOf(row: number): number | undefined {
    const value = this.score ? (this.score[row] as number) : Number.NaN;
    return Number.isNaN(value) ? undefined : value;
  }
  errorOf(row: number): string | undefined {
    const number = this.error[row] as number;
    return number === -1 ? undefined : this.texts.get(number);
  }
  /** Pool numbers, for writers that encode each distinct value once. */
  errorNumber(row: number): number {
    return this.error[row] as number;
  }
  tagSetOf(row: number): number {
    return this.tags[row] as number;
  }
  tagSet(number: number): Record<string, string> {
    return this.tagSets[number] as Record<string, string>;
  }
  tagsOf(row: number): Record<string, string> {
    return this.tagSets[this.tags[row] as number] as Record<string, string>;
  }
  /** The example's input as the record keeps it (shortened by `recordInput`); null when it has none. */
  inputOf(row: number): string | null {
    const own = this.inputs?.[row];
    if (own !== undefined || !this.datasetInputs) return own ?? null;
    const datasetRow = this.datasetInputs.byDatasetRow ? (this.datasetRows?.rows[row] ?? -1) : row;
    return datasetRow === -1 ? null : this.datasetInputs.texts.get(datasetRow);
  }

  /**
   * Rows without an input of their own read the dataset's: at the row's number (`byDatasetRow`
   * false, a table of the dataset's rows) or at `datasetRows` (set by the snapshot reader).
   */
  useDatasetInputs(texts: InputTexts, byDatasetRow: boolean): void {
    this.datasetInputs = { texts, byDatasetRow };
  }

  /**
   * The inputs of rows `start` to `end - 1`, for the snapshot writer: a table of the dataset's
   * rows reads the dataset's in one block (one file read, not one per row).
   */
  async inputsOf(start: number, end: number): Promise<(string | null)[]> {
    const source = this.datasetInputs;
    const block = source && !source.byDatasetRow ? await source.texts.range(start, end) : null;
    const inputs: (string | null)[] = [];
    for (let row = start; row < end; row++) {
      const own = this.inputs?.[row];
      inputs.push(own !== undefined ? own : block ? (block[row - start] ?? null) : this.inputOf(row));
    }
    return inputs;
  }
  lengthOf(row: number): ExampleRecord['length'] {
    const chars = this.chars[row] as number;
    if (chars === -1) return null;
    // Token counts are optional (counted only in tokens runs): -1 means none.
    const tokens = this.tokens[row] as number;
    return tokens === -1
      ? { chars, words: this.words[row] as number }
      : { chars, words: this.words[row] as number, tokens };
  }
  /** One length unit of a row, without building the lengths object; -1 when it has none. */
  lengthIn(row: number, unit: 'chars' | 'words' | 'tokens'): number {
    return (unit === 'chars' ? this.chars : unit === 'words' ? this.words : this.tokens)[row] as number;
  }
  latencyOf(row: number): number | undefined {
    const value = this.latency ? (this.latency[row] as number) : Number.NaN;
    return Number.isNaN(value) ? undefined : value;
  }
  usageOf(row: number): ExampleRecord['usage'] {
    const prompt = this.promptTokens ? (this.promptTokens[row] as number) : Number.NaN;
    return Number.isNaN(prompt)
      ? undefined
      : { promptTokens: prompt, completionTokens: this.completionTokens?.[row] as number };
  }

  /** The row as the record it was: for the worst-N lists and for writing, one at a time. */
  record(row: number): ExampleRecord {
    const score = this.scoreOf(row);
    const latencyMs = this.latencyOf(row);
    const usage = this.usageOf(row);
    const error = this.errorOf(row);
    const input = this.inputOf(row);
    return {
      id: this.id(row),
      ...(input === null ? {} : { input }),
      expected: this.expectedOf(row),
      output: this.outputOf(row),
      prediction: this.predictionOf(row),
      correct: this.correctOf(row),
      ...(score === undefined ? {} : { score }),
      length: this.lengthOf(row),
      tags: this.tagsOf(row),
      ...(latencyMs === undefined ? {} : { latencyMs }),
      ...(usage === undefined ? {} : { usage }),
      ...(error === undefined ? {} : { error }),
    };
  }

  static of(records: Iterable<ExampleRecord>): RecordTable {
    const table = new RecordTable();
    for (const record of records) table.push(record);
    return table;
  }
}

/** Pool numbers of one source table and what they became in another (-1: not yet interned). */
export interface PoolMapping {
  labels: Int32Array;
  texts: Int32Array;
  tagSets: Int32Array;
}

/** A snapshot as the pipeline holds it: the header, and the records as columns. */
export interface SnapshotTable {
  header: SnapshotHeader;
  records: RecordTable;
}

/** A snapshot held whole (small runs, tests) as a table; `labels` shared by both sides of a comparison. */
export function snapshotTable({ records, ...header }: Snapshot, labels = new StringPool()): SnapshotTable {
  const table = new RecordTable(labels);
  for (const record of records) table.push(record);
  return { header, records: table };
}
