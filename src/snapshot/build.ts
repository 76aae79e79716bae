import type { Dataset, Example } from '../dataset/types.js';
import type { LabelScoring } from '../metrics/labels.js';
import type { TokenCounter } from '../metrics/lengths.js';
import type { RunOutcome } from '../models/types.js';
import { scoreOutcome, type Task } from './records.js';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from './schema.js';
import { summarizeRecords } from './summary.js';

export interface BuildSnapshotInput {
  dataset: Pick<Dataset, 'path' | 'format' | 'fingerprint'>;
  examples: readonly Example[];
  /** One per example, matched by id. */
  outcomes: readonly RunOutcome[];
  task: Task;
  scoring: LabelScoring;
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

/** Scores every example's outcome and aggregates: the run's results.json. */
export function buildSnapshot(input: BuildSnapshotInput): Snapshot {
  const outcomeById = new Map(input.outcomes.map((outcome) => [outcome.id, outcome]));
  const records = input.examples.map((example) => {
    const outcome = outcomeById.get(example.id) ?? { id: example.id, error: 'no outcome recorded for this example' };
    return scoreOutcome(example, outcome, input.task, input.scoring, input.countTokens ?? null);
  });
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    tool: input.tool,
    createdAt: input.createdAt,
    gitSha: input.gitSha,
    task: input.task,
    model: input.model,
    dataset: { ...input.dataset, n: input.examples.length },
    scoring: input.scoring,
    seed: input.seed,
    records,
    summary: summarizeRecords(records, input.task, input.labels ?? null),
  };
}
