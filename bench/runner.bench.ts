// Runner throughput against a local OpenAI-compatible server with a fixed latency:
// achieved time versus the ideal N × latency / concurrency, at several concurrency levels,
// without and with the on-disk response cache, and the whole CLI (built by scripts/bundle.mjs)
// from spawn to exit. Run: `npm run bench runner` (BENCH_N to change N).
// The server runs in a worker thread so that it does not share the runner's event loop.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Example } from '../src/dataset/types.js';
import { silentLogger } from '../src/log.js';
import { openaiConfigSchema } from '../src/models/config.js';
import { runModel } from '../src/models/run.js';
import { startOpenAIServer } from '../test/models/support/openai-server.js';

const count = Number(process.env.BENCH_N ?? 2_000);
const latencyMs = 50;
const levels = [8, 32, 64, 128];

/**
 * The whole CLI, as a user runs it: spawn to exit at 32 in flight, timed from this side, and from
 * the server's side when the first request arrived and the last one was sent.
 */
async function wholeCli(baseUrl: string, requestCount: () => Promise<number>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'runner-bench-cli-'));
  try {
    const bundled = spawnSync(process.execPath, ['scripts/bundle.mjs', join(dir, 'dist')], { stdio: 'inherit' });
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
    const before = await requestCount();
    const startedAt = performance.now();
    let firstAt: number | undefined;
    let lastAt: number | undefined;
    const child = spawn(process.execPath, [join(dir, 'dist', 'cli.js'), 'run', '--config', 'gate.yml'], {
      cwd: dir,
      env: { PATH: process.env.PATH },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    let done = false;
    void exited.then(() => (done = true));
    while (!done) {
      const sent = (await requestCount()) - before;
      const now = performance.now();
      if (sent > 0 && firstAt === undefined) firstAt = now;
      if (sent >= count && lastAt === undefined) lastAt = now;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const status = await exited;
    const seconds = (performance.now() - startedAt) / 1000;
    const ideal = (count * latencyMs) / 32 / 1000;
    const phase = (from: number | undefined, to: number | undefined) =>
      from === undefined || to === undefined ? '?' : ((to - from) / 1000).toFixed(2);
    console.log(
      `whole CLI run, 32 in flight: ${seconds.toFixed(2)} s (ideal ${ideal.toFixed(2)}), ${(ideal / seconds).toFixed(3)} of ideal, exit ${status}; ` +
        `before the first request ${phase(startedAt, firstAt)} s, requests ${phase(firstAt, lastAt)} s, after the last request was sent ${phase(lastAt, startedAt + seconds * 1000)} s`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The server thread: answers the main thread's "how many requests so far?" */
async function serve(): Promise<void> {
  // Every answer is the expected label, so the whole-CLI run ends with a plain pass (exit 0).
  const server = await startOpenAIServer({ latencyMs: workerData as number, answer: () => 'pos' });
  parentPort?.on('message', () => parentPort?.postMessage(server.requests.length));
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
  const requestCount = async () => {
    const answer = reply();
    worker.postMessage('count');
    return (await answer) as number;
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
    const before = await requestCount();
    const startedAt = performance.now();
    await run(32, examples, cacheDir);
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(2);
    console.log(
      `resume from a full cache: ${seconds} s for ${count} answers, ${(await requestCount()) - before} requests sent`,
    );
    await wholeCli(baseUrl, requestCount);
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
    await worker.terminate();
  }
}

if (isMainThread) await main();
else await serve();
