import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { BaselineDeps } from '../../src/github/baseline.js';
import type { GateRecord } from '../../src/github/gate-record.js';
import type { RunContext } from '../../src/github/run-context.js';
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js';
import { buildSnapshot } from '../support/snapshot-builder.js';

const { records: snapshotRecords, ...snapshotHeader } = buildSnapshot({ gitSha: 'base111' });
/** A schema-2 snapshot: the header line, then one record per line. */
const snapshotText = `${[snapshotHeader, ...snapshotRecords].map((line) => JSON.stringify(line)).join('\n')}\n`;
/** A schema-1 results.json as the released gate wrote it (test/fixtures/snapshot/schema-1). */
const legacySnapshotText = readFileSync('test/fixtures/snapshot/schema-1/results.json', 'utf8');

let scratch: string;
let warnings: string[];

// @actions/github reads GITHUB_API_URL once, when it is first imported (@actions/artifact
// builds its download client from it), so the modules are imported after the server is up,
// as on a runner where the variable is set before the process starts.
const github: FakeGitHub = await startFakeGitHub();
process.env.GITHUB_API_URL = github.url;
process.env.GITHUB_SERVER_URL = 'https://github.com';
const { createArtifactStore } = await import('../../src/github/artifact-store.js');
const { fetchBaseline, parseBaselineSource } = await import('../../src/github/baseline.js');
const { createGitHubClient } = await import('../../src/github/octokit.js');
const { publishSnapshotAsset } = await import('../../src/github/release-assets.js');

afterAll(() => github.close());
beforeEach(async () => {
  github.reset();
  scratch = await mkdtemp(join(tmpdir(), 'mrg-baseline-'));
  warnings = [];
});
afterEach(() => rm(scratch, { recursive: true, force: true }));

function context(overrides: Partial<RunContext> = {}): RunContext {
  return {
    owner: 'acme',
    repo: 'classifier',
    serverUrl: 'https://github.com',
    apiUrl: github.url,
    runId: 500,
    runUrl: 'https://github.com/acme/classifier/actions/runs/500',
    workflowFile: 'gate.yml',
    job: 'gate',
    actor: 'octo-dev',
    eventName: 'pull_request',
    sha: 'head222',
    pullRequest: {
      number: 7,
      baseRef: 'main',
      headSha: 'head222',
      headRepository: 'acme/classifier',
      fromFork: false,
      labels: [],
    },
    pushBranch: null,
    workflowRun: null,
    defaultBranch: 'main',
    release: null,
    workspace: scratch,
    ...overrides,
  };
}

function deps(overrides: Partial<RunContext> = {}): BaselineDeps {
  return {
    octokit: createGitHubClient({ token: 'ghs_test', apiUrl: github.url }),
    context: context(overrides),
    token: 'ghs_test',
    artifactName: 'model-release-gate',
    artifacts: createArtifactStore(process.env),
    downloadDir: join(scratch, 'downloads'),
    logger: { info() {}, debug() {}, warn: (message) => warnings.push(message) },
  };
}

describe('parseBaselineSource', () => {
  it.each([
    ['', { kind: 'auto' }],
    ['auto', { kind: 'auto' }],
    ['none', { kind: 'none' }],
    ['release:latest', { kind: 'release', tag: 'latest' }],
    ['release:v1.2.0', { kind: 'release', tag: 'v1.2.0' }],
    ['baselines/results.json', { kind: 'path', path: 'baselines/results.json' }],
  ])('%j', (input, expected) => {
    expect(parseBaselineSource(input)).toEqual(expected);
  });

  it('refuses a release without a tag', () => {
    expect(() => parseBaselineSource('release:')).toThrow(/input baseline: expected "release:latest" or "release:TAG"/);
  });
});

/** An artifact as this version of the gate uploads it: the snapshot and the gate's record. */
function gated(verdict: GateRecord['verdict'], extra: Partial<GateRecord> = {}): Record<string, string> {
  const record: GateRecord = {
    recordVersion: 1,
    verdict,
    accepted: verdict === 'accepted',
    acceptedBy: null,
    commit: 'c0ffee1234567',
    createdAt: '2026-11-20T09:00:00Z',
    event: 'push',
    pullRequest: null,
    commentKey: 'gate:gate.yml',
    commented: false,
    ...extra,
  };
  return { 'results.jsonl': snapshotText, 'report.md': '# old', 'gate-record.json': JSON.stringify(record) };
}

