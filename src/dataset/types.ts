import type { InputTexts } from './inputs.js';

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

/**
 * What scoring and pairing need of every example, in file order: 8 B per example for each
 * of `ids`, `expected` and `tags` (references: the id string itself, ~30 B, plus a Map entry
 * in `rowOfId`, ~40 B; expected labels and tag sets are shared objects, one per distinct
 * value). Source rows are not kept: a predictions run never needs them. Inputs (as records
 * keep them, `recordInput`, for the report and the snapshot) are the largest cost per example
 * as text: a predictions run over JSON Lines leaves them in the file (dataset/inputs.ts, 12 B
 * per example), other runs hold the text.
 */
export interface DatasetKeys {
  path: string;
  format: 'jsonl' | 'json' | 'csv';
  /**
   * sha256 over the sorted hashes of each canonical (id, input, expected) triple: row order, file
   * format and key order in input objects do not change it (src/dataset/fingerprint.ts).
   */
  fingerprint: string;
  /** The same by the earlier definition (plain JSON.stringify), which older snapshots carry. */
  earlierFingerprint: string;
  n: number;
  ids: string[];
  rowOfId: Map<string, number>;
  expected: string[];
  /** The inputs as records keep them (`recordInput`). */
  inputs: InputTexts;
  tags: Record<string, string>[];
}

/** A dataset with its examples in full: what a live model is sent. */
export interface Dataset extends DatasetKeys {
  examples: Example[];
}
