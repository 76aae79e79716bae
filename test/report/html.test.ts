import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flipRows } from '../../src/report/flips.js';
import { renderHtml } from '../../src/report/html.js';
import { snapshotTable } from '../../src/snapshot/table.js';
import { launchChromium } from '../support/chromium.js';
import { type Row, snapshotOf } from '../support/snapshots.js';
import { tempDir } from '../support/tmp.js';
import { reportOf } from './scenarios.js';

const hostile =
  '<img src="http://127.0.0.1:9/pixel.png" onerror="window.__pwned=1"><script>window.__pwned=2</script>"\'><svg onload="window.__pwned=3">';
const categories = ['electronics', 'books', 'toys'];

function rows(broken: boolean): Row[] {
  const plain: Row[] = Array.from({ length: 300 }, (_, i) => {
    const expected = i % 2 === 0 ? 'positive' : 'negative';
    const other = expected === 'positive' ? 'negative' : 'positive';
    const wrong = i % 20 === 0 || (broken && i % 3 === 0 && i % 5 < 2) || (!broken && i % 30 === 7);
    // Wrong answers are long, so the length distributions differ.
    return {
      id: `r${i}`,
      expected,
      output: wrong ? `${other} ${'because '.repeat(i % 9)}`.trim() : expected,
      tags: { category: categories[i % 3] as string },
    };
  });
  return [
    ...plain,
    { id: 'evil', expected: 'positive', output: broken ? hostile : 'positive', tags: { category: hostile } },
  ];
}

describe('report.html in headless Chromium', () => {
  const baseline = snapshotOf(rows(false));
  const candidate = snapshotOf(rows(true));
  const report = reportOf(baseline, candidate);
  const flips = flipRows(snapshotTable(baseline), snapshotTable(candidate));
  const out = tempDir('mrg-html-');
  const path = out.write('report.html', renderHtml(report, { flips, runUrl: 'https://github.com/o/r/actions/runs/1' }));
  const screenshot = join(out.dir, 'report.html.png');
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('opens from a file:// URL with no console error and no request but the file itself', async () => {
    expect(await page.title()).toMatch(/^Model release gate: fail/);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(path).href]);
  });

  it('draws the charts: histogram bars and CDF lines of both releases, slice bars, with their data', async () => {
    const bars = await page.$$eval('#length-charts rect.bar', (rects) =>
      rects.map((rect) => ({
        series: rect.getAttribute('data-series'),
        value: Number(rect.getAttribute('data-value')),
        height: Number(rect.getAttribute('height')),
      })),
    );
    const total = (series: string) =>
      bars.filter((bar) => bar.series === series).reduce((sum, bar) => sum + bar.value, 0);
    // Every paired example is in exactly one bin of each side's histogram.
    expect(total('baseline')).toBe(report.comparison?.paired);
    expect(total('candidate')).toBe(report.comparison?.paired);
    expect(bars.some((bar) => bar.height > 0)).toBe(true);
    const lines = await page.$$eval('#length-charts path.cdf', (paths) =>
      paths.map((path) => ({
        series: path.getAttribute('data-series'),
        length: (path as unknown as { getTotalLength(): number }).getTotalLength(),
      })),
    );
    expect(lines.map((line) => line.series)).toEqual(['baseline', 'candidate']);
    expect(lines.every((line) => line.length > 100)).toBe(true);
    const slices = await page.$$eval('#slice-chart rect.bar', (rects) =>
      rects.map((rect) => rect.getAttribute('data-slice')),
    );
    expect(slices).toContain('category=electronics');
    const matrices = await page.$$eval('table.matrix', (tables) =>
      tables.map((table) => table.getAttribute('data-side')),
    );
    expect(matrices).toEqual(['baseline', 'candidate']);
    // Each row's recall, worked out here from report.json's cells: diagonal over the row's total.
    const rows = await page.$$eval('table.matrix[data-side="candidate"] tbody tr', (trs) =>
      trs.map((tr) => ({
        label: tr.querySelector('th')?.textContent ?? '',
        recall: tr.querySelector('td.recall')?.textContent ?? '',
      })),
    );
    const cells = report.confusion?.cells ?? [];
    const recallOf = (label: string) => {
      const row = cells.filter((cell) => cell.expected === label);
      const total = row.reduce((sum, cell) => sum + cell.candidate, 0);
      return (row.find((cell) => cell.predicted === label)?.candidate ?? 0) / total;
    };
    const checked = rows.filter((row) => row.label !== '(other)' && row.recall !== '');
    expect(checked.length).toBeGreaterThan(1);
    for (const row of checked) expect(Number.parseFloat(row.recall)).toBeCloseTo(recallOf(row.label) * 100, 1);
  });

  it('filters the flip table by text, direction and slice', async () => {
    const visible = () =>
      page.$$eval(
        '#flips tbody tr',
        (trs) => trs.filter((tr) => !(tr as unknown as { hidden: boolean }).hidden).length,
      );
    const regressed = flips.filter((flip) => flip.direction === 'regressed').length;
    expect(await visible()).toBe(flips.length);
    await page.selectOption('#flip-direction', 'regressed');
    expect(await visible()).toBe(regressed);
    expect(await page.textContent('#flip-shown')).toBe(String(regressed));
    await page.selectOption('#flip-slice', 'category=electronics');
    expect(await visible()).toBe(
      flips.filter((flip) => flip.direction === 'regressed' && flip.tags.category === 'electronics').length,
    );
    await page.selectOption('#flip-slice', '');
    await page.selectOption('#flip-direction', '');
    await page.fill('#flip-search', 'r12');
    const ids = await page.$$eval('#flips tbody tr:not([hidden]) td:nth-child(2)', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id?.startsWith('r12'))).toBe(true);
    await page.fill('#flip-search', '');
  });

  it('shows untrusted text as text: no element, script or handler from it', async () => {
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval('img', (images) => images.length)).toBe(0);
    expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(1);
    expect(await page.$$eval('svg[onload], [onerror]', (elements) => elements.length)).toBe(0);
    const evilRow = page.locator('#flips tbody tr', { hasText: 'evil' });
    expect(await evilRow.locator('td').nth(6).textContent()).toBe(hostile);
    // The full input is there, not an excerpt.
    expect(await evilRow.locator('td').nth(3).textContent()).toBe(
      candidate.records.find((record) => record.id === 'evil')?.input,
    );
  });

  it('saves a screenshot', async () => {
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(existsSync(screenshot) && statSync(screenshot).size > 10_000).toBe(true);
  });
});
