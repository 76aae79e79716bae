// The whole `run`, as a user runs it, at 10^4, 10^5 and 10^6 examples, beside the same
// comparison in Python (bench/python/pipeline.py: scikit-learn, SciPy KS, statsmodels
// McNemar, 1,000 vectorised bootstrap resamples), with the ratio. Each case is a dataset of
// 5 labels and two predictions files; the previous run's snapshot (made first, not timed) is
// the baseline, and the timed run parses, scores, compares with 10,000 resamples and writes
// the reports. The CLI, bundled from src/ into the bench folder first (dist/ is left alone),
// runs as a child process with Node's default heap (this bench process gets
// --max-old-space-size from scripts/bench.mjs; the child gets neither execArgv nor
// NODE_OPTIONS, and the bench prints the child's heap limit to show it), timed and measured
// (wall time, user + system CPU time, peak RSS) by GNU time. CPU time is the steadier figure
// on a shared machine: the load is printed before and after. The "rambling" cases make a
// quarter of the outputs unique sentences, beside their clean twins.
// Run: `npm run bench scale` (SCALE_SIZES=10000,100000 for fewer sizes; SCALE_DIR, default
// /tmp/model-release-gate-bench/scale, for the generated files; SCALE_LIMIT_SECONDS, default
// 600, stops a run that takes longer).
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { seededRandom } from '../src/stats/random.js';

const labels = ['billing', 'bug', 'feature', 'praise', 'spam'];
// Generated inputs are hundreds of MB at 10^6: outside the repository.
const root = process.env.SCALE_DIR ?? join(tmpdir(), 'model-release-gate-bench', 'scale');
const cli = join(root, 'dist', 'cli.js');
const python = '/usr/bin/python3';

function loadAverage(): string {
  return `load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(', ')} (1, 5, 15 min)`;
}

interface Measured {
  seconds: number;
  /** User + system CPU time. */
  cpuSeconds: number;
  peakMb: number;
  status: number | null;
  stderr: string;
}

/** A run still going after this long is stopped and shown as such (the rambling cases can be). */
const LIMIT_SECONDS = Number(process.env.SCALE_LIMIT_SECONDS ?? 600);

/** Wall time, CPU time and peak RSS of one child process, by /usr/bin/time (GNU time's %e, %U + %S and %M). */
function measure(command: string, args: string[]): Measured {
  const timing = join(root, 'time.txt');
  rmSync(timing, { force: true });
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timing, command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, NODE_OPTIONS: '' },
    timeout: LIMIT_SECONDS * 1000,
    killSignal: 'SIGKILL',
  });
  if (result.error || !existsSync(timing))
    return {
      seconds: Number.POSITIVE_INFINITY,
      cpuSeconds: Number.POSITIVE_INFINITY,
      peakMb: Number.NaN,
      status: null,
      stderr: 'stopped',
    };
  const last = readFileSync(timing, 'utf8').trim().split('\n').pop() as string;
  const [seconds, kilobytes, user, system] = last.split(' ').map(Number) as [number, number, number, number];
  return { seconds, cpuSeconds: user + system, peakMb: kilobytes / 1024, status: result.status, stderr: result.stderr };
}

async function writeLines(path: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  let chunk: string[] = [];
  for (let i = 0; i < count; i++) {
    chunk.push(line(i));
    if (chunk.length === 10_000) {
      if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
      chunk = [];
    }
  }
  if (chunk.length > 0) out.write(`${chunk.join('\n')}\n`);
  out.end();
  await once(out, 'finish');
}

/** Dataset and two predictions files: 85% right before, 7% of answers changed after. */
async function makeCase(dir: string, n: number, rambling: boolean): Promise<void> {
  if (existsSync(join(dir, 'candidate.jsonl'))) return;
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(2026);
  const expected: string[] = [];
  const before: string[] = [];
  const after: string[] = [];
  const pick = () => labels[Math.floor(random.uniform() * labels.length)] as string;
  for (let i = 0; i < n; i++) {
    const label = pick();
    const previous = random.uniform() < 0.85 ? label : pick();
    const next = random.uniform() < 0.07 ? pick() : previous;
    expected.push(label);
    before.push(previous);
    // A quarter of the outputs are sentences, each one different.
    after.push(rambling && random.uniform() < 0.25 ? `The answer here seems to be ${next}, I think (case ${i})` : next);
  }
  await writeLines(join(dir, 'dataset.jsonl'), n, (i) =>
    JSON.stringify({
      id: `ex-${i}`,
      input: `ticket ${i}: the customer writes about their account and the app`,
      expected: expected[i],
    }),
  );
  await writeLines(join(dir, 'baseline.jsonl'), n, (i) => JSON.stringify({ id: `ex-${i}`, output: before[i] }));
  await writeLines(join(dir, 'candidate.jsonl'), n, (i) => JSON.stringify({ id: `ex-${i}`, output: after[i] }));
}

