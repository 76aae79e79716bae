import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateReport } from '../../src/report/types.js';
import { cli } from '../support/cli.js';
import { jsonl, tempDir } from '../support/tmp.js';

const echoModel = resolve('test/models/fixtures/echo-model.mjs');

describe('latency of a slow-starting command model, through the CLI', () => {
  it('is per answer in report.json and report.md, with the start-up reported on its own', async () => {
    const tmp = tempDir('mrg-latency-');
    const n = 60;
    tmp.write(
      'eval.jsonl',
      jsonl(Array.from({ length: n }, (_, i) => ({ id: `x${i}`, input: `word${i}`, expected: `WORD${i}` }))),
    );
    // Loads for 1.5 s, then answers one line at a time in about 2 ms. Timed from "line
    // written", every answer would wait out the load: p95 about 1,600 ms.
    tmp.write(
      'gate.yml',
      [
        'task: generation',
        'model:',
        '  type: command',
        `  command: ${JSON.stringify(`node ${echoModel} --startup-ms 1500 --serial-ms 2`)}`,
        'gates:',
        '  latency: { p95Max: 500, severity: fail }',
      ].join('\n'),
    );
    const run = await cli(['run', '--config', 'gate.yml', '--dataset', 'eval.jsonl', '--out', 'out'], tmp.dir);
    expect(run.stderr).not.toMatch(/^error/m);
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(join(tmp.dir, 'out', 'report.json'), 'utf8')) as GateReport;
    expect(report.candidate.exactMatch).toBe(1);
    expect(report.candidate.latencyMs?.p95).toBeLessThan(200);
    expect(report.candidate.resources?.startupMs).toBeGreaterThanOrEqual(1500);
    expect(report.gates.find((gate) => gate.name === 'latency.p95Max')?.status).toBe('pass');
    const markdown = readFileSync(join(tmp.dir, 'out', 'report.md'), 'utf8');
    const startup = markdown.match(/start-up \(spawn → first answer\) (\d+) ms/)?.[1];
    expect(Number(startup)).toBeGreaterThanOrEqual(1500);
  });
});
