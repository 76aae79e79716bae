/** Which source field holds each part of an example; renamable in config (`dataset.fields`). */
export interface FieldMapping {
  id: string;
  input: string;
  expected: string;
  /** Fields copied into the example's slice tags; by default a `tags` object, if present. */
  tags: string[] | null;
}

export const defaultFields: FieldMapping = { id: 'id', input: 'input', expected: 'expected', tags: null };

/**
 * Common names for each part of an example, in order of preference (Hugging Face datasets,
 * scikit-learn style CSVs, eval harnesses): what `init` maps, and what a missing-field message
 * suggests mapping.
 */
export const usualFieldNames = {
  id: ['id', 'uid', 'example_id', 'exampleId', 'qid', 'idx', 'index', 'key', '_id'],
  input: ['input', 'text', 'prompt', 'question', 'query', 'sentence', 'content', 'message', 'body', 'email', 'review'],
  expected: ['expected', 'label', 'answer', 'target', 'gold', 'reference', 'class', 'category', 'output', 'y'],
} as const;
