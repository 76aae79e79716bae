import { readFile } from 'node:fs/promises';
import type { Verdict } from '../gate/types.js';
import type { ArtifactStore } from '../github/artifact-store.js';
import { buildCommentBody, commentMarker } from '../github/comment-body.js';
import { firstLine, httpStatus, isPermissionStatus } from '../github/http-status.js';
import type { GitHubClient } from '../github/octokit.js';
import { publishSnapshotAsset, snapshotAssetName } from '../github/release-assets.js';
import type { RunContext } from '../github/run-context.js';
import { type CommentMode, resolveCommentAuthor, upsertStickyComment } from '../github/sticky-comment.js';
import type { RunnerPort } from './runner-port.js';

/**
 * The GitHub side effects after the gate has decided. None of them can change the verdict or
 * fail the step: a missing permission, an unavailable service or a lost connection becomes a
 * warning that says what failed (and what permission to add).
 */

export async function uploadRunArtifact(options: {
  runner: RunnerPort;
  artifacts: ArtifactStore;
  name: string;
  files: string[];
  rootDirectory: string;
}): Promise<void> {
  const unavailable = options.artifacts.uploadUnavailableReason();
  if (unavailable) {
    options.runner.warning(
      `Snapshot not uploaded as artifact "${options.name}": ${unavailable}. Without it this run cannot be a later run's baseline.`,
    );
    return;
  }
  try {
    const { id, size } = await options.artifacts.upload(options.name, options.files, options.rootDirectory);
    options.runner.info(
      `Uploaded artifact "${options.name}" (id ${id ?? '?'}, ${size ?? '?'} bytes): the snapshot later runs compare against.`,
    );
  } catch (error) {
    options.runner.warning(
      `Snapshot not uploaded as artifact "${options.name}": ${firstLine(error)}. Two gates in one run need distinct \`artifact-name\`s.`,
    );
  }
}

export async function commentOnPullRequest(options: {
  runner: RunnerPort;
  octokit: GitHubClient;
  context: RunContext;
  mode: Exclude<CommentMode, 'never'>;
  key: string;
  /** The `comment-author` input. */
  author: string | null;
  render: (maxLength: number) => string;
}): Promise<string | null> {
  const { runner, octokit, context, mode, key, render } = options;
  const pullRequest = context.pullRequest;
  if (!pullRequest) return null;
  const marker = commentMarker(key);
  const body = buildCommentBody({ marker, render, runUrl: context.runUrl, sha: pullRequest.headSha });
  try {
    const author = await resolveCommentAuthor(octokit, options.author);
    const result = await upsertStickyComment({
      octokit,
      owner: context.owner,
      repo: context.repo,
      issueNumber: pullRequest.number,
      marker,
      body,
      mode,
      author,
    });
    runner.info(`PR comment ${result.action}: ${result.url}`);
    return result.url;
  } catch (error) {
    const status = httpStatus(error);
    if (status === null) {
      runner.warning(`Could not write the PR comment: ${firstLine(error)}. The report is in the job summary.`);
      return null;
    }
    // A fork's token is read-only whatever the workflow asks for: only a workflow_run workflow can comment.
    const hint = !isPermissionStatus(status)
      ? ''
      : pullRequest.fromFork || context.actor === 'dependabot[bot]'
        ? ` Pull requests from forks and Dependabot get a read-only token: add the comment workflow ` +
          `(${FORK_COMMENT_WORKFLOW}, README "Pull requests from forks"), which posts this report from the base repository.`
        : ' Give the job `permissions: pull-requests: write`.';
    runner.warning(`Could not write the PR comment (HTTP ${status}).${hint} The report is in the job summary.`);
    return null;
  }
}

/** Where the README's fork comment workflow lives in a user's repository. */
export const FORK_COMMENT_WORKFLOW = '.github/workflows/model-gate-comment.yml';

export async function attachSnapshotToRelease(options: {
  runner: RunnerPort;
  octokit: GitHubClient;
  context: RunContext;
  artifactName: string;
  resultsPath: string;
  verdict: Verdict;
  /** `publish: always`: attach even a failed release's snapshot. */
  always: boolean;
}): Promise<void> {
  const { runner, octokit, context, artifactName, resultsPath, verdict } = options;
  if (!context.release) {
    runner.info(
      `publish: the snapshot is attached to releases only on \`release\` events (this is "${context.eventName}").`,
    );
    return;
  }
  const assetName = snapshotAssetName(artifactName);
  if (verdict === 'fail' && !options.always) {
    // A failed release must not become the next release's baseline (release:latest walks past it).
    runner.warning(
      `Not attaching ${assetName} to release ${context.release.tagName}: it failed the gate (publish: always attaches it anyway).`,
    );
    return;
  }
  try {
    const { url } = await publishSnapshotAsset({
      octokit,
      owner: context.owner,
      repo: context.repo,
      releaseId: context.release.id,
      uploadUrl: context.release.uploadUrl,
      assetName,
      content: await readFile(resultsPath, 'utf8'),
    });
    runner.info(`Attached ${assetName} to release ${context.release.tagName}: ${url}`);
  } catch (error) {
    const status = httpStatus(error);
    if (status === null) {
      runner.warning(`Could not attach ${assetName} to release ${context.release.tagName}: ${firstLine(error)}.`);
      return;
    }
    const hint = isPermissionStatus(status) ? ' give the job `permissions: contents: write`.' : '';
    runner.warning(`Could not attach ${assetName} to release ${context.release.tagName} (HTTP ${status}).${hint}`);
  }
}
