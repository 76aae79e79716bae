/**
 * Python's view of text, so our counts match what users get from `len()` and `str.split()`.
 * Python's whitespace (str.isspace) adds U+001C–U+001F and U+0085 to JavaScript's `\s`, and
 * lacks U+FEFF.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: Python counts U+001C..U+001F as whitespace
const PYTHON_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** Python's `str.split()`: the non-empty pieces between runs of whitespace. */
export function splitWhitespace(text: string): string[] {
  return text.split(PYTHON_WHITESPACE).filter((piece) => piece.length > 0);
}

/** Python's `len(str)`: code points, a surrogate pair counting once. */
export function countCodePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}
