import type { MetricDelta } from '../compare/types.js';
import { number, pClause, percent, pValue, signedPoints } from '../format.js';
import type { GateStatus } from '../gate/types.js';
import { cell, escapeMarkdown } from './escape.js';
import type { GateReport } from './types.js';

/** How much detail the Markdown carries; lowered step by step to fit a size limit. */
export interface Detail {
  exampleChars: number;
  maxRegressions: number;
  perClass: boolean;
}

const icons: Record<GateStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const words: Record<GateStatus, string> = { pass: 'pass', warn: 'pass with warnings', fail: 'fail' };

/** Only our own run links become active links; anything else stays text. */
export function safeLink(url: string | null): string | null {
  return url && /^https?:\/\/[^\s()<>[\]]+$/.test(url) ? url : null;
}

function ciText(delta: { ciLow: number | null; ciHigh: number | null }): string {
  return delta.ciLow === null || delta.ciHigh === null ? '' : `${signedPoints(delta.ciLow)} to ${signedPoints(delta.ciHigh)}`;
}

function metricRow(name: string, delta: MetricDelta) {
  return {
    name,
    baseline: percent(delta.baseline),
    candidate: percent(delta.candidate),
    delta: signedPoints(delta.delta),
    interval: ciText(delta),
    p: delta.pValue === null ? '' : pValue(delta.pValue),
  };
}

function metricRows(report: GateReport) {
  const { comparison, candidate } = report;
  if (!comparison) {
    const rows = [
      { name: report.task === 'generation' ? 'exact match' : 'accuracy', value: candidate.accuracy },
      { name: 'macro-F1', value: candidate.macroF1 },
      { name: 'token F1', value: candidate.tokenF1 },
    ];
    return rows.flatMap((row) => (row.value === null ? [] : [{ name: row.name, baseline: '—', candidate: percent(row.value), delta: '', interval: '', p: '' }]));
  }
  const rows = [metricRow(report.task === 'generation' ? 'exact match' : 'accuracy', comparison.accuracy)];
  const f1Rows = [
    ['macro-F1', comparison.macroF1],
    ['micro-F1', comparison.microF1],
    ['weighted-F1', comparison.weightedF1],
    ['token F1', comparison.tokenF1],
  ] as const;
  for (const [name, delta] of f1Rows) if (delta) rows.push(metricRow(name, delta));
  const { flips } = comparison;
  rows.push({
    name: 'negative flip rate',
    baseline: '',
    candidate: percent(flips.negativeFlipRate),
    delta: `${flips.negative} flips`,
    interval: `${percent(flips.ciLow)} to ${percent(flips.ciHigh)}`,
    p: '',
  });
  rows.push({ name: 'positive flips', baseline: '', candidate: String(flips.positive), delta: '', interval: '', p: '' });
  return rows;
}

