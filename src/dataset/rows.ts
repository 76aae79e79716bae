import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parse as parseCsv, CsvError } from 'csv-parse';
import { InputError, inputError, errorMessage } from '../errors.js';

export type DatasetFormat = 'jsonl' | 'json' | 'csv';

/** A raw row and where it came from, for error messages ("line 7", "item 3"). */
export interface SourceRow {
  where: string;
  value: unknown;
}

export function formatFromPath(path: string): DatasetFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return 'jsonl';
}

function withoutByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** A filesystem error while reading, as one line that names the file. */
function readFailure(path: string, error: unknown): unknown {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? inputError(path, `cannot read the file (${code})`) : error;
}

async function* jsonlRows(path: string): AsyncGenerator<SourceRow> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const rawLine of lines) {
      lineNumber += 1;
      // Windows editors may start the file with a UTF-8 byte-order mark; it is not JSON.
      const line = lineNumber === 1 ? withoutByteOrderMark(rawLine) : rawLine;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw inputError(`${path} line ${lineNumber}`, `invalid JSON (${errorMessage(error)})`);
      }
      yield { where: `${path} line ${lineNumber}`, value };
    }
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

async function* jsonArrayRows(path: string): AsyncGenerator<SourceRow> {
  const text = withoutByteOrderMark(
    await readFile(path, 'utf8').catch((error: unknown) => {
      throw readFailure(path, error);
    }),
  );
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = errorMessage(error);
    const line = lineOfPosition(text, message);
    throw inputError(line === null ? path : `${path} line ${line}`, `invalid JSON (${message})`);
  }
  if (!Array.isArray(parsed)) throw inputError(path, 'expected a JSON array of examples');
  for (const [index, value] of parsed.entries()) yield { where: `${path} item ${index + 1}`, value };
}

async function* csvRows(path: string): AsyncGenerator<SourceRow> {
  const input = createReadStream(path);
  const parser = input.pipe(parseCsv({ columns: true, bom: true, skip_empty_lines: true, info: true, trim: false }));
  // pipe() does not pass the file's errors on: without this the parser would wait forever.
  input.on('error', (error) => parser.destroy(error));
  try {
    for await (const entry of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { where: `${path} line ${entry.info.lines}`, value: entry.record };
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
 * Streams the rows of a dataset or predictions file; a missing file, a directory or a read
 * error is an input error that names the path.
 */
export async function* readRows(path: string, format: DatasetFormat): AsyncGenerator<SourceRow> {
  const stats = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw inputError(path, error.code === 'ENOENT' ? 'file not found' : `cannot read the file (${error.code ?? errorMessage(error)})`);
  });
  if (stats.isDirectory()) throw inputError(path, 'is a directory, expected a dataset file');
  if (format === 'csv') yield* csvRows(path);
  else if (format === 'json') yield* jsonArrayRows(path);
  else yield* jsonlRows(path);
}
