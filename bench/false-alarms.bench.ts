// How often the DEFAULT gate fails, by simulation (issue 13's false-alarm criterion):
// - re-runs of the same model at n = 500 must fail no more often than alpha (0.05);
// - a real 5-point accuracy drop at n = 2,000 must still fail (the power, printed).
// A "model" here is a stochastic classifier: each example has its own chance of being answered
// right (difficulty varies across examples, as on real datasets), so a re-run flips some
// answers both ways. Snapshots are scored, compared and gated by the real code with the
// default config (every rule: accuracy, macro-F1, per-class F1, slices, flips, invalid
// outputs, length). The F1 bootstrap uses 1,000 resamples instead of 10,000 to keep the
// run short; it moves the intervals' ends by well under a tenth of a point.
// The last column: `gates.negativeFlipRate` with `decision: beyond-noise, max: 0`, its floor
// the baseline run a second time (as `--baseline-repeat` gives it): how often it flags.
// Run: `npm run bench false-alarms`.
import { compareSnapshots } from '../src/compare/compare.js';
import { selfFlipsOf } from '../src/compare/self-flips.js';
import { configSchema } from '../src/config/schema.js';
import type { Example } from '../src/dataset/types.js';
import { evaluateGates } from '../src/gate/evaluate.js';
import type { RunOutcome } from '../src/models/types.js';
import { buildSnapshot } from '../src/snapshot/build.js';
import { snapshotTable } from '../src/snapshot/table.js';
import { type SeededRandom, seededRandom } from '../src/stats/random.js';

const labels = ['billing', 'bug', 'feature'];
const config = configSchema.parse({});
const statistics = { ...config.statistics, resamples: 1_000 };
const beyondNoise = configSchema.parse({
  gates: { negativeFlipRate: { max: 0, decision: 'beyond-noise', severity: 'fail' } },
}).gates;

/** Per-example chances of a right answer: mean ≈ 0.85, spread as easy and hard examples are. */
function chances(n: number, random: SeededRandom): number[] {
  return Array.from({ length: n }, () =>
    Math.min(0.995, Math.max(0.05, 0.85 + 0.3 * (random.uniform() - 0.5) + (random.uniform() < 0.1 ? -0.4 : 0))),
  );
}

function run(examples: Example[], chance: readonly number[], random: SeededRandom, name: string) {
  const outcomes: RunOutcome[] = examples.map((example, i) => {
    const wrong = labels[
      (labels.indexOf(example.expected) + 1 + Math.floor(random.uniform() * 2)) % labels.length
    ] as string;
    return { id: example.id, output: random.uniform() < (chance[i] as number) ? example.expected : wrong };
  });
  return buildSnapshot({
    dataset: { path: 'sim.jsonl', format: 'jsonl', fingerprint: 'sha256:sim' },
    examples,
    outcomes,
    task: 'classification',
    scoring: { labelPattern: null, caseSensitive: false },
    model: { type: 'sim', name },
    tool: { name: 'bench', version: '0' },
    gitSha: null,
    createdAt: new Date(0).toISOString(),
    seed: 1,
  });
}

/** The share of trials the default gate fails (and warns), candidate chances = baseline's − `drop`. */
function verdicts(n: number, drop: number, trials: number, seed: number) {
  const random = seededRandom(seed);
  let failed = 0;
  let warned = 0;
  let beyond = 0;
  const flagged = new Map<string, number>();
  for (let trial = 0; trial < trials; trial++) {
    const examples: Example[] = Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      input: '',
      expected: labels[Math.floor(random.uniform() * labels.length)] as string,
      tags: { source: ['web', 'mail', 'chat', 'phone'][i % 4] as string },
      fields: {},
    }));
    const base = chances(n, random);
    const lowered = base.map((chance) => Math.max(0, chance - drop));
    const candidate = run(examples, lowered, random, 'candidate');
    const baseline = run(examples, base, random, 'baseline');
    const comparison = compareSnapshots(baseline, candidate, {
      lengthUnit: config.lengthUnit,
      ...statistics,
      seed: trial + 1,
    });
    const { verdict, gates } = evaluateGates({
      gates: config.gates,
      alpha: statistics.alpha,
      confidence: statistics.confidence,
      candidate: candidate.summary.metrics,
      comparison,
    });
    // The baseline again (its own noise), and the beyond-noise rule against that floor.
    const again = run(examples, base, random, 'baseline-again');
    const floor = selfFlipsOf([snapshotTable(baseline).records, snapshotTable(again).records], statistics.confidence);
    const noiseGate = evaluateGates({
      gates: beyondNoise,
      alpha: statistics.alpha,
      confidence: statistics.confidence,
      candidate: candidate.summary.metrics,
      comparison,
      noise: { candidate: null, baseline: floor },
    }).gates.find((gate) => gate.name === 'negativeFlipRate.max');
    if (noiseGate?.status === 'fail') beyond++;
    if (verdict === 'fail') failed++;
    if (verdict === 'warn') warned++;
    // Once per trial each: the slice rule can flag several slices.
    for (const key of new Set(
      gates.filter((gate) => gate.status !== 'pass').map((gate) => `${gate.name} ${gate.status}`),
    ))
      flagged.set(key, (flagged.get(key) ?? 0) + 1);
  }
  const byRule = [...flagged.entries()]
    .sort((x, y) => y[1] - x[1])
    .map(([rule, count]) => `${rule} ${((count / trials) * 100).toFixed(0)}%`);
  return { failed: failed / trials, warned: warned / trials, beyond: beyond / trials, byRule: byRule.join(', ') };
}

const rows = [
  { what: 're-runs of the same model', n: 500, drop: 0, trials: 400, target: `fails ≤ alpha = ${statistics.alpha}` },
  {
    what: 'a real 5-point accuracy drop',
    n: 2_000,
    drop: 0.05,
    trials: 100,
    target: 'fails (power, the higher the better)',
  },
];
console.log(
  '| case | n | trials | default gate fails | warns | target | beyond-noise rule flags (max 0) | rules not passing (share of trials) |',
);
console.log('|---|---:|---:|---:|---:|---|---:|---|');
for (const row of rows) {
  const start = performance.now();
  const rate = verdicts(row.n, row.drop, row.trials, 2026);
  const seconds = ((performance.now() - start) / 1000).toFixed(0);
  console.log(
    `| ${row.what} | ${row.n} | ${row.trials} | ${(rate.failed * 100).toFixed(1)}% | ${(rate.warned * 100).toFixed(1)}% | ${row.target} (${seconds} s) | ${(rate.beyond * 100).toFixed(1)}% | ${rate.byRule} |`,
  );
}
