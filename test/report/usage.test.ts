import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import { buildReport } from '../../src/report/build.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildSnapshot } from '../../src/snapshot/build.js';
import { snapshotTable } from '../../src/snapshot/table.js';

const examples = [0, 1, 2, 3].map((i) => ({ id: `q${i}`, input: 'x', expected: 'yes', tags: {}, fields: {} }));
const snapshot = buildSnapshot({
  dataset: { path: 'e.jsonl', format: 'jsonl', fingerprint: 'sha256:x' },
  examples,
  outcomes: examples.map((example, i) => ({
    id: example.id,
    output: 'yes',
    latencyMs: 100 * (i + 1),
    usage: { promptTokens: 1000, completionTokens: 10 * (i + 1) },
  })),
  task: 'classification',
  scoring: { labelPattern: null, caseSensitive: false },
  model: { type: 'openai', name: 'gpt-test' },
  tool: { name: 'model-release-gate', version: 'test' },
  gitSha: null,
  createdAt: '2026-11-23T00:00:00.000Z',
  seed: 1,
});

describe('latency, tokens and cost', () => {
  it('sums usage, prices it and shows it under the metrics', () => {
    const config = configSchema.parse({});
    const gate = evaluateGates({
      gates: config.gates,
      alpha: 0.05,
      confidence: 0.95,
      candidate: snapshot.summary.metrics,
      comparison: null,
    });
    const pricing = { inputPerMillionTokens: 0.15, outputPerMillionTokens: 0.6 };
    const report = buildReport({
      candidate: snapshotTable(snapshot),
      baseline: null,
      comparison: null,
      gate,
      lengthUnit: 'words',
      accuracyMaxDrop: 0.02,
      alpha: 0.05,
      notes: [],
      pricing: { candidate: pricing, baseline: null },
    });
    expect(report.candidate.usage).toEqual({ promptTokens: 4000, completionTokens: 100 });
    expect(report.candidate.cost).toBeCloseTo((4000 * 0.15 + 100 * 0.6) / 1e6, 15);
    // numpy.percentile([100, 200, 300, 400], 50) = 250, 95 → 385, 99 → 397.
    expect(report.candidate.latencyMs).toEqual({ p50: 250, p95: 385, p99: 397, mean: 250 });
    expect(renderMarkdown(report)).toContain(
      'Candidate: latency p50/p95/p99 250/385/397 ms, 4,000 prompt + 100 completion tokens, cost 0.00066.',
    );
  });
});
