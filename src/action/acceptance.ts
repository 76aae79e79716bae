import type { Acceptance } from '../gate/acceptance.js';
import { findAcceptance, mergedPullRequestWithLabel } from '../github/acceptance.js';
import { firstLine, httpStatus } from '../github/http-status.js';
import type { GitHubClient } from '../github/octokit.js';
import type { RunContext } from '../github/run-context.js';
import type { Logger } from '../log.js';

/**
 * The accept label's audit trail for this run, or null. On a pull request: the label must be
 * on it (the event's labels, then its events for who and when). On a push: the PR this push
 * merged, if it carried the label, so the merged snapshot is recorded as accepted and becomes
 * the next baseline. A lookup that fails accepts nothing: a failure is never let through
 * without knowing who let it through.
 */
export async function findRunAcceptance(options: {
  octokit: GitHubClient;
  context: RunContext;
  label: string;
  logger: Logger;
}): Promise<Acceptance | null> {
  const { octokit, context, label, logger } = options;
  const { owner, repo } = context;
  try {
    if (context.pullRequest) {
      if (!context.pullRequest.labels.includes(label)) return null;
      const found = await findAcceptance({ octokit, owner, repo, pullRequest: context.pullRequest.number, label });
      if (!found)
        logger.info(
          `The label "${label}" was on PR #${context.pullRequest.number} when the event fired, but its events ` +
            `show it removed since: nothing accepted.`,
        );
      return found;
    }
    if (context.pushBranch && context.sha) {
      const merged = await mergedPullRequestWithLabel({
        octokit,
        owner,
        repo,
        sha: context.sha,
        branch: context.pushBranch,
        label,
      });
      return merged === null ? null : await findAcceptance({ octokit, owner, repo, pullRequest: merged, label });
    }
    return null;
  } catch (error) {
    const status = httpStatus(error);
    const hint =
      status === 401 || status === 403 || status === 404
        ? ': give the job `permissions: pull-requests: read` (and `contents: read`)'
        : '';
    logger.warn(
      `Cannot tell who applied the label "${label}" ` +
        `(${status === null ? firstLine(error) : `HTTP ${status}`})${hint}. A failure is not accepted without that record.`,
    );
    return null;
  }
}
