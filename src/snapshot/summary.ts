import { classificationMetrics } from '../metrics/classification.js';
import { generationMetrics } from '../metrics/generation.js';
import { summarizeLatency, summarizeLengths } from '../metrics/lengths.js';
import type { Task } from './records.js';
import type { ExampleRecord, Snapshot } from './schema.js';
import { RecordTable } from './table.js';

export type SnapshotSummary = Snapshot['summary'];

/**
 * Aggregates over the scored rows; errors are counted, never scored. Reads the table column
 * by column into arrays of exactly the right size: n references for the labels (8 B per
 * example each) and n numbers per length unit (8 B), made once, no records.
 */
export function summarizeTable(table: RecordTable, task: Task): SnapshotSummary {
  let scored = 0;
  let measured = 0;
  let withTokens = 0;
  let withLatency = 0;
  let withUsage = 0;
  let promptTokens = 0;
  let completionTokens = 0;
  for (let row = 0; row < table.size; row++) {
    if (table.latencyOf(row) !== undefined) withLatency += 1;
    const usage = table.usageOf(row);
    if (usage) {
      withUsage += 1;
      promptTokens += usage.promptTokens;
      completionTokens += usage.completionTokens;
    }
    if (table.errorNumber(row) !== -1) continue;
    scored += 1;
    if (table.lengthIn(row, 'chars') === -1) continue;
    measured += 1;
    if (table.lengthIn(row, 'tokens') !== -1) withTokens += 1;
  }
  const expected = new Array<string>(scored);
  const answers = new Array<string>(scored);
  const chars = new Float64Array(measured);
  const words = new Float64Array(measured);
  const tokens = new Float64Array(withTokens);
  const latencies = new Float64Array(withLatency);
  let s = 0;
  let m = 0;
  let t = 0;
  let l = 0;
  for (let row = 0; row < table.size; row++) {
    const latency = table.latencyOf(row);
    if (latency !== undefined) latencies[l++] = latency;
    if (table.errorNumber(row) !== -1) continue;
    expected[s] = table.expectedOf(row);
    answers[s++] = (task === 'classification' ? table.predictionOf(row) : table.outputOf(row)) ?? '';
    const charCount = table.lengthIn(row, 'chars');
    if (charCount === -1) continue;
    chars[m] = charCount;
    words[m++] = table.lengthIn(row, 'words');
    const tokenCount = table.lengthIn(row, 'tokens');
    if (tokenCount !== -1) tokens[t++] = tokenCount;
  }
  return {
    total: table.size,
    scored,
    errors: table.size - scored,
    metrics: task === 'classification' ? classificationMetrics(expected, answers) : generationMetrics(expected, answers),
    outputLength: { chars: summarizeLengths(chars), words: summarizeLengths(words), tokens: summarizeLengths(tokens) },
    latencyMs: summarizeLatency(latencies),
    usage: withUsage === 0 ? null : { promptTokens, completionTokens },
  };
}

export function summarizeRecords(records: readonly ExampleRecord[], task: Task): SnapshotSummary {
  return summarizeTable(RecordTable.of(records), task);
}
