/**
 * The value, or a thrown error when it is missing: the tests' one way to read an index or an optional field
 * they know is there (src writes `xs[i] as T`; a test should fail loudly instead of reading on).
 */
export function defined<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected a ${what}, got ${String(value)}`);
  return value;
}
