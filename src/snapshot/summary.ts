import { classificationMetrics } from '../metrics/classification.js';
import { generationMetrics } from '../metrics/generation.js';
import { summarizeLatency, summarizeLengths } from '../metrics/lengths.js';
import type { Task } from './records.js';
import type { ExampleRecord, Snapshot } from './schema.js';

export type SnapshotSummary = Snapshot['summary'];

/** Aggregates over the scored records; errors are counted, never scored. */
export function summarizeRecords(records: readonly ExampleRecord[], task: Task): SnapshotSummary {
  const scored = records.filter((record) => record.error === undefined);
  const expected = scored.map((record) => record.expected);
  const metrics =
    task === 'classification'
      ? classificationMetrics(expected, scored.map((record) => record.prediction ?? ''))
      : generationMetrics(expected, scored.map((record) => record.output ?? ''));
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
