import { compareSnapshots } from '../../src/compare/compare.js';
import { configSchema } from '../../src/config/schema.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import { buildReport } from '../../src/report/build.js';
import type { GateReport } from '../../src/report/types.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { snapshotTable } from '../../src/snapshot/table.js';
import { type Row, rowsOf, snapshotOf } from '../support/snapshots.js';

/** A report as the pipeline builds it, from real snapshots, with the default rules. */
export function reportOf(baseline: Snapshot | null, candidate: Snapshot, resamples = 500): GateReport {
  const config = configSchema.parse({});
  const comparison = baseline
    ? compareSnapshots(baseline, candidate, { lengthUnit: 'words', ...config.statistics, resamples })
    : null;
  const gate = evaluateGates({
    gates: config.gates,
    alpha: 0.05,
    confidence: 0.95,
    candidate: candidate.summary.metrics,
    comparison,
  });
  return buildReport({
    candidate: snapshotTable(candidate),
    baseline: baseline ? snapshotTable(baseline) : null,
    comparison,
    gate,
    lengthUnit: 'words',
    accuracyMaxDrop: 0.02,
    alpha: 0.05,
    notes: [],
  });
}

const categories = ['electronics', 'books', 'toys', 'garden'];

/** 800 reviews over four slices; the candidate breaks "electronics" when `broken`. */
function sentimentRows(broken: (i: number) => boolean): Row[] {
  return Array.from({ length: 800 }, (_, i) => {
    const expected = i % 2 === 0 ? 'positive' : 'negative';
    const other = expected === 'positive' ? 'negative' : 'positive';
    const wrong = i % 25 === 0 || broken(i);
    return { id: `r${i}`, expected, output: wrong ? other : expected, tags: { category: categories[i % 4] as string } };
  });
}

export const scenarios = {
  /** The same model twice: nothing moved. */
  pass: () => reportOf(snapshotOf(sentimentRows(() => false)), snapshotOf(sentimentRows(() => false))),
  /** As many new errors as fixed ones: accuracy holds, but 8% of answers flipped (a warn-severity rule). */
  warn: () =>
    reportOf(
      snapshotOf(rowsOf(1000, (i) => i % 25 !== 0 && i % 12 !== 1)),
      snapshotOf(rowsOf(1000, (i) => i % 25 !== 0 && i % 12 !== 7)),
    ),
  /** One slice broken: electronics loses 40% of its right answers. */
  fail: () =>
    reportOf(snapshotOf(sentimentRows(() => false)), snapshotOf(sentimentRows((i) => i % 4 === 0 && i % 5 < 2))),
  firstRun: () => reportOf(null, snapshotOf(sentimentRows(() => false))),
  /** The baseline ran on an older version of the dataset: 100 examples fewer. */
  datasetChange: () =>
    reportOf(
      snapshotOf(sentimentRows(() => false).slice(0, 700), { fingerprint: 'sha256:older' }),
      snapshotOf(sentimentRows(() => false)),
    ),
  /** Short answers turned into long rambles that miss the reference. */
  generation: () => {
    const answers = Array.from({ length: 300 }, (_, i) => ({ id: `q${i}`, expected: `answer number ${i}` }));
    const baseline = snapshotOf(
      answers.map((row, i) => ({
        ...row,
        output: i % 10 === 0 ? 'no idea' : row.expected,
        tags: { lang: i % 3 === 0 ? 'de' : 'en' },
      })),
      { task: 'generation' },
    );
    const candidate = snapshotOf(
      answers.map((row, i) => ({
        ...row,
        output:
          i % 3 === 0
            ? `Well, let me think about this at length before I answer: it might be ${i + 1}, or it might not.`
            : i % 10 === 0
              ? 'no idea'
              : row.expected,
        tags: { lang: i % 3 === 0 ? 'de' : 'en' },
      })),
      { task: 'generation' },
    );
    return reportOf(baseline, candidate);
  },
} satisfies Record<string, () => GateReport>;
