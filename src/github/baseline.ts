import { access, mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError, inputError } from '../errors.js';
import type { BaselineOrigin, BaselineStatus } from '../gate/missing-baseline.js';
import { defaultMaxArtifactMB, megabytes } from '../limits.js';
import type { Logger } from '../log.js';
import { LEGACY_SNAPSHOT_FILE, readSnapshot } from '../snapshot/io.js';
import { ARTIFACT_FILES } from './artifact-files.js';
import type { ArtifactStore } from './artifact-store.js';
import { gatedRuns } from './baseline-run.js';
import { type GateRecord, isAcceptedBaseline, readGateRecord } from './gate-record.js';
import { firstLine, httpStatus } from './http-status.js';
import type { GitHubClient } from './octokit.js';
import {
  downloadSnapshotAsset,
  type FoundRelease,
  findBaselineRelease,
  legacySnapshotAssetName,
  snapshotAssetName,
  snapshotAssetNameIn,
} from './release-assets.js';
import type { RunContext } from './run-context.js';
import { ExtractionTooLarge } from './zip-extract.js';

/** What the `baseline` input asks for. A path is handed to the config loader as is. */
export type BaselineSource =
  | { kind: 'auto' }
  | { kind: 'none' }
  | { kind: 'release'; tag: string }
  | { kind: 'path'; path: string };

/** `auto` | `none` | `release:latest` | `release:TAG` | a path to a snapshot (results.jsonl or results.json) or predictions file. */
export function parseBaselineSource(value: string): BaselineSource {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === 'auto') return { kind: 'auto' };
  if (trimmed === 'none') return { kind: 'none' };
  if (trimmed.startsWith('release:')) {
    const tag = trimmed.slice('release:'.length).trim();
    if (!tag) throw inputError('input baseline', 'expected "release:latest" or "release:TAG", got "release:"');
    return { kind: 'release', tag };
  }
  return { kind: 'path', path: trimmed };
}

/** The snapshot file inside the gate's artifact: results.jsonl, or results.json from gates before schema 2. */
async function snapshotFileIn(folder: string): Promise<string> {
  const current = join(folder, SNAPSHOT_FILE);
  const legacy = join(folder, LEGACY_SNAPSHOT_FILE);
  return (await exists(current)) || !(await exists(legacy)) ? current : legacy;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export interface ResolvedBaseline {
  /** A downloaded snapshot (results.jsonl, or an older gate's results.json), or null: gate without a baseline. */
  path: string | null;
  /** Where it came from, or why there is none (the status decides what a missing baseline does). */
  origin: BaselineOrigin;
}

export interface BaselineDeps {
  octokit: GitHubClient;
  context: RunContext;
  token: string;
  artifactName: string;
  artifacts: ArtifactStore;
  /** Scratch folder for downloads. */
  downloadDir: string;
  logger: Logger;
  /** The most an artifact may inflate to (config `baseline.maxArtifactMB`). */
  maxArtifactMB?: number;
}

const SNAPSHOT_FILE = ARTIFACT_FILES.snapshot;

function missing(status: BaselineStatus, reason: string): ResolvedBaseline {
  return { path: null, origin: { status, source: null, reason } };
}

/**
 * Fetches the baseline snapshot for `auto` and `release:…`. Whatever stands in the way
 * (an expired or unusable artifact, no permission to look, no earlier gated run) comes back
 * as a status with its reason: the gate decides what that does to the verdict
 * (gate/missing-baseline.ts). A named release that does not hold the snapshot is an input
 * error: the user asked for that comparison and it cannot be made.
 */
export async function fetchBaseline(
  source: Extract<BaselineSource, { kind: 'auto' | 'release' }>,
  deps: BaselineDeps,
): Promise<ResolvedBaseline> {
  return source.kind === 'auto' ? fetchFromPreviousRun(deps) : fetchFromRelease(source.tag, deps);
}

async function fetchFromPreviousRun(deps: BaselineDeps): Promise<ResolvedBaseline> {
  const { octokit, context, token, artifactName, artifacts, downloadDir, logger } = deps;
  const branch = context.pullRequest?.baseRef ?? context.defaultBranch;
  if (!context.workflowFile || !branch) {
    return missing(
      'not-found',
      'cannot tell which workflow and branch to take the baseline from (GITHUB_WORKFLOW_REF or the event’s branch is missing)',
    );
  }
  const where = `workflow ${context.workflowFile} on branch ${branch}`;
  const passedOver: string[] = [];
  let gated = 0;
  try {
    const runs = gatedRuns({
      octokit,
      owner: context.owner,
      repo: context.repo,
      workflowFile: context.workflowFile,
      branch,
      artifactName,
      currentRunId: context.runId,
    });
    for await (const run of runs) {
      gated += 1;
      if (run.expired) {
        // Artifacts expire oldest first: the ones before this one are gone too.
        const before = passedOver.length > 0 ? ` (after passing over: ${passedOver.join('; ')})` : '';
        return missing(
          'expired',
          `the artifact of run ${run.runId}, the last usable gated run on ${branch}, has expired${before}; ` +
            `re-run the workflow on ${branch} to refresh it`,
        );
      }
      const target = join(downloadDir, `run-${run.runId}`);
      await mkdir(target, { recursive: true });
      const maxArtifactMB = deps.maxArtifactMB ?? defaultMaxArtifactMB;
      try {
        const maxBytes = megabytes(maxArtifactMB);
        // A zip inflates to at least about its own size: one larger than the cap is not downloaded.
        if (run.sizeInBytes > maxBytes)
          throw new ExtractionTooLarge(`its zip alone is larger than ${maxArtifactMB} MB`);
        await artifacts.download({
          artifactId: run.artifactId,
          runId: run.runId,
          owner: context.owner,
          repo: context.repo,
          token,
          path: target,
          maxBytes,
        });
      } catch (error) {
        if (isDenied(error)) throw error;
        const why = firstLine(error);
        passedOver.push(`run ${run.runId}: downloading its artifact failed (${why})`);
        continue;
      }
      let record: GateRecord | null;
      try {
        record = await readGateRecord(join(target, ARTIFACT_FILES.record));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        passedOver.push(`run ${run.runId}: ${error.message}`);
        continue;
      }
      // Artifacts of versions before the record: the run's conclusion is all there is to go by.
      const usable = record ? isAcceptedBaseline(record) : run.conclusion === 'success';
      if (!usable) {
        passedOver.push(
          record
            ? `run ${run.runId} failed the gate`
            : `run ${run.runId} did not succeed (${run.conclusion ?? 'unfinished'})`,
        );
        continue;
      }
      const path = await snapshotFileIn(target);
      const problem = await snapshotProblem(path);
      if (problem) {
        passedOver.push(`run ${run.runId}'s artifact ${problem}`);
        continue;
      }
      logger.info(
        `Baseline: the snapshot of run ${run.runId} on ${branch}${record ? ` (gate verdict ${record.verdict})` : ''}.`,
      );
      return {
        path,
        origin: {
          status: 'found',
          source: {
            kind: 'run',
            runId: run.runId,
            runUrl: run.runUrl,
            branch,
            commit: record?.commit ?? run.headSha,
            createdAt: record?.createdAt ?? run.createdAt,
            verdict: record?.verdict ?? null,
          },
          reason: passedOver.length > 0 ? `Newer runs passed over: ${passedOver.join('; ')}.` : null,
        },
      };
    }
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401 || status === 403) {
      return missing(
        'not-permitted',
        `GitHub answered ${status} to the baseline lookup in ${where}: give the job \`permissions: actions: read\``,
      );
    }
    return missing(
      'not-found',
      `looking up the baseline in ${where} failed (${status === null ? firstLine(error) : `HTTP ${status}`})`,
    );
  }
  if (gated === 0) {
    return missing(
      'first-run',
      `no earlier run of ${where} uploaded the "${artifactName}" artifact; once a run on ${branch} uploads ` +
        `its snapshot, later runs compare against it`,
    );
  }
  return missing('not-found', `no usable snapshot in the recent runs of ${where}: ${passedOver.join('; ')}`);
}

