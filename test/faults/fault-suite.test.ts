import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAIServer, type TestServer } from '../models/support/openai-server.js';
import { jsonl, parseResults, tempDir } from '../support/tmp.js';
import { startCli } from './support/cli-process.js';
import { filesUnder } from './support/files.js';

/**
 * The fault-injection suite: the CLI, as a process, against a model process or a loopback
 * endpoint that misbehaves. Every case asserts that each example is accounted for (answered
 * or an error with its reason, or, when interrupted, the answers so far kept) and that the
 * secret in the run's environment appears in no file the run wrote.
 */
const secret = 'sk-fault-suite-7c1d';
const hostileModel = fileURLToPath(new URL('./fixtures/hostile-model.mjs', import.meta.url));
const n = 80;
const dataset = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, input: `ham ${i}`, expected: 'HAM' }));

let endpoint: TestServer;
beforeAll(async () => {
  endpoint = await startOpenAIServer({
    plan: (request) =>
      request.prompt === 'ham 3'
        ? { kind: 'huge', status: 200, megabytes: 50 }
        : request.prompt === 'ham 4'
          ? { kind: 'huge', status: 500, megabytes: 50, announceLength: true }
          : { kind: 'ok', content: `HAM (${String(request.headers.authorization)})` },
  });
});
afterAll(() => endpoint.close());

interface Case {
  name: string;
  model: () => string;
  /** Errors expected, as message patterns, each for at least one example. */
  errors: RegExp[];
  answered: number | 'some';
  signalAfter?: number;
}

const command = (args: string, extra = '', timeoutMs = 1000) =>
  `{ type: command, command: "node model.mjs ${args}", timeoutMs: ${timeoutMs}${extra} }`;
const cases: Case[] = [
  {
    name: 'a stall after 10 answers (more examples than the window of 64)',
    model: () => command('--answer 10'),
    errors: [/^no answer from the model process for 1000 ms/],
    answered: 10,
  },
  {
    name: 'an early exit after 7 answers',
    model: () => command('--exit-after 7'),
    errors: [/exited with code 3 after 7 answers/],
    answered: 7,
  },
  {
    name: 'one 40 MB line',
    model: () => command('--huge-line e3:40', ', maxLineMB: 1'),
    errors: [/^answer line larger than 1 MB/],
    answered: n - 1,
  },
  {
    name: 'huge bodies (200 chunked, 500 with its length) and an echoed key',
    model: () =>
      `{ type: openai, baseUrl: "${endpoint.baseUrl}", model: m, api: completions, maxRetries: 1, maxResponseMB: 1 }`,
    errors: [/^response larger than 1 MB/],
    answered: n - 2,
  },
  {
    name: 'SIGTERM after 5 answers',
    model: () => command('--answer 5 --child', '', 60_000),
    errors: [],
    answered: 'some',
    signalAfter: 5,
  },
];

describe('fault-injection suite (the CLI as a process)', () => {
  it.each(cases)('$name', async (fault) => {
    const files = tempDir('mrg-fault-suite-');
    files.write('eval.jsonl', jsonl(dataset));
    copyFileSync(hostileModel, join(files.dir, 'model.mjs'));
    files.write('gate.yml', `dataset: eval.jsonl\nmaxErrorRate: 1\nout: out\nmodel: ${fault.model()}\n`);
    const cli = await startCli(['run', '--config', 'gate.yml'], files.dir, { OPENAI_API_KEY: secret });
    const partial = join(files.dir, 'out', 'outcomes.partial.jsonl');
    if (fault.signalAfter !== undefined) {
      while (!(existsSync(partial) && readFileSync(partial, 'utf8').split('\n').length > fault.signalAfter))
        await new Promise((resolve) => setTimeout(resolve, 20));
      cli.child.kill('SIGTERM');
    }
    const { status, stdout, stderr } = await cli.exited;

    if (fault.signalAfter !== undefined) {
      expect(status).toBe(130);
      expect(stderr).toContain(`interrupted: the ${fault.signalAfter} answers received so far are kept in ${partial}`);
      const kept = readFileSync(partial, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string });
      expect(kept.map((answer) => answer.id)).toEqual(dataset.slice(0, fault.signalAfter).map((row) => row.id));
    } else {
      expect(status, stderr).toBeLessThanOrEqual(1);
      const results = parseResults(readFileSync(join(files.dir, 'out', 'results.jsonl'), 'utf8')) as unknown as {
        records: { id: string; output: string | null; error?: string }[];
      };
      expect(results.records.map((record) => record.id)).toEqual(dataset.map((row) => row.id));
      const failed = results.records.filter((record) => record.error !== undefined);
      for (const record of failed) expect(record.error).toMatch(/\S/);
      for (const pattern of fault.errors) expect(failed.some((record) => pattern.test(record.error ?? ''))).toBe(true);
      expect(results.records.length - failed.length).toBe(fault.answered);
    }
    const leaks = [...filesUnder(files.dir), { path: 'stdout', text: stdout }, { path: 'stderr', text: stderr }].filter(
      (file) => file.text.includes(secret),
    );
    expect(leaks.map((file) => file.path)).toEqual([]);
  });
});
