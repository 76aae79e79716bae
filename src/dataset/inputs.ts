import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { recordInput } from '../snapshot/records.js';

/**
 * The dataset's inputs as records keep them (`recordInput`), by dataset row. Scoring never
 * reads them; the report reads the few it lists (`get`) and the snapshot writer reads them
 * all, in order, a block at a time (`range`).
 */
export interface InputTexts {
  readonly size: number;
  /** One example's input. Synchronous: for the few examples a report lists. */
  get(row: number): string;
  /** The inputs of rows `start` to `end - 1`, in order: what the snapshot writer asks for. */
  range(start: number, end: number): Promise<string[]>;
  /** The inputs of these rows, as their own InputTexts (a shard's). */
  pick(rows: readonly number[]): InputTexts;
}

/** Inputs held as strings: JSON arrays, CSV, and datasets read whole for a live model. */
export class StoredInputs implements InputTexts {
  constructor(private readonly texts: readonly string[]) {}
  get size(): number {
    return this.texts.length;
  }
  get(row: number): string {
    return this.texts[row] as string;
  }
  async range(start: number, end: number): Promise<string[]> {
    return this.texts.slice(start, end);
  }
  pick(rows: readonly number[]): InputTexts {
    return new StoredInputs(rows.map((row) => this.texts[row] as string));
  }
}

/**
 * Inputs of a JSON Lines dataset left in the file: 12 B per example (where its line starts
 * and how many bytes it has) instead of the text (~90 B for a 70-character input, the largest
 * cost per example of a predictions run). A line is read again and parsed when its input is
 * asked for. The file is the one just read and fingerprinted; a line that no longer parses
 * (the file was changed during the run) gives an empty input, never an error: inputs are
 * shown, not scored.
 */
export class FileInputs implements InputTexts {
  constructor(
    private readonly path: string,
    private readonly field: string,
    /** Byte offset of each row's line. */
    private readonly offsets: Float64Array,
    /** Byte length of each row's line, without its line break. */
    private readonly lengths: Int32Array,
  ) {}

  get size(): number {
    return this.lengths.length;
  }

  private inputOfLine(line: string): string {
    try {
      const value = JSON.parse(line) as Record<string, unknown>;
      return recordInput(value[this.field]);
    } catch {
      return '';
    }
  }

  get(row: number): string {
    const length = this.lengths[row] as number;
    const bytes = Buffer.allocUnsafe(length);
    const descriptor = openSync(this.path, 'r');
    try {
      const read = readSync(descriptor, bytes, 0, length, this.offsets[row] as number);
      return this.inputOfLine(bytes.toString('utf8', 0, read));
    } finally {
      closeSync(descriptor);
    }
  }

  /** One read of the bytes from the first row's line to the end of the last's, then a parse per line: the writer's blocks of 4,096 rows are a few hundred KB. */
  async range(start: number, end: number): Promise<string[]> {
    if (end <= start) return [];
    // Rows are in file order unless picked otherwise: the read spans the lowest to the highest.
    let first = Number.POSITIVE_INFINITY;
    let last = 0;
    for (let row = start; row < end; row++) {
      first = Math.min(first, this.offsets[row] as number);
      last = Math.max(last, (this.offsets[row] as number) + (this.lengths[row] as number));
    }
    const size = last - first;
    const bytes = Buffer.allocUnsafe(size);
    const handle = await open(this.path, 'r');
    let read = 0;
    try {
      while (read < size) {
        const { bytesRead } = await handle.read(bytes, read, size - read, first + read);
        if (bytesRead === 0) break;
        read += bytesRead;
      }
    } finally {
      await handle.close();
    }
    const inputs: string[] = [];
    for (let row = start; row < end; row++) {
      const at = (this.offsets[row] as number) - first;
      const stop = at + (this.lengths[row] as number);
      inputs.push(stop > read ? '' : this.inputOfLine(bytes.toString('utf8', at, stop)));
    }
    return inputs;
  }

  pick(rows: readonly number[]): InputTexts {
    return new FileInputs(
      this.path,
      this.field,
      Float64Array.from(rows, (row) => this.offsets[row] as number),
      Int32Array.from(rows, (row) => this.lengths[row] as number),
    );
  }
}
