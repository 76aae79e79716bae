import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunModelOptions, runModel } from '../../src/models/run.js';
import type { RunOutcome } from '../../src/models/types.js';
import { example, fastTiming, openaiConfig, recordingLogger, rejection, withTempDir } from './helpers.js';
import { startOpenAIServer, type TestServer } from './support/openai-server.js';

const key = 'sk-secret-must-not-be-cached-42';
let server: TestServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

const list = Array.from({ length: 120 }, (_, index) => example(`id${index}`, `p${index}`));

function run(options: Partial<RunModelOptions> & Pick<RunModelOptions, 'config'>) {
  return runModel({
    examples: list,
    baseDir: '.',
    env: { OPENAI_API_KEY: key },
    logger: recordingLogger(),
    timing: fastTiming().timing,
    ...options,
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('response cache', () => {
  it('a killed run resumes from the cache without repeating finished requests', async () => {
    await withTempDir(async (cacheDir) => {
      server = await startOpenAIServer({ latencyMs: 2 });
      const config = openaiConfig({ baseUrl: server.baseUrl, model: 'm', concurrency: 4 });
      const controller = new AbortController();
      const firstRun: RunOutcome[] = [];
      const error = await rejection(
        run({
          config,
          cacheDir,
          signal: controller.signal,
          onOutcome: (outcome) => {
            firstRun.push(outcome);
            if (firstRun.length === 40) controller.abort(new Error('killed'));
          },
        }),
      );
      expect(error.message).toBe('killed');
      const finished = new Set(firstRun.map((outcome) => outcome.id));
      expect(finished.size).toBeGreaterThanOrEqual(40);

      const secondRun = await run({ config: { ...config, concurrency: 16 }, cacheDir });
      expect(secondRun.outcomes).toHaveLength(120);
      for (const [index, outcome] of secondRun.outcomes.entries()) {
        expect(outcome).toMatchObject({ id: `id${index}`, output: `label:p${index}` });
        // Finished in the first run: answered from the cache, requested once in all.
        if (finished.has(outcome.id)) {
          expect(outcome).toMatchObject({ cached: true });
          expect(server.count(`p${index}`), `p${index}`).toBe(1);
        } else expect(outcome).not.toHaveProperty('cached');
      }

      // One line per answer, whole; the key is in no file of the cache.
      const files = await filesUnder(cacheDir);
      const lines = (await Promise.all(files.map((file) => readFile(file, 'utf8')))).join('').trim().split('\n');
      expect(lines).toHaveLength(120);
      for (const line of lines)
        expect(JSON.parse(line)).toMatchObject({
          key: expect.stringMatching(/^[0-9a-f]{64}$/),
          output: expect.any(String),
        });
      expect(lines.join('\n')).not.toContain(key);
    });
  });

  it('ignores a line cut short by a crash', async () => {
    await withTempDir(async (cacheDir) => {
      server = await startOpenAIServer();
      const config = openaiConfig({ baseUrl: server.baseUrl, model: 'm' });
      const few = list.slice(0, 4);
      // One at a time, so the file's lines are in the examples' order.
      await run({ config: { ...config, concurrency: 1 }, cacheDir, examples: few.slice(0, 2) });
      const [file] = await filesUnder(cacheDir);
      const text = await readFile(file as string, 'utf8');
      const [first, second] = text.trim().split('\n');
      // The second answer's line torn in half, as a crash mid-write would leave it.
      await writeFile(file as string, `${first}\n${(second as string).slice(0, 30)}`);
      const again = await run({ config, cacheDir, examples: few });
      expect(again.outcomes.map((outcome) => 'cached' in outcome)).toEqual([true, false, false, false]);
      expect(again.outcomes.every((outcome) => 'output' in outcome)).toBe(true);
      expect(server.requests).toHaveLength(2 + 3);
    });
  });

  it('keys on what decides the answer: a new prompt re-asks, a new concurrency does not', async () => {
    await withTempDir(async (cacheDir) => {
      server = await startOpenAIServer();
      const config = openaiConfig({ baseUrl: server.baseUrl, model: 'm', temperature: 0 });
      const few = list.slice(0, 3);
      await run({ config, cacheDir, examples: few });
      expect(server.requests).toHaveLength(3);
      await run({ config: { ...config, concurrency: 9, maxRetries: 1, timeoutMs: 5_000 }, cacheDir, examples: few });
      expect(server.requests).toHaveLength(3);
      await run({ config: { ...config, temperature: 0.7 }, cacheDir, examples: few });
      expect(server.requests).toHaveLength(6);
      // Another key value in the same variable is the same model: still cached.
      await run({ config, cacheDir, examples: few, env: { OPENAI_API_KEY: 'sk-other' } });
      expect(server.requests).toHaveLength(6);
    });
  });

  it('never caches errors: a failed example is asked again on the next run', async () => {
    await withTempDir(async (cacheDir) => {
      server = await startOpenAIServer({
        plan: (request) =>
          request.prompt === 'p1' && request.attempt === 1 ? { kind: 'status', status: 422 } : { kind: 'ok' },
      });
      const config = openaiConfig({ baseUrl: server.baseUrl, model: 'm' });
      const few = list.slice(0, 3);
      const first = await run({ config, cacheDir, examples: few });
      expect(first.outcomes[1]).toMatchObject({ error: expect.stringMatching(/^HTTP 422/) });
      const second = await run({ config, cacheDir, examples: few });
      expect(second.outcomes[1]).toMatchObject({ output: 'label:p1' });
      expect(server.requests.map((request) => request.prompt).sort()).toEqual(['p0', 'p1', 'p1', 'p2']);
    });
  });
});

describe('response cache across a killed process', () => {
  it('a run killed with SIGKILL resumes without repeating any request whose answer it reported', async () => {
    await withTempDir(async (dir) => {
      server = await startOpenAIServer({ latencyMs: 5 });
      const driver = join(dir, 'run-driver.mjs');
      await build({
        entryPoints: [fileURLToPath(new URL('./support/run-driver.ts', import.meta.url))],
        outfile: driver,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
        logLevel: 'warning',
      });
      const cacheDir = join(dir, 'cache');
      const child = spawn(process.execPath, [driver, server.baseUrl, cacheDir, '300'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const reported: string[] = [];
      createInterface({ input: child.stdout }).on('line', (line) => {
        reported.push(line);
        if (reported.length === 60) child.kill('SIGKILL');
      });
      const [, signal] = (await once(child, 'exit')) as [number | null, string | null];
      expect(signal).toBe('SIGKILL');
      expect(reported.length).toBeGreaterThanOrEqual(60);
      expect(reported.length).toBeLessThan(300);

      const all = Array.from({ length: 300 }, (_, index) => example(`id${index}`, `p${index}`, { fields: {} }));
      const resumed = await run({
        config: openaiConfig({ baseUrl: server.baseUrl, model: 'm', apiKeyEnv: null }),
        cacheDir,
        examples: all,
      });
      expect(resumed.outcomes.every((outcome) => 'output' in outcome)).toBe(true);
      // Reported means written: every reported answer comes from the cache, requested once in all.
      // (An answer written in the instant before the kill may be cached without being reported.)
      const cached = new Set(resumed.outcomes.filter((outcome) => 'cached' in outcome).map((outcome) => outcome.id));
      for (const id of reported) expect(cached.has(id), id).toBe(true);
      for (const id of cached) expect(server.count(`p${id.slice(2)}`), id).toBe(1);
    });
  });
});
