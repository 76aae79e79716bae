import type { MetricDelta } from '../compare/types.js';
import { number, percent, pValue } from '../format.js';
import type { GateOutcome, GateStatus, Verdict } from '../gate/types.js';
import { PASS_LABELS, PASS_RULES, SCORE_LABELS, SCORE_RULES } from '../metrics/scorers.js';
import { cell, escapeMarkdown } from './escape.js';
import { monitoringMarkdown } from './monitoring.js';
import { provenanceLines } from './provenance.js';
import { isBootstrapRule, type ReasonContext, reasonOf } from './reasons.js';
import { type HeadlineRow, type RuleRow, TEMPLATE_DATA_VERSION, type TemplateData } from './template-data.js';
import type { GateReport } from './types.js';
import { age, bootstrapP, ci, count, inUnit, pct, pText, pts } from './units.js';
import { confusionView, lengthsView, perClassView, regressionsView, slicesView, worstSlice } from './view-sections.js';

/** How much detail the Markdown carries; lowered step by step to fit a size limit. */
export interface Detail {
  exampleChars: number;
  inputChars: number;
  maxRegressions: number;
  /** Rows of the per-class, slice and confusion tables. */
  maxRows: number;
}

export const icons: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌', accepted: '☑️' };
const words: Record<Verdict, string> = {
  pass: 'Pass',
  warn: 'Pass with warnings',
  fail: 'Fail',
  accepted: 'Regression accepted',
};

/** Only our own run links become active links; anything else stays text. */
export function safeLink(url: string | null): string | null {
  return url && /^https?:\/\/[^\s()<>[\]]+$/.test(url) ? url : null;
}

const statusText = (status: GateStatus) => `${icons[status]} ${status}`;

/** The worst status of the rules whose name starts with `prefix.`; null when none exists. */
function statusOf(report: GateReport, prefix: string): string {
  const rules = report.gates.filter((gate) => gate.name.startsWith(`${prefix}.`));
  if (rules.length === 0) return 'not gated';
  const worst = rules.some((rule) => rule.status === 'fail')
    ? 'fail'
    : rules.some((rule) => rule.status === 'warn')
      ? 'warn'
      : 'pass';
  return statusText(worst);
}

function deltaRow(
  report: GateReport,
  metric: string,
  rulePrefix: string | null,
  delta: MetricDelta,
  p: string,
): HeadlineRow {
  const confidence = report.comparison?.confidence ?? 0.95;
  return {
    metric,
    baseline: pct(delta.baseline),
    candidate: pct(delta.candidate),
    change: pts(delta.delta, true),
    interval: ci(delta.ciLow, delta.ciHigh, 'points', confidence)?.replace(/^\d+% CI /, '') ?? '',
    p,
    status: rulePrefix ? statusOf(report, rulePrefix) : 'not gated',
  };
}

/** The headline's first figure: accuracy, or the scorer's pass rate under its own name and rule. */
function passNaming(report: GateReport): { label: string; prefix: string } {
  const scorer = report.candidate.scorer;
  if (report.task !== 'generation') return { label: 'accuracy', prefix: 'accuracy' };
  return { label: PASS_LABELS[scorer ?? 'exact'], prefix: PASS_RULES[scorer ?? 'exact'] };
}

/** Generation's second figure, where the score is more than the pass rate again: token F1, the judge's grade. */
function scoreNaming(report: GateReport): { label: string; prefix: string } | null {
  const scorer = report.candidate.scorer;
  if (report.task !== 'generation' || scorer === null) return null;
  const prefix = SCORE_RULES[scorer];
  return prefix === undefined ? null : { label: SCORE_LABELS[scorer], prefix };
}

