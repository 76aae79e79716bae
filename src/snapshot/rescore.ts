import type { DatasetKeys } from '../dataset/types.js';
import type { LabelScoring } from '../metrics/labels.js';
import { outputLengths, type TokenCounter } from '../metrics/lengths.js';
import { sameScorer } from '../metrics/scorers.js';
import type { OutputLengths } from '../metrics/types.js';
import { Scorer, type Scoring } from './records.js';
import type { RunOutcome } from './run-outcome.js';
import { summarizeTable } from './summary.js';
import type { SnapshotTable } from './table.js';

export function sameScoring(a: LabelScoring, b: LabelScoring): boolean {
  return a.labelPattern === b.labelPattern && a.caseSensitive === b.caseSensitive;
}

/** Generation: was the baseline judged by this run's scorer? (Before scorers, every snapshot used `exact`.) */
export function sameGenerationScoring(a: Scoring, b: Scoring): boolean {
  return sameScorer(a.scorer, b.scorer);
}

/**
 * A baseline scored with other label settings would be compared label against label made by
 * different rules. Its stored outputs are scored again, the way this run scores, against this
 * dataset's expected answers; records of ids this dataset lacks stay as they were. The
 * table is changed in place (it is the baseline's only copy).
 */
export function rescoreSnapshot(
  snapshot: SnapshotTable,
  keys: Pick<DatasetKeys, 'rowOfId' | 'expected' | 'tags'>,
  scoring: Scoring,
  labels: readonly string[] | null = null,
  countTokens: TokenCounter | null = null,
): SnapshotTable {
  const { records } = snapshot;
  const scorer = new Scorer(snapshot.header.task, scoring, countTokens);
  for (let row = 0; row < records.size; row++) {
    const id = records.id(row);
    const datasetRow = keys.rowOfId.get(id);
    if (datasetRow === undefined) continue;
    const output = records.outputOf(row);
    const outcome: RunOutcome = output === null ? { id, error: records.errorOf(row) ?? 'no output' } : { id, output };
    const scored = scorer.score(
      { id, expected: keys.expected[datasetRow] as string, tags: records.tagsOf(row) },
      outcome,
    );
    records.rescore(row, scored);
    if (countTokens && scored.length) records.setLength(row, scored.length);
  }
  return {
    header: {
      ...snapshot.header,
      scoring,
      summary: summarizeTable(records, snapshot.header.task, labels, scoring.scorer),
    },
    records,
  };
}

/**
 * A baseline's summary as this run counts: its invalid outputs against this run's label set
 * (the stored summary used the previous run's, and a schema-1 one none). O(records), skipped
 * when the stored summary was counted the same way: both inferred, or the same declared list.
 */
export function withLabelSet(snapshot: SnapshotTable, labels: readonly string[] | null): SnapshotTable {
  const { metrics } = snapshot.header.summary;
  if (metrics.task !== 'classification') return snapshot;
  const same =
    labels === null
      ? metrics.labelSource !== 'declared'
      : metrics.labelSource === 'declared' &&
        metrics.labels.length === labels.length &&
        metrics.labels.every((label, index) => label === labels[index]);
  if (same) return snapshot;
  return {
    header: { ...snapshot.header, summary: summarizeTable(snapshot.records, snapshot.header.task, labels) },
    records: snapshot.records,
  };
}

/**
 * A baseline written by a run in chars or words has no token counts: when this run compares
 * in tokens, they are counted from its stored outputs (each distinct output once; the table
 * is changed in place, it is the baseline's only copy).
 */
export function withTokenCounts(
  snapshot: SnapshotTable,
  countTokens: TokenCounter,
  labels: readonly string[] | null = null,
): SnapshotTable {
  const { records } = snapshot;
  const counted = new Map<number, OutputLengths>();
  let changed = false;
  for (let row = 0; row < records.size; row++) {
    const output = records.outputNumber(row);
    if (output === -1 || records.lengthIn(row, 'tokens') !== -1) continue;
    let length = counted.get(output);
    if (length === undefined) {
      length = outputLengths(records.outputOf(row) as string, countTokens);
      counted.set(output, length);
    }
    records.setLength(row, length);
    changed = true;
  }
  if (!changed) return snapshot;
  return {
    header: {
      ...snapshot.header,
      summary: summarizeTable(records, snapshot.header.task, labels, snapshot.header.scoring.scorer),
    },
    records,
  };
}
