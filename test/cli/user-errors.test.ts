import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { jsonl, parseResults, tempDir } from '../support/tmp.js';

// Issue 16, "errors in the user's words": each mistake a new user made is one line saying what
// to do (exit 2), or, where the input was fine, is now read as meant.

const rows = Array.from({ length: 30 }, (_, i) => ({
  id: `m${i}`,
  input: `message ${i}`,
  expected: i % 3 ? 'ham' : 'spam',
}));
const answers = rows.map((row) => ({ id: row.id, output: row.expected }));

function workspace() {
  const files = tempDir('mrg-user-errors-');
  files.write('eval.jsonl', jsonl(rows));
  files.write('answers.jsonl', jsonl(answers));
  return files;
}

/** The one error line of a run that must exit 2. */
async function refusal(argv: string[], cwd: string): Promise<string> {
  const result = await cli(['run', ...argv], cwd);
  expect(result.status).toBe(2);
  const lines = result.stderr
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('Dataset '));
  expect(lines).toHaveLength(1);
  return lines[0] as string;
}

describe('datasets', () => {
  it.each([
    [';', 'id;input;expected'],
    ['\t', 'id\tinput\texpected'],
  ])('reads a CSV separated by %j, sniffed from its header', async (separator, header) => {
    const files = workspace();
    const body = rows.map((row) => [row.id, `"${row.input}${separator}more"`, row.expected].join(separator));
    files.write('eval.csv', `${header}\n${body.join('\n')}\n`);
    const result = await cli(['run', '--dataset', 'eval.csv', '--predictions', 'answers.jsonl'], files.dir);
    expect(result.stderr).toContain('eval.csv: 30 examples');
    expect(result.status).toBe(0);
    const records = parseResults(readFileSync(join(files.dir, 'model-gate-results', 'results.jsonl'), 'utf8')).records;
    expect(records[0]).toMatchObject({ id: 'm0', expected: 'spam' });
  });

  it('says which separator the header seems to use when it cannot tell', async () => {
    const files = workspace();
    const body = rows.map((row) => `${row.id};${row.input},${row.expected}`);
    files.write('mixed.csv', `id;input,expected\n${body.join('\n')}\n`);
    expect(await refusal(['--dataset', 'mixed.csv', '--predictions', 'answers.jsonl'], files.dir)).toBe(
      `error: ${join(files.dir, 'mixed.csv')} line 1: cannot tell the column separator: the header seems to use ";" but has as many ",", ` +
        'and the next line does not settle it: write the file with one separator (quoting the fields that contain it)',
    );
  });

  it('settles a tie in the header by the next line', async () => {
    const files = workspace();
    // One ";" and one "," in the header; the rows have two ";" each.
    const body = rows.map((row) => `${row.id};${row.input};${row.expected}`);
    files.write('tied.csv', `id;input,text;expected\n${body.join('\n')}\n`);
    files.write('gate.yml', 'dataset:\n  path: tied.csv\n  fields:\n    input: "input,text"\n');
    const result = await cli(['run', '--config', 'gate.yml', '--predictions', 'answers.jsonl'], files.dir);
    expect(result.stderr).toContain('tied.csv: 30 examples');
    expect(result.status).toBe(0);
  });

  it('lists the fields a row has and how to map one, when a field is missing', async () => {
    const files = workspace();
    files.write('renamed.jsonl', jsonl(rows.map((row) => ({ id: row.id, text: row.input, label: row.expected }))));
    expect(await refusal(['--dataset', 'renamed.jsonl', '--predictions', 'answers.jsonl'], files.dir)).toBe(
      `error: ${join(files.dir, 'renamed.jsonl')} line 1: field "input" is missing; the row has "id", "text", "label": ` +
        'if one of them is the input, map it in the config (dataset: { fields: { input: text } })',
    );
    // The example mapping is the field such datasets usually name so, not the first one.
    files.write('labelled.jsonl', jsonl(rows.map((row) => ({ id: row.id, input: row.input, label: row.expected }))));
    expect(await refusal(['--dataset', 'labelled.jsonl', '--predictions', 'answers.jsonl'], files.dir)).toBe(
      `error: ${join(files.dir, 'labelled.jsonl')} line 1: field "expected" is missing; the row has "id", "input", "label": ` +
        'if one of them is the expected answer, map it in the config (dataset: { fields: { expected: label } })',
    );
  });

  it('reads fields.tags inside a row\'s "tags" object', async () => {
    const files = workspace();
    files.write('tags.jsonl', jsonl(rows.map((row, i) => ({ ...row, tags: { lang: i % 2 ? 'de' : 'en' } }))));
    files.write('gate.yml', 'dataset:\n  path: tags.jsonl\n  fields:\n    tags: [lang]\n');
    const result = await cli(['run', '--config', 'gate.yml', '--predictions', 'answers.jsonl'], files.dir);
    expect(result.status).toBe(0);
    const records = parseResults(readFileSync(join(files.dir, 'model-gate-results', 'results.jsonl'), 'utf8')).records;
    expect(records.slice(0, 2)).toMatchObject([{ tags: { lang: 'en' } }, { tags: { lang: 'de' } }]);
  });

  it('refuses fields.tags that no row has, rather than gating no slice', async () => {
    const files = workspace();
    files.write('gate.yml', 'dataset:\n  path: eval.jsonl\n  fields:\n    tags: [lnag]\n');
    expect(await refusal(['--config', 'gate.yml', '--predictions', 'answers.jsonl'], files.dir)).toBe(
      `error: ${join(files.dir, 'eval.jsonl')}: dataset.fields.tags names "lnag", which no row has (neither as a field nor inside a "tags" object), ` +
        'so there would be no slices; the first row has "id", "input", "expected": name those fields, or drop dataset.fields.tags to use each row\'s "tags" object',
    );
  });
});

