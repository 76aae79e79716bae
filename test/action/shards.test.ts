import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js';
import { buildActionBundle, runAction } from './run-action.js';

/**
 * A matrix of three shard jobs and one merge job, each the bundled Action as a runner runs it,
 * with the real @actions/artifact client against the local results service: the shards upload
 * `model-release-gate-shard-K-of-3`, the merge finds this run's (not another run's), merges,
 * gates and comments once.
 */

const pullRequest = JSON.parse(await readFile(join(import.meta.dirname, 'fixtures', 'pull_request.json'), 'utf8'));
const ids = Array.from({ length: 60 }, (_, index) => `mail-${String(index + 1).padStart(2, '0')}`);
const label = (index: number) => (index % 2 === 0 ? 'spam' : 'ham');
const predictions = (wrong: (index: number) => boolean) =>
  `${ids
    .map((id, index) =>
      JSON.stringify({ id, output: wrong(index) ? (index % 2 === 0 ? 'ham' : 'spam') : label(index) }),
    )
    .join('\n')}\n`;

let bundle: string;
let github: FakeGitHub;
let workspace: string;

beforeAll(async () => {
  [bundle, github] = await Promise.all([buildActionBundle(), startFakeGitHub()]);
  workspace = await mkdtemp(join(tmpdir(), 'mrg-shards-'));
  await writeFile(
    join(workspace, 'eval.jsonl'),
    `${ids.map((id, index) => JSON.stringify({ id, input: `mail ${id}`, expected: label(index) })).join('\n')}\n`,
  );
  await writeFile(
    join(workspace, 'candidate.jsonl'),
    predictions((index) => index < 4),
  );
  await writeFile(
    join(workspace, 'previous.jsonl'),
    predictions((index) => index < 3),
  );
  await writeFile(
    join(workspace, 'gate.yml'),
    'task: classification\ndataset: eval.jsonl\nmodel: { type: predictions, path: candidate.jsonl, name: spam-filter }\nout: gate-out\n',
  );
});
afterAll(async () => {
  await github.close();
  await rm(workspace, { recursive: true, force: true });
});

const runId = 500;
const job = (inputs: Record<string, string>) =>
  runAction({
    bundle,
    workspace,
    apiUrl: github.url,
    inputs: { config: 'gate.yml', baseline: 'previous.jsonl', ...inputs },
    eventName: 'pull_request',
    payload: pullRequest,
    runId,
    env: {
      ACTIONS_RUNTIME_TOKEN: github.runtimeToken(runId),
      ACTIONS_RESULTS_URL: `${github.url}/`,
    },
  });

describe('Action: shard jobs and a merge job', () => {
  it('uploads each shard, then merges this run’s shards, gates and comments once', async () => {
    // Another run's shard of the same name: the merge must never see it.
    github.state.artifacts.push({
      id: 77,
      runId: 499,
      name: 'model-release-gate-shard-1-of-3',
      files: { 'results.jsonl': 'not this run\n' },
    });
    for (const index of [1, 2, 3]) {
      const shard = await job({ shard: `${index}/3` });
      expect(shard.errors, shard.stdout).toEqual([]);
      expect(shard.exitCode).toBe(0);
      expect(shard.stdout).toContain(`Uploaded shard ${index}/3 as artifact "model-release-gate-shard-${index}-of-3"`);
    }
    expect(github.requestsTo('comments')).toEqual([]);
    expect(
      github.state.artifacts.filter((artifact) => artifact.runId === runId).map((artifact) => artifact.name),
    ).toEqual([
      'model-release-gate-shard-1-of-3',
      'model-release-gate-shard-2-of-3',
      'model-release-gate-shard-3-of-3',
    ]);

    const merge = await job({ mode: 'merge' });
    expect(merge.errors, merge.stdout).toEqual([]);
    expect(merge.exitCode).toBe(0);
    expect(merge.outputs.verdict).toBe('pass');
    expect(merge.stdout).toContain('Merged 3 shards: 60 examples');
    // Listed with the runner's token, the current run only; the other run's blob never fetched.
    expect(github.requestsTo('list-artifacts').length).toBeGreaterThan(0);
    expect(github.requestsTo('artifact-blob').map((request) => request.path)).not.toContain('/blob/artifacts/77.zip');
    expect(github.requestsTo('run-artifacts')).toEqual([]);
    expect(github.state.comments).toHaveLength(1);
    expect(github.state.comments[0]?.body).toContain('60');
    const uploaded = github.state.artifacts
      .filter((artifact) => artifact.runId === runId)
      .map((artifact) => artifact.name);
    expect(uploaded).toContain('model-release-gate');
    const merged = (await readFile(merge.outputs['results-path'] as string, 'utf8')).trimEnd().split('\n');
    expect(merged).toHaveLength(61);
    expect(JSON.parse(merged[0] as string).shard).toBeUndefined();
    expect(merged.slice(1).map((line) => JSON.parse(line).id)).toEqual(ids);
  }, 120_000);
});
