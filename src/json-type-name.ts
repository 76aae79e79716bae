/** A parsed JSON value's kind, as an error line names it: `null` and `array` apart from `object`. */
export function jsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}
