/**
 * Several reference answers for one example (`"expected": ["Paris", "Paris, France"]`) travel
 * as one string, joined by U+001F (the ASCII unit separator), through the dataset's keys, the
 * fingerprint and the snapshot's `expected` field. So a schema-2 snapshot keeps its shape: an
 * older reader sees one string, and a single reference is stored exactly as before. A
 * dataset whose answers contain U+001F is refused where it is read (dataset/read.ts).
 */
export const REFERENCE_SEPARATOR = '\u001f';

/** The references an `expected` string stands for: one, or several joined by REFERENCE_SEPARATOR. */
export function referencesOf(expected: string): string[] {
  return expected.includes(REFERENCE_SEPARATOR) ? expected.split(REFERENCE_SEPARATOR) : [expected];
}

export function joinReferences(references: readonly string[]): string {
  return references.join(REFERENCE_SEPARATOR);
}

/** For people: the references one after the other, as the report lists them. */
export function referencesText(expected: string): string {
  return referencesOf(expected).join(' | ');
}
