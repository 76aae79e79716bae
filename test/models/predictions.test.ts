import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { runModel } from '../../src/models/run.js';
import type { RunOutcome } from '../../src/snapshot/run-outcome.js';
import { example, modelConfig, recordingLogger, rejection, withTempDir } from './helpers.js';

const dataset = [example('a'), example('b'), example('7'), example('d')];

async function runWith(lines: string, exampleList = dataset) {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'p.jsonl'), lines);
    const seen: RunOutcome[] = [];
    const run = await runModel({
      config: modelConfig({ type: 'predictions', path: 'p.jsonl' }),
      examples: exampleList,
      baseDir: dir,
      env: {},
      logger: recordingLogger(),
      onOutcome: (outcome) => seen.push(outcome),
    });
    return { ...run, seen };
  });
}

async function inputErrorOf(lines: string, exampleList = dataset): Promise<string> {
  const error = await rejection(runWith(lines, exampleList));
  expect(error).toBeInstanceOf(InputError);
  expect(error.message).not.toContain('\n');
  return error.message;
}

describe('predictions adapter', () => {
  it('joins by id in any order, numeric ids as strings, keeping error lines as errors', async () => {
    const run = await runWith(
      [
        '{"id":"d","output":"D!"}',
        '',
        '{"id":7,"output":"seven"}',
        '{"id":"a","output":"A!"}',
        '{"id":"b","error":"timeout upstream"}',
      ].join('\n'),
    );
    expect(run.identity).toEqual({ type: 'predictions', name: 'p.jsonl' });
    expect(run.outcomes).toEqual([
      { id: 'a', output: 'A!' },
      { id: 'b', error: 'timeout upstream' },
      { id: '7', output: 'seven' },
      { id: 'd', output: 'D!' },
    ]);
    expect(run.seen).toEqual(run.outcomes);
  });

  it('names file and line for malformed JSON and bad fields', async () => {
    const good = '{"id":"a","output":"x"}\n';
    expect(await inputErrorOf(`${good}{"id":"b","output":`)).toMatch(/^p\.jsonl line 2: invalid JSON \(/);
    expect(await inputErrorOf(`${good}\n["b","x"]`)).toBe(
      'p.jsonl line 3: expected an object {"id", "output"}, got array',
    );
    expect(await inputErrorOf(`${good}{"output":"x"}`)).toBe('p.jsonl line 2: field "id" is missing');
    expect(await inputErrorOf(`${good}{"id":true,"output":"x"}`)).toBe(
      'p.jsonl line 2: field "id" must be a non-empty string or a number, got boolean',
    );
    expect(await inputErrorOf(`${good}{"id":"b","output":{"label":3}}`)).toBe(
      'p.jsonl line 2: field "output" must be a string or a number, got object',
    );
    expect(await inputErrorOf(`${good}{"id":"b"}`)).toBe('p.jsonl line 2: field "output" is missing');
  });

  it('refuses duplicate ids, naming both lines', async () => {
    expect(await inputErrorOf('{"id":"a","output":"x"}\n{"id":"b","output":"y"}\n{"id":"a","output":"z"}')).toBe(
      'p.jsonl line 3: duplicate id "a" (first on line 1)',
    );
    // 7 and "7" are the same id, as in the dataset reader.
    expect(await inputErrorOf('{"id":7,"output":"x"}\n{"id":"7","output":"y"}')).toBe(
      'p.jsonl line 2: duplicate id "7" (first on line 1)',
    );
  });

  it('refuses dataset ids without a prediction, naming a few of them', async () => {
    expect(await inputErrorOf('{"id":"a","output":"x"}')).toBe('3 dataset ids have no prediction in p.jsonl: b, 7, d');
    expect(await inputErrorOf('{"id":"a","output":"x"}\n{"id":"b","output":"x"}\n{"id":"7","output":"x"}')).toBe(
      '1 dataset id has no prediction in p.jsonl: d',
    );
    const many = Array.from({ length: 8 }, (_, index) => example(`m${index}`));
    expect(await inputErrorOf('', many)).toBe(
      '8 dataset ids have no prediction in p.jsonl: m0, m1, m2, m3, m4 and 3 more',
    );
  });

  it('refuses predictions for ids not in the dataset', async () => {
    const all = dataset.map((item) => `{"id":"${item.id}","output":"x"}`);
    expect(await inputErrorOf([...all, '{"id":"zz","output":"x"}', '{"id":"yy","output":"x"}'].join('\n'))).toBe(
      '2 predictions have ids not in the dataset in p.jsonl: zz, yy',
    );
  });

  it('names a missing file', async () => {
    const error = await rejection(
      runModel({
        config: modelConfig({ type: 'predictions', path: 'nope/p.jsonl' }),
        examples: dataset,
        baseDir: '/nonexistent-dir',
        env: {},
        logger: recordingLogger(),
      }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('nope/p.jsonl: predictions file not found');
  });
});
