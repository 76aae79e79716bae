import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../../src/action/inputs.js';
import { gateOutputs } from '../../src/action/outputs.js';
import type { GateReport } from '../../src/report/types.js';

interface ActionMetadata {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}
const metadata = parse(readFileSync(join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8')) as ActionMetadata;

describe('action.yml', () => {
  it('runs the bundle on the current runner Node', () => {
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(metadata.branding.icon).toBeTruthy();
  });

  it('documents every input with a default', () => {
    for (const [name, input] of Object.entries(metadata.inputs)) {
      expect(input.description, name).toBeTruthy();
      expect(typeof input.default, name).toBe('string');
    }
  });

  it('declares exactly the inputs the Action reads, and their defaults read cleanly', () => {
    const read = new Set<string>();
    const defaults = (name: string) => {
      read.add(name);
      const fallback = metadata.inputs[name]?.default ?? '';
      return name === 'github-token' ? 'ghs_x' : fallback;
    };
    expect(() => readInputs(defaults)).not.toThrow();
    expect([...read].sort()).toEqual(Object.keys(metadata.inputs).sort());
  });

  it('declares exactly the outputs the Action sets', () => {
    const report = {
      verdict: 'pass',
      candidate: { accuracy: 1, macroF1: 1 },
      baseline: null,
      baselineSource: { status: 'first-run' },
      comparison: null,
    } as unknown as GateReport;
    const outputs = gateOutputs(report, {
      reportPath: 'r.md',
      reportJsonPath: 'r.json',
      resultsPath: 'results.json',
      commentUrl: null,
    });
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(metadata.outputs).sort());
  });
});
