import { classificationMetrics } from '../metrics/classification.js';
import { resolveLabelSet } from '../metrics/label-set.js';
import type { ClassificationMetrics } from '../metrics/types.js';
import { generationMetrics } from '../metrics/generation.js';
import { summarizeLatency, summarizeLengths } from '../metrics/lengths.js';
import type { Task } from './records.js';
import type { ExampleRecord, Snapshot } from './schema.js';

export type SnapshotSummary = Snapshot['summary'];

const INVALID_EXAMPLES = 5;

/** The most frequent invalid predictions (then the first seen), for the report. O(invalid outputs). */
function invalidExamples(metrics: ClassificationMetrics, predictions: readonly string[]): { prediction: string; count: number }[] {
  if (metrics.invalid.count === 0) return [];
  const index = new Set(metrics.labels);
  const counts = new Map<string, number>();
  for (const prediction of predictions) if (!index.has(prediction)) counts.set(prediction, (counts.get(prediction) ?? 0) + 1);
  return [...counts.entries()]
    .map(([prediction, count], seen) => ({ prediction, count, seen }))
    .sort((x, y) => y.count - x.count || x.seen - y.seen)
    .slice(0, INVALID_EXAMPLES)
    .map(({ prediction, count }) => ({ prediction, count }));
}

/**
 * Aggregates over the scored records; errors are counted, never scored. `labels`: the declared
 * label set (classification), null to infer it from the records (see metrics/label-set.ts).
 */
export function summarizeRecords(records: readonly ExampleRecord[], task: Task, labels: readonly string[] | null = null): SnapshotSummary {
  const scored = records.filter((record) => record.error === undefined);
  const expected = scored.map((record) => record.expected);
  let metrics: SnapshotSummary['metrics'];
  if (task === 'classification') {
    const predictions = scored.map((record) => record.prediction ?? '');
    const classification = classificationMetrics(expected, predictions, resolveLabelSet(labels, expected, predictions));
    metrics = { ...classification, invalidExamples: invalidExamples(classification, predictions) };
  } else {
    metrics = generationMetrics(expected, scored.map((record) => record.output ?? ''));
  }
  const lengths = scored.map((record) => record.length).filter((length) => length !== null);
  const latencies = records.flatMap((record) => (record.latencyMs === undefined ? [] : [record.latencyMs]));
  const usages = records.flatMap((record) => (record.usage ? [record.usage] : []));
  return {
    total: records.length,
    scored: scored.length,
    errors: records.length - scored.length,
    metrics,
    outputLength: {
      chars: summarizeLengths(lengths.map((length) => length.chars)),
      words: summarizeLengths(lengths.map((length) => length.words)),
      tokens: summarizeLengths(lengths.flatMap((length) => (length.tokens === undefined ? [] : [length.tokens]))),
    },
    latencyMs: summarizeLatency(latencies),
    usage:
      usages.length === 0
        ? null
        : {
            promptTokens: usages.reduce((sum, usage) => sum + usage.promptTokens, 0),
            completionTokens: usages.reduce((sum, usage) => sum + usage.completionTokens, 0),
          },
  };
}
