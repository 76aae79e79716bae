import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { BaselineDeps } from '../../src/github/baseline.js';
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js';
import { buildSnapshot } from '../support/snapshot-builder.js';
import { zipFiles } from '../support/zip.js';
import { peakRss } from './support/memory.js';
import { zerosZip } from './support/zip-bomb.js';

// As in test/github/baseline.test.ts: @actions/github reads GITHUB_API_URL when first imported.
const github: FakeGitHub = await startFakeGitHub();
process.env.GITHUB_API_URL = github.url;
process.env.GITHUB_SERVER_URL = 'https://github.com';
const { createArtifactStore } = await import('../../src/github/artifact-store.js');
const { fetchBaseline } = await import('../../src/github/baseline.js');
const { createGitHubClient } = await import('../../src/github/octokit.js');

afterAll(() => github.close());
let scratch: string;
let warnings: string[];
beforeEach(async () => {
  github.reset();
  scratch = await mkdtemp(join(tmpdir(), 'mrg-artifact-faults-'));
  warnings = [];
  github.state.runs.push({ id: 100, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'success' });
  return () => rm(scratch, { recursive: true, force: true });
});

function deps(maxArtifactMB?: number): BaselineDeps {
  return {
    octokit: createGitHubClient({ token: 'ghs_test', apiUrl: github.url }),
    context: {
      owner: 'acme',
      repo: 'classifier',
      serverUrl: 'https://github.com',
      apiUrl: github.url,
      runId: 500,
      runUrl: 'https://github.com/acme/classifier/actions/runs/500',
      workflowFile: 'gate.yml',
      job: 'gate',
      eventName: 'pull_request',
      sha: 'head222',
      actor: 'octocat',
      pushBranch: null,
      workflowRun: null,
      pullRequest: {
        number: 7,
        baseRef: 'main',
        headSha: 'head222',
        headRepository: 'acme/classifier',
        fromFork: false,
        labels: [],
      },
      defaultBranch: 'main',
      release: null,
      workspace: scratch,
    },
    token: 'ghs_test',
    artifactName: 'model-release-gate',
    artifacts: createArtifactStore(process.env),
    downloadDir: join(scratch, 'downloads'),
    logger: { info() {}, debug() {}, warn: (message) => warnings.push(message) },
    ...(maxArtifactMB === undefined ? {} : { maxArtifactMB }),
  };
}

/** Bytes of every file under the download folder: what the extraction left on disk. */
async function bytesOnDisk(): Promise<number> {
  const dir = join(scratch, 'downloads');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const sizes = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => (await stat(join(entry.parentPath, entry.name))).size),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

describe('a baseline artifact that inflates too far', () => {
  it('a zip of 2 GiB under the default cap: refused before extraction, gated without a baseline, said why', async () => {
    github.state.artifacts.push({
      id: 1,
      runId: 100,
      name: 'model-release-gate',
      files: {},
      zip: zerosZip('results.jsonl', 2048),
    });
    const { value: result, peakMb } = await peakRss(() => fetchBaseline({ kind: 'auto' }, deps()));
    expect(result.path).toBeNull();
    expect(result.origin.reason).toContain(
      'the artifact is refused: it inflates to more than 1024 MB (the baseline.maxArtifactMB limit)',
    );
    expect(result.origin.status).toBe('not-found');
    expect(await bytesOnDisk()).toBe(0);
    expect(peakMb).toBeLessThan(100);
  });

  it('a zip that understates its size (1 KB declared, 64 MB inside) stops at the declared size', async () => {
    github.state.artifacts.push({
      id: 1,
      runId: 100,
      name: 'model-release-gate',
      files: {},
      zip: zerosZip('results.jsonl', 64, 1024),
    });
    const result = await fetchBaseline({ kind: 'auto' }, deps(1));
    expect(result.path).toBeNull();
    expect(result.origin.reason).toMatch(/downloading its artifact failed/);
    expect(await bytesOnDisk()).toBeLessThanOrEqual(2 ** 20);
  });

  it('a zip larger than the cap as GitHub lists it is not even downloaded', async () => {
    github.state.artifacts.push({
      id: 1,
      runId: 100,
      name: 'model-release-gate',
      files: {},
      zip: zipFiles({ 'results.jsonl': Buffer.alloc(5 * 2 ** 20, 0x20) }),
    });
    const result = await fetchBaseline({ kind: 'auto' }, deps(4));
    expect(result.path).toBeNull();
    expect(result.origin.reason).toContain('the artifact is refused: its zip alone is larger than 4 MB');
    expect(github.requestsTo('artifact-zip')).toHaveLength(0);
  });

  it('a config cap: 10 MB refused under maxArtifactMB 4, accepted under the default; a normal artifact still extracts', async () => {
    github.state.artifacts.push({
      id: 1,
      runId: 100,
      name: 'model-release-gate',
      files: {},
      zip: zerosZip('padding.bin', 10),
    });
    expect((await fetchBaseline({ kind: 'auto' }, deps(4))).origin.reason).toContain('inflates to more than 4 MB');

    github.reset();
    github.state.runs.push({ id: 100, workflow: 'gate.yml', headBranch: 'main', event: 'push', conclusion: 'success' });
    const { records, ...header } = buildSnapshot({ gitSha: 'base111' });
    const snapshotText = `${[header, ...records].map((line) => JSON.stringify(line)).join('\n')}\n`;
    github.state.artifacts.push({
      id: 2,
      runId: 100,
      name: 'model-release-gate',
      files: {},
      zip: zipFiles({ 'results.jsonl': snapshotText, 'report.md': '# old' }),
    });
    const result = await fetchBaseline({ kind: 'auto' }, deps());
    expect(result.path).toBe(join(scratch, 'downloads', 'run-100', 'results.jsonl'));
  });
});
