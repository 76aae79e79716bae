import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defined } from '../support/defined.js';
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js';
import { markerModelSource } from '../support/marker-model.js';
import { buildActionBundle, type RunActionOptions, runAction } from './run-action.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const pullRequest = JSON.parse(await readFile(join(fixtures, 'pull_request.json'), 'utf8')) as Record<string, unknown>;
const forkPullRequest = JSON.parse(await readFile(join(fixtures, 'pull_request_fork.json'), 'utf8')) as Record<
  string,
  unknown
>;
const release = JSON.parse(await readFile(join(fixtures, 'release.json'), 'utf8')) as {
  release: Record<string, unknown>;
};
const marker = '<!-- model-release-gate:gate:gate.yml -->';

// 60 e-mails, half spam. The previous release misses 3; the regressed candidate also gets
// 15 of the previous release's right answers wrong (and none the other way).
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

beforeAll(async () => {
  [bundle, github] = await Promise.all([buildActionBundle(), startFakeGitHub()]);
});
afterAll(() => github.close());

beforeEach(async () => {
  github.reset();
  workspace = await mkdtemp(join(tmpdir(), 'mrg-workspace-'));
  await writeFile(
    join(workspace, 'eval.jsonl'),
    `${ids.map((id, index) => JSON.stringify({ id, input: `mail ${id}`, expected: label(index) })).join('\n')}\n`,
  );
  await writeFile(join(workspace, 'candidate.jsonl'), previousPredictions);
  await writeFile(
    join(workspace, 'gate.yml'),
    [
      'task: classification',
      'dataset: eval.jsonl',
      'model: { type: predictions, path: candidate.jsonl, name: spam-filter }',
      'out: gate-out',
      '',
    ].join('\n'),
  );
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

/** Makes run `runId` on main the holder of this workspace's last snapshot, as its artifact. */
async function publishLastSnapshotAsRun(runId: number, artifactId: number): Promise<void> {
  const snapshot = await readFile(join(workspace, 'gate-out', 'results.jsonl'), 'utf8');
  github.state.runs.push({ id: runId, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'success' });
  github.state.artifacts.push({
    id: artifactId,
    runId,
    name: 'model-release-gate',
    files: { 'results.jsonl': snapshot, 'report.md': '# old report' },
  });
}

describe('the Action on a pull request', () => {
  it('first run: no baseline yet, passes, creates the comment, fills summary and outputs', async () => {
    const run = await action();

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      verdict: 'pass',
      passed: 'true',
      'baseline-accuracy': '',
      'accuracy-delta': '',
    });
    expect(Number(run.outputs.accuracy)).toBeCloseTo(57 / 60, 12);
    expect(run.outputs['results-path']).toBe(join(workspace, 'gate-out', 'results.jsonl'));
    expect(run.summary).toContain('No baseline yet');

    // The baseline was looked for on the PR's base branch, in this workflow.
    const [runsQuery] = github.requestsTo('workflow-runs');
    expect(runsQuery?.path).toBe('/repos/acme/classifier/actions/workflows/gate.yml/runs');
    expect(runsQuery?.query).toMatchObject({ branch: 'main' });

    const created = github.requestsTo('comments').filter((request) => request.method === 'POST');
    expect(created).toHaveLength(1);
    expect(created[0]?.path).toBe('/repos/acme/classifier/issues/42/comments');
    expect(created[0]?.authorization).toBe('token ghs_runner_token');
    const body = (defined(created[0]).body as { body: string }).body;
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toContain('[workflow run](https://github.com/acme/classifier/actions/runs/500)');
    expect(run.outputs['comment-url']).toBe(
      `https://github.com/acme/classifier/pull/42#issuecomment-${github.state.comments[0]?.id}`,
    );

    // No runner artifact service here: said once, clearly, and the step still passes.
    expect(
      run.warnings.filter((warning) => warning.includes('ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL not set')),
    ).toHaveLength(1);
  });

  it('next push: compares with the artifact of the last run on main, fails, updates the same comment', async () => {
    await action();
    await publishLastSnapshotAsRun(400, 77);
    github.state.runs.push({
      id: 401,
      workflow: 'gate.yml',
      headBranch: 'main',
      event: 'pull_request',
      conclusion: 'success',
      headRepository: 'mallory/classifier',
    });
    await writeFile(join(workspace, 'candidate.jsonl'), regressedPredictions);
    const commentId = github.state.comments[0]?.id;
    github.requests.length = 0;

    const run = await action({ runId: 501 });

    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^Model gate failed: /);
    expect(run.outputs).toMatchObject({ verdict: 'fail', passed: 'false' });
    expect(Number(run.outputs['baseline-accuracy'])).toBeCloseTo(57 / 60, 12);
    expect(Number(run.outputs['accuracy-delta'])).toBeCloseTo(-15 / 60, 12);
    // Negative flips over all paired examples (Yan et al. 2021): 15 of 60.
    expect(Number(run.outputs['negative-flip-rate'])).toBeCloseTo(15 / 60, 12);

    expect(github.requestsTo('run-artifacts').map((request) => request.path)).toEqual([
      '/repos/acme/classifier/actions/runs/400/artifacts',
    ]);
    expect(github.requestsTo('artifact-zip').map((request) => request.path)).toEqual([
      '/repos/acme/classifier/actions/artifacts/77/zip',
    ]);
    expect(github.requestsTo('artifact-blob')).toHaveLength(1);
    expect(run.summary).toContain('run 400');

    expect(github.requestsTo('comments').filter((request) => request.method === 'POST')).toHaveLength(0);
    expect(github.requestsTo('comment').map((request) => [request.method, request.path])).toEqual([
      ['PATCH', `/repos/acme/classifier/issues/comments/${commentId}`],
    ]);
    expect(github.state.comments).toHaveLength(1);
    expect(github.state.comments[0]?.body).toContain(
      '[workflow run](https://github.com/acme/classifier/actions/runs/501)',
    );
  });

  it('a matrix over the predictions input keeps one comment per job', async () => {
    await writeFile(join(workspace, 'candidate-b.jsonl'), regressedPredictions);
    await action({ inputs: { predictions: 'candidate.jsonl' } });
    await action({ inputs: { predictions: 'candidate-b.jsonl' }, runId: 502 });
    await action({ inputs: { predictions: 'candidate.jsonl' }, runId: 503 });
    expect(github.requestsTo('comments').filter((request) => request.method === 'POST')).toHaveLength(2);
    expect(github.requestsTo('comment')).toHaveLength(1);
    const markers = github.state.comments.map((comment) => comment.body.split('\n')[0]);
    expect(markers).toEqual([
      '<!-- model-release-gate:gate:gate.yml:candidate.jsonl -->',
      '<!-- model-release-gate:gate:gate.yml:candidate-b.jsonl -->',
    ]);
  });

  it('comment: on-change leaves the comment alone when the report is the same', async () => {
    await action({ inputs: { comment: 'on-change' } });
    github.requests.length = 0;
    const run = await action({ runId: 502, inputs: { comment: 'on-change' } });
    expect(run.exitCode).toBe(0);
    expect(github.requestsTo('comments').map((request) => request.method)).toEqual(['GET']);
    expect(github.requestsTo('comment')).toHaveLength(0);
  });

  it('a fork’s read-only token: the comment is refused, the step warns and still passes', async () => {
    github.state.faults['POST comments'] = 403;
    const run = await action({ payload: forkPullRequest });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['comment-url']).toBe('');
    const warning = run.warnings.find((text) => text.startsWith('Could not write the PR comment'));
    expect(warning).toBe(
      'Could not write the PR comment (HTTP 403). Pull requests from forks and Dependabot get a read-only token: add the comment workflow (.github/workflows/model-gate-comment.yml, README "Pull requests from forks"), which posts this report from the base repository. The report is in the job summary.',
    );
    expect(run.summary).toContain('spam-filter');
  });

  it('a connection lost on the comment: the step warns, passes and still sets its outputs', async () => {
    github.state.faults['GET comments'] = 'reset';
    const run = await action();
    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
    // The client retried (3 times) before giving up; no comment was written.
    expect(github.requestsTo('comments')).toHaveLength(4);
    expect(github.state.comments).toEqual([]);
    const warning = run.warnings.find((text) => text.startsWith('Could not write the PR comment'));
    expect(warning).toMatch(/^Could not write the PR comment: .+\. The report is in the job summary\.$/);
    expect(warning).not.toContain('HTTP');
    expect(run.outputs).toMatchObject({ verdict: 'pass', passed: 'true', 'comment-url': '' });
    expect(Number(run.outputs.accuracy)).toBeCloseTo(57 / 60, 12);
  }, 60_000);

  it('fail-on: never reports the failure without failing the step', async () => {
    await action();
    await publishLastSnapshotAsRun(400, 77);
    await writeFile(join(workspace, 'candidate.jsonl'), regressedPredictions);
    const run = await action({ runId: 501, inputs: { 'fail-on': 'never' } });
    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.outputs.verdict).toBe('fail');
  });
});

