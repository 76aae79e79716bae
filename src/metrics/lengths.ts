import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { quantileSorted, sortedCopy } from '../stats/quantile.js';
import { countCodePoints, splitWhitespace } from './python-text.js';
import type { LengthSummary, OutputLengths } from './types.js';

// Model output may contain "<|endoftext|>" and the like: count it as the text it is.
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

/**
 * Length of one output in characters (code points, Python's `len`), words (Python's
 * `str.split()`) and tokens (OpenAI's o200k_base encoding).
 */
export function outputLengths(text: string): OutputLengths {
  return {
    chars: countCodePoints(text),
    words: splitWhitespace(text).length,
    tokens: countTokens(text, PLAIN_TEXT),
  };
}

function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum / values.length;
}

/** Population standard deviation (ddof=0), as numpy.std's default. */
function populationStd(values: ArrayLike<number>, valuesMean: number): number {
  let sumOfSquares = 0;
  for (let i = 0; i < values.length; i++) {
    const deviation = (values[i] as number) - valuesMean;
    sumOfSquares += deviation * deviation;
  }
  return Math.sqrt(sumOfSquares / values.length);
}

/**
 * Distribution summary with numpy's definitions (mean, std with ddof=0, linear quantiles).
 * With no values every statistic is 0 and n says so (JSON has no NaN).
 */
export function summarizeLengths(values: ArrayLike<number>): LengthSummary {
  if (values.length === 0) return { n: 0, mean: 0, std: 0, min: 0, median: 0, p90: 0, p99: 0, max: 0 };
  const sorted = sortedCopy(values);
  const valuesMean = mean(sorted);
  return {
    n: sorted.length,
    mean: valuesMean,
    std: populationStd(sorted, valuesMean),
    min: sorted[0] as number,
    median: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    p99: quantileSorted(sorted, 0.99),
    max: sorted[sorted.length - 1] as number,
  };
}

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

/** Latency percentiles (numpy linear) and mean in milliseconds; null when none was measured. */
export function summarizeLatency(ms: ArrayLike<number>): LatencySummary | null {
  if (ms.length === 0) return null;
  const sorted = sortedCopy(ms);
  return {
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    p99: quantileSorted(sorted, 0.99),
    mean: mean(sorted),
  };
}
