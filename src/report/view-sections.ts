import type { Regression } from '../compare/types.js';
import { number, pClause } from '../format.js';
import { referencesText } from '../metrics/references.js';
import { SCORE_LABELS } from '../metrics/scorers.js';
import { cell } from './escape.js';
import { chartLabel, xyChart } from './mermaid.js';
import type { TemplateData } from './template-data.js';
import type { GateReport } from './types.js';
import { bootstrapP, ci, count, pct, pts } from './units.js';
import type { Detail } from './view.js';

/**
 * The collapsed sections of the Markdown report. Each returns null when it has nothing to
 * say (no change to show), so the template leaves it out.
 */

const signed = (value: number, unit: string) =>
  `${value > 0 ? '+' : value < 0 ? '−' : '±'}${number(Math.abs(value))} ${unit}`;

/** A change smaller than what one decimal shows (0.05 points) is no change. */
const VISIBLE = 0.0005;

export interface SliceChange {
  name: string;
  n: number;
  baseline: number;
  candidate: number;
  delta: number;
  negative: number;
  positive: number;
}

/** Slices, worst accuracy change first (then by name, for a stable order). */
export function sliceChanges(report: GateReport): SliceChange[] {
  return Object.entries(report.comparison?.flips.bySlice ?? {})
    .map(([name, counts]) => ({
      name,
      n: counts.n,
      baseline: counts.baselineRight / counts.n,
      candidate: counts.candidateRight / counts.n,
      delta: (counts.candidateRight - counts.baselineRight) / counts.n,
      negative: counts.negative,
      positive: counts.positive,
    }))
    .sort((x, y) => x.delta - y.delta || (x.name < y.name ? -1 : 1));
}

export function worstSlice(report: GateReport): SliceChange | null {
  return sliceChanges(report)[0] ?? null;
}

function binLabel(bin: { low: number; high: number | null }): string {
  if (bin.high === null) return `≥ ${number(bin.low)}`;
  return bin.high - bin.low === 1 ? number(bin.low) : `${number(bin.low)}–${number(bin.high - 1)}`;
}

export function lengthsView(report: GateReport): TemplateData['lengths'] {
  const shift = report.comparison?.outputLength;
  const distribution = report.outputLengths;
  // Identical distributions (one-word labels, an unchanged model) have nothing to show.
  if (!shift || !distribution || shift.ksStatistic === 0 || distribution.bins.length < 2) return null;
  const unit = shift.unit;
  const bins = distribution.bins.map((bin) => ({
    length: binLabel(bin),
    baseline: count(bin.baseline),
    candidate: count(bin.candidate),
  }));
  const chart = xyChart({
    title: `Output length (${unit}): bars baseline, line candidate`,
    xLabel: unit,
    categories: bins.map((bin) => bin.length),
    yLabel: 'examples',
    series: [
      { kind: 'bar', values: distribution.bins.map((bin) => bin.baseline) },
      { kind: 'line', values: distribution.bins.map((bin) => bin.candidate) },
    ],
  });
  const stat = (name: string, key: 'mean' | 'median' | 'p90' | 'p99', delta: number) => ({
    name,
    baseline: number(shift.baseline[key]),
    candidate: number(shift.candidate[key]),
    change: signed(delta, unit),
  });
  const confidence = Math.round((report.comparison?.confidence ?? 0.95) * 100);
  const medianCi =
    shift.medianDeltaCiLow === null || shift.medianDeltaCiHigh === null
      ? ''
      : ` (${confidence}% CI ${signed(shift.medianDeltaCiLow, '').trim()} to ${signed(shift.medianDeltaCiHigh, unit)})`;
  return {
    unit,
    chart,
    bins,
    stats: [
      stat('mean', 'mean', shift.meanDelta),
      { ...stat('median', 'median', shift.medianDelta), change: `${signed(shift.medianDelta, unit)}${medianCi}` },
      stat('p90', 'p90', shift.p90Delta),
      stat('p99', 'p99', shift.p99Delta),
    ],
    tests:
      `Kolmogorov–Smirnov D = ${shift.ksStatistic.toFixed(3)}, ${pClause(shift.ksPValue)} (${shift.ksMethod}); ` +
      `Wilcoxon signed-rank on the per-example change ${pClause(shift.wilcoxonPValue)}; ` +
      `Wasserstein-1 distance ${number(shift.wasserstein, 2)} ${unit}.`,
  };
}