describe('the comment limit', () => {
  it('a report too long for a comment is trimmed to 65,536 characters; the summary keeps more', async () => {
    const many = Array.from({ length: 1200 }, (_, index) => `long-${index}`);
    const expected = (index: number) => (index % 2 === 0 ? 'spam' : 'ham');
    await writeFile(
      join(workspace, 'eval.jsonl'),
      many.map((id, index) => JSON.stringify({ id, input: `mail ${id}`, expected: expected(index) })).join('\n'),
    );
    await writeFile(
      join(workspace, 'candidate.jsonl'),
      many.map((id, index) => JSON.stringify({ id, output: expected(index) })).join('\n'),
    );
    await writeFile(
      join(workspace, 'gate.yml'),
      'dataset: eval.jsonl\nmodel: { type: predictions, path: candidate.jsonl }\nout: gate-out\nreport: { maxRegressions: 1200 }\n',
    );
    await action({ inputs: { comment: 'never' } });
    await publishLastSnapshotAsRun(400, 77);
    // Every answer now wrong, each a long rambling text: 1,200 regressions to list.
    const rambling = (index: number) =>
      `${index % 2 === 0 ? 'ham' : 'spam'} because ${'the sender looks familiar and '.repeat(20)}`;
    await writeFile(
      join(workspace, 'candidate.jsonl'),
      many.map((id, index) => JSON.stringify({ id, output: rambling(index) })).join('\n'),
    );
    github.requests.length = 0;

    const run = await action({ runId: 501 });

    expect(run.outputs.verdict).toBe('fail');
    const body = github.state.comments[0]?.body ?? '';
    expect(body.length).toBeGreaterThan(1000);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/Trimmed to fit: .*regressions/);
    expect(body).toContain('https://github.com/acme/classifier/actions/runs/501');
    expect(run.summary.length).toBeGreaterThan(body.length);
  });
});

