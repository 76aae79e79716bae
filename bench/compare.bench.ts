// The full paired comparison (compareSnapshots: pairing, McNemar, the F1 bootstrap with
// 10,000 resamples, the median-change bootstrap, KS, Wasserstein, Wilcoxon, flips, prediction
// shift) at 10^3, 10^5 and 10^6 examples, on snapshots scored by the real code. The F1
// bootstrap is timed apart: its cost follows the occupied label cells, not the examples.
// Run: `npm run bench compare`.
import { compareSnapshots } from '../src/compare/compare.js';
import { cellTable, f1DeltasOfCells } from '../src/compare/f1-deltas.js';
import { pairRecords } from '../src/compare/pairs.js';
import type { Example } from '../src/dataset/types.js';
import type { RunOutcome } from '../src/models/types.js';
import { buildSnapshot } from '../src/snapshot/build.js';
import { RecordTable } from '../src/snapshot/table.js';
import { seededRandom } from '../src/stats/random.js';

const labels = ['billing', 'bug', 'feature', 'praise', 'spam'];
const options = { lengthUnit: 'words' as const, alpha: 0.05, confidence: 0.95, resamples: 10_000, seed: 1 };

function snapshots(n: number) {
  const random = seededRandom(2026);
  const examples: Example[] = [];
  const baseline: RunOutcome[] = [];
  const candidate: RunOutcome[] = [];
  for (let i = 0; i < n; i++) {
    const expected = labels[Math.floor(random.uniform() * labels.length)] as string;
    const other = () => labels[Math.floor(random.uniform() * labels.length)] as string;
    const before = random.uniform() < 0.85 ? expected : other();
    const after = random.uniform() < 0.07 ? other() : before;
    const id = `ex-${i}`;
    examples.push({ id, input: '', expected, tags: { lang: i % 3 === 0 ? 'de' : 'en' }, fields: {} });
    // Label plus a short rationale of varying length, so the length statistics have work to do.
    const words = (count: number) => ' because'.repeat(count);
    baseline.push({ id, output: before + words(Math.floor(random.uniform() * 20)) });
    candidate.push({ id, output: after + words(Math.floor(random.uniform() * 24)) });
  }
  const common = {
    dataset: { path: 'bench.jsonl', format: 'jsonl' as const, fingerprint: 'sha256:bench' },
    examples,
    task: 'classification' as const,
    // The label is the first word of the answer.
    scoring: { labelPattern: '^(\\w+)', caseSensitive: false },
    tool: { name: 'bench', version: '0' },
    gitSha: null,
    createdAt: new Date(0).toISOString(),
    seed: 1,
  };
  return {
    baseline: buildSnapshot({ ...common, outcomes: baseline, model: { type: 'bench', name: 'baseline' } }),
    candidate: buildSnapshot({ ...common, outcomes: candidate, model: { type: 'bench', name: 'candidate' } }),
  };
}

function time<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

console.log(
  '| n | full comparison | F1 bootstrap, 10,000 resamples (cells) | one pass to count the cells | pairing by id |',
);
console.log('|---:|---:|---:|---:|---:|');
for (const n of [1_000, 100_000, 1_000_000]) {
  const { baseline, candidate } = snapshots(n);
  globalThis.gc?.();
  const full = time(() => compareSnapshots(baseline, candidate, options));
  if (full.result === null) throw new Error('nothing compared');
  const tables = [RecordTable.of(baseline.records), RecordTable.of(candidate.records)] as const;
  const pairing = time(() => pairRecords(tables[0], tables[1]));
  const table = time(() => cellTable(pairing.result.pairs));
  const bootstrap = time(() => f1DeltasOfCells(table.result.labelSet, table.result.cells, options));
  console.log(
    `| ${n.toLocaleString('en')} | ${full.ms.toFixed(0)} ms | ${bootstrap.ms.toFixed(0)} ms (${table.result.cells.counts.length}) | ${table.ms.toFixed(0)} ms | ${pairing.ms.toFixed(0)} ms |`,
  );
}

// Issue 9: 100,000 examples of which half the candidate's outputs are unique sentences (an LLM
// that answers in prose), next to the same files with clean labels. Scoring, summaries and the
// whole comparison with 10,000 resamples; the target is within 2× of the clean run.
function ramblingCase(n: number, rambling: boolean) {
  const random = seededRandom(909);
  const examples: Example[] = [];
  const baseline: RunOutcome[] = [];
  const candidate: RunOutcome[] = [];
  for (let i = 0; i < n; i++) {
    const expected = labels[Math.floor(random.uniform() * labels.length)] as string;
    const other = () => labels[Math.floor(random.uniform() * labels.length)] as string;
    const id = `ex-${i}`;
    examples.push({ id, input: '', expected, tags: {}, fields: {} });
    const before = random.uniform() < 0.85 ? expected : other();
    baseline.push({ id, output: before });
    const sentence = `I think this message (number ${i}) is most likely about ${other()}, but I am not sure.`;
    candidate.push({ id, output: rambling && i % 2 === 0 ? sentence : random.uniform() < 0.07 ? other() : before });
  }
  const common = {
    dataset: { path: 'bench.jsonl', format: 'jsonl' as const, fingerprint: 'sha256:bench' },
    examples,
    task: 'classification' as const,
    scoring: { labelPattern: null, caseSensitive: false },
    tool: { name: 'bench', version: '0' },
    gitSha: null,
    createdAt: new Date(0).toISOString(),
    seed: 1,
  };
  return () => {
    const before = buildSnapshot({ ...common, outcomes: baseline, model: { type: 'bench', name: 'baseline' } });
    const after = buildSnapshot({ ...common, outcomes: candidate, model: { type: 'bench', name: 'candidate' } });
    return compareSnapshots(before, after, options);
  };
}

console.log('\n| 100,000 examples, 10,000 resamples | clean labels | half unique sentences | ratio (target ≤ 2×) |');
console.log('|---|---:|---:|---:|');
{
  const clean = ramblingCase(100_000, false);
  const rambling = ramblingCase(100_000, true);
  clean(); // warm up the JIT on the same code path
  globalThis.gc?.();
  const cleanRun = time(clean);
  globalThis.gc?.();
  const ramblingRun = time(rambling);
  if (ramblingRun.result?.invalidRate?.candidate !== 0.5)
    throw new Error('the rambling case should have half its outputs invalid');
  console.log(
    `| score + summarise + compare | ${cleanRun.ms.toFixed(0)} ms | ${ramblingRun.ms.toFixed(0)} ms | ${(ramblingRun.ms / cleanRun.ms).toFixed(2)}× |`,
  );
}
