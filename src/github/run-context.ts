import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { inputError } from '../errors.js';

/** What the Action needs to know about the run it is in, read once from the runner's env. */
export interface RunContext {
  owner: string;
  repo: string;
  serverUrl: string;
  apiUrl: string;
  runId: number | null;
  /** Link to this run's page (its summary holds the full report). */
  runUrl: string | null;
  /** File name of the running workflow (`gate.yml`): how the baseline run is looked up. */
  workflowFile: string | null;
  job: string;
  /** Who triggered the run (GITHUB_ACTOR): Dependabot's pull requests get a read-only token like forks'. */
  actor: string;
  eventName: string;
  sha: string | null;
  pullRequest: {
    number: number;
    baseRef: string;
    headSha: string;
    headRepository: string;
    fromFork: boolean;
    labels: string[];
  } | null;
  /** The branch a push went to (`main` for refs/heads/main); null for other events. */
  pushBranch: string | null;
  /** On `workflow_run` events: the run that triggered this one (what `mode: comment` reports on). */
  workflowRun: {
    id: number;
    event: string;
    headSha: string;
    headBranch: string;
    headRepository: string;
    htmlUrl: string;
    conclusion: string | null;
  } | null;
  defaultBranch: string | null;
  release: { id: number; tagName: string; uploadUrl: string } | null;
  workspace: string;
}

// Only the fields used; GitHub's payloads carry many more.
const eventPayload = z.object({
  repository: z.object({ default_branch: z.string().optional(), full_name: z.string().optional() }).optional(),
  pull_request: z
    .object({
      number: z.number(),
      base: z.object({ ref: z.string() }),
      head: z.object({ sha: z.string(), repo: z.object({ full_name: z.string() }).nullable().optional() }),
      labels: z.array(z.object({ name: z.string() })).optional(),
    })
    .optional(),
  workflow_run: z
    .object({
      id: z.number(),
      event: z.string(),
      head_sha: z.string(),
      head_branch: z.string().nullable(),
      html_url: z.string(),
      conclusion: z.string().nullable().optional(),
      head_repository: z.object({ full_name: z.string() }).nullable().optional(),
    })
    .optional(),
  release: z.object({ id: z.number(), tag_name: z.string(), upload_url: z.string() }).optional(),
});

export async function readRunContext(env: Record<string, string | undefined>): Promise<RunContext> {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) {
    throw inputError(
      'GITHUB_REPOSITORY',
      `expected "owner/repo", got "${repository}" (run inside GitHub Actions, or use the CLI)`,
    );
  }
  const payload = await readEventPayload(env.GITHUB_EVENT_PATH);
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const runId = env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : null;
  const pr = payload.pull_request;
  const workflowRun = payload.workflow_run;
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const ref = env.GITHUB_REF ?? '';
  return {
    owner,
    repo,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    runId,
    runUrl: runId === null ? null : `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
    workflowFile: workflowFileFromRef(env.GITHUB_WORKFLOW_REF),
    job: env.GITHUB_JOB ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    eventName,
    sha: pr?.head.sha ?? env.GITHUB_SHA ?? null,
    pullRequest: pr
      ? {
          number: pr.number,
          baseRef: pr.base.ref,
          headSha: pr.head.sha,
          headRepository: pr.head.repo?.full_name ?? repository,
          fromFork: (pr.head.repo?.full_name ?? repository) !== repository,
          labels: (pr.labels ?? []).map((label) => label.name),
        }
      : null,
    pushBranch: eventName === 'push' && ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null,
    workflowRun: workflowRun
      ? {
          id: workflowRun.id,
          event: workflowRun.event,
          headSha: workflowRun.head_sha,
          headBranch: workflowRun.head_branch ?? '',
          // A deleted fork leaves no head repository: nothing can match it.
          headRepository: workflowRun.head_repository?.full_name ?? '',
          htmlUrl: workflowRun.html_url,
          conclusion: workflowRun.conclusion ?? null,
        }
      : null,
    defaultBranch: payload.repository?.default_branch ?? null,
    release: payload.release
      ? { id: payload.release.id, tagName: payload.release.tag_name, uploadUrl: payload.release.upload_url }
      : null,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
  };
}

async function readEventPayload(path: string | undefined): Promise<z.infer<typeof eventPayload>> {
  if (!path) return {};
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw inputError(`GITHUB_EVENT_PATH ${path}`, 'cannot be read');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw inputError(`GITHUB_EVENT_PATH ${path}`, 'is not JSON');
  }
  const parsed = eventPayload.safeParse(json);
  if (!parsed.success) {
    throw inputError(
      `GITHUB_EVENT_PATH ${path}`,
      `unexpected event payload (${parsed.error.issues[0]?.path.join('.') ?? 'root'})`,
    );
  }
  return parsed.data;
}

/** `acme/classifier/.github/workflows/gate.yml@refs/pull/7/merge` → `gate.yml`. */
export function workflowFileFromRef(ref: string | undefined): string | null {
  if (!ref) return null;
  const path = ref.split('@')[0] ?? '';
  const file = path.split('/').pop();
  return file && /\.ya?ml$/.test(file) ? file : null;
}