describe('the Action outside pull requests', () => {
  it('on push: summary and outputs, no comment, baseline from the default branch', async () => {
    const push = {
      ref: 'refs/heads/main',
      repository: pullRequest.repository,
      after: 'f1c3a8b2d9e04c7a5b6e8d1f2a3c4b5d6e7f8a9b',
    };
    const run = await action({ eventName: 'push', payload: push });
    expect(run.exitCode).toBe(0);
    expect(run.summary.length).toBeGreaterThan(0);
    expect(github.requestsTo('comments')).toHaveLength(0);
    expect(github.requestsTo('workflow-runs')[0]?.query.branch).toBe('main');
  });

  it('on release: compares with the previous release’s asset and attaches its own snapshot', async () => {
    await action({ inputs: { baseline: 'none', comment: 'never' } });
    const previousSnapshot = await readFile(join(workspace, 'gate-out', 'results.jsonl'));
    github.state.releases.push(
      {
        id: 2,
        tagName: 'v1.0.0',
        assets: [{ id: 21, name: 'model-release-gate-results.jsonl', content: previousSnapshot }],
      },
      { id: 3, tagName: 'v1.1.0', assets: [] },
    );
    const payload = {
      ...release,
      release: {
        ...release.release,
        upload_url: `${github.url}/uploads/repos/acme/classifier/releases/3/assets{?name,label}`,
      },
    };
    github.requests.length = 0;

    const run = await action({
      eventName: 'release',
      payload,
      inputs: { baseline: 'release:latest', publish: 'true' },
    });

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(Number(run.outputs['baseline-accuracy'])).toBeCloseTo(57 / 60, 12);
    expect(github.requestsTo('release-asset').map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /repos/acme/classifier/releases/assets/21',
    ]);
    const uploads = github.requestsTo('upload-asset');
    expect(uploads.map((request) => `${request.path}?name=${request.query.name}`)).toEqual([
      '/uploads/repos/acme/classifier/releases/3/assets?name=model-release-gate-results.jsonl',
    ]);
    const attached = github.state.releases.find((candidate) => candidate.id === 3)?.assets[0];
    expect(attached?.content.toString('utf8')).toBe(
      await readFile(join(workspace, 'gate-out', 'results.jsonl'), 'utf8'),
    );
  });
});