export function slicesView(report: GateReport, maxRows: number): TemplateData['slices'] {
  const slices = sliceChanges(report);
  if (slices.length === 0 || slices.every((slice) => Math.abs(slice.delta) < VISIBLE)) return null;
  // Accuracy of both sides rather than the change itself: xychart draws bars up from the axis
  // minimum, so a negative bar would look smallest where the drop is largest.
  const charted = slices.slice(0, 12);
  const chart = xyChart({
    title: 'Accuracy by slice (percent), worst change first: bars baseline, line candidate',
    xLabel: 'slice',
    categories: charted.map((slice) => chartLabel(slice.name)),
    yLabel: 'accuracy, percent',
    series: [
      { kind: 'bar', values: charted.map((slice) => Math.round(slice.baseline * 1000) / 10) },
      { kind: 'line', values: charted.map((slice) => Math.round(slice.candidate * 1000) / 10) },
    ],
  });
  const shown = slices.slice(0, maxRows);
  return {
    chart,
    total: slices.length,
    rows: shown.map((slice) => ({
      slice: cell(slice.name, 60),
      n: count(slice.n),
      baseline: pct(slice.baseline),
      candidate: pct(slice.candidate),
      change: pts(slice.delta, true),
      negative: count(slice.negative),
      positive: count(slice.positive),
    })),
    more: slices.length > shown.length ? `${slices.length - shown.length} more slices in report.json.` : '',
  };
}

export function confusionView(report: GateReport, maxRows: number): TemplateData['confusion'] {
  const cells = (report.confusion?.cells ?? []).filter(
    (entry) => entry.baseline !== null && entry.baseline !== entry.candidate,
  );
  if (cells.length === 0) return null;
  const sorted = [...cells].sort(
    (x, y) => Math.abs(y.candidate - (y.baseline ?? 0)) - Math.abs(x.candidate - (x.baseline ?? 0)),
  );
  const shown = sorted.slice(0, maxRows);
  return {
    rows: shown.map((entry) => {
      const change = entry.candidate - (entry.baseline ?? 0);
      return {
        expected: cell(entry.expected, 40),
        predicted: cell(entry.predicted, 40),
        kind: entry.expected === entry.predicted ? 'right' : 'wrong',
        baseline: count(entry.baseline ?? 0),
        candidate: count(entry.candidate),
        change: `${change > 0 ? '+' : '−'}${count(Math.abs(change))}`,
      };
    }),
    more: sorted.length > shown.length ? `${sorted.length - shown.length} more changed cells in report.json.` : '',
  };
}

export function perClassView(report: GateReport, maxRows: number): TemplateData['perClass'] {
  const comparison = report.comparison;
  if (!comparison) return null;
  const classes = Object.entries(comparison.perClass);
  const gated = classes.filter(([, delta]) => delta.support > 0);
  if (gated.every(([, delta]) => Math.abs(delta.delta) < VISIBLE)) return null;
  const onlyPredicted = classes.filter(([, delta]) => delta.support === 0).map(([label]) => label);
  const sorted = [...gated].sort(([x, dx], [y, dy]) => dx.delta - dy.delta || (x < y ? -1 : 1));
  const shown = sorted.slice(0, maxRows);
  const shift = comparison.predictionShift;
  const paired =
    shift && !Number.isNaN(shift.stuartMaxwellPValue)
      ? `Stuart–Maxwell (paired) ${pClause(shift.stuartMaxwellPValue)}; `
      : '';
  return {
    rows: shown.map(([label, delta]) => ({
      label: cell(label, 40),
      support: count(delta.support),
      baseline: pct(delta.baseline),
      candidate: pct(delta.candidate),
      change: pts(delta.delta, true),
      interval: ci(delta.ciLow, delta.ciHigh, 'points', comparison.confidence)?.replace(/^\d+% CI /, '') ?? '',
      p: delta.holmPValue === null ? '' : bootstrapP(delta.holmPValue, comparison.resamples).text,
    })),
    // Labels no example expects (an LLM's free-form answers) are named, not tabled.
    onlyPredicted:
      onlyPredicted.length === 0
        ? ''
        : `${onlyPredicted.length} ${comparison.labelSet?.source === 'declared' ? 'declared' : 'predicted'} label${onlyPredicted.length === 1 ? '' : 's'} no example expects: ${onlyPredicted
            .slice(0, 10)
            .map((label) => cell(label, 30))
            .join(', ')}${onlyPredicted.length > 10 ? ', …' : ''}`,
    predictionShift:
      shift && !Number.isNaN(shift.chiSquarePValue)
        ? `Mix of predicted labels: ${paired}chi-square ${shift.chiSquare.toFixed(2)}, ${pClause(shift.chiSquarePValue)}; PSI ${shift.psi.toFixed(3)} (about ${shift.psiCritical.toFixed(3)} would be unusual at alpha ${comparison.alpha}).${
            shift.other
              ? ` Outputs outside the ${shift.labels.length} labels (${shift.other.baseline} baseline, ` +
                `${shift.other.candidate} candidate) are pooled as one "other" category.`
              : ''
          }`
        : '',
    more: sorted.length > shown.length ? `${sorted.length - shown.length} more classes in report.json.` : '',
  };
}

