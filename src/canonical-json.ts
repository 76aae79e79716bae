/** JSON with object keys sorted, so that equal values give equal text and equal hashes. */
export function canonicalJson(value: unknown): string {
  return inCanonicalOrder(value) ? (JSON.stringify(value) ?? 'null') : sortedJson(value);
}

/**
 * Whether plain `JSON.stringify(value)` is already its canonical JSON: JSON data only (strings,
 * numbers, booleans, null, arrays, plain objects) whose object keys come in sorted order. One
 * walk of the keys, no text built: most inputs are this, and the native stringify is faster than
 * sorting in JavaScript (the dataset fingerprint serialises every input object).
 */
export function inCanonicalOrder(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!inCanonicalOrder(value[i])) return false;
    return true;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (i > 0 && !((keys[i - 1] as string) < key)) return false;
    if (!inCanonicalOrder((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function sortedJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += `${i > 0 ? ',' : ''}${sortedJson(value[i])}`;
    return `${text}]`;
  }
  // Default sort order is by UTF-16 code units, as `<` on strings.
  const keys = Object.keys(value).sort();
  let text = '{';
  for (const key of keys) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${sortedJson(item)}`;
  }
  return `${text}}`;
}
