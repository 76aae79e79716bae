// Runner throughput against a local OpenAI-compatible server with a fixed latency:
// achieved time versus the ideal N × latency / concurrency, at several concurrency levels,
// without and with the on-disk response cache, and the whole CLI (built by scripts/bundle.mjs)
// from spawn to exit, BENCH_CLI_RUNS times (3). Run: `npm run bench runner` (BENCH_N to change N).
// The server runs in a worker thread so that it does not share the runner's event loop.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { openaiConfigSchema } from '../src/config/model.js';
import type { Example } from '../src/dataset/types.js';
import { silentLogger } from '../src/log.js';
import { runModel } from '../src/models/run.js';
import { startOpenAIServer } from '../test/models/support/openai-server.js';

const count = Number(process.env.BENCH_N ?? 2_000);
const latencyMs = 50;
const levels = [8, 32, 64, 128];

/** What the server thread saw of one stretch of requests: when the first arrived and the last was answered. */
interface ServerTimes {
  requests: number;
  /** ms on the clock every thread shares (performance.timeOrigin + performance.now()); null before any. */
  firstReceivedAt: number | null;
  lastAnsweredAt: number | null;
}

const sharedNow = () => performance.timeOrigin + performance.now();
const cliRuns = Number(process.env.BENCH_CLI_RUNS ?? 3);

/**
 * The whole CLI, as a user runs it: spawn to exit at 32 in flight, built by scripts/bundle.mjs
 * into a temp folder. The server's side says where the time goes: from spawn to the first request,
 * the requests (first arrived to last answered), and from the last answer to exit. Before each run
 * the bare node:http loop sends the same requests from this process: the reference for the middle
 * phase on the machine as loaded as it is at that moment.
 */