function headlineOf(report: GateReport): TemplateData['headline'] {
  const { comparison, candidate } = report;
  const generation = report.task === 'generation';
  const notes: string[] = [];
  const passName = passNaming(report);
  const scoreName = scoreNaming(report);
  if (!comparison) {
    const rows = [
      { metric: passName.label, value: candidate.accuracy, prefix: passName.prefix },
      { metric: 'macro-F1', value: candidate.macroF1, prefix: 'macroF1' },
      ...(scoreName ? [{ metric: scoreName.label, value: candidate.score, prefix: scoreName.prefix }] : []),
    ];
    return {
      confidenceLabel: '95% CI',
      notes,
      rows: rows.flatMap((row) =>
        row.value === null
          ? []
          : [
              {
                metric: row.metric,
                baseline: '—',
                candidate: pct(row.value),
                change: '',
                interval: '',
                p: '',
                status: row.prefix ? statusOf(report, row.prefix) : 'not gated',
              },
            ],
      ),
    };
  }
  const confidenceLabel = `${Math.round(comparison.confidence * 100)}% CI`;
  const rows: HeadlineRow[] = [];
  const accuracyP = comparison.accuracy.pValue === null ? '' : `${pValue(comparison.accuracy.pValue)}`;
  rows.push(deltaRow(report, passName.label, passName.prefix, comparison.accuracy, accuracyP));
  let atFloor = false;
  const bootstrapped = (delta: MetricDelta) => {
    if (delta.pValue === null) return '';
    const shown = bootstrapP(delta.pValue, comparison.resamples);
    atFloor ||= shown.atFloor;
    return shown.text;
  };
  if (comparison.macroF1)
    rows.push(deltaRow(report, 'macro-F1', 'macroF1', comparison.macroF1, bootstrapped(comparison.macroF1)));
  const scoreDelta = comparison.score ?? comparison.tokenF1;
  if (scoreName && scoreDelta)
    rows.push(
      deltaRow(
        report,
        scoreName.label,
        scoreName.prefix,
        scoreDelta,
        scoreDelta.pValue === null ? '' : pValue(scoreDelta.pValue),
      ),
    );
  // Shown when there is something to say: an invalid output on either side, or its rule flagged.
  const invalidFlagged = report.gates.some((gate) => gate.name.startsWith('invalidRate.') && gate.status !== 'pass');
  if (
    comparison.invalidRate &&
    (comparison.invalidRate.baseline > 0 || comparison.invalidRate.candidate > 0 || invalidFlagged)
  ) {
    const invalid = comparison.invalidRate;
    rows.push({
      ...deltaRow(
        report,
        'invalid outputs',
        'invalidRate',
        invalid,
        invalid.pValue === null ? '' : pValue(invalid.pValue),
      ),
    });
  }
  const { flips } = comparison;
  rows.push({
    metric: 'negative flips',
    baseline: '—',
    candidate: `${count(flips.negative)} (${pct(flips.negativeFlipRate)})`,
    change: '',
    interval: ci(flips.ciLow, flips.ciHigh, 'percent', comparison.confidence)?.replace(/^\d+% CI /, '') ?? '',
    p: '',
    status: statusOf(report, 'negativeFlipRate'),
  });
  if (flips.positive > 0)
    rows.push({
      metric: 'positive flips',
      baseline: '—',
      candidate: `${count(flips.positive)} (${pct(flips.positive / flips.n)})`,
      change: '',
      interval: '',
      p: '',
      status: 'not gated',
    });
  // The worst class and slice, when they fell: where a regression hides in an average.
  const worstClass = Object.entries(comparison.perClass)
    .filter(([, delta]) => delta.support > 0)
    .sort(([, x], [, y]) => x.delta - y.delta)[0];
  if (worstClass && worstClass[1].delta <= -0.0005) {
    const [label, delta] = worstClass;
    const p = delta.holmPValue === null ? '' : `${bootstrapped({ ...delta, pValue: delta.holmPValue })} (Holm)`;
    rows.push(deltaRow(report, `worst class: F1 of ${cell(label, 40)}`, 'perClassF1', delta, p));
  }
  const slice = worstSlice(report);
  if (slice && slice.delta <= -0.0005) {
    rows.push({
      metric: `worst slice: ${cell(slice.name, 40)} (n = ${count(slice.n)})`,
      baseline: pct(slice.baseline),
      candidate: pct(slice.candidate),
      change: pts(slice.delta, true),
      interval: '',
      p: '',
      status: statusOf(report, 'slices'),
    });
  }
  const shift = comparison.outputLength;
  const lengthRule = report.gates.find((gate) => gate.name === 'outputLength.maxRelativeShift');
  if (shift && (shift.medianDelta !== 0 || (lengthRule && lengthRule.status !== 'pass'))) {
    const rule = lengthRule;
    rows.push({
      metric: `median output length (${shift.unit})`,
      baseline: number(shift.baseline.median),
      candidate: number(shift.candidate.median),
      change: `${shift.medianDelta > 0 ? '+' : shift.medianDelta < 0 ? '−' : '±'}${number(Math.abs(shift.medianDelta))} ${shift.unit}`,
      interval:
        shift.medianDeltaCiLow === null || shift.medianDeltaCiHigh === null
          ? ''
          : `${number(shift.medianDeltaCiLow)} to ${number(shift.medianDeltaCiHigh)} ${shift.unit}`,
      p: '',
      status: rule ? statusText(rule.status) : 'not gated',
    });
  }
  notes.push(
    `p: ${generation ? `McNemar exact test for ${passName.label}${scoreName ? `, paired t-test for ${scoreName.label}` : ''}` : 'McNemar exact test for accuracy'}${comparison.macroF1 ? `; F1 from ${count(comparison.resamples)} paired bootstrap resamples` : ''}.`,
  );
  if (atFloor)
    notes.push(
      `"≤ ${(2 / (comparison.resamples + 1)).toPrecision(2)}" is the smallest p-value ` +
        `${count(comparison.resamples)} resamples can show: the drop is at least that significant.`,
    );
  return { confidenceLabel, rows, notes };
}

