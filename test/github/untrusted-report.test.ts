import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/compare/compare.js';
import { configSchema } from '../../src/config/schema.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import { neutralizeText, readUntrustedReport } from '../../src/github/untrusted-report.js';
import { buildReport } from '../../src/report/build.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { snapshotTable } from '../../src/snapshot/table.js';
import { rowsOf, snapshotOf } from '../support/snapshots.js';

const hostile =
  '<img src=x> **bold** [click](https://evil.example) www.evil.example @octocat #1 | `code` $x$ ~~s~~ \\\n# heading';
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mrg-untrusted-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function forkReport() {
  const config = configSchema.parse({});
  const baseline = snapshotOf(rowsOf(100, () => true));
  const candidate = snapshotOf([
    ...rowsOf(100, (i) => i % 5 !== 0),
    { id: hostile, expected: 'spam', output: hostile },
  ]);
  const comparison = compareSnapshots(baseline, candidate, {
    lengthUnit: 'words',
    ...config.statistics,
    resamples: 200,
  });
  const gate = evaluateGates({
    gates: config.gates,
    alpha: 0.05,
    confidence: 0.95,
    candidate: candidate.summary.metrics,
    comparison,
  });
  const report = buildReport({
    candidate: snapshotTable(candidate),
    baseline: snapshotTable(baseline),
    comparison,
    gate,
    lengthUnit: 'words',
    accuracyMaxDrop: 0.02,
    alpha: 0.05,
    notes: [hostile],
  });
  // Fork code writes whatever it likes, also where our own code writes only constants.
  return {
    ...report,
    gates: [...report.gates, { name: hostile, status: 'fail', message: hostile }],
    warnings: [hostile],
    candidate: { ...report.candidate, model: { type: hostile, name: hostile } },
  };
}

describe('a fork’s report.json, for mode: comment', () => {
  it('renders with nothing active from the fork: no links, images, HTML, mentions, headings', async () => {
    await writeFile(join(dir, 'report.json'), JSON.stringify(forkReport()));
    const report = await readUntrustedReport(join(dir, 'report.json'), 'artifact');
    const text = renderMarkdown(report, { runUrl: 'https://github.com/acme/classifier/actions/runs/7' });
    const $ = cheerio.load(new MarkdownIt({ html: true, linkify: true }).render(text));
    expect(
      $('a')
        .map((_, element) => $(element).attr('href'))
        .get()
        .every((href) => href === 'https://github.com/acme/classifier/actions/runs/7'),
    ).toBe(true);
    expect($('img, del, h1, script')).toHaveLength(0);
    // Our own emphasis and code spans may hold the fork's text; the fork's markup makes none of its own.
    const exactly = (selector: string, text: string) =>
      $(selector).filter((_, element) => $(element).text() === text).length;
    expect(exactly('strong', 'bold') + exactly('code', 'code')).toBe(0);
    expect(text).not.toMatch(/@octocat/);
    expect(text).toContain('＜img src=x＞ ＊＊bold＊＊ ［click］');
  });

  it('refuses what is not a report of this version, in one line', async () => {
    await writeFile(join(dir, 'report.json'), JSON.stringify({ ...forkReport(), verdict: 'great' }));
    await expect(readUntrustedReport(join(dir, 'report.json'), 'artifact "g" of run 7')).rejects.toThrow(
      /^artifact "g" of run 7: report.json is not a report of this version of the gate \(verdict: /,
    );
    await expect(readUntrustedReport(join(dir, 'missing.json'), 'artifact')).rejects.toThrow(
      'artifact: holds no report.json',
    );
  });

  it('neutralizeText keeps ordinary text as it is', () => {
    expect(neutralizeText('accuracy 91.2% (−1.3 points), p = 0.04')).toBe('accuracy 91.2% (−1.3 points), p = 0.04');
  });
});
