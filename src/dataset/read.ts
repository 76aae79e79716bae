import { inputError } from '../errors.js';
import { numberText } from '../json-number.js';
import { joinReferences, REFERENCE_SEPARATOR } from '../metrics/references.js';
import { recordInput } from '../snapshot/records.js';
import { defaultFields, type FieldMapping, usualFieldNames } from './fields.js';
import { FingerprintBuilder } from './fingerprint.js';
import { FileInputs, StoredInputs } from './inputs.js';
import { type DatasetFormat, forEachRow, formatFromPath, type SourceRow } from './rows.js';
import type { Dataset, DatasetKeys, Example } from './types.js';

export interface ReadDatasetOptions {
  path: string;
  format?: DatasetFormat;
  fields?: Partial<FieldMapping>;
  /** Generation: `expected` may be a list of references (JSON and JSON Lines datasets). */
  references?: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Role = 'id' | 'input' | 'expected';

/** How many of a row's field names a missing-field message lists. */
const fieldsShown = 8;

/**
 * A field the mapping names is not in the row: the message lists what the row has and how to
 * name the right one (`dataset.fields`), the usual cause being a dataset with its own names.
 */
function missingField(row: { readonly where: string }, record: Record<string, unknown>, field: string, role: Role) {
  const names = Object.keys(record);
  if (names.length === 0) return inputError(row.where, `field "${field}" is missing (the row has no fields)`);
  const listed = names
    .slice(0, fieldsShown)
    .map((name) => `"${name}"`)
    .join(', ');
  const more = names.length > fieldsShown ? ` and ${names.length - fieldsShown} more` : '';
  const example =
    usualFieldNames[role].flatMap((usual) => names.filter((name) => name.toLowerCase() === usual.toLowerCase()))[0] ??
    names.find((name) => !Object.values(defaultFields).includes(name)) ??
    (names[0] as string);
  return inputError(
    row.where,
    `field "${field}" is missing; the row has ${listed}${more}: if one of them is the ${role === 'expected' ? 'expected answer' : role}, map it in the config (dataset: { fields: { ${role}: ${example} } })`,
  );
}

/** Ids and labels may be written as numbers (`"id": 7`, label `1`): their text (json-number.ts). */
export function scalarText(
  row: { readonly where: string },
  record: Record<string, unknown>,
  field: string,
  role: Role,
): string {
  const value = record[field];
  if (value === undefined) throw missingField(row, record, field, role);
  if (value === null) throw inputError(row.where, `field "${field}" is null (expected a string or a number)`);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    const number = numberText(field, value);
    if ('refused' in number) throw inputError(row.where, number.refused);
    return number.text;
  }
  if (typeof value === 'boolean') return String(value);
  throw inputError(
    row.where,
    `field "${field}" must be a string or a number, got ${Array.isArray(value) ? 'an array' : typeof value}`,
  );
}

/** Shared by every row without tags (never written to). */
const NO_TAGS: Record<string, string> = Object.freeze({}) as Record<string, string>;

function tagsOf(row: SourceRow, record: Record<string, unknown>, tagFields: string[] | null): Record<string, string> {
  if (tagFields === null) {
    const tags = record.tags;
    if (tags === undefined || tags === null) return NO_TAGS;
    if (!isRecord(tags)) throw inputError(row.where, 'field "tags" must be an object of slice names to values');
    return Object.fromEntries(Object.entries(tags).map(([key, value]) => [key, String(value)]));
  }
  // `fields.tags: [lang]` on rows that carry `"tags": {"lang": …}` means the one inside.
  const nested = isRecord(record.tags) ? record.tags : null;
  const tags: Record<string, string> = {};
  for (const field of tagFields) {
    const value = record[field] ?? nested?.[field];
    if (value !== undefined && value !== null && value !== '') tags[field] = String(value);
  }
  return tags;
}

/**
 * The expected answer: a scalar, or (generation) a non-empty list of them, joined as
 * metrics/references.ts says. U+001F is the joint, so an answer holding it is refused.
 */
