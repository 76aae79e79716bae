import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairedAccuracyDelta } from '../../src/stats/paired-accuracy.js';
import { jsonl, tempDir } from '../support/tmp.js';
import { startCli } from './support/cli-process.js';

interface ReportJson {
  comparison: {
    paired: number;
    accuracy: { delta: number; ciLow: number; ciHigh: number };
    minDetectableAccuracyDrop: number;
    datasetTooSmall: boolean;
    flips: { bySlice: Record<string, { tag: string; value: string; n: number }> };
  };
}

async function gate(
  rows: { id: string; input: string; expected: string; tags?: Record<string, string> }[],
  baseline: string[],
  candidate: string[],
) {
  const files = tempDir('mrg-stats-faults-');
  files.write('eval.jsonl', jsonl(rows));
  files.write('baseline.jsonl', jsonl(rows.map((row, i) => ({ id: row.id, output: baseline[i] }))));
  files.write('candidate.jsonl', jsonl(rows.map((row, i) => ({ id: row.id, output: candidate[i] }))));
  const cli = await startCli(
    [
      'run',
      '--dataset',
      'eval.jsonl',
      '--predictions',
      'candidate.jsonl',
      '--baseline',
      'baseline.jsonl',
      '--labels',
      'yes,no',
      '--out',
      'out',
    ],
    files.dir,
  );
  const { status, stderr } = await cli.exited;
  expect(stderr).not.toContain('error');
  expect(status).toBe(0);
  const report = JSON.parse(readFileSync(join(files.dir, 'out', 'report.json'), 'utf8')) as ReportJson;
  return { report, markdown: readFileSync(join(files.dir, 'out', 'report.md'), 'utf8') };
}

describe('statistics on hostile data', () => {
  it('3 examples: the interval stays within what is possible, the MDE is capped, the report says the dataset is too small', async () => {
    const rows = ['a', 'b', 'c'].map((id) => ({ id, input: id, expected: 'yes' }));
    const { report, markdown } = await gate(rows, ['no', 'no', 'yes'], ['yes', 'yes', 'yes']);
    const { accuracy, minDetectableAccuracyDrop, datasetTooSmall } = report.comparison;
    expect(accuracy.delta).toBeCloseTo(2 / 3, 12);
    // Unclipped, the Wald interval is +13.3 to +120.0 points.
    expect(accuracy.ciLow).toBeCloseTo(0.1333, 3);
    expect(accuracy.ciHigh).toBe(1);
    expect(minDetectableAccuracyDrop).toBe(1);
    expect(datasetTooSmall).toBe(true);
    expect(markdown).toContain('This dataset is too small to detect any accuracy drop');
    expect(markdown).not.toContain('120.0');
    expect(markdown).not.toContain('200.0');
  });

  it('a larger dataset is not flagged, and its interval is the plain Wald interval', () => {
    const counts = { both: 600, baselineOnly: 30, candidateOnly: 20, neither: 350 };
    const delta = pairedAccuracyDelta(counts, { confidence: 0.95 });
    // (c − b)/N ± 1.96·SE with SE = sqrt(((b + c)/N − δ²)/N), by hand.
    const se = Math.sqrt((50 / 1000 - 0.01 ** 2) / 1000);
    expect(delta.ciLow).toBeCloseTo(-0.01 - 1.959963984540054 * se, 12);
    expect(delta.ciHigh).toBeCloseTo(-0.01 + 1.959963984540054 * se, 12);
  });

  it('tags {"a=b": "c"} and {"a": "b=c"} are two slices, keyed unambiguously', async () => {
    const rows: { id: string; input: string; expected: string; tags: Record<string, string> }[] = [
      { id: 'x1', input: 'x1', expected: 'yes', tags: { 'a=b': 'c' } },
      { id: 'x2', input: 'x2', expected: 'yes', tags: { a: 'b=c' } },
      { id: 'x3', input: 'x3', expected: 'yes', tags: { a: 'b=c' } },
    ];
    const { report } = await gate(rows, ['yes', 'yes', 'yes'], ['no', 'yes', 'yes']);
    const slices = report.comparison.flips.bySlice;
    expect(Object.keys(slices).sort()).toEqual(['a=b=c', 'a\\=b=c']);
    expect(slices['a\\=b=c']).toMatchObject({ tag: 'a=b', value: 'c', n: 1 });
    expect(slices['a=b=c']).toMatchObject({ tag: 'a', value: 'b=c', n: 2 });
    expect(Object.values(slices).reduce((sum, slice) => sum + slice.n, 0)).toBe(report.comparison.paired);
  });
});
