import { type ChildProcess, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type ReceivedRequest,
  type Reply,
  startOpenAIServer,
  type TestServer,
} from '../models/support/openai-server.js';
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js';
import { type FakeCacheService, startFakeCacheService } from './cache-service.js';
import { buildActionBundle, runAction } from './run-action.js';

/**
 * The Action with a live OpenAI-compatible endpoint (a local server), the runner's cache service
 * (a local fake that @actions/cache really talks to) and the artifact service behind it.
 */

const pullRequest = JSON.parse(
  await readFile(join(import.meta.dirname, 'fixtures', 'pull_request.json'), 'utf8'),
) as Record<string, unknown>;
const apiKey = 'sk-test-secret-123';
const ids = Array.from({ length: 24 }, (_, index) => `mail-${String(index + 1).padStart(2, '0')}`);
const label = (index: number) => (index % 2 === 0 ? 'spam' : 'ham');
/** The prompt is the input: the id and its label, which the model answers with. */
const promptOf = (index: number) => `${ids[index]} ${label(index)}`;

let bundle: string;
let github: FakeGitHub;
let cacheService: FakeCacheService;
let model: TestServer;
let workspace: string;
let runnerTemp: string;
/** Cache service calls and model requests, in the order they arrived. */
let events: string[];
let plan: (request: ReceivedRequest) => Reply;

beforeAll(async () => {
  [bundle, github] = await Promise.all([buildActionBundle(), startFakeGitHub()]);
});
afterAll(() => github.close());

beforeEach(async () => {
  github.reset();
  events = [];
  plan = () => ({ kind: 'ok' });
  cacheService = await startFakeCacheService({
    forwardTo: github.url,
    onCall: (call) => events.push(`cache ${call.method}`),
  });
  model = await startOpenAIServer({
    answer: (prompt) => prompt.split(' ').at(-1) ?? '',
    plan: (request) => {
      events.push(`model ${request.prompt}`);
      return plan(request);
    },
  });
  workspace = await mkdtemp(join(tmpdir(), 'mrg-workspace-'));
  runnerTemp = join(await mkdtemp(join(tmpdir(), 'mrg-runner-')), 'temp');
  await writeFile(
    join(workspace, 'eval.jsonl'),
    `${ids.map((id, index) => JSON.stringify({ id, input: promptOf(index), expected: label(index) })).join('\n')}\n`,
  );
  await writeGateConfig();
});
afterEach(async () => {
  await Promise.all([model.close(), cacheService.close()]);
  await rm(workspace, { recursive: true, force: true });
});

async function writeGateConfig(extra: string[] = []): Promise<void> {
  await writeFile(
    join(workspace, 'gate.yml'),
    [
      'task: classification',
      'dataset: eval.jsonl',
      `model: { type: openai, baseUrl: "${model.baseUrl}", model: spam-model, maxRetries: 0 }`,
      'out: gate-out',
      ...extra,
      '',
    ].join('\n'),
  );
}

/**
 * One job of run `runId`. Every job gets an empty RUNNER_TEMP at the same path, like a hosted
 * runner: whatever it finds in the cache folder was restored through the cache service.
 */
async function job(
  runId: number,
  options: {
    inputs?: Record<string, string>;
    env?: Record<string, string>;
    onSpawn?: (child: ChildProcess) => void;
    nextStepOfSameJob?: boolean;
  } = {},
) {
  if (!options.nextStepOfSameJob) {
    await rm(runnerTemp, { recursive: true, force: true });
    await mkdir(runnerTemp, { recursive: true });
  }
  return runAction({
    bundle,
    workspace,
    apiUrl: github.url,
    eventName: 'pull_request',
    payload: pullRequest,
    runId,
    runnerTemp,
    inputs: { config: 'gate.yml', comment: 'never', 'upload-artifact': 'false', ...options.inputs },
    env: {
      ACTIONS_RUNTIME_TOKEN: github.runtimeToken(runId),
      ACTIONS_RESULTS_URL: cacheService.url,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      OPENAI_API_KEY: apiKey,
      ...options.env,
    },
    ...(options.onSpawn ? { onSpawn: options.onSpawn } : {}),
  });
}

const modelPrompts = (from = 0) =>
  events
    .slice(from)
    .filter((event) => event.startsWith('model '))
    .map((event) => event.slice('model '.length));
const keyPrefix = /^model-release-gate-responses-[0-9a-f]{64}-$/;
/** The key a step of run `runId` saves under: the prefix, run id, attempt and the step's hash. */
const stepKey = (prefix: string | undefined, runId: number) => new RegExp(`^${prefix}${runId}-1-[0-9a-f]{12}$`);

