import * as cheerio from 'cheerio';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { type Row, rowsOf, snapshotOf } from '../support/snapshots.js';
import { reportOf, scenarios } from './scenarios.js';

// GitHub lets some raw HTML through; render with HTML on so anything that slipped out shows up.
// Bare URLs are linked as GitHub does (scheme or www. required).
const markdown = new MarkdownIt({ html: true, linkify: true });
markdown.linkify.set({ fuzzyLink: false });
const render = (text: string) => cheerio.load(markdown.render(text));
type Page = ReturnType<typeof render>;

const firstLine = (text: string) => text.split('\n')[0] as string;
/** The first line as a reader sees it (entities decoded). */
const headingOf = ($: Page) => $('h2').first().text();

function headlineRows($: Page): Record<string, string[]> {
  const table = $('table').first();
  const headers = table
    .find('th')
    .map((_, th) => $(th).text())
    .get();
  expect(headers).toEqual(['metric', 'baseline', 'candidate', 'change', '95% CI', 'p', 'status']);
  return Object.fromEntries(
    table
      .find('tbody tr')
      .map((_, tr) => [
        $(tr)
          .find('td')
          .map((__, td) => $(td).text())
          .get(),
      ])
      .get()
      .map((cells: string[]) => [cells[0], cells.slice(1)]),
  );
}

/** The issue's "no empty sections": every table has rows, every collapsed section says something. */
function expectNoEmptySections($: Page, text: string): void {
  $('table').each((_, table) => {
    expect($(table).find('tbody tr').length, `empty table: ${$(table).find('thead').text()}`).toBeGreaterThan(0);
  });
  // markdown-it renders the Markdown between <details> tags as separate blocks: check the source.
  for (const section of text.split('<details').slice(1)) {
    const body = section.slice(section.indexOf('</summary>') + '</summary>'.length, section.indexOf('</details>'));
    expect(body.trim().length, `empty section: ${section.slice(0, 80)}`).toBeGreaterThan(0);
  }
  expect(text).not.toMatch(/Regressions: 0 |\b0 changed cells|\(0, worst first\)/);
}

/** A change with its unit ("−7.2 pts"), or nothing. */
const changeWithUnit = /^$|^[−+±]\d+\.\d pts$|^[−+±]\d+(\.\d)? (words|chars|tokens)$/;

