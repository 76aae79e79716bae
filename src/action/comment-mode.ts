import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { inputError } from '../errors.js';
import { ARTIFACT_FILES } from '../github/artifact-files.js';
import type { ArtifactStore } from '../github/artifact-store.js';
import { buildCommentBody, commentMarker } from '../github/comment-body.js';
import { readGateRecord } from '../github/gate-record.js';
import type { GitHubClient } from '../github/octokit.js';
import { checkPullRequestClaim } from '../github/pull-request-claim.js';
import type { RunContext } from '../github/run-context.js';
import { resolveCommentAuthor, upsertStickyComment } from '../github/sticky-comment.js';
import { readUntrustedReport } from '../github/untrusted-report.js';
import { defaultMaxArtifactMB, megabytes } from '../limits.js';
import type { Logger } from '../log.js';
import { renderMarkdown } from '../report/markdown.js';
import { safeLink } from '../report/view.js';
import type { ActionOptions } from './inputs.js';

/**
 * `mode: comment`, in a `workflow_run` workflow of the base repository: posts the report of
 * the gate run that triggered it, for pull requests from forks (whose own token cannot
 * comment). It never runs the PR's code; it reads the run's artifact, trusts nothing in it
 * but what it checks — the PR number must be the open PR whose head is that run's head SHA
 * and head repository (from GitHub's event) — and renders the report with every string inert.
 * Returns the comment's URL, or null when there was nothing to comment on.
 */
export async function commentForTriggeringRun(options: {
  octokit: GitHubClient;
  context: RunContext;
  options: ActionOptions;
  artifacts: ArtifactStore;
  downloadDir: string;
  logger: Logger;
}): Promise<string | null> {
  const { octokit, context, artifacts, downloadDir, logger } = options;
  const { artifactName, token } = options.options;
  const { owner, repo } = context;
  const run = context.workflowRun;
  if (!run) {
    throw inputError(
      'input mode',
      `comment runs in a workflow triggered by \`workflow_run\` (the gate's workflow completing); this run's ` +
        `event is "${context.eventName}"`,
    );
  }
  if (run.event !== 'pull_request') {
    logger.info(`Run ${run.id} was triggered by "${run.event}", not a pull request: nothing to comment on.`);
    return null;
  }
  const where = `artifact "${artifactName}" of run ${run.id}`;
  const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
    owner,
    repo,
    run_id: run.id,
    name: artifactName,
    per_page: 100,
  });
  const artifact = [...data.artifacts].filter((candidate) => !candidate.expired).sort((a, b) => b.id - a.id)[0];
  if (!artifact) {
    logger.warn(
      `Run ${run.id} uploaded no "${artifactName}" artifact (did its gate step run, with upload-artifact on ` +
        `and the same artifact-name?): no comment.`,
    );
    return null;
  }
  const target = join(downloadDir, `run-${run.id}`);
  await mkdir(target, { recursive: true });
  await artifacts.download({
    artifactId: artifact.id,
    runId: run.id,
    owner,
    repo,
    token,
    path: target,
    maxBytes: megabytes(defaultMaxArtifactMB),
  });

  const record = await readGateRecord(join(target, ARTIFACT_FILES.record)).catch((error: unknown) => {
    throw inputError(where, error instanceof Error ? error.message : String(error));
  });
  if (!record?.pullRequest)
    throw inputError(
      where,
      `holds no ${ARTIFACT_FILES.record} naming a pull request (was it uploaded by this version of the gate on a pull_request event?)`,
    );
  // Only a run of this repository's own code is believed when it says it commented already.
  if (record.commented && run.headRepository === `${owner}/${repo}`) {
    logger.info(`Run ${run.id} gated a pull request from this repository and wrote its comment itself.`);
    return null;
  }
  const claimed = record.pullRequest.number;
  const check = await checkPullRequestClaim({ octokit, owner, repo, claimed, run });
  if (check.kind === 'stale') {
    logger.info(
      `No open pull request has head ${run.headSha.slice(0, 7)} of ${run.headRepository} any more (pushed ` +
        `again, or closed): no comment; the newer run comments.`,
    );
    return null;
  }
  if (check.kind === 'refused') {
    throw inputError(
      where,
      `claims PR #${claimed}, but run ${run.id}'s head (${run.headSha.slice(0, 7)} of ${run.headRepository}) ` +
        `is PR #${check.belongsTo.join(', #')}: refusing to comment`,
    );
  }

  const report = await readUntrustedReport(join(target, ARTIFACT_FILES.reportJson), where);
  const runLink = safeLink(run.htmlUrl);
  const notice =
    `> Posted by the base repository's workflow; the numbers come from ` +
    `${runLink ? `[run ${run.id}](${runLink})` : `run ${run.id}`}, which ran the pull request's code.\n\n`;
  const marker = commentMarker(options.options.commentKey ?? record.commentKey);
  const render = (maxLength: number) => {
    try {
      return notice + renderMarkdown(report, { maxLength: maxLength - notice.length, runUrl: run.htmlUrl });
    } catch (error) {
      // The shape was checked, not every nested field: a report the renderer cannot read is the artifact's fault.
      throw inputError(
        where,
        `report.json cannot be rendered (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  };
  const body = buildCommentBody({ marker, render, runUrl: run.htmlUrl, sha: run.headSha });
  const author = await resolveCommentAuthor(octokit, options.options.commentAuthor);
  const result = await upsertStickyComment({
    octokit,
    owner,
    repo,
    issueNumber: check.number,
    marker,
    body,
    mode: options.options.comment === 'on-change' ? 'on-change' : 'always',
    author,
  });
  logger.info(`PR comment ${result.action} on #${check.number} for run ${run.id}: ${result.url}`);
  return result.url;
}
