import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GateRecord } from '../../src/github/gate-record.js';
import type { GateReport } from '../../src/report/types.js';
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js';
import { buildActionBundle, type RunActionOptions, runAction } from './run-action.js';

/**
 * The baseline's life cycle through the bundled Action against the local GitHub server: what
 * a missing baseline does, the gate's own record choosing the baseline, the accept label and
 * its audit trail, releases, and `mode: comment` for pull requests from forks.
 */

const fixtures = join(import.meta.dirname, 'fixtures');
const readJson = async (name: string) =>
  JSON.parse(await readFile(join(fixtures, name), 'utf8')) as Record<string, unknown> & {
    pull_request: Record<string, unknown>;
  };
const pullRequest = await readJson('pull_request.json');
const forkPullRequest = await readJson('pull_request_fork.json');
const release = (await readJson('release.json')) as unknown as {
  release: Record<string, unknown>;
  repository: unknown;
};
const ACCEPT = 'model-gate: accept regression';
const headSha = 'f1c3a8b2d9e04c7a5b6e8d1f2a3c4b5d6e7f8a9b';

// 60 e-mails, half spam. The previous release misses 3; the regressed candidate also gets
// 15 of the previous release's right answers wrong: a significant 25-point accuracy drop.
const ids = Array.from({ length: 60 }, (_, index) => `mail-${String(index + 1).padStart(2, '0')}`);
const label = (index: number) => (index % 2 === 0 ? 'spam' : 'ham');
const other = (index: number) => (index % 2 === 0 ? 'ham' : 'spam');
const predictions = (wrong: (index: number) => boolean) =>
  `${ids.map((id, index) => JSON.stringify({ id, output: wrong(index) ? other(index) : label(index) })).join('\n')}\n`;
const previousPredictions = predictions((index) => index < 3);
const regressedPredictions = predictions((index) => index < 18);

let bundle: string;
let github: FakeGitHub;
let workspace: string;
/** The previous release's snapshot, made once by the Action itself (baseline: none). */
let previousSnapshot: Buffer;

async function freshWorkspace(): Promise<void> {
  workspace = await mkdtemp(join(tmpdir(), 'mrg-lifecycle-'));
  await writeFile(
    join(workspace, 'eval.jsonl'),
    `${ids.map((id, index) => JSON.stringify({ id, input: `mail ${id}`, expected: label(index) })).join('\n')}\n`,
  );
  await writeFile(join(workspace, 'candidate.jsonl'), previousPredictions);
  await writeFile(
    join(workspace, 'gate.yml'),
    'dataset: eval.jsonl\nmodel: { type: predictions, path: candidate.jsonl, name: spam-filter }\nout: gate-out\n',
  );
}

beforeAll(async () => {
  [bundle, github] = await Promise.all([buildActionBundle(), startFakeGitHub()]);
  await freshWorkspace();
  await action({ inputs: { baseline: 'none', comment: 'never' } });
  previousSnapshot = await readFile(join(workspace, 'gate-out', 'results.jsonl'));
  await rm(workspace, { recursive: true, force: true });
});
afterAll(() => github.close());

beforeEach(async () => {
  github.reset();
  await freshWorkspace();
  return () => rm(workspace, { recursive: true, force: true });
});

function action(overrides: Partial<RunActionOptions> & { inputs?: Record<string, string> } = {}) {
  return runAction({
    bundle,
    workspace,
    apiUrl: github.url,
    eventName: 'pull_request',
    payload: pullRequest,
    ...overrides,
    inputs: { config: 'gate.yml', ...overrides.inputs },
  });
}

const runnerServices = (runId: number) => ({
  ACTIONS_RUNTIME_TOKEN: github.runtimeToken(runId),
  ACTIONS_RESULTS_URL: `${github.url}/`,
});
const reportJson = async () =>
  JSON.parse(await readFile(join(workspace, 'gate-out', 'report.json'), 'utf8')) as GateReport;
const push = (sha: string) => ({ ref: 'refs/heads/main', after: sha, repository: pullRequest.repository });
const pushEnv = (sha: string, runId: number) => ({
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: sha,
  GITHUB_WORKFLOW_REF: 'acme/classifier/.github/workflows/gate.yml@refs/heads/main',
  ...runnerServices(runId),
});

