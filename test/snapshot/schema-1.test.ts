import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readSnapshot } from '../../src/snapshot/io.js';
import { denseToSparseConfusion } from '../../src/snapshot/schema-1-metrics.js';
import { jsonl, tempDir } from '../support/tmp.js';

// Written by the gate as released before issue 9 (commit d117410), on schema-1-eval.jsonl with
// outputs Spam, ham, ham, ham, unsure, spam, spam and one timeout: its confusion is the dense
// labels × labels matrix, and it knows nothing of label sets or invalid outputs.
const fixture = resolve('test/fixtures/snapshot/schema-1-results.json');

describe('a schema-1 results.json', () => {
  it('reads with its dense confusion matrix as the occupied cells', async () => {
    const raw = JSON.parse(readFileSync(fixture, 'utf8'));
    expect(raw.summary.metrics.confusion).toEqual([
      [2, 1, 1],
      [1, 2, 0],
      [0, 0, 0],
    ]);
    const snapshot = await readSnapshot(fixture);
    const { metrics } = snapshot.header.summary;
    if (metrics.task !== 'classification') throw new Error('expected a classification snapshot');
    expect(metrics.confusion).toEqual([
      ['ham', 'ham', 2],
      ['ham', 'spam', 1],
      ['ham', 'unsure', 1],
      ['spam', 'ham', 1],
      ['spam', 'spam', 2],
    ]);
    expect(metrics.labelSource).toBe('inferred');
    expect(metrics.invalid).toEqual({ count: 0, rate: 0 });
  });

  it('leaves the new sparse cells as they are', () => {
    const cells: [string, string | null, number][] = [['a', null, 3]];
    expect(denseToSparseConfusion(['a'], cells)).toBe(cells);
    expect(denseToSparseConfusion([], [])).toEqual([]);
  });

  it("still serves as a baseline, its invalid outputs counted by this run's declared labels", async () => {
    const files = tempDir('mrg-schema1-');
    copyFileSync(resolve('test/fixtures/snapshot/schema-1-eval.jsonl'), join(files.dir, 'eval.jsonl'));
    const ids = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'];
    const right = ['spam', 'ham', 'spam', 'ham', 'ham', 'spam', 'ham', 'ham'];
    files.write('p.jsonl', jsonl(ids.map((id, i) => ({ id, output: right[i] }))));
    files.write('gate.yml', 'labels: [spam, ham]\ngates: { invalidRate: { max: null } }\n');
    let stdout = '';
    let stderr = '';
    const status = await main({
      argv: [
        'run',
        '--config',
        'gate.yml',
        '--dataset',
        'eval.jsonl',
        '--predictions',
        'p.jsonl',
        '--baseline',
        fixture,
      ],
      env: {},
      cwd: files.dir,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    });
    expect(stderr).not.toContain('error');
    expect(status).toBe(0);
    const report = JSON.parse(readFileSync(join(files.dir, 'model-gate-results', 'report.json'), 'utf8'));
    expect(report.comparison).toMatchObject({
      paired: 7,
      skippedForErrors: 1,
      sameDataset: true,
      accuracy: { baseline: 4 / 7, candidate: 1 },
    });
    // "unsure" is no declared label: the baseline had one invalid output of seven.
    expect(report.baseline.invalid).toEqual({ count: 1, rate: 1 / 7 });
    expect(report.comparison.invalidRate).toMatchObject({ baseline: 1 / 7, candidate: 0, baselineOnly: 1 });
    expect(stdout).toContain('PASS');
  });
});