describe('baseline auto: the last accepted snapshot on the base branch, by the gate’s own record', () => {
  it('skips PR runs (a fork’s main too) and this run, and downloads through the 302', async () => {
    github.state.runs.push(
      {
        id: 100,
        workflow: 'gate.yml',
        headBranch: 'main',
        event: 'push',
        conclusion: 'success',
        headSha: 'abc1234def',
      },
      {
        id: 101,
        workflow: 'gate.yml',
        headBranch: 'main',
        event: 'pull_request',
        conclusion: 'success',
        headRepository: 'mallory/classifier',
      },
      { id: 103, workflow: 'other.yml', headBranch: 'main', event: 'push', conclusion: 'success' },
      { id: 500, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'success' },
    );
    github.state.artifacts.push(
      { id: 1, runId: 100, name: 'model-release-gate', files: gated('pass') },
      { id: 2, runId: 101, name: 'model-release-gate', files: { 'results.jsonl': '{"planted":true}' } },
      { id: 3, runId: 500, name: 'model-release-gate', files: gated('pass') },
    );
    const result = await fetchBaseline({ kind: 'auto' }, deps());

    expect(result.path).not.toBeNull();
    expect(await readFile(result.path ?? '', 'utf8')).toBe(snapshotText);
    expect(result.origin).toEqual({
      status: 'found',
      source: {
        kind: 'run',
        runId: 100,
        runUrl: 'https://github.com/acme/classifier/actions/runs/100',
        branch: 'main',
        commit: 'c0ffee1234567',
        createdAt: '2026-11-20T09:00:00Z',
        verdict: 'pass',
      },
      reason: null,
    });
    const [runsRequest] = github.requestsTo('workflow-runs');
    expect(runsRequest?.path).toBe('/repos/acme/classifier/actions/workflows/gate.yml/runs');
    expect(runsRequest?.query).toMatchObject({ branch: 'main' });
    // Every conclusion: the gate's record, not the run's, decides.
    expect(runsRequest?.query.status).toBeUndefined();
    expect(github.requestsTo('run-artifacts').map((request) => request.path)).toEqual([
      '/repos/acme/classifier/actions/runs/100/artifacts',
    ]);
    expect(github.requestsTo('artifact-zip').map((request) => request.path)).toEqual([
      '/repos/acme/classifier/actions/artifacts/1/zip',
    ]);
    expect(github.requestsTo('artifact-zip')[0]?.authorization).toBe('token ghs_test');
    expect(github.requestsTo('artifact-blob')).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('finds the snapshot of a run whose other job failed, when its gate step passed', async () => {
    github.state.runs.push({ id: 100, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'failure' });
    github.state.artifacts.push({ id: 1, runId: 100, name: 'model-release-gate', files: gated('warn') });
    const result = await fetchBaseline({ kind: 'auto' }, deps());
    expect(result.origin.status).toBe('found');
    expect(result.origin.source).toMatchObject({ kind: 'run', runId: 100, verdict: 'warn' });
  });

  it('passes over a snapshot that failed the gate, and takes an accepted one', async () => {
    github.state.runs.push(
      { id: 100, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'success' },
      { id: 110, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'success' },
      { id: 120, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'failure' },
    );
    github.state.artifacts.push(
      { id: 1, runId: 100, name: 'model-release-gate', files: gated('pass') },
      { id: 2, runId: 110, name: 'model-release-gate', files: gated('accepted') },
      { id: 3, runId: 120, name: 'model-release-gate', files: gated('fail') },
    );
    const result = await fetchBaseline({ kind: 'auto' }, deps());
    expect(result.origin.source).toMatchObject({ kind: 'run', runId: 110, verdict: 'accepted' });
    expect(result.origin.reason).toBe('Newer runs passed over: run 120 failed the gate.');
  });

  it('an artifact without a gate record (an older version) counts only when its run succeeded', async () => {
    github.state.runs.push(
      { id: 100, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'success' },
      { id: 110, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'failure' },
    );
    github.state.artifacts.push(
      { id: 1, runId: 100, name: 'model-release-gate', files: { 'results.jsonl': snapshotText } },
      { id: 2, runId: 110, name: 'model-release-gate', files: { 'results.jsonl': snapshotText } },
    );
    const result = await fetchBaseline({ kind: 'auto' }, deps());
    expect(result.origin.source).toMatchObject({ kind: 'run', runId: 100, verdict: null, commit: 'sha-of-run-100' });
    expect(result.origin.reason).toBe('Newer runs passed over: run 110 did not succeed (failure).');
  });

  it('looks on the pull request’s base branch, not the default one', async () => {
    await fetchBaseline(
      { kind: 'auto' },
      deps({
        pullRequest: {
          number: 7,
          baseRef: 'release/2.x',
          headSha: 'h',
          headRepository: 'acme/classifier',
          fromFork: false,
          labels: [],
        },
      }),
    );
    expect(github.requestsTo('workflow-runs')[0]?.query.branch).toBe('release/2.x');
  });

  it('uses the default branch outside pull requests', async () => {
    await fetchBaseline({ kind: 'auto' }, deps({ pullRequest: null, defaultBranch: 'trunk' }));
    expect(github.requestsTo('workflow-runs')[0]?.query.branch).toBe('trunk');
  });

  it('passes over a run that uploaded nothing', async () => {
    github.state.runs.push(
      { id: 100, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'success' },
      { id: 110, workflow: 'gate.yml', headBranch: 'main', event: 'workflow_dispatch', conclusion: 'success' },
    );
    github.state.artifacts.push({ id: 1, runId: 100, name: 'model-release-gate', files: gated('pass') });
    const result = await fetchBaseline({ kind: 'auto' }, deps());
    expect(result.origin.source).toMatchObject({ runId: 100 });
    expect(github.requestsTo('run-artifacts').map((request) => request.path)).toEqual([
      '/repos/acme/classifier/actions/runs/110/artifacts',
      '/repos/acme/classifier/actions/runs/100/artifacts',
    ]);
  });

  it('first-run: no earlier run uploaded a snapshot (runs from before the gate do not count)', async () => {
    github.state.runs.push({ id: 90, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'success' });
    const result = await fetchBaseline({ kind: 'auto' }, deps());
    expect(result.path).toBeNull();
    expect(result.origin.status).toBe('first-run');
    expect(result.origin.reason).toMatch(
      /^no earlier run of workflow gate.yml on branch main uploaded the "model-release-gate" artifact/,
    );
    expect(warnings).toEqual([]);
  });

  it('not-found: gated runs exist, but every snapshot failed the gate', async () => {
    github.state.runs.push({ id: 100, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'failure' });
    github.state.artifacts.push({ id: 1, runId: 100, name: 'model-release-gate', files: gated('fail') });
    const result = await fetchBaseline({ kind: 'auto' }, deps());
    expect(result.origin).toEqual({
      status: 'not-found',
      source: null,
      reason: 'no usable snapshot in the recent runs of workflow gate.yml on branch main: run 100 failed the gate',
    });
  });

  it('expired: never asks for the zip', async () => {
    github.state.runs.push({ id: 100, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'success' });
    github.state.artifacts.push({ id: 1, runId: 100, name: 'model-release-gate', expired: true, files: {} });
    const result = await fetchBaseline({ kind: 'auto' }, deps());
    expect(result.path).toBeNull();
    expect(result.origin.status).toBe('expired');
    expect(result.origin.reason).toMatch(
      /^the artifact of run 100, the last usable gated run on main, has expired; re-run/,
    );
    expect(github.requestsTo('artifact-zip')).toHaveLength(0);
  });

  it('an artifact without a snapshot is passed over, and said', async () => {
    github.state.runs.push({ id: 100, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'success' });
    github.state.artifacts.push({
      id: 1,
      runId: 100,
      name: 'model-release-gate',
      files: { 'report.md': '# only a report' },
    });
    const result = await fetchBaseline({ kind: 'auto' }, deps());
    expect(result.path).toBeNull();
    expect(result.origin.status).toBe('not-found');
    expect(result.origin.reason).toContain(
      "run 100's artifact holds no results.jsonl (nor a results.json of older gates)",
    );
  });

  it('takes the results.json of a run made by a gate before schema 2', async () => {
    github.state.runs.push({ id: 100, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'success' });
    github.state.artifacts.push({
      id: 1,
      runId: 100,
      name: 'model-release-gate',
      files: { 'results.json': legacySnapshotText },
    });
    const result = await fetchBaseline({ kind: 'auto' }, deps());
    expect(result.origin.status).toBe('found');
    expect(result.path?.endsWith('results.json')).toBe(true);
    expect(await readFile(result.path ?? '', 'utf8')).toBe(legacySnapshotText);
  });

  it('a snapshot of another schema version is passed over, and said', async () => {
    github.state.runs.push({ id: 100, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'success' });
    github.state.artifacts.push({
      id: 1,
      runId: 100,
      name: 'model-release-gate',
      files: { 'results.jsonl': JSON.stringify({ ...buildSnapshot(), schemaVersion: 99 }) },
    });
    const result = await fetchBaseline({ kind: 'auto' }, deps());
    expect(result.path).toBeNull();
    expect(result.origin.reason).toMatch(/holds an unusable results.jsonl \(snapshot schema version 99/);
  });

  it('not-permitted: a 403 on the runs list names `actions: read`', async () => {
    github.state.faults['GET workflow-runs'] = 403;
    const result = await fetchBaseline({ kind: 'auto' }, deps());
    expect(result.path).toBeNull();
    expect(result.origin.status).toBe('not-permitted');
    expect(result.origin.reason).toContain('permissions: actions: read');
  });

  it('not-found when GitHub keeps failing', async () => {
    github.state.faults['GET workflow-runs'] = 502;
    const octokit = createGitHubClient({ token: 'ghs_test', apiUrl: github.url, retries: 1 });
    const result = await fetchBaseline({ kind: 'auto' }, { ...deps(), octokit });
    expect(github.requestsTo('workflow-runs')).toHaveLength(2);
    expect(result.origin).toEqual({
      status: 'not-found',
      source: null,
      reason: 'looking up the baseline in workflow gate.yml on branch main failed (HTTP 502)',
    });
  });

  it('not-found when the connection is lost (no HTTP status at all)', async () => {
    github.state.faults['GET workflow-runs'] = 'reset';
    const octokit = createGitHubClient({ token: 'ghs_test', apiUrl: github.url, retries: 0 });
    const result = await fetchBaseline({ kind: 'auto' }, { ...deps(), octokit });
    expect(github.requestsTo('workflow-runs')).toHaveLength(1);
    expect(result.origin.status).toBe('not-found');
    expect(result.origin.reason).toMatch(/^looking up the baseline in workflow gate.yml on branch main failed \(.+\)$/);
    expect(result.origin.reason).not.toContain('HTTP');
  });
});

describe('baseline release:…', () => {
  const assetName = 'model-release-gate-results.jsonl';

  it('reads the <artifact-name>-results.json asset of a release made by a gate before schema 2', async () => {
    github.state.releases.push({
      id: 1,
      tagName: 'v1.0.0',
      assets: [{ id: 11, name: 'model-release-gate-results.json', content: Buffer.from(legacySnapshotText) }],
    });
    const result = await fetchBaseline({ kind: 'release', tag: 'v1.0.0' }, deps());
    expect(result.origin.source).toMatchObject({ kind: 'release', tag: 'v1.0.0' });
    expect(await readFile(result.path ?? '', 'utf8')).toBe(legacySnapshotText);
  });

  it('latest skips the release this run was triggered by', async () => {
    github.state.releases.push(
      { id: 1, tagName: 'v1.0.0', assets: [{ id: 11, name: assetName, content: Buffer.from(snapshotText) }] },
      { id: 2, tagName: 'v1.1.0-rc1', prerelease: true, assets: [] },
      { id: 3, tagName: 'v1.1.0', assets: [] },
    );
    const result = await fetchBaseline(
      { kind: 'release', tag: 'latest' },
      deps({ release: { id: 3, tagName: 'v1.1.0', uploadUrl: '' } }),
    );
    expect(result.origin.source).toMatchObject({
      kind: 'release',
      tag: 'v1.0.0',
      url: 'https://github.com/acme/classifier/releases/tag/v1.0.0',
      skippedReleases: 0,
    });
    expect(await readFile(result.path ?? '', 'utf8')).toBe(snapshotText);
    const assetRequest = github.requestsTo('release-asset')[0];
    expect(assetRequest?.path).toBe('/repos/acme/classifier/releases/assets/11');
    expect(assetRequest?.accept).toBe('application/octet-stream');
    expect(github.requestsTo('asset-blob')).toHaveLength(1);
  });

  it('a named tag without the asset is a one-line error naming release and asset', async () => {
    github.state.releases.push({
      id: 1,
      tagName: 'v1.0.0',
      assets: [{ id: 11, name: 'model.onnx', content: Buffer.from('x') }],
    });
    const attempt = fetchBaseline({ kind: 'release', tag: 'v1.0.0' }, deps());
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(
      'release v1.0.0: has no asset "model-release-gate-results.jsonl" (its assets: model.onnx)',
    );
  });

  it('an unknown tag is a one-line error', async () => {
    await expect(fetchBaseline({ kind: 'release', tag: 'v9' }, deps())).rejects.toThrow(
      'baseline release:v9: no release with that tag in acme/classifier',
    );
  });

  it('an asset of another schema is a one-line error naming the release', async () => {
    github.state.releases.push({
      id: 1,
      tagName: 'v1.0.0',
      assets: [{ id: 11, name: assetName, content: Buffer.from('{"schemaVersion":0}') }],
    });
    await expect(fetchBaseline({ kind: 'release', tag: 'v1.0.0' }, deps())).rejects.toThrow(
      /^release v1.0.0 asset model-release-gate-results.jsonl: snapshot schema version 0/,
    );
  });

  it('latest without any release is a first run', async () => {
    const result = await fetchBaseline({ kind: 'release', tag: 'latest' }, deps());
    expect(result).toEqual({
      path: null,
      origin: { status: 'first-run', source: null, reason: 'acme/classifier has no earlier published release' },
    });
  });

  it('latest walks back past releases without the asset, and counts them', async () => {
    github.state.releases.push(
      {
        id: 1,
        tagName: 'v1.0.0',
        publishedAt: '2026-10-01T08:00:00Z',
        assets: [{ id: 11, name: assetName, content: Buffer.from(snapshotText) }],
      },
      { id: 2, tagName: 'v1.1.0', assets: [{ id: 21, name: 'model.onnx', content: Buffer.from('x') }] },
      { id: 3, tagName: 'v1.2.0', assets: [] },
      { id: 4, tagName: 'v1.3.0', assets: [] },
    );
    const result = await fetchBaseline(
      { kind: 'release', tag: 'latest' },
      deps({ release: { id: 4, tagName: 'v1.3.0', uploadUrl: '' } }),
    );
    expect(result.origin).toEqual({
      status: 'found',
      source: {
        kind: 'release',
        tag: 'v1.0.0',
        url: 'https://github.com/acme/classifier/releases/tag/v1.0.0',
        createdAt: '2026-10-01T08:00:00Z',
        skippedReleases: 2,
      },
      reason: null,
    });
    expect(await readFile(result.path ?? '', 'utf8')).toBe(snapshotText);
  });

  it('latest when no earlier release has the asset is a first run that says how many it looked at', async () => {
    github.state.releases.push({ id: 1, tagName: 'v0.9.0', assets: [] }, { id: 2, tagName: 'v1.0.0', assets: [] });
    const result = await fetchBaseline({ kind: 'release', tag: 'latest' }, deps());
    expect(result.origin.status).toBe('first-run');
    expect(result.origin.reason).toBe(
      'none of the 2 earlier published releases carries the snapshot asset model-release-gate-results.jsonl (publish: true attaches it)',
    );
  });
});

describe('publishSnapshotAsset', () => {
  it('uploads to the release’s upload URL and replaces an earlier upload of the same name', async () => {
    github.state.releases.push({ id: 3, tagName: 'v1.1.0', assets: [] });
    const octokit = createGitHubClient({ token: 'ghs_test', apiUrl: github.url });
    const uploadUrl = `${github.url}/uploads/repos/acme/classifier/releases/3/assets{?name,label}`;
    const publish = (content: string) =>
      publishSnapshotAsset({
        octokit,
        owner: 'acme',
        repo: 'classifier',
        releaseId: 3,
        uploadUrl,
        assetName: 'gate-results.json',
        content,
      });
    await publish('{"first":1}');
    await publish('{"second":2}');
    const uploads = github.requestsTo('upload-asset');
    expect(uploads.map((request) => request.query.name)).toEqual(['gate-results.json', 'gate-results.json']);
    expect(github.requestsTo('release-asset').filter((request) => request.method === 'DELETE')).toHaveLength(1);
    const assets = github.state.releases[0]?.assets ?? [];
    expect(assets.map((asset) => [asset.name, asset.content.toString()])).toEqual([
      ['gate-results.json', '{"second":2}'],
    ]);
  });
});
