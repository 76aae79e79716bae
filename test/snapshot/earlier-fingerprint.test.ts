import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetKeys } from '../../src/dataset/read.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const FIXTURE = 'test/fixtures/snapshot/schema-2-unsorted-keys';

describe('a baseline written with the earlier dataset fingerprint (plain JSON.stringify)', () => {
  it('is of this dataset by the earlier definition only: the fixture tests what it should', async () => {
    const header = JSON.parse(readFileSync(join(FIXTURE, 'results.jsonl'), 'utf8').split('\n')[0] as string);
    const dataset = await readDatasetKeys({ path: join(FIXTURE, 'eval.jsonl') });
    expect(header.dataset.fingerprint).not.toBe(dataset.fingerprint);
    expect(header.dataset.fingerprint).toBe(dataset.earlierFingerprint);
  });

  it('is compared as the same dataset: no "different dataset" warning', async () => {
    const files = tempDir();
    cpSync(FIXTURE, files.dir, { recursive: true });
    const result = await cli(
      ['run', '--dataset', 'eval.jsonl', '--predictions', 'predictions.jsonl', '--baseline', 'results.jsonl'],
      files.dir,
    );
    expect(result.stderr).not.toContain('different dataset');
    expect(result.status).toBe(0);
    const out = join(files.dir, 'model-gate-results');
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.comparison).toMatchObject({ paired: 6, sameDataset: true, accuracy: { delta: 0 } });
    expect(JSON.stringify(report.warnings)).not.toContain('different dataset');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).not.toContain('different dataset');
  });

  it("with an edited record is still refused as corrupt, as one with today's fingerprint is", async () => {
    const files = tempDir();
    cpSync(FIXTURE, files.dir, { recursive: true });
    const lines = readFileSync(join(FIXTURE, 'results.jsonl'), 'utf8').trimEnd().split('\n');
    files.write(
      'edited.jsonl',
      `${[...lines.slice(0, -1), (lines.at(-1) as string).replace('"m6"', '"m7"')].join('\n')}\n`,
    );
    const result = await cli(
      ['run', '--dataset', 'eval.jsonl', '--predictions', 'predictions.jsonl', '--baseline', 'edited.jsonl'],
      files.dir,
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("the baseline carries this dataset's fingerprint but its records do not match it");
  });
});
