import { classificationMetrics } from '../metrics/classification.js';
import { generationMetrics } from '../metrics/generation.js';
import { summarizeLatency, summarizeLengths } from '../metrics/lengths.js';
import type { Task } from './records.js';
import type { ExampleRecord, Snapshot } from './schema.js';
import { RecordTable } from './table.js';

export type SnapshotSummary = Snapshot['summary'];

/**
 * Aggregates over the scored rows; errors are counted, never scored. Reads the table column
 * by column: transient arrays of n references or numbers (8 B per example each), no records.
 */
export function summarizeTable(table: RecordTable, task: Task): SnapshotSummary {
  const expected: string[] = [];
  const answers: string[] = [];
  const chars: number[] = [];
  const words: number[] = [];
  const tokens: number[] = [];
  const latencies: number[] = [];
  let promptTokens = 0;
  let completionTokens = 0;
  let withUsage = 0;
  for (let row = 0; row < table.size; row++) {
    const latency = table.latencyOf(row);
    if (latency !== undefined) latencies.push(latency);
    const usage = table.usageOf(row);
    if (usage) {
      withUsage += 1;
      promptTokens += usage.promptTokens;
      completionTokens += usage.completionTokens;
    }
    if (table.errorOf(row) !== undefined) continue;
    expected.push(table.expectedOf(row));
    answers.push((task === 'classification' ? table.predictionOf(row) : table.outputOf(row)) ?? '');
    const charCount = table.lengthIn(row, 'chars');
    if (charCount === -1) continue;
    chars.push(charCount);
    words.push(table.lengthIn(row, 'words'));
    const tokenCount = table.lengthIn(row, 'tokens');
    if (tokenCount !== -1) tokens.push(tokenCount);
  }
  return {
    total: table.size,
    scored: expected.length,
    errors: table.size - expected.length,
    metrics: task === 'classification' ? classificationMetrics(expected, answers) : generationMetrics(expected, answers),
    outputLength: { chars: summarizeLengths(chars), words: summarizeLengths(words), tokens: summarizeLengths(tokens) },
    latencyMs: summarizeLatency(latencies),
    usage: withUsage === 0 ? null : { promptTokens, completionTokens },
  };
}

export function summarizeRecords(records: readonly ExampleRecord[], task: Task): SnapshotSummary {
  return summarizeTable(RecordTable.of(records), task);
}
