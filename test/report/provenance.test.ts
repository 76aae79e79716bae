import * as cheerio from 'cheerio';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/compare/compare.js';
import { configSchema } from '../../src/config/schema.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import type { BaselineOrigin } from '../../src/gate/missing-baseline.js';
import { buildReport } from '../../src/report/build.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { snapshotTable } from '../../src/snapshot/table.js';
import { rowsOf, snapshotOf } from '../support/snapshots.js';

const markdown = new MarkdownIt({ html: true, linkify: true });
markdown.linkify.set({ fuzzyLink: false });
const links = (text: string) => {
  const $ = cheerio.load(markdown.render(text));
  return $('a')
    .map((_, element) => ({ href: $(element).attr('href'), text: $(element).text() }))
    .get();
};

function reportWith(origin: BaselineOrigin, options: { regressed?: boolean; accepted?: boolean } = {}) {
  const config = configSchema.parse({});
  const baseline = snapshotOf(rowsOf(200, () => true));
  const candidate = {
    ...snapshotOf(rowsOf(200, (i) => !options.regressed || i % 4 !== 0)),
    createdAt: '2026-11-30T12:00:00.000Z',
  };
  const comparison = compareSnapshots(baseline, candidate, {
    lengthUnit: 'words',
    ...config.statistics,
    resamples: 500,
  });
  const gate = evaluateGates({
    gates: config.gates,
    alpha: 0.05,
    confidence: 0.95,
    candidate: candidate.summary.metrics,
    comparison,
  });
  const acceptance = options.accepted
    ? { label: 'model-gate: accept regression', by: 'octo_lead', at: '2026-11-25T14:05:31Z', pullRequest: 42 }
    : null;
  return buildReport({
    candidate: snapshotTable(candidate),
    baseline: baseline ? snapshotTable(baseline) : null,
    comparison,
    gate,
    lengthUnit: 'words',
    accuracyMaxDrop: 0.02,
    alpha: 0.05,
    notes: [],
    baselineOrigin: origin,
    acceptance,
  });
}

const runOrigin: BaselineOrigin = {
  status: 'found',
  source: {
    kind: 'run',
    runId: 400,
    runUrl: 'https://github.com/acme/classifier/actions/runs/400',
    branch: 'main',
    commit: 'b45e11e0aa',
    createdAt: '2026-11-20T09:00:00Z',
    verdict: 'pass',
  },
  reason: null,
};

describe('where the baseline came from, in the report', () => {
  it('links the baseline run (the gate’s own link), with branch, commit, date and age', () => {
    const report = reportWith(runOrigin);
    expect(report.baselineSource).toMatchObject({ status: 'found', ageDays: 10 });
    const text = renderMarkdown(report);
    expect(text).toContain(
      'Baseline: the snapshot of [run 400](https://github.com/acme/classifier/actions/runs/400) on main, commit b45e11e (2026-11-20, 10 days old).',
    );
    expect(links(text)).toContainEqual({
      href: 'https://github.com/acme/classifier/actions/runs/400',
      text: 'run 400',
    });
  });

  it('never makes a link of a URL that is not plain http(s), and escapes the rest', () => {
    const hostile: BaselineOrigin = {
      status: 'found',
      source: {
        kind: 'run',
        runId: 400,
        runUrl: 'javascript:alert(1)',
        branch: 'feat/*x*_[y](https://evil.example)',
        commit: null,
        createdAt: null,
        verdict: null,
      },
      reason: null,
    };
    const text = renderMarkdown(reportWith(hostile));
    expect(links(text).map((link) => link.href)).toEqual([]);
  });

  it('a missing baseline says its status and reason as text', () => {
    const text = renderMarkdown(
      reportWith({ status: 'expired', source: null, reason: 'the artifact of run 400 has expired' }),
    );
    expect(text).toContain('⚠️ No baseline (expired): the artifact of run 400 has expired.');
  });

  it('an accepted failure names who applied the label and when, and keeps the failed rules', () => {
    const report = reportWith(runOrigin, { regressed: true, accepted: true });
    expect(report.verdict).toBe('accepted');
    expect(report.accepted).toMatchObject({ by: 'octo_lead' });
    const text = renderMarkdown(report);
    expect(text.split('\n')[0]).toMatch(/^## ☑️ Regression accepted: accuracy fell /);
    // The login is text (no mention, no emphasis from the underscore).
    expect(text).toContain(
      '**Regression accepted**: octo\\_lead applied the label “model-gate: accept regression” to PR #\u200B42 on 2026-11-25 14:05 UTC.',
    );
    expect(text).toMatch(/❌.*accuracy\.maxDrop/);
  });

  it('a passing run is not "accepted", whatever the label', () => {
    const report = reportWith(runOrigin, { accepted: true });
    expect(report.verdict).toBe('pass');
    expect(report.accepted).toBeNull();
  });
});
