import { access, mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError, inputError } from '../errors.js';
import type { Logger } from '../log.js';
import { LEGACY_SNAPSHOT_FILE, readSnapshot, SNAPSHOT_FILE } from '../snapshot/io.js';
import type { ArtifactStore } from './artifact-store.js';
import { findBaselineRun } from './baseline-run.js';
import { firstLine, httpStatus, isPermissionStatus } from './http-status.js';
import type { GitHubClient } from './octokit.js';
import { downloadSnapshotAsset, findBaselineRelease, snapshotAssetNameIn } from './release-assets.js';
import type { RunContext } from './run-context.js';

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
  /** Where it came from, or why there is none — shown in the log and the summary. */
  note: string;
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
}

/**
 * Fetches the baseline snapshot for `auto` and `release:…`. With `auto` a missing, expired
 * or unusable artifact (or no permission to look) means "gate without a baseline" and a
 * warning: the gate can still decide. A named release that does not hold the snapshot is
 * an input error: the user asked for that comparison and it cannot be made.
 */
export async function fetchBaseline(source: Extract<BaselineSource, { kind: 'auto' | 'release' }>, deps: BaselineDeps): Promise<ResolvedBaseline> {
  return source.kind === 'auto' ? fetchFromPreviousRun(deps) : fetchFromRelease(source.tag, deps);
}

async function fetchFromPreviousRun(deps: BaselineDeps): Promise<ResolvedBaseline> {
  const { octokit, context, token, artifactName, artifacts, downloadDir, logger } = deps;
  const branch = context.pullRequest?.baseRef ?? context.defaultBranch;
  if (!context.workflowFile || !branch) {
    return { path: null, note: 'No baseline: cannot tell which workflow and branch to take it from (GITHUB_WORKFLOW_REF or the event’s branch is missing).' };
  }
  const where = `workflow ${context.workflowFile} on branch ${branch}`;
  let result;
  try {
    result = await findBaselineRun({
      octokit,
      owner: context.owner,
      repo: context.repo,
      workflowFile: context.workflowFile,
      branch,
      artifactName,
      currentRunId: context.runId,
    });
  } catch (error) {
    // Any answer from GitHub, or none (after the client's retries), leaves the gate able to decide alone.
    const status = httpStatus(error);
    if (status === null) {
      logger.warn(`Cannot look up the baseline run: ${firstLine(error)}. Gating without a baseline.`);
      return { path: null, note: `No baseline: looking up the runs of ${where} failed (${firstLine(error)}).` };
    }
    const hint = isPermissionStatus(status) ? ': give the job `permissions: actions: read`' : '';
    logger.warn(`Cannot look up the baseline run (HTTP ${status})${hint}. Gating without a baseline.`);
    return { path: null, note: `No baseline: looking up the runs of ${where} failed (HTTP ${status}).` };
  }
  if (result.kind === 'none') {
    return { path: null, note: `No baseline yet: no successful run of ${where} has uploaded the "${artifactName}" artifact. This run passes on its own numbers; once a run on ${branch} uploads its snapshot, later runs compare against it.` };
  }
  const { artifact } = result;
  if (result.kind === 'expired') {
    logger.warn(`The baseline artifact "${artifact.artifactName}" of run ${artifact.runId} (${where}) has expired; re-run the workflow on ${branch} to refresh it. Gating without a baseline.`);
    return { path: null, note: `No baseline: the artifact of the last run on ${branch} ([run ${artifact.runId}](${artifact.runUrl})) has expired.` };
  }
  const target = join(downloadDir, `run-${artifact.runId}`);
  await mkdir(target, { recursive: true });
  try {
    await artifacts.download({ artifactId: artifact.artifactId, runId: artifact.runId, owner: context.owner, repo: context.repo, token, path: target });
  } catch (error) {
    logger.warn(`Cannot download the baseline artifact "${artifact.artifactName}" of run ${artifact.runId}: ${firstLine(error)}. Gating without a baseline.`);
    return { path: null, note: `No baseline: downloading the artifact of [run ${artifact.runId}](${artifact.runUrl}) failed.` };
  }
  const path = await snapshotFileIn(target);
  const problem = await snapshotProblem(path);
  if (problem) {
    logger.warn(`The baseline artifact "${artifact.artifactName}" of run ${artifact.runId} ${problem}. Gating without a baseline.`);
    return { path: null, note: `No baseline: the artifact of [run ${artifact.runId}](${artifact.runUrl}) ${problem}.` };
  }
  return { path, note: `Baseline: the snapshot of [run ${artifact.runId}](${artifact.runUrl}) on ${branch}.` };
}

/** Why a downloaded file cannot serve as the baseline snapshot, or null when it can. */
async function snapshotProblem(path: string): Promise<string | null> {
  if (!(await exists(path))) return `holds no ${SNAPSHOT_FILE} (nor a ${LEGACY_SNAPSHOT_FILE} of older gates)`;
  try {
    await readSnapshot(path);
    return null;
  } catch (error) {
    if (error instanceof InputError) return `holds an unusable ${basename(path)} (${withoutWhere(error.message, path)})`;
    throw error;
  }
}

async function fetchFromRelease(tag: string, deps: BaselineDeps): Promise<ResolvedBaseline> {
  const { octokit, context, artifactName, downloadDir } = deps;
  const repoRef = { octokit, owner: context.owner, repo: context.repo };
  let release;
  try {
    release = await findBaselineRelease({ ...repoRef, tag, excludeReleaseId: context.release?.id ?? null });
  } catch (error) {
    throw permissionAsInputError(error, `baseline release:${tag}`);
  }
  if (!release) {
    return { path: null, note: `No baseline yet: ${context.owner}/${context.repo} has no earlier published release.` };
  }
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
    if (error instanceof InputError) throw inputError(`release ${release.tag_name} asset ${assetName}`, withoutWhere(error.message, path));
    throw error;
  });
  return { path, note: `Baseline: the snapshot attached to release ${release.tag_name}.` };
}

function permissionAsInputError(error: unknown, where: string): unknown {
  const status = httpStatus(error);
  if (status === 401 || status === 403) return inputError(where, `GitHub answered ${status}: the token needs \`contents: read\``);
  return error;
}

/** The reader says `PATH: what`; the temporary path means nothing to the user. */
function withoutWhere(message: string, path: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}