function expectedText(row: SourceRow, record: Record<string, unknown>, field: string, references: boolean): string {
  const value = record[field];
  const checked = (text: string, what: string) => {
    if (text.includes(REFERENCE_SEPARATOR))
      throw inputError(
        row.where,
        `${what} holds the control character U+001F, which joins several references: remove it (for several answers give a list)`,
      );
    return text;
  };
  if (!Array.isArray(value)) return checked(scalarText(row, record, field, 'expected'), `field "${field}"`);
  if (!references)
    throw inputError(
      row.where,
      `field "${field}" is a list: several reference answers are for generation (--task generation); a label is one value`,
    );
  if (value.length === 0) throw inputError(row.where, `field "${field}" is an empty list: give at least one reference`);
  return joinReferences(
    value.map((item: unknown, index) => {
      if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean')
        throw inputError(
          row.where,
          `field "${field}" item ${index + 1} must be a string or a number, got ${item === null ? 'null' : Array.isArray(item) ? 'an array' : typeof item}`,
        );
      return checked(scalarText(row, { [field]: item }, field, 'expected'), `field "${field}" item ${index + 1}`);
    }),
  );
}

export function toExample(row: SourceRow, fields: FieldMapping, references = false): Example {
  if (!isRecord(row.value)) throw inputError(row.where, "expected an object with the example's fields");
  const record = row.value;
  const id = scalarText(row, record, fields.id, 'id');
  if (id.trim() === '') throw inputError(row.where, `field "${fields.id}" (the id) is empty`);
  if (!(fields.input in record)) throw missingField(row, record, fields.input, 'input');
  return {
    id,
    input: record[fields.input],
    expected: expectedText(row, record, fields.expected, references),
    tags: tagsOf(row, record, fields.tags),
    fields: record,
  };
}

/** `dataset.fields.tags` names fields no row has: every slice would be empty, silently. */
function noTagField(path: string, tagFields: string[], rowFields: string[] | null) {
  const named = tagFields.map((field) => `"${field}"`).join(', ');
  const has = (rowFields ?? []).map((field) => `"${field}"`).join(', ');
  return inputError(
    path,
    `dataset.fields.tags names ${named}, which no row has (neither as a field nor inside a "tags" object), so there would be no slices; the first row has ${has}: name those fields, or drop dataset.fields.tags to use each row's "tags" object`,
  );
}

function doubled(column: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(column.length * 2);
  bigger.set(column);
  return bigger;
}

/** One shared object per distinct value: a million rows hold a handful of labels and tag sets. */
class Interner<T> {
  private readonly byKey = new Map<string, T>();
  of(key: string, value: T): T {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    this.byKey.set(key, value);
    return value;
  }
}

