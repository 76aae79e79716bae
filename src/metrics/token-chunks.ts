/**
 * The o200k tokenizer (gpt-tokenizer) runs BPE on each pre-token, and its cost on one pre-token
 * grows with the square of its length: 200,000 characters without whitespace are one
 * pre-token and take tens of seconds (`BENCH_FULL=1 npm run bench faults` times it beside the
 * chunked count). So text is counted in chunks of at most `chunkChars` characters,
 * which bounds the work per chunk and makes the whole count linear: O(n · chunkChars).
 *
 * Exactness: a chunk ends, where it can, just before a space that sits between two
 * non-whitespace characters. o200k's pre-tokenizer always starts a new pre-token there (the
 * space leads the next word; no pattern carries a space inside or at its end), and BPE never
 * merges across pre-tokens, so such cuts leave the count exact — ordinary text is counted
 * exactly. Only a run of `chunkChars` characters with no such space (minified code, base64,
 * one long "word") is cut hard; each hard cut may split a token, which adds about one token
 * (measured on random letters: 10 extra tokens for 78 cuts, +0.1%; never more than one per
 * cut — test/metrics/token-chunks.test.ts checks that bound against the exact count).
 */
export const chunkChars = 256;

function isWhitespace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** A space with non-whitespace on both sides: cutting before it keeps the count exact. */
function isSafeCut(text: string, index: number): boolean {
  return (
    text.charCodeAt(index) === 0x20 &&
    !isWhitespace(text.charCodeAt(index - 1)) &&
    !isWhitespace(text.charCodeAt(index + 1)) &&
    index + 1 < text.length
  );
}

/** Where the chunk that starts at `start` ends (exclusive). Scans at most `limit` characters back. */
function chunkEnd(text: string, start: number, limit: number): number {
  const end = start + limit;
  if (end >= text.length) return text.length;
  for (let cut = end; cut > start; cut--) if (isSafeCut(text, cut)) return cut;
  // A hard cut, never inside a surrogate pair.
  const code = text.charCodeAt(end);
  return code >= 0xdc00 && code <= 0xdfff ? end - 1 : end;
}

/** The text in pieces of at most `limit` characters, cut as described above. */
export function* tokenChunks(text: string, limit = chunkChars): Generator<string> {
  for (let start = 0; start < text.length; ) {
    const end = chunkEnd(text, start, limit);
    yield text.slice(start, end);
    start = end;
  }
}
