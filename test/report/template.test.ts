import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { compileReportTemplate, renderMarkdown } from '../../src/report/markdown.js';
import { jsonl, tempDir } from '../support/tmp.js';
import { scenarios } from './scenarios.js';

const dataset = Array.from({ length: 40 }, (_, i) => ({
  id: `m${i}`,
  input: `message ${i}`,
  expected: i % 2 === 0 ? 'spam' : 'ham',
}));
const answers = (wrong: (i: number) => boolean) =>
  dataset.map((row, i) => ({
    id: row.id,
    output: wrong(i) ? (row.expected === 'spam' ? 'ham' : 'spam') : row.expected,
  }));

async function cli(argv: string[], cwd: string) {
  let stderr = '';
  const status = await main({ argv, env: {}, cwd, stdout: () => undefined, stderr: (text) => (stderr += text) });
  return { status, stderr };
}

describe('a user report template', () => {
  it('gets the versioned, escaped data and the section partials', () => {
    const template = compileReportTemplate(
      'v{{templateDataVersion}} {{verdict}}: {{#each reasons}}[{{this}}]{{/each}}\n{{> headline}}',
    );
    const text = renderMarkdown(scenarios.fail(), { template });
    expect(text).toMatch(/^v1 fail: \[accuracy fell 9\.0 points/);
    expect(text).toContain('| metric | baseline | candidate | change | 95% CI | p | status |');
    expect(text).not.toContain('<details>');
  });

  it('fails on a field the data does not have (strict), instead of rendering an empty string', () => {
    expect(() => renderMarkdown(scenarios.pass(), { template: compileReportTemplate('{{verdictt}}') })).toThrow(
      /verdictt/,
    );
  });

  it('is taken from report.template in the config, relative to the config file, and report.html is written beside report.md', async () => {
    const files = tempDir('mrg-template-');
    files.write('eval.jsonl', jsonl(dataset));
    files.write('previous.jsonl', jsonl(answers(() => false)));
    files.write('candidate.jsonl', jsonl(answers((i) => i % 5 === 0)));
    files.write('conf/mine.hbs', 'MY REPORT {{verdictWord}}\n{{> footer}}\n');
    files.write('conf/gate.yml', 'report:\n  template: mine.hbs\n');
    expect(
      (await cli(['run', '--dataset', 'eval.jsonl', '--predictions', 'previous.jsonl', '--out', 'prev'], files.dir))
        .status,
    ).toBe(0);
    const run = await cli(
      [
        'run',
        '--config',
        'conf/gate.yml',
        '--dataset',
        'eval.jsonl',
        '--predictions',
        'candidate.jsonl',
        '--baseline',
        'prev/results.jsonl',
        '--out',
        'out',
      ],
      files.dir,
    );
    expect(run.status).toBe(1);
    expect(readFileSync(join(files.dir, 'out', 'report.md'), 'utf8')).toMatch(/^MY REPORT Fail\n\n<sub>dataset /);
    expect(readFileSync(join(files.dir, 'out', 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('a missing or broken template is bad input (exit 2) before the model runs', async () => {
    const files = tempDir('mrg-template-');
    files.write('eval.jsonl', jsonl(dataset));
    files.write('previous.jsonl', jsonl(answers(() => false)));
    files.write('broken.hbs', '{{#if verdict}} never closed');
    const missing = await cli(
      [
        'run',
        '--dataset',
        'eval.jsonl',
        '--predictions',
        'previous.jsonl',
        '--report-template',
        'nope.hbs',
        '--out',
        'a',
      ],
      files.dir,
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.hbs: report template not found/);
    const broken = await cli(
      [
        'run',
        '--dataset',
        'eval.jsonl',
        '--predictions',
        'previous.jsonl',
        '--report-template',
        'broken.hbs',
        '--out',
        'b',
      ],
      files.dir,
    );
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.hbs: not a valid Handlebars template/);
    expect(existsSync(join(files.dir, 'b', 'results.jsonl'))).toBe(false);
  });
});
