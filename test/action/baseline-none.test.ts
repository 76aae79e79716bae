import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js';
import { buildActionBundle, runAction } from './run-action.js';

// `baseline: none` is "no comparison" (action.yml): a config's live `baseline.model` must not
// run behind it, nor a comparison with it appear under a report that says "none".

const pullRequest = JSON.parse(
  await readFile(join(import.meta.dirname, 'fixtures', 'pull_request.json'), 'utf8'),
) as Record<string, unknown>;
const ids = Array.from({ length: 20 }, (_, index) => `r${index}`);
const label = (index: number) => (index % 2 === 0 ? 'yes' : 'no');

let bundle: string;
let github: FakeGitHub;
let workspace: string;

beforeAll(async () => {
  [bundle, github] = await Promise.all([buildActionBundle(), startFakeGitHub()]);
});
afterAll(() => github.close());

beforeEach(async () => {
  github.reset();
  workspace = await mkdtemp(join(tmpdir(), 'mrg-baseline-none-'));
  await writeFile(
    join(workspace, 'eval.jsonl'),
    `${ids.map((id, index) => JSON.stringify({ id, input: String(index), expected: label(index) })).join('\n')}\n`,
  );
  await writeFile(
    join(workspace, 'candidate.jsonl'),
    `${ids.map((id, index) => JSON.stringify({ id, output: label(index) })).join('\n')}\n`,
  );
  // The baseline model leaves a mark when it is started at all, and answers every example wrong.
  await writeFile(
    join(workspace, 'baseline-model.mjs'),
    [
      "import { writeFileSync } from 'node:fs';",
      "import { createInterface } from 'node:readline';",
      "writeFileSync('baseline-model-ran', 'yes');",
      'for await (const line of createInterface({ input: process.stdin })) {',
      '  const { id } = JSON.parse(line);',
      "  console.log(JSON.stringify({ id, output: 'maybe' }));",
      '}',
    ].join('\n'),
  );
  await writeFile(
    join(workspace, 'gate.yml'),
    [
      'task: classification',
      'dataset: eval.jsonl',
      'model: { type: predictions, path: candidate.jsonl }',
      'baseline: { model: { type: command, command: "node baseline-model.mjs" } }',
      'out: gate-out',
      '',
    ].join('\n'),
  );
  return () => rm(workspace, { recursive: true, force: true });
});

const action = (baseline: string) =>
  runAction({
    bundle,
    workspace,
    apiUrl: github.url,
    eventName: 'pull_request',
    payload: pullRequest,
    inputs: { config: 'gate.yml', baseline, comment: 'never' },
  });

describe('the Action with `baseline: none` and a config baseline.model', () => {
  it('runs no baseline model, compares with nothing, and says so', async () => {
    const run = await action('none');
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(existsSync(join(workspace, 'baseline-model-ran'))).toBe(false);
    expect(run.outputs).toMatchObject({ 'baseline-status': 'none', 'baseline-accuracy': '', 'accuracy-delta': '' });
    const report = JSON.parse(await readFile(join(workspace, 'gate-out', 'report.json'), 'utf8'));
    expect(report).toMatchObject({ baseline: null, comparison: null });
    expect(report.baselineSource).toMatchObject({ status: 'none', source: null });
    // The config's model is named, so the user sees why it did not run.
    expect(run.stdout).toContain("The config's baseline.model in gate.yml is not used: the baseline input is none.");
  });

  it('with `auto` the config baseline.model is the baseline, as before', async () => {
    const run = await action('auto');
    expect(run.errors).toEqual([]);
    expect(existsSync(join(workspace, 'baseline-model-ran'))).toBe(true);
    expect(run.outputs).toMatchObject({ 'baseline-status': 'found', 'baseline-accuracy': '0' });
    const report = JSON.parse(await readFile(join(workspace, 'gate-out', 'report.json'), 'utf8'));
    expect(report.baselineSource).toMatchObject({ status: 'found', source: { kind: 'model' } });
  });
});
