import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { inputError } from '../errors.js';
import { VERDICTS } from '../gate/types.js';

/**
 * The gate's record of its own decision, a small file beside the snapshot in the artifact.
 * `baseline: auto` reads it to take the latest snapshot whose gate step passed or was
 * accepted, whatever other jobs of the run did; `mode: comment` reads the PR it claims to be
 * for (and checks that claim against GitHub: a fork's run writes this file with fork code).
 */
export const gateRecordSchema = z.object({
  recordVersion: z.literal(1),
  verdict: z.enum(VERDICTS),
  /** True when the verdict is `accepted`: a reviewer's label let a failure through. */
  accepted: z.boolean(),
  acceptedBy: z
    .object({ login: z.string(), at: z.string(), label: z.string(), pullRequest: z.number().int() })
    .nullable(),
  commit: z.string().nullable(),
  createdAt: z.string(),
  event: z.string(),
  /** The PR this run gated, as the run saw it; null outside pull requests. */
  pullRequest: z
    .object({ number: z.number().int().positive(), headSha: z.string(), headRepository: z.string() })
    .nullable(),
  /** The sticky comment's key, so `mode: comment` updates the same comment. */
  commentKey: z.string().max(500),
  /** Whether the gate step took care of the PR comment (wrote it, or `comment: never`); a fork's or Dependabot's token cannot write it. */
  commented: z.boolean(),
});
export type GateRecord = z.infer<typeof gateRecordSchema>;

/** Whether the snapshot beside this record may be a later run's baseline. */
export function isAcceptedBaseline(record: GateRecord): boolean {
  return record.verdict !== 'fail';
}

export async function writeGateRecord(path: string, record: GateRecord): Promise<void> {
  await writeFile(path, `${JSON.stringify(record, null, 2)}\n`);
}

/** The record in a downloaded artifact; null when there is none (artifacts of older versions). */
export async function readGateRecord(path: string): Promise<GateRecord | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw inputError('gate-record.json', 'is not JSON');
  }
  const parsed = gateRecordSchema.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw inputError(
      'gate-record.json',
      `unexpected content (${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'schema mismatch'})`,
    );
  }
  return parsed.data;
}
