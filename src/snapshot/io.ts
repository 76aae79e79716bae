import { open, readFile, rename, writeFile, type FileHandle } from 'node:fs/promises';
import { errorMessage, inputError } from '../errors.js';
import { SNAPSHOT_SCHEMA_VERSION, snapshotSchema, type Snapshot } from './schema.js';

/** A UTF-8 byte-order mark (written by some Windows editors) is not JSON. */
function withoutByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Reads a results.json; another schema version or a malformed file is one clear line. */
export async function readSnapshot(path: string): Promise<Snapshot> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw inputError(path, 'snapshot file not found');
    if (error.code === 'EISDIR') throw inputError(path, 'is a directory, expected a results.json snapshot');
    throw inputError(path, `cannot read the snapshot (${error.code ?? errorMessage(error)})`);
  });
  let value: unknown;
  try {
    value = JSON.parse(withoutByteOrderMark(text));
  } catch (error) {
    throw inputError(path, `not a results.json snapshot: invalid JSON (${errorMessage(error)})`);
  }
  const version = typeof value === 'object' && value !== null ? (value as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version === undefined) throw inputError(path, 'not a results.json snapshot (no "schemaVersion")');
  if (version !== SNAPSHOT_SCHEMA_VERSION) {
    throw inputError(path, `snapshot schema version ${JSON.stringify(version)}, this gate reads version ${SNAPSHOT_SCHEMA_VERSION}: re-create it with this version of the gate`);
  }
  const parsed = snapshotSchema.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw inputError(path, `not a valid results.json snapshot (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'schema mismatch'})`);
  }
  return parsed.data;
}

/** Written to a temporary name and renamed, so a crash never leaves half a snapshot. */
export async function writeJsonAtomic(path: string, value: unknown, indent = 0): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(value, null, indent) + "\n");
  await rename(temporary, path);
}

/** The first line with content, read up to its end however long it is (predictions can be huge). */
async function firstNonEmptyLine(handle: FileHandle): Promise<string> {
  const lines = handle.readLines({ encoding: 'utf8', autoClose: false });
  try {
    for await (const line of lines) if (line.trim() !== '') return withoutByteOrderMark(line);
    return '';
  } finally {
    lines.close();
  }
}

/**
 * A --baseline file is either a results.json or a predictions JSONL: the first line of a
 * predictions file is a complete {"id", "output"|"error"} object, a snapshot's is not.
 */
export async function isPredictionsFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw inputError(path, error.code === 'ENOENT' ? 'baseline file not found' : `cannot read the baseline (${error.code ?? errorMessage(error)})`);
  });
  try {
    const value: unknown = JSON.parse(await firstNonEmptyLine(handle));
    return typeof value === 'object' && value !== null && 'id' in value && ('output' in value || 'error' in value);
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}
