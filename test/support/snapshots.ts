import { type Pair, pairRecords } from '../../src/compare/pairs.js';
import type { Example } from '../../src/dataset/types.js';
import type { ScorerSpec } from '../../src/metrics/scorers.js';
import type { RunOutcome } from '../../src/models/types.js';
import { buildSnapshot } from '../../src/snapshot/build.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { snapshotTable } from '../../src/snapshot/table.js';
import { defined } from './defined.js';

export interface Row {
  id?: string;
  expected: string;
  output: string | { error: string };
  tags?: Record<string, string>;
  /** What the model was sent; default `input N`. */
  input?: string;
}

/** A real snapshot (scored by the real code) from a few rows; overrides for the rest. */
export function snapshotOf(
  rows: readonly Row[],
  overrides: Partial<{
    task: 'classification' | 'generation';
    fingerprint: string;
    name: string;
    scorer: ScorerSpec;
  }> = {},
): Snapshot {
  const examples: Example[] = rows.map((row, index) => ({
    id: row.id ?? String(index + 1),
    input: row.input ?? `input ${index + 1}`,
    expected: row.expected,
    tags: row.tags ?? {},
    fields: {},
  }));
  const outcomes: RunOutcome[] = rows.map((row, index) => {
    const id = defined(examples[index]).id;
    return typeof row.output === 'string' ? { id, output: row.output } : { id, error: row.output.error };
  });
  return buildSnapshot({
    dataset: { path: 'eval.jsonl', format: 'jsonl', fingerprint: overrides.fingerprint ?? 'sha256:test' },
    examples,
    outcomes,
    task: overrides.task ?? 'classification',
    scoring: { labelPattern: null, caseSensitive: false, ...(overrides.scorer ? { scorer: overrides.scorer } : {}) },
    model: { type: 'predictions', name: overrides.name ?? 'model' },
    tool: { name: 'model-release-gate', version: 'test' },
    gitSha: null,
    createdAt: '2026-11-23T00:00:00.000Z',
    seed: 1,
  });
}

/** n rows with the given label, each right or wrong as `isRight(i)` says. */
export function rowsOf(n: number, isRight: (i: number) => boolean, labels = ['spam', 'ham']): Row[] {
  return Array.from({ length: n }, (_, i) => {
    const expected = defined(labels[i % labels.length]);
    const wrong = defined(labels[(i + 1) % labels.length]);
    return { id: `e${i}`, expected, output: isRight(i) ? expected : wrong };
  });
}

/** The paired examples of two snapshots (pairRecords on their tables), as plain records a test may copy and change. */
export function pairedRecords(baseline: Snapshot, candidate: Snapshot): Pair[] {
  const { pairs } = pairRecords(snapshotTable(baseline).records, snapshotTable(candidate).records);
  return Array.from(pairs.candidateRows, (row, k) => ({
    baseline: pairs.baseline.record(pairs.baselineRows[k] as number),
    candidate: pairs.candidate.record(row),
  }));
}
