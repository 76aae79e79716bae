import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { ArtifactStore } from '../github/artifact-store.js';
import { firstLine } from '../github/http-status.js';
import type { ShardRun } from '../shard/run.js';
import { type ShardSpec, shardArtifactName, shardLabel, shardOfArtifactName } from '../shard/spec.js';
import type { RunnerPort } from './runner-port.js';

/**
 * A shard job's upload: its snapshot as `<artifact-name>-shard-K-of-N`. Unlike a gate's
 * artifact, it is the job's whole point (the merge job cannot gate without it), so failing to
 * upload fails the step.
 */
export async function uploadShard(
  runner: RunnerPort,
  artifacts: ArtifactStore,
  artifactName: string,
  run: ShardRun,
): Promise<void> {
  const name = shardArtifactName(artifactName, run.shard);
  const unavailable = artifacts.uploadUnavailableReason();
  if (unavailable)
    throw new InputError(
      `${shardLabel(run.shard)} not uploaded as artifact "${name}": ${unavailable}; the merge job needs it`,
    );
  try {
    const { id } = await artifacts.upload(name, [run.paths.results], run.paths.outDir);
    runner.info(`Uploaded ${shardLabel(run.shard)} as artifact "${name}" (id ${id ?? '?'}): the merge job gates it.`);
  } catch (error) {
    throw new InputError(`${shardLabel(run.shard)} not uploaded as artifact "${name}": ${firstLine(error)}`);
  }
}

/**
 * `mode: merge`: this workflow run's shard artifacts of `artifactName`, each downloaded into its
 * own folder under `dir`. Only the current run's are listed (the runner's token sees no other
 * run), so a shard of an earlier run or attempt cannot slip in; which shards are missing or
 * repeated is the merge's check.
 */
export async function downloadShards(
  runner: RunnerPort,
  artifacts: ArtifactStore,
  artifactName: string,
  dir: string,
): Promise<string[]> {
  const unavailable = artifacts.uploadUnavailableReason();
  if (unavailable) throw new InputError(`mode merge: cannot list this run's shard artifacts: ${unavailable}`);
  const listed = await artifacts.listCurrentRun();
  const shards = listed
    .map((artifact) => ({ ...artifact, shard: shardOfArtifactName(artifactName, artifact.name) }))
    .filter((artifact): artifact is typeof artifact & { shard: ShardSpec } => artifact.shard !== null);
  if (shards.length === 0)
    throw new InputError(
      `mode merge: this run has no artifact named ${artifactName}-shard-K-of-N (found: ` +
        `${listed.map((a) => a.name).join(', ') || 'none'}): ` +
        'do the shard jobs (input shard: K/N, same artifact-name) run before this job (needs:)?',
    );
  const folders: string[] = [];
  for (const artifact of shards) {
    const folder = join(dir, artifact.name);
    await mkdir(folder, { recursive: true });
    await artifacts.downloadCurrentRun(artifact.id, folder);
    runner.info(`Downloaded ${shardLabel(artifact.shard)} (artifact "${artifact.name}", id ${artifact.id}).`);
    folders.push(folder);
  }
  return folders;
}