function ruleRow(outcome: GateOutcome, context: ReasonContext): RuleRow {
  const unit = outcome.unit ?? 'points';
  const has = (value: number | null | undefined): value is number => value !== null && value !== undefined;
  return {
    icon: icons[outcome.status],
    status: outcome.status,
    name: outcome.name.replace(/`/g, ''),
    reason: escapeMarkdown(reasonOf(outcome, context)),
    observed: has(outcome.observed) ? inUnit(outcome.observed, unit) : escapeMarkdown(outcome.message),
    limit: has(outcome.limit) ? inUnit(outcome.limit, unit) : '',
    interval: ci(outcome.ciLow, outcome.ciHigh, unit, context.confidence)?.replace(/^\d+% CI /, '') ?? '',
    p: has(outcome.pValue) ? pText(outcome.pValue, isBootstrapRule(outcome.name) ? context.resamples : null) : '',
    decision: outcome.decision ?? '',
  };
}

const rank: Record<GateStatus, number> = { fail: 0, warn: 1, pass: 2 };

/** Failed rules first, then warned ones, each in the order the config lists them. */
function flaggedOf(report: GateReport): GateOutcome[] {
  return report.gates
    .map((gate, index) => ({ gate, index }))
    .filter(({ gate }) => gate.status !== 'pass')
    .sort((x, y) => rank[x.gate.status] - rank[y.gate.status] || x.index - y.index)
    .map(({ gate }) => gate);
}

function titleOf(report: GateReport, reasons: string[]): string {
  const head = `${icons[report.verdict]} ${words[report.verdict]}`;
  const { comparison } = report;
  const dataset =
    comparison && !comparison.sameDataset
      ? ` (baseline on another dataset: ${count(comparison.paired)} shared examples)`
      : '';
  if (reasons.length > 0) return `${head}: ${reasons.join('; ')}${dataset}`;
  if (!comparison) {
    const metric = passNaming(report).label;
    return (
      `${head} (first run, no baseline): ${metric} ${pct(report.candidate.accuracy)} on ` +
      `${count(report.candidate.n)} examples; only absolute rules checked`
    );
  }
  return `${head}: no rule is near its limit on ${count(comparison.paired)} paired examples${dataset}`;
}

function summaryOf(report: GateReport): string {
  const failed = report.gates.filter((gate) => gate.status === 'fail').length;
  const warned = report.gates.filter((gate) => gate.status === 'warn').length;
  const on = report.comparison
    ? `${count(report.comparison.paired)} paired examples`
    : `${count(report.candidate.n)} examples`;
  const total = report.gates.length;
  if (failed + warned === 0) return `All ${total} rules pass on ${on}.`;
  if (failed === 0) return `${warned} of ${total} rules warned on ${on}; none failed.`;
  return `${failed} of ${total} rules failed${warned > 0 ? `, ${warned} warned,` : ''} on ${on}.`;
}

/** The most frequent invalid outputs of each side, as scored; null when neither side has any. */
function invalidView(report: GateReport): TemplateData['invalid'] {
  const sides = [
    ['candidate', report.candidate],
    ['baseline', report.baseline],
  ] as const;
  const rows = sides.flatMap(([side, summary]) =>
    (summary?.invalidExamples ?? []).map((example) => ({
      side,
      prediction: cell(example.prediction, 80),
      count: String(example.count),
    })),
  );
  if (rows.length === 0) return null;
  const counts = sides.flatMap(([side, summary]) =>
    summary?.invalid ? [`${side} ${summary.invalid.count} (${percent(summary.invalid.rate)})`] : [],
  );
  return { title: `Invalid outputs (no label): ${counts.join(', ')}`, rows };
}

/** Latency, tokens and cost of each side, when the endpoints reported them. */
export function usageLine(report: GateReport): string {
  const side = (summary: GateReport['candidate']) => {
    const parts = [];
    if (summary.latencyMs)
      parts.push(
        `latency p50/p95/p99 ` +
          `${number(summary.latencyMs.p50, 0)}/${number(summary.latencyMs.p95, 0)}/${number(summary.latencyMs.p99, 0)} ms`,
      );
    if (summary.usage)
      parts.push(
        `${count(summary.usage.promptTokens)} prompt + ${count(summary.usage.completionTokens)} completion tokens`,
      );
    if (summary.cost !== null)
      parts.push(`cost ${summary.cost < 0.01 ? summary.cost.toPrecision(2) : summary.cost.toFixed(2)}`);
    return parts.join(', ');
  };
  const candidate = side(report.candidate);
  const baseline = report.baseline ? side(report.baseline) : '';
  if (candidate === '' && baseline === '') return '';
  return [candidate && `Candidate: ${candidate}.`, baseline && `Baseline: ${baseline}.`].filter(Boolean).join(' ');
}

function footerOf(report: GateReport, runUrl: string | null): string {
  const model = (side: GateReport['candidate']) =>
    `${escapeMarkdown(side.model.name)} (${escapeMarkdown(side.model.type)})`;
  const link = safeLink(runUrl);
  const baseline = report.baseline;
  const baselineAge = baseline ? age(baseline.createdAt, report.createdAt) : null;
  const baselineText = baseline
    ? `baseline ${model(baseline)}${baseline.gitSha ? `, commit ${escapeMarkdown(baseline.gitSha.slice(0, 7))}` : ''}${baselineAge ? `, made ${baselineAge} before` : ''}`
    : 'no baseline';
  return [
    `dataset ${escapeMarkdown(report.dataset.fingerprint.slice(0, 19))}… (${count(report.dataset.n)} examples)`,
    `candidate ${model(report.candidate)}${report.gitSha ? `, commit ${escapeMarkdown(report.gitSha.slice(0, 7))}` : ''}`,
    baselineText,
    report.comparison ? `seed ${report.comparison.seed}, ${count(report.comparison.resamples)} resamples` : null,
    `${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)}`,
    link ? `[workflow run and artifact](${link})` : null,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

export function reasonContext(report: GateReport): ReasonContext {
  const { comparison } = report;
  return {
    confidence: comparison?.confidence ?? 0.95,
    alpha: comparison?.alpha ?? 0.05,
    resamples: comparison?.resamples ?? null,
  };
}

/** Everything the template shows, formatted, with every untrusted string escaped. */
export function markdownView(report: GateReport, detail: Detail, runUrl: string | null): TemplateData {
  const context = reasonContext(report);
  const flagged = flaggedOf(report);
  // A pass is decided by the headline rule being within its limit: say by how much.
  const deciding =
    flagged.length > 0
      ? flagged.slice(0, 2)
      : report.gates
          .filter((gate) => gate.observed !== undefined && gate.observed !== null && gate.delta !== undefined)
          .slice(0, 1);
  const reasons = deciding.map((outcome) => escapeMarkdown(reasonOf(outcome, context)));
  if (flagged.length > 2) reasons.push(`${flagged.length - 2} more rule${flagged.length === 3 ? '' : 's'} below`);
  const passed = report.gates.filter((gate) => gate.status === 'pass');
  return {
    templateDataVersion: TEMPLATE_DATA_VERSION,
    verdict: report.verdict,
    verdictIcon: icons[report.verdict],
    verdictWord: words[report.verdict],
    title: titleOf(report, reasons),
    reasons,
    summary: summaryOf(report),
    provenance: provenanceLines(report).join('\n\n'),
    warnings: report.warnings.map(escapeMarkdown),
    headline: headlineOf(report),
    usage: usageLine(report),
    rules: {
      flagged: flagged.map((outcome) => ruleRow(outcome, context)),
      passed: passed.map((outcome) => ruleRow(outcome, context)),
      passedTitle: `${passed.length} rule${passed.length === 1 ? '' : 's'} passed`,
    },
    lengths: lengthsView(report),
    slices: slicesView(report, detail.maxRows),
    confusion: confusionView(report, detail.maxRows),
    perClass: perClassView(report, detail.maxRows),
    invalid: invalidView(report),
    regressions: regressionsView(report, detail),
    notes: report.notes.map(escapeMarkdown),
    monitoring: monitoringMarkdown(report, detail.exampleChars),
    trimmed: '',
    footer: footerOf(report, runUrl),
  };
}