async function wholeCli(baseUrl: string, since: (mark: number) => Promise<ServerTimes>, bare: () => Promise<number>) {
  const dir = await mkdtemp(join(tmpdir(), 'runner-bench-cli-'));
  try {
    const bundled = spawnSync(process.execPath, ['scripts/bundle.mjs', join(dir, 'dist'), 'cli'], { stdio: 'inherit' });
    if (bundled.status !== 0) throw new Error('scripts/bundle.mjs failed');
    const rows = Array.from({ length: count }, (_, index) => ({
      id: `id${index}`,
      input: `review number ${index}: the plot was thin but the acting carried it`,
      expected: 'pos',
    }));
    await writeFile(join(dir, 'eval.jsonl'), `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
    await writeFile(
      join(dir, 'gate.yml'),
      `dataset: eval.jsonl\nout: out\nmaxErrorRate: 1\nmodel: { type: openai, baseUrl: "${baseUrl}", model: bench, apiKeyEnv: null, concurrency: 32 }\n`,
    );
    const ideal = (count * latencyMs) / 32 / 1000;
    const fractions: number[] = [];
    for (let run = 1; run <= cliRuns; run++) {
      const bareSeconds = await bare();
      const mark = (await since(-1)).requests;
      const spawnedAt = sharedNow();
      const child = spawn(process.execPath, [join(dir, 'dist', 'cli.js'), 'run', '--config', 'gate.yml'], {
        cwd: dir,
        env: { PATH: process.env.PATH },
        stdio: 'ignore',
      });
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      const exitedAt = sharedNow();
      const server = await since(mark);
      const seconds = (exitedAt - spawnedAt) / 1000;
      fractions.push(ideal / seconds);
      const phase = (from: number | null, to: number | null) =>
        from === null || to === null ? '?' : ((to - from) / 1000).toFixed(2);
      console.log(
        `whole CLI run ${run}/${cliRuns}, 32 in flight: ${seconds.toFixed(2)} s (ideal ${ideal.toFixed(2)}), ${(ideal / seconds).toFixed(3)} of ideal, exit ${status}, ${server.requests} requests; ` +
          `spawn to first request ${phase(spawnedAt, server.firstReceivedAt)} s, requests ${phase(server.firstReceivedAt, server.lastAnsweredAt)} s ` +
          `(bare loop just before: ${bareSeconds.toFixed(2)} s), last answer to exit ${phase(server.lastAnsweredAt, exitedAt)} s`,
      );
    }
    const sorted = [...fractions].sort((a, b) => a - b);
    console.log(
      `whole CLI run: median ${(sorted[Math.floor(sorted.length / 2)] as number).toFixed(3)} of ideal over ${cliRuns} runs (target 0.85)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The server thread: answers the main thread's "what since request number M?" (M = -1: only the count). */
async function serve(): Promise<void> {
  let lastAnsweredAt: number | null = null;
  // Every answer is the expected label, so the whole-CLI run ends with a plain pass (exit 0).
  const server = await startOpenAIServer({
    latencyMs: workerData as number,
    answer: () => {
      lastAnsweredAt = sharedNow();
      return 'pos';
    },
  });
  parentPort?.on('message', (mark: number) => {
    const times: ServerTimes = {
      requests: mark < 0 ? server.requests.length : server.requests.length - mark,
      firstReceivedAt: mark < 0 ? null : (server.requests[mark]?.receivedAt ?? null),
      lastAnsweredAt: mark < 0 ? null : lastAnsweredAt,
    };
    parentPort?.postMessage(times);
  });
  parentPort?.postMessage(server.baseUrl);
}

/**
 * The same requests from a bare node:http loop (no runner): what this machine and the
 * server's timer allow, to tell the runner's own overhead from theirs.
 */
async function bareClient(baseUrl: string, concurrency: number): Promise<number> {
  const agent = new http.Agent({ keepAlive: true });
  const url = `${baseUrl}/chat/completions`;
  const send = (index: number) =>
    new Promise<void>((resolve, reject) => {
      const body = JSON.stringify({ model: 'bench', messages: [{ role: 'user', content: `review number ${index}` }] });
      const request = http.request(
        url,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          response.resume();
          response.on('end', resolve);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  let next = 0;
  const startedAt = performance.now();
  const loop = async () => {
    while (next < count) await send(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  agent.destroy();
  return (performance.now() - startedAt) / 1000;
}

async function main(): Promise<void> {
  const worker = new Worker(new URL(import.meta.url), { workerData: latencyMs });
  const reply = () => new Promise<unknown>((resolve) => worker.once('message', resolve));
  const baseUrl = (await reply()) as string;
  const since = async (mark: number) => {
    const answer = reply();
    worker.postMessage(mark);
    return (await answer) as ServerTimes;
  };
  const examples: Example[] = Array.from({ length: count }, (_, index) => ({
    id: `id${index}`,
    input: `review number ${index}: the plot was thin but the acting carried it`,
    expected: 'pos',
    tags: {},
    fields: {},
  }));
  const run = (concurrency: number, list: Example[], cacheDir?: string) =>
    runModel({
      config: openaiConfigSchema.parse({ type: 'openai', baseUrl, model: 'bench', apiKeyEnv: null, concurrency }),
      examples: list,
      baseDir: '.',
      env: {},
      logger: silentLogger,
      cacheDir,
    });

  console.log(`N = ${count}, server latency ${latencyMs} ms, Node ${process.version}`);
  console.log('concurrency | cache | seconds | ideal s | requests/s | fraction of ideal | errors');
  const measure = async (concurrency: number, cacheDir?: string) => {
    const startedAt = performance.now();
    const { outcomes } = await run(concurrency, examples, cacheDir);
    const seconds = (performance.now() - startedAt) / 1000;
    const ideal = (count * latencyMs) / concurrency / 1000;
    const errors = outcomes.filter((outcome) => 'error' in outcome).length;
    const row = [
      concurrency,
      cacheDir ? 'on' : 'off',
      seconds.toFixed(2),
      ideal.toFixed(2),
      (count / seconds).toFixed(0),
      (ideal / seconds).toFixed(3),
      errors,
    ];
    console.log(row.join(' | '));
  };

  // A warm-up so that JIT and connection setup are not charged to the first level.
  await run(32, examples.slice(0, 200));
  for (const concurrency of levels) await measure(concurrency);
  const bare = await bareClient(baseUrl, 32);
  const idealAt32 = (count * latencyMs) / 32 / 1000;
  console.log(
    `peer: bare node:http loop, 32 in flight: ${bare.toFixed(2)} s, ${(idealAt32 / bare).toFixed(3)} of ideal (the runner at 32 above should be within a few % of it)`,
  );
  const cacheDir = await mkdtemp(join(tmpdir(), 'runner-bench-'));
  try {
    await measure(32, cacheDir);
    // The same run again over the full cache: every answer from disk, no request sent.
    const before = (await since(-1)).requests;
    const startedAt = performance.now();
    await run(32, examples, cacheDir);
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(2);
    console.log(
      `resume from a full cache: ${seconds} s for ${count} answers, ${(await since(before)).requests} requests sent`,
    );
    await wholeCli(baseUrl, since, () => bareClient(baseUrl, 32));
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
    await worker.terminate();
  }
}

if (isMainThread) await main();
else await serve();
