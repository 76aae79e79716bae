import type { RunDataset } from '../pipeline.js';
import { type ShardSpec, shardOfId } from './spec.js';

/**
 * The examples of one shard, in the dataset's order, as a dataset of their own; the
 * fingerprints stay the whole dataset's, which is what the shard's snapshot is of.
 */
export function shardDataset(dataset: RunDataset, shard: ShardSpec): RunDataset {
  const rows: number[] = [];
  for (let row = 0; row < dataset.n; row++)
    if (shardOfId(dataset.ids[row] as string, shard.count) === shard.index) rows.push(row);
  const pick = <T>(column: readonly T[]): T[] => rows.map((row) => column[row] as T);
  const ids = pick(dataset.ids);
  return {
    path: dataset.path,
    format: dataset.format,
    fingerprint: dataset.fingerprint,
    earlierFingerprint: dataset.earlierFingerprint,
    n: ids.length,
    ids,
    rowOfId: new Map(ids.map((id, row) => [id, row])),
    expected: pick(dataset.expected),
    inputs: dataset.inputs.pick(rows),
    tags: pick(dataset.tags),
    ...(dataset.examples ? { examples: pick(dataset.examples) } : {}),
  };
}
