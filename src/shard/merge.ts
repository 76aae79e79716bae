import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isFingerprintOf } from '../dataset/fingerprint.js';
import { inputError } from '../errors.js';
import {
  type GateRun,
  type GateRunOptions,
  gateSnapshot,
  prepareGate,
  type RunDataset,
  runScoring,
} from '../pipeline.js';
import type { ResourceUse } from '../resources/types.js';
import { datasetTable, snapshotHeader } from '../snapshot/build.js';
import { readSnapshot, readSnapshotHeader, SNAPSHOT_FILE, writeSnapshot } from '../snapshot/io.js';
import { type SnapshotTable, StringPool } from '../snapshot/table.js';
import { tool } from '../version.js';
import { type CheckedShard, checkShards } from './check.js';
import { configFingerprint } from './fingerprint.js';
import { shardLabel, shardOfId } from './spec.js';
import { shardedLiveBaselineProblem, shardedRepeatsProblem } from './whole-dataset.js';

/**
 * The snapshot files the merge is given: a file as it is; a folder's results.jsonl, or else
 * the results.jsonl of each folder in it (one folder per downloaded shard artifact).
 */
export async function shardFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw inputError(input, 'shard snapshot not found (expected a results.jsonl or a folder holding one)');
    if (info.isFile()) {
      files.push(input);
      continue;
    }
    const own = join(input, SNAPSHOT_FILE);
    if (await stat(own).catch(() => null)) {
      files.push(own);
      continue;
    }
    const inner: string[] = [];
    for (const entry of (await readdir(input, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(input, entry.name, SNAPSHOT_FILE);
      if (entry.isDirectory() && (await stat(path).catch(() => null))) inner.push(path);
    }
    if (inner.length === 0) throw inputError(input, `a folder with no ${SNAPSHOT_FILE} in it or in its folders`);
    files.push(...inner);
  }
  return files;
}

/** CPU time adds up across shards; peak memory and start-up are the worst shard's. */
function mergedResources(shards: readonly SnapshotTable[]): ResourceUse | undefined {
  const uses = shards.map((shard) => shard.header.resources).filter((use) => use !== undefined);
  if (uses.length === 0) return undefined;
  const startups = uses.map((use) => use.startupMs).filter((ms) => ms !== null);
  return {
    cpuSeconds: uses.reduce((sum, use) => sum + use.cpuSeconds, 0),
    peakRssBytes: Math.max(...uses.map((use) => use.peakRssBytes)),
    startupMs: startups.length === 0 ? null : Math.max(...startups),
    sampleIntervalMs: Math.max(...uses.map((use) => use.sampleIntervalMs)),
  };
}

/**
 * Each shard's records into one table of the dataset's rows, in the dataset's order (the
 * order an unsharded run writes). Every shard must hold exactly its own examples.
 */
function mergeRecords(
  dataset: RunDataset,
  shards: readonly { given: CheckedShard; table: SnapshotTable }[],
  labels: StringPool,
) {
  const merged = datasetTable(dataset, labels);
  const filled = new Uint8Array(dataset.n);
  for (const { given, table } of shards) {
    const spec = given.header.shard;
    const { records } = table;
    const mapping = merged.mappingFrom(records);
    for (let row = 0; row < records.size; row++) {
      const id = records.id(row);
      const target = dataset.rowOfId.get(id);
      if (target === undefined || shardOfId(id, spec.count) !== spec.index)
        throw inputError(
          given.path,
          `${shardLabel(spec)} holds "${id}", which is ` +
            `${target === undefined ? 'not in the dataset' : `shard ${shardOfId(id, spec.count)}'s`}: it was edited; re-run that shard`,
        );
      filled[target] = 1;
      merged.putFrom(target, records, row, mapping);
    }
  }
  const lacking = new Map<number, string[]>();
  for (let row = 0; row < dataset.n; row++) {
    if (filled[row] === 1) continue;
    const id = dataset.ids[row] as string;
    const index = shardOfId(id, shards[0]?.given.header.shard.count ?? 1);
    lacking.set(index, [...(lacking.get(index) ?? []), id]);
  }
  for (const { given } of shards) {
    const ids = lacking.get(given.header.shard.index);
    if (!ids) continue;
    throw inputError(
      given.path,
      `${shardLabel(given.header.shard)} lacks ${ids.length} of its examples (${ids
        .slice(0, 3)
        .map((id) => `"${id}"`)
        .join(', ')}${ids.length > 3 ? ', …' : ''}): it is truncated or was edited; re-run that shard`,
    );
  }
  return merged;
}

/**
 * `merge`: the shards of one evaluation checked and merged into the snapshot an unsharded run
 * would have written, then gated exactly as an unsharded run is (compare, gate, report). Its
 * statistics are computed on the merged records, never combined from the shards'.
 */
export async function runMerge(options: GateRunOptions, inputs: readonly string[]): Promise<GateRun> {
  const { config, logger } = options;
  // Before any shard or dataset is read: nothing live runs on the whole dataset in the merge job.
  const problem = shardedRepeatsProblem(config) ?? shardedLiveBaselineProblem(config, options.baselinePath);
  if (problem) throw inputError('merge', problem);
  const files = await shardFiles(inputs);
  const given = [];
  for (const path of files) given.push({ path, header: await readSnapshotHeader(path) });
  const checked = checkShards(given);
  const prepared = await prepareGate(options);
  const { dataset } = prepared;
  const first = checked[0] as CheckedShard;
  if (!isFingerprintOf(first.header.dataset.fingerprint, dataset))
    throw inputError(
      dataset.path,
      `the dataset's fingerprint ${dataset.fingerprint.slice(0, 19)} is not the shards' ` +
        `(${first.header.dataset.fingerprint.slice(0, 19)}, ${first.path}): merge on the dataset the shards were run on`,
    );
  if (first.header.task !== config.task)
    throw inputError(first.path, `the shards are ${first.header.task} snapshots, this merge's task is ${config.task}`);
  if (first.header.shard.configFingerprint !== configFingerprint(config))
    logger.warn(
      `the shards were run with another model/scoring configuration than this merge's ` +
        `(${first.header.shard.configFingerprint.slice(0, 19)}): the shards' records are kept as they are`,
    );
  const shards = [];
  // Without the dataset's inputs: each shard's records keep their own, which the merge copies.
  for (const shard of checked)
    shards.push({
      given: shard,
      table: await readSnapshot(shard.path, {
        labels: new StringPool(),
        knownIds: { ids: dataset.ids, rowOfId: dataset.rowOfId },
      }),
    });
  const records = mergeRecords(dataset, shards, prepared.labels);
  const header = snapshotHeader(
    {
      dataset,
      task: config.task,
      scoring: runScoring(config),
      labels: config.labels,
      model: first.header.model,
      tool,
      gitSha: await options.gitSha,
      createdAt: (options.now?.() ?? new Date()).toISOString(),
      seed: config.statistics.seed,
    },
    records,
  );
  const resources = mergedResources(shards.map((shard) => shard.table));
  const candidate: SnapshotTable = { header: resources ? { ...header, resources } : header, records };
  logger.info(`Merged ${checked.length} shards: ${records.size} examples`);
  await writeSnapshot(prepared.paths.results, candidate);
  return gateSnapshot(options, prepared, candidate);
}
