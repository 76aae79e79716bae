import { type ExampleRecord, SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../../src/snapshot/schema.js';

const lengthSummary = { n: 2, mean: 1, std: 0, min: 1, median: 1, p90: 1, p99: 1, max: 1 };

/** A small schema-valid results.json; tests override what they care about. */
export function buildSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  const records: ExampleRecord[] = [
    {
      id: 'a',
      expected: 'spam',
      output: 'spam',
      prediction: 'spam',
      correct: true,
      length: { chars: 4, words: 1, tokens: 1 },
      tags: {},
    },
    {
      id: 'b',
      expected: 'ham',
      output: 'spam',
      prediction: 'spam',
      correct: false,
      length: { chars: 4, words: 1, tokens: 1 },
      tags: {},
    },
  ];
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    tool: { name: 'model-release-gate', version: '0.1.0' },
    createdAt: '2026-11-01T10:00:00.000Z',
    gitSha: 'abc1234',
    task: 'classification',
    model: { type: 'predictions', name: 'previous' },
    dataset: { path: 'eval.jsonl', format: 'jsonl', fingerprint: 'sha256:0', n: 2 },
    scoring: { labelPattern: null, caseSensitive: false },
    seed: 1,
    records,
    summary: {
      total: 2,
      scored: 2,
      errors: 0,
      metrics: {
        task: 'generation',
        n: 2,
        exactMatch: 0.5,
        accuracy: 0.5,
        tokenF1: 0.5,
        scorer: 'exact',
        passRate: 0.5,
        score: 0.5,
      },
      outputLength: { chars: lengthSummary, words: lengthSummary, tokens: lengthSummary },
      latencyMs: null,
      usage: null,
    },
    ...overrides,
  };
}
