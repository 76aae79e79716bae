import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { jsonl, tempDir } from '../support/tmp.js';

/** Each way shards can fail to make one whole: one line naming the shard, exit 2, no report. */

const files = tempDir('mrg-shard-errors-');
const rows = Array.from({ length: 90 }, (_, i) => ({
  id: `m${i}`,
  input: `text ${i}`,
  expected: i % 3 ? 'ham' : 'spam',
}));
const flags = ['--dataset', 'eval.jsonl', '--predictions', 'answers.jsonl'];

async function shard(index: number, count: number, out: string, extra: string[] = []): Promise<string> {
  const run = await cli(['run', ...flags, ...extra, '--shard', `${index}/${count}`, '--out', out], files.dir);
  expect(run.status, run.stderr).toBe(0);
  return join(out, 'results.jsonl');
}

async function merge(...shards: string[]) {
  const run = await cli(['merge', ...flags, '--out', 'merged', ...shards], files.dir);
  const errors = run.stderr.split('\n').filter((line) => line.startsWith('error: '));
  return { status: run.status, errors };
}

beforeAll(async () => {
  files.write('eval.jsonl', jsonl(rows));
  files.write('other.jsonl', jsonl(rows.map((row, i) => (i === 0 ? { ...row, expected: 'ham' } : row))));
  files.write('answers.jsonl', jsonl(rows.map((row) => ({ id: row.id, output: row.expected }))));
  files.write('answers-b.jsonl', jsonl(rows.map((row) => ({ id: row.id, output: row.expected }))));
  files.write('strict.yml', 'scoring: { caseSensitive: true }\n');
  for (let index = 1; index <= 3; index++) await shard(index, 3, `s${index}`);
  await shard(1, 2, 'two-1');
});

