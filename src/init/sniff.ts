import type { FieldMapping } from '../dataset/fields.js';

/** What `init` makes of a dataset's first rows: which field is which, and what is scored. */
export interface DatasetSketch {
  fields: FieldMapping;
  task: 'classification' | 'generation';
  /** The expected values seen (classification), for the config's comment. */
  labelsSeen: string[];
  rowsSeen: number;
}

// Common names for each part of an example, in order of preference (Hugging Face datasets,
// scikit-learn style CSVs, eval harnesses).
const candidates = {
  id: ['id', 'uid', 'example_id', 'exampleId', 'qid', 'idx', 'index', 'key', '_id'],
  input: ['input', 'text', 'prompt', 'question', 'query', 'sentence', 'content', 'message', 'body', 'email', 'review'],
  expected: ['expected', 'label', 'answer', 'target', 'gold', 'reference', 'class', 'category', 'output', 'y'],
} as const;

export type FieldRole = keyof typeof candidates;

/** Free text rather than labels: a long answer, many words, or answers that hardly ever repeat. */
function looksLikeFreeText(values: string[]): boolean {
  const distinct = new Set(values);
  if (values.some((value) => value.trim().split(/\s+/).length > 3 || value.length > 40)) return true;
  if (distinct.size > 50) return true;
  return values.length >= 10 && distinct.size > values.length / 2;
}

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
  const task = looksLikeFreeText(values) ? 'generation' : 'classification';
  return {
    sketch: {
      fields: { id, input, expected, tags: null },
      task,
      labelsSeen: task === 'classification' ? [...new Set(values)].sort() : [],
      rowsSeen: rows.length,
    },
  };
}
