import type { GitHubClient } from './octokit.js';

export interface TriggeringRun {
  id: number;
  headSha: string;
  headBranch: string;
  /** `owner/repo` the run's code came from (a fork's). */
  headRepository: string;
}

export type ClaimCheck =
  | { kind: 'confirmed'; number: number }
  /** No open PR has that head any more (pushed again since, closed): nothing to comment on. */
  | { kind: 'stale' }
  | { kind: 'refused'; belongsTo: number[] };

/**
 * Whether the PR number a run's artifact claims is the PR of that run: an open PR of this
 * repository whose head is the run's head SHA in the run's head repository. The number is
 * written by the run's (a fork's) code; the SHA and repository come from GitHub's event.
 * Fork `workflow_run` events carry no `pull_requests`, so the open PRs with that head
 * branch are listed (`head=owner:branch`) and matched.
 */
export async function checkPullRequestClaim(options: {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  claimed: number;
  run: TriggeringRun;
}): Promise<ClaimCheck> {
  const { octokit, owner, repo, claimed, run } = options;
  const headOwner = run.headRepository.split('/')[0] ?? '';
  const open = await octokit.paginate(octokit.rest.pulls.list, {
    owner,
    repo,
    state: 'open',
    ...(headOwner && run.headBranch ? { head: `${headOwner}:${run.headBranch}` } : {}),
    per_page: 100,
  });
  const matching = open
    .filter((pr) => pr.head.sha === run.headSha && pr.head.repo?.full_name === run.headRepository)
    .map((pr) => pr.number);
  if (matching.includes(claimed)) return { kind: 'confirmed', number: claimed };
  return matching.length === 0 ? { kind: 'stale' } : { kind: 'refused', belongsTo: matching };
}