function record(verdict: GateRecord['verdict']): string {
  const value: GateRecord = {
    recordVersion: 1,
    verdict,
    accepted: verdict === 'accepted',
    acceptedBy: null,
    commit: 'b45e11e0000000000000000000000000000000aa',
    createdAt: '2026-11-20T09:00:00Z',
    event: 'push',
    pullRequest: null,
    commentKey: 'gate:gate.yml',
    commented: false,
  };
  return JSON.stringify(value);
}

/** Run `runId` on main holds the previous release's snapshot, with the gate's record. */
async function previousReleaseOnMain(
  runId: number,
  options: { conclusion?: 'success' | 'failure'; expired?: boolean; verdict?: GateRecord['verdict'] } = {},
): Promise<void> {
  const snapshot = previousSnapshot.toString('utf8');
  github.state.runs.push({
    id: runId,
    workflow: 'gate.yml',
    headBranch: 'main',
    event: 'push',
    conclusion: options.conclusion ?? 'success',
    createdAt: '2026-11-20T09:00:00Z',
  });
  github.state.artifacts.push({
    id: runId * 10,
    runId,
    name: 'model-release-gate',
    ...(options.expired ? { expired: true } : {}),
    files: { 'results.jsonl': snapshot, 'gate-record.json': record(options.verdict ?? 'pass') },
  });
  await writeFile(join(workspace, 'candidate.jsonl'), regressedPredictions);
  github.requests.length = 0;
}

function labelled(by = 'release-manager', at = '2026-11-25T14:05:00Z') {
  github.state.issueEvents.push(
    { issueNumber: 42, event: 'labeled', label: 'needs-review', actor: 'octo-dev', createdAt: '2026-11-24T10:00:00Z' },
    { issueNumber: 42, event: 'labeled', label: ACCEPT, actor: 'someone-else', createdAt: '2026-11-25T09:00:00Z' },
    { issueNumber: 42, event: 'unlabeled', label: ACCEPT, actor: 'someone-else', createdAt: '2026-11-25T09:30:00Z' },
    { issueNumber: 42, event: 'labeled', label: ACCEPT, actor: by, createdAt: at },
  );
}
const withLabels = (payload: typeof pullRequest, names: string[]) => ({
  ...payload,
  action: 'labeled',
  pull_request: { ...payload.pull_request, labels: names.map((name, index) => ({ id: index + 1, name })) },
});

describe('a missing baseline is a decision', () => {
  it('403 on the runs lookup fails the step by default, naming the permission', async () => {
    github.state.faults['GET workflow-runs'] = 403;
    const run = await action();
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', 'baseline-status': 'not-permitted' });
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^Model gate failed: GitHub answered 403 to the baseline lookup in workflow gate.yml on branch main: give the job `permissions: actions: read`/,
    );
    const report = await reportJson();
    expect(report.baselineSource).toMatchObject({ status: 'not-permitted', source: null });
    expect(report.gates[0]).toMatchObject({ name: 'baseline.available', status: 'fail' });
  });

  it('403 with on-missing-baseline: warn warns and passes the step', async () => {
    github.state.faults['GET workflow-runs'] = 403;
    const run = await action({ inputs: { 'on-missing-baseline': 'warn' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'warn', 'baseline-status': 'not-permitted' });
    expect(
      run.warnings.some(
        (warning) => warning.includes('permissions: actions: read') && warning.includes('on-missing-baseline: warn'),
      ),
    ).toBe(true);
  });

  it('the config’s baseline.onMissing applies when the input is empty; the input overrides it', async () => {
    github.state.faults['GET workflow-runs'] = 403;
    await writeFile(
      join(workspace, 'gate.yml'),
      'dataset: eval.jsonl\nmodel: { type: predictions, path: candidate.jsonl }\nout: gate-out\nbaseline: { onMissing: pass }\n',
    );
    const fromConfig = await action();
    expect(fromConfig.exitCode).toBe(0);
    expect(fromConfig.outputs.verdict).toBe('pass');
    // Let through, but never quietly.
    expect(fromConfig.warnings.some((warning) => warning.includes('on-missing-baseline: pass lets it through'))).toBe(
      true,
    );
    const fromInput = await action({ inputs: { 'on-missing-baseline': 'fail' } });
    expect(fromInput.outputs.verdict).toBe('fail');
  });

  it('a first run passes with "no baseline yet"', async () => {
    github.state.runs.push({ id: 90, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'success' });
    const run = await action();
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'baseline-status': 'first-run' });
    expect(run.summary).toContain('No baseline yet: no earlier run of workflow gate.yml on branch main uploaded');
    expect((await reportJson()).gates.map((gate) => gate.name)).not.toContain('baseline.available');
  });

  it('an expired artifact warns: the verdict is at least warn', async () => {
    await previousReleaseOnMain(400, { expired: true });
    const run = await action({ runId: 501 });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'warn', 'baseline-status': 'expired', 'baseline-accuracy': '' });
    expect(
      run.warnings.some((warning) =>
        warning.startsWith('the artifact of run 400, the last usable gated run on main, has expired'),
      ),
    ).toBe(true);
    expect(github.requestsTo('artifact-zip')).toHaveLength(0);
  });
});

