import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { markerModelSource } from '../support/marker-model.js';
import { jsonl, tempDir } from '../support/tmp.js';

// `--baseline none` is "no comparison", as the Action's `baseline: none`: the config's live
// baseline.model does not run, and the report does not compare with anything.

const rows = Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, input: String(i), expected: i % 2 ? 'no' : 'yes' }));

function workspace() {
  const files = tempDir('mrg-cli-baseline-none-');
  files.write('eval.jsonl', jsonl(rows));
  files.write('candidate.jsonl', jsonl(rows.map((row) => ({ id: row.id, output: row.expected }))));
  files.write('previous.jsonl', jsonl(rows.map((row) => ({ id: row.id, output: 'yes' }))));
  // Leaves a mark when started at all; answers every example "maybe".
  files.write('baseline-model.mjs', markerModelSource);
  files.write(
    'gate.yml',
    [
      'dataset: eval.jsonl',
      'model: { type: predictions, path: candidate.jsonl }',
      `baseline: { model: { type: command, command: '${process.execPath} baseline-model.mjs' } }`,
      '',
    ].join('\n'),
  );
  return files;
}

const report = (dir: string) => JSON.parse(readFileSync(join(dir, 'model-gate-results', 'report.json'), 'utf8'));

describe('--baseline none with a config baseline.model', () => {
  it('runs no baseline model, compares with nothing, and says why', async () => {
    const files = workspace();
    const run = await cli(['run', '--config', 'gate.yml', '--baseline', 'none'], files.dir);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(files.dir, 'baseline-model-ran'))).toBe(false);
    expect(report(files.dir)).toMatchObject({
      baseline: null,
      comparison: null,
      baselineSource: { status: 'none', source: null },
    });
    expect(run.stdout).toContain('(no baseline)');
    expect(run.stderr).toContain("The config's baseline.model in gate.yml is not used: --baseline none.");
  });

  it('without the flag the config baseline.model is the baseline, as before', async () => {
    const files = workspace();
    const run = await cli(['run', '--config', 'gate.yml'], files.dir);
    expect(run.stderr).not.toContain('error:');
    expect(existsSync(join(files.dir, 'baseline-model-ran'))).toBe(true);
    expect(report(files.dir)).toMatchObject({
      baseline: { accuracy: 0 },
      baselineSource: { source: { kind: 'model' } },
    });
  });

  it('a baseline file flag still wins over the config baseline.model', async () => {
    const files = workspace();
    const run = await cli(['run', '--config', 'gate.yml', '--baseline', 'previous.jsonl'], files.dir);
    expect(run.stderr).not.toContain('error:');
    expect(existsSync(join(files.dir, 'baseline-model-ran'))).toBe(false);
    expect(report(files.dir)).toMatchObject({
      baseline: { accuracy: 0.5 },
      baselineSource: { source: { kind: 'file' } },
    });
  });
});
