import { inputError } from '../errors.js';
import { jsonTypeName } from '../json-type-name.js';
import type { ExampleRecord } from './schema.js';

function fail(where: () => string, field: string, expected: string, value: unknown): never {
  throw inputError(where(), `field "${field}" must be ${expected}, got ${jsonTypeName(value)}`);
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * One record line of a results.jsonl, checked field by field against `exampleRecord` (by hand:
 * a schema library's parse per line would cost seconds on a million lines). Unknown fields
 * are ignored, as the schema does.
 */
export function recordOfLine(path: string, lineNumber: number, line: string): ExampleRecord {
  return writtenRecordOf(line) ?? parsedRecordOfLine(path, lineNumber, line);
}

/** A JSON string without escapes or control characters: its text is its value. */
const PLAIN = '"([^"\\\\\\u0000-\\u001f]*)"';
const COUNT = '(0|[1-9][0-9]{0,14})';
/**
 * The line a classification run writes (snapshot/records.ts), field for field in its order:
 * strings with nothing to unescape, the input kept or not, no score, latency, usage, error or tags.
 */
const WRITTEN = new RegExp(
  `^\\{"id":${PLAIN}(?:,"input":${PLAIN})?,"expected":${PLAIN},"output":(?:${PLAIN}|null),` +
    `"prediction":(?:${PLAIN}|null),"correct":(true|false|null),` +
    `"length":(?:\\{"chars":${COUNT},"words":${COUNT}\\}|null),"tags":\\{\\}\\}$`,
);

/**
 * A string of its own, equal to `text`: V8 makes a regular-expression capture of 13 or more
 * characters a view into the line, and a pool keeping it (a unique output, an id) would keep the
 * whole line alive, where JSON.parse's strings are their own. Any string (io.ts detaches kept
 * inputs from either reading).
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/**
 * The record of a line as this tool writes it for a plain classification run, read by one
 * regular expression instead of `JSON.parse` plus the checks: the same record (`JSON.parse`
 * and `recordOf` would give it, test/snapshot/record-line.test.ts), in under half the time
 * (JSON.parse of a million baseline lines was 1.3 s of a 10^6-example run). Hand-written because
 * no JSON library reads a known shape faster than the native parser; this only skips it. Any
 * other line (escapes, other fields, another order, whitespace, malformed) is null: the full
 * parse and its error messages take it.
 */
export function writtenRecordOf(line: string): ExampleRecord | null {
  const match = WRITTEN.exec(line);
  if (match === null || match[1] === '') return null;
  const [, id, input, expected, output, prediction, correct, chars, words] = match as unknown as (string | undefined)[];
  const record: ExampleRecord = {
    id: detached(id as string),
    expected: detached(expected as string),
    output: output === undefined ? null : detached(output),
    prediction: prediction === undefined ? null : detached(prediction),
    correct: correct === 'null' ? null : correct === 'true',
    length: chars === undefined ? null : { chars: Number(chars), words: Number(words) },
    tags: {},
  };
  // As JSON.parse gives it: no `input` key at all when the line has none.
  // Left a view of the line: a reader that keeps it detaches it (the pipeline's baseline drops it).
  if (input !== undefined) record.input = input;
  return record;
}

/** The full reading: JSON.parse, then every field checked. */
export function parsedRecordOfLine(path: string, lineNumber: number, line: string): ExampleRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw inputError(
      `${path} line ${lineNumber}`,
      `invalid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw inputError(`${path} line ${lineNumber}`, `expected a record object, got ${jsonTypeName(value)}`);
  return recordOf(() => `${path} line ${lineNumber}`, value as Record<string, unknown>);
}

/** `where` makes the error's place, only on error. */
export function recordOf(where: () => string, value: Record<string, unknown>): ExampleRecord {
  const { id, input, expected, output, prediction, correct, score, length, tags, latencyMs, usage, error } = value;
  if (typeof id !== 'string' || id === '') fail(where, 'id', 'a non-empty string', id);
  if (input !== undefined && typeof input !== 'string') fail(where, 'input', 'a string', input);
  if (typeof expected !== 'string') fail(where, 'expected', 'a string', expected);
  if (output !== null && typeof output !== 'string') fail(where, 'output', 'a string or null', output);
  if (prediction !== null && typeof prediction !== 'string') fail(where, 'prediction', 'a string or null', prediction);
  if (correct !== null && typeof correct !== 'boolean') fail(where, 'correct', 'true, false or null', correct);
  if (score !== undefined && !isNumber(score)) fail(where, 'score', 'a number', score);
  if (length !== null) {
    const lengths = length as Record<string, unknown> | undefined;
    if (
      typeof lengths !== 'object' ||
      Array.isArray(lengths) ||
      !isNumber(lengths.chars) ||
      !isNumber(lengths.words) ||
      (lengths.tokens !== undefined && !isNumber(lengths.tokens))
    ) {
      fail(where, 'length', 'null or {"chars", "words", "tokens"} numbers', length);
    }
  }
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) fail(where, 'tags', 'an object', tags);
  for (const key in tags)
    if (typeof (tags as Record<string, unknown>)[key] !== 'string')
      fail(where, `tags.${key}`, 'a string', (tags as Record<string, unknown>)[key]);
  if (latencyMs !== undefined && !isNumber(latencyMs)) fail(where, 'latencyMs', 'a number', latencyMs);
  if (usage !== undefined) {
    const counts = usage as Record<string, unknown> | null;
    if (
      typeof counts !== 'object' ||
      counts === null ||
      !isNumber(counts.promptTokens) ||
      !isNumber(counts.completionTokens)
    ) {
      fail(where, 'usage', '{"promptTokens", "completionTokens"} numbers', usage);
    }
  }
  if (error !== undefined && typeof error !== 'string') fail(where, 'error', 'a string', error);
  return value as ExampleRecord;
}
