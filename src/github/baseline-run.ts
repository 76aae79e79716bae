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
  /** How many runs to look through for the artifact before giving up. */
  maxRuns?: number;
}

/** A run of the workflow on the branch that uploaded the gate's artifact. */
export interface GatedRun {
  runId: number;
  runUrl: string;
  headSha: string | null;
  createdAt: string | null;
  /** The whole run's conclusion: only consulted for artifacts without a gate record. */
  conclusion: string | null;
  artifactId: number;
  artifactName: string;
  expired: boolean;
  /** The zip's size as GitHub lists it: checked against the cap before downloading. */
  sizeInBytes: number;
}

// A run triggered by a pull request reports the PR's head branch: a fork's `main` would look
// like ours. Only runs of the base repository's own branches can be a baseline.
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * The runs of the workflow on `branch` that uploaded the gate's artifact, newest first,
 * whatever their conclusion: another job failing does not make the gate's snapshot worse
 * (the caller reads the gate's own record). Runs without the artifact are passed over;
 * at most `maxRuns` runs are looked at (one artifacts request each).
 */
export async function* gatedRuns(query: BaselineRunQuery): AsyncGenerator<GatedRun> {
  const { octokit, owner, repo, workflowFile, branch, artifactName, currentRunId } = query;
  const maxRuns = query.maxRuns ?? 10;
  let runsChecked = 0;
  const pages = octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
    owner,
    repo,
    workflow_id: workflowFile,
    branch,
    exclude_pull_requests: true,
    per_page: 20,
  });
  for await (const page of pages) {
    for (const run of page.data) {
      if (run.id === currentRunId || PULL_REQUEST_EVENTS.has(run.event)) continue;
      if (run.head_repository && run.head_repository.full_name !== `${owner}/${repo}`) continue;
      if (runsChecked >= maxRuns) return;
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
      yield {
        runId: run.id,
        runUrl: run.html_url,
        headSha: run.head_sha ?? null,
        createdAt: run.created_at ?? null,
        conclusion: run.conclusion ?? null,
        artifactId: newest.id,
        artifactName: newest.name,
        expired: newest.expired,
        sizeInBytes: newest.size_in_bytes,
      };
    }
  }
}
