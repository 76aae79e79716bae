import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { defined } from '../support/defined.js';
import { jsonl, tempDir } from '../support/tmp.js';

// Issue 10's rows about what the readers are given: each is one line naming the file and the
// line, exit 2, never a stack trace, never a silent join of the wrong examples.

const dataset = Array.from({ length: 60 }, (_, i) => ({
  id: `m${i}`,
  input: `message ${i}`,
  expected: i % 3 === 0 ? 'spam' : 'ham',
}));
const answers = dataset.map((row) => ({ id: row.id, output: row.expected }));

function workspace() {
  const files = tempDir('mrg-hostile-');
  files.write('eval.jsonl', jsonl(dataset));
  files.write('answers.jsonl', jsonl(answers));
  return files;
}

/** The one error line of a run that must exit 2. */
async function refusal(argv: string[], cwd: string): Promise<string> {
  const result = await cli(['run', ...argv], cwd);
  expect(result.status).toBe(2);
  expect(result.stderr).not.toMatch(/\n\s+at |Maximum call stack/);
  const lines = result.stderr
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('Dataset '));
  expect(lines).toHaveLength(1);
  return defined(lines[0]);
}

async function previousSnapshot(files: ReturnType<typeof workspace>): Promise<string> {
  expect(
    (await cli(['run', '--dataset', 'eval.jsonl', '--predictions', 'answers.jsonl', '--out', 'prev'], files.dir))
      .status,
  ).toBe(0);
  return join(files.dir, 'prev', 'results.jsonl');
}

describe('a baseline snapshot is checked for what it claims', () => {
  it('refuses duplicate ids, naming both lines', async () => {
    const files = workspace();
    const snapshot = await previousSnapshot(files);
    const lines = readFileSync(snapshot, 'utf8').trimEnd().split('\n');
    // Line 2 is m0's record; it appears again in place of m1's, so the count still matches.
    lines[3] = defined(lines[1]);
    writeFileSync(snapshot, `${lines.join('\n')}\n`);
    const message = await refusal(
      ['--dataset', 'eval.jsonl', '--predictions', 'answers.jsonl', '--baseline', 'prev/results.jsonl'],
      files.dir,
    );
    expect(message).toBe(`error: ${snapshot} line 4: duplicate id "m0" (first on line 2)`);
  });

  it('refuses extra records, whether or not the header was edited to count them', async () => {
    const files = workspace();
    const snapshot = await previousSnapshot(files);
    const original = readFileSync(snapshot, 'utf8');
    const extra = jsonl(
      Array.from({ length: 1000 }, (_, i) => ({
        id: `x${i}`,
        expected: 'ham',
        output: 'ham',
        prediction: 'ham',
        correct: true,
        length: { chars: 3, words: 1, tokens: 1 },
        tags: {},
      })),
    );
    appendFileSync(snapshot, extra);
    const args = ['--dataset', 'eval.jsonl', '--predictions', 'answers.jsonl', '--baseline', 'prev/results.jsonl'];
    expect(await refusal(args, files.dir)).toContain('the snapshot says it holds 60 examples but has 1060 records');

    const [header, ...records] = original.trimEnd().split('\n');
    const claimed = JSON.parse(defined(header));
    claimed.dataset.n = 1060;
    claimed.summary.total = 1060;
    writeFileSync(snapshot, `${[JSON.stringify(claimed), ...records].join('\n')}\n${extra}`);
    expect(await refusal(args, files.dir)).toContain(
      "the baseline carries this dataset's fingerprint but its records do not match it (1000 ids not in the dataset, 0 dataset ids missing)",
    );
  });
});