describe('bad input fails the step with one line', () => {
  it.each([
    [{ config: 'missing.yml' }, (dir: string) => `${join(dir, 'missing.yml')}: config file not found`],
    [{ dataset: 'nowhere.jsonl' }, (dir: string) => join(dir, 'nowhere.jsonl')],
    [{ comment: 'loud' }, () => 'input comment: expected one of always|on-change|never, got "loud"'],
    [{ baseline: 'release:v9' }, () => 'baseline release:v9: no release with that tag in acme/classifier'],
  ])('%j', async (inputs, expected) => {
    const run = await action({ inputs });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(expected(workspace));
    expect(run.stdout).not.toMatch(/^\s+at /m);
  });

  it('a release without the snapshot asset names the release and the asset', async () => {
    github.state.releases.push({ id: 2, tagName: 'v1.0.0', assets: [] });
    const run = await action({ inputs: { baseline: 'release:v1.0.0' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['release v1.0.0: has no asset "model-release-gate-results.jsonl" (its assets: none)']);
  });
});

describe('the model process and the runner’s credentials', () => {
  it('a command model gets neither the inputs (the token) nor the runner’s service tokens; the Action keeps them', async () => {
    // A model that writes its environment to a file, then answers every example with "spam".
    await writeFile(
      join(workspace, 'dump-env.mjs'),
      [
        "import { writeFileSync } from 'node:fs';",
        "import { createInterface } from 'node:readline';",
        "writeFileSync('model-env.json', JSON.stringify(process.env));",
        "createInterface({ input: process.stdin }).on('line', (line) => console.log(JSON.stringify({ id: JSON.parse(line).id, output: 'spam' })));",
        '',
      ].join('\n'),
    );
    await writeFile(
      join(workspace, 'gate.yml'),
      'dataset: eval.jsonl\nmodel: { type: command, command: "node dump-env.mjs" }\nout: gate-out\n',
    );
    const credentials = {
      ACTIONS_RUNTIME_TOKEN: github.runtimeToken(500),
      ACTIONS_RESULTS_URL: `${github.url}/`,
      ACTIONS_CACHE_URL: `${github.url}/cache/`,
      ACTIONS_ID_TOKEN_REQUEST_URL: `${github.url}/oidc`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
    };

    const run = await action({
      eventName: 'pull_request_target',
      env: { ...credentials, MODEL_SETTING: 'kept' },
      inputs: { 'github-token': 'ghs_secret_write_token' },
    });

    expect(run.exitCode).toBe(0);
    const seen = JSON.parse(await readFile(join(workspace, 'model-env.json'), 'utf8')) as Record<string, string>;
    expect(seen.MODEL_SETTING).toBe('kept');
    expect(Object.keys(seen).filter((name) => name.startsWith('INPUT_') || name in credentials)).toEqual([]);
    for (const secret of ['ghs_secret_write_token', ...Object.values(credentials)])
      expect(JSON.stringify(seen)).not.toContain(secret);
    // The Action's own clients still had them: the artifact upload and the comment went through.
    expect(github.requestsTo('create-artifact')[0]?.authorization).toBe(`Bearer ${credentials.ACTIONS_RUNTIME_TOKEN}`);
    expect(github.requestsTo('comments').find((request) => request.method === 'POST')?.authorization).toBe(
      'token ghs_secret_write_token',
    );
    expect(run.warnings.filter((warning) => warning.includes('pull_request_target'))).toHaveLength(1);
  });

  it('does not warn about pull_request_target on a pull_request run', async () => {
    await writeFile(
      join(workspace, 'echo.mjs'),
      "import { createInterface } from 'node:readline';\ncreateInterface({ input: process.stdin }).on('line', (line) => console.log(JSON.stringify({ id: JSON.parse(line).id, output: 'spam' })));\n",
    );
    await writeFile(
      join(workspace, 'gate.yml'),
      'dataset: eval.jsonl\nmodel: { type: command, command: "node echo.mjs" }\nout: gate-out\n',
    );
    const run = await action();
    expect(run.exitCode).toBe(0);
    expect(run.warnings.filter((warning) => warning.includes('pull_request_target'))).toEqual([]);
  });
});

describe('artifacts through the runner’s results service', () => {
  const runnerServices = (runId: number) => ({
    ACTIONS_RUNTIME_TOKEN: github.runtimeToken(runId),
    ACTIONS_RESULTS_URL: `${github.url}/`,
  });

  it('a run on main uploads its snapshot, and the next PR run downloads it as its baseline', async () => {
    const push = { ref: 'refs/heads/main', repository: pullRequest.repository };
    const onMain = await action({ eventName: 'push', payload: push, runId: 400, env: runnerServices(400) });

    expect(onMain.exitCode).toBe(0);
    expect(onMain.warnings.filter((warning) => warning.includes('not uploaded'))).toEqual([]);
    expect(github.requestsTo('create-artifact')).toHaveLength(1);
    expect(github.requestsTo('create-artifact')[0]?.authorization).toBe(`Bearer ${github.runtimeToken(400)}`);
    expect(github.requestsTo('finalize-artifact')).toHaveLength(1);
    const [uploaded] = github.state.artifacts;
    expect(uploaded).toMatchObject({ runId: 400, name: 'model-release-gate' });

    github.state.runs.push({ id: 400, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'success' });
    await writeFile(join(workspace, 'candidate.jsonl'), regressedPredictions);
    const onPullRequest = await action({ runId: 501, env: runnerServices(501) });

    expect(github.requestsTo('artifact-zip').map((request) => request.path)).toEqual([
      `/repos/acme/classifier/actions/artifacts/${uploaded?.id}/zip`,
    ]);
    expect(onPullRequest.outputs.verdict).toBe('fail');
    expect(Number(onPullRequest.outputs['baseline-accuracy'])).toBeCloseTo(57 / 60, 12);
    expect(github.state.artifacts.map((artifact) => artifact.runId)).toEqual([400, 501]);
  });
});

// `baseline: none` is "no comparison" (action.yml): a config's live `baseline.model` must not
// run behind it, nor a comparison with it appear under a report that says "none".
describe('the Action with `baseline: none` and a config baseline.model', () => {
  beforeEach(async () => {
    // The baseline model leaves a mark when it is started at all, and answers every example wrong.
    await writeFile(join(workspace, 'baseline-model.mjs'), markerModelSource);
    await writeFile(
      join(workspace, 'gate-live-baseline.yml'),
      [
        'task: classification',
        'dataset: eval.jsonl',
        'model: { type: predictions, path: candidate.jsonl }',
        'baseline: { model: { type: command, command: "node baseline-model.mjs" } }',
        'out: gate-out',
        '',
      ].join('\n'),
    );
  });
  const ran = () => existsSync(join(workspace, 'baseline-model-ran'));
  const reportJson = async () => JSON.parse(await readFile(join(workspace, 'gate-out', 'report.json'), 'utf8'));

  it('runs no baseline model, compares with nothing, and says so', async () => {
    const run = await action({ inputs: { config: 'gate-live-baseline.yml', baseline: 'none', comment: 'never' } });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(ran()).toBe(false);
    expect(run.outputs).toMatchObject({ 'baseline-status': 'none', 'baseline-accuracy': '', 'accuracy-delta': '' });
    expect(await reportJson()).toMatchObject({
      baseline: null,
      comparison: null,
      baselineSource: { status: 'none', source: null },
    });
    // The config's model is named, so the user sees why it did not run.
    expect(run.stdout).toContain(
      "The config's baseline.model in gate-live-baseline.yml is not used: the baseline input is none.",
    );
  });

  it('with `auto` the config baseline.model is the baseline, as before', async () => {
    const run = await action({ inputs: { config: 'gate-live-baseline.yml', comment: 'never' } });
    expect(run.errors).toEqual([]);
    expect(ran()).toBe(true);
    expect(run.outputs).toMatchObject({ 'baseline-status': 'found', 'baseline-accuracy': '0' });
    expect((await reportJson()).baselineSource).toMatchObject({ status: 'found', source: { kind: 'model' } });
  });
});