function signedNumber(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${number(Math.abs(value))}`;
}

function lengthSection(report: GateReport) {
  const shift = report.comparison?.outputLength;
  if (!shift) return { rows: [], tests: '' };
  const row = (key: 'mean' | 'median' | 'p90' | 'p99', delta: number, extra = '') => ({
    name: key,
    baseline: number(shift.baseline[key]),
    candidate: number(shift.candidate[key]),
    delta: `${signedNumber(delta)}${extra}`,
  });
  const medianCi =
    shift.medianDeltaCiLow === null || shift.medianDeltaCiHigh === null
      ? ''
      : ` (${signedNumber(shift.medianDeltaCiLow)} to ${signedNumber(shift.medianDeltaCiHigh)})`;
  return {
    rows: [row('mean', shift.meanDelta), row('median', shift.medianDelta, medianCi), row('p90', shift.p90Delta), row('p99', shift.p99Delta)],
    tests:
      `Kolmogorov–Smirnov D = ${shift.ksStatistic.toFixed(3)}, ${pClause(shift.ksPValue)} (${shift.ksMethod}); ` +
      `Wilcoxon signed-rank on the per-example change ${pClause(shift.wilcoxonPValue)}; ` +
      `Wasserstein-1 distance ${number(shift.wasserstein, 2)} ${shift.unit}.`,
  };
}

/** Slices whose accuracy fell most first: where a regression hides in an average. */
function sliceRows(report: GateReport, limit: number) {
  const slices = Object.entries(report.comparison?.flips.bySlice ?? {});
  return slices
    .map(([slice, counts]) => ({ slice, counts, delta: (counts.candidateRight - counts.baselineRight) / counts.n }))
    .sort((x, y) => x.delta - y.delta || (x.slice < y.slice ? -1 : 1))
    .slice(0, limit)
    .map(({ slice, counts, delta }) => ({
      slice: cell(slice, 60),
      n: String(counts.n),
      baseline: percent(counts.baselineRight / counts.n),
      candidate: percent(counts.candidateRight / counts.n),
      delta: signedPoints(delta),
      negative: String(counts.negative),
    }));
}

function predictionShiftLine(report: GateReport): string {
  const shift = report.comparison?.predictionShift;
  if (!shift || Number.isNaN(shift.chiSquarePValue)) return '';
  const paired = Number.isNaN(shift.stuartMaxwellPValue) ? '' : `Stuart–Maxwell (paired) ${pClause(shift.stuartMaxwellPValue)}; `;
  return `Mix of predicted labels: ${paired}chi-square ${shift.chiSquare.toFixed(2)}, ${pClause(shift.chiSquarePValue)}; PSI ${shift.psi.toFixed(3)} (about ${shift.psiCritical.toFixed(3)} would be unusual at alpha ${report.comparison?.alpha}).`;
}

/** Latency, tokens and cost of each side, when the endpoints reported them. */
export function usageLine(report: GateReport): string {
  const side = (summary: GateReport['candidate']) => {
    const parts = [];
    if (summary.latencyMs) parts.push(`latency p50/p95/p99 ${number(summary.latencyMs.p50, 0)}/${number(summary.latencyMs.p95, 0)}/${number(summary.latencyMs.p99, 0)} ms`);
    if (summary.usage) parts.push(`${summary.usage.promptTokens.toLocaleString('en')} prompt + ${summary.usage.completionTokens.toLocaleString('en')} completion tokens`);
    if (summary.cost !== null) parts.push(`cost ${summary.cost < 0.01 ? summary.cost.toPrecision(2) : summary.cost.toFixed(2)}`);
    return parts.join(', ');
  };
  const candidate = side(report.candidate);
  const baseline = report.baseline ? side(report.baseline) : '';
  if (candidate === '' && baseline === '') return '';
  return [candidate && `Candidate: ${candidate}.`, baseline && `Baseline: ${baseline}.`].filter(Boolean).join(' ');
}

function footerOf(report: GateReport, runUrl: string | null): string {
  const model = (side: GateReport['candidate'] | null) => (side ? escapeMarkdown(side.model.name) : 'none');
  const link = safeLink(runUrl);
  return [
    `candidate ${model(report.candidate)}`,
    `baseline ${model(report.baseline)}`,
    `dataset ${escapeMarkdown(report.dataset.fingerprint.slice(0, 19))}`,
    report.comparison ? `seed ${report.comparison.seed}, ${report.comparison.resamples} resamples` : null,
    link ? `[full report](${link})` : null,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

/** Everything the template shows, formatted, with every untrusted string escaped. */
export function markdownView(report: GateReport, detail: Detail, runUrl: string | null) {
  const { comparison } = report;
  const failing = report.gates.filter((gate) => gate.status !== 'pass');
  const failedCount = report.gates.filter((gate) => gate.status === 'fail').length;
  const warnedCount = failing.length - failedCount;
  const headline =
    failing.length === 0
      ? `All ${report.gates.length} rules pass on ${report.candidate.n} examples.`
      : failedCount === 0
        ? `${warnedCount} of ${report.gates.length} rules warned on ${report.candidate.n} examples; none failed.`
        : `${failedCount} of ${report.gates.length} rules failed${warnedCount > 0 ? `, ${warnedCount} warned` : ''} on ${report.candidate.n} examples.`;
  const length = lengthSection(report);
  // report.json lists the worst REGRESSIONS_KEPT; flips.negative counts them all.
  const regressions = comparison?.regressions ?? [];
  const shown = regressions.slice(0, detail.maxRegressions);
  const classes = Object.entries(comparison?.perClass ?? {});
  const onlyPredicted = classes.filter(([, delta]) => delta.support === 0).map(([label]) => label);
  const perClassRows =
    detail.perClass && comparison
      ? classes.filter(([, delta]) => delta.support > 0).map(([label, delta]) => ({
          label: cell(label, 40),
          support: String(delta.support),
          baseline: percent(delta.baseline),
          candidate: percent(delta.candidate),
          delta: signedPoints(delta.delta),
          interval: ciText(delta),
          p: delta.holmPValue === null ? '' : pValue(delta.holmPValue),
        }))
      : [];
  return {
    verdictIcon: icons[report.verdict],
    verdictWord: words[report.verdict],
    headline,
    warnings: report.warnings.map(escapeMarkdown),
    failing: failing.map((gate) => ({ icon: icons[gate.status], name: escapeMarkdown(gate.name), message: escapeMarkdown(gate.message) })),
    confidenceLabel: comparison ? `${Math.round(comparison.confidence * 100)}% CI` : 'CI',
    metricRows: metricRows(report),
    usage: usageLine(report),
    gateRows: report.gates.map((gate) => ({ icon: icons[gate.status], name: gate.name.replace(/`/g, ''), message: escapeMarkdown(gate.message) })),
    perClassRows,
    // Labels no example expects (an LLM's free-form answers) are named, not tabled.
    onlyPredicted:
      onlyPredicted.length === 0
        ? ''
        : `${onlyPredicted.length} predicted label${onlyPredicted.length === 1 ? '' : 's'} no example expects: ${onlyPredicted.slice(0, 10).map((label) => cell(label, 30)).join(', ')}${onlyPredicted.length > 10 ? ', …' : ''}`,
    predictionShift: predictionShiftLine(report),
    sliceRows: detail.perClass ? sliceRows(report, 20) : [],
    slicesTotal: Object.keys(comparison?.flips.bySlice ?? {}).length,
    lengthUnit: report.candidate.outputLength.unit,
    lengthRows: length.rows,
    lengthTests: length.tests,
    regressionsTitle: comparison ? `Regressions: ${comparison.flips.negative} examples the baseline got right and the candidate gets wrong` : '',
    regressions: shown.map((regression) => ({
      id: cell(regression.id, 40),
      expected: cell(regression.expected, detail.exampleChars),
      baseline: cell(regression.baselineOutput, detail.exampleChars),
      candidate: cell(regression.candidateOutput, detail.exampleChars),
    })),
    regressionsCut: regressionsCut(comparison?.flips.negative ?? 0, regressions.length, shown.length),
    notes: report.notes.map(escapeMarkdown),
    trimmed: '',
    footer: footerOf(report, runUrl),
  };
}

function regressionsCut(total: number, listed: number, shown: number): string {
  if (total <= shown) return '';
  return listed > shown ? `${listed - shown} more in report.json${total > listed ? ` (the worst ${listed} of ${total})` : ''}.` : `${total - shown} more.`;
}
