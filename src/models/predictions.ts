import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Example } from '../dataset/types.js';
import { errorMessage, inputError, InputError } from '../errors.js';
import type { PredictionsConfig } from './config.js';
import type { RunOutcome } from './types.js';

/** How many offending ids an error line names before it says "and N more". */
const idsShown = 5;

type Answer = { output: string } | { error: string };

/** Ids may be written as numbers, like the dataset's: both become the same string. */
function idOf(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

export function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, idsShown).join(', ');
  return ids.length > idsShown ? `${shown} and ${ids.length - idsShown} more` : shown;
}

function parseLine(where: string, line: string): { id: string; answer: Answer } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw inputError(where, `invalid JSON (${errorMessage(error)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw inputError(where, `expected an object {"id", "output"}, got ${typeName(value)}`);
  }
  const record = value as Record<string, unknown>;
  if (!('id' in record)) throw inputError(where, 'field "id" is missing');
  const id = idOf(record.id);
  if (id === null) throw inputError(where, `field "id" must be a non-empty string or a number, got ${typeName(record.id)}`);
  if (typeof record.output === 'string') return { id, answer: { output: record.output } };
  if (typeof record.error === 'string') return { id, answer: { error: record.error } };
  if ('output' in record) throw inputError(where, `field "output" must be a string, got ${typeName(record.output)}`);
  throw inputError(where, 'field "output" is missing');
}

/** Reads a JSONL file of answers made elsewhere; every bad line is one line naming file and line. */
export async function readPredictions(displayPath: string, absolutePath: string): Promise<Map<string, Answer>> {
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw inputError(displayPath, code === 'ENOENT' ? 'predictions file not found' : errorMessage(error));
  }
  const answers = new Map<string, Answer>();
  const firstLine = new Map<string, number>();
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const lineNumber = index + 1;
    const { id, answer } = parseLine(`${displayPath} line ${lineNumber}`, line);
    const previous = firstLine.get(id);
    if (previous !== undefined) {
      throw inputError(`${displayPath} line ${lineNumber}`, `duplicate id "${id}" (first on line ${previous})`);
    }
    firstLine.set(id, lineNumber);
    answers.set(id, answer);
  }
  return answers;
}

/** Joins predictions to the dataset by id; both sides must cover exactly the same ids. */
export function joinPredictions(
  displayPath: string,
  answers: ReadonlyMap<string, Answer>,
  examples: readonly Example[],
): RunOutcome[] {
  const missing = examples.filter((example) => !answers.has(example.id)).map((example) => example.id);
  if (missing.length > 0) {
    const noun = missing.length === 1 ? 'dataset id has' : 'dataset ids have';
    throw new InputError(`${missing.length} ${noun} no prediction in ${displayPath}: ${listIds(missing)}`);
  }
  const known = new Set(examples.map((example) => example.id));
  const unknown = [...answers.keys()].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const noun = unknown.length === 1 ? 'prediction has an id' : 'predictions have ids';
    throw new InputError(`${unknown.length} ${noun} not in the dataset in ${displayPath}: ${listIds(unknown)}`);
  }
  return examples.map((example) => {
    const answer = answers.get(example.id) as Answer;
    return 'output' in answer ? { id: example.id, output: answer.output } : { id: example.id, error: answer.error };
  });
}

export async function loadPredictions(
  config: PredictionsConfig,
  examples: readonly Example[],
  baseDir: string,
): Promise<RunOutcome[]> {
  const answers = await readPredictions(config.path, resolve(baseDir, config.path));
  return joinPredictions(config.path, answers, examples);
}
