import { createHash } from 'node:crypto';
import { inputError } from '../errors.js';

/** Which of how many shards a run evaluates: `--shard K/N`, 1 ≤ K ≤ N. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** Enough shards for any matrix GitHub runs (256 jobs at most), with room to spare. */
const MAX_SHARDS = 1000;

/** Parses `K/N` (the `--shard` flag, the `shard` input); `where` names it in the error. */
export function parseShard(text: string, where: string): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS)
    throw inputError(where, `expected K/N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS} (e.g. 2/4), got "${text}"`);
  return { index, count };
}

/**
 * The shard (1..count) an example belongs to: the first 32 bits of sha256(id), mod count,
 * plus 1. A function of the id alone, so adding or removing examples moves no other example
 * between shards, and every job of a matrix agrees without talking to the others.
 */
export function shardOfId(id: string, count: number): number {
  return (createHash('sha256').update(id).digest().readUInt32BE(0) % count) + 1;
}

export function shardLabel(shard: ShardSpec): string {
  return `shard ${shard.index}/${shard.count}`;
}

/** The artifact a shard job uploads its snapshot as; `mode: merge` finds them by this pattern. */
export function shardArtifactName(artifactName: string, shard: ShardSpec): string {
  return `${artifactName}-shard-${shard.index}-of-${shard.count}`;
}

/** The shard an artifact name says, or null when it is not one of `artifactName`'s shards. */
export function shardOfArtifactName(artifactName: string, name: string): ShardSpec | null {
  if (!name.startsWith(`${artifactName}-shard-`)) return null;
  const match = /^(\d+)-of-(\d+)$/.exec(name.slice(artifactName.length + '-shard-'.length));
  return match ? { index: Number(match[1]), count: Number(match[2]) } : null;
}
