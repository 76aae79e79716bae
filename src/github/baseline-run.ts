import type { GitHubClient } from './octokit.js';

export interface BaselineRunQuery {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** File name of the workflow (`gate.yml`): the baseline comes from the same workflow. */
  workflowFile: string;
  branch: string;
  artifactName: string;
  /** This run: never its own baseline (a re-run on the default branch would find itself). */
  currentRunId: number | null;
  /** How many successful runs to look through for the artifact before giving up. */
  maxRuns?: number;
}

export interface FoundArtifact {
  runId: number;
  runUrl: string;
  artifactId: number;
  artifactName: string;
  /** The zip's size as GitHub lists it: checked against the cap before downloading. */
  sizeInBytes: number;
}

export type BaselineRunResult =
  | { kind: 'found'; artifact: FoundArtifact }
  | { kind: 'expired'; artifact: FoundArtifact }
  | { kind: 'none'; runsChecked: number };

// A run triggered by a pull request reports the PR's head branch: a fork's `main` would look
// like ours. Only runs of the base repository's own branches can be a baseline.
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * The newest successful run of the workflow on `branch` that uploaded the gate's artifact.
 * Runs are listed newest first; a run without the artifact (the gate job was skipped, or
 * uploads were off) is passed over, an expired artifact ends the search since older ones
 * expired too.
 */
export async function findBaselineRun(query: BaselineRunQuery): Promise<BaselineRunResult> {
  const { octokit, owner, repo, workflowFile, branch, artifactName, currentRunId } = query;
  const maxRuns = query.maxRuns ?? 10;
  let runsChecked = 0;
  const pages = octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
    owner,
    repo,
    workflow_id: workflowFile,
    branch,
    status: 'success',
    exclude_pull_requests: true,
    per_page: 20,
  });
  for await (const page of pages) {
    for (const run of page.data) {
      if (run.id === currentRunId || PULL_REQUEST_EVENTS.has(run.event)) continue;
      if (run.head_repository && run.head_repository.full_name !== `${owner}/${repo}`) continue;
      if (runsChecked >= maxRuns) return { kind: 'none', runsChecked };
      runsChecked += 1;
      const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
        owner,
        repo,
        run_id: run.id,
        name: artifactName,
        per_page: 100,
      });
      const newest = [...data.artifacts].sort((a, b) => b.id - a.id)[0];
      if (!newest) continue;
      const artifact = { runId: run.id, runUrl: run.html_url, artifactId: newest.id, artifactName: newest.name, sizeInBytes: newest.size_in_bytes };
      return newest.expired ? { kind: 'expired', artifact } : { kind: 'found', artifact };
    }
  }
  return { kind: 'none', runsChecked };
}
