import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Example } from '../../src/dataset/types.js';
import { runModel } from '../../src/models/run.js';
import type { RunOutcome } from '../../src/snapshot/run-outcome.js';
import { examples, modelConfig, recordingLogger } from '../models/helpers.js';
import { peakRss } from './support/memory.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

function run(command: string, list: readonly Example[], extra: Record<string, unknown> = {}) {
  const logger = recordingLogger();
  const seen: RunOutcome[] = [];
  const result = runModel({
    config: modelConfig({ type: 'command', command, ...extra }),
    examples: list,
    baseDir: fixtures,
    env: process.env,
    logger,
    onOutcome: (outcome) => seen.push(outcome),
  });
  return { result, logger, seen };
}

function split(outcomes: readonly RunOutcome[]) {
  const answered = outcomes.filter((outcome) => 'output' in outcome);
  const failed = outcomes.flatMap((outcome) => ('error' in outcome ? [outcome.error] : []));
  return { answered, failed };
}

describe('a command model under faults', () => {
  it('answers 100 of 200 then goes quiet: every example ends, the rest as errors', async () => {
    const list = examples(200);
    const { result, seen } = run('node hostile-model.mjs --answer 100', list, { timeoutMs: 1000 });
    const { outcomes } = await result;
    expect(outcomes.map((outcome) => outcome.id)).toEqual(list.map((item) => item.id));
    expect(new Set(seen.map((outcome) => outcome.id)).size).toBe(200);
    const { answered, failed } = split(outcomes);
    expect(answered).toHaveLength(100);
    expect(failed).toHaveLength(100);
    for (const error of failed) expect(error).toMatch(/^no answer from the model process for 1000 ms/);
  });

  it('one line above maxLineMB fails that example only, memory bounded', async () => {
    const list = examples(6);
    const { result, logger } = run('node hostile-model.mjs --huge-line ex2:40', list, { maxLineMB: 1 });
    const { outcomes } = await result;
    const { answered, failed } = split(outcomes);
    expect(answered.map((outcome) => outcome.id)).toEqual(['ex0', 'ex1', 'ex3', 'ex4', 'ex5']);
    expect(failed).toEqual(['answer line larger than 1 MB (the maxLineMB limit)']);
    expect(logger.text('warn')).not.toContain('RangeError');
  });

  it('a 600 MB line under the default limit: an error, the others answered, peak memory far below the line', async () => {
    const list = examples(4);
    const { value, peakMb } = await peakRss(
      async () => (await run('node hostile-model.mjs --huge-line ex1:600', list).result).outcomes,
    );
    const { answered, failed } = split(value);
    expect(
      answered.map((outcome) => outcome.id),
      failed.join('\n'),
    ).toEqual(['ex0', 'ex2', 'ex3']);
    expect(failed).toEqual(['answer line larger than 16 MB (the maxLineMB limit)']);
    // The line is 600 MB; holding it (let alone as a string) would cost more than that.
    expect(peakMb).toBeLessThan(150);
  });
});
