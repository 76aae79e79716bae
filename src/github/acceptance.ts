import type { Acceptance } from '../gate/acceptance.js';
import type { GitHubClient } from './octokit.js';

interface IssueRef {
  octokit: GitHubClient;
  owner: string;
  repo: string;
}

/**
 * Who applied `label` to the pull request, and when, from its issue events: the last
 * `labeled`/`unlabeled` event for that label decides, so a label taken off and put back
 * names who put it back. Null when the label is not on it. The events, not the event
 * payload, so a re-run sees the label as it is now and the audit trail names a person.
 */
export async function findAcceptance(
  ref: IssueRef & { pullRequest: number; label: string },
): Promise<Acceptance | null> {
  const { octokit, owner, repo, pullRequest, label } = ref;
  const events = await octokit.paginate(octokit.rest.issues.listEvents, {
    owner,
    repo,
    issue_number: pullRequest,
    per_page: 100,
  });
  let last: { event: string; by: string; at: string } | null = null;
  for (const event of events) {
    if (
      (event.event !== 'labeled' && event.event !== 'unlabeled') ||
      !('label' in event) ||
      event.label?.name !== label
    )
      continue;
    last = { event: event.event, by: event.actor?.login ?? 'unknown', at: event.created_at };
  }
  return last?.event === 'labeled' ? { label, by: last.by, at: last.at, pullRequest } : null;
}

/**
 * The pull request a push to `branch` merged, when it carried `label`: the commit's associated
 * PRs, the merged one into `branch` whose merge commit this is. Null when the commit came from
 * no such PR (a direct push) or the PR did not carry the label.
 */
export async function mergedPullRequestWithLabel(
  ref: IssueRef & { sha: string; branch: string; label: string },
): Promise<number | null> {
  const { octokit, owner, repo, sha, branch, label } = ref;
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    owner,
    repo,
    commit_sha: sha,
    per_page: 100,
  });
  const merged = data.find((pr) => pr.merged_at && pr.base.ref === branch && pr.merge_commit_sha === sha);
  if (!merged?.labels.some((candidate) => candidate.name === label)) return null;
  return merged.number;
}
