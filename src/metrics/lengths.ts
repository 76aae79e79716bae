import { mean } from '../stats/mean.js';
import { quantileSorted, sortedCopy } from '../stats/quantile.js';
import { countCodePoints, splitWhitespace } from './python-text.js';
import { tokenChunks } from './token-chunks.js';
import type { LengthSummary, OutputLengths } from './types.js';

/** Tokens in one text; null where the run does not count tokens (its length unit is not `tokens`). */
export type TokenCounter = (text: string) => number;

/**
 * OpenAI's o200k_base encoding, loaded on first use: it is a large share of the bundle and of
 * start-up, and only a run whose length unit is `tokens` needs it (`--version` and a run in
 * words never load it). Counts in bounded chunks, linear in the text (see token-chunks.ts).
 */
export async function loadTokenCounter(): Promise<TokenCounter> {
  const { countTokens } = await import('gpt-tokenizer/encoding/o200k_base');
  // Model output may contain "<|endoftext|>" and the like: count it as the text it is.
  const plainText = { disallowedSpecial: new Set<string>() };
  return (text) => {
    let tokens = 0;
    for (const chunk of tokenChunks(text)) tokens += countTokens(chunk, plainText);
    return tokens;
  };
}

/**
 * Length of one output in characters (code points, Python's `len`), words (Python's
 * `str.split()`) and, given a counter, tokens.
 */
export function outputLengths(text: string, countTokens: TokenCounter | null): OutputLengths {
  const lengths: OutputLengths = { chars: countCodePoints(text), words: splitWhitespace(text).length };
  if (countTokens !== null) lengths.tokens = countTokens(text);
  return lengths;
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
