import type { Example } from '../dataset/types.js';
import type { LabelScoring } from '../metrics/labels.js';
import { outputLengths, type TokenCounter } from '../metrics/lengths.js';
import type { RunOutcome } from '../models/types.js';
import { scoreOutcome } from './records.js';
import type { ExampleRecord, Snapshot } from './schema.js';
import { summarizeRecords } from './summary.js';

export function sameScoring(a: LabelScoring, b: LabelScoring): boolean {
  return a.labelPattern === b.labelPattern && a.caseSensitive === b.caseSensitive;
}

function outcomeOf(record: ExampleRecord): RunOutcome {
  const timing = { ...(record.latencyMs === undefined ? {} : { latencyMs: record.latencyMs }) };
  if (record.output === null) return { id: record.id, error: record.error ?? 'no output', ...timing };
  return { id: record.id, output: record.output, ...timing, ...(record.usage ? { usage: record.usage } : {}) };
}

/**
 * A baseline scored with other label settings would be compared label against label made by
 * different rules. Its stored outputs are scored again, the way this run scores, against this
 * dataset's expected answers; records of ids this dataset lacks stay as they were.
 */
export function rescoreSnapshot(
  snapshot: Snapshot,
  examples: readonly Example[],
  scoring: LabelScoring,
  labels: readonly string[] | null = null,
  countTokens: TokenCounter | null = null,
): Snapshot {
  const exampleById = new Map(examples.map((example) => [example.id, example]));
  const records = snapshot.records.map((record) => {
    const example = exampleById.get(record.id);
    return example ? scoreOutcome(example, outcomeOf(record), snapshot.task, scoring, countTokens) : record;
  });
  return { ...snapshot, scoring, records, summary: summarizeRecords(records, snapshot.task, labels) };
}

/**
 * A baseline's summary as this run counts: its invalid outputs against this run's label set
 * (the stored summary used the previous run's, and a schema-1 one none). O(records).
 */
export function withLabelSet(snapshot: Snapshot, labels: readonly string[] | null): Snapshot {
  if (snapshot.task !== 'classification') return snapshot;
  return { ...snapshot, summary: summarizeRecords(snapshot.records, snapshot.task, labels) };
}

/**
 * A baseline written by a run in chars or words has no token counts: when this run compares
 * in tokens, they are counted from its stored outputs.
 */
export function withTokenCounts(snapshot: Snapshot, countTokens: TokenCounter): Snapshot {
  if (snapshot.records.every((record) => record.output === null || record.length?.tokens !== undefined)) return snapshot;
  const records = snapshot.records.map((record) =>
    record.output === null || record.length?.tokens !== undefined ? record : { ...record, length: outputLengths(record.output, countTokens) },
  );
  return { ...snapshot, records, summary: summarizeRecords(records, snapshot.task) };
}
