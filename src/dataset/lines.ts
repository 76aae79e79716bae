import { createReadStream } from 'node:fs';
import { inputError } from '../errors.js';

/**
 * Calls `onLine` for every line of a UTF-8 file, with its 1-based number, reading 64 KiB at a
 * time: memory is one chunk plus the longest line, whatever the file's size. Hand-written
 * rather than `readline` because readline's async iteration costs a promise per line (a
 * second on a million lines) and replaces invalid UTF-8 with U+FFFD silently: here a byte
 * sequence that is not UTF-8 is an error naming its line (and the file, as `name`) (two ids `a\xff` and `a\xfe` must
 * not both become `a\uFFFD`). A byte-order mark at the start is dropped; "\r\n" counts as "\n".
 */
export async function forEachLine(
  path: string,
  onLine: (text: string, lineNumber: number) => void,
  name = path,
): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let carry = '';
  let lineNumber = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
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
      lineNumber += 1;
      onLine(withoutCarriageReturn(carry + text.slice(0, end)), lineNumber);
      carry = '';
      start = end + 1;
      end = text.indexOf('\n', start);
      while (end !== -1) {
        lineNumber += 1;
        onLine(withoutCarriageReturn(text.slice(start, end)), lineNumber);
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
  if (carry !== '') onLine(withoutCarriageReturn(carry), lineNumber + 1);
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
