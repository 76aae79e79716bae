/** Which source field holds each part of an example; renamable in config (`dataset.fields`). */
export interface FieldMapping {
  id: string;
  input: string;
  expected: string;
  /** Fields copied into the example's slice tags; by default a `tags` object, if present. */
  tags: string[] | null;
}

export const defaultFields: FieldMapping = { id: 'id', input: 'input', expected: 'expected', tags: null };
