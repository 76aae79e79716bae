import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { type FileHandle, open, readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { withoutByteOrderMark } from '../byte-order-mark.js';
import type { InputTexts } from '../dataset/inputs.js';
import { decodeUtf8, forEachLine } from '../dataset/lines.js';
import { RowFinder } from '../dataset/row-finder.js';
import { errorMessage, InputError, inputError } from '../errors.js';
import { legacySnapshotOf } from './legacy.js';
import { detached, recordOfLine } from './record-line.js';
import { SNAPSHOT_SCHEMA_VERSION, type SnapshotHeader, snapshotHeaderSchema } from './schema.js';
import { summarizeTable } from './summary.js';
import { RecordTable, type SnapshotTable, type StringPool } from './table.js';

/**
 * Layout of a snapshot file (schema 2, `results.jsonl`): JSON Lines, the header first (every
 * field but the records), then one record per line. Plain text rather than gzip: writing a
 * million records through zlib costs more time than the rest of a run's output, the Action's
 * artifact upload compresses anyway, and a user can `head -1`, `grep` and `jq` it. A reader
 * never holds more than one line as text.
 */
export const SNAPSHOT_FILE = 'results.jsonl';
/** What schema-1 gates wrote: still read as a baseline. */
export const LEGACY_SNAPSHOT_FILE = 'results.json';

/** Where the records' ids are expected to come from: the dataset, whose id strings are reused. */
export interface KnownIds {
  ids: readonly string[];
  rowOfId: ReadonlyMap<string, number>;
  /**
   * The dataset's inputs: given, a record of a dataset id keeps no input of its own and shows
   * the dataset's (the pipeline's baseline; the report shows the candidate's input first, which
   * is the dataset's). A million baseline inputs are then not held twice.
   */
  inputs?: InputTexts;
}

export interface ReadSnapshotOptions {
  /** Pool for expected labels and predictions, shared with the other side of the comparison. */
  labels?: StringPool;
  /** The dataset's ids: a record of a known id shares its string (8 B instead of ~40). */
  knownIds?: KnownIds;
}

function fileError(path: string, error: NodeJS.ErrnoException): InputError {
  if (error.code === 'ENOENT') return inputError(path, 'snapshot file not found');
  if (error.code === 'EISDIR') return inputError(path, 'is a directory, expected a results.jsonl snapshot');
  return inputError(path, `cannot read the snapshot (${error.code ?? errorMessage(error)})`);
}

function versionMismatch(path: string, version: unknown): InputError {
  return inputError(
    path,
    `snapshot schema version ${JSON.stringify(version)}, this gate reads versions 1 and ${SNAPSHOT_SCHEMA_VERSION}: re-create it with this version of the gate`,
  );
}

/** The header as read: its summary is worked out again from the records, only its count is checked. */
const readHeaderSchema = snapshotHeaderSchema.extend({ summary: z.object({ total: z.number() }).passthrough() });
type ReadHeader = z.infer<typeof readHeaderSchema>;

function headerOf(path: string, value: unknown): ReadHeader {
  const parsed = readHeaderSchema.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw inputError(
      `${path} line 1`,
      `not a valid snapshot header (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'schema mismatch'})`,
    );
  }
  return parsed.data;
}

