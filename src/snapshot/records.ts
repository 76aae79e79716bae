import type { Example } from '../dataset/types.js';
import { exactMatch, normalizeAnswer, tokenF1 } from '../metrics/generation.js';
import { normalizeLabel, toLabel, type LabelScoring } from '../metrics/labels.js';
import { outputLengths, type TokenCounter } from '../metrics/lengths.js';
import type { RunOutcome } from '../models/types.js';
import type { ExampleRecord } from './schema.js';

export type Task = 'classification' | 'generation';

/**
 * One example's record: the output turned into a prediction and judged. For classification
 * `expected` is stored normalised, as it was compared; an errored example is neither right
 * nor wrong (`correct: null`) and is reported apart.
 */
export function scoreOutcome(example: Example, outcome: RunOutcome, task: Task, scoring: LabelScoring, countTokens: TokenCounter | null = null): ExampleRecord {
  const expected = task === 'classification' ? normalizeLabel(example.expected, scoring.caseSensitive) : example.expected;
  const timing = {
    ...(outcome.latencyMs !== undefined ? { latencyMs: outcome.latencyMs } : {}),
    ...('usage' in outcome && outcome.usage ? { usage: outcome.usage } : {}),
  };
  if ('error' in outcome) {
    return { id: example.id, expected, output: null, prediction: null, correct: null, length: null, tags: example.tags, error: outcome.error, ...timing };
  }
  const base = { id: example.id, expected, output: outcome.output, length: outputLengths(outcome.output, countTokens), tags: example.tags, ...timing };
  if (task === 'classification') {
    const prediction = toLabel(outcome.output, scoring);
    return { ...base, prediction, correct: prediction === expected };
  }
  return {
    ...base,
    prediction: normalizeAnswer(outcome.output),
    correct: exactMatch(example.expected, outcome.output) === 1,
    score: tokenF1(example.expected, outcome.output),
  };
}
