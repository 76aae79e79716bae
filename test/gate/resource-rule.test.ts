import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import type { ResourceUse } from '../../src/resources/types.js';
import { snapshotOf } from '../support/snapshots.js';

const mebibyte = 1024 * 1024;
const use = (megabytes: number, cpuSeconds: number): ResourceUse => ({
  cpuSeconds,
  peakRssBytes: megabytes * mebibyte,
  startupMs: 800,
  sampleIntervalMs: 100,
});

function judged(resources: { baseline: ResourceUse | null; candidate: ResourceUse | null }, gates: object = {}) {
  const result = evaluateGates({
    gates: configSchema.parse({ gates }).gates,
    alpha: 0.05,
    confidence: 0.95,
    candidate: snapshotOf([{ id: 'a', expected: 'spam', output: 'spam' }]).summary.metrics,
    comparison: null,
    resources,
  });
  return (name: string) => result.gates.find((outcome) => outcome.name === name);
}

describe('gates.resources', () => {
  it('warns by default when peak memory or CPU time rises by more than half, and says the change', () => {
    const outcome = judged({ baseline: use(400, 10), candidate: use(700, 14) });
    expect(outcome('resources.peakMemoryMaxIncrease')).toMatchObject({ rule: 'gates.resources', status: 'warn' });
    expect(outcome('resources.peakMemoryMaxIncrease')?.message).toBe(
      'peak memory 400 MiB → 700 MiB (+75.0%), above the +50.0% limit',
    );
    expect(outcome('resources.cpuMaxIncrease')).toMatchObject({ status: 'pass' });
    expect(outcome('resources.cpuMaxIncrease')?.message).toBe(
      'CPU time 10.00 s → 14.00 s (+40.0%), within the +50.0% limit',
    );
  });

  it('fails under the README example, and is silent when a side was not measured (not a command model)', () => {
    const example = { peakMemoryMaxIncrease: 0.2, cpuMaxIncrease: null, severity: 'fail' };
    const outcome = judged({ baseline: use(400, 10), candidate: use(500, 40) }, { resources: example });
    expect(outcome('resources.peakMemoryMaxIncrease')?.status).toBe('fail');
    expect(outcome('resources.cpuMaxIncrease')).toBeUndefined();
    expect(judged({ baseline: null, candidate: use(500, 40) })('resources.peakMemoryMaxIncrease')).toBeUndefined();
  });
});
