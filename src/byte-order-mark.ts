/** A UTF-8 byte-order mark (written by some Windows editors) is neither JSON nor part of a CSV header. */
export function withoutByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
