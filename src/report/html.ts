import { createHash } from 'node:crypto';
import { ConfusionMatrix } from 'ml-confusion-matrix';
import { REGRESSIONS_KEPT } from '../compare/compare.js';
import { number, pValue } from '../format.js';
import { referencesText } from '../metrics/references.js';
import { PASS_LABELS, SCORE_LABELS, SCORE_RULES } from '../metrics/scorers.js';
import { escapeHtml as esc } from './escape.js';
import type { FlipRow } from './flips.js';
import { MAX_HTML_FLIPS } from './flips.js';
import { lengthCdf, lengthHistogram, sliceDeltaChart } from './html-charts.js';
import { isBootstrapRule, reasonOf } from './reasons.js';
import type { GateReport, ModelSummary } from './types.js';
import { ci, count, inUnit, pct, pText, pts } from './units.js';
import { icons, reasonContext, safeLink } from './view.js';
import { sliceChanges } from './view-sections.js';

/**
 * report.html: one self-contained file (inline CSS, inline SVG, one small inline script for
 * the flip table's filter) that opens from disk, as artifact downloads are opened. A Content
 * Security Policy allows nothing but that script (by its hash) and inline styles, so the page
 * can make no request and untrusted text could not run even if escaping failed. Every string
 * from a model, a dataset or a config goes through escapeHtml.
 */

const STYLE = `
:root { color-scheme: light; font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; line-height: 1.45; }
h1 { font-size: 1.5em; margin: 0 0 8px; } h2 { font-size: 1.2em; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin-top: 32px; }
table { border-collapse: collapse; margin: 8px 0; font-size: 14px; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: #f6f8fa; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.warning { border-left: 4px solid #9a6700; background: #fff8c5; padding: 8px 12px; margin: 8px 0; }
.status-fail { color: #cf222e; } .status-warn { color: #9a6700; } .status-pass { color: #1a7f37; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; } .chart { max-width: 100%; height: auto; border: 1px solid #d0d7de; border-radius: 6px; }
.chart .grid { stroke: #eaeef2; } .chart .axis { stroke: #57606a; } .chart text { font-size: 11px; fill: #57606a; }
.matrices { display: flex; flex-wrap: wrap; gap: 24px; } .matrix td { text-align: right; min-width: 2.5em; }
.matrix td.diagonal { font-weight: 600; }
.flips td.text { white-space: pre-wrap; word-break: break-word; max-width: 28em; }
.flips td.text div { max-height: 12em; overflow: auto; }
.regressed { color: #cf222e; } .improved { color: #1a7f37; }
.filters { display: flex; gap: 12px; align-items: center; margin: 8px 0; flex-wrap: wrap; }
footer { margin-top: 32px; color: #57606a; font-size: 13px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 90%; }
`;

// Filters the flip table: search text over a row's cells, direction and slice selects.
const SCRIPT = `
(function () {
  var search = document.getElementById('flip-search');
  var direction = document.getElementById('flip-direction');
  var slice = document.getElementById('flip-slice');
  var shown = document.getElementById('flip-shown');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#flips tbody tr'));
  function apply() {
    var text = search.value.toLowerCase();
    var visible = 0;
    rows.forEach(function (row) {
      var match = (direction.value === '' || row.getAttribute('data-direction') === direction.value) &&
        (slice.value === '' || (row.getAttribute('data-slices') || '').split('\\n').indexOf(slice.value) !== -1) &&
        (text === '' || row.textContent.toLowerCase().indexOf(text) !== -1);
      row.hidden = !match;
      if (match) visible += 1;
    });
    shown.textContent = String(visible);
  }
  search.addEventListener('input', apply);
  direction.addEventListener('change', apply);
  slice.addEventListener('change', apply);
  apply();
})();
`;

const scriptHash = createHash('sha256').update(SCRIPT).digest('base64');
const CSP =
  `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; ` +
  `base-uri 'none'; form-action 'none'`;

const statusClass = (status: string) => `status-${status}`;

