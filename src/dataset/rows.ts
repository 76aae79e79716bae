import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { CsvError, parse as parseCsv } from 'csv-parse';
import { withoutByteOrderMark } from '../byte-order-mark.js';
import { errorMessage, InputError, inputError } from '../errors.js';
import { decodeUtf8, forEachLine } from './lines.js';

export type DatasetFormat = 'jsonl' | 'json' | 'csv';

/**
 * A raw row and where it came from, for error messages ("data.jsonl line 7", "item 3"). The
 * message text is made only when asked for: a million rows need no million strings.
 */
export class SourceRow {
  constructor(
    readonly value: unknown,
    /** The line (JSON Lines, CSV) or item (JSON array) number. */
    readonly position: number,
    /** "data.jsonl line", "data.json item". */
    private readonly place: string,
    /** JSON Lines read with bytes counted: where the row's line starts in the file, and its bytes. */
    readonly byteOffset = -1,
    readonly byteLength = 0,
    /** The line's text, with the bytes (a reference, not a copy). */
    readonly line: string | null = null,
  ) {}

  get where(): string {
    return `${this.place} ${this.position}`;
  }
}

export function formatFromPath(path: string): DatasetFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return 'jsonl';
}

/** A filesystem error while reading, as one line that names the file. */
function readFailure(path: string, error: unknown): unknown {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? inputError(path, `cannot read the file (${code})`) : error;
}

async function jsonlRows(path: string, onRow: (row: SourceRow) => void, withBytes: boolean): Promise<void> {
  const place = `${path} line`;
  try {
    await forEachLine(
      path,
      (rawLine, lineNumber, at) => {
        // Windows editors may start the file with a UTF-8 byte-order mark; it is not JSON.
        const line = lineNumber === 1 ? withoutByteOrderMark(rawLine) : rawLine;
        if (line.trim() === '') return;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (error) {
          throw inputError(`${place} ${lineNumber}`, `invalid JSON (${errorMessage(error)})`);
        }
        onRow(new SourceRow(value, lineNumber, place, at.offset, at.length, withBytes ? line : null));
      },
      path,
      withBytes,
    );
  } catch (error) {
    throw readFailure(path, error);
  }
}

/** Turns JSON.parse's "at position N" into a line number, which is what editors show. */
function lineOfPosition(text: string, message: string): number | null {
  const match = /position (\d+)/.exec(message);
  if (!match) return null;
  const position = Number(match[1]);
  let line = 1;
  for (let i = 0; i < position && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** A JSON array is one value: it is parsed whole (JSON Lines is the format for big datasets). */
async function jsonArrayRows(path: string, onRow: (row: SourceRow) => void): Promise<void> {
  const bytes = await readFile(path).catch((error: unknown) => {
    throw readFailure(path, error);
  });
  const text = withoutByteOrderMark(decodeUtf8(path, bytes));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = errorMessage(error);
    const line = lineOfPosition(text, message);
    throw inputError(line === null ? path : `${path} line ${line}`, `invalid JSON (${message})`);
  }
  if (!Array.isArray(parsed)) throw inputError(path, 'expected a JSON array of examples');
  const place = `${path} item`;
  for (const [index, value] of parsed.entries()) onRow(new SourceRow(value, index + 1, place));
}

/** Decodes bytes to text for csv-parse, refusing invalid UTF-8 with the line it is on. */
function strictUtf8(path: string): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 1;
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      try {
        const text = decoder.decode(chunk, { stream: true });
        for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
        done(null, text);
      } catch {
        let line = lines;
        try {
          decodeUtf8(path, chunk);
        } catch (error) {
          const match = / line (\d+):/.exec(errorMessage(error));
          if (match) line += Number(match[1]) - 1;
        }
        done(inputError(`${path} line ${line}`, 'not valid UTF-8 text (save the file as UTF-8)'));
      }
    },
  });
}

/** The separators a header is sniffed for; a comma when none is found. */
const separators = [',', ';', '\t', '|'] as const;

/** How often each separator occurs in a line, outside quotes. */
function separatorCounts(line: string): Map<string, number> {
  const counts = new Map<string, number>(separators.map((separator) => [separator, 0]));
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) as number) + 1);
  }
  return counts;
}