function gateRun(dir: string, predictions: string, out: string, baseline?: string): Measured {
  const args = [
    cli,
    'run',
    '--dataset',
    join(dir, 'dataset.jsonl'),
    '--predictions',
    join(dir, predictions),
    '--out',
    join(dir, out),
  ];
  if (baseline) args.push('--baseline', baseline);
  const measured = measure(process.execPath, args);
  // 1 is "a gate failed": a verdict, not a crash.
  if (measured.seconds === Number.POSITIVE_INFINITY) return measured;
  if (measured.status !== 0 && measured.status !== 1)
    throw new Error(`run failed (${measured.status}): ${measured.stderr.slice(-2000)}`);
  return measured;
}

const sizes = (process.env.SCALE_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const cases = [
  ...sizes.map((n) => ({ n, rambling: false })),
  ...sizes.filter((n) => n <= 100_000).map((n) => ({ n, rambling: true })),
];

// The CLI as it is in src/ now, bundled as scripts/bundle.mjs bundles dist/.
mkdirSync(root, { recursive: true });
const bundled = spawnSync(process.execPath, [join('scripts', 'bundle.mjs'), join(root, 'dist')], { stdio: 'inherit' });
if (bundled.status !== 0) throw new Error('bundling the CLI failed');
const childHeap = spawnSync(
  process.execPath,
  ['-e', 'console.log(require("node:v8").getHeapStatistics().heap_size_limit / 2 ** 20)'],
  { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
);
console.log(
  `Child processes run with Node's default heap: limit ${Number(childHeap.stdout).toFixed(0)} MB (this bench process: ` +
    `${(getHeapStatistics().heap_size_limit / 2 ** 20).toFixed(0)} MB). Load before: ${loadAverage()}\n`,
);
console.log(
  '| case | examples | Node `run` (snapshot baseline): wall | CPU | peak RSS | Python pipeline: wall | CPU | peak RSS | Node/Python wall | Node/Python CPU |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const { n, rambling } of cases) {
  const dir = join(root, `${rambling ? 'rambling' : 'clean'}-${n}`);
  await makeCase(dir, n, rambling);
  rmSync(join(dir, 'previous'), { recursive: true, force: true });
  const previous = gateRun(dir, 'baseline.jsonl', 'previous');
  const node =
    previous.seconds === Number.POSITIVE_INFINITY
      ? previous
      : gateRun(dir, 'candidate.jsonl', 'candidate', join(dir, 'previous', 'results.jsonl'));
  // The Python pipeline counts dense label^3 cells: on unique sentences numpy cannot allocate them.
  const py = rambling
    ? null
    : measure(python, [
        join('bench', 'python', 'pipeline.py'),
        join(dir, 'dataset.jsonl'),
        join(dir, 'baseline.jsonl'),
        join(dir, 'candidate.jsonl'),
      ]);
  if (py && py.status !== 0 && py.seconds !== Number.POSITIVE_INFINITY)
    throw new Error(`python pipeline failed: ${py.stderr.slice(-2000)}`);
  const shown = (m: Measured | null) =>
    m === null
      ? ['— (dense label³ cells)', '—', '—']
      : m.seconds === Number.POSITIVE_INFINITY
        ? [`stopped after ${LIMIT_SECONDS} s`, '—', '—']
        : [`${m.seconds.toFixed(1)} s`, `${m.cpuSeconds.toFixed(1)} s`, `${m.peakMb.toFixed(0)} MB`];
  const ratio = (a: number, b: number | undefined) =>
    b !== undefined && Number.isFinite(a) && Number.isFinite(b) ? (a / b).toFixed(2) : '—';
  console.log(
    `| ${rambling ? 'rambling (¼ unique sentences)' : 'clean labels'} | ${n.toLocaleString('en')} | ${shown(node).join(' | ')} | ` +
      `${shown(py).join(' | ')} | ${ratio(node.seconds, py?.seconds)} | ${ratio(node.cpuSeconds, py?.cpuSeconds)} |`,
  );
}
console.log(`\nLoad after: ${loadAverage()}`);
console.log(
  'Targets at 10^6: Node at most half the Python time (ratio ≤ 0.5) and at most 512 MB peak RSS, default heap.',
);