/** The file's first line, read without loading the rest; a file that cannot be read is one line naming it. */
async function firstLineOf(path: string): Promise<string> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error);
  });
  try {
    return await firstLine(handle);
  } catch (error) {
    throw fileError(path, error as NodeJS.ErrnoException);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a snapshot, schema 2 (header + JSON Lines) as a stream or schema 1 (one JSON object)
 * whole, into columns. It is checked for what it claims: as many records as its header
 * says, each id once. A schema-1 summary, or one of a shape this version does not read, is
 * worked out again from the records. Another schema version or a
 * malformed line is one clear line naming the file and line.
 */
export async function readSnapshot(path: string, options: ReadSnapshotOptions = {}): Promise<SnapshotTable> {
  const first = await firstLineOf(path);
  let value: unknown;
  try {
    value = JSON.parse(withoutByteOrderMark(first));
  } catch {
    value = undefined;
  }
  const version =
    typeof value === 'object' && value !== null ? (value as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version === SNAPSHOT_SCHEMA_VERSION) return readStreamed(path, headerOf(path, value), options);
  if (version !== undefined && version !== 1) throw versionMismatch(path, version);
  // Schema 1: one JSON object, written on one line by the gate or pretty-printed by a user.
  const text = decodeUtf8(path, await readFile(path));
  let whole: unknown;
  try {
    whole = JSON.parse(withoutByteOrderMark(text));
  } catch (error) {
    throw inputError(path, `not a snapshot: invalid JSON (${errorMessage(error)})`);
  }
  const wholeVersion =
    typeof whole === 'object' && whole !== null ? (whole as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (wholeVersion === undefined) throw inputError(path, 'not a snapshot (no "schemaVersion")');
  if (wholeVersion !== 1) throw versionMismatch(path, wholeVersion);
  const legacy = legacySnapshotOf(path, whole);
  const table = new RecordTable(options.labels);
  const lineOfId = new Map<string, number>();
  legacy.records.forEach((record, index) => {
    const previous = lineOfId.get(record.id);
    if (previous !== undefined)
      throw inputError(`${path} record ${index + 1}`, `duplicate id "${record.id}" (first at record ${previous})`);
    lineOfId.set(record.id, index + 1);
    table.push(record);
  });
  return finish(path, { ...legacy.header, schemaVersion: SNAPSHOT_SCHEMA_VERSION }, table, legacy.claimedTotal);
}

/** The header alone (the first line) of a schema-2 snapshot: what a merge checks before reading any records. */
export async function readSnapshotHeader(path: string): Promise<Omit<SnapshotHeader, 'summary'>> {
  const first = await firstLineOf(path);
  let value: unknown;
  try {
    value = JSON.parse(withoutByteOrderMark(first));
  } catch {
    throw inputError(`${path} line 1`, 'not a snapshot header (invalid JSON): expected a results.jsonl');
  }
  const version =
    typeof value === 'object' && value !== null ? (value as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version !== SNAPSHOT_SCHEMA_VERSION) throw versionMismatch(path, version);
  const { summary: _summary, ...header } = headerOf(path, value);
  return header;
}

async function readStreamed(path: string, claimed: ReadHeader, options: ReadSnapshotOptions): Promise<SnapshotTable> {
  const table = new RecordTable(options.labels);
  const known = options.knownIds;
  // The line of each id, for duplicates: 4 B per dataset id, a Map entry for any other id.
  const lineOfKnown = new Int32Array(known?.ids.length ?? 0);
  const lineOfOther = new Map<string, number>();
  const finder = known ? new RowFinder(known.ids, known.rowOfId) : null;
  // The dataset row of each record (-1: not a dataset id), kept for pairing: 4 B per record.
  let datasetRows = new Int32Array(known ? known.ids.length : 0);
  try {
    await forEachLine(path, (line, lineNumber) => {
      if (lineNumber === 1 || line.trim() === '') return;
      const record = recordOfLine(path, lineNumber, line);
      const row = finder?.rowOf(record.id);
      const previous = row === undefined ? lineOfOther.get(record.id) : lineOfKnown[row] || undefined;
      if (previous !== undefined)
        throw inputError(`${path} line ${lineNumber}`, `duplicate id "${record.id}" (first on line ${previous})`);
      if (row === undefined) lineOfOther.set(record.id, lineNumber);
      else {
        lineOfKnown[row] = lineNumber;
        record.id = known?.ids[row] as string;
        if (known?.inputs) record.input = undefined;
      }
      // An input kept is made a string of its own, not a view keeping the line (see detached).
      if (record.input !== undefined) record.input = detached(record.input);
      if (known) {
        if (table.size === datasetRows.length) {
          const bigger = new Int32Array(Math.max(16, datasetRows.length * 2));
          bigger.set(datasetRows);
          datasetRows = bigger;
        }
        datasetRows[table.size] = row ?? -1;
      }
      table.push(record);
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(path, error as NodeJS.ErrnoException);
  }
  if (known) table.datasetRows = { of: known.rowOfId, rows: datasetRows.subarray(0, table.size) };
  if (known?.inputs) table.useDatasetInputs(known.inputs, true);
  const { summary, ...header } = claimed;
  // A summary this version can read is kept (it was made from these records, and working it
  // out again costs a pass over a million rows); another shape is worked out again.
  const current = snapshotHeaderSchema.shape.summary.safeParse(summary);
  return finish(path, header, table, summary.total, current.success ? current.data : null);
}

function finish(
  path: string,
  header: Omit<SnapshotHeader, 'summary'>,
  records: RecordTable,
  claimedTotal: number,
  summary: SnapshotHeader['summary'] | null = null,
): SnapshotTable {
  if (records.size !== header.dataset.n || records.size !== claimedTotal) {
    throw inputError(
      path,
      `the snapshot says it holds ${header.dataset.n} examples but has ${records.size} records: it is truncated or was edited; re-create it`,
    );
  }
  return {
    header: { ...header, summary: summary ?? summarizeTable(records, header.task, null, header.scoring.scorer) },
    records,
  };
}

/** The first line, read up to its end however long it is (predictions can be huge). */
async function firstLine(handle: FileHandle): Promise<string> {
  const lines = handle.readLines({ encoding: 'utf8', autoClose: false });
  try {
    for await (const line of lines) return line;
    return '';
  } finally {
    lines.close();
  }
}

/** The first line with content, read up to its end however long it is. */
async function firstNonEmptyLine(handle: FileHandle): Promise<string> {
  const lines = handle.readLines({ encoding: 'utf8', autoClose: false });
  try {
    for await (const line of lines) if (line.trim() !== '') return withoutByteOrderMark(line);
    return '';
  } finally {
    lines.close();
  }
}

/** JSON text of a string, worked out once per distinct value (labels and outputs repeat). */
class JsonOf {
  private readonly cache: (string | undefined)[] = [];
  constructor(private readonly pool: StringPool) {}
  of(number: number): string {
    if (number === -1) return 'null';
    let text = this.cache[number];
    if (text === undefined) {
      text = JSON.stringify(this.pool.get(number));
      this.cache[number] = text;
    }
    return text;
  }
}

/** Rows whose inputs the writer asks for at once. */
const INPUT_BLOCK = 4096;

/** Bytes per write: lines are encoded straight into a buffer of this size, which is then written. */
const BYTES_PER_WRITE = 1 << 20;

/**
 * Writes a snapshot as header + JSON Lines, to a temporary name renamed at the end, so a
 * crash never leaves half a snapshot. Each line is assembled from the JSON text of its pooled
 * values (each distinct label or output encoded once), in `exampleRecord`'s field order.
 * Each line is encoded into a 1 MiB buffer as soon as it is made (`buffer.write`): joining
 * thousands of lines into one string and encoding that costs 3× as much on a million rows
 * (the join and the encode each copy every byte again).
 */
export async function writeSnapshot(path: string, snapshot: SnapshotTable): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(temporary);
  const failed = once(out, 'error').then(([error]) => {
    throw error;
  });
  failed.catch(() => undefined);
  const write = async (text: string) => {
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  const { records } = snapshot;
  const labels = new JsonOf(records.labels);
  const texts = new JsonOf(records.texts);
  const tagsJson: (string | undefined)[] = [];
  await write(`${JSON.stringify(snapshot.header)}\n`);
  let buffer = Buffer.allocUnsafe(BYTES_PER_WRITE);
  let used = 0;
  const flush = async () => {
    if (used === 0) return;
    if (!out.write(buffer.subarray(0, used))) await Promise.race([once(out, 'drain'), failed]);
    // The stream may still hold the written bytes: the next lines go into a new buffer.
    buffer = Buffer.allocUnsafe(BYTES_PER_WRITE);
    used = 0;
  };
  // Inputs come a block of rows at a time (a table of the dataset's rows reads them from the dataset file).
  let inputs: (string | null)[] = [];
  let inputsFrom = 0;
  for (let row = 0; row < records.size; row++) {
    if (row - inputsFrom >= inputs.length) {
      inputsFrom = row;
      inputs = await records.inputsOf(row, Math.min(records.size, row + INPUT_BLOCK));
    }
    const tagSet = records.tagSetOf(row);
    tagsJson[tagSet] ??= JSON.stringify(records.tagSet(tagSet));
    const tags = tagsJson[tagSet];
    const correct = records.correctOf(row);
    const score = records.scoreOf(row);
    const chars = records.lengthIn(row, 'chars');
    const tokens = records.lengthIn(row, 'tokens');
    const length =
      chars === -1
        ? 'null'
        : `{"chars":${chars},"words":${records.lengthIn(row, 'words')}${tokens === -1 ? '' : `,"tokens":${tokens}`}}`;
    const latency = records.latencyOf(row);
    const usage = records.usageOf(row);
    const error = records.errorNumber(row);
    const input = inputs[row - inputsFrom] ?? null;
    const line =
      `{"id":${JSON.stringify(records.id(row))}${input === null ? '' : `,"input":${JSON.stringify(input)}`},"expected":${labels.of(records.expectedNumber(row))},"output":${texts.of(records.outputNumber(row))},` +
      `"prediction":${labels.of(records.predictionNumber(row))},"correct":${correct === null ? 'null' : correct}` +
      `${score === undefined ? '' : `,"score":${score}`},"length":${length},"tags":${tags}` +
      `${latency === undefined ? '' : `,"latencyMs":${latency}`}` +
      `${usage === undefined ? '' : `,"usage":{"promptTokens":${usage.promptTokens},"completionTokens":${usage.completionTokens}}`}` +
      `${error === -1 ? '' : `,"error":${texts.of(error)}`}}\n`;
    // A UTF-16 code unit is at most 3 UTF-8 bytes: the line fits when 3 × its length does.
    if (used + line.length * 3 > buffer.length) {
      await flush();
      if (line.length * 3 > buffer.length) {
        await write(line);
        continue;
      }
    }
    used += buffer.write(line, used);
  }
  await flush();
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  await rename(temporary, path);
}

/** Written to a temporary name and renamed, so a crash never leaves half a file. */
export async function writeJsonAtomic(path: string, value: unknown, indent = 0): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(value, null, indent)}\n`);
  await rename(temporary, path);
}

/**
 * A --baseline file is either a snapshot or a predictions JSONL: the first line of a
 * predictions file is a complete {"id", "output"|"error"} object, a snapshot's is not.
 */
export async function isPredictionsFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw inputError(
      path,
      error.code === 'ENOENT'
        ? 'baseline file not found'
        : `cannot read the baseline (${error.code ?? errorMessage(error)})`,
    );
  });
  try {
    const value: unknown = JSON.parse(await firstNonEmptyLine(handle));
    return typeof value === 'object' && value !== null && 'id' in value && ('output' in value || 'error' in value);
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}