describe('the response cache across workflow runs', () => {
  it('restores before the run, saves after a run whose endpoint failed, and the re-run requests only what is missing', async () => {
    const failing = new Set(ids.slice(-6).map((_, offset) => promptOf(ids.length - 6 + offset)));
    plan = (request) => (failing.has(request.prompt) ? { kind: 'status', status: 500 } : { kind: 'ok' });

    const first = await job(601);

    expect(first.exitCode).toBe(1);
    expect(first.errors[0]).toMatch(/^6 of 24 examples .* ended in an error/);
    const [lookup] = cacheService.callsTo('GetCacheEntryDownloadURL');
    const [prefix] = (lookup?.body.restore_keys as string[] | undefined) ?? [];
    expect(prefix).toMatch(keyPrefix);
    expect(lookup?.body.key).toMatch(stepKey(prefix, 601));
    expect(lookup?.authorization).toBe(`Bearer ${github.runtimeToken(601)}`);
    // Restored before the first request, saved after the last answer.
    const firstRequest = events.findIndex((event) => event.startsWith('model '));
    const lastRequest = events.findLastIndex((event) => event.startsWith('model '));
    expect(events.indexOf('cache GetCacheEntryDownloadURL')).toBeLessThan(firstRequest);
    expect(events.indexOf('cache CreateCacheEntry')).toBeGreaterThan(lastRequest);
    expect(cacheService.entries.map((entry) => entry.key)).toEqual([expect.stringMatching(stepKey(prefix, 601))]);
    expect(new Set(modelPrompts())).toEqual(new Set(ids.map((_, index) => promptOf(index))));

    plan = () => ({ kind: 'ok' });
    const rerunStart = events.length;
    const rerun = await job(602);

    expect(rerun.errors).toEqual([]);
    expect(rerun.exitCode).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`Cache hit for restore-key: ${prefix}601-1-[0-9a-f]{12}`));
    expect(modelPrompts(rerunStart).sort()).toEqual([...failing].sort());
    expect(cacheService.callsTo('GetCacheEntryDownloadURL')[1]?.body).toMatchObject({
      key: expect.stringMatching(stepKey(prefix, 602)),
      restore_keys: [prefix],
    });
    expect(cacheService.entries.map((entry) => entry.key)).toEqual([
      expect.stringMatching(stepKey(prefix, 601)),
      expect.stringMatching(stepKey(prefix, 602)),
    ]);

    // Everything answered: no request, and no new entry that would only repeat the last one.
    const thirdStart = events.length;
    const third = await job(603);
    expect(third.exitCode).toBe(0);
    expect(third.stdout).toMatch(new RegExp(`Cache hit for restore-key: ${prefix}602-1-[0-9a-f]{12}`));
    expect(modelPrompts(thirdStart)).toEqual([]);
    expect(third.stdout).toContain('Response cache not saved: no new answers in this run.');
    expect(cacheService.entries).toHaveLength(2);
  });

  it('two gate steps in one job each save their own entry', async () => {
    const failing = new Set(ids.slice(-6).map((_, offset) => promptOf(ids.length - 6 + offset)));
    plan = (request) => (failing.has(request.prompt) ? { kind: 'status', status: 500 } : { kind: 'ok' });
    const first = await job(611, { env: { GITHUB_ACTION: 'gate-a' } });
    expect(first.exitCode).toBe(1);

    // A second gate step (`if: always()`) asks the same endpoint again and gets the rest.
    plan = () => ({ kind: 'ok' });
    const secondStart = events.length;
    const second = await job(611, { env: { GITHUB_ACTION: 'gate-b' }, nextStepOfSameJob: true });

    expect(second.exitCode).toBe(0);
    expect(modelPrompts(secondStart).sort()).toEqual([...failing].sort());
    expect(second.stdout).not.toContain('Response cache not saved');
    const keys = cacheService.entries.map((entry) => entry.key);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
    for (const key of keys) expect(key).toMatch(/-611-1-[0-9a-f]{12}$/);
  });

  it('a cancelled run keeps the answers it had: the re-run asks only for the rest', async () => {
    let child: ChildProcess | undefined;
    const hanging: string[] = [];
    const answeredFirst = new Set(ids.slice(0, 10).map((_, index) => promptOf(index)));
    plan = (request) => {
      if (answeredFirst.has(request.prompt)) return { kind: 'ok' };
      hanging.push(request.prompt);
      // All four workers wait on an answer: everything sent before has been answered. Cancel.
      if (hanging.length === 4) child?.kill('SIGINT');
      return { kind: 'hang' };
    };

    const cancelled = await job(701, { onSpawn: (spawned) => (child = spawned) });

    expect(cancelled.exitCode).toBe(1);
    expect(cancelled.stdout).toContain('SIGINT received');
    expect(cancelled.errors).toHaveLength(1);
    expect(cancelled.errors[0]).toContain(
      `interrupted: the ${answeredFirst.size} answers received so far are kept in `,
    );
    expect(cancelled.errors[0]?.startsWith('interrupted')).toBe(true);
    expect(cacheService.entries.map((entry) => /-701-1-[0-9a-f]{12}$/.test(entry.key))).toEqual([true]);

    plan = () => ({ kind: 'ok' });
    const rerunStart = events.length;
    const rerun = await job(702);

    expect(rerun.exitCode).toBe(0);
    const all = ids.map((_, index) => promptOf(index));
    expect(modelPrompts(rerunStart).sort()).toEqual(all.filter((prompt) => !answeredFirst.has(prompt)).sort());
  });

  it('is not used for a predictions file', async () => {
    await writeFile(
      join(workspace, 'candidate.jsonl'),
      `${ids.map((id, index) => JSON.stringify({ id, output: label(index) })).join('\n')}\n`,
    );
    await writeFile(
      join(workspace, 'gate.yml'),
      'dataset: eval.jsonl\nmodel: { type: predictions, path: candidate.jsonl }\nout: gate-out\n',
    );
    const run = await job(801);
    expect(run.exitCode).toBe(0);
    expect(cacheService.calls).toEqual([]);
    expect(run.stdout).not.toContain('Response cache');
  });

  it('`cache: false` leaves the service alone and says so', async () => {
    const run = await job(802, { inputs: { cache: 'false' } });
    expect(run.exitCode).toBe(0);
    expect(cacheService.calls).toEqual([]);
    expect(run.stdout).toContain('Response cache off (input `cache: false`)');
  });

  it('without the runner’s cache service: one info line, and the step passes', async () => {
    const run = await job(803, { env: { ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' } });
    expect(run.exitCode).toBe(0);
    expect(run.warnings).toEqual([]);
    expect(cacheService.calls).toEqual([]);
    const lines = run.stdout.split('\n').filter((line) => line.includes('Response cache'));
    expect(lines).toEqual([
      'Response cache off: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL not set (the cache service is only reachable inside a GitHub Actions job). Every answer is requested from the endpoint.',
    ]);
  });
});

describe('the API key never reaches a log, a file or an artifact', () => {
  it('is masked, sent only to the endpoint, and redacted where the endpoint echoes it', async () => {
    // One example allowed to fail, so the step passes and uploads its artifact.
    await writeGateConfig(['maxErrorRate: 0.05']);
    const echoing = promptOf(5);
    plan = (request) =>
      request.prompt === echoing
        ? {
            kind: 'status',
            status: 400,
            body: JSON.stringify({
              error: {
                message: `Incorrect API key provided: ${apiKey}. You can find your API key at https://platform.openai.com`,
              },
            }),
          }
        : { kind: 'ok' };

    const run = await job(901, { inputs: { 'upload-artifact': 'true' }, env: { RUNNER_DEBUG: '1' } });

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(model.requests.every((request) => request.headers.authorization === `Bearer ${apiKey}`)).toBe(true);
    expect(run.stdout.split('\n')).toContain(`::add-mask::${apiKey}`);
    const [artifact] = github.state.artifacts;
    const [cacheEntry] = cacheService.entries;
    expect(artifact?.zip).toBeDefined();
    expect(cacheEntry).toBeDefined();
    const results = await readFile(join(workspace, 'gate-out', 'results.jsonl'), 'utf8');
    // The echoed error is in the snapshot, with the key redacted.
    expect(results).toContain('Incorrect API key provided: ***');

    const places: Record<string, string> = {
      stdout: run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
      stderr: run.stderr,
      summary: run.summary,
      outputs: await readFile(join(runnerTemp, 'output.txt'), 'utf8'),
      'results.jsonl': results,
      'report.json': await readFile(join(workspace, 'gate-out', 'report.json'), 'utf8'),
      'report.md': await readFile(join(workspace, 'gate-out', 'report.md'), 'utf8'),
      artifact: await unzip(artifact?.zip ?? Buffer.alloc(0)),
      'cache archive': execFileSync('zstd', ['-dc'], { input: cacheEntry?.archive ?? Buffer.alloc(0) }).toString(
        'latin1',
      ),
      'cache keys': cacheService.calls.map((call) => JSON.stringify(call.body)).join('\n'),
    };
    expect(places.artifact).toContain('"expected":');
    expect(places['cache archive']).toContain(`"output":"${label(0)}"`);
    for (const [place, text] of Object.entries(places)) expect(text.includes(apiKey), place).toBe(false);
  });
});

/** Every file in a ZIP archive, concatenated (the artifact client deflates its entries). */
async function unzip(zip: Buffer): Promise<string> {
  const path = join(runnerTemp, 'artifact.zip');
  await writeFile(path, zip);
  return execFileSync('unzip', ['-p', path]).toString('utf8');
}
