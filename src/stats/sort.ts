/** Above this many values a counting sort is tried (below, the native sort is as fast). */
const COUNTING_MIN = 4096;
/** Largest value the counting sort takes: lengths in chars, words or tokens are below it. */
const COUNTING_MAX = 1 << 16;

/**
 * Sorts in place, ascending, exactly as `Float64Array.prototype.sort()` does. Output lengths
 * (the arrays sorted on a million-row run, five or six times over) are small non-negative
 * integers: those are counted, O(n + max), instead of compared, O(n log n). Anything else (a
 * fraction, a negative, -0, NaN, a large value) falls back to the native sort.
 */
export function sortNumbers(values: Float64Array): Float64Array {
  if (values.length < COUNTING_MIN) return values.sort();
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    // One test for "an integer in [0, COUNTING_MAX)": fractions, negatives, NaN and big values fail it.
    if (!(value >= 0 && value < COUNTING_MAX && Math.floor(value) === value) || Object.is(value, -0))
      return values.sort();
    if (value > max) max = value;
  }
  const counts = new Int32Array(max + 1);
  for (let i = 0; i < values.length; i++) counts[values[i] as number] = (counts[values[i] as number] as number) + 1;
  let at = 0;
  for (let value = 0; value <= max; value++) {
    const end = at + (counts[value] as number);
    values.fill(value, at, end);
    at = end;
  }
  return values;
}
