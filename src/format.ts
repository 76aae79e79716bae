/** Number formats shared by gate messages and reports, so both say the same thing. */

/** A share as percentage points: 0.0312 → "3.1". */
export function points(value: number, digits = 1): string {
  return (value * 100).toFixed(digits);
}

/** A signed delta in points: −0.0312 → "−3.1", 0.004 → "+0.4". */
export function signedPoints(value: number, digits = 1): string {
  const text = points(Math.abs(value), digits);
  if (Number(text) === 0) return `±${text}`;
  return `${value < 0 ? '−' : '+'}${text}`;
}

/** A share as a percentage: 0.8123 → "81.2%". */
export function percent(value: number, digits = 1): string {
  return `${points(value, digits)}%`;
}

/** p-values as papers print them: "0.031", "0.0049", "< 0.0001". */
export function pValue(value: number): string {
  if (value < 0.0001) return '< 0.0001';
  return value >= 0.01 ? value.toFixed(3) : value.toPrecision(2);
}

/** "p = 0.031" or "p < 0.0001", so no sentence reads "p = < 0.0001". */
export function pClause(value: number, name = 'p'): string {
  return value < 0.0001 ? `${name} < 0.0001` : `${name} = ${pValue(value)}`;
}

export function interval(low: number | null, high: number | null, confidence: number): string | null {
  if (low === null || high === null) return null;
  return `${Math.round(confidence * 100)}% CI ${signedPoints(low)} to ${signedPoints(high)}`;
}

export function number(value: number, digits = 1): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}