function table(headers: string[], rows: string[][], numeric: boolean[] = []): string {
  const head = headers.map((header, index) => `<th${numeric[index] ? ' class="num"' : ''}>${header}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((value, index) => `<td${numeric[index] ? ' class="num"' : ''}>${value}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function headerSection(report: GateReport): string {
  const context = reasonContext(report);
  const flagged = report.gates.filter((gate) => gate.status !== 'pass');
  const reasons = (flagged.length > 0 ? flagged : report.gates.slice(0, 1))
    .map((gate) => `<li>${esc(reasonOf(gate, context))}</li>`)
    .join('');
  const warnings = report.warnings.map((warning) => `<div class="warning">${esc(warning)}</div>`).join('');
  const verdict = { pass: 'Pass', warn: 'Pass with warnings', fail: 'Fail', accepted: 'Regression accepted' }[
    report.verdict
  ];
  return (
    `<header><h1 id="verdict" class="${statusClass(report.verdict)}">${icons[report.verdict]} Model ` +
    `release gate: ${verdict}</h1><ul id="reasons">${reasons}</ul>${warnings}</header>`
  );
}

function rulesSection(report: GateReport): string {
  const context = reasonContext(report);
  const rows = report.gates.map((gate) => {
    const unit = gate.unit ?? 'points';
    const has = (value: number | null | undefined): value is number => value !== null && value !== undefined;
    return [
      `<span class="${statusClass(gate.status)}">${icons[gate.status]} ${gate.status}</span>`,
      `<code>${esc(gate.name)}</code>`,
      has(gate.observed) ? inUnit(gate.observed, unit) : '',
      has(gate.limit) ? inUnit(gate.limit, unit) : '',
      esc(ci(gate.ciLow, gate.ciHigh, unit, context.confidence) ?? ''),
      has(gate.pValue) ? esc(pText(gate.pValue, isBootstrapRule(gate.name) ? context.resamples : null)) : '',
      esc(gate.message),
    ];
  });
  return `<h2>Rules</h2>${table(['status', 'rule', 'observed', 'limit', 'interval', 'p', 'result'], rows, [false, false, true, true, true, true, false])}`;
}

function metricsSection(report: GateReport): string {
  const { comparison, candidate, baseline } = report;
  if (!comparison) {
    const scorer = candidate.scorer;
    const rows = [
      [scorer ? PASS_LABELS[scorer] : 'accuracy', candidate.accuracy],
      ['macro-F1', candidate.macroF1],
      ...(scorer && SCORE_RULES[scorer] ? [[SCORE_LABELS[scorer], candidate.score]] : []),
    ].flatMap(([name, value]) => (value === null ? [] : [[esc(String(name)), pct(value as number)]]));
    return `<h2>Metrics</h2>${table(['metric', 'candidate'], rows, [false, true])}`;
  }
  const scorer = candidate.scorer;
  const deltas = [
    [scorer ? PASS_LABELS[scorer] : 'accuracy', comparison.accuracy],
    ['macro-F1', comparison.macroF1],
    ['micro-F1', comparison.microF1],
    ['weighted-F1', comparison.weightedF1],
    [scorer ? SCORE_LABELS[scorer] : 'token F1', scorer && SCORE_RULES[scorer] ? (comparison.score ?? null) : null],
  ] as const;
  const rows = deltas.flatMap(([name, delta]) =>
    delta
      ? [
          [
            name,
            pct(delta.baseline),
            pct(delta.candidate),
            pts(delta.delta, true),
            esc(ci(delta.ciLow, delta.ciHigh, 'points', comparison.confidence) ?? ''),
            delta.pValue === null
              ? ''
              : esc(pText(delta.pValue, /^(macro|micro|weighted)-F1$/.test(name) ? comparison.resamples : null)),
          ],
        ]
      : [],
  );
  const { flips } = comparison;
  rows.push([
    'negative flips',
    '',
    `${count(flips.negative)} (${pct(flips.negativeFlipRate)})`,
    '',
    esc(ci(flips.ciLow, flips.ciHigh, 'percent', comparison.confidence) ?? ''),
    '',
  ]);
  rows.push([
    'positive flips',
    '',
    `${count(flips.positive)} (${pct(flips.positive / Math.max(1, flips.n))})`,
    '',
    '',
    '',
  ]);
  const sizes =
    `<p>${count(comparison.paired)} paired ` +
    `examples${baseline ? ` (candidate ${count(candidate.n)} scored, baseline ${count(baseline.n)})` : ''}.</p>`;
  return `<h2>Metrics</h2>${sizes}${table(['metric', 'baseline', 'candidate', 'change', 'interval', 'p'], rows, [false, true, true, true, true, true])}`;
}

function lengthSection(report: GateReport): string {
  const distribution = report.outputLengths;
  if (!distribution || distribution.bins.length === 0) return '';
  const hasBaseline = report.baseline !== null;
  const summary = (side: ModelSummary | null) =>
    side
      ? [
          number(side.outputLength.mean),
          number(side.outputLength.median),
          number(side.outputLength.p90),
          number(side.outputLength.p99),
        ]
      : ['', '', '', ''];
  const rows = [
    ['candidate', ...summary(report.candidate)],
    ...(hasBaseline ? [['baseline', ...summary(report.baseline)]] : []),
  ];
  const shift = report.comparison?.outputLength;
  const tests = shift
    ? `<p>Kolmogorov–Smirnov D = ${shift.ksStatistic.toFixed(3)}, p ${esc(pValue(shift.ksPValue))} ` +
      `(${shift.ksMethod}); Wilcoxon signed-rank p ${esc(pValue(shift.wilcoxonPValue))}; Wasserstein-1 ` +
      `${number(shift.wasserstein, 2)} ${esc(shift.unit)}.</p>`
    : '';
  return (
    `<h2>Output length (${esc(distribution.unit)})</h2>` +
    `<div class="charts" id="length-charts">${lengthHistogram(distribution, hasBaseline)}${lengthCdf(distribution, hasBaseline)}</div>` +
    table([esc(distribution.unit), 'mean', 'median', 'p90', 'p99'], rows, [false, true, true, true, true]) +
    tests
  );
}

/** The most frequent labels get a row and column each; the rest share "(other)", so the matrix stays readable. */
const MAX_MATRIX_LABELS = 20;

function confusionSection(report: GateReport): string {
  const confusion = report.confusion;
  if (!confusion || confusion.cells.length === 0) return '';
  const kept = confusion.labels.slice(0, MAX_MATRIX_LABELS);
  const other = confusion.labels.length > kept.length;
  const labels = other ? [...kept, '(other)'] : kept;
  const index = new Map(kept.map((label, position) => [label, position]));
  const positionOf = (label: string) => index.get(label) ?? labels.length - 1;
  const matrix = (side: 'baseline' | 'candidate') => {
    const counts = labels.map(() => labels.map(() => 0));
    for (const cell of confusion.cells) {
      const value = cell[side];
      if (value === null) continue;
      const row = counts[positionOf(cell.expected)] as number[];
      const column = positionOf(cell.predicted);
      row[column] = (row[column] ?? 0) + value;
    }
    const max = Math.max(1, ...counts.flat());
    // At most 21 × 21 here (the rest pooled), so the card's dense ConfusionMatrix fits: its
    // recall per expected label is exact for the kept labels, whose diagonal pooling leaves alone.
    const table = new ConfusionMatrix(counts, labels);
    const recall = (i: number) =>
      other && i === labels.length - 1 ? '' : table.getTruePositiveRate(labels[i] as string);
    const head =
      `<tr><th>expected ↓ / predicted ` +
      `→</th>${labels.map((label) => `<th>${esc(label)}</th>`).join('')}<th class="recall">recall</th></tr>`;
    const body = counts
      .map((row, i) => {
        const cells = row
          .map((value, j) => {
            const shade = Math.round((value / max) * 100) / 100;
            const color = i === j ? `rgba(26,127,55,${shade * 0.5})` : `rgba(207,34,46,${shade * 0.5})`;
            return (
              `<td class="${i === j ? 'diagonal' : ''}" data-value="${value}" ` +
              `style="background:${value === 0 ? 'transparent' : color}">${value === 0 ? '' : count(value)}</td>`
            );
          })
          .join('');
        const rate = recall(i);
        const shown = typeof rate === 'number' && Number.isFinite(rate) ? pct(rate) : '';
        return `<tr><th>${esc(labels[i] as string)}</th>${cells}<td class="recall">${shown}</td></tr>`;
      })
      .join('');
    return (
      `<div><h3>${side} (${count(table.getTotalCount())} examples)</h3><table class="matrix" ` +
      `data-side="${side}"><thead>${head}</thead><tbody>${body}</tbody></table></div>`
    );
  };
  const hasBaseline = confusion.cells.some((cell) => cell.baseline !== null);
  const note = other
    ? `<p>${count(confusion.labels.length - kept.length)} rarer labels are summed in "(other)".</p>`
    : '';
  return `<h2>Confusion matrices</h2>${note}<div class="matrices">${hasBaseline ? matrix('baseline') : ''}${matrix('candidate')}</div>`;
}

function perClassSection(report: GateReport): string {
  const comparison = report.comparison;
  if (comparison && Object.keys(comparison.perClass).length > 0) {
    // Labels no example expects (free-form answers) have no F1 to lose: the confusion matrix shows them.
    const rows = Object.entries(comparison.perClass)
      .filter(([, delta]) => delta.support > 0)
      .sort(([, x], [, y]) => x.delta - y.delta)
      .map(([label, delta]) => [
        esc(label),
        count(delta.support),
        pct(delta.baseline),
        pct(delta.candidate),
        pts(delta.delta, true),
        esc(ci(delta.ciLow, delta.ciHigh, 'points', comparison.confidence) ?? ''),
        delta.holmPValue === null ? '' : esc(pText(delta.holmPValue, comparison.resamples)),
      ]);
    return `<h2>Per class (F1)</h2>${table(['class', 'support', 'baseline', 'candidate', 'change', 'interval', 'Holm p'], rows, [false, true, true, true, true, true, true])}`;
  }
  const perClass = Object.entries(report.candidate.perClass);
  if (perClass.length === 0) return '';
  const rows = perClass.map(([label, scores]) => [
    esc(label),
    count(scores.support),
    pct(scores.precision),
    pct(scores.recall),
    pct(scores.f1),
  ]);
  return `<h2>Per class</h2>${table(['class', 'support', 'precision', 'recall', 'F1'], rows, [false, true, true, true, true])}`;
}

function sliceSection(report: GateReport): string {
  const slices = sliceChanges(report);
  if (slices.length === 0) return '';
  const rows = slices.map((slice) => [
    esc(slice.name),
    count(slice.n),
    pct(slice.baseline),
    pct(slice.candidate),
    pts(slice.delta, true),
    count(slice.negative),
    count(slice.positive),
  ]);
  return (
    `<h2>Per slice (accuracy)</h2><div class="charts" id="slice-chart">${sliceDeltaChart(slices.slice(0, 30))}</div>` +
    table(['slice', 'n', 'baseline', 'candidate', 'change', 'negative flips', 'positive flips'], rows, [
      false,
      true,
      true,
      true,
      true,
      true,
      true,
    ])
  );
}

function latencySection(report: GateReport): string {
  const sides = [
    ['candidate', report.candidate],
    ['baseline', report.baseline],
  ] as const;
  const rows = sides.flatMap(([name, side]) =>
    side && (side.latencyMs || side.usage)
      ? [
          [
            name,
            side.latencyMs ? number(side.latencyMs.p50, 0) : '',
            side.latencyMs ? number(side.latencyMs.p95, 0) : '',
            side.latencyMs ? number(side.latencyMs.p99, 0) : '',
            side.latencyMs ? number(side.latencyMs.mean, 0) : '',
            side.usage ? count(side.usage.promptTokens) : '',
            side.usage ? count(side.usage.completionTokens) : '',
            side.cost === null ? '' : side.cost.toPrecision(3),
          ],
        ]
      : [],
  );
  if (rows.length === 0) return '<h2>Latency</h2><p>No latency was recorded (a predictions file has none).</p>';
  return `<h2>Latency</h2>${table(['release', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'prompt tokens', 'completion tokens', 'cost'], rows, [false, true, true, true, true, true, true, true])}`;
}

function flipSection(report: GateReport, flips: readonly FlipRow[], flipCount?: number): string {
  if (!report.comparison) return '';
  const shown = flips.slice(0, MAX_HTML_FLIPS);
  const slices = [
    ...new Set(shown.flatMap((flip) => Object.entries(flip.tags).map(([tag, value]) => `${tag}=${value}`))),
  ].sort();
  const generation = report.task === 'generation';
  const text = (value: string | null) =>
    `<td class="text"><div>${value === null ? '<em>not recorded</em>' : esc(value)}</div></td>`;
  const rows = shown.map((flip) => {
    const tags = Object.entries(flip.tags).map(([tag, value]) => `${tag}=${value}`);
    return (
      `<tr data-direction="${flip.direction}" data-slices="${esc(tags.join('\n'))}">` +
      `<td class="${flip.direction}">${flip.direction}</td><td>${esc(flip.id)}</td><td>${esc(tags.join(', '))}</td>` +
      text(flip.input) +
      text(referencesText(flip.expected)) +
      text(flip.baselineOutput) +
      text(flip.candidateOutput) +
      (generation ? `<td class="num">${flip.scoreChange === null ? '' : pts(flip.scoreChange, true)}</td>` : '') +
      '</tr>'
    );
  });
  const headers = [
    '',
    'id',
    'slice',
    'input',
    'expected',
    'baseline output',
    'candidate output',
    ...(generation ? [`${SCORE_LABELS[report.candidate.scorer ?? 'exact']} change`] : []),
  ];
  const total = Math.max(flipCount ?? flips.length, flips.length);
  const more =
    total > shown.length
      ? `<p>The first ${count(shown.length)} of ${count(total)} flips are listed (regressions first); ` +
        `report.json lists the worst ${count(REGRESSIONS_KEPT)} regressions.</p>`
      : '';
  return `<h2>Flips</h2>${more}
<div class="filters">
<label>Search <input id="flip-search" type="search" placeholder="id, input or output text"></label>
<label>Direction <select id="flip-direction"><option value="">all</option><option value="regressed">regressed (baseline right, candidate wrong)</option><option value="improved">improved</option></select></label>
<label>Slice <select id="flip-slice"><option value="">all</option>${slices.map((slice) => `<option value="${esc(slice)}">${esc(slice)}</option>`).join('')}</select></label>
<span><span id="flip-shown">${shown.length}</span> of ${count(shown.length)} shown</span>
</div>
<table id="flips" class="flips"><thead><tr>${headers.map((header) => `<th>${header}</th>`).join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function footerSection(report: GateReport, runUrl: string | null): string {
  const side = (name: string, summary: ModelSummary | null) =>
    summary
      ? `${name} <strong>${esc(summary.model.name)}</strong> (${esc(summary.model.type)}), made ` +
        `${esc(summary.createdAt)}${summary.gitSha ? ` at ${esc(summary.gitSha.slice(0, 12))}` : ''}`
      : `${name}: none`;
  const link = safeLink(runUrl);
  return (
    `<footer><p>dataset ${esc(report.dataset.path)} · ${esc(report.dataset.fingerprint)} · ` +
    `${count(report.dataset.n)} ` +
    `examples</p><p>${side('candidate', report.candidate)}<br>${side('baseline', report.baseline)}</p><p>${report.comparison ? `seed ${report.comparison.seed}, ${count(report.comparison.resamples)} resamples, ${Math.round(report.comparison.confidence * 100)}% intervals · ` : ''}${esc(report.tool.name)} ${esc(report.tool.version)}${link ? ` · <a href="${esc(link)}">workflow run and artifact</a>` : ''}</p>${report.notes.map((note) => `<p>${esc(note)}</p>`).join('')}</footer>`
  );
}

export interface HtmlOptions {
  /** The flips of the comparison (flipRows), the first MAX_HTML_FLIPS at least; empty without a baseline. */
  flips: readonly FlipRow[];
  /** How many flips there are in all, when `flips` holds only the first ones; default: `flips.length`. */
  flipCount?: number;
  runUrl?: string | null;
}

/** The full report as one HTML file that needs nothing else to open. */
export function renderHtml(report: GateReport, options: HtmlOptions): string {
  const title = `Model release gate: ${report.verdict} · ${report.candidate.model.name}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${headerSection(report)}
${metricsSection(report)}
${rulesSection(report)}
${lengthSection(report)}
${confusionSection(report)}
${perClassSection(report)}
${sliceSection(report)}
${latencySection(report)}
${flipSection(report, options.flips, options.flipCount)}
${footerSection(report, options.runUrl ?? null)}
${report.comparison ? `<script>${SCRIPT}</script>` : ''}
</body>
</html>
`;
}