async function scanDataset(
  options: ReadDatasetOptions,
  keepExamples: boolean,
): Promise<DatasetKeys & { examples: Example[] | null }> {
  const format = options.format ?? formatFromPath(options.path);
  const fields: FieldMapping = { ...defaultFields, ...options.fields };
  const examples: Example[] | null = keepExamples ? [] : null;
  const ids: string[] = [];
  const expected: string[] = [];
  // A predictions run over JSON Lines leaves the inputs in the file (FileInputs: 12 B per
  // example); other runs keep their text. Offsets as float64: files past 2 GiB.
  const inFile = format === 'jsonl' && !keepExamples;
  const inputs: string[] = [];
  let offsets = new Float64Array(inFile ? 1024 : 0);
  let lengths = new Int32Array(inFile ? 1024 : 0);
  // Where the input's text is in its line, when it is there as is (see FileInputs): 8 B per example.
  let textStarts = new Int32Array(inFile ? 1024 : 0);
  let textLengths = new Int32Array(inFile ? 1024 : 0);
  const tags: Record<string, string>[] = [];
  const rowOfId = new Map<string, number>();
  // Where each id was first seen, for the duplicate-id message: 8 B per example.
  const positions: number[] = [];
  const labels = new Interner<string>();
  const tagSets = new Interner<Record<string, string>>();
  const fingerprint = new FingerprintBuilder();
  // The first row's field names, for the message when no row has the named tag fields.
  let firstFields: string[] | null = null;
  let tagged = false;
  await forEachRow(
    options.path,
    format,
    (row) => {
      let example: Example;
      try {
        example = toExample(row, fields, options.references === true);
        fingerprint.add(example.id, example.input, example.expected);
      } catch (error) {
        // JSON.parse reads any depth; serialising (the fingerprint, tag values) recurses.
        if (error instanceof RangeError)
          throw inputError(
            row.where,
            'the row is nested too deeply (more than a few thousand levels of arrays or objects)',
          );
        throw error;
      }
      // One Map operation per row, not a lookup then an insert: each is a cache miss in a Map of
      // a million ids. A size that did not grow is a duplicate; its first row is then searched.
      const sizeBefore = rowOfId.size;
      rowOfId.set(example.id, ids.length);
      if (rowOfId.size === sizeBefore) {
        const previous = ids.indexOf(example.id);
        const first = `${options.path} ${format === 'json' ? 'item' : 'line'} ${positions[previous] as number}`;
        throw inputError(row.where, `duplicate id "${example.id}" (first at ${first})`);
      }
      firstFields ??= Object.keys(example.fields);
      if (Object.keys(example.tags).length > 0) tagged = true;
      ids.push(example.id);
      expected.push(labels.of(example.expected, example.expected));
      if (inFile) {
        const at = ids.length - 1;
        if (at === offsets.length) {
          const biggerOffsets = new Float64Array(offsets.length * 2);
          biggerOffsets.set(offsets);
          offsets = biggerOffsets;
          lengths = doubled(lengths);
          textStarts = doubled(textStarts);
          textLengths = doubled(textLengths);
        }
        offsets[at] = row.byteOffset;
        lengths[at] = row.byteLength;
        // An ASCII line (as many bytes as characters) holding the kept input as is (no escapes,
        // not shortened): its position is its byte offset, and reading it back needs no JSON.parse.
        const input = example.input;
        const start =
          typeof input === 'string' &&
          row.line !== null &&
          row.line.length === row.byteLength &&
          recordInput(input) === input
            ? row.line.indexOf(input)
            : -1;
        textStarts[at] = start;
        textLengths[at] = start === -1 ? 0 : (input as string).length;
      } else inputs.push(recordInput(example.input));
      tags.push(
        example.tags === NO_TAGS ? NO_TAGS : tagSets.of(JSON.stringify(Object.entries(example.tags)), example.tags),
      );
      positions.push(row.position);
      if (examples) examples.push(example);
    },
    inFile,
  );
  if (ids.length === 0) throw inputError(options.path, 'the dataset is empty (expected at least one example)');
  if (fields.tags !== null && fields.tags.length > 0 && !tagged)
    throw noTagField(options.path, fields.tags, firstFields);
  return {
    path: options.path,
    format,
    ...fingerprint.digest(),
    n: ids.length,
    ids,
    rowOfId,
    expected,
    inputs: inFile
      ? new FileInputs(options.path, fields.input, {
          offsets: offsets.slice(0, ids.length),
          lengths: lengths.slice(0, ids.length),
          textStarts: textStarts.slice(0, ids.length),
          textLengths: textLengths.slice(0, ids.length),
        })
      : new StoredInputs(inputs),
    tags,
    examples,
  };
}

/** Reads, validates and fingerprints a dataset, keeping every example (a live model is sent them). */
export async function readDataset(options: ReadDatasetOptions): Promise<Dataset> {
  const dataset = await scanDataset(options, true);
  return { ...dataset, examples: dataset.examples as Example[] };
}

/** The same checks and fingerprint, keeping only ids, labels and tags: for predictions files at any size. */
export async function readDatasetKeys(options: ReadDatasetOptions): Promise<DatasetKeys> {
  const { examples: _examples, ...keys } = await scanDataset(options, false);
  return keys;
}
