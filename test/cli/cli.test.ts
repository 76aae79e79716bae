import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { cli } from '../support/cli.js';
import { jsonl, tempDir } from '../support/tmp.js';

const dataset = Array.from({ length: 60 }, (_, i) => ({
  id: `m${i}`,
  input: `message ${i}`,
  expected: i % 3 === 0 ? 'spam' : 'ham',
}));
const answers = (wrong: (i: number) => boolean) =>
  dataset.map((row, i) => ({
    id: row.id,
    output: wrong(i) ? (row.expected === 'spam' ? 'ham' : 'spam') : row.expected.toUpperCase(),
  }));

function workspace() {
  const files = tempDir('mrg-cli-');
  files.write('eval.jsonl', jsonl(dataset));
  files.write('previous.jsonl', jsonl(answers(() => false)));
  files.write('same.jsonl', jsonl(answers(() => false).reverse()));
  files.write('regressed.jsonl', jsonl(answers((i) => i % 4 === 0)));
  return files;
}

describe('model-release-gate run', () => {
  it('writes results, report.md and report.json, and exits 0 on a pass', async () => {
    const files = workspace();
    const result = await cli(
      ['run', '--dataset', 'eval.jsonl', '--predictions', 'previous.jsonl', '--out', 'prev'],
      files.dir,
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Model release gate: PASS');
    for (const file of ['results.jsonl', 'report.md', 'report.json'])
      expect(existsSync(join(files.dir, 'prev', file))).toBe(true);
    const report = JSON.parse(readFileSync(join(files.dir, 'prev', 'report.json'), 'utf8'));
    expect(report).toMatchObject({
      verdict: 'pass',
      baseline: null,
      comparison: null,
      candidate: { n: 60, accuracy: 1, macroF1: 1 },
    });
    expect(report.candidate.perClass.spam).toEqual({ precision: 1, recall: 1, f1: 1, support: 20 });

    const again = await cli(
      [
        'run',
        '--dataset',
        'eval.jsonl',
        '--predictions',
        'same.jsonl',
        '--baseline',
        'prev/results.jsonl',
        '--out',
        'same',
      ],
      files.dir,
    );
    expect(again.status).toBe(0);
    const compared = JSON.parse(readFileSync(join(files.dir, 'same', 'report.json'), 'utf8'));
    expect(compared.comparison).toMatchObject({
      accuracy: { delta: 0 },
      macroF1: { delta: 0 },
      flips: { negative: 0, positive: 0, negativeFlipRate: 0 },
    });
  });

  it('exits 1 when a gate fails, with the verdict and the reason on stdout', async () => {
    const files = workspace();
    const result = await cli(
      ['run', '--dataset', 'eval.jsonl', '--predictions', 'regressed.jsonl', '--baseline', 'previous.jsonl'],
      files.dir,
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Model release gate: FAIL');
    expect(result.stdout).toMatch(/✖ accuracy\.maxDrop: accuracy −25\.0 points/);
    const report = JSON.parse(readFileSync(join(files.dir, 'model-gate-results', 'report.json'), 'utf8'));
    expect(report.verdict).toBe('fail');
    expect(report.comparison.flips.negative).toBe(15);
    expect(report.gates.find((gate: { name: string }) => gate.name === 'accuracy.maxDrop').status).toBe('fail');
    // A predictions run streams the dataset, and still keeps each regression's input for the report.
    const regressions = report.comparison.regressions as { id: string; input: string | null }[];
    expect(regressions).toHaveLength(15);
    for (const regression of regressions) expect(regression.input).toBe(`message ${regression.id.slice(1)}`);
  });

  it('runs a local model process through the command adapter from a config file', async () => {
    const files = workspace();
    files.write(
      'model.mjs',
      [
        "import { createInterface } from 'node:readline';",
        "console.log('model v2 loading…');",
        'for await (const line of createInterface({ input: process.stdin })) {',
        '  const { id, input } = JSON.parse(line);',
        "  console.log(JSON.stringify({ id, output: 'Answer: ' + (Number(input.split(' ')[1]) % 3 === 0 ? 'spam' : 'ham') }));",
        '}',
      ].join('\n'),
    );
    files.write(
      'gate.yml',
      [
        'dataset: eval.jsonl',
        'model: { type: command, command: "node model.mjs" }',
        'scoring: { labelPattern: "Answer: (\\\\w+)" }',
        '',
      ].join('\n'),
    );
    const result = await cli(['run', '--config', 'gate.yml', '--baseline', 'previous.jsonl'], files.dir);
    expect(result.stderr).not.toContain('error:');
    expect(result.status).toBe(0);
    const report = JSON.parse(readFileSync(join(files.dir, 'model-gate-results', 'report.json'), 'utf8'));
    expect(report.candidate).toMatchObject({ n: 60, accuracy: 1, model: { type: 'command' } });
  });

  async function elsewhereBaseline(files: ReturnType<typeof workspace>) {
    files.write(
      'elsewhere/eval.jsonl',
      jsonl([
        { id: 'x1', input: 'a', expected: 'ham' },
        { id: 'x2', input: 'b', expected: 'spam' },
        { id: 'x3', input: 'c', expected: 'ham' },
      ]),
    );
    files.write(
      'elsewhere/p.jsonl',
      jsonl([
        { id: 'x1', output: 'ham' },
        { id: 'x2', output: 'spam' },
        { id: 'x3', output: 'ham' },
      ]),
    );
    const made = await cli(
      ['run', '--dataset', 'elsewhere/eval.jsonl', '--predictions', 'elsewhere/p.jsonl', '--out', 'elsewhere'],
      files.dir,
    );
    expect(made.status).toBe(0);
  }

  it.each([
    [
      'malformed JSON in the dataset',
      (f: ReturnType<typeof workspace>) => f.write('bad.jsonl', '{"id":"1","input":"x","expected":"a"}\n{oops\n'),
      ['--dataset', 'bad.jsonl', '--predictions', 'previous.jsonl'],
      /bad\.jsonl line 2: invalid JSON/,
    ],
    [
      'a missing field',
      (f: ReturnType<typeof workspace>) => f.write('bad.jsonl', '{"id":"1","input":"x"}\n'),
      ['--dataset', 'bad.jsonl', '--predictions', 'previous.jsonl'],
      /bad\.jsonl line 1: field "expected" is missing/,
    ],
    [
      'duplicate ids',
      (f: ReturnType<typeof workspace>) => f.write('bad.jsonl', jsonl([dataset[0], dataset[0]])),
      ['--dataset', 'bad.jsonl', '--predictions', 'previous.jsonl'],
      /bad\.jsonl line 2: duplicate id "m0"/,
    ],
    [
      'an empty dataset',
      (f: ReturnType<typeof workspace>) => f.write('bad.jsonl', ''),
      ['--dataset', 'bad.jsonl', '--predictions', 'previous.jsonl'],
      /bad\.jsonl: the dataset is empty/,
    ],
    [
      'malformed CSV',
      (f: ReturnType<typeof workspace>) => f.write('bad.csv', 'id,input,expected\n1,"x,a\n'),
      ['--dataset', 'bad.csv', '--predictions', 'previous.jsonl'],
      /bad\.csv line \d+: invalid CSV/,
    ],
    [
      'predictions for unknown ids',
      (f: ReturnType<typeof workspace>) =>
        f.write('extra.jsonl', jsonl([...answers(() => false), { id: 'ghost', output: 'ham' }])),
      ['--dataset', 'eval.jsonl', '--predictions', 'extra.jsonl'],
      /1 prediction has an id not in the dataset in .*extra\.jsonl: ghost/,
    ],
    [
      'dataset ids with no prediction',
      (f: ReturnType<typeof workspace>) => f.write('short.jsonl', jsonl(answers(() => false).slice(2))),
      ['--dataset', 'eval.jsonl', '--predictions', 'short.jsonl'],
      /2 dataset ids have no prediction in .*short\.jsonl: m0, m1/,
    ],
    [
      'a baseline of another schema version',
      (f: ReturnType<typeof workspace>) => f.write('old.json', JSON.stringify({ schemaVersion: 99, records: [] })),
      ['--dataset', 'eval.jsonl', '--predictions', 'previous.jsonl', '--baseline', 'old.json'],
      /old\.json: snapshot schema version 99, this gate reads versions 1 and 2/,
    ],
    [
      'an unreadable config',
      (f: ReturnType<typeof workspace>) => f.write('gate.yml', 'gates:\n  accuracy:\n    maxDrop: "two"\n'),
      ['--config', 'gate.yml', '--dataset', 'eval.jsonl', '--predictions', 'previous.jsonl'],
      /gate\.yml line 3: gates\.accuracy\.maxDrop: .*expected number/,
    ],
    [
      'a baseline that shares no example with the run',
      () => undefined,
      ['--dataset', 'eval.jsonl', '--predictions', 'previous.jsonl', '--baseline', 'elsewhere/results.jsonl'],
      /elsewhere\/results\.jsonl: the baseline shares no example scored on both sides with this run \(baseline: 3 examples, 0 errors; this run: 60\)/,
    ],
    ['an unknown flag', () => undefined, ['--dataset', 'eval.jsonl', '--bogus'], /unknown option '--bogus'/],
    [
      'a bad --task',
      () => undefined,
      ['--dataset', 'eval.jsonl', '--predictions', 'previous.jsonl', '--task', 'ranking'],
      /argument 'ranking' is invalid/,
    ],
  ])('exits 2 with one line for %s', async (_name, setup, args, message) => {
    const files = workspace();
    setup(files);
    if (args.includes('elsewhere/results.jsonl')) await elsewhereBaseline(files);
    const result = await cli(['run', ...args], files.dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    // Progress lines may precede it; the error itself is one line.
    expect(
      result.stderr
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith('Dataset ')),
    ).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps the answers it had when the model process dies, names the ids, and exits 2', async () => {
    const files = workspace();
    files.write(
      'dies.mjs',
      [
        "import { createInterface } from 'node:readline';",
        'let answered = 0;',
        'for await (const line of createInterface({ input: process.stdin })) {',
        '  const { id } = JSON.parse(line);',
        "  if (answered === 50) { console.error('CUDA out of memory'); process.exit(3); }",
        "  answered += 1; console.log(JSON.stringify({ id, output: 'ham' }));",
        '}',
      ].join('\n'),
    );
    files.write(
      'gate.yml',
      'dataset: eval.jsonl\nmodel: { type: command, command: "node dies.mjs", concurrency: 1 }\n',
    );
    const result = await cli(['run', '--config', 'gate.yml'], files.dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /error: 10 of 60 examples \(16\.7%\) ended in an error, above the 0\.0% budget \(maxErrorRate\): m50, m51, m52, m53, m54 and 5 more/,
    );
    const [header, ...records] = readFileSync(join(files.dir, 'model-gate-results', 'results.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(header.summary).toMatchObject({ total: 60, errors: 10 });
    expect(records.filter((record: { output: string | null }) => record.output !== null)).toHaveLength(50);
  });

  it('re-scores a baseline made with other label settings before comparing', async () => {
    const files = workspace();
    files.write('sensitive.yml', 'scoring: { caseSensitive: true }\n');
    // Case-sensitive, the upper-case answers of previous.jsonl are all wrong.
    const made = await cli(
      [
        'run',
        '--config',
        'sensitive.yml',
        '--dataset',
        'eval.jsonl',
        '--predictions',
        'previous.jsonl',
        '--out',
        'strict',
      ],
      files.dir,
    );
    expect(JSON.parse(readFileSync(join(files.dir, 'strict', 'report.json'), 'utf8')).candidate.accuracy).toBe(0);
    // "SPAM" is no label when case-sensitive: every output unreadable, which fails that run.
    expect(made.status).toBe(1);
    expect(made.stdout).toMatch(/invalidRate\.unreadable: the gate cannot read this run's outputs: 60 of 60/);
    const result = await cli(
      ['run', '--dataset', 'eval.jsonl', '--predictions', 'same.jsonl', '--baseline', 'strict/results.jsonl'],
      files.dir,
    );
    expect(result.status).toBe(0);
    const report = JSON.parse(readFileSync(join(files.dir, 'model-gate-results', 'report.json'), 'utf8'));
    expect(report.comparison).toMatchObject({
      accuracy: { baseline: 1, candidate: 1, delta: 0 },
      macroF1: { baseline: 1, candidate: 1 },
      flips: { negative: 0, positive: 0 },
    });
    expect(report.notes.join(' ')).toContain('its outputs were scored again');
  });

  it('draws a progress bar in an interactive terminal, and leaves a plain last line', async () => {
    const files = workspace();
    files.write(
      'slow.mjs',
      [
        "import { createInterface } from 'node:readline';",
        'for await (const line of createInterface({ input: process.stdin })) {',
        '  const { id } = JSON.parse(line);',
        '  await new Promise((resolve) => setTimeout(resolve, 25));',
        "  console.log(JSON.stringify({ id, output: 'ham' }));",
        '}',
      ].join('\n'),
    );
    files.write(
      'gate.yml',
      'dataset: eval.jsonl\nmodel: { type: command, command: "node slow.mjs", concurrency: 1 }\n',
    );
    let screen = '';
    let stderr = '';
    const status = await main({
      argv: ['run', '--config', 'gate.yml'],
      env: {},
      cwd: files.dir,
      stdout: () => undefined,
      stderr: (text) => {
        stderr += text;
        screen += text;
      },
      terminal: {
        write: (text) => {
          screen += text;
        },
        columns: 100,
      },
    });
    expect(status).toBe(0);
    const redraws = screen
      .split('\r\x1b[2K')
      .slice(1)
      .filter((frame) => frame.startsWith('['));
    expect(redraws.length).toBeGreaterThan(1);
    expect(redraws[0]).toMatch(/^\[[█░]{24}\] command model node slow\.mjs: \d+\/60/);
    expect(stderr).toMatch(/60\/60 \(100%\).*, 0 errors\n/);
  });

  it('refuses a run in which every example errored, whatever the budget', async () => {
    const files = workspace();
    files.write('errors.jsonl', jsonl(dataset.map((row) => ({ id: row.id, error: 'HTTP 500' }))));
    files.write('lenient.yml', 'maxErrorRate: 1\n');
    const result = await cli(
      ['run', '--config', 'lenient.yml', '--dataset', 'eval.jsonl', '--predictions', 'errors.jsonl'],
      files.dir,
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/every example \(60\) ended in an error: nothing could be scored: m0, m1/);
  });

  it('stops on Ctrl-C keeping the answers it had, and exits 130', async () => {
    const files = workspace();
    files.write(
      'stalls.mjs',
      [
        "import { createInterface } from 'node:readline';",
        '// Hangs after ten answers, even once its input has ended: only a kill ends it.',
        'setInterval(() => undefined, 60_000);',
        'let answered = 0;',
        'for await (const line of createInterface({ input: process.stdin })) {',
        '  const { id } = JSON.parse(line);',
        "  if (answered < 10) { answered += 1; console.log(JSON.stringify({ id, output: 'ham' })); }",
        '}',
      ].join('\n'),
    );
    files.write('gate.yml', 'dataset: eval.jsonl\nmodel: { type: command, command: "node stalls.mjs" }\n');
    const controller = new AbortController();
    const partial = join(files.dir, 'model-gate-results', 'outcomes.partial.jsonl');
    const watcher = setInterval(() => {
      if (existsSync(partial) && readFileSync(partial, 'utf8').split('\n').length > 10) controller.abort();
    }, 20);
    let stderr = '';
    const status = await main({
      argv: ['run', '--config', 'gate.yml'],
      env: {},
      cwd: files.dir,
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      signal: controller.signal,
    });
    clearInterval(watcher);
    expect(stderr, stderr).not.toContain('error:');
    expect(status).toBe(130);
    expect(stderr).toContain(`interrupted: the 10 answers received so far are kept in ${partial}`);
    expect(
      readFileSync(partial, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).output),
    ).toEqual(Array(10).fill('ham'));
  });

  it('works as the bundled dist/cli.js with no node_modules beside it', async () => {
    const files = workspace();
    const isolated = tempDir('mrg-bundle-');
    // dist/cli.js and the dist/cli-main.js it imports once a command runs.
    for (const file of readdirSync('dist')) copyFileSync(resolve('dist', file), join(isolated.dir, file));
    const run = promisify(execFile);
    const args = [
      join(isolated.dir, 'cli.js'),
      'run',
      '--dataset',
      'eval.jsonl',
      '--predictions',
      'regressed.jsonl',
      '--baseline',
      'previous.jsonl',
    ];
    const failure = await run(process.execPath, args, { cwd: files.dir }).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect('code' in failure ? failure.code : 0).toBe(1);
    expect(failure.stdout).toContain('Model release gate: FAIL');
    const usage = await run(
      process.execPath,
      [join(isolated.dir, 'cli.js'), 'run', '--dataset', 'missing.jsonl', '--predictions', 'x'],
      { cwd: files.dir },
    ).catch((error: { code: number; stderr: string }) => error);
    expect('code' in usage ? usage.code : 0).toBe(2);
    expect(usage.stderr).toContain('missing.jsonl: file not found');
  }, 30_000);
});
