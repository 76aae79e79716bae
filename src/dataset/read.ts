import { inputError } from '../errors.js';
import { defaultFields, type FieldMapping } from './fields.js';
import { datasetFingerprint } from './fingerprint.js';
import { formatFromPath, readRows, type DatasetFormat, type SourceRow } from './rows.js';
import type { Dataset, Example } from './types.js';

export interface ReadDatasetOptions {
  path: string;
  format?: DatasetFormat;
  fields?: Partial<FieldMapping>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ids and labels may be written as numbers (`"id": 7`, label `1`); both become strings. */
function scalarText(row: SourceRow, record: Record<string, unknown>, field: string): string {
  const value = record[field];
  if (value === undefined || value === null) throw inputError(row.where, `field "${field}" is missing`);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw inputError(row.where, `field "${field}" must be a string or a number, got ${Array.isArray(value) ? 'an array' : typeof value}`);
}

function tagsOf(row: SourceRow, record: Record<string, unknown>, tagFields: string[] | null): Record<string, string> {
  if (tagFields === null) {
    const tags = record.tags;
    if (tags === undefined || tags === null) return {};
    if (!isRecord(tags)) throw inputError(row.where, 'field "tags" must be an object of slice names to values');
    return Object.fromEntries(Object.entries(tags).map(([key, value]) => [key, String(value)]));
  }
  const tags: Record<string, string> = {};
  for (const field of tagFields) {
    const value = record[field];
    if (value !== undefined && value !== null && value !== '') tags[field] = String(value);
  }
  return tags;
}

export function toExample(row: SourceRow, fields: FieldMapping): Example {
  if (!isRecord(row.value)) throw inputError(row.where, 'expected an object with the example\'s fields');
  const record = row.value;
  const id = scalarText(row, record, fields.id);
  if (id.trim() === '') throw inputError(row.where, `field "${fields.id}" (the id) is empty`);
  if (!(fields.input in record)) throw inputError(row.where, `field "${fields.input}" is missing`);
  return {
    id,
    input: record[fields.input],
    expected: scalarText(row, record, fields.expected),
    tags: tagsOf(row, record, fields.tags),
    fields: record,
  };
}

/** Reads, validates and fingerprints a dataset; every bad row is one line naming file and line. */
export async function readDataset(options: ReadDatasetOptions): Promise<Dataset> {
  const format = options.format ?? formatFromPath(options.path);
  const fields: FieldMapping = { ...defaultFields, ...options.fields };
  const examples: Example[] = [];
  const firstSeen = new Map<string, string>();
  for await (const row of readRows(options.path, format)) {
    const example = toExample(row, fields);
    const previous = firstSeen.get(example.id);
    if (previous !== undefined) throw inputError(row.where, `duplicate id "${example.id}" (first at ${previous})`);
    firstSeen.set(example.id, row.where);
    examples.push(example);
  }
  if (examples.length === 0) throw inputError(options.path, 'the dataset is empty (expected at least one example)');
  return { path: options.path, format, fingerprint: datasetFingerprint(examples), examples };
}
