import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { jsonl, tempDir } from '../support/tmp.js';

/**
 * Sharding must change nothing but the wall time: `run --shard K/N` for every K, then
 * `merge`, writes the same results.jsonl and report.json as one unsharded run on the same
 * outputs (the timestamps aside), with every metric, interval and p-value computed after the merge.
 */

type Workspace = ReturnType<typeof tempDir>;

/** Every `createdAt` replaced: the one thing two runs at two times differ in. */
function withoutTimes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimes);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, key === 'createdAt' ? 'TIME' : withoutTimes(item)]),
    );
  return value;
}

// The demo's scripts are plain JavaScript without types: imported by path, typed here.
const demoDir = join(import.meta.dirname, '..', '..', 'demo');
const demo = {
  prepareData: async (path: string) =>
    (
      (await import(join(demoDir, 'prepare-data.mjs'))) as { prepareData: (path: string) => { path: string } }
    ).prepareData(path),
  trainSpamFilter: async (release: string) =>
    (
      (await import(join(demoDir, 'spam-filter.mjs'))) as {
        trainSpamFilter: (release: string) => { predict: (text: string) => string };
      }
    ).trainSpamFilter(release),
};

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const resultsOf = (dir: string) =>
  read(dir, 'results.jsonl')
    .trimEnd()
    .split('\n')
    .map((line, index) => (index === 0 ? JSON.stringify(withoutTimes(JSON.parse(line))) : line));
const reportOf = (dir: string) => withoutTimes(JSON.parse(read(dir, 'report.json')));

/** The unsharded run and the N shards + merge, same flags; both reports and snapshots compared. */
async function expectMergeEqualsUnsharded(files: Workspace, flags: string[], count: number): Promise<void> {
  const whole = await cli(['run', ...flags, '--out', 'whole'], files.dir);
  expect(whole.stderr).not.toContain('error');
  const shards: string[] = [];
  for (let index = 1; index <= count; index++) {
    const out = `shard-${index}-of-${count}`;
    const shard = await cli(['run', ...flags, '--shard', `${index}/${count}`, '--out', out], files.dir);
    expect(shard.status, shard.stderr).toBe(0);
    expect(shard.stdout).toContain(`shard ${index}/${count}:`);
    shards.push(out);
  }
  const merged = await cli(['merge', ...flags, '--out', `merged-${count}`, ...shards], files.dir);
  expect(merged.stderr).not.toContain('error');
  expect(merged.status).toBe(whole.status);
  expect(merged.stdout.replaceAll(`merged-${count}`, 'OUT')).toBe(whole.stdout.replaceAll('whole', 'OUT'));
  const mergedDir = join(files.dir, `merged-${count}`);
  const wholeDir = join(files.dir, 'whole');
  expect(resultsOf(mergedDir)).toEqual(resultsOf(wholeDir));
  expect(reportOf(mergedDir)).toEqual(reportOf(wholeDir));
  // A comparison with intervals and p-values, and the slices, were there to be equal.
  const report = reportOf(wholeDir) as { comparison: unknown; gates: { name: string }[] };
  expect(report.comparison).not.toBeNull();
  expect(report.gates.some((gate) => gate.name.startsWith('slices'))).toBe(true);
  const header = JSON.parse(read(join(files.dir, shards[0] as string), 'results.jsonl').split('\n', 1)[0] as string);
  expect(header.shard).toMatchObject({ index: 1, count });
  expect(read(mergedDir, 'report.md').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME')).toBe(
    read(wholeDir, 'report.md').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME'),
  );
}

