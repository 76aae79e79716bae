import type { Example } from '../dataset/types.js';
import { normalizeAnswer } from '../metrics/generation.js';
import { type LabelScoring, normalizeLabel, toLabel } from '../metrics/labels.js';
import { outputLengths, type TokenCounter } from '../metrics/lengths.js';
import { type AnswerScorer, answerScorer, DEFAULT_SCORER, type ScorerSpec } from '../metrics/scorers.js';
import type { RunOutcome } from '../models/types.js';
import { type ExampleRecord, MAX_RECORD_INPUT_CHARS } from './schema.js';

export type Task = 'classification' | 'generation';

/** How outputs are scored: label settings (classification) and the scorer (generation; absent: `exact`). */
export type Scoring = LabelScoring & { scorer?: ScorerSpec };

/** The example's input as a record keeps it: text, shortened to a bounded size with a visible mark. */
export function recordInput(input: unknown): string {
  const text = typeof input === 'string' ? input : (JSON.stringify(input) ?? '');
  // Cheap test first: a string has at least as many UTF-16 units as code points.
  if (text.length <= MAX_RECORD_INPUT_CHARS) return text;
  const characters = Array.from(text);
  return characters.length <= MAX_RECORD_INPUT_CHARS
    ? text
    : `${characters.slice(0, MAX_RECORD_INPUT_CHARS - 1).join('')}…`;
}

/**
 * What scoring needs of an example. `input`: the text the record keeps (already shortened by
 * `recordInput`), or absent when the record keeps none.
 */
export type ScoredExample = Pick<Example, 'id' | 'expected' | 'tags'> & { input?: string };

/**
 * One example's record: the output turned into a prediction and judged. For classification
 * `expected` is stored normalised, as it was compared; an errored example is neither right
 * nor wrong (`correct: null`) and is reported apart.
 */
export function scoreOutcome(
  example: Example,
  outcome: RunOutcome,
  task: Task,
  scoring: Scoring,
  countTokens: TokenCounter | null = null,
): ExampleRecord {
  return new Scorer(task, scoring, countTokens).score(
    { id: example.id, input: recordInput(example.input), expected: example.expected, tags: example.tags },
    outcome,
  );
}

/**
 * scoreOutcome for many examples. A label, its normalised form, and an output's prediction
 * and lengths depend on the text alone: each distinct text is worked out once (a million
 * outputs of five labels cost five label extractions and five token counts). The caches grow
 * with the distinct texts, which the records hold anyway.
 */
export class Scorer {
  private readonly expectedLabels = new Map<string, string>();
  private readonly outputs = new Map<string, { prediction: string; length: ExampleRecord['length'] }>();
  private readonly scoreAnswer: AnswerScorer;

  constructor(
    private readonly task: Task,
    private readonly scoring: Scoring,
    /** Null: no token counts (only a tokens run counts them). */
    private readonly countTokens: TokenCounter | null = null,
  ) {
    this.scoreAnswer = answerScorer(scoring.scorer ?? DEFAULT_SCORER);
  }

  private expectedOf(text: string): string {
    if (this.task !== 'classification') return text;
    let label = this.expectedLabels.get(text);
    if (label === undefined) {
      label = normalizeLabel(text, this.scoring.caseSensitive);
      this.expectedLabels.set(text, label);
    }
    return label;
  }

  private outputOf(text: string): { prediction: string; length: ExampleRecord['length'] } {
    let known = this.outputs.get(text);
    if (known === undefined) {
      known = {
        prediction: this.task === 'classification' ? toLabel(text, this.scoring) : normalizeAnswer(text),
        length: outputLengths(text, this.countTokens),
      };
      this.outputs.set(text, known);
    }
    return known;
  }

  score(example: ScoredExample, outcome: RunOutcome): ExampleRecord {
    const expected = this.expectedOf(example.expected);
    // Built as one literal, optional fields added after: this runs once per example.
    let record: ExampleRecord;
    if ('error' in outcome) {
      record = {
        id: example.id,
        expected,
        output: null,
        prediction: null,
        correct: null,
        length: null,
        tags: example.tags,
        error: outcome.error,
      };
    } else {
      const { prediction, length } = this.outputOf(outcome.output);
      if (this.task === 'classification') {
        record = {
          id: example.id,
          expected,
          output: outcome.output,
          prediction,
          correct: prediction === expected,
          length,
          tags: example.tags,
        };
      } else {
        const scored = this.scoreAnswer(example.expected, outcome.output);
        record = {
          id: example.id,
          expected,
          output: outcome.output,
          prediction,
          correct: scored.pass,
          score: scored.score,
          length,
          tags: example.tags,
        };
      }
      if (outcome.usage) record.usage = outcome.usage;
    }
    if (outcome.latencyMs !== undefined) record.latencyMs = outcome.latencyMs;
    if (example.input !== undefined) record.input = example.input;
    return record;
  }
}