describe('the baseline is the last accepted snapshot', () => {
  it('a snapshot of a run whose other job failed is still found, and the report says where it came from', async () => {
    await previousReleaseOnMain(400, { conclusion: 'failure' });
    const run = await action({ runId: 501 });
    expect(run.outputs).toMatchObject({ verdict: 'fail', 'baseline-status': 'found' });
    expect(Number(run.outputs['baseline-accuracy'])).toBeCloseTo(57 / 60, 12);
    const report = await reportJson();
    expect(report.baselineSource.source).toMatchObject({
      kind: 'run',
      runId: 400,
      branch: 'main',
      commit: 'b45e11e0000000000000000000000000000000aa',
      createdAt: '2026-11-20T09:00:00Z',
      verdict: 'pass',
    });
    expect(report.baselineSource.ageDays).toBeGreaterThanOrEqual(0);
    // The gate's own link is a link, not escaped text.
    const html = new MarkdownIt().render(run.summary);
    const links = cheerio
      .load(html)('a')
      .map((_, element) => cheerio.load(element)('a').attr('href'))
      .get();
    expect(links).toContain('https://github.com/acme/classifier/actions/runs/400');
    expect(run.summary).toContain('on main, commit b45e11e (2026-11-20');
    expect(run.summary).not.toContain('\\[run 400\\]');
  });

  it('a snapshot whose gate failed is passed over for the older one that passed', async () => {
    await previousReleaseOnMain(400);
    github.state.runs.push({ id: 410, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'failure' });
    github.state.artifacts.push({
      id: 4100,
      runId: 410,
      name: 'model-release-gate',
      files: { 'results.jsonl': '{}', 'gate-record.json': record('fail') },
    });
    const run = await action({ runId: 501 });
    expect((await reportJson()).baselineSource).toMatchObject({
      status: 'found',
      source: { runId: 400 },
      reason: 'Newer runs passed over: run 410 failed the gate.',
    });
    expect(run.outputs.verdict).toBe('fail');
  });
});

