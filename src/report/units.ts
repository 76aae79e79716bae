import { points, pValue } from '../format.js';
import type { OutcomeUnit } from '../gate/types.js';

/**
 * Numbers with their unit, as the report prints them. "points" are differences of two
 * percentages ("7.2 pts"), "%" a share ("7.2%"); signed values use a real minus sign.
 */

const MINUS = '−';

/** 0.072 → "7.2 pts", −0.072 → "−7.2 pts"; `signed` adds "+" / "±". */
export function pts(value: number, signed = false): string {
  const text = points(Math.abs(value));
  const sign = value < 0 && Number(text) !== 0 ? MINUS : signed ? (Number(text) === 0 ? '±' : '+') : '';
  return `${sign}${text} pts`;
}

export function pct(value: number, signed = false): string {
  const text = points(Math.abs(value));
  const sign = value < 0 && Number(text) !== 0 ? MINUS : signed ? (Number(text) === 0 ? '±' : '+') : '';
  return `${sign}${text}%`;
}

export function inUnit(value: number, unit: OutcomeUnit, signed = false): string {
  return unit === 'points' ? pts(value, signed) : pct(value, signed);
}

/** Bare numbers of an interval, with the unit once: "5.9–8.5 pts", "−0.5 to +1.1 pts". */
export function range(low: number, high: number, unit: OutcomeUnit): string {
  const suffix = unit === 'points' ? ' pts' : '%';
  if (low >= 0 && high >= 0) return `${points(low)}–${points(high)}${suffix}`;
  const bare = (value: number) => inUnit(value, unit, true).replace(/ pts$|%$/, '');
  return `${bare(low)} to ${bare(high)}${suffix}`;
}

/** "95% CI 5.9–8.5 pts" or null without both ends. */
export function ci(
  low: number | null | undefined,
  high: number | null | undefined,
  unit: OutcomeUnit,
  confidence: number,
): string | null {
  if (low === null || low === undefined || high === null || high === undefined) return null;
  return `${Math.round(confidence * 100)}% CI ${range(low, high, unit)}`;
}

/**
 * A bootstrap p-value cannot go below 2 / (resamples + 1): printed as "≤ 0.00020", with a
 * note, instead of as a value that looks measured.
 */
export function bootstrapP(value: number, resamples: number): { text: string; atFloor: boolean } {
  const floor = 2 / (resamples + 1);
  if (value <= floor * (1 + 1e-9)) return { text: `≤ ${floor.toPrecision(2)}`, atFloor: true };
  return { text: pValue(value), atFloor: false };
}

/** A p-value as tables print it, "≤ floor" when it is a bootstrap's floor. */
export function pText(value: number, resamples: number | null): string {
  return resamples === null ? pValue(value) : bootstrapP(value, resamples).text;
}

/**
 * 1730 → "1,730", as `toLocaleString('en-US')` writes it. Grouped by hand for whole numbers: the
 * first toLocaleString of a process sets up ICU's number formats, about 20 ms after a run's last
 * answer (bench/runner.bench.ts, the whole CLI run).
 */
export function count(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) return value.toLocaleString('en-US');
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** "3 h", "2 days": how long before the candidate the baseline was made. */
export function age(from: string, to: string): string | null {
  const ms = Date.parse(to) - Date.parse(from);
  if (!Number.isFinite(ms)) return null;
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}
