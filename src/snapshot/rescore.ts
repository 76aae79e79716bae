import type { DatasetKeys } from '../dataset/types.js';
import type { LabelScoring } from '../metrics/labels.js';
import type { RunOutcome } from '../models/types.js';
import { Scorer } from './records.js';
import { summarizeTable } from './summary.js';
import type { SnapshotTable } from './table.js';

export function sameScoring(a: LabelScoring, b: LabelScoring): boolean {
  return a.labelPattern === b.labelPattern && a.caseSensitive === b.caseSensitive;
}

/**
 * A baseline scored with other label settings would be compared label against label made by
 * different rules. Its stored outputs are scored again, the way this run scores, against this
 * dataset's expected answers; records of ids this dataset lacks stay as they were. The
 * table is changed in place (it is the baseline's only copy).
 */
export function rescoreSnapshot(snapshot: SnapshotTable, keys: Pick<DatasetKeys, 'rowOfId' | 'expected' | 'tags'>, scoring: LabelScoring): SnapshotTable {
  const { records } = snapshot;
  const scorer = new Scorer(snapshot.header.task, scoring);
  for (let row = 0; row < records.size; row++) {
    const id = records.id(row);
    const datasetRow = keys.rowOfId.get(id);
    if (datasetRow === undefined) continue;
    const output = records.outputOf(row);
    const outcome: RunOutcome = output === null ? { id, error: records.errorOf(row) ?? 'no output' } : { id, output };
    records.rescore(row, scorer.score({ id, expected: keys.expected[datasetRow] as string, tags: records.tagsOf(row) }, outcome));
  }
  return { header: { ...snapshot.header, scoring, summary: summarizeTable(records, snapshot.header.task) }, records };
}
