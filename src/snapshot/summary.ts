import { classificationMetrics } from '../metrics/classification.js';
import { generationMetrics } from '../metrics/generation.js';
import { resolveLabelSet } from '../metrics/label-set.js';
import { summarizeLatency, summarizeLengths } from '../metrics/lengths.js';
import { DEFAULT_SCORER, type ScorerSpec } from '../metrics/scorers.js';
import type { ClassificationMetrics } from '../metrics/types.js';
import type { Task } from './records.js';
import type { ExampleRecord, Snapshot } from './schema.js';
import { RecordTable } from './table.js';

export type SnapshotSummary = Snapshot['summary'];

const INVALID_EXAMPLES = 5;

/** The most frequent invalid predictions (then the first seen), for the report. O(invalid outputs). */
function invalidExamples(
  metrics: ClassificationMetrics,
  predictions: readonly string[],
): { prediction: string; count: number }[] {
  if (metrics.invalid.count === 0) return [];
  const index = new Set(metrics.labels);
  const counts = new Map<string, number>();
  for (const prediction of predictions)
    if (!index.has(prediction)) counts.set(prediction, (counts.get(prediction) ?? 0) + 1);
  return [...counts.entries()]
    .map(([prediction, count], seen) => ({ prediction, count, seen }))
    .sort((x, y) => y.count - x.count || x.seen - y.seen)
    .slice(0, INVALID_EXAMPLES)
    .map(({ prediction, count }) => ({ prediction, count }));
}

/**
 * Aggregates over the scored rows; errors are counted, never scored. `labels`: the declared
 * label set (classification), null to infer it from the rows (see metrics/label-set.ts). Reads the table column
 * by column into arrays of exactly the right size: n references for the labels (8 B per
 * example each) and n numbers per length unit (8 B), made once, no records.
 */
export function summarizeTable(
  table: RecordTable,
  task: Task,
  labels: readonly string[] | null = null,
  scorer: ScorerSpec = DEFAULT_SCORER,
): SnapshotSummary {
  let scored = 0;
  let measured = 0;
  let withTokens = 0;
  let withLatency = 0;
  let withUsage = 0;
  let promptTokens = 0;
  let completionTokens = 0;
  // Generation: the scorer's verdicts as stored per record (a judge's grades cannot be worked out again here).
  let passed = 0;
  let scoreSum = 0;
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
    if (table.correctOf(row)) passed += 1;
    scoreSum += table.scoreOf(row) ?? 0;
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
  let metrics: SnapshotSummary['metrics'];
  if (task === 'classification') {
    const classification = classificationMetrics(expected, answers, resolveLabelSet(labels, expected, answers));
    metrics = { ...classification, invalidExamples: invalidExamples(classification, answers) };
  } else {
    const squad = generationMetrics(expected, answers);
    const passRate = scored === 0 ? 0 : passed / scored;
    metrics = {
      ...squad,
      accuracy: passRate,
      scorer: scorer.type,
      passRate,
      score: scored === 0 ? 0 : scoreSum / scored,
    };
  }
  return {
    total: table.size,
    scored,
    errors: table.size - scored,
    metrics,
    outputLength: { chars: summarizeLengths(chars), words: summarizeLengths(words), tokens: summarizeLengths(tokens) },
    latencyMs: summarizeLatency(latencies),
    usage: withUsage === 0 ? null : { promptTokens, completionTokens },
  };
}

export function summarizeRecords(
  records: readonly ExampleRecord[],
  task: Task,
  labels: readonly string[] | null = null,
): SnapshotSummary {
  return summarizeTable(RecordTable.of(records), task, labels);
}