/** The separator sniffed, or the ones the header uses equally often when the next line does not settle it. */
export type SniffedDelimiter = { delimiter: string } | { tied: string[] };

/**
 * The separator of a CSV file, sniffed from its header line (Excel in many locales writes `;`,
 * exports from databases often tabs): the candidate that occurs most often outside quotes. On a
 * tie, the one the first data line has as many times as the header. Hand-written because
 * csv-parse takes a `delimiter` but does not guess one.
 */
function sniffDelimiter(header: string, firstRow: string | null = null): SniffedDelimiter {
  const counts = separatorCounts(header);
  const most = Math.max(...counts.values());
  if (most === 0) return { delimiter: ',' };
  const tied = separators.filter((separator) => counts.get(separator) === most);
  if (tied.length === 1) return { delimiter: tied[0] as string };
  const rowCounts = firstRow === null ? null : separatorCounts(firstRow);
  const consistent = tied.filter((separator) => rowCounts?.get(separator) === most);
  return consistent.length === 1 ? { delimiter: consistent[0] as string } : { tied };
}

/** How a separator is named in a message: a tab is invisible. */
function separatorName(separator: string): string {
  return separator === '\t' ? 'tabs' : `"${separator}"`;
}

/** The file's header line and the line after it, from its first 64 KiB. */
async function firstLines(path: string): Promise<{ header: string; next: string | null }> {
  const file = await open(path);
  try {
    const buffer = Buffer.alloc(1 << 16);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    const [header = '', next = null] = buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/, 2);
    return { header, next };
  } finally {
    await file.close();
  }
}

/** The CSV file's separator, or a refusal that names the one the header seems to use. */
async function csvDelimiter(path: string): Promise<string> {
  const { header, next } = await firstLines(path).catch((error: unknown) => Promise.reject(readFailure(path, error)));
  const sniffed = sniffDelimiter(header, next);
  if ('delimiter' in sniffed) return sniffed.delimiter;
  // The comma is the default: the header "seems to use" the other one.
  const [seems, ...others] = [...sniffed.tied].sort((a, b) => Number(a === ',') - Number(b === ','));
  throw inputError(
    `${path} line 1`,
    `cannot tell the column separator: the header seems to use ${separatorName(seems as string)} but has as many ${others.map(separatorName).join(' and ')}, ` +
      'and the next line does not settle it: write the file with one separator (quoting the fields that contain it)',
  );
}

async function csvRows(path: string, onRow: (row: SourceRow) => void): Promise<void> {
  const delimiter = await csvDelimiter(path);
  const input = createReadStream(path);
  const decoded = input.pipe(strictUtf8(path));
  const parser = decoded.pipe(
    parseCsv({ columns: true, bom: true, skip_empty_lines: true, info: true, trim: false, delimiter }),
  );
  // pipe() does not pass errors on: without this the parser would wait forever.
  input.on('error', (error) => parser.destroy(error));
  decoded.on('error', (error) => parser.destroy(error));
  try {
    for await (const entry of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      onRow(new SourceRow(entry.record, entry.info.lines, `${path} line`));
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw inputError(line === undefined ? path : `${path} line ${line}`, `invalid CSV (${error.message})`);
    }
    throw readFailure(path, error);
  }
}

/**
 * Streams the rows of a dataset to `onRow`, one at a time (JSON Lines and CSV never hold more
 * than a chunk); a missing file, a directory or a read error is an input error naming the path.
 * `withBytes`: JSON Lines rows say where their line's bytes are (SourceRow.byteOffset).
 */
export async function forEachRow(
  path: string,
  format: DatasetFormat,
  onRow: (row: SourceRow) => void,
  withBytes = false,
): Promise<void> {
  const stats = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw inputError(
      path,
      error.code === 'ENOENT' ? 'file not found' : `cannot read the file (${error.code ?? errorMessage(error)})`,
    );
  });
  if (stats.isDirectory()) throw inputError(path, 'is a directory, expected a dataset file');
  if (format === 'csv') await csvRows(path, onRow);
  else if (format === 'json') await jsonArrayRows(path, onRow);
  else await jsonlRows(path, onRow, withBytes);
}
