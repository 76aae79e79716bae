// How soon the CLI and the Action say something: the median over RUNS runs of the time from
// spawn to the first byte on stdout or stderr ("first line") and to exit, with `node` itself
// as the reference, and each program's peak RSS (one more run with a probe preloaded). The
// target is a first line within 0.15 s for `--version`, `--help` and the Action
// (scripts/bundle.mjs splits each program into a tiny entry and the bulk it imports lazily).
// The bundle is built fresh into a temp folder. Run: `npm run bench startup` (BENCH_RUNS).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TARGET_S = 0.15;

const dir = mkdtempSync(join(tmpdir(), 'mrg-startup-'));
const dist = join(dir, 'dist');
execFileSync(process.execPath, ['scripts/bundle.mjs', dist]);
const rows = [
  { id: 'a', input: 'x', expected: 'spam' },
  { id: 'b', input: 'y', expected: 'ham' },
];
writeFileSync(join(dir, 'eval.jsonl'), rows.map((row) => JSON.stringify(row)).join('\n'));
writeFileSync(
  join(dir, 'predictions.jsonl'),
  rows.map((row) => JSON.stringify({ id: row.id, output: row.expected })).join('\n'),
);
const probe = join(dir, 'probe.cjs');
writeFileSync(
  probe,
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.PROBE_OUT, String(process.resourceUsage().maxRSS)));",
);

interface Case {
  name: string;
  args: string[];
  target: boolean;
}
const cli = join(dist, 'cli.js');
const cases: Case[] = [
  { name: 'node -e 0 (reference)', args: ['-e', '0'], target: false },
  { name: "node -e 'console.log(0)' (reference)", args: ['-e', 'console.log(0)'], target: false },
  { name: 'model-release-gate --version', args: [cli, '--version'], target: true },
  { name: 'model-release-gate --help', args: [cli, '--help'], target: true },
  // With no inputs the Action logs its first line, loads, and fails the step on the empty token.
  { name: 'the Action (dist/index.js)', args: [join(dist, 'index.js')], target: true },
  {
    name: 'model-release-gate run (2 examples)',
    args: [cli, 'run', '--dataset', 'eval.jsonl', '--predictions', 'predictions.jsonl', '--out', 'out'],
    target: false,
  },
];

/** Seconds from spawn to the first output byte and to exit. */
function once(args: string[], env: Record<string, string> = {}): Promise<{ first: number; exit: number }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - start) / 1e9;
    let first = Number.NaN;
    const child = spawn(process.execPath, args, { cwd: dir, env: { PATH: process.env.PATH ?? '', ...env } });
    const onData = () => {
      if (Number.isNaN(first)) first = seconds();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', () => resolve({ first, exit: seconds() }));
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

console.log(`median of ${RUNS} runs each, Node ${process.version}; target: first line within ${TARGET_S} s`);
console.log('case | first line s | exit s | peak RSS MB | target');
for (const { name, args, target } of cases) {
  const firsts: number[] = [];
  const exits: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { first, exit } = await once(args);
    firsts.push(first);
    exits.push(exit);
  }
  const rssFile = join(dir, 'rss');
  await once(['--require', probe, ...args], { PROBE_OUT: rssFile });
  const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  const firstLine = median(firsts);
  const verdict = target ? (firstLine <= TARGET_S ? 'met' : 'missed') : '—';
  console.log(
    `${name} | ${Number.isNaN(firstLine) ? '(none)' : firstLine.toFixed(3)} | ${median(exits).toFixed(3)} | ${rssMb.toFixed(0)} | ${verdict}`,
  );
}
rmSync(dir, { recursive: true, force: true });
