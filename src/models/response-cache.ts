import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalJson } from '../canonical-json.js';
import type { Example } from '../dataset/types.js';
import type { Usage } from './types.js';

export interface CachedAnswer {
  output: string;
  usage?: Usage;
  latencyMs?: number;
}

interface Entry extends CachedAnswer {
  key: string;
}

function parseEntry(line: string): Entry | null {
  try {
    const value = JSON.parse(line) as Partial<Entry>;
    return typeof value.key === 'string' && typeof value.output === 'string' ? (value as Entry) : null;
  } catch {
    return null;
  }
}

/**
 * Answers on disk, keyed by (adapter config, example), so that a run that crashed is re-run
 * requesting only what is missing. Each run appends one JSON line per answer, the moment it
 * arrives, to its own file (`answers-*.jsonl`); a line cut short by a crash does not parse and
 * is ignored, so an entry is there whole or not at all. One appended line per answer instead of
 * one file per answer: creating and renaming 2,000 small files took 3.4 s on this machine.
 * The namespace is the adapter's config without runner options: it names environment
 * variables, never their values, so no secret reaches a key or a file. Errors are not cached.
 */
export class ResponseCache {
  private readonly namespaceJson: string;
  private readonly keys = new WeakMap<Example, string>();
  private entries = new Map<string, CachedAnswer>();
  private stream: WriteStream | null = null;

  constructor(
    readonly dir: string,
    namespace: unknown,
  ) {
    this.namespaceJson = canonicalJson(namespace);
  }

  keyOf(example: Example): string {
    let key = this.keys.get(example);
    if (key === undefined) {
      const material = `${this.namespaceJson}\n${canonicalJson({ id: example.id, input: example.input, fields: example.fields })}`;
      key = createHash('sha256').update(material).digest('hex');
      this.keys.set(example, key);
    }
    return key;
  }

  /** Reads every answer file in the directory (none yet is fine). */
  async load(): Promise<void> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((name) => name.startsWith('answers-') && name.endsWith('.jsonl'));
    } catch {
      return;
    }
    for (const name of names.sort()) {
      for (const line of (await readFile(join(this.dir, name), 'utf8')).split('\n')) {
        const entry = parseEntry(line);
        if (entry)
          this.entries.set(entry.key, { output: entry.output, usage: entry.usage, latencyMs: entry.latencyMs });
      }
    }
  }

  get(example: Example): CachedAnswer | undefined {
    return this.entries.get(this.keyOf(example));
  }

  /** Resolves once the line is handed to the operating system. */
  async put(example: Example, answer: CachedAnswer): Promise<void> {
    const stream = await this.open();
    const line = `${JSON.stringify({ key: this.keyOf(example), ...answer })}\n`;
    await new Promise<void>((resolve, reject) => stream.write(line, (error) => (error ? reject(error) : resolve())));
  }

  async close(): Promise<void> {
    const stream = this.stream;
    this.stream = null;
    if (stream && !stream.destroyed) await new Promise<void>((resolve) => stream.end(resolve));
  }

  private async open(): Promise<WriteStream> {
    if (this.stream === null) {
      await mkdir(this.dir, { recursive: true });
      if (this.stream === null) {
        const name = `answers-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${randomBytes(3).toString('hex')}.jsonl`;
        this.stream = createWriteStream(join(this.dir, name), { flags: 'a' });
        // Errors reach the pending writes' callbacks; this keeps them from crashing the process.
        this.stream.on('error', () => undefined);
      }
    }
    return this.stream;
  }
}
