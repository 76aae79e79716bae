import Handlebars from 'handlebars';
import { percent, pValue } from '../format.js';
import type { HistoryPoint } from '../history/types.js';
import type { ResourceUse } from '../resources/types.js';
import { cell, escapeMarkdown } from './escape.js';
import template from './templates/monitoring.md.hbs';
import type { GateReport } from './types.js';

// Values arrive formatted and escaped, as in view.ts; precompiled without escaping (hbs.d.ts).
const render = Handlebars.template(template);

function featureValue(name: string, value: number): string {
  if (name === 'latencyMs') return `${Math.round(value)} ms`;
  if (name === 'repetition' || name.endsWith('Share')) return percent(value, 0);
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

function anomalySection(report: GateReport, exampleChars: number) {
  const anomalies = report.anomalies;
  if (!anomalies) return { anomalyLine: '', anomalyRows: [] };
  const sign = anomalies.delta >= 0 ? '+' : '−';
  const anomalyLine =
    `${percent(anomalies.baselineRate)} → ${percent(anomalies.candidateRate)} of ${anomalies.n} outputs ` +
    `(${sign}${percent(Math.abs(anomalies.delta))}, p = ${pValue(anomalies.pValue)}; isolation forest fitted ` +
    `on the baseline, seed ${anomalies.seed}` +
    `${anomalies.sampledFrom ? `; on a seeded sample of the ${anomalies.sampledFrom.candidate.toLocaleString('en')} examples, paired by id` : ''})`;
  const anomalyRows = anomalies.top
    .filter((example) => example.score > anomalies.threshold)
    .map((example) => ({
      id: cell(example.id, 40),
      score: example.score.toFixed(2),
      features: example.features
        .map(
          (feature) =>
            `${feature.name} ${featureValue(feature.name, feature.value)} (usually ${featureValue(feature.name, feature.baselineMedian)})`,
        )
        .join(', '),
      input: cell(example.input, exampleChars),
      output: example.output === '' ? '(empty)' : cell(example.output, exampleChars),
    }));
  return { anomalyLine, anomalyRows };
}

const mebibyte = 1024 * 1024;

function change(before: number | null, after: number | null, shown: (value: number) => string): string {
  if (after === null) return 'not measured';
  if (before === null) return shown(after);
  const relative =
    before > 0 ? ` (${after >= before ? '+' : '−'}${percent(Math.abs(after - before) / before, 0)})` : '';
  return `${shown(before)} → ${shown(after)}${relative}`;
}

function resourceLine(baseline: ResourceUse | null, candidate: ResourceUse | null): string {
  if (!candidate) return '';
  return [
    `peak memory ${change(baseline?.peakRssBytes ?? null, candidate.peakRssBytes, (bytes) => `${(bytes / mebibyte).toFixed(0)} MiB`)}`,
    `CPU ${change(baseline?.cpuSeconds ?? null, candidate.cpuSeconds, (seconds) => `${seconds.toFixed(2)} s`)}`,
    `start-up (spawn → first answer) ${change(baseline?.startupMs ?? null, candidate.startupMs, (ms) => `${Math.round(ms)} ms`)}`,
  ].join(' · ');
}

/** Release tags come from the repository: only plain characters reach the Mermaid source. */
function chartLabel(ref: string): string {
  return ref
    .replace(/^release:/, '')
    .replace(/[^A-Za-z0-9._+-]/g, '_')
    .slice(0, 24);
}

function chart(history: readonly HistoryPoint[]): string {
  const labels = history.map((point) => `"${chartLabel(point.ref)}"`).join(', ');
  const line = (values: number[]) => `[${values.map((value) => (value * 100).toFixed(1)).join(', ')}]`;
  const lines = [
    `xychart-beta`,
    `  title "Headline metrics across releases (%)"`,
    `  x-axis [${labels}]`,
    `  y-axis "%" 0 --> 100`,
    `  line ${line(history.map((point) => point.accuracy))}`,
  ];
  if (history.every((point) => point.macroF1 !== null))
    lines.push(`  line ${line(history.map((point) => point.macroF1 as number))}`);
  return lines.join('\n');
}

/** The anomaly, resource and trend blocks of the report, as Markdown (empty when there is nothing to show). */
export function monitoringMarkdown(report: GateReport, exampleChars: number): string {
  const history = report.history;
  return render({
    ...anomalySection(report, exampleChars),
    resourceLine: resourceLine(report.baseline?.resources ?? null, report.candidate.resources),
    historyRows:
      history.length < 2
        ? []
        : history.map((point) => ({
            ref: escapeMarkdown(point.ref),
            date: escapeMarkdown(point.createdAt.slice(0, 10)),
            accuracy: percent(point.accuracy),
            macroF1: point.macroF1 === null ? '—' : percent(point.macroF1),
            n: String(point.n),
          })),
    chart: history.length < 2 ? '' : chart(history),
  }).trimEnd();
}
