/** A JSON number given where text is expected, as its text; or why it has none. */
export type NumberText = { text: string } | { refused: string };

/**
 * Ids, labels and answers may be written as numbers (`"id": 7`, `"output": 1`); each becomes its
 * decimal text, so `1` and `"1"` are one label. An integer beyond 2^53 has already lost digits in
 * JSON.parse (12345678901234567891 and …892 read the same): it is refused, with what to do, rather
 * than joined to the wrong example or scored as another label. `field` names it in that line.
 */
export function numberText(field: string, value: number): NumberText {
  if (Number.isInteger(value) && !Number.isSafeInteger(value))
    return {
      refused:
        `field "${field}" is the number ${value}, beyond 2^53, which JSON numbers cannot hold exactly: ` +
        `write it as a string ("${field}": "…")`,
    };
  return { text: String(value) };
}

/**
 * An answer given as a JSON scalar, as its text: a string as it is, a finite number by
 * numberText, a boolean as `true`/`false` (like a predictions file's `output` and a dataset's
 * `expected`); null for anything else (null, an object, an array, a non-finite number).
 */
export function scalarAnswerText(field: string, value: unknown): NumberText | null {
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number' && Number.isFinite(value)) return numberText(field, value);
  if (typeof value === 'boolean') return { text: String(value) };
  return null;
}