/** A seeded generator, so the data is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function classificationData(files: Workspace): void {
  const next = random(7);
  const labels = ['billing', 'bug', 'feature', 'other'];
  const rows = Array.from({ length: 400 }, (_, i) => ({
    id: `ticket-${i}`,
    input: `ticket text ${i}`,
    expected: labels[Math.floor(next() * labels.length)] as string,
    tags: { lang: next() < 0.3 ? 'de' : 'en', plan: next() < 0.5 ? 'free' : 'pro' },
  }));
  const answer = (row: (typeof rows)[number], wrongRate: number) => {
    const roll = next();
    if (roll < 0.01) return { id: row.id, error: 'timeout after 30 s' };
    if (roll < 0.015) return { id: row.id, output: 'no idea' };
    return { id: row.id, output: next() < wrongRate ? (labels[Math.floor(next() * 4)] as string) : row.expected };
  };
  files.write('tickets.jsonl', jsonl(rows));
  files.write('gate.yml', 'maxErrorRate: 0.05\ngates:\n  slices: { minExamples: 20 }\n');
  files.write('previous.jsonl', jsonl(rows.map((row) => answer(row, 0.15))));
  // Shuffled: a predictions file's order is not the dataset's.
  files.write('candidate.jsonl', jsonl(rows.map((row) => answer(row, row.tags.lang === 'de' ? 0.4 : 0.2)).reverse()));
}

function generationData(files: Workspace): void {
  const next = random(11);
  const words = ['paris', 'berlin', 'rome', 'madrid', 'the', 'city', 'of', 'capital'];
  const phrase = (length: number) =>
    Array.from({ length }, () => words[Math.floor(next() * words.length)] as string).join(' ');
  const rows = Array.from({ length: 300 }, (_, i) => ({
    id: `q${i}`,
    input: `question ${i}?`,
    expected: phrase(1 + Math.floor(next() * 3)),
    tags: { topic: next() < 0.5 ? 'geo' : 'misc' },
  }));
  const answer = (row: (typeof rows)[number], rate: number) =>
    next() < 0.01
      ? { id: row.id, error: 'HTTP 500' }
      : { id: row.id, output: next() < rate ? `${row.expected} ${phrase(Math.floor(next() * 4))}` : phrase(2) };
  files.write('questions.jsonl', jsonl(rows));
  files.write('previous.jsonl', jsonl(rows.map((row) => answer(row, 0.7))));
  files.write('candidate.jsonl', jsonl(rows.map((row) => answer(row, 0.6))));
  files.write(
    'gate.yml',
    'task: generation\nlengthUnit: words\nmaxErrorRate: 0.05\ngates:\n  slices: { minExamples: 20, severity: warn }\n',
  );
}

describe('shards merged equal the unsharded run', () => {
  describe('generated classification data with slices, errors and invalid outputs', () => {
    const files = tempDir('mrg-shard-class-');
    beforeAll(() => classificationData(files));
    for (const count of [1, 3, 7])
      it(`N = ${count}`, async () => {
        await expectMergeEqualsUnsharded(
          files,
          [
            '--config',
            'gate.yml',
            '--dataset',
            'tickets.jsonl',
            '--predictions',
            'candidate.jsonl',
            '--baseline',
            'previous.jsonl',
            '--labels',
            'billing,bug,feature,other',
          ],
          count,
        );
      });
  });

  describe('generated generation data with slices', () => {
    const files = tempDir('mrg-shard-gen-');
    beforeAll(() => generationData(files));
    for (const count of [1, 3, 7])
      it(`N = ${count}`, async () => {
        await expectMergeEqualsUnsharded(
          files,
          [
            '--config',
            'gate.yml',
            '--dataset',
            'questions.jsonl',
            '--predictions',
            'candidate.jsonl',
            '--baseline',
            'previous.jsonl',
          ],
          count,
        );
      });
  });

  describe("the demo's 1,730 mails, both releases' answers", () => {
    const files = tempDir('mrg-shard-demo-');
    beforeAll(async () => {
      const { path } = await demo.prepareData(join(files.dir, 'eval.jsonl'));
      const rows = readFileSync(path, 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string; input: string });
      for (const release of ['previous', 'candidate'] as const) {
        const { predict } = await demo.trainSpamFilter(release);
        files.write(`${release}.jsonl`, jsonl(rows.map((row) => ({ id: row.id, output: predict(row.input) }))));
      }
    }, 120_000);
    for (const count of [1, 3, 7])
      it(`N = ${count}`, async () => {
        await expectMergeEqualsUnsharded(
          files,
          ['--dataset', 'eval.jsonl', '--predictions', 'candidate.jsonl', '--baseline', 'previous.jsonl'],
          count,
        );
      });
  });
});
