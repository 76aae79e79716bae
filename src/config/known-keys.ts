import type { z } from 'zod';

/**
 * The keys the config schema accepts at a path, and the nearest of them to a mistyped one, for
 * "gatez: unknown key, did you mean gates?". zod's unrecognized-keys issue names the bad key
 * only, so the accepted ones are read from the schema itself.
 */

/** The parts of a zod 4 definition this walk reads; every other kind of schema has no keys. */
interface Definition {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  left?: z.core.$ZodType;
  right?: z.core.$ZodType;
  getter?: () => z.core.$ZodType;
}

/** The schemas a value at `path` may be checked against (a union gives several). */
function schemasAt(schema: z.core.$ZodType, path: readonly PropertyKey[], depth = 0): z.core.$ZodType[] {
  const def = schema._zod.def as Definition;
  const wrapped = def.innerType ?? def.in ?? def.getter?.();
  if (wrapped) return schemasAt(wrapped, path, depth);
  if (def.options) return def.options.flatMap((option) => schemasAt(option, path, depth));
  if (def.left && def.right) return [...schemasAt(def.left, path, depth), ...schemasAt(def.right, path, depth)];
  if (depth === path.length) return [schema];
  const key = path[depth];
  const child = def.shape?.[String(key)] ?? def.element ?? def.valueType;
  return child ? schemasAt(child, path, depth + 1) : [];
}

/** Every key an object at `path` may have, in schema order. */
export function knownKeys(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const keys = schemasAt(schema, path).flatMap((found) => Object.keys((found._zod.def as Definition).shape ?? {}));
  return [...new Set(keys)];
}

/**
 * Edit distance with adjacent swaps counted once ("feilds" is one step from "fields"), over
 * keys of a few letters: written here because a library for it would be one more dependency
 * for a loop of ten lines.
 */
function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** The known key nearest to `typed` (case aside), when it is close enough to be the one meant. */
export function nearestKey(typed: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const key of known) {
    const d = distance(typed.toLowerCase(), key.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [key, d];
  }
  // Two edits, and fewer than a third of the key's letters: "modle" → model, not "foo" → out.
  return best !== null && bestDistance <= 2 && bestDistance * 3 <= typed.length ? best : null;
}
