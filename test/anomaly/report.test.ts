import { describe, expect, it } from 'vitest';
import { snapshotAnomalies } from '../../src/anomaly/run.js';
import { configSchema } from '../../src/config/schema.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import { buildReport } from '../../src/report/build.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { snapshotTable } from '../../src/snapshot/table.js';
import { rowsOf, snapshotOf } from '../support/snapshots.js';

const hostile = 'spam <img src=x onerror=alert(1)> **bold** @team '.repeat(30);

describe('anomalies in the gate and the report', () => {
  const baselineRows = rowsOf(200, (i) => i % 10 !== 0).map((row) => ({
    ...row,
    input: `question about ${row.id} <script>`,
  }));
  const baseline = snapshotTable(snapshotOf(baselineRows));
  // Same answers, but eight of them ramble on: 4% against the baseline's 1% (its contamination) in anomalous outputs.
  const planted = new Set(['e3', 'e17', 'e50', 'e99', 'e120', 'e181', 'e7', 'e155']);
  const candidate = snapshotTable(
    snapshotOf(baselineRows.map((row) => (planted.has(row.id as string) ? { ...row, output: hostile } : row))),
  );
  const config = configSchema.parse({ gates: { anomalyRate: { maxIncrease: 0.02, decision: 'point' } } });
  const anomalies = snapshotAnomalies(baseline, candidate, { seed: 1, contamination: 0.01, confidence: 0.95, top: 10 });

  it('lists the planted examples first, with their input and output', () => {
    expect(new Set(anomalies.report?.top.slice(0, 8).map((example) => example.id))).toEqual(planted);
    expect(anomalies.report?.top[0]?.input).toMatch(/^question about e\d+ <script>$/);
    expect(anomalies.report?.top[0]?.output.length).toBeLessThanOrEqual(500);
    expect(anomalies.report?.candidateRate).toBeGreaterThan(anomalies.report?.baselineRate as number);
  });

  it('warns by default through gates.anomalyRate, and the report shows them escaped', () => {
    const gate = evaluateGates({
      gates: config.gates,
      alpha: 0.05,
      confidence: 0.95,
      candidate: candidate.header.summary.metrics,
      comparison: null,
      anomalies: anomalies.summary,
    });
    const rule = gate.gates.find((outcome) => outcome.name === 'anomalyRate.maxIncrease');
    expect(rule?.status).toBe('warn');
    const report = buildReport({
      candidate,
      baseline,
      comparison: null,
      gate,
      lengthUnit: 'words',
      accuracyMaxDrop: 0.02,
      alpha: 0.05,
      notes: [],
      monitoring: { anomalies: anomalies.report, history: [] },
    });
    expect(report.anomalies?.top).toHaveLength(10);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('Most anomalous candidate outputs');
    expect(markdown).toContain('&lt;img src=x');
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('\\*\\*bold\\*\\*');
  });

  it('is off with gates.anomalyRate.maxIncrease: null', () => {
    const off = configSchema.parse({ gates: { anomalyRate: { maxIncrease: null } } });
    const gate = evaluateGates({
      gates: off.gates,
      alpha: 0.05,
      confidence: 0.95,
      candidate: candidate.header.summary.metrics,
      comparison: null,
      anomalies: anomalies.summary,
    });
    expect(gate.gates.some((outcome) => outcome.name.startsWith('anomalyRate'))).toBe(false);
  });
});
