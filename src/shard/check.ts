import { inputError } from '../errors.js';
import type { SnapshotHeader } from '../snapshot/schema.js';
import { shardLabel } from './spec.js';

/** A shard snapshot as given to the merge: where it came from and its header. */
export interface GivenShard {
  path: string;
  header: ShardedHeader;
}

type ShardedHeader = Pick<SnapshotHeader, 'shard' | 'dataset' | 'model' | 'task'>;

export type CheckedShard = GivenShard & { header: ShardedHeader & { shard: NonNullable<SnapshotHeader['shard']> } };

function named(shard: CheckedShard): string {
  return `${shardLabel(shard.header.shard)} (${shard.path})`;
}

/**
 * Checks that the given snapshots are the shards of one evaluation, each once and none
 * missing: every one a shard, of as many shards, of one dataset, one model and one
 * configuration. Each problem is one line naming the shard. Returns them in shard order.
 */
export function checkShards(given: readonly GivenShard[]): CheckedShard[] {
  if (given.length === 0)
    throw inputError('merge', 'no shard snapshots given (expected the results.jsonl of each `run --shard K/N`)');
  const shards: CheckedShard[] = [];
  for (const shard of given) {
    if (!shard.header.shard)
      throw inputError(
        shard.path,
        'not a shard snapshot (its header has no "shard"): merge takes the results.jsonl of runs with --shard K/N',
      );
    shards.push(shard as CheckedShard);
  }
  const first = shards[0] as CheckedShard;
  const byIndex = new Map<number, CheckedShard>();
  for (const shard of shards) {
    const { shard: spec, dataset, model } = shard.header;
    const reference = first.header;
    if (spec.count !== reference.shard.count)
      throw inputError(
        shard.path,
        `${shardLabel(spec)} is one of ${spec.count} shards, but ${named(first)} is one of ${reference.shard.count}: shard counts disagree`,
      );
    const twin = byIndex.get(spec.index);
    if (twin) throw inputError(shard.path, `${shardLabel(spec)} is given twice (also ${twin.path})`);
    byIndex.set(spec.index, shard);
    if (dataset.fingerprint !== reference.dataset.fingerprint || spec.datasetN !== reference.shard.datasetN)
      throw inputError(
        shard.path,
        `${shardLabel(spec)} is of dataset ${dataset.fingerprint.slice(0, 19)} (${spec.datasetN} examples), ` +
          `${named(first)} of ${reference.dataset.fingerprint.slice(0, 19)} (${reference.shard.datasetN}): shards of different datasets`,
      );
    if (model.type !== reference.model.type || model.name !== reference.model.name)
      throw inputError(
        shard.path,
        `${shardLabel(spec)} is of model ${model.type} "${model.name}", ${named(first)} of ` +
          `${reference.model.type} "${reference.model.name}": shards of different models`,
      );
    if (spec.configFingerprint !== reference.shard.configFingerprint || shard.header.task !== reference.task)
      throw inputError(
        shard.path,
        `${shardLabel(spec)} was run with another model/scoring configuration than ${named(first)} ` +
          `(${spec.configFingerprint.slice(0, 19)} vs ${reference.shard.configFingerprint.slice(0, 19)}): ` +
          `re-run the shards with one config`,
      );
  }
  const count = first.header.shard.count;
  const missing: number[] = [];
  for (let index = 1; index <= count; index++) if (!byIndex.has(index)) missing.push(index);
  if (missing.length > 0)
    throw inputError(
      'merge',
      `shard${missing.length === 1 ? '' : 's'} ${missing.map((index) => `${index}/${count}`).join(', ')} missing ` +
        `(given: ${[...byIndex.keys()].sort((a, b) => a - b).join(', ')} of ${count}): pass every shard's results.jsonl`,
    );
  return [...byIndex.values()].sort((a, b) => a.header.shard.index - b.header.shard.index);
}
