import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionBundle, runAction } from '../action/run-action.js';
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js';
import { jsonl, tempDir } from '../support/tmp.js';
import { startCli } from './support/cli-process.js';

const hostileModel = fileURLToPath(new URL('./fixtures/hostile-model.mjs', import.meta.url));
const dataset = Array.from({ length: 20 }, (_, i) => ({ id: `e${i}`, input: `ham ${i}`, expected: 'HAM' }));

function workspace(modelArgs: string) {
  const files = tempDir('mrg-cli-faults-');
  files.write('eval.jsonl', jsonl(dataset));
  copyFileSync(hostileModel, join(files.dir, 'model.mjs'));
  files.write(
    'gate.yml',
    `dataset: eval.jsonl\nmodel: { type: command, command: "node model.mjs ${modelArgs}", timeoutMs: 60000 }\n`,
  );
  return files;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('the CLI as a process', () => {
  it('SIGTERM while a command model runs: the model and its process group stop, the answers are kept', async () => {
    const files = workspace('--answer 5 --child --pid-file pids.txt');
    const cli = await startCli(['run', '--config', 'gate.yml'], files.dir);
    const partial = join(files.dir, 'model-gate-results', 'outcomes.partial.jsonl');
    await until(
      () =>
        existsSync(partial) &&
        readFileSync(partial, 'utf8').split('\n').length > 5 &&
        existsSync(join(files.dir, 'pids.txt')),
    );
    const pids = readFileSync(join(files.dir, 'pids.txt'), 'utf8').trim().split('\n').map(Number);
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(alive(pid)).toBe(true);
    cli.child.kill('SIGTERM');
    const { status, stderr } = await cli.exited;
    expect(stderr).toContain('Stopping (SIGTERM)');
    expect(stderr).toContain(`interrupted: the 5 answers received so far are kept in ${partial}`);
    expect(status).toBe(130);
    // The model and the grandchild it started (same process group) are gone.
    await until(() => pids.every((pid) => !alive(pid)));
    const kept = readFileSync(partial, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; output: string });
    expect(kept.map((answer) => answer.output)).toEqual(dataset.slice(0, 5).map((row) => row.input.toUpperCase()));
  });

  it('an internal error: exit 3 and one line; the stack only with --verbose', async () => {
    const files = workspace('');
    // results.jsonl cannot be written where a folder of that name stands: no input of ours is wrong.
    mkdirSync(join(files.dir, 'model-gate-results', 'results.jsonl'), { recursive: true });
    const quiet = await (await startCli(['run', '--config', 'gate.yml'], files.dir)).exited;
    expect(quiet.status).toBe(3);
    const lines = quiet.stderr.trim().split('\n');
    expect(lines.filter((line) => line.startsWith('internal error: '))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^internal error: .*\(run again with --verbose for the stack\)$/);
    expect(quiet.stderr).not.toMatch(/^\s+at /m);

    const verbose = await (await startCli(['run', '--config', 'gate.yml', '--verbose'], files.dir)).exited;
    expect(verbose.status).toBe(3);
    expect(verbose.stderr).toMatch(/^\s+at /m);

    const help = await (await startCli(['--help'], files.dir)).exited;
    expect(help.stdout).toContain('3 internal error');
  });
});

describe('the Action on an internal error', () => {
  let bundle: string;
  let github: FakeGitHub;
  beforeAll(async () => {
    [bundle, github] = await Promise.all([buildActionBundle(), startFakeGitHub()]);
  });
  afterAll(() => github.close());

  it('fails the step with one line; the stack only at debug level', async () => {
    const files = workspace('');
    mkdirSync(join(files.dir, 'model-gate-results', 'results.jsonl'), { recursive: true });
    const payload = JSON.parse(
      await readFile(join(import.meta.dirname, '..', 'action', 'fixtures', 'pull_request.json'), 'utf8'),
    ) as Record<string, unknown>;
    const run = await runAction({
      bundle,
      workspace: files.dir,
      apiUrl: github.url,
      eventName: 'pull_request',
      payload,
      inputs: { config: 'gate.yml', baseline: 'none', comment: 'never', 'upload-artifact': 'false' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^Model gate could not run: /);
    expect(run.errors[0]).not.toContain('\n');
    // The runner shows ::debug:: lines only with step debugging on; a multi-line value is %0A-joined.
    expect(run.stdout).not.toMatch(/^\s+at /m);
    expect(run.stdout).toMatch(/^::debug::.*%0A\s+at /m);
  });
});
