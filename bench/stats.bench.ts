// Time of the statistical comparison at n = 10^3, 10^5, 10^6 examples: the paired F1
// bootstrap (10,000 resamples over the 5×5×5 expected/baseline/candidate cells, statistic
// the compare module's own f1DeltasOfCells), the median-change bootstrap
// (10,000 resamples), KS and Wasserstein on the output lengths, and McNemar with its power.
// The bootstrap columns should stay flat as n grows: they see cell counts, never rows (the
// F1 bootstrap costs O(occupied cells), at most 125 here; `cells` shows how many are used).
// Run: `npm run bench stats`.
import { type Cells, f1DeltasOfCells } from '../src/compare/f1-deltas.js';
import { ks2samp } from '../src/stats/ks-two-sample.js';
import { wasserstein1 } from '../src/stats/lengths-shift.js';
import { mcnemarExact } from '../src/stats/mcnemar.js';
import { medianDeltaInterval } from '../src/stats/median-interval.js';
import { minDetectableDrop } from '../src/stats/paired-accuracy.js';
import { seededRandom } from '../src/stats/random.js';

const CLASSES = 5;
const RESAMPLES = 10_000;
const SIZES = [1_000, 100_000, 1_000_000];

interface Dataset {
  cells: number[];
  both: number;
  baselineOnly: number;
  candidateOnly: number;
  neither: number;
  baselineLengths: Float64Array;
  candidateLengths: Float64Array;
}

/** Synthetic paired evaluation: 80%-accurate baseline, candidate changes 8% of answers. */
function generate(n: number): Dataset {
  const random = seededRandom(2024);
  const cells = new Array<number>(CLASSES ** 3).fill(0);
  const counts = { both: 0, baselineOnly: 0, candidateOnly: 0, neither: 0 };
  const baselineLengths = new Float64Array(n);
  const candidateLengths = new Float64Array(n);
  const pick = () => Math.floor(random.uniform() * CLASSES);
  for (let i = 0; i < n; i++) {
    const expected = Math.min(CLASSES - 1, Math.floor(-Math.log(1 - random.uniform()) * 1.5));
    const baseline = random.uniform() < 0.8 ? expected : pick();
    const candidate = random.uniform() < 0.08 ? pick() : baseline;
    const cell = (expected * CLASSES + baseline) * CLASSES + candidate;
    cells[cell] = (cells[cell] as number) + 1;
    const baselineRight = baseline === expected;
    const candidateRight = candidate === expected;
    if (baselineRight && candidateRight) counts.both++;
    else if (baselineRight) counts.baselineOnly++;
    else if (candidateRight) counts.candidateOnly++;
    else counts.neither++;
    // Token counts: log-normal around 120, the candidate about 3% longer.
    const normal = Math.sqrt(-2 * Math.log(1 - random.uniform())) * Math.cos(2 * Math.PI * random.uniform());
    baselineLengths[i] = Math.round(Math.exp(4.8 + 0.5 * normal));
    candidateLengths[i] = Math.round((baselineLengths[i] as number) * Math.exp(0.03 + 0.1 * (random.uniform() - 0.5)));
  }
  return { cells, ...counts, baselineLengths, candidateLengths };
}

/**
 * The occupied (expected, baseline, candidate) cells in the shape the compare module bootstraps,
 * so the figure is the shipped statistic's (each side over its own labels, p-values included).
 */
function cellsOf(dense: readonly number[]): Cells {
  const occupied = dense.flatMap((count, cell) => (count > 0 ? [cell] : []));
  return {
    expected: Int32Array.from(occupied, (cell) => Math.floor(cell / (CLASSES * CLASSES))),
    baseline: Int32Array.from(occupied, (cell) => Math.floor(cell / CLASSES) % CLASSES),
    candidate: Int32Array.from(occupied, (cell) => cell % CLASSES),
    counts: occupied.map((cell) => dense[cell] as number),
  };
}

const labels = Array.from({ length: CLASSES }, (_, k) => `class-${k}`);

function timed<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

const format = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`.padStart(10);

console.log(`paired comparison, ${CLASSES} classes, bootstrap ${RESAMPLES.toLocaleString('en')} resamples`);
console.log(
  ['n', 'cells', 'F1 bootstrap', 'median CI', 'KS', 'Wasserstein', 'McNemar+MDE', 'total']
    .map((h, i) => (i === 0 ? h.padEnd(10) : h.padStart(i === 1 ? 6 : 13)))
    .join(''),
);
let warm = false;
for (const n of SIZES) {
  const data = generate(n);
  const run = () => {
    const bootstrap = timed(() =>
      f1DeltasOfCells({ source: 'inferred', labels }, cellsOf(data.cells), {
        resamples: RESAMPLES,
        seed: 7,
        confidence: 0.95,
      }),
    );
    const median = timed(() =>
      medianDeltaInterval({
        baseline: data.baselineLengths,
        candidate: data.candidateLengths,
        resamples: RESAMPLES,
        seed: 7,
        confidence: 0.95,
      }),
    );
    const ks = timed(() => ks2samp(data.baselineLengths, data.candidateLengths));
    const wasserstein = timed(() => wasserstein1(data.baselineLengths, data.candidateLengths));
    const mcnemar = timed(() => {
      mcnemarExact(data.baselineOnly, data.candidateOnly);
      return minDetectableDrop(data, { alpha: 0.05, power: 0.8 });
    });
    return { bootstrap, median, ks, wasserstein, mcnemar };
  };
  if (!warm) {
    run();
    warm = true;
  }
  const r = run();
  const total = r.bootstrap.ms + r.median.ms + r.ks.ms + r.wasserstein.ms + r.mcnemar.ms;
  console.log(
    n.toLocaleString('en').padEnd(10) +
      String(data.cells.filter((count) => count > 0).length).padStart(6) +
      [r.bootstrap.ms, r.median.ms, r.ks.ms, r.wasserstein.ms, r.mcnemar.ms, total]
        .map((ms) => format(ms).padStart(13))
        .join(''),
  );
  console.log(
    `${''.padEnd(10)}macro-F1 Δ CI [${r.bootstrap.result.macroF1.ciLow?.toFixed(4)}, ${r.bootstrap.result.macroF1.ciHigh?.toFixed(4)}], ` +
      `median Δ ${r.median.result.delta} CI [${r.median.result.ciLow}, ${r.median.result.ciHigh}], ` +
      `KS D=${r.ks.result.statistic.toFixed(4)} p=${r.ks.result.pValue.toPrecision(3)} (${r.ks.result.method}), MDE ${(r.mcnemar.result * 100).toFixed(2)} pt`,
  );
}