describe('the Markdown report, scenario by scenario', () => {
  it('fail: line 1 gives the verdict and the two deciding reasons with units and intervals; the broken slice is in the first table', async () => {
    const text = renderMarkdown(scenarios.fail());
    const $ = render(text);
    expect(firstLine(text).startsWith('## ❌ Fail: ')).toBe(true);
    expect(headingOf($)).toMatch(
      /^❌ Fail: accuracy fell \d+\.\d points \(95% CI \d+\.\d–\d+\.\d, p < 0\.0001\), beyond the 2\.0-point limit; macro-F1 fell \d+\.\d points \(95% CI [\d.–]+, p [≤=] [\d.]+\), beyond the 2\.0-point limit/,
    );
    const rows = headlineRows($);
    expect(rows.accuracy?.[2]).toMatch(/^−\d+\.\d pts$/);
    expect(rows.accuracy?.[5]).toBe('❌ fail');
    // The slice that broke is on the first screen, not in a collapsed section.
    const slice = Object.entries(rows).find(([metric]) => metric.startsWith('worst slice: category=electronics'));
    // Electronics is every 4th review (200): 8 wrong before (i % 100 = 0), 80 after (i % 5 < 2).
    expect(slice?.[1].slice(0, 3)).toEqual(['96.0%', '60.0%', '−36.0 pts']);
    for (const cells of Object.values(rows)) expect(cells[2]).toMatch(changeWithUnit);
    // A significant fail carries no "too small to see" doubt.
    expect(text).not.toContain('too small to see');
    // Each failed or warned rule once, with limit, observed value and interval.
    const ruleTable = $('table').eq(1);
    const ruleRows = ruleTable
      .find('tbody tr')
      .map((_, tr) =>
        $(tr)
          .find('td')
          .map((__, td) => $(td).text())
          .get()
          .join(' | '),
      )
      .get();
    expect(ruleRows.map((row) => row.split(' | ')[1])).toEqual([
      'accuracy.maxDrop',
      'macroF1.maxDrop',
      'perClassF1.maxDrop',
      'slices.maxDrop',
      'negativeFlipRate.max',
    ]);
    expect(ruleRows[0]).toMatch(
      /^❌ \| accuracy\.maxDrop \| 9\.0 pts \| 2\.0 pts \| \d+\.\d–\d+\.\d pts \| < 0\.0001 \| significant$/,
    );
    expect(text.match(/`accuracy\.maxDrop`/g)?.length).toBe(1);
    // The per-slice chart, with a table beside it (xychart draws no legend).
    expect(text).toMatch(
      /```mermaid\nxychart-beta\n {4}title "Accuracy by slice \(percent\), worst change first: bars baseline, line candidate"\n {4}x-axis "slice" \["category=electronics", /,
    );
    expect($('pre code.language-mermaid').first().parent().next().is('table')).toBe(true);
    // Regressions: the input is there, and electronics flips come first.
    const regressionHeaders = $('table')
      .filter((_, table) => $(table).find('th').first().text() === '#')
      .find('th')
      .map((_, th) => $(th).text())
      .get();
    expect(regressionHeaders).toEqual(['#', 'id', 'slice', 'input', 'expected', 'baseline said', 'candidate says']);
    expect(text).toMatch(/\| 1 \| r\d+ \| category=electronics \| input \d+ \|/);
    // One-word labels: the output-length section has nothing to say and is left out.
    expect(text).not.toContain('Output length');
    expectNoEmptySections($, text);
    await expect(text).toMatchFileSnapshot('snapshots/fail.md');
  });

  it('pass: line 1 says why it passes, with the change and its interval; nothing collapsed is empty', async () => {
    const text = renderMarkdown(scenarios.pass());
    const $ = render(text);
    expect(headingOf($)).toBe(
      '✅ Pass: accuracy did not change (95% CI 0.0–0.0, p = 1.000), within the 2.0-point limit',
    );
    expect($('table').length).toBe(1);
    // Nothing moved: no slices, classes, confusion cells, lengths or regressions to show.
    expect(text).not.toMatch(/by slice|per class|Which label|Regressions|Output length/);
    expect(text).toContain('<summary>9 rules passed</summary>');
    expectNoEmptySections($, text);
    await expect(text).toMatchFileSnapshot('snapshots/pass.md');
  });

  it('warn: the warned rule decides line 1; a result that is not significant gets the "too small to see" warning', async () => {
    const text = renderMarkdown(scenarios.warn());
    const $ = render(text);
    expect(headingOf($)).toMatch(
      /^⚠️ Pass with warnings: negative flip rate 8\.0% \(95% CI \d\.\d–\d\.\d%\), above the 5\.0% limit$/,
    );
    expect(headlineRows($)['negative flips']).toEqual([
      '—',
      '80 (8.0%)',
      '',
      expect.stringMatching(/^\d\.\d–\d\.\d%$/),
      '',
      '⚠️ warn',
    ]);
    expect($('blockquote').first().text()).toMatch(/too small to see a 2\.0-point accuracy drop/);
    expectNoEmptySections($, text);
    await expect(text).toMatchFileSnapshot('snapshots/warn.md');
  });

  it('first run: says there is no baseline and shows the candidate alone', async () => {
    const text = renderMarkdown(scenarios.firstRun());
    const $ = render(text);
    expect(headingOf($)).toBe(
      '✅ Pass (first run, no baseline): accuracy 96.0% on 800 examples; only absolute rules checked',
    );
    expect(headlineRows($).accuracy).toEqual(['—', '96.0%', '', '', '', '✅ pass']);
    expect(text).toContain('No baseline yet');
    expect(text).not.toMatch(/Regressions|by slice|seed \d/);
    expectNoEmptySections($, text);
    await expect(text).toMatchFileSnapshot('snapshots/first-run.md');
  });

  it('dataset change: line 1 and the first warning say the comparison is on the shared examples only', async () => {
    const text = renderMarkdown(scenarios.datasetChange());
    const $ = render(text);
    expect(headingOf($)).toMatch(/\(baseline on another dataset: 700 shared examples\)$/);
    expect($('blockquote').first().text()).toContain(
      'different dataset: compared on the 700 shared examples (100 only in this run, 0 only in the baseline)',
    );
    expect(text).toContain('> [!WARNING]');
    expectNoEmptySections($, text);
    await expect(text).toMatchFileSnapshot('snapshots/dataset-change.md');
  });

  it('generation: exact match and token F1 with units, the length chart with its table, regressions by score drop', async () => {
    const report = scenarios.generation();
    const text = renderMarkdown(report);
    const $ = render(text);
    expect(headingOf($)).toMatch(
      /^❌ Fail: exact match fell 30\.0 points \(95% CI \d+\.\d–\d+\.\d, p < 0\.0001\), beyond the 2\.0-point limit/,
    );
    const rows = headlineRows($);
    expect(rows['exact match']?.slice(0, 3)).toEqual(['90.0%', '60.0%', '−30.0 pts']);
    expect(rows['token F1']?.[2]).toMatch(/^−\d+\.\d pts$/);
    // The length distributions moved: a Mermaid chart of both, and the same numbers in a table beside it.
    const chart = $('pre code.language-mermaid').first().text();
    expect(chart).toMatch(/^xychart-beta\n {4}title "Output length \(words\): bars baseline, line candidate"/);
    const bars = chart
      .match(/bar \[([^\]]*)\]/)?.[1]
      ?.split(', ')
      .map(Number);
    const line = chart
      .match(/line \[([^\]]*)\]/)?.[1]
      ?.split(', ')
      .map(Number);
    const table = $('pre code.language-mermaid').first().parent().next();
    expect(
      table
        .find('th')
        .map((_, th) => $(th).text())
        .get(),
    ).toEqual(['words', 'baseline (bars)', 'candidate (line)']);
    const tableCounts = table
      .find('tbody tr')
      .map((_, tr) => [[Number($(tr).find('td').eq(1).text()), Number($(tr).find('td').eq(2).text())]])
      .get() as [number, number][];
    expect(tableCounts.map(([baseline]) => baseline)).toEqual(bars);
    expect(tableCounts.map(([, candidate]) => candidate)).toEqual(line);
    expect(bars?.reduce((sum, value) => sum + value, 0)).toBe(300);
    // The worst score drop first, with its token F1 change.
    const drops = report.comparison?.regressions.map((regression) => regression.scoreDrop) ?? [];
    expect(text).toMatch(
      new RegExp(
        `\\| 1 \\| q\\d+ \\| lang=de \\| input \\d+ \\| answer number \\d+ \\| answer number \\d+ \\| Well, let me think.* \\| −${(Math.max(...drops) * 100).toFixed(1)} pts \\|`,
      ),
    );
    expectNoEmptySections($, text);
    await expect(text).toMatchFileSnapshot('snapshots/generation.md');
  });
});

const hostile =
  '<img src=x onerror=alert(1)> **bold** [click](https://evil.example) www.evil.example @octocat #1 | ~~gone~~ `code` $\\color{red}PASS$\nsecond line';

describe('renderMarkdown', () => {
  const baselineRows: Row[] = [
    ...rowsOf(300, () => true),
    { id: 'h1', expected: 'spam', output: 'spam', tags: { 'src<b>': '"x" ]` ``` %%{init}' } },
  ];
  const candidateRows: Row[] = [
    ...rowsOf(300, (i) => i % 4 !== 0),
    { id: 'h1', expected: 'spam', output: hostile, tags: { 'src<b>': '"x" ]` ``` %%{init}' } },
  ];
  const report = reportOf(snapshotOf(baselineRows), snapshotOf(candidateRows));

  it('keeps untrusted text inert: no HTML, links, emphasis, mentions or broken tables', () => {
    const text = renderMarkdown(report, { maxRegressions: 100 });
    const $ = render(text);
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
    expect(text).toContain('\\$\\\\color{red}PASS\\$');
  });

  it('keeps a slice name inert inside a Mermaid chart: it cannot close the label, the fence or start a directive', () => {
    const text = renderMarkdown(report);
    const $ = render(text);
    const chart = $('pre code.language-mermaid').first().text();
    const axis = chart.split('\n').find((line) => line.trim().startsWith('x-axis')) as string;
    // Every label is one quoted string of safe characters.
    expect(axis).toMatch(/^ {4}x-axis "slice" \[("[^"`%{}<>]*"(, )?)+\]$/);
    expect(chart).not.toMatch(/%%|```/);
    expect(text.match(/^```/gm)?.length).toBe(2 * $('pre code.language-mermaid').length);
  });

  it('fits a size limit by dropping the least important parts first and says what was cut', () => {
    const full = renderMarkdown(report);
    const limit = full.length - 200;
    const trimmed = renderMarkdown(report, { maxLength: limit, runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(trimmed.length).toBeLessThanOrEqual(limit);
    expect(trimmed).toContain('Trimmed to fit');
    expect(trimmed).toContain('[full report](https://github.com/o/r/actions/runs/1)');
    // The verdict and the metric table survive every step.
    expect(firstLine(trimmed)).toBe(firstLine(full));
    expect(render(trimmed)('table').first().find('tbody tr').length).toBe(
      render(full)('table').first().find('tbody tr').length,
    );
    const tiny = renderMarkdown(report, { maxLength: 800 });
    expect(tiny.length).toBeLessThanOrEqual(800);
    expect(tiny).toContain('Cut at 800 characters');
  });

  it('never links anything but an http(s) run URL', () => {
    const text = renderMarkdown(report, { runUrl: 'javascript:alert(1)' });
    expect(render(text)('a').length).toBe(0);
  });

  it('ends with a footer that names the dataset, both models, the seed, the tool and one link to the run', () => {
    const text = renderMarkdown(report, { runUrl: 'https://github.com/o/r/actions/runs/7' });
    const footer = text.trimEnd().split('\n').at(-1) as string;
    expect(footer).toMatch(
      /^<sub>dataset sha256:test… \(301 examples\) · candidate model \(predictions\) · baseline model \(predictions\), made 0 min before · seed 1, 500 resamples · model-release-gate test · \[workflow run and artifact\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/7\)<\/sub>$/,
    );
    // The hostile answer's escaped "\](https:" is text, not a link.
    expect(text.match(/(?<!\\)\]\(https:/g)?.length).toBe(1);
  });
});
