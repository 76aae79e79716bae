import { splitWhitespace } from './python-text.js';
import { referencesOf } from './references.js';
import type { SquadMetrics } from './types.js';

/** Python's `string.punctuation`: ASCII punctuation only, as the SQuAD script removes. */
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
/**
 * SQuAD's `\b(a|an|the)\b` under Python's Unicode `re`, where a word character is a letter,
 * a number or "_" (JavaScript's `\b` knows ASCII only, so "éa" would lose its "a").
 */
const ARTICLES = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu;

/** SQuAD v1.1 `normalize_answer`: lowercase, drop punctuation, drop articles, collapse whitespace. */
export function normalizeAnswer(text: string): string {
  const withoutPunctuation = text.toLowerCase().replace(ASCII_PUNCTUATION, '');
  return splitWhitespace(withoutPunctuation.replace(ARTICLES, ' ')).join(' ');
}

/** SQuAD v1.1 `exact_match_score`: 1 when the normalised answers are equal, else 0. */
export function exactMatch(expected: string, output: string): number {
  return normalizeAnswer(output) === normalizeAnswer(expected) ? 1 : 0;
}

/** SQuAD v1.1 `f1_score`: F1 of the multiset overlap of normalised tokens (0 when none shared). */
export function tokenF1(expected: string, output: string): number {
  const outputTokens = splitWhitespace(normalizeAnswer(output));
  const expectedTokens = splitWhitespace(normalizeAnswer(expected));
  const expectedCounts = new Map<string, number>();
  for (const token of expectedTokens) expectedCounts.set(token, (expectedCounts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of outputTokens) {
    const remaining = expectedCounts.get(token) ?? 0;
    if (remaining > 0) {
      shared++;
      expectedCounts.set(token, remaining - 1);
    }
  }
  if (shared === 0) return 0;
  const precision = shared / outputTokens.length;
  const recall = shared / expectedTokens.length;
  return (2 * precision * recall) / (precision + recall);
}

/** SQuAD's `metric_max_over_ground_truths`: the best score over an example's references. */
function bestOver(metric: (expected: string, output: string) => number, expected: string, output: string): number {
  const references = referencesOf(expected);
  if (references.length === 1) return metric(expected, output);
  let best = 0;
  for (const reference of references) best = Math.max(best, metric(reference, output));
  return best;
}

/** Exact match against the best of the references (`expected` may join several, see references.ts). */
export function bestExactMatch(expected: string, output: string): number {
  return bestOver(exactMatch, expected, output);
}

/** Token F1 against the best of the references. */
export function bestTokenF1(expected: string, output: string): number {
  return bestOver(tokenF1, expected, output);
}

/**
 * Mean exact match and mean token F1 over paired answers, as fractions (the SQuAD script
 * reports them ×100), each example against the best of its references. With no examples both are 0.
 */
export function generationMetrics(expected: readonly string[], outputs: readonly string[]): SquadMetrics {
  if (expected.length !== outputs.length) {
    throw new Error(`generationMetrics: ${expected.length} expected answers but ${outputs.length} outputs`);
  }
  let exactMatches = 0;
  let f1Sum = 0;
  for (let i = 0; i < expected.length; i++) {
    exactMatches += bestExactMatch(expected[i] as string, outputs[i] as string);
    f1Sum += bestTokenF1(expected[i] as string, outputs[i] as string);
  }
  const n = expected.length;
  const exactMatchRate = n === 0 ? 0 : exactMatches / n;
  return {
    task: 'generation',
    n,
    exactMatch: exactMatchRate,
    accuracy: exactMatchRate,
    tokenF1: n === 0 ? 0 : f1Sum / n,
  };
}
