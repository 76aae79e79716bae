import type { Example } from '../dataset/types.js';
import { exactMatch, normalizeAnswer, tokenF1 } from '../metrics/generation.js';
import { normalizeLabel, toLabel, type LabelScoring } from '../metrics/labels.js';
import { outputLengths } from '../metrics/lengths.js';
import type { RunOutcome } from '../models/types.js';
import type { ExampleRecord } from './schema.js';

export type Task = 'classification' | 'generation';

/** What scoring needs of an example: not its input. */
export type ScoredExample = Pick<Example, 'id' | 'expected' | 'tags'>;

/**
 * One example's record: the output turned into a prediction and judged. For classification
 * `expected` is stored normalised, as it was compared; an errored example is neither right
 * nor wrong (`correct: null`) and is reported apart.
 */
export function scoreOutcome(example: ScoredExample, outcome: RunOutcome, task: Task, scoring: LabelScoring): ExampleRecord {
  return new Scorer(task, scoring).score(example, outcome);
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

  constructor(
    private readonly task: Task,
    private readonly scoring: LabelScoring,
  ) {}

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
      known = { prediction: this.task === 'classification' ? toLabel(text, this.scoring) : normalizeAnswer(text), length: outputLengths(text) };
      this.outputs.set(text, known);
    }
    return known;
  }

  score(example: ScoredExample, outcome: RunOutcome): ExampleRecord {
    const expected = this.expectedOf(example.expected);
    // Built as one literal, optional fields added after: this runs once per example.
    let record: ExampleRecord;
    if ('error' in outcome) {
      record = { id: example.id, expected, output: null, prediction: null, correct: null, length: null, tags: example.tags, error: outcome.error };
    } else {
      const { prediction, length } = this.outputOf(outcome.output);
      record =
        this.task === 'classification'
          ? { id: example.id, expected, output: outcome.output, prediction, correct: prediction === expected, length, tags: example.tags }
          : {
              id: example.id,
              expected,
              output: outcome.output,
              prediction,
              correct: exactMatch(example.expected, outcome.output) === 1,
              score: tokenF1(example.expected, outcome.output),
              length,
              tags: example.tags,
            };
      if (outcome.usage) record.usage = outcome.usage;
    }
    if (outcome.latencyMs !== undefined) record.latencyMs = outcome.latencyMs;
    return record;
  }
}
