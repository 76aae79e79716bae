import { describe, expect, it } from 'vitest';
import { defaultCommentKey, readInputs } from '../../src/action/inputs.js';
import { InputError } from '../../src/errors.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const withToken = (values: Record<string, string>) => reader({ 'github-token': 'ghs_x', ...values });

describe('readInputs', () => {
  it('applies the defaults for empty inputs', () => {
    expect(readInputs(withToken({}))).toEqual({
      mode: 'gate',
      configPath: null,
      dataset: null,
      predictions: null,
      task: null,
      lengthUnit: null,
      labels: null,
      baseline: { kind: 'auto' },
      baselineRepeat: null,
      onMissingBaseline: null,
      acceptLabel: null,
      token: 'ghs_x',
      comment: 'always',
      commentKey: null,
      commentAuthor: null,
      failOn: 'fail',
      artifactName: 'model-release-gate',
      uploadArtifact: true,
      publish: 'false',
      cache: true,
      reportTemplate: null,
      shard: null,
    });
  });

  it('reads every input', () => {
    const options = readInputs(
      withToken({
        config: ' .github/gate.yml ',
        dataset: 'eval.jsonl',
        predictions: 'out.jsonl',
        task: 'generation',
        'length-unit': 'tokens',
        labels: ' positive,negative ',
        baseline: 'release:v2',
        comment: 'on-change',
        'comment-key': 'nightly',
        'comment-author': 'gate-app[bot]',
        'fail-on': 'warn',
        'artifact-name': 'gate-a',
        'upload-artifact': 'false',
        publish: 'TRUE',
        cache: 'False',
        mode: 'comment',
        'on-missing-baseline': 'pass',
        'accept-label': ' ship it ',
      }),
    );
    expect(options).toMatchObject({
      configPath: '.github/gate.yml',
      task: 'generation',
      lengthUnit: 'tokens',
      labels: 'positive,negative',
      baseline: { kind: 'release', tag: 'v2' },
      comment: 'on-change',
      commentKey: 'nightly',
      commentAuthor: 'gate-app[bot]',
      failOn: 'warn',
      artifactName: 'gate-a',
      uploadArtifact: false,
      publish: 'true',
      cache: false,
      mode: 'comment',
      onMissingBaseline: 'pass',
      acceptLabel: 'ship it',
    });
  });

  it.each([
    [{ comment: 'sometimes' }, 'input comment: expected one of always|on-change|never, got "sometimes"'],
    [{ 'fail-on': 'error' }, 'input fail-on: expected one of fail|warn|never, got "error"'],
    [{ task: 'regression' }, 'input task: expected one of classification|generation, got "regression"'],
    [{ 'length-unit': 'bytes' }, 'input length-unit: expected one of chars|words|tokens, got "bytes"'],
    [{ 'upload-artifact': 'yes' }, 'input upload-artifact: expected true|false, got "yes"'],
    [{ cache: 'off' }, 'input cache: expected true|false, got "off"'],
    [{ publish: 'sometimes' }, 'input publish: expected true|false|always, got "sometimes"'],
    [{ mode: 'post' }, 'input mode: expected one of gate|comment|merge, got "post"'],
    [{ 'on-missing-baseline': 'ignore' }, 'input on-missing-baseline: expected one of fail|warn|pass, got "ignore"'],
    [{ 'artifact-name': 'a/b' }, 'input artifact-name: "a/b" holds a character'],
    [{ baseline: 'release:' }, 'input baseline: expected "release:latest" or "release:TAG"'],
  ])('refuses %j with one line naming the input', (values, message) => {
    let thrown: unknown;
    try {
      readInputs(withToken(values));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as Error).message.startsWith(message)).toBe(true);
    expect((thrown as Error).message).not.toContain('\n');
  });

  it('refuses an empty token', () => {
    expect(() => readInputs(reader({}))).toThrow(/^input github-token: is empty/);
  });
});

describe('defaultCommentKey', () => {
  const none = { configPath: null, dataset: null, predictions: null };
  it('is the job and the config, as before, when only a config is given', () => {
    expect(defaultCommentKey('gate', { ...none, configPath: 'gate.yml' })).toBe('gate:gate.yml');
    expect(defaultCommentKey('gate', none)).toBe('gate:gate');
  });

  it('tells matrix jobs apart that vary the dataset or predictions inputs under one config', () => {
    const keys = [
      { ...none, configPath: 'gate.yml', dataset: 'eval/en.jsonl' },
      { ...none, configPath: 'gate.yml', dataset: 'eval/de.jsonl' },
      { ...none, configPath: 'gate.yml', predictions: 'out/a.jsonl' },
      { ...none, configPath: 'gate.yml', predictions: 'out/b.jsonl' },
      { ...none, dataset: 'eval/en.jsonl', predictions: 'out/a.jsonl' },
      { ...none, dataset: 'eval/en.jsonl', predictions: 'out/b.jsonl' },
    ].map((options) => defaultCommentKey('gate', options));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
