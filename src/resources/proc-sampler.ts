import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import type { ResourceUse } from './types.js';

/**
 * Samples a process tree's CPU time and resident memory from /proc (Linux only; elsewhere
 * nothing is measured and the report says so). Hand-written: `pidusage` and `pidusage-tree`
 * read one pid or shell out to `ps` per sample, and neither gives the tree's summed peak RSS.
 *
 * What it sees, and its tolerance: RSS is summed over the process and every descendant at each
 * sample (`VmRSS` of /proc/<pid>/status), so a peak held for less than `intervalMs` can be
 * missed; CPU is utime + stime of each process as last seen, so up to `intervalMs` of CPU per
 * process after its last sample is not counted. Cost per sample: a few small reads per process
 * in the tree, none for unrelated processes.
 */

export const DEFAULT_SAMPLE_INTERVAL_MS = 50;

let ticksPerSecond: number | null = null;
function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      // USER_HZ is 100 on every mainstream Linux architecture.
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

export interface ResourceSampler {
  /** The process gave its first answer: start-up is over. */
  markOutput(): void;
  /** Takes a last sample (if the process is still there) and stops. */
  stop(): Promise<ResourceUse>;
}

async function childrenOf(pid: number): Promise<number[]> {
  // Each thread lists the children it forked; a runtime may fork from any of its threads.
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const lists = await Promise.all(
    tasks.map((task) => readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '')),
  );
  return lists.flatMap((list) =>
    list
      .split(' ')
      .filter((entry) => entry !== '')
      .map(Number),
  );
}

async function processTree(root: number): Promise<number[]> {
  const seen = new Set<number>([root]);
  let frontier = [root];
  while (frontier.length > 0) {
    const next = (await Promise.all(frontier.map(childrenOf))).flat().filter((pid) => !seen.has(pid));
    for (const pid of next) seen.add(pid);
    frontier = next;
  }
  return [...seen];
}

interface ProcessSample {
  cpuTicks: number;
  rssBytes: number;
}

async function sampleProcess(pid: number): Promise<ProcessSample | null> {
  try {
    const [stat, status] = await Promise.all([
      readFile(`/proc/${pid}/stat`, 'utf8'),
      readFile(`/proc/${pid}/status`, 'utf8'),
    ]);
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuTicks = Number(fields[11]) + Number(fields[12]);
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return { cpuTicks, rssBytes: rss ? Number(rss[1]) * 1024 : 0 };
  } catch {
    return null; // Exited between listing and reading.
  }
}

/** Starts sampling `pid` and its descendants now; null where there is no /proc. */
export function startResourceSampler(
  pid: number,
  options: { intervalMs?: number; now?: () => number } = {},
): ResourceSampler | null {
  if (!existsSync(`/proc/${pid}/stat`) && !existsSync('/proc/self/stat')) return null;
  const now = options.now ?? (() => performance.now());
  const intervalMs = options.intervalMs ?? DEFAULT_SAMPLE_INTERVAL_MS;
  const started = now();
  let startupMs: number | null = null;
  let peakRssBytes = 0;
  // Last CPU seen per process, so a child that exits still counts what it used.
  const cpuByPid = new Map<number, number>();
  let running: Promise<void> | null = null;

  const sample = async () => {
    const samples = await Promise.all(
      (await processTree(pid)).map(async (member) => [member, await sampleProcess(member)] as const),
    );
    let rss = 0;
    for (const [member, measured] of samples) {
      if (!measured) continue;
      rss += measured.rssBytes;
      cpuByPid.set(member, Math.max(cpuByPid.get(member) ?? 0, measured.cpuTicks));
    }
    peakRssBytes = Math.max(peakRssBytes, rss);
  };
  const tick = () => {
    // One sample at a time: a slow /proc read never piles up samples.
    if (running === null) running = sample().finally(() => (running = null));
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();

  return {
    markOutput() {
      if (startupMs === null) startupMs = now() - started;
    },
    async stop() {
      clearInterval(timer);
      await running;
      await sample();
      let ticks = 0;
      for (const value of cpuByPid.values()) ticks += value;
      return { cpuSeconds: ticks / clockTicks(), peakRssBytes, startupMs, sampleIntervalMs: intervalMs };
    },
  };
}
