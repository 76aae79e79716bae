import { type FieldMapping, usualFieldNames } from '../dataset/fields.js';
import { freeTextSigns } from '../metrics/free-text.js';

/** What `init` makes of a dataset's first rows: which field is which, and what is scored. */
export interface DatasetSketch {
  fields: FieldMapping;
  task: 'classification' | 'generation';
  /** The expected values seen (classification), for the config's comment. */
  labelsSeen: string[];
  rowsSeen: number;
}

const candidates = usualFieldNames;

export type FieldRole = keyof typeof candidates;

function pick(keys: string[], names: readonly string[], taken: string[]): string | undefined {
  const free = keys.filter((key) => !taken.includes(key));
  for (const name of names) {
    const found = free.find((key) => key.toLowerCase() === name.toLowerCase());
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Guesses the field mapping and the task from sample rows (plain objects). Returns the roles it
 * could not place instead of guessing wildly: the caller says which fields the rows have.
 */
export function sketchDataset(
  rows: readonly Record<string, unknown>[],
): { sketch: DatasetSketch } | { missing: FieldRole[]; keys: string[] } {
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const id = pick(keys, candidates.id, []);
  const expected = pick(keys, candidates.expected, id === undefined ? [] : [id]);
  const taken = [id, expected].filter((key): key is string => key !== undefined);
  // The input: a known name, else the only field left that is not the tags object.
  const rest = keys.filter((key) => !taken.includes(key) && key !== 'tags');
  const input = pick(keys, candidates.input, taken) ?? (rest.length === 1 ? rest[0] : undefined);
  if (id === undefined || input === undefined || expected === undefined) {
    const found: Record<FieldRole, string | undefined> = { id, input, expected };
    return { missing: (['id', 'input', 'expected'] as const).filter((role) => found[role] === undefined), keys };
  }
  const values = rows
    .map((row) => row[expected])
    .filter((value) => value !== undefined && value !== null)
    .map(String);
  // The run's own free-text test (metrics/free-text.ts), on however many rows were sampled.
  const task = freeTextSigns(values, 1) ? 'generation' : 'classification';
  return {
    sketch: {
      fields: { id, input, expected, tags: null },
      task,
      labelsSeen: task === 'classification' ? [...new Set(values)].sort() : [],
      rowsSeen: rows.length,
    },
  };
}