/** Shortened for a table cell, with a visible mark that says how much was cut. */
function excerpt(text: string | null, maxChars: number): string {
  if (text === null) return '*(not recorded)*';
  const flat = text.replace(/\s+/g, ' ').trim();
  const length = Array.from(flat).length;
  if (length <= maxChars) return cell(flat, maxChars);
  return `${cell(flat, maxChars)} *(+${count(length - maxChars + 1)} chars)*`;
}

/**
 * Worst regressions first. Classification: a flip on a slice that regressed comes first (the
 * worst slice first), then by id; generation: the biggest score drop first.
 */
export function rankRegressions(report: GateReport): Regression[] {
  const regressions = report.comparison?.regressions ?? [];
  const sliceDelta = new Map(sliceChanges(report).map((slice) => [slice.name, slice.delta]));
  const worstOf = (regression: Regression) =>
    Math.min(0, ...Object.entries(regression.tags).map(([tag, value]) => sliceDelta.get(`${tag}=${value}`) ?? 0));
  const byId = (x: Regression, y: Regression) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  const keyed = regressions.map((regression) => ({ regression, slice: worstOf(regression) }));
  keyed.sort((x, y) =>
    report.task === 'generation'
      ? y.regression.scoreDrop - x.regression.scoreDrop || x.slice - y.slice || byId(x.regression, y.regression)
      : x.slice - y.slice || y.regression.scoreDrop - x.regression.scoreDrop || byId(x.regression, y.regression),
  );
  return keyed.map(({ regression }) => regression);
}

/** What the list leaves out: the rest of report.json's list, and beyond it the ones only counted. */
function regressionsMore(total: number, listed: number, shown: number): string {
  if (total <= shown) return '';
  if (listed <= shown) return `${count(total - shown)} more (report.json lists the worst ${count(listed)}).`;
  return (
    `${count(listed - shown)} more in report.json and ` +
    `report.html${total > listed ? ` (the worst ${count(listed)} of ${count(total)})` : ''}.`
  );
}

export function regressionsView(report: GateReport, detail: Detail): TemplateData['regressions'] {
  const regressions = rankRegressions(report);
  if (regressions.length === 0) return null;
  const shown = regressions.slice(0, detail.maxRegressions);
  const generation = report.task === 'generation';
  // report.json lists the worst REGRESSIONS_KEPT (compare.ts); flips.negative counts them all.
  const total = Math.max(report.comparison?.flips.negative ?? 0, regressions.length);
  return {
    title:
      `Regressions: ${count(total)} example${total === 1 ? '' : 's'} the baseline got right and the ` +
      `candidate gets wrong${shown.length < total ? ` (worst ${shown.length} shown)` : ''}`,
    generation,
    scoreLabel: SCORE_LABELS[report.candidate.scorer ?? 'exact'],
    rows: shown.map((regression, index) => ({
      rank: String(index + 1),
      id: cell(regression.id, 40),
      slice: Object.entries(regression.tags)
        .map(([tag, value]) => cell(`${tag}=${value}`, 30))
        .join(', '),
      input: excerpt(regression.input, detail.inputChars),
      expected: excerpt(referencesText(regression.expected), detail.exampleChars),
      baseline: excerpt(regression.baselineOutput, detail.exampleChars),
      candidate: excerpt(regression.candidateOutput, detail.exampleChars),
      scoreDrop: generation ? pts(-regression.scoreDrop, true) : '',
    })),
    more: regressionsMore(total, regressions.length, shown.length),
  };
}
