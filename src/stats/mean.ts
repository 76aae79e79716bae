/** The arithmetic mean, summed in order (numpy.mean sums pairwise: equal up to rounding); NaN when empty. */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum / values.length;
}
