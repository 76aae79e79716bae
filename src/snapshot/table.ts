import type { ExampleRecord, SnapshotHeader } from './schema.js';

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

/** A typed array that grows by doubling while rows are appended. */
class Column<T extends Int32Array | Float64Array | Int8Array> {
  constructor(
    public data: T,
    private readonly make: (size: number) => T,
  ) {}

  set(row: number, value: number): void {
    if (row >= this.data.length) {
      const bigger = this.make(Math.max(16, this.data.length * 2, row + 1));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[row] = value;
  }

  get(row: number): number {
    return this.data[row] as number;
  }
}

const int32 = (size: number) => new Int32Array(size);
const float64 = (size: number) => new Float64Array(size);
const int8 = (size: number) => new Int8Array(size);

/**
 * The records of one snapshot as columns. Per example: the id (a reference, 8 B, to a string
 * usually shared with the dataset's ids), 4 B each for expected, output, prediction, error
 * and tags (numbers into pools: a repeated output is stored once), 1 B for correct, 8 B for
 * score, 12 B for the three lengths, 8 B for latency and 16 B for usage: about 80 bytes,
 * against 400–600 for the same record as a JavaScript object with its nested objects.
 * Absent values: -1 in pooled and length columns, NaN in float columns.
 */
export class RecordTable {
  size = 0;
  readonly ids: string[];
  /** Rows are the given ids' (the dataset's order), filled by `put`; otherwise appended by `push`. */
  private readonly fixedRows: boolean;
  private readonly expected = new Column(new Int32Array(0), int32);
  private readonly output = new Column(new Int32Array(0), int32);
  private readonly prediction = new Column(new Int32Array(0), int32);
  private readonly error = new Column(new Int32Array(0), int32);
  private readonly tags = new Column(new Int32Array(0), int32);
  private readonly correct = new Column(new Int8Array(0), int8);
  private readonly score = new Column(new Float64Array(0), float64);
  private readonly chars = new Column(new Int32Array(0), int32);
  private readonly words = new Column(new Int32Array(0), int32);
  private readonly tokens = new Column(new Int32Array(0), int32);
  private readonly latency = new Column(new Float64Array(0), float64);
  private readonly promptTokens = new Column(new Float64Array(0), float64);
  private readonly completionTokens = new Column(new Float64Array(0), float64);
  private readonly tagSets: Record<string, string>[] = [];
  private readonly tagSetNumbers = new Map<string, number>();
  private emptyTagSet = -1;
  private rowOfIdMap: Map<string, number> | null;

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
    if (this.size > 0) for (const column of this.columns()) column.set(this.size - 1, column.get(this.size - 1));
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

  private columns(): Column<Int32Array | Float64Array | Int8Array>[] {
    return [this.expected, this.output, this.prediction, this.error, this.tags, this.correct, this.score, this.chars, this.words, this.tokens, this.latency, this.promptTokens, this.completionTokens];
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
    this.expected.set(row, this.labels.intern(record.expected));
    this.output.set(row, record.output === null ? -1 : this.texts.intern(record.output));
    this.prediction.set(row, record.prediction === null ? -1 : this.labels.intern(record.prediction));
    this.error.set(row, record.error === undefined ? -1 : this.texts.intern(record.error));
    this.tags.set(row, this.tagSetNumber(record.tags));
    this.correct.set(row, record.correct === null ? -1 : record.correct ? 1 : 0);
    this.score.set(row, record.score ?? Number.NaN);
    this.chars.set(row, record.length?.chars ?? -1);
    this.words.set(row, record.length?.words ?? -1);
    this.tokens.set(row, record.length?.tokens ?? -1);
    this.latency.set(row, record.latencyMs ?? Number.NaN);
    this.promptTokens.set(row, record.usage?.promptTokens ?? Number.NaN);
    this.completionTokens.set(row, record.usage?.completionTokens ?? Number.NaN);
  }

  /** Scores a row again (a baseline read with other label settings, against this dataset). */
  rescore(row: number, scored: Pick<ExampleRecord, 'expected' | 'prediction' | 'correct' | 'score'>): void {
    this.expected.set(row, this.labels.intern(scored.expected));
    this.prediction.set(row, scored.prediction === null ? -1 : this.labels.intern(scored.prediction));
    this.correct.set(row, scored.correct === null ? -1 : scored.correct ? 1 : 0);
    this.score.set(row, scored.score ?? Number.NaN);
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
    return this.labels.get(this.expected.get(row));
  }
  expectedNumber(row: number): number {
    return this.expected.get(row);
  }
  outputOf(row: number): string | null {
    const number = this.output.get(row);
    return number === -1 ? null : this.texts.get(number);
  }
  outputNumber(row: number): number {
    return this.output.get(row);
  }
  predictionOf(row: number): string | null {
    const number = this.prediction.get(row);
    return number === -1 ? null : this.labels.get(number);
  }
  predictionNumber(row: number): number {
    return this.prediction.get(row);
  }
  correctOf(row: number): boolean | null {
    const value = this.correct.get(row);
    return value === -1 ? null : value === 1;
  }
  scoreOf(row: number): number | undefined {
    const value = this.score.get(row);
    return Number.isNaN(value) ? undefined : value;
  }
  errorOf(row: number): string | undefined {
    const number = this.error.get(row);
    return number === -1 ? undefined : this.texts.get(number);
  }
  /** Pool numbers, for writers that encode each distinct value once. */
  errorNumber(row: number): number {
    return this.error.get(row);
  }
  tagSetOf(row: number): number {
    return this.tags.get(row);
  }
  tagSet(number: number): Record<string, string> {
    return this.tagSets[number] as Record<string, string>;
  }
  tagsOf(row: number): Record<string, string> {
    return this.tagSets[this.tags.get(row)] as Record<string, string>;
  }
  lengthOf(row: number): ExampleRecord['length'] {
    const chars = this.chars.get(row);
    return chars === -1 ? null : { chars, words: this.words.get(row), tokens: this.tokens.get(row) };
  }
  /** One length unit of a row, without building the lengths object; -1 when it has none. */
  lengthIn(row: number, unit: 'chars' | 'words' | 'tokens'): number {
    return (unit === 'chars' ? this.chars : unit === 'words' ? this.words : this.tokens).get(row);
  }
  latencyOf(row: number): number | undefined {
    const value = this.latency.get(row);
    return Number.isNaN(value) ? undefined : value;
  }
  usageOf(row: number): ExampleRecord['usage'] {
    const prompt = this.promptTokens.get(row);
    return Number.isNaN(prompt) ? undefined : { promptTokens: prompt, completionTokens: this.completionTokens.get(row) };
  }

  /** The row as the record it was: for the worst-N lists and for writing, one at a time. */
  record(row: number): ExampleRecord {
    const score = this.scoreOf(row);
    const latencyMs = this.latencyOf(row);
    const usage = this.usageOf(row);
    const error = this.errorOf(row);
    return {
      id: this.id(row),
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

/** A snapshot as the pipeline holds it: the header, and the records as columns. */
export interface SnapshotTable {
  header: SnapshotHeader;
  records: RecordTable;
}
