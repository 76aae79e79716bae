import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateReport } from '../../src/report/types.js';
import { cli } from '../support/cli.js';
import { jsonl, tempDir } from '../support/tmp.js';

const n = 200;
const labels = ['spam', 'ham'];
const expected = (i: number) => labels[i % 2] as string;
const wrong = (i: number) => labels[(i + 1) % 2] as string;
/** A predictions file right on every example but the ones `isWrong` names. */
const predictions = (isWrong: (i: number) => boolean) =>
  jsonl(Array.from({ length: n }, (_, i) => ({ id: `e${i}`, output: isWrong(i) ? wrong(i) : expected(i) })));

function setup(gate: Record<string, unknown>, extra = '') {
  const tmp = tempDir('mrg-noise-');
  tmp.write(
    'eval.jsonl',
    jsonl(Array.from({ length: n }, (_, i) => ({ id: `e${i}`, input: `m${i}`, expected: expected(i) }))),
  );
  tmp.write('gate.yml', `gates:\n  negativeFlipRate: ${JSON.stringify(gate)}\n${extra}`);
  // The baseline is wrong on e0..e19; its second run is wrong on e10..e29 instead: 20 flips
  // between the two runs, a negative self-flip rate of 20 / (2 · 200) = 5%.
  tmp.write(
    'baseline.jsonl',
    predictions((i) => i < 20),
  );
  tmp.write(
    'baseline-again.jsonl',
    predictions((i) => i >= 10 && i < 30),
  );
  return tmp;
}

const report = (dir: string) => JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as GateReport;
const flipRule = (gates: GateReport['gates']) => gates.find((gate) => gate.name === 'negativeFlipRate.max');

describe('the model’s own noise in the CLI', () => {
  const rule = { max: 0, decision: 'beyond-noise', severity: 'fail' };

  it('a predictions baseline given twice gives the floor: flips within it pass, flips well beyond it fail', async () => {
    const tmp = setup(rule);
    // 12 negative flips (6%) and 12 positive ones (accuracy holds) against a 5% floor: not beyond noise.
    tmp.write(
      'close.jsonl',
      predictions((i) => i >= 12 && i < 32),
    );
    const args = (candidate: string) => [
      'run',
      '--config',
      'gate.yml',
      '--dataset',
      'eval.jsonl',
      '--baseline',
      'baseline.jsonl',
      '--baseline-repeat',
      'baseline-again.jsonl',
      '--predictions',
      candidate,
      '--out',
      'out',
    ];
    const close = await cli(args('close.jsonl'), tmp.dir);
    expect(close.stderr).not.toContain('error');
    const passed = report(tmp.dir);
    expect(passed.noise?.baseline).toMatchObject({ runs: 2, n, flipRate: 0.1, negativeFlipRate: 0.05 });
    expect(passed.noise?.candidate).toBeNull();
    expect(flipRule(passed.gates)).toMatchObject({ status: 'pass', decision: 'beyond-noise' });
    expect(close.status).toBe(0);
    const markdown = readFileSync(join(tmp.dir, 'out', 'report.md'), 'utf8');
    expect(markdown).toContain('Noise floor (baseline, 2 runs on the same examples)');
    expect(markdown).toContain(`N = ${n} examples`);

    // 60 negative flips (30%) against the same 5% floor: beyond noise, the gate fails.
    tmp.write(
      'broken.jsonl',
      predictions((i) => i < 20 || (i >= 100 && i < 160)),
    );
    const broken = await cli(args('broken.jsonl'), tmp.dir);
    expect(broken.status).toBe(1);
    const failed = flipRule(report(tmp.dir).gates);
    expect(failed?.status).toBe('fail');
    expect(failed?.ciLow).toBeGreaterThan(0);
  });

  it('without a floor it says it cannot judge, and repeats on a predictions file points to --baseline-repeat', async () => {
    const tmp = setup(rule, 'repeats: 3\n');
    tmp.write(
      'candidate.jsonl',
      predictions((i) => i < 20),
    );
    const run = await cli(
      [
        'run',
        '--config',
        'gate.yml',
        '--dataset',
        'eval.jsonl',
        '--baseline',
        'baseline.jsonl',
        '--predictions',
        'candidate.jsonl',
        '--out',
        'out',
      ],
      tmp.dir,
    );
    expect(run.stderr).toContain('warning: repeats: 3 has no effect on a predictions file');
    expect(run.stderr).toContain('--baseline-repeat');
    const outcome = flipRule(report(tmp.dir).gates);
    expect(outcome?.status).toBe('warn');
    expect(outcome?.message).toMatch(/^cannot judge/);
    expect(report(tmp.dir).noise).toBeNull();
  });

  it('repeats a live, non-deterministic command model and reports its self-flips', async () => {
    const tmp = setup({ max: 0.05, decision: 'beyond-noise' }, 'repeats: 3\n');
    // Right on each example with probability 0.8, drawn afresh on every run.
    tmp.write(
      'coin-model.mjs',
      [
        "import { createInterface } from 'node:readline';",
        'for await (const line of createInterface({ input: process.stdin })) {',
        '  const { id } = JSON.parse(line);',
        "  const right = Number(id.slice(1)) % 2 === 0 ? 'spam' : 'ham';",
        "  const output = Math.random() < 0.8 ? right : right === 'spam' ? 'ham' : 'spam';",
        "  process.stdout.write(JSON.stringify({ id, output }) + '\\n');",
        '}',
      ].join('\n'),
    );
    tmp.write(
      'live.yml',
      `model:\n  type: command\n  command: ${JSON.stringify(`${process.execPath} coin-model.mjs`)}\nrepeats: 3\n` +
        'gates:\n  negativeFlipRate: {max: 0.05, decision: beyond-noise}\n',
    );
    const run = await cli(
      ['run', '--config', 'live.yml', '--dataset', 'eval.jsonl', '--baseline', 'baseline.jsonl', '--out', 'out'],
      tmp.dir,
    );
    expect(run.stderr).toContain('candidate: repeat 3 of 3');
    const self = report(tmp.dir).noise?.candidate;
    expect(self).toMatchObject({ runs: 3, n });
    // Two runs disagree on 2 · 0.8 · 0.2 = 32% of examples on average: far from 0 and from 1.
    expect(self?.flipRate).toBeGreaterThan(0.15);
    expect(self?.flipRate).toBeLessThan(0.5);
    expect(self?.negativeFlipRate).toBeCloseTo((self?.flipRate ?? 0) / 2, 12);
    expect(self?.ciLow).toBeLessThan(self?.negativeFlipRate ?? 0);
    const outcome = flipRule(report(tmp.dir).gates);
    expect(outcome?.decision).toBe('beyond-noise');
    expect(outcome?.message).toContain("candidate's own");
  });
});
