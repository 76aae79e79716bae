import { describe, expect, it } from 'vitest';
import { ANOMALY_SAMPLE_SIZE, snapshotAnomalies } from '../../src/anomaly/run.js';
import { snapshotTable } from '../../src/snapshot/table.js';
import { rowsOf, snapshotOf } from '../support/snapshots.js';

const EXAMPLES = 30_000;
const ramble = 'well, it could be spam or it could be ham, hard to say really, '.repeat(8);

describe('the anomaly detector above ANOMALY_SAMPLE_SIZE candidate rows', () => {
  const rows = rowsOf(EXAMPLES, (i) => i % 10 !== 0);
  // The baseline in another order: the sample must pair by id, not by row.
  const baseline = snapshotTable(snapshotOf([...rows].reverse()));
  // One candidate output in ten rambles: a 10% rate against the baseline's none.
  const candidate = snapshotTable(snapshotOf(rows.map((row, i) => (i % 10 === 3 ? { ...row, output: ramble } : row))));
  const options = { seed: 5, contamination: 0.01, confidence: 0.95, top: 10 };
  const first = snapshotAnomalies(baseline, candidate, options);

  it('runs on a seeded sample of pairs and says so', () => {
    expect(first.summary?.sampledFrom).toEqual({ baseline: EXAMPLES, candidate: EXAMPLES });
    expect(first.summary?.n).toBe(ANOMALY_SAMPLE_SIZE);
    expect(snapshotAnomalies(baseline, candidate, options).summary).toEqual(first.summary);
    expect(snapshotAnomalies(baseline, candidate, { ...options, seed: 6 }).summary?.top).not.toEqual(
      first.summary?.top,
    );
  });

  it("measures the whole's rate within the sample's error, on the same examples both sides", () => {
    // ±3 points is well over 5 standard errors of a 10% rate on 20,000 pairs.
    expect(Math.abs((first.summary?.candidateRate ?? 0) - 0.1)).toBeLessThan(0.03);
    expect(first.summary?.baselineRate).toBeLessThan(0.03);
    expect(first.report?.top[0]?.output.startsWith('well, it could be')).toBe(true);
  });
});
