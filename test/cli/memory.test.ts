import { execFile, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/tmp.js';

// A 10^5-example run with the previous run's snapshot as its baseline, through the bundled
// CLI in a child process with Node's default heap, measured from inside the child: peak RSS
// (process.resourceUsage().maxRSS, exact) and the JavaScript heap in use, sampled every 20 ms
// by process.memoryUsage(). Measured (December 2026, 2-core machine, Node 20): heap 73 MB,
// peak RSS 210 MB, with the dataset's inputs left in the file (dataset/inputs.ts) and the
// anomaly detector on a seeded sample of 20,000 pairs (anomaly/run.ts). Bounds with margin over that: heap 120 MB, RSS 300 MB; crossing them
// means something now holds per-example objects or text again. (Before this: heap 195–215 MB,
// RSS about 375 MB, with every input held as text twice; before streaming, about 10x more.)
const EXAMPLES = 100_000;
const HEAP_BOUND_MB = 120;
const RSS_BOUND_MB = 300;

const run = promisify(execFile);

async function writeLines(path: string, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < EXAMPLES; i += 10_000) {
    const block = `${Array.from({ length: Math.min(10_000, EXAMPLES - i) }, (_, k) => line(i + k)).join('\n')}\n`;
    if (!out.write(block)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const labels = ['billing', 'bug', 'feature', 'praise', 'spam'];

describe('a 10^5-example streaming run', () => {
  it(`keeps its heap under ${HEAP_BOUND_MB} MB and its peak RSS under ${RSS_BOUND_MB} MB`, async () => {
    const files = tempDir('mrg-memory-');
    await writeLines(join(files.dir, 'eval.jsonl'), (i) =>
      JSON.stringify({ id: `ex-${i}`, input: `ticket ${i} about the account`, expected: labels[i % 5] }),
    );
    await writeLines(join(files.dir, 'before.jsonl'), (i) =>
      JSON.stringify({ id: `ex-${i}`, output: labels[(i * 7) % 9 < 8 ? i % 5 : (i + 1) % 5] }),
    );
    await writeLines(join(files.dir, 'after.jsonl'), (i) =>
      JSON.stringify({ id: `ex-${i}`, output: labels[(i * 7) % 11 < 9 ? i % 5 : (i + 2) % 5] }),
    );
    const probe = files.write(
      'probe.cjs',
      [
        "const { writeFileSync } = require('node:fs');",
        'let heap = 0;',
        'const sample = () => { heap = Math.max(heap, process.memoryUsage().heapUsed); };',
        'setInterval(sample, 20).unref();',
        "process.on('exit', () => { sample(); writeFileSync(process.env.PROBE_OUT, JSON.stringify({ heapMb: heap / 2 ** 20, rssMb: process.resourceUsage().maxRSS / 1024 })); });",
      ].join('\n'),
    );
    // The CLI as src/ is now, bundled as dist/ is (dist/ itself is rebuilt only at release).
    execFileSync(process.execPath, [resolve('scripts/bundle.mjs'), join(files.dir, 'dist')]);
    const cli = join(files.dir, 'dist', 'cli.js');
    const gate = async (predictions: string, out: string, baseline?: string) => {
      const args = [
        '--require',
        probe,
        cli,
        'run',
        '--dataset',
        'eval.jsonl',
        '--predictions',
        predictions,
        '--out',
        out,
        ...(baseline ? ['--baseline', baseline] : []),
      ];
      const env = { ...process.env, NODE_OPTIONS: '', PROBE_OUT: join(files.dir, `${out}.memory.json`) };
      await run(process.execPath, args, { cwd: files.dir, env }).catch((error: { code?: number }) => {
        if (error.code !== 1) throw error; // 1: a gate failed, a verdict
      });
      return JSON.parse(readFileSync(join(files.dir, `${out}.memory.json`), 'utf8')) as {
        heapMb: number;
        rssMb: number;
      };
    };
    await gate('before.jsonl', 'previous');
    const measured = await gate('after.jsonl', 'candidate', 'previous/results.jsonl');
    const report = JSON.parse(readFileSync(join(files.dir, 'candidate', 'report.json'), 'utf8'));
    expect(report.comparison.paired).toBe(EXAMPLES);
    expect(measured.heapMb).toBeLessThan(HEAP_BOUND_MB);
    expect(measured.rssMb).toBeLessThan(RSS_BOUND_MB);
  }, 120_000);
});
