// Merging shards: `merge` of 10 shard snapshots of 10^5 examples each (10^6 in all), timed
// from the call to its return (headers checked, dataset re-read, shards read, merged in the
// dataset's order, the merged snapshot written, then summarised and reported), beside two
// references on the same 10^6 rows: reading and writing them as one unsharded snapshot, and
// the unsharded `run` that the merge replaces. Data is generated into a temp folder, never kept.
// Run: `npm run bench merge` (MERGE_BENCH_PER_SHARD=10000 for a quick look).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { readSnapshot, writeSnapshot } from '../src/snapshot/io.js';

const SHARDS = 10;
const perShard = Number(process.env.MERGE_BENCH_PER_SHARD ?? 100_000);
const n = SHARDS * perShard;
const dir = mkdtempSync(join(tmpdir(), 'mrg-bench-merge-'));
const labels = ['billing', 'bug', 'feature', 'praise', 'spam'];

function write(name: string, line: (i: number) => string): void {
  const chunks: string[] = [];
  for (let i = 0; i < n; i++) chunks.push(line(i));
  writeFileSync(join(dir, name), `${chunks.join('\n')}\n`);
}

async function cli(argv: string[]): Promise<void> {
  let stderr = '';
  const status = await main({ argv, env: {}, cwd: dir, stdout: () => undefined, stderr: (text) => (stderr += text) });
  if (status > 1) throw new Error(`${argv.join(' ')}: exit ${status}: ${stderr}`);
}

async function timed<T>(what: () => Promise<T>): Promise<{ seconds: number; rssMB: number; value: T }> {
  globalThis.gc?.();
  const start = performance.now();
  const value = await what();
  return { seconds: (performance.now() - start) / 1000, rssMB: process.memoryUsage().rss / 2 ** 20, value };
}

try {
  write('eval.jsonl', (i) =>
    JSON.stringify({
      id: `ex-${i}`,
      input: `ticket ${i}`,
      expected: labels[i % 5],
      tags: { lang: i % 3 ? 'en' : 'de' },
    }),
  );
  write('answers.jsonl', (i) =>
    JSON.stringify({ id: `ex-${i}`, output: labels[(i * 7) % 11 < 9 ? i % 5 : (i + 1) % 5] }),
  );
  const flags = ['--dataset', 'eval.jsonl', '--predictions', 'answers.jsonl'];
  const shardRuns = await timed(async () => {
    for (let k = 1; k <= SHARDS; k++) await cli(['run', ...flags, '--shard', `${k}/${SHARDS}`, '--out', `shard-${k}`]);
  });
  const merge = await timed(() =>
    cli(['merge', ...flags, '--out', 'merged', ...Array.from({ length: SHARDS }, (_, k) => `shard-${k + 1}`)]),
  );
  const whole = await timed(() => cli(['run', ...flags, '--out', 'whole']));
  const copy = await timed(async () => {
    const snapshot = await readSnapshot(join(dir, 'whole', 'results.jsonl'));
    await writeSnapshot(join(dir, 'copy.jsonl'), snapshot);
  });
  const rows = [
    ['merge: 10 shards → one gated run', merge],
    [`reference: read + write the unsharded ${n.toLocaleString('en')}-row snapshot`, copy],
    ['reference: the unsharded run (read dataset + predictions, gate, report)', whole],
    ['(setup) the 10 shard runs, one after another', shardRuns],
  ] as const;
  console.log(`${SHARDS} shards × ${perShard.toLocaleString('en')} examples (${n.toLocaleString('en')} in all)\n`);
  console.log('| what | seconds | RSS after (MB) |\n|---|---:|---:|');
  for (const [what, figure] of rows)
    console.log(`| ${what} | ${figure.seconds.toFixed(2)} | ${figure.rssMB.toFixed(0)} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