describe('ids that are not what they seem', () => {
  it('refuses invalid UTF-8 (a\\xff and a\\xfe would both read as a\\uFFFD), naming the line', async () => {
    const files = workspace();
    const row = (id: Buffer) =>
      Buffer.concat([Buffer.from('{"id":"'), id, Buffer.from('","input":"x","expected":"ham"}\n')]);
    writeFileSync(
      join(files.dir, 'bad.jsonl'),
      Buffer.concat([row(Buffer.from('ok')), row(Buffer.from([0x61, 0xff])), row(Buffer.from([0x61, 0xfe]))]),
    );
    expect(await refusal(['--dataset', 'bad.jsonl', '--predictions', 'answers.jsonl'], files.dir)).toBe(
      `error: ${join(files.dir, 'bad.jsonl')} line 2: not valid UTF-8 text (save the file as UTF-8)`,
    );

    const answer = (id: Buffer) => Buffer.concat([Buffer.from('{"id":"'), id, Buffer.from('","output":"ham"}\n')]);
    writeFileSync(
      join(files.dir, 'bad-answers.jsonl'),
      Buffer.concat([
        ...answers.slice(0, 3).map((a) => Buffer.from(`${JSON.stringify(a)}\n`)),
        answer(Buffer.from([0x61, 0xfe])),
      ]),
    );
    expect(await refusal(['--dataset', 'eval.jsonl', '--predictions', 'bad-answers.jsonl'], files.dir)).toBe(
      `error: ${join(files.dir, 'bad-answers.jsonl')} line 4: not valid UTF-8 text (save the file as UTF-8)`,
    );

    writeFileSync(
      join(files.dir, 'bad.csv'),
      Buffer.concat([Buffer.from('id,input,expected\nok,x,ham\n'), Buffer.from([0x61, 0xff]), Buffer.from(',y,ham\n')]),
    );
    expect(await refusal(['--dataset', 'bad.csv', '--predictions', 'answers.jsonl'], files.dir)).toBe(
      `error: ${join(files.dir, 'bad.csv')} line 3: not valid UTF-8 text (save the file as UTF-8)`,
    );
  });

  it('refuses numeric ids beyond 2^53 (12345678901234567891 and …892 read the same), saying to quote them', async () => {
    const files = workspace();
    files.write(
      'big.jsonl',
      '{"id":12345678901234567891,"input":"x","expected":"ham"}\n{"id":12345678901234567892,"input":"y","expected":"ham"}\n',
    );
    const message = await refusal(['--dataset', 'big.jsonl', '--predictions', 'answers.jsonl'], files.dir);
    expect(message).toMatch(
      /big\.jsonl line 1: field "id" is the number 12345678901234567000, beyond 2\^53, which JSON numbers cannot hold exactly: write it as a string/,
    );

    files.write('big-answers.jsonl', `${jsonl([...answers.slice(0, 2)])}{"id":12345678901234567891,"output":"ham"}\n`);
    expect(await refusal(['--dataset', 'eval.jsonl', '--predictions', 'big-answers.jsonl'], files.dir)).toMatch(
      /big-answers\.jsonl line 3: field "id" is the number .* beyond 2\^53/,
    );

    // Quoted, they are two ids, kept exactly as written.
    files.write(
      'quoted.jsonl',
      '{"id":"12345678901234567891","input":"x","expected":"ham"}\n{"id":"12345678901234567892","input":"y","expected":"ham"}\n',
    );
    files.write(
      'quoted-answers.jsonl',
      '{"id":"12345678901234567892","output":"ham"}\n{"id":"12345678901234567891","output":"spam"}\n',
    );
    // Declared labels: with only "ham" expected, a lone "spam" would be an invalid output and fail the run.
    const quoted = await cli(
      [
        'run',
        '--dataset',
        'quoted.jsonl',
        '--predictions',
        'quoted-answers.jsonl',
        '--labels',
        'ham,spam',
        '--out',
        'q',
      ],
      files.dir,
    );
    expect(quoted.status).toBe(0);
    const records = readFileSync(join(files.dir, 'q', 'results.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => JSON.parse(line));
    expect(records.map((record) => [record.id, record.output])).toEqual([
      ['12345678901234567891', 'spam'],
      ['12345678901234567892', 'ham'],
    ]);
  });
});

describe('input nested 100,000 deep', () => {
  it('is one line naming the file and line, in JSON Lines and in a JSON array', async () => {
    const files = workspace();
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    files.write('deep.jsonl', `${JSON.stringify(dataset[0])}\n{"id":"deep","input":${deep},"expected":"ham"}\n`);
    expect(await refusal(['--dataset', 'deep.jsonl', '--predictions', 'answers.jsonl'], files.dir)).toBe(
      `error: ${join(files.dir, 'deep.jsonl')} line 2: the row is nested too deeply (more than a few thousand levels of arrays or objects)`,
    );
    files.write(
      'deep.json',
      `[${JSON.stringify(dataset[0])},{"id":"deep","input":"x","expected":"ham","tags":{"t":${deep}}}]`,
    );
    expect(await refusal(['--dataset', 'deep.json', '--predictions', 'answers.jsonl'], files.dir)).toBe(
      `error: ${join(files.dir, 'deep.json')} item 2: the row is nested too deeply (more than a few thousand levels of arrays or objects)`,
    );
    files.write('deep-answers.jsonl', `{"id":"m0","output":${deep}}\n`);
    expect(await refusal(['--dataset', 'eval.jsonl', '--predictions', 'deep-answers.jsonl'], files.dir)).toBe(
      `error: ${join(files.dir, 'deep-answers.jsonl')} line 1: field "output" must be a string, got array`,
    );
  });
});

describe('a malformed line in a large file', () => {
  it('names its line', async () => {
    const files = workspace();
    const many = Array.from({ length: 100_000 }, (_, i) =>
      JSON.stringify({ id: `r${i}`, input: 'x', expected: 'ham' }),
    );
    many[73_205] = '{"id":"r73205","input":"x","expected":';
    files.write('big.jsonl', `${many.join('\n')}\n`);
    expect(await refusal(['--dataset', 'big.jsonl', '--predictions', 'answers.jsonl'], files.dir)).toMatch(
      new RegExp(`^error: ${join(files.dir, 'big.jsonl')} line 73206: invalid JSON`),
    );
  });
});