describe('merge errors', () => {
  it('a missing shard names which', async () => {
    expect(await merge('s1/results.jsonl', 's3/results.jsonl')).toEqual({
      status: 2,
      errors: ["error: merge: shard 2/3 missing (given: 1, 3 of 3): pass every shard's results.jsonl"],
    });
  });

  it('a shard given twice', async () => {
    expect(await merge('s1', 's2', 's3', 's2/results.jsonl')).toEqual({
      status: 2,
      errors: [
        `error: ${join(files.dir, 's2/results.jsonl')}: shard 2/3 is given twice (also ${join(files.dir, 's2/results.jsonl')})`,
      ],
    });
  });

  it('shard counts that disagree', async () => {
    const result = await merge('s1', 's2', 'two-1');
    expect(result.status).toBe(2);
    expect(result.errors).toEqual([
      `error: ${join(files.dir, 'two-1/results.jsonl')}: shard 1/2 is one of 2 shards, but shard 1/3 (${join(files.dir, 's1/results.jsonl')}) is one of 3: shard counts disagree`,
    ]);
  });

  it('a shard of another dataset', async () => {
    const other = await cli(
      ['run', '--dataset', 'other.jsonl', '--predictions', 'answers.jsonl', '--shard', '2/3', '--out', 'other-2'],
      files.dir,
    );
    expect(other.status).toBe(0);
    const result = await merge('s1', 'other-2', 's3');
    expect(result.status).toBe(2);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^error: .*other-2\/results\.jsonl: shard 2\/3 is of dataset sha256:[0-9a-f]{12} \(90 examples\), shard 1\/3 \(.*s1\/results\.jsonl\) of sha256:[0-9a-f]{12} \(90\): shards of different datasets$/,
    );
  });

  it('a shard of another model', async () => {
    await cli(
      ['run', '--dataset', 'eval.jsonl', '--predictions', 'answers-b.jsonl', '--shard', '2/3', '--out', 'model-b'],
      files.dir,
    );
    const result = await merge('s1', 'model-b', 's3');
    expect(result).toEqual({
      status: 2,
      errors: [
        `error: ${join(files.dir, 'model-b/results.jsonl')}: shard 2/3 is of model predictions "answers-b.jsonl", shard 1/3 (${join(files.dir, 's1/results.jsonl')}) of predictions "answers.jsonl": shards of different models`,
      ],
    });
  });

  it('a shard of another scoring configuration', async () => {
    await shard(2, 3, 'strict-2', ['--config', 'strict.yml']);
    const result = await merge('s1', 'strict-2', 's3');
    expect(result.status).toBe(2);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^error: .*strict-2\/results\.jsonl: shard 2\/3 was run with another model\/scoring configuration than shard 1\/3 \(.*\) \(sha256:[0-9a-f]{12} vs sha256:[0-9a-f]{12}\): re-run the shards with one config$/,
    );
  });

  it('a shard missing examples', async () => {
    const path = await shard(2, 3, 'short-2');
    const lines = readFileSync(join(files.dir, path), 'utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0] as string);
    const dropped = JSON.parse(lines[1] as string).id as string;
    header.dataset.n -= 1;
    header.summary.total -= 1;
    writeFileSync(join(files.dir, path), `${[JSON.stringify(header), ...lines.slice(2)].join('\n')}\n`);
    expect(await merge('s1', 'short-2', 's3')).toEqual({
      status: 2,
      errors: [
        `error: ${join(files.dir, path)}: shard 2/3 lacks 1 of its examples ("${dropped}"): it is truncated or was edited; re-run that shard`,
      ],
    });
  });

  it('a snapshot that is not a shard', async () => {
    const whole = await cli(['run', ...flags, '--out', 'whole'], files.dir);
    expect(whole.status).toBe(0);
    expect(await merge('s1', 'whole/results.jsonl')).toEqual({
      status: 2,
      errors: [
        `error: ${join(files.dir, 'whole/results.jsonl')}: not a shard snapshot (its header has no "shard"): merge takes the results.jsonl of runs with --shard K/N`,
      ],
    });
  });

  it('a shard given as the baseline', async () => {
    const run = await cli(['run', ...flags, '--baseline', 's1/results.jsonl', '--out', 'gated'], files.dir);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('error: '))).toEqual([
      `error: ${join(files.dir, 's1/results.jsonl')}: a shard snapshot (shard 1/3) cannot be a baseline: merge the shards first (model-release-gate merge) and use the merged results.jsonl`,
    ]);
  });

  it('a bad --shard', async () => {
    const run = await cli(['run', ...flags, '--shard', '4/3'], files.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('error: --shard: expected K/N with 1 ≤ K ≤ N ≤ 1000 (e.g. 2/4), got "4/3"');
  });
});

/**
 * What the merge job would run on the whole dataset itself (a live candidate's repeats, a live
 * baseline model) is refused in one line, before the model is sent anything: the model's log of
 * calls proves it was not.
 */