function isDenied(error: unknown): boolean {
  const status = httpStatus(error);
  return status === 401 || status === 403;
}

/** Why a downloaded file cannot serve as the baseline snapshot, or null when it can. */
async function snapshotProblem(path: string): Promise<string | null> {
  if (!(await exists(path))) return `holds no ${SNAPSHOT_FILE} (nor a ${LEGACY_SNAPSHOT_FILE} of older gates)`;
  try {
    await readSnapshot(path);
    return null;
  } catch (error) {
    if (error instanceof InputError)
      return `holds an unusable ${basename(path)} (${withoutWhere(error.message, path)})`;
    throw error;
  }
}

async function fetchFromRelease(tag: string, deps: BaselineDeps): Promise<ResolvedBaseline> {
  const { octokit, context, artifactName, downloadDir } = deps;
  const repoRef = { octokit, owner: context.owner, repo: context.repo };
  const assetNames = [snapshotAssetName(artifactName), legacySnapshotAssetName(artifactName)];
  let found: FoundRelease;
  try {
    found = await findBaselineRelease({ ...repoRef, tag, assetNames, excludeReleaseId: context.release?.id ?? null });
  } catch (error) {
    if (tag === 'latest' && isDenied(error)) {
      return missing(
        'not-permitted',
        `GitHub answered ${httpStatus(error)} to the release lookup: give the job \`permissions: contents: read\``,
      );
    }
    throw permissionAsInputError(error, `baseline release:${tag}`);
  }
  if (found.kind === 'none') {
    const reason =
      found.skipped === 0
        ? `${context.owner}/${context.repo} has no earlier published release`
        : `none of the ${found.skipped} earlier published releases carries the snapshot asset ${assetNames[0]} (publish: true attaches it)`;
    return missing('first-run', reason);
  }
  const { release, skipped } = found;
  let content: Buffer;
  const assetName = snapshotAssetNameIn(release, artifactName);
  try {
    content = await downloadSnapshotAsset({ ...repoRef, release, assetName });
  } catch (error) {
    throw permissionAsInputError(error, `release ${release.tag_name}`);
  }
  const target = join(downloadDir, `release-${release.id}`);
  await mkdir(target, { recursive: true });
  const path = join(target, SNAPSHOT_FILE);
  await writeFile(path, content);
  // Another schema, or not a snapshot at all: the reader's one line, naming the release.
  await readSnapshot(path).catch((error: unknown) => {
    if (error instanceof InputError)
      throw inputError(`release ${release.tag_name} asset ${assetName}`, withoutWhere(error.message, path));
    throw error;
  });
  return {
    path,
    origin: {
      status: 'found',
      source: {
        kind: 'release',
        tag: release.tag_name,
        url: release.html_url ?? null,
        createdAt: release.published_at ?? release.created_at ?? null,
        skippedReleases: skipped,
      },
      reason: null,
    },
  };
}

function permissionAsInputError(error: unknown, where: string): unknown {
  const status = httpStatus(error);
  if (status === 401 || status === 403)
    return inputError(where, `GitHub answered ${status}: the token needs \`contents: read\``);
  return error;
}

/** The reader says `PATH: what`; the temporary path means nothing to the user. */
function withoutWhere(message: string, path: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}
