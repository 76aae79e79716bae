import { afterEach, describe, expect, it } from 'vitest';
import { runModel } from '../../src/models/run.js';
import type { RunOutcome } from '../../src/models/types.js';
import { examples, modelConfig, recordingLogger } from '../models/helpers.js';
import { type Reply, startOpenAIServer, type TestServer } from '../models/support/openai-server.js';
import { defined } from '../support/defined.js';
import { peakRss } from './support/memory.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function runAgainst(
  plan: (prompt: string) => Reply | undefined,
  count: number,
  extra: Record<string, unknown> = {},
) {
  server = await startOpenAIServer({ plan: (request) => plan(request.prompt) ?? { kind: 'ok' } });
  const list = examples(count);
  const { value: outcomes, peakMb } = await peakRss(async () => {
    const run = await runModel({
      config: modelConfig({
        type: 'openai',
        model: 'm',
        baseUrl: defined(server).baseUrl,
        apiKeyEnv: null,
        api: 'completions',
        ...extra,
      }),
      examples: list,
      baseDir: '.',
      env: {},
      logger: recordingLogger(),
      timing: { backoff: { baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1, random: () => 0 } },
    });
    return run.outcomes;
  });
  expect(outcomes.map((outcome) => outcome.id)).toEqual(list.map((item) => item.id));
  return { outcomes, peakMb };
}

const errorOf = (outcome: RunOutcome | undefined) => (outcome && 'error' in outcome ? outcome.error : null);

describe('an endpoint under faults', () => {
  it('a 600 MB body (200, chunked) under the default limit: that example errors, the others go on, memory bounded', async () => {
    const sent = { bytes: 0 };
    const { outcomes, peakMb } = await runAgainst(
      (prompt) => (prompt === 'ex2' ? { kind: 'huge', status: 200, megabytes: 600, sent } : undefined),
      5,
    );
    expect(errorOf(outcomes[2])).toBe('response larger than 16 MB (the maxResponseMB limit)');
    expect(outcomes.filter((outcome) => 'output' in outcome)).toHaveLength(4);
    expect(peakMb).toBeLessThan(150);
    // Reading stopped at the limit: the server could not send much more than that before the hang-up.
    expect(sent.bytes).toBeLessThan(200 * 2 ** 20);
  });

  it('a 600 MB error body (500, length announced) fails at once, without retries reading it again', async () => {
    const sent = { bytes: 0 };
    const { outcomes } = await runAgainst(
      (prompt) =>
        prompt === 'ex1' ? { kind: 'huge', status: 500, megabytes: 600, announceLength: true, sent } : undefined,
      3,
      {
        maxResponseMB: 1,
      },
    );
    expect(errorOf(outcomes[1])).toBe('response larger than 1 MB (the maxResponseMB limit)');
    expect(defined(server).count('ex1')).toBe(1);
    expect(sent.bytes).toBeLessThan(100 * 2 ** 20);
  });

  it('five 300 MB answers at once: each stops at the default limit, memory a few times 16 MB', async () => {
    const { outcomes, peakMb } = await runAgainst(() => ({ kind: 'huge', status: 200, megabytes: 300 }), 5, {
      concurrency: 5,
    });
    for (const outcome of outcomes)
      expect(errorOf(outcome)).toBe('response larger than 16 MB (the maxResponseMB limit)');
    // Unbounded, this was 6.4 GB and a V8 fatal error.
    expect(peakMb).toBeLessThan(200);
  });

  it('the limit is the config key: maxResponseMB 4 stops all five at 4 MB', async () => {
    const { outcomes, peakMb } = await runAgainst(() => ({ kind: 'huge', status: 200, megabytes: 300 }), 5, {
      concurrency: 5,
      maxResponseMB: 4,
    });
    for (const outcome of outcomes)
      expect(errorOf(outcome)).toBe('response larger than 4 MB (the maxResponseMB limit)');
    expect(peakMb).toBeLessThan(120);
  });
});
