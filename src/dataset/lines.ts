import { createReadStream } from 'node:fs';
import { inputError } from '../errors.js';

/**
 * Calls `onLine` for every line of a UTF-8 file, with its 1-based number, reading 64 KiB at a
 * time: memory is one chunk plus the longest line, whatever the file's size. Hand-written
 * rather than `readline` because readline's async iteration costs a promise per line (a
 * second on a million lines) and replaces invalid UTF-8 with U+FFFD silently: here a byte
 * sequence that is not UTF-8 is an error naming its line (and the file, as `name`) (two ids `a\xff` and `a\xfe` must
 * not both become `a\uFFFD`). A byte-order mark at the start is dropped; "\r\n" counts as "\n".
 * `at` (one object, updated for each line: read it in the callback) says where the line's
 * bytes are, when asked for: what FileInputs reads again.
 */
export async function forEachLine(
  path: string,
  onLine: (text: string, lineNumber: number, at: LineBytes) => void,
  name = path,
  /** Count each line's bytes (LineBytes); off, `at` stays zero (the count costs a pass over the text). */
  withBytes = false,
): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let carry = '';
  let lineNumber = 0;
  const at: LineBytes = { offset: 0, length: 0 };
  let next = 0;
  // `raw` is the line with its "\r" if it had one; `at` says where its bytes are.
  const emit = (raw: string) => {
    lineNumber += 1;
    const line = withoutCarriageReturn(raw);
    if (withBytes) {
      at.offset = next;
      at.length = Buffer.byteLength(line, 'utf8');
      next += at.length + (line.length === raw.length ? 1 : 2);
    }
    onLine(line, lineNumber, at);
  };
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
    // The decoder drops a byte-order mark: its 3 bytes still come before the first line.
    if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) next = 3;
    first = false;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw inputError(
        `${name} line ${lineNumber + invalidLineOffset(chunk)}`,
        'not valid UTF-8 text (save the file as UTF-8)',
      );
    }
    let start = 0;
    let end = text.indexOf('\n');
    if (end !== -1) {
      emit(carry + text.slice(0, end));
      carry = '';
      start = end + 1;
      end = text.indexOf('\n', start);
      while (end !== -1) {
        emit(text.slice(start, end));
        start = end + 1;
        end = text.indexOf('\n', start);
      }
    }
    carry += text.slice(start);
  }
  try {
    carry += decoder.decode();
  } catch {
    throw inputError(`${name} line ${lineNumber + 1}`, 'not valid UTF-8 text: the file ends inside a character');
  }
  if (carry !== '') emit(carry);
}

/** Where a line's bytes are in its file: its first byte, and how many (without the line break). */
export interface LineBytes {
  offset: number;
  length: number;
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * Which line of `bytes` (1 = the line the previous chunk ended in) holds the first invalid
 * sequence: found by decoding line by line, only once decoding has failed. A character split
 * across two chunks leaves up to 3 continuation bytes at the start; they are skipped.
 */
function invalidLineOffset(bytes: Buffer): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let offset = 1;
  let start = 0;
  while (start < 3 && start < bytes.length && ((bytes[start] as number) & 0xc0) === 0x80) start += 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    try {
      strict.decode(bytes.subarray(start, end));
    } catch {
      return offset;
    }
    offset += 1;
    start = end + 1;
  }
  return 1;
}

/** A whole file's text, refusing invalid UTF-8 with the line it is on (for JSON arrays and old snapshots). */
export function decodeUtf8(path: string, bytes: Buffer): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text;
  } catch {
    throw inputError(`${path} line ${invalidLineOffset(bytes)}`, 'not valid UTF-8 text (save the file as UTF-8)');
  }
}
