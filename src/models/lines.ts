import type { Readable } from 'node:stream';

export interface LineHandlers {
  line(text: string): void;
  /** A line longer than the limit: its first bytes (to find its id), the rest is dropped unread. */
  oversized(head: string): void;
  /** Any bytes at all: the process is alive, even midway through a long line. */
  activity(): void;
}

/** Bytes of an oversized line kept to say what it was (its id is near the start). */
const headBytes = 1024;

/**
 * Splits a stream into UTF-8 lines ("\n", an optional "\r" before it dropped), holding at most
 * `maxBytes` of one line: a longer line is reported once and skipped up to its end, so a model
 * that prints 600 MB on one line costs `maxBytes` of memory, not a RangeError. readline has no
 * such limit, hence this hand-written splitter. Cost: one scan of each chunk for newlines.
 */
export function splitLines(stream: Readable, maxBytes: number, handlers: LineHandlers): void {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  const emit = (last: Buffer) => {
    const whole = pending.length === 0 ? last : Buffer.concat([...pending, last]);
    pending = [];
    pendingBytes = 0;
    const end = whole.length > 0 && whole[whole.length - 1] === 0x0d ? whole.length - 1 : whole.length;
    handlers.line(whole.toString('utf8', 0, end));
  };
  const overflow = (part: Buffer) => {
    const head = Buffer.concat([...pending, part.subarray(0, headBytes)]).subarray(0, headBytes);
    pending = [];
    pendingBytes = 0;
    skipping = true;
    handlers.oversized(head.toString('utf8'));
  };
  stream.on('data', (chunk: Buffer) => {
    handlers.activity();
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline === -1 ? chunk.length : newline;
      const part = chunk.subarray(start, end);
      if (skipping) {
        if (newline !== -1) skipping = false;
      } else if (pendingBytes + part.length > maxBytes) {
        overflow(part);
        if (newline !== -1) skipping = false;
      } else if (newline !== -1) {
        emit(part);
      } else {
        // Copied: the chunk's memory is not kept alive by a slice of it.
        pending.push(Buffer.from(part));
        pendingBytes += part.length;
      }
      start = end + 1;
    }
  });
  stream.on('end', () => {
    if (!skipping && pendingBytes > 0) emit(Buffer.alloc(0));
  });
}