describe('accepting an intended regression', () => {
  it('the accept label turns fail into accepted, names who labelled and when, and keeps the failed rules', async () => {
    await previousReleaseOnMain(400);
    labelled();
    const run = await action({ runId: 501, payload: withLabels(pullRequest, ['needs-review', ACCEPT]) });

    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ verdict: 'accepted', passed: 'true' });
    expect(github.requestsTo('issue-events').map((request) => request.path)).toEqual([
      '/repos/acme/classifier/issues/42/events',
    ]);
    const report = await reportJson();
    expect(report.accepted).toEqual({
      label: ACCEPT,
      by: 'release-manager',
      at: '2026-11-25T14:05:00Z',
      pullRequest: 42,
    });
    expect(report.gates.find((gate) => gate.name === 'accuracy.maxDrop')?.status).toBe('fail');
    const body = github.state.comments[0]?.body ?? '';
    expect(body).toContain(
      'release-manager applied the label “model-gate: accept regression” to PR #\u200B42 on 2026-11-25 14:05 UTC',
    );
    // The failed rule stays in the rules table (report rewrite: one row per flagged rule).
    expect(body).toMatch(/\| ❌ \| `accuracy\.maxDrop` \|/);
    const uploaded = JSON.parse(await readFile(join(workspace, 'gate-out', 'gate-record.json'), 'utf8')) as GateRecord;
    expect(uploaded).toMatchObject({
      verdict: 'accepted',
      accepted: true,
      acceptedBy: { login: 'release-manager' },
      pullRequest: { number: 42, headSha },
    });
  });

  it('a label taken off since the event accepts nothing', async () => {
    await previousReleaseOnMain(400);
    github.state.issueEvents.push(
      { issueNumber: 42, event: 'labeled', label: ACCEPT, actor: 'release-manager', createdAt: '2026-11-25T09:00:00Z' },
      {
        issueNumber: 42,
        event: 'unlabeled',
        label: ACCEPT,
        actor: 'release-manager',
        createdAt: '2026-11-25T09:30:00Z',
      },
    );
    const run = await action({ runId: 501, payload: withLabels(pullRequest, [ACCEPT]) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
  });

  it('events that cannot be read accept nothing, and say which permission', async () => {
    await previousReleaseOnMain(400);
    github.state.faults['GET issue-events'] = 403;
    const run = await action({ runId: 501, payload: withLabels(pullRequest, [ACCEPT]) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.warnings).toContain(
      'Cannot tell who applied the label "model-gate: accept regression" (HTTP 403): give the job `permissions: pull-requests: read` (and `contents: read`). A failure is not accepted without that record.',
    );
  });

  it('the merge-to-main run of an accepted PR is recorded as accepted and becomes the next PR’s baseline', async () => {
    await previousReleaseOnMain(400);
    labelled();
    const mergeSha = 'e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3';
    github.state.pulls.push({
      number: 42,
      headSha,
      headRef: 'retrain-october',
      headRepository: 'acme/classifier',
      baseRef: 'main',
      state: 'closed',
      labels: [ACCEPT],
      mergedAt: '2026-11-26T08:00:00Z',
      mergeCommitSha: mergeSha,
    });

    const onMain = await action({
      eventName: 'push',
      payload: push(mergeSha),
      runId: 600,
      env: pushEnv(mergeSha, 600),
    });

    expect(onMain.exitCode).toBe(0);
    expect(onMain.outputs.verdict).toBe('accepted');
    expect(github.requestsTo('commit-pulls').map((request) => request.path)).toEqual([
      `/repos/acme/classifier/commits/${mergeSha}/pulls`,
    ]);
    const artifact = github.state.artifacts.find((candidate) => candidate.runId === 600);
    expect(artifact).toBeDefined();
    github.state.runs.push({
      id: 600,
      workflow: 'gate.yml',
      headBranch: 'main',
      event: 'push',
      conclusion: 'success',
      headSha: mergeSha,
    });

    // The next PR proposes the same (accepted) model: compared with run 600, it passes.
    const next = await action({
      runId: 700,
      payload: { ...pullRequest, number: 43, pull_request: { ...pullRequest.pull_request, number: 43 } },
    });
    expect(next.exitCode).toBe(0);
    expect(next.outputs).toMatchObject({ verdict: 'pass', 'baseline-status': 'found', 'accuracy-delta': '0' });
    expect((await reportJson()).baselineSource.source).toMatchObject({
      kind: 'run',
      runId: 600,
      commit: mergeSha,
      verdict: 'accepted',
    });
  });
});

describe('releases', () => {
  const assetName = 'model-release-gate-results.jsonl';
  const releasePayload = (id: number, tag: string) => ({
    ...release,
    release: {
      ...release.release,
      id,
      tag_name: tag,
      upload_url: `${github.url}/uploads/repos/acme/classifier/releases/${id}/assets{?name,label}`,
    },
  });

  it('publish skips a release that failed the gate; publish: always attaches it', async () => {
    const content = previousSnapshot;
    github.state.releases.push(
      { id: 2, tagName: 'v1.0.0', assets: [{ id: 21, name: assetName, content }] },
      { id: 3, tagName: 'v1.1.0', assets: [] },
    );
    await writeFile(join(workspace, 'candidate.jsonl'), regressedPredictions);

    const skipped = await action({
      eventName: 'release',
      payload: releasePayload(3, 'v1.1.0'),
      inputs: { baseline: 'release:latest', publish: 'true' },
    });
    expect(skipped.outputs.verdict).toBe('fail');
    expect(github.requestsTo('upload-asset')).toHaveLength(0);
    expect(skipped.warnings).toContain(
      `Not attaching ${assetName} to release v1.1.0: it failed the gate (publish: always attaches it anyway).`,
    );

    await action({
      eventName: 'release',
      payload: releasePayload(3, 'v1.1.0'),
      inputs: { baseline: 'release:latest', publish: 'always' },
    });
    expect(github.state.releases.find((candidate) => candidate.id === 3)?.assets.map((asset) => asset.name)).toEqual([
      assetName,
    ]);
  });

  it('release:latest walks past releases without the asset and says how many it skipped', async () => {
    const content = previousSnapshot;
    github.state.releases.push(
      { id: 2, tagName: 'v1.0.0', publishedAt: '2026-10-01T08:00:00Z', assets: [{ id: 21, name: assetName, content }] },
      { id: 3, tagName: 'v1.1.0', assets: [] },
      { id: 4, tagName: 'v1.2.0', assets: [{ id: 41, name: 'model.onnx', content: Buffer.from('weights') }] },
      { id: 5, tagName: 'v1.3.0', assets: [] },
    );
    const run = await action({
      eventName: 'release',
      payload: releasePayload(5, 'v1.3.0'),
      inputs: { baseline: 'release:latest' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['baseline-status']).toBe('found');
    expect(Number(run.outputs['baseline-accuracy'])).toBeCloseTo(57 / 60, 12);
    expect((await reportJson()).baselineSource.source).toMatchObject({
      kind: 'release',
      tag: 'v1.0.0',
      skippedReleases: 2,
    });
    expect(run.summary).toContain('[v1.0.0](https://github.com/acme/classifier/releases/tag/v1.0.0) (2026-10-01');
    expect(run.summary).toContain('2 newer releases without the snapshot skipped.');
  });

  it('release:latest with no release carrying the asset is a first run', async () => {
    github.state.releases.push({ id: 2, tagName: 'v1.0.0', assets: [] }, { id: 3, tagName: 'v1.1.0', assets: [] });
    const run = await action({
      eventName: 'release',
      payload: releasePayload(3, 'v1.1.0'),
      inputs: { baseline: 'release:latest' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'baseline-status': 'first-run' });
  });
});

describe('mode: comment, for pull requests from forks', () => {
  const forkHead = {
    number: 42,
    headSha,
    headRef: 'main',
    headRepository: 'mallory/classifier',
    baseRef: 'main',
    state: 'open' as const,
    labels: [],
  };
  const workflowRun = (runId: number) => ({
    action: 'completed',
    workflow_run: {
      id: runId,
      event: 'pull_request',
      head_sha: headSha,
      head_branch: 'main',
      html_url: `https://github.com/acme/classifier/actions/runs/${runId}`,
      conclusion: 'success',
      pull_requests: [],
      head_repository: { full_name: 'mallory/classifier' },
    },
    repository: pullRequest.repository,
  });
  const commentMode = (runId: number) =>
    runAction({
      bundle,
      workspace,
      apiUrl: github.url,
      eventName: 'workflow_run',
      payload: workflowRun(runId),
      runId: runId + 1,
      inputs: { mode: 'comment' },
    });

  /** The gate on the fork's PR: its token cannot comment; it uploads what the comment workflow needs. */
  async function gateOnFork(runId: number, payload: unknown = forkPullRequest): Promise<void> {
    // The fork's code names its model; nothing it writes may become a link or a mention.
    await writeFile(
      join(workspace, 'gate.yml'),
      'dataset: eval.jsonl\nmodel: { type: predictions, path: candidate.jsonl, name: "[win](https://evil.example) @everyone <img src=x>" }\nout: gate-out\n',
    );
    github.state.faults['POST comments'] = 403;
    const run = await action({ runId, payload, env: runnerServices(runId) });
    expect(
      run.warnings.some((warning) =>
        warning.includes('add the comment workflow (.github/workflows/model-gate-comment.yml'),
      ),
    ).toBe(true);
    delete github.state.faults['POST comments'];
    expect(github.state.artifacts.find((artifact) => artifact.runId === runId)).toBeDefined();
    github.requests.length = 0;
  }

  it('comments on the PR of the triggering run, with everything from the fork inert', async () => {
    github.state.pulls.push(forkHead);
    await gateOnFork(700);

    const run = await commentMode(700);

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(github.requestsTo('pulls')[0]?.query).toMatchObject({ state: 'open', head: 'mallory:main' });
    const created = github.requestsTo('comments').filter((request) => request.method === 'POST');
    expect(created.map((request) => request.path)).toEqual(['/repos/acme/classifier/issues/42/comments']);
    const body = github.state.comments[0]?.body ?? '';
    expect(body.startsWith('<!-- model-release-gate:gate:gate.yml -->')).toBe(true);
    expect(body).toContain('[run 700](https://github.com/acme/classifier/actions/runs/700)');
    expect(run.outputs['comment-url']).toContain('/pull/42#issuecomment-');
    const $ = cheerio.load(new MarkdownIt({ html: true, linkify: true }).render(body));
    const hrefs = $('a')
      .map((_, element) => $(element).attr('href'))
      .get();
    expect(hrefs.every((href) => href.startsWith('https://github.com/acme/classifier/actions/runs/700'))).toBe(true);
    expect($('img')).toHaveLength(0);
    expect(body).not.toMatch(/@everyone/);

    // A second run of the comment workflow updates the same comment.
    await commentMode(700);
    expect(github.state.comments).toHaveLength(1);
  });

  it('refuses an artifact that claims another PR', async () => {
    // The fork's run really belongs to PR 43; its artifact claims 42.
    github.state.pulls.push(
      { ...forkHead, number: 43 },
      { ...forkHead, number: 42, headRepository: 'acme/classifier', headRef: 'retrain-october', headSha: 'other' },
    );
    await gateOnFork(700);

    const run = await commentMode(700);

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      `artifact "model-release-gate" of run 700: claims PR #42, but run 700's head (f1c3a8b of mallory/classifier) is PR #43: refusing to comment`,
    ]);
    expect(github.requestsTo('comments').filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('a pull request of this repository whose gate commented itself is left alone; one that could not (Dependabot) gets the comment', async () => {
    const sameRepo = {
      ...workflowRun(800),
      workflow_run: {
        ...workflowRun(800).workflow_run,
        head_branch: 'retrain-october',
        head_repository: { full_name: 'acme/classifier' },
      },
    };
    github.state.pulls.push({ ...forkHead, headRef: 'retrain-october', headRepository: 'acme/classifier' });
    await action({ runId: 800, env: runnerServices(800) });
    expect(github.state.comments).toHaveLength(1);
    const left = await runAction({
      bundle,
      workspace,
      apiUrl: github.url,
      eventName: 'workflow_run',
      payload: sameRepo,
      runId: 801,
      inputs: { mode: 'comment' },
    });
    expect(left.exitCode).toBe(0);
    expect(github.requestsTo('comment')).toHaveLength(0);

    github.state.comments.length = 0;
    github.state.faults['POST comments'] = 403;
    const dependabot = await action({ runId: 810, env: { ...runnerServices(810), GITHUB_ACTOR: 'dependabot[bot]' } });
    expect(dependabot.warnings.some((warning) => warning.includes('forks and Dependabot get a read-only token'))).toBe(
      true,
    );
    delete github.state.faults['POST comments'];
    const filled = await runAction({
      bundle,
      workspace,
      apiUrl: github.url,
      eventName: 'workflow_run',
      payload: { ...sameRepo, workflow_run: { ...sameRepo.workflow_run, id: 810 } },
      runId: 811,
      inputs: { mode: 'comment' },
    });
    expect(filled.exitCode).toBe(0);
    expect(github.state.comments.map((comment) => comment.issueNumber)).toEqual([42]);
  });

  it('says nothing when no open PR has that head any more, and refuses other events', async () => {
    await gateOnFork(700);
    const stale = await commentMode(700);
    expect(stale.exitCode).toBe(0);
    expect(github.state.comments).toEqual([]);

    const wrongEvent = await runAction({
      bundle,
      workspace,
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequest,
      inputs: { mode: 'comment' },
    });
    expect(wrongEvent.exitCode).toBe(1);
    expect(wrongEvent.errors[0]).toMatch(/^input mode: comment runs in a workflow triggered by `workflow_run`/);
  });
});
