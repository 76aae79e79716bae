import * as cheerio from 'cheerio';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/compare/compare.js';
import { configSchema } from '../../src/config/schema.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import { buildReport } from '../../src/report/build.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { rowsOf, snapshotOf, type Row } from '../support/snapshots.js';

// GitHub lets some raw HTML through; render with HTML on so anything that slipped out shows up.
// Bare URLs are linked as GitHub does (scheme or www. required).
const markdown = new MarkdownIt({ html: true, linkify: true });
markdown.linkify.set({ fuzzyLink: false });
const render = (text: string) => cheerio.load(markdown.render(text));

function reportOf(baseline: Snapshot | null, candidate: Snapshot) {
  const config = configSchema.parse({});
  const comparison = baseline ? compareSnapshots(baseline, candidate, { lengthUnit: 'words', ...config.statistics, resamples: 500 }) : null;
  const gate = evaluateGates({ gates: config.gates, alpha: 0.05, confidence: 0.95, candidate: candidate.summary.metrics, comparison });
  return buildReport({ candidate, baseline, comparison, gate, lengthUnit: 'words', accuracyMaxDrop: 0.02, alpha: 0.05, notes: [] });
}

const hostile = '<img src=x onerror=alert(1)> **bold** [click](https://evil.example) www.evil.example @octocat #1 | ~~gone~~ `code` $\\color{red}PASS$\nsecond line';

describe('renderMarkdown', () => {
  const baselineRows: Row[] = [...rowsOf(300, () => true), { id: 'h1', expected: 'spam', output: 'spam' }];
  const candidateRows: Row[] = [...rowsOf(300, (i) => i % 4 !== 0), { id: 'h1', expected: 'spam', output: hostile }];
  const report = reportOf(snapshotOf(baselineRows), snapshotOf(candidateRows));

  it('puts the verdict first, then the metric table with baseline, candidate and delta', () => {
    const text = renderMarkdown(report);
    expect(text.split('\n')[0]).toMatch(/^## ❌ Fail: accuracy fell 25\.2 points \(95% CI \d+\.\d–\d+\.\d, p &lt; 0\.0001\), beyond the 2\.0-point limit/);
    const $ = render(text);
    const headers = $('table').first().find('th').map((_, th) => $(th).text()).get();
    expect(headers).toEqual(['metric', 'baseline', 'candidate', 'change', '95% CI', 'p', 'status']);
    const accuracyRow = $('table').first().find('tbody tr').first().find('td').map((_, td) => $(td).text()).get();
    // 75 rows with i % 4 === 0 and the hostile answer are wrong.
    expect(accuracyRow.slice(0, 3)).toEqual(['accuracy', '100.0%', `${(((301 - 76) / 301) * 100).toFixed(1)}%`]);
    const failed = $('table').eq(1).text();
    expect(failed).toContain('accuracy.maxDrop');
    // The order the issue asks for: verdict, metric table, failed rules, worst regressions.
    const positions = ['| metric |', '| ❌ | `accuracy.maxDrop`', 'Regressions:'].map((marker) => text.indexOf(marker));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
  });

  it('keeps untrusted text inert: no HTML, links, emphasis, mentions or broken tables', () => {
    const $ = render(renderMarkdown(report, { maxRegressions: 100 }));
    expect($('img').length).toBe(0);
    expect($('a').length).toBe(0);
    expect($('strong').filter((_, element) => $(element).text() === 'bold').length).toBe(0);
    expect($('s, del').length).toBe(0);
    expect($('code').filter((_, element) => $(element).text() === 'code').length).toBe(0);
    const regressionRow = $('td')
      .filter((_, td) => $(td).text() === 'h1')
      .first()
      .parent();
    const cells = regressionRow.find('td');
    expect(cells.length).toBe(7);
    const candidateCell = cells.eq(6).text();
    expect(candidateCell).toContain('<img src=x onerror=alert(1)>');
    // Seen by a reader, but no mention or issue reference for GitHub to link.
    expect(candidateCell).toContain('@\u200Boctocat');
    expect(candidateCell).not.toMatch(/@octocat|#1/);
    // GitHub renders $…$ as math: the dollar signs stay escaped in the Markdown.
    expect(renderMarkdown(report, { maxRegressions: 100 })).toContain('\\$\\\\color{red}PASS\\$');
  });

  it('fits a size limit by dropping the least important parts first and says what was cut', () => {
    const full = renderMarkdown(report);
    const limit = full.length - 200;
    const trimmed = renderMarkdown(report, { maxLength: limit, runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(trimmed.length).toBeLessThanOrEqual(limit);
    expect(trimmed).toContain('Trimmed to fit');
    expect(trimmed).toContain('[full report](https://github.com/o/r/actions/runs/1)');
    // The verdict and the metric table survive every step.
    expect(trimmed.split('\n')[0]).toBe(full.split('\n')[0]);
    expect(render(trimmed)('table').first().find('tbody tr').length).toBe(render(full)('table').first().find('tbody tr').length);
    const tiny = renderMarkdown(report, { maxLength: 800 });
    expect(tiny.length).toBeLessThanOrEqual(800);
    expect(tiny).toContain('Cut at 800 characters');
  });

  it('never links anything but an http(s) run URL', () => {
    const text = renderMarkdown(report, { runUrl: 'javascript:alert(1)' });
    expect(render(text)('a').length).toBe(0);
  });

  it('says there is no baseline yet, and shows the candidate alone', () => {
    const alone = reportOf(null, snapshotOf(rowsOf(20, () => true)));
    const text = renderMarkdown(alone);
    expect(text).toContain('No baseline yet');
    expect(alone.comparison).toBeNull();
    expect(alone.verdict).toBe('pass');
  });

  it('shouts when the baseline was evaluated on another dataset', () => {
    const other = reportOf(snapshotOf(rowsOf(50, () => true), { fingerprint: 'sha256:other' }), snapshotOf(rowsOf(60, () => true)));
    expect(other.warnings[0]).toMatch(/different dataset: compared on the 50 shared examples \(10 only in this run, 0 only in the baseline\)/);
    expect(renderMarkdown(other)).toContain('> [!WARNING]');
  });
});
