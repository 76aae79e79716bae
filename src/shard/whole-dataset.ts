import type { ResolvedConfig } from '../config/load.js';

type RunsConfig = Pick<ResolvedConfig, 'repeats' | 'model' | 'baseline'>;

/**
 * `repeats: K > 1` on a live candidate: its runs 2..K would go through the whole dataset in the
 * merge job (shards run once), the job sharding exists to spare. Refused, never done quietly.
 */
export function shardedRepeatsProblem(config: RunsConfig): string | null {
  if (config.repeats < 2 || config.model.type === 'predictions') return null;
  return (
    `repeats: ${config.repeats} with a live ${config.model.type} model is not run in shards (its repeats would run the model ` +
    'on the whole dataset in one job): set repeats: 1 for a sharded run; for a noise floor, run unsharded ' +
    'with repeats, or pass --baseline-repeat'
  );
}

/**
 * A live `baseline.model` the merge would evaluate (no baseline file given): every example of the
 * dataset sent to it in the merge job. Refused with what to give instead.
 */
export function shardedLiveBaselineProblem(config: RunsConfig, baselinePath: string | null | undefined): string | null {
  // Null: no baseline (`none`), so no model to run either.
  if (baselinePath === null) return null;
  const path = baselinePath ?? config.baseline.path;
  const model = config.baseline.model;
  if (path || !model || model.type === 'predictions') return null;
  return (
    `baseline.model is a live ${model.type} model: the merge would run it on the whole dataset in one job; ` +
    'give the merge a baseline file instead (--baseline / baseline.path: a snapshot such as the last merged results.jsonl, ' +
    'or a predictions file), e.g. the merge of a sharded run of the baseline model'
  );
}