describe('config', () => {
  it('says a rate of 2 means 0.02', async () => {
    const files = workspace();
    files.write('gate.yml', 'gates:\n  accuracy:\n    maxDrop: 2\n');
    const argv = ['--config', 'gate.yml', '--dataset', 'eval.jsonl', '--predictions', 'answers.jsonl'];
    expect(await refusal(argv, files.dir)).toBe(
      `error: ${join(files.dir, 'gate.yml')} line 3: gates.accuracy.maxDrop: expected a fraction from 0 to 1, got 2: 0.02 means 2 points, so write 0.02`,
    );
    files.write('gate.yml', 'maxErrorRate: 5\n');
    expect(await refusal(argv, files.dir)).toBe(
      `error: ${join(files.dir, 'gate.yml')} line 1: maxErrorRate: expected a fraction from 0 to 1, got 5: 0.02 means 2 points, so write 0.05`,
    );
    files.write('gate.yml', 'gates:\n  accuracy:\n    maxDrop: 0.02\n  invalidRate:\n    max: 5\n');
    expect(await refusal(argv, files.dir)).toBe(
      `error: ${join(files.dir, 'gate.yml')} line 5: gates.invalidRate.max: expected a fraction from 0 to 1, got 5: 0.02 means 2 points, so write 0.05`,
    );
    // Beyond 100 it is no share written in points: no value is suggested.
    files.write('gate.yml', 'gates:\n  accuracy:\n    min: 250\n');
    expect(await refusal(argv, files.dir)).toBe(
      `error: ${join(files.dir, 'gate.yml')} line 3: gates.accuracy.min: expected a fraction from 0 to 1, got 250 (0.02 means 2 points)`,
    );
  });

  it.each([
    [
      'a top-level key',
      'dataset:\n  path: eval.jsonl\ngatez:\n  accuracy:\n    maxDrop: 0.02\n',
      'line 3: gatez: unknown key, did you mean gates?',
    ],
    [
      'a nested key',
      'dataset:\n  path: eval.jsonl\n  feilds:\n    id: id\n',
      'line 3: dataset.feilds: unknown key, did you mean fields?',
    ],
    [
      'a gate',
      'dataset: eval.jsonl\ngates:\n  accuracy:\n    maxdrop: 0.02\n',
      'line 4: gates.accuracy.maxdrop: unknown key, did you mean maxDrop?',
    ],
    ['a key like none', 'dataset: eval.jsonl\ncolour:\n  red: 1\n', 'line 2: colour: unknown key'],
  ])('points a typo in %s at its own line', async (_what, yaml, message) => {
    const files = workspace();
    files.write('gate.yml', yaml);
    expect(await refusal(['--config', 'gate.yml', '--predictions', 'answers.jsonl'], files.dir)).toBe(
      `error: ${join(files.dir, 'gate.yml')} ${message} (check its spelling and indentation)`,
    );
  });
});