describe('a merge never runs a live model on the whole dataset', () => {
  const live = tempDir('mrg-shard-live-');
  const calls = join(live.dir, 'calls.log');
  const called = () => (existsSync(calls) ? readFileSync(calls, 'utf8').trimEnd().split('\n').length : 0);
  const model = `{ type: command, command: '${process.execPath} model.mjs' }`;
  const liveFlags = ['--dataset', 'eval.jsonl'];

  beforeAll(async () => {
    live.write('eval.jsonl', jsonl(rows));
    live.write(
      'model.mjs',
      [
        "import { appendFileSync } from 'node:fs';",
        "import { createInterface } from 'node:readline';",
        'for await (const line of createInterface({ input: process.stdin })) {',
        '  const { id } = JSON.parse(line);',
        "  appendFileSync('calls.log', id.concat('\\n'));",
        "  console.log(JSON.stringify({ id, output: 'ham' }));",
        '}',
      ].join('\n'),
    );
    live.write('once.yml', `model: ${model}\n`);
    live.write('repeated.yml', `model: ${model}\nrepeats: 3\n`);
    live.write('live-baseline.yml', `model: ${model}\nbaseline: { model: ${model} }\n`);
    for (let index = 1; index <= 2; index++) {
      const run = await cli(
        ['run', ...liveFlags, '--config', 'once.yml', '--shard', `${index}/2`, '--out', `l${index}`],
        live.dir,
      );
      expect(run.status, run.stderr).toBe(0);
    }
    const whole = await cli(['run', ...liveFlags, '--config', 'once.yml', '--out', 'whole'], live.dir);
    expect(whole.status, whole.stderr).toBe(0);
    // The model is really called: both shards and the whole run, each example once.
    expect(called()).toBe(2 * rows.length);
  });

  const errorLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('error: '));

  it('a shard with repeats refuses before the model runs', async () => {
    const before = called();
    const run = await cli(['run', ...liveFlags, '--config', 'repeated.yml', '--shard', '1/2', '--out', 'r1'], live.dir);
    expect({ status: run.status, errors: errorLines(run.stderr) }).toEqual({
      status: 2,
      errors: [
        'error: shard 1/2: repeats: 3 with a live command model is not run in shards (its repeats would run the model on the whole dataset in one job): ' +
          'set repeats: 1 for a sharded run; for a noise floor, run unsharded with repeats, or pass --baseline-repeat',
      ],
    });
    expect(called()).toBe(before);
  });

  it('a merge with repeats refuses before the model runs', async () => {
    const before = called();
    const run = await cli(
      ['merge', ...liveFlags, '--config', 'repeated.yml', '--out', 'm-repeats', 'l1', 'l2'],
      live.dir,
    );
    expect({ status: run.status, errors: errorLines(run.stderr) }).toEqual({
      status: 2,
      errors: [
        'error: merge: repeats: 3 with a live command model is not run in shards (its repeats would run the model on the whole dataset in one job): ' +
          'set repeats: 1 for a sharded run; for a noise floor, run unsharded with repeats, or pass --baseline-repeat',
      ],
    });
    expect(called()).toBe(before);
    expect(existsSync(join(live.dir, 'm-repeats', 'report.md'))).toBe(false);
  });

  it('a merge with a live baseline.model refuses before the model runs', async () => {
    const before = called();
    const run = await cli(
      ['merge', ...liveFlags, '--config', 'live-baseline.yml', '--out', 'm-base', 'l1', 'l2'],
      live.dir,
    );
    expect({ status: run.status, errors: errorLines(run.stderr) }).toEqual({
      status: 2,
      errors: [
        'error: merge: baseline.model is a live command model: the merge would run it on the whole dataset in one job; ' +
          'give the merge a baseline file instead (--baseline / baseline.path: a snapshot such as the last merged results.jsonl, ' +
          'or a predictions file), e.g. the merge of a sharded run of the baseline model',
      ],
    });
    expect(called()).toBe(before);
  });

  it('the same merge with --baseline none gates without a baseline and without calling the model', async () => {
    const before = called();
    const run = await cli(
      ['merge', ...liveFlags, '--config', 'live-baseline.yml', '--baseline', 'none', '--out', 'm-none', 'l1', 'l2'],
      live.dir,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(called()).toBe(before);
    const report = JSON.parse(readFileSync(join(live.dir, 'm-none', 'report.json'), 'utf8'));
    expect(report).toMatchObject({ baseline: null, comparison: null, baselineSource: { status: 'none' } });
  });

  it('the same merge given a baseline file gates without calling the model', async () => {
    const before = called();
    const run = await cli(
      [
        'merge',
        ...liveFlags,
        '--config',
        'live-baseline.yml',
        '--baseline',
        'whole/results.jsonl',
        '--out',
        'm-file',
        'l1',
        'l2',
      ],
      live.dir,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(called()).toBe(before);
    expect(existsSync(join(live.dir, 'm-file', 'report.md'))).toBe(true);
  });
});
