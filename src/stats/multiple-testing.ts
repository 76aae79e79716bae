/**
 * Holm's step-down adjustment, as statsmodels `multipletests(p, method='holm')[1]`: sort
 * ascending, multiply the i-th smallest (0-based) by (m − i), carry the running maximum,
 * cap at 1, and return in the input order. Reject where adjusted p ≤ α; this controls the
 * family-wise false-alarm rate across gated slices or classes.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, index) => index).sort((i, j) => (pValues[i] as number) - (pValues[j] as number));
  const adjusted = new Array<number>(m);
  let runningMax = 0;
  order.forEach((index, rank) => {
    runningMax = Math.max(runningMax, Math.min(1, (m - rank) * (pValues[index] as number)));
    adjusted[index] = runningMax;
  });
  return adjusted;
}