describe('the run', () => {
  it('says --out names a file', async () => {
    const files = workspace();
    files.write('results', 'not a folder');
    const argv = ['--dataset', 'eval.jsonl', '--predictions', 'answers.jsonl', '--out', 'results'];
    expect(await refusal(argv, files.dir)).toBe(
      `error: ${join(files.dir, 'results')}: is a file, not a folder: --out (or out: in the config) names the folder the results are written to; pick another path`,
    );
  });

  it('says --out goes through a file', async () => {
    const files = workspace();
    files.write('results', 'not a folder');
    const argv = ['--dataset', 'eval.jsonl', '--predictions', 'answers.jsonl', '--out', 'results/today'];
    expect(await refusal(argv, files.dir)).toBe(
      `error: ${join(files.dir, 'results', 'today')}: goes through a file, not a folder: --out (or out: in the config) names the folder the results are written to; pick another path`,
    );
  });

  it('shows what a model prints on stdout besides its answers as information', async () => {
    const files = workspace();
    files.write(
      'model.mjs',
      [
        "import { createInterface } from 'node:readline';",
        "console.log('spam filter ready: 30 rules');",
        'for await (const line of createInterface({ input: process.stdin })) {',
        '  const { id } = JSON.parse(line);',
        "  console.log(JSON.stringify({ id, output: Number(id.slice(1)) % 3 ? 'ham' : 'spam' }));",
        '}',
      ].join('\n'),
    );
    files.write('gate.yml', 'dataset: eval.jsonl\nmodel:\n  type: command\n  command: node model.mjs\n');
    const result = await cli(['run', '--config', 'gate.yml'], files.dir);
    expect(result.status).toBe(0);
    const lines = result.stderr.split('\n');
    expect(lines).toContain('model stdout (not an answer): spam filter ready: 30 rules');
    expect(lines.filter((line) => /^(warning|error)\b/i.test(line))).toEqual([]);
  });

  it('accepts numeric outputs as it accepts numeric expected values', async () => {
    const files = workspace();
    files.write('numbers.jsonl', jsonl(rows.map((row, i) => ({ id: row.id, input: row.input, expected: i % 2 }))));
    files.write('outputs.jsonl', jsonl(rows.map((row, i) => ({ id: row.id, output: i % 2 }))));
    const result = await cli(['run', '--dataset', 'numbers.jsonl', '--predictions', 'outputs.jsonl'], files.dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('accuracy  100.0%');
  });

  const capitals = [
    'tokyo',
    'cairo',
    'paris',
    'lima',
    'oslo',
    'rome',
    'kyiv',
    'seoul',
    'delhi',
    'quito',
    'bern',
    'riga',
  ];

  it('hints at --task generation when the expected values look like free text', async () => {
    const files = workspace();
    files.write(
      'capitals.jsonl',
      jsonl(capitals.map((city, i) => ({ id: `q${i}`, input: `capital ${i}?`, expected: city }))),
    );
    files.write('capital-answers.jsonl', jsonl(capitals.map((city, i) => ({ id: `q${i}`, output: city }))));
    const argv = ['run', '--dataset', 'capitals.jsonl', '--predictions', 'capital-answers.jsonl'];
    const result = await cli(argv, files.dir);
    expect(result.status).toBe(0);
    const warnings = result.stderr.split('\n').filter((line) => line.startsWith('warning: '));
    expect(warnings).toEqual([
      `warning: ${join(files.dir, 'capitals.jsonl')}: The expected values look like free-text answers, not classes ` +
        '(12 distinct expected values in 12 examples, e.g. "tokyo", "cairo"), but the task is classification, so each answer is gated as a class of its own: ' +
        'for answers, run with --task generation (or `task: generation` in the config); to keep classification and drop this hint, write `task: classification` or declare `labels`.',
    ]);
    // Said once the task is given, either way.
    for (const task of ['generation', 'classification']) {
      const given = await cli([...argv, '--task', task], files.dir);
      expect(given.stderr).not.toContain('free-text');
    }
  });

  it('does not hint on a class set, however many examples', async () => {
    const files = workspace();
    const result = await cli(['run', '--dataset', 'eval.jsonl', '--predictions', 'answers.jsonl'], files.dir);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('free-text');
  });
});
