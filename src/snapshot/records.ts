import type { Example } from '../dataset/types.js';
import { exactMatch, normalizeAnswer, tokenF1 } from '../metrics/generation.js';
import { normalizeLabel, toLabel, type LabelScoring } from '../metrics/labels.js';
import { outputLengths, type TokenCounter } from '../metrics/lengths.js';
import type { RunOutcome } from '../models/types.js';
import { MAX_RECORD_INPUT_CHARS, type ExampleRecord } from './schema.js';

export type Task = 'classification' | 'generation';

/** The example's input as a record keeps it: text, shortened to a bounded size with a visible mark. */
export function recordInput(input: unknown): string {
  const text = typeof input === 'string' ? input : (JSON.stringify(input) ?? '');
  // Cheap test first: a string has at least as many UTF-16 units as code points.
  if (text.length <= MAX_RECORD_INPUT_CHARS) return text;
  const characters = Array.from(text);
  return characters.length <= MAX_RECORD_INPUT_CHARS ? text : `${characters.slice(0, MAX_RECORD_INPUT_CHARS - 1).join('')}…`;
}

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
  const input = recordInput(example.input);
  if ('error' in outcome) {
    return { id: example.id, input, expected, output: null, prediction: null, correct: null, length: null, tags: example.tags, error: outcome.error, ...timing };
  }
  const base = { id: example.id, input, expected, output: outcome.output, length: outputLengths(outcome.output, countTokens), tags: example.tags, ...timing };
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
