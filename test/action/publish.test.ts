import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { attachSnapshotToRelease, commentOnPullRequest, uploadRunArtifact } from '../../src/action/publish.js';
import type { ArtifactStore } from '../../src/github/artifact-store.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import type { RunContext } from '../../src/github/run-context.js';
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js';
import { recordingRunner } from '../support/runner-port.js';

/** An ArtifactStore that records uploads, or refuses them like the service would. */
function recordingStore(options: { unavailable?: string; failWith?: string } = {}) {
  const uploads: Array<{ name: string; files: string[]; rootDirectory: string }> = [];
  const store: ArtifactStore = {
    uploadUnavailableReason: () => options.unavailable ?? null,
    async upload(name, files, rootDirectory) {
      if (options.failWith) throw new Error(options.failWith);
      uploads.push({ name, files, rootDirectory });
      return { id: 1, size: 10 };
    },
    download: () => Promise.reject(new Error('not used')),
    listCurrentRun: () => Promise.reject(new Error('not used')),
    downloadCurrentRun: () => Promise.reject(new Error('not used')),
  };
  return { store, uploads };
}

let recorded: ReturnType<typeof recordingRunner>;
beforeEach(() => {
  recorded = recordingRunner();
});

const warnings = () => recorded.warnings();
const files = ['/w/out/results.jsonl', '/w/out/report.md', '/w/out/report.json'];

describe('uploadRunArtifact', () => {
  it('uploads the snapshot and reports under the artifact name, relative to the output folder', async () => {
    const { store, uploads } = recordingStore();
    await uploadRunArtifact({
      runner: recorded.runner,
      artifacts: store,
      name: 'gate-a',
      files,
      rootDirectory: '/w/out',
    });
    expect(uploads).toEqual([{ name: 'gate-a', files, rootDirectory: '/w/out' }]);
    expect(warnings()).toEqual([]);
  });

  it('says why nothing was uploaded when the runner services are missing', async () => {
    const { store, uploads } = recordingStore({ unavailable: 'ACTIONS_RUNTIME_TOKEN not set' });
    await uploadRunArtifact({
      runner: recorded.runner,
      artifacts: store,
      name: 'gate-a',
      files,
      rootDirectory: '/w/out',
    });
    expect(uploads).toEqual([]);
    expect(warnings()).toEqual([
      'Snapshot not uploaded as artifact "gate-a": ACTIONS_RUNTIME_TOKEN not set. Without it this run cannot be a later run\'s baseline.',
    ]);
  });

  it('turns a refused upload (a name taken twice in one run) into a warning, not a failure', async () => {
    const { store } = recordingStore({
      failWith:
        'Failed to CreateArtifact: (409) Conflict: an artifact with this name already exists on the workflow run\nmore',
    });
    await expect(
      uploadRunArtifact({ runner: recorded.runner, artifacts: store, name: 'gate-a', files, rootDirectory: '/w/out' }),
    ).resolves.toBeUndefined();
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(
      /^Snapshot not uploaded as artifact "gate-a": Failed to CreateArtifact: \(409\).*distinct `artifact-name`s\.$/,
    );
  });
});

const github: FakeGitHub = await startFakeGitHub();
afterAll(() => github.close());

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
    workspace: '/w',
    ...overrides,
  };
}

describe('commentOnPullRequest', () => {
  const comment = (runContext: RunContext) =>
    commentOnPullRequest({
      runner: recorded.runner,
      octokit: createGitHubClient({ token: 'ghs_test', apiUrl: github.url }),
      context: runContext,
      mode: 'always',
      key: 'gate',
      author: null,
      render: () => 'report',
    });

  it('says where the comment is, and warns of nothing', async () => {
    github.reset();
    const url = await comment(context());
    expect(url).toMatch(/^https?:\/\//);
    expect(recorded.infos()).toEqual([`PR comment created: ${url}`]);
    expect(warnings()).toEqual([]);
  });

  it("a fork's read-only token: one warning that points at the comment workflow, no failure", async () => {
    github.reset({ faults: { 'POST comments': 403 } });
    const base = context();
    const fork = context({
      pullRequest: { ...(base.pullRequest as NonNullable<RunContext['pullRequest']>), fromFork: true },
    });
    await expect(comment(fork)).resolves.toBeNull();
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(
      /^Could not write the PR comment \(HTTP 403\)\. Pull requests from forks and Dependabot get a read-only token: add the comment workflow \(\.github\/workflows\/model-gate-comment\.yml/,
    );
  });
});

describe('attachSnapshotToRelease', () => {
  const attach = (runContext: RunContext, verdict: 'pass' | 'fail') =>
    attachSnapshotToRelease({
      runner: recorded.runner,
      octokit: createGitHubClient({ token: 'ghs_test', apiUrl: github.url }),
      context: runContext,
      artifactName: 'model-gate',
      resultsPath: '/nonexistent/results.jsonl',
      verdict,
      always: false,
    });
  const release = { id: 9, tagName: 'v2', uploadUrl: `${github.url}/uploads/9` };

  it('outside a release event: one info line, nothing attached', async () => {
    github.reset();
    await attach(context(), 'pass');
    expect(recorded.infos()).toEqual([
      'publish: the snapshot is attached to releases only on `release` events (this is "pull_request").',
    ]);
    expect(github.requests).toEqual([]);
  });

  it('a failed release is not attached (it must not become the next baseline): one warning', async () => {
    github.reset();
    await attach(context({ eventName: 'release', release }), 'fail');
    expect(warnings()).toEqual([
      'Not attaching model-gate-results.jsonl to release v2: it failed the gate (publish: always attaches it anyway).',
    ]);
    expect(github.requests).toEqual([]);
  });
});
