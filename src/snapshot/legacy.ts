import { z } from 'zod';
import { inputError } from '../errors.js';
import { type ExampleRecord, exampleRecord, type SnapshotHeader, snapshotHeaderSchema } from './schema.js';

/**
 * Schema 1 (`results.json`, the gate's releases before JSON Lines): one object, records in an
 * array. Users' artifacts and release assets hold such files, so they still read as
 * baselines. Its summary is not checked against today's schema (it is worked out again from
 * the records), only that it counts them.
 */
const legacySnapshotSchema = snapshotHeaderSchema.extend({
  schemaVersion: z.literal(1),
  records: z.array(exampleRecord),
  summary: z.object({ total: z.number() }).passthrough(),
});

export function legacySnapshotOf(
  path: string,
  value: unknown,
): { header: Omit<SnapshotHeader, 'schemaVersion' | 'summary'>; claimedTotal: number; records: ExampleRecord[] } {
  const parsed = legacySnapshotSchema.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw inputError(
      path,
      `not a valid schema-1 snapshot (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'schema mismatch'})`,
    );
  }
  const { records, summary, schemaVersion: _version, ...header } = parsed.data;
  return { header, claimedTotal: summary.total, records };
}
