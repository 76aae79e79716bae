import * as cheerio from 'cheerio';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/compare/compare.js';
import { configSchema } from '../../src/config/schema.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import { buildReport } from '../../src/report/build.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { snapshotTable } from '../../src/snapshot/table.js';
import { type Row, rowsOf, snapshotOf } from '../support/snapshots.js';

const markdown = new MarkdownIt({ html: true, linkify: true });
markdown.linkify.set({ fuzzyLink: false });

const hostile = (i: number) =>
  `<img src=x onerror=alert(${i})> **bold** [click](https://evil.example) @octocat | ~~gone~~`;

describe('invalid outputs in the report', () => {
  // 300 examples; the candidate answers 30 of them with distinct hostile sentences.
  const baselineRows: Row[] = rowsOf(300, () => true);
  const candidateRows: Row[] = baselineRows.map((row, i) => (i % 10 === 0 ? { ...row, output: hostile(i) } : row));
  const config = configSchema.parse({});
  const baseline = snapshotOf(baselineRows);
  const candidate = snapshotOf(candidateRows);
  const comparison = compareSnapshots(baseline, candidate, {
    lengthUnit: 'words',
    ...config.statistics,
    resamples: 300,
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
    notes: [],
  });
  const text = renderMarkdown(report);
  const $ = cheerio.load(markdown.render(text));

  it('says so first, with examples and the fix', () => {
    expect(report.warnings[0]).toMatch(
      /^No `labels` declared, and 30 of 300 outputs \(10\.0%\) are strings no example expects, too many to be labels/,
    );
    expect(report.warnings[0]).toContain('declare the label set with `labels:`');
    expect(text.indexOf('count as invalid')).toBeLessThan(text.indexOf('| metric |'));
  });

  it('has a row in the metric table and a section listing the outputs, all inert', () => {
    const row = $('table')
      .first()
      .find('tr')
      .filter((_, tr) => $(tr).find('td').first().text() === 'invalid outputs');
    expect(
      row
        .find('td')
        .map((_, td) => $(td).text())
        .get()
        .slice(0, 4),
    ).toEqual(['invalid outputs', '0.0%', '10.0%', '+10.0 pts']);
    const section = $('details').filter((_, details) =>
      $(details).find('summary').text().startsWith('Invalid outputs'),
    );
    expect(section.find('summary').text()).toBe('Invalid outputs (no label): candidate 30 (10.0%), baseline 0 (0.0%)');
    const rows = section.find('tbody tr');
    expect(rows.length).toBe(5);
    rows.each((_, tr) => expect($(tr).find('td').length).toBe(3));
    expect(rows.first().find('td').eq(1).text()).toContain('<img src=x onerror=alert(0)>');
    expect($('img').length).toBe(0);
    expect($('a').length).toBe(0);
    expect($('strong').filter((_, element) => $(element).text() === 'bold').length).toBe(0);
    expect($('s, del').length).toBe(0);
  });

  it('names the pooled "other" category of the prediction shift', () => {
    expect(report.comparison?.predictionShift?.other).toEqual({ baseline: 0, candidate: 30 });
    expect(text).toContain(
      'Outputs outside the 2 labels (0 baseline, 30 candidate) are pooled as one "other" category.',
    );
  });
});
