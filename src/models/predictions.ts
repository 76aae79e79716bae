import { resolve } from 'node:path';
import type { PredictionsConfig } from '../config/model.js';
import { forEachLine } from '../dataset/lines.js';
import { RowFinder } from '../dataset/row-finder.js';
import type { Example } from '../dataset/types.js';
import { errorMessage, InputError, inputError } from '../errors.js';
import { numberText, scalarAnswerText } from '../json-number.js';
import { jsonTypeName } from '../json-type-name.js';
import type { RunOutcome } from '../snapshot/run-outcome.js';

/** How many offending ids an error line names before it says "and N more". */
const idsShown = 5;

export type Answer = { output: string } | { error: string };

/** Ids may be written as numbers, like the dataset's: both become the same string (json-number.ts). */
function idOf(where: string, value: unknown): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const number = numberText('id', value);
    if ('refused' in number) throw inputError(where, number.refused);
    return number.text;
  }
  throw inputError(where, `field "id" must be a non-empty string or a number, got ${jsonTypeName(value)}`);
}

export function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, idsShown).join(', ');
  return ids.length > idsShown ? `${shown} and ${ids.length - idsShown} more` : shown;
}

/** One line's answer; the error message (naming file and line) is made only on error. */
function parseLine(path: string, lineNumber: number, line: string): { id: string; answer: Answer } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw inputError(`${path} line ${lineNumber}`, `invalid JSON (${errorMessage(error)})`);
  }
  if (typeof value === 'object' && value !== null) {
    // The common case, checked without building the message.
    const { id, output } = value as Record<string, unknown>;
    if (typeof output === 'string' && typeof id === 'string' && id.trim() !== '') return { id, answer: { output } };
  }
  const where = `${path} line ${lineNumber}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw inputError(where, `expected an object {"id", "output"}, got ${jsonTypeName(value)}`);
  }
  const record = value as Record<string, unknown>;
  if (!('id' in record)) throw inputError(where, 'field "id" is missing');
  const id = idOf(where, record.id);
  // A numeric label (`"output": 1`) is read as the dataset reads a numeric `expected`: as its text.
  const output = scalarAnswerText('output', record.output);
  if (output && 'refused' in output) throw inputError(where, output.refused);
  if (output) return { id, answer: { output: output.text } };
  if (typeof record.error === 'string') return { id, answer: { error: record.error } };
  if ('output' in record)
    throw inputError(where, `field "output" must be a string or a number, got ${jsonTypeName(record.output)}`);
  throw inputError(where, 'field "output" is missing');
}

/** The dataset's ids, in its order, and the row of each. */
export interface IdIndex {
  ids: readonly string[];
  rowOfId: ReadonlyMap<string, number>;
}

/**
 * Streams a JSONL file of answers made elsewhere, joined to the dataset by id: `onAnswer`
 * gets each line's dataset row. Both sides must cover exactly the same ids. Every bad line is
 * one line naming file and line. Memory: 4 B per dataset row (the line of its answer, for
 * duplicates) plus what `onAnswer` keeps.
 */
export async function streamPredictions(
  displayPath: string,
  absolutePath: string,
  index: IdIndex,
  /** Ids to pass over unchecked (a shard's file holds the other shards' answers too). */
  skip: ((id: string) => boolean) | undefined,
  onAnswer: (row: number, answer: Answer) => void,
): Promise<void> {
  const lineOfRow = new Int32Array(index.ids.length);
  // Ids the dataset lacks: kept (with their line) to report them and their duplicates.
  const unknown = new Map<string, number>();
  const finder = new RowFinder(index.ids, index.rowOfId);
  try {
    await forEachLine(
      absolutePath,
      (raw, lineNumber) => {
        const line = raw.trim();
        if (line === '') return;
        const { id, answer } = parseLine(displayPath, lineNumber, line.startsWith('\uFEFF') ? line.slice(1) : line);
        const row = finder.rowOf(id);
        const previous = row === undefined ? unknown.get(id) : lineOfRow[row] || undefined;
        if (previous !== undefined)
          throw inputError(`${displayPath} line ${lineNumber}`, `duplicate id "${id}" (first on line ${previous})`);
        if (row === undefined) {
          if (skip?.(id)) return;
          unknown.set(id, lineNumber);
          return;
        }
        lineOfRow[row] = lineNumber;
        onAnswer(row, answer);
      },
      displayPath,
    );
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw inputError(displayPath, code === 'ENOENT' ? 'predictions file not found' : errorMessage(error));
  }
  const missing: string[] = [];
  lineOfRow.forEach((line, row) => {
    if (line === 0) missing.push(index.ids[row] as string);
  });
  if (missing.length > 0) {
    const noun = missing.length === 1 ? 'dataset id has' : 'dataset ids have';
    throw new InputError(`${missing.length} ${noun} no prediction in ${displayPath}: ${listIds(missing)}`);
  }
  if (unknown.size > 0) {
    const noun = unknown.size === 1 ? 'prediction has an id' : 'predictions have ids';
    throw new InputError(
      `${unknown.size} ${noun} not in the dataset in ${displayPath}: ${listIds([...unknown.keys()])}`,
    );
  }
}

/** The answers as outcomes, in dataset order: for the runner's callers, at the sizes live models run. */
export async function loadPredictions(
  config: PredictionsConfig,
  examples: readonly Example[],
  baseDir: string,
): Promise<RunOutcome[]> {
  const ids = examples.map((example) => example.id);
  const outcomes: RunOutcome[] = new Array<RunOutcome>(ids.length);
  await streamPredictions(
    config.path,
    resolve(baseDir, config.path),
    { ids, rowOfId: new Map(ids.map((id, row) => [id, row])) },
    undefined,
    (row, answer) => {
      const id = ids[row] as string;
      outcomes[row] = 'output' in answer ? { id, output: answer.output } : { id, error: answer.error };
    },
  );
  return outcomes;
}
