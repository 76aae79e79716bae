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

/** Where each row's input is in a JSON Lines file. */
export interface InputPlaces {
  /** Byte offset of each row's line. */
  offsets: Float64Array;
  /** Byte length of each row's line, without its line break. */
  lengths: Int32Array;
  /**
   * Byte offset in its line of the input's text when the line is ASCII and holds the kept
   * input as is (no escapes, not shortened: the common case), -1 when the line must be parsed.
   */
  textStarts: Int32Array;
  textLengths: Int32Array;
}

/**
 * Inputs of a JSON Lines dataset left in the file: 20 B per example (where its line and its
 * input's text are) instead of the text (~90 B for a 70-character input, the largest cost per
 * example of a predictions run). An input is read again when asked for: its bytes as is when
 * the reader found them in the line, else the line parsed. The file is the one just read and
 * fingerprinted; a line that no longer parses (the file was changed during the run) gives an
 * empty input, never an error: inputs are shown, not scored.
 */
export class FileInputs implements InputTexts {
  constructor(
    private readonly path: string,
    private readonly field: string,
    private readonly places: InputPlaces,
  ) {}

  get size(): number {
    return this.places.lengths.length;
  }

  /** Row `row`'s input from `bytes`, which hold its line from `at`. */
  private inputIn(bytes: Buffer, at: number, row: number): string {
    const { lengths, textStarts, textLengths } = this.places;
    const textStart = textStarts[row] as number;
    if (textStart !== -1) {
      const from = at + textStart;
      return bytes.toString('latin1', from, from + (textLengths[row] as number));
    }
    try {
      const value = JSON.parse(bytes.toString('utf8', at, at + (lengths[row] as number))) as Record<string, unknown>;
      return recordInput(value[this.field]);
    } catch {
      return '';
    }
  }

  get(row: number): string {
    const length = this.places.lengths[row] as number;
    const bytes = Buffer.alloc(length);
    const descriptor = openSync(this.path, 'r');
    try {
      readSync(descriptor, bytes, 0, length, this.places.offsets[row] as number);
    } finally {
      closeSync(descriptor);
    }
    return this.inputIn(bytes, 0, row);
  }

  /**
   * One read of the bytes from the first row's line to the end of the last's, then each input
   * taken from them: the writer's blocks of 4,096 rows are a few hundred KB.
   */
  async range(start: number, end: number): Promise<string[]> {
    if (end <= start) return [];
    const { offsets, lengths } = this.places;
    // Rows are in file order unless picked otherwise: the read spans the lowest to the highest.
    let first = Number.POSITIVE_INFINITY;
    let last = 0;
    for (let row = start; row < end; row++) {
      first = Math.min(first, offsets[row] as number);
      last = Math.max(last, (offsets[row] as number) + (lengths[row] as number));
    }
    const size = last - first;
    // Zero-filled: bytes a shortened file did not give parse as nothing, never as old memory.
    const bytes = Buffer.alloc(size);
    const handle = await open(this.path, 'r');
    try {
      let read = 0;
      while (read < size) {
        const { bytesRead } = await handle.read(bytes, read, size - read, first + read);
        if (bytesRead === 0) break;
        read += bytesRead;
      }
    } finally {
      await handle.close();
    }
    const inputs: string[] = [];
    for (let row = start; row < end; row++) inputs.push(this.inputIn(bytes, (offsets[row] as number) - first, row));
    return inputs;
  }

  pick(rows: readonly number[]): InputTexts {
    const column = <T extends Float64Array | Int32Array>(values: T, make: (n: number) => T): T => {
      const picked = make(rows.length);
      rows.forEach((row, k) => {
        picked[k] = values[row] as number;
      });
      return picked;
    };
    const int32 = (n: number) => new Int32Array(n);
    return new FileInputs(this.path, this.field, {
      offsets: column(this.places.offsets, (n) => new Float64Array(n)),
      lengths: column(this.places.lengths, int32),
      textStarts: column(this.places.textStarts, int32),
      textLengths: column(this.places.textLengths, int32),
    });
  }
}
