import { describe, expect, it } from 'vitest';
import { canonicalJson, inCanonicalOrder } from '../src/canonical-json.js';

/** canonicalJson as first written (entries sorted with `<`): response-cache keys and fingerprints depend on its text. */
function firstDefinition(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(firstDefinition).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${firstDefinition(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Deterministic values of every JSON shape, keys in random order, some integer-like or odd. */
function randomValues(count: number): unknown[] {
  let state = 20261207;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const keys = ['a', 'b', 'B', 'é', '10', '9', '__proto__', 'z z', '"q"', '', 'aa', '\u{1F600}', 'ｚ'];
  const make = (depth: number): unknown => {
    const kind = Math.floor(next() * (depth > 3 ? 5 : 8));
    if (kind === 0) return `s${Math.floor(next() * 100)}\n"`;
    if (kind === 1) return Math.floor(next() * 1000) / 8 - 50;
    if (kind === 2) return next() < 0.5;
    if (kind === 3) return null;
    if (kind === 4) return undefined;
    if (kind === 5) return Array.from({ length: Math.floor(next() * 4) }, () => make(depth + 1));
    const object: Record<string, unknown> = {};
    for (let k = Math.floor(next() * 5); k > 0; k--) {
      Object.defineProperty(object, keys[Math.floor(next() * keys.length)] as string, {
        value: make(depth + 1),
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
    return object;
  };
  return Array.from({ length: count }, () => make(0));
}

describe('canonicalJson', () => {
  it('writes the same text as its first definition, keys sorted or not', () => {
    const values = randomValues(5000);
    for (const value of values) expect(canonicalJson(value)).toBe(firstDefinition(value));
    // Both paths were taken.
    expect(values.some((value) => typeof value === 'object' && value !== null && inCanonicalOrder(value))).toBe(true);
    expect(values.some((value) => !inCanonicalOrder(value))).toBe(true);
  });

  it('sorts by UTF-16 code units, integer-like keys too (objects enumerate those first)', () => {
    expect(canonicalJson({ b: 1, 10: 2, 9: 3, a: { y: [1, { d: 0, c: null }], x: 'é' } })).toBe(
      '{"10":2,"9":3,"a":{"x":"é","y":[1,{"c":null,"d":0}]},"b":1}',
    );
    expect(inCanonicalOrder({ 9: 1, 10: 2 })).toBe(false);
    expect(inCanonicalOrder({ a: [1, { b: 'x', c: null }], d: true })).toBe(true);
    expect(inCanonicalOrder({ a: undefined })).toBe(false);
    expect(inCanonicalOrder(new Date(0))).toBe(false);
  });
});
