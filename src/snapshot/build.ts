import { StoredInputs } from '../dataset/inputs.js';
import type { DatasetKeys, Example } from '../dataset/types.js';
import type { TokenCounter } from '../metrics/lengths.js';
import { DEFAULT_SCORER } from '../metrics/scorers.js';
import { recordInput, Scorer, type Scoring, type Task } from './records.js';
import type { RunOutcome } from './run-outcome.js';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot, type SnapshotHeader } from './schema.js';
import { summarizeTable } from './summary.js';
import { RecordTable, StringPool } from './table.js';

/** Everything a snapshot says besides its records and their summary. */
export interface SnapshotContext {
  dataset: Pick<DatasetKeys, 'path' | 'format' | 'fingerprint'>;
  task: Task;
  scoring: Scoring;
  /** The declared label set (config `labels`); null or absent: inferred from the data. */
  labels?: readonly string[] | null;
  model: { type: string; name: string };
  tool: { name: string; version: string };
  gitSha: string | null;
  createdAt: string;
  seed: number;
  /** Given when the run's length unit is `tokens`: only then are tokens counted. */
  countTokens?: TokenCounter | null;
}

/** Classification headers keep their two label settings; generation's add the scorer (default `exact`). */
function storedScoring(task: Task, { labelPattern, caseSensitive, scorer }: Scoring): SnapshotHeader['scoring'] {
  return task === 'generation'
    ? { labelPattern, caseSensitive, scorer: scorer ?? DEFAULT_SCORER }
    : { labelPattern, caseSensitive };
}

/** The header of a snapshot of `records`: its context and the aggregates over them. */
export function snapshotHeader(context: SnapshotContext, records: RecordTable): SnapshotHeader {
  const { path, format, fingerprint } = context.dataset;
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    tool: context.tool,
    createdAt: context.createdAt,
    gitSha: context.gitSha,
    task: context.task,
    model: context.model,
    dataset: { path, format, fingerprint, n: records.size },
    scoring: storedScoring(context.task, context.scoring),
    seed: context.seed,
    summary: summarizeTable(records, context.task, context.labels ?? null, context.scoring.scorer),
  };
}

/** A table with one row per dataset example, in the dataset's order, to be filled by `put`. */
export function datasetTable(keys: Pick<DatasetKeys, 'ids' | 'rowOfId'>, labels = new StringPool()): RecordTable {
  return new RecordTable(labels, new StringPool(), { ids: keys.ids, rowOfId: keys.rowOfId });
}

/** Scores outcomes (one per example, matched by id) into a table of the dataset's rows. */
export function scoreOutcomes(
  keys: Pick<DatasetKeys, 'ids' | 'rowOfId' | 'expected' | 'inputs' | 'tags'>,
  outcomes: readonly RunOutcome[],
  context: Pick<SnapshotContext, 'task' | 'scoring' | 'countTokens'>,
  labels = new StringPool(),
): RecordTable {
  const table = datasetTable(keys, labels);
  const scorer = new Scorer(context.task, context.scoring, context.countTokens ?? null);
  const outcomeRow = new Int32Array(keys.ids.length).fill(-1);
  outcomes.forEach((outcome, index) => {
    const row = keys.rowOfId.get(outcome.id);
    if (row !== undefined) outcomeRow[row] = index;
  });
  for (let row = 0; row < keys.ids.length; row++) {
    const id = keys.ids[row] as string;
    const index = outcomeRow[row] as number;
    const outcome =
      index === -1 ? { id, error: 'no outcome recorded for this example' } : (outcomes[index] as RunOutcome);
    table.put(
      row,
      scorer.score(
        {
          id,
          input: keys.inputs.get(row),
          expected: keys.expected[row] as string,
          tags: keys.tags[row] as Record<string, string>,
        },
        outcome,
      ),
    );
  }
  return table;
}

export interface BuildSnapshotInput extends SnapshotContext {
  examples: readonly Example[];
  /** One per example, matched by id. */
  outcomes: readonly RunOutcome[];
}

/** Scores every example's outcome and aggregates, records as objects: for small runs and tests. */
export function buildSnapshot(input: BuildSnapshotInput): Snapshot {
  const ids = input.examples.map((example) => example.id);
  const keys = {
    ids,
    rowOfId: new Map(ids.map((id, row) => [id, row])),
    expected: input.examples.map((example) => example.expected),
    inputs: new StoredInputs(input.examples.map((example) => recordInput(example.input))),
    tags: input.examples.map((example) => example.tags),
  };
  const records = scoreOutcomes(keys, input.outcomes, input);
  return {
    ...snapshotHeader(input, records),
    records: Array.from({ length: records.size }, (_, row) => records.record(row)),
  };
}
