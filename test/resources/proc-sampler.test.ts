import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runModel } from '../../src/models/run.js';
import { example, modelConfig, recordingLogger } from '../models/helpers.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const mebibyte = 1024 * 1024;

async function measure(env: Record<string, string>) {
  const logger = recordingLogger();
  const run = await runModel({
    config: modelConfig({ type: 'command', command: 'node allocating-model.mjs' }),
    examples: [example('a'), example('b')],
    baseDir: fixtures,
    env: { PATH: process.env.PATH, ...env },
    logger,
  });
  expect(run.outcomes.every((outcome) => 'output' in outcome)).toBe(true);
  if (!run.resources) throw new Error('no resources measured on Linux');
  const reported = logger.lines.map((line) => /cpu-so-far ([\d.]+)/.exec(line.message)).find((match) => match !== null);
  return { ...run.resources, reportedCpu: Number(reported?.[1]) };
}

// Tolerance: ±15% of the 200 MiB difference (a Node process's own heap varies by a few MiB
// between runs; the Buffer is touched, so it is resident). CPU: at least what the process
// itself counted after its burn (less 20 ms: utime and stime are each counted in whole 10 ms ticks), at most 0.3 s more (the shell,
// reading its input, exiting) — independent of how loaded the machine is.
describe.runIf(process.platform === 'linux')('resource use of a command model, from /proc', () => {
  it('shows a model that allocates 200 MiB more, in the process or in a child it starts', async () => {
    const plain = await measure({});
    const allocating = await measure({ ALLOC_MB: '200' });
    const inChild = await measure({ ALLOC_MB: '200', IN_CHILD: '1' });
    for (const heavy of [allocating, inChild]) {
      const extra = (heavy.peakRssBytes - plain.peakRssBytes) / mebibyte;
      expect(extra).toBeGreaterThan(200 * 0.85);
      // A child is a whole second Node process (~40 MiB) on top of its 200 MiB.
      expect(extra).toBeLessThan(200 * 1.15 + (heavy === inChild ? 60 : 0));
    }
    expect(plain.peakRssBytes).toBeGreaterThan(10 * mebibyte);
    expect(plain.startupMs).toBeGreaterThan(0);
  });

  it('counts the CPU time it burns and its start-up', async () => {
    const busy = await measure({ BURN_MS: '600' });
    expect(busy.reportedCpu).toBeGreaterThan(0.1);
    expect(busy.cpuSeconds).toBeGreaterThanOrEqual(busy.reportedCpu - 0.02);
    expect(busy.cpuSeconds).toBeLessThan(busy.reportedCpu + 0.3);
    // The first line (on stderr) comes after the 600 ms burn.
    expect(busy.startupMs).toBeGreaterThan(600);
  });
});
