import type { ResolvedConfig } from '../config/load.js';
import { inputError } from '../errors.js';
import {
  type GateRunOptions,
  keepingAnswers,
  outputFolder,
  type RunPaths,
  readRunDataset,
  tokenCounterFor,
} from '../pipeline.js';
import { type SnapshotTable, StringPool } from '../snapshot/table.js';
import { configFingerprint } from './fingerprint.js';
import { shardDataset } from './select.js';
import { type ShardSpec, shardLabel } from './spec.js';
import { shardedRepeatsProblem } from './whole-dataset.js';

export interface ShardRun {
  shard: ShardSpec;
  snapshot: SnapshotTable;
  paths: Pick<RunPaths, 'outDir' | 'results'>;
}

/** What a shard's header says besides K/N: the whole dataset's size and the configuration's fingerprint. */
export function shardHeader(shard: ShardSpec, datasetN: number, config: ResolvedConfig) {
  return { index: shard.index, count: shard.count, datasetN, configFingerprint: configFingerprint(config) };
}

/**
 * One shard of an evaluation (`--shard K/N`): the candidate on its examples only, written as
 * a shard snapshot. No baseline, no comparison and no verdict: a shard cannot see the whole,
 * so gating waits for the merge.
 */
export async function runShard(options: GateRunOptions, shard: ShardSpec): Promise<ShardRun> {
  const { config, logger } = options;
  // Refused before any model call: the merge would refuse these shards' config anyway.
  const problem = shardedRepeatsProblem(config);
  if (problem) throw inputError(shardLabel(shard), problem);
  const whole = await readRunDataset(options);
  const dataset = shardDataset(whole, shard);
  logger.info(`${shardLabel(shard)}: ${dataset.n} of the dataset's ${whole.n} examples`);
  const paths = await outputFolder(config.out);
  const countTokens = await tokenCounterFor(config);
  const header = shardHeader(shard, whole.n, config);
  const snapshot = await keepingAnswers(
    { ...options, otherIds: whole.rowOfId },
    dataset,
    new StringPool(),
    countTokens,
    paths,
    (table) => ({ header: { ...table.header, shard: header }, records: table.records }),
  );
  logger.info(`${shardLabel(shard)} written to ${paths.results}: merge it with the other shards to gate`);
  return { shard, snapshot, paths };
}
