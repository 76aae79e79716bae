/** One evaluation example after field mapping: the dataset's own field names are gone. */
export interface Example {
  id: string;
  /** What is sent to the model: a string, or the row's structured input as it was. */
  input: unknown;
  /** The reference label (classification) or answer (generation). */
  expected: string;
  /** Slice tags, e.g. {"lang": "de"}; empty when the dataset has none. */
  tags: Record<string, string>;
  /** The whole source row, for prompt templates that use other fields. */
  fields: Record<string, unknown>;
}

export interface Dataset {
  path: string;
  format: 'jsonl' | 'json' | 'csv';
  /** sha256 over the sorted hashes of each (id, input, expected) triple: row order and file format do not change it. */
  fingerprint: string;
  examples: Example[];
}
