import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Example } from '../dataset/types.js';
import type { Usage } from './types.js';

export interface CachedAnswer {
  output: string;
  usage?: Usage;
  latencyMs?: number;
}

const entryVersion = 1;

/** JSON with object keys sorted, so that equal values give equal text and equal hashes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Answers on disk, one file per (adapter config, example), written the moment they arrive:
 * a run that crashed is re-run and requests only what is missing. The namespace is the
 * adapter's config without runner options; it names environment variables, never their
 * values, so no secret reaches a key or a file. Errors are never cached.
 */
export class ResponseCache {
  private readonly shardsMade = new Set<string>();

  constructor(
    readonly dir: string,
    private readonly namespace: unknown,
  ) {}

  keyOf(example: Example): string {
    const material = canonicalJson({ adapter: this.namespace, id: example.id, input: example.input, fields: example.fields });
    return createHash('sha256').update(material).digest('hex');
  }

  async get(example: Example): Promise<CachedAnswer | undefined> {
    try {
      const entry: unknown = JSON.parse(await readFile(this.pathOf(this.keyOf(example)), 'utf8'));
      const record = entry as { version?: unknown; output?: unknown };
      return record.version === entryVersion && typeof record.output === 'string' ? (entry as CachedAnswer) : undefined;
    } catch {
      // Absent, or unreadable (edited by hand): ask the model again.
      return undefined;
    }
  }

  /** Write to a temporary file, then rename: a crash never leaves half an entry behind. */
  async put(example: Example, answer: CachedAnswer): Promise<void> {
    const key = this.keyOf(example);
    const path = this.pathOf(key);
    const shard = key.slice(0, 2);
    if (!this.shardsMade.has(shard)) {
      await mkdir(join(this.dir, shard), { recursive: true });
      this.shardsMade.add(shard);
    }
    const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temporary, JSON.stringify({ version: entryVersion, ...answer }));
    await rename(temporary, path);
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
