import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { tempDir } from '../support/tmp.js';

describe('loadConfig', () => {
  it('gives sensible defaults from flags alone', async () => {
    const config = await loadConfig({ overrides: { dataset: 'd.jsonl', predictions: 'p.jsonl' }, cwd: '/work/x' });
    expect(config.dataset.path).toBe('/work/x/d.jsonl');
    expect(config.model).toMatchObject({ type: 'predictions', path: '/work/x/p.jsonl' });
    expect(config.task).toBe('classification');
    expect(config.out).toBe('/work/x/model-gate-results');
    expect(config.baseline).toEqual({ path: null, model: null, onMissing: null, maxArtifactMB: 1024, repeat: null });
    expect(config.gates.accuracy).toMatchObject({
      maxDrop: 0.02,
      severity: 'fail',
      decision: 'significant',
      min: null,
    });
    expect(config.gates.negativeFlipRate.max).toBe(0.05);
    expect(config.statistics).toEqual({ alpha: 0.05, confidence: 0.95, resamples: 10_000, seed: 1 });
  });

  it('resolves file paths from the config file and lets flags override it', async () => {
    const files = tempDir();
    const configPath = files.write(
      'cfg/gate.yml',
      [
        'task: generation',
        'dataset: { path: data/eval.csv, fields: { expected: label, tags: [lang] } }',
        'model: { type: command, command: "python serve.py" }',
        'baseline: prev/results.json',
        'out: results',
        'gates:',
        '  accuracy: { min: 0.8 }',
        '',
      ].join('\n'),
    );
    const config = await loadConfig({
      configPath,
      overrides: { task: 'classification', dataset: 'other.csv' },
      cwd: files.dir,
    });
    expect(config.task).toBe('classification');
    expect(config.dataset).toEqual({
      path: join(files.dir, 'other.csv'),
      fields: { expected: 'label', tags: ['lang'] },
    });
    expect(config.model).toMatchObject({ type: 'command', command: 'python serve.py' });
    expect(config.baseDir).toBe(join(files.dir, 'cfg'));
    expect(config.baseline.path).toBe(join(files.dir, 'cfg/prev/results.json'));
    expect(config.out).toBe(join(files.dir, 'cfg/results'));
    expect(config.gates.accuracy).toMatchObject({ min: 0.8, maxDrop: 0.02 });
  });

  it('reads baseline.onMissing without naming a baseline', async () => {
    const files = tempDir();
    const configPath = files.write('gate.yml', 'baseline: { onMissing: pass }\n');
    const config = await loadConfig({
      configPath,
      overrides: { dataset: 'd.jsonl', predictions: 'p.jsonl' },
      cwd: files.dir,
    });
    expect(config.baseline).toEqual({ path: null, model: null, onMissing: 'pass', maxArtifactMB: 1024, repeat: null });
  });

  it("takes the format of a --dataset file from its name, not from the file's dataset.format", async () => {
    const files = tempDir();
    const configPath = files.write('gate.yml', 'dataset: { path: d.csv, format: csv, fields: { expected: label } }\n');
    const config = await loadConfig({
      configPath,
      overrides: { dataset: 'ds.jsonl', predictions: 'p.jsonl' },
      cwd: files.dir,
    });
    expect(config.dataset).toEqual({ path: join(files.dir, 'ds.jsonl'), fields: { expected: 'label' } });
  });

  it.each([
    [
      'a key of the wrong type, with its line',
      'dataset: d.jsonl\ngates:\n  accuracy:\n    maxDrop: lots\n',
      /gate\.yml line 4: gates\.accuracy\.maxDrop: .*expected number/,
    ],
    ['an unknown key', 'dataset: d.jsonl\ngatez: {}\n', /gate\.yml line 2: gatez: unknown key/],
    [
      'an unknown model type',
      'model: { type: magic }\n',
      /gate\.yml line 1: model\.type: expected one of "predictions"\|"command"/,
    ],
    ['a value out of range', 'statistics: { alpha: 2 }\n', /gate\.yml line 1: statistics\.alpha/],
    [
      'a label pattern that does not compile',
      'dataset: d.jsonl\nscoring:\n  labelPattern: "(a"\n',
      /^[^ ]*gate\.yml line 3: scoring\.labelPattern: expected a regular expression with a capture group/,
    ],
    [
      'a label pattern without a capture group',
      'scoring: { labelPattern: "Answer: \\\\w+" }\n',
      /gate\.yml line 1: scoring\.labelPattern: expected a capture group around the label/,
    ],
    [
      'a wrong field in the dataset object',
      'dataset: { path: d.jsonl, fields: { id: 3 } }\n',
      /gate\.yml line 1: dataset\.fields\.id: expected string/,
    ],
    [
      'a baseline model missing its path',
      'dataset: d.jsonl\nbaseline:\n  model:\n    type: predictions\n',
      /gate\.yml line 4: baseline\.model\.path: missing \(expected string\)/,
    ],
    [
      'a dataset that is neither a path nor an object',
      'dataset: 5\n',
      /gate\.yml line 1: dataset: expected string or object$/,
    ],
    [
      'a misspelt key in the baseline object',
      'baseline: { pth: prev.json }\n',
      /gate\.yml line 1: baseline\.pth: unknown key/,
    ],
    [
      'an unknown baseline.onMissing',
      'dataset: d.jsonl\nbaseline:\n  onMissing: ignore\n',
      /gate\.yml line 3: baseline\.onMissing: .*expected one of "fail"\|"warn"\|"pass"/,
    ],
    ['a file that is a list, not keys', '- dataset: d.jsonl\n', /gate\.yml: expected a mapping of config keys/],
    ['broken YAML', 'dataset: [a\nb: c\n', /gate\.yml line \d+: invalid YAML/],
  ])('rejects %s', async (_name, text, message) => {
    const files = tempDir();
    const error = await loadConfig({ configPath: files.write('gate.yml', text), overrides: {}, cwd: files.dir }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });

  it('validates the file with the flags laid over it: --dataset completes a dataset block without a path', async () => {
    const files = tempDir();
    const configPath = files.write('gate.yml', 'dataset:\n  fields: { expected: label }\n');
    const config = await loadConfig({
      configPath,
      overrides: { dataset: 'd.jsonl', predictions: 'p.jsonl' },
      cwd: files.dir,
    });
    expect(config.dataset).toEqual({ path: join(files.dir, 'd.jsonl'), fields: { expected: 'label' } });
  });

  it('names the file and line for a bad key from the file, even when a flag sets the same block', async () => {
    const files = tempDir();
    const configPath = files.write('gate.yml', 'task: classification\ndataset:\n  fields: { id: 3 }\n');
    await expect(
      loadConfig({ configPath, overrides: { dataset: 'd.jsonl', predictions: 'p.jsonl' }, cwd: files.dir }),
    ).rejects.toThrow(/gate\.yml line 3: dataset\.fields\.id: expected string/);
  });

  it('names the flag that is wrong', async () => {
    await expect(
      loadConfig({ overrides: { dataset: 'd', predictions: 'p', lengthUnit: 'bytes' }, cwd: '/' }),
    ).rejects.toThrow(/^--length-unit: .*"chars"\|"words"\|"tokens"/);
    const files = tempDir();
    const configPath = files.write('gate.yml', 'task: classification\n');
    await expect(
      loadConfig({ configPath, overrides: { dataset: 'd', predictions: 'p', task: 'ranking' }, cwd: files.dir }),
    ).rejects.toThrow(/^--task: /);
  });

  it('says what is missing', async () => {
    await expect(loadConfig({ overrides: { predictions: 'p' }, cwd: '/' })).rejects.toThrow(
      'no dataset: pass --dataset FILE',
    );
    await expect(loadConfig({ overrides: { dataset: 'd' }, cwd: '/' })).rejects.toThrow(
      'no model: pass --predictions FILE',
    );
    await expect(loadConfig({ configPath: '/nope/gate.yml', overrides: {}, cwd: '/' })).rejects.toThrow(
      '/nope/gate.yml: config file not found',
    );
  });
});
