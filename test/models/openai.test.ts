import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { type RunModelOptions, runModel } from '../../src/models/run.js';
import type { RunOutcome } from '../../src/snapshot/run-outcome.js';
import { example, examples, fastTiming, modelConfig, recordingLogger, rejection } from './helpers.js';
import { type ServerOptions, startOpenAIServer, type TestServer } from './support/openai-server.js';

const key = 'sk-test-0123456789abcdef';
let server: TestServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(options: ServerOptions = {}): Promise<TestServer> {
  server = await startOpenAIServer(options);
  return server;
}

function openai(baseUrl: string, extra: Record<string, unknown> = {}) {
  return modelConfig({ type: 'openai', baseUrl, model: 'gpt-4o-mini', ...extra });
}

function run(
  config: RunModelOptions['config'],
  exampleList: RunModelOptions['examples'],
  options: Partial<RunModelOptions> = {},
) {
  const { timing, sleeps } = fastTiming();
  const logger = recordingLogger();
  const seen: RunOutcome[] = [];
  const result = runModel({
    config,
    examples: exampleList,
    baseDir: '.',
    env: { OPENAI_API_KEY: key },
    logger,
    timing,
    onOutcome: (outcome) => seen.push(outcome),
    ...options,
  });
  return { result, logger, seen, sleeps };
}

describe('openai adapter', () => {
  it('sends chat completions with system prompt, sampling options and the key; records usage', async () => {
    const local = await serve();
    const { result } = run(
      openai(local.baseUrl, { system: 'Answer with a label.', temperature: 0, maxTokens: 5, seed: 7, concurrency: 3 }),
      [example('a', 'good movie'), example('b', 'bad film')],
    );
    const { identity, outcomes } = await result;
    expect(identity).toEqual({ type: 'openai', name: 'gpt-4o-mini' });
    expect(outcomes).toEqual([
      {
        id: 'a',
        output: 'label:good movie',
        usage: { promptTokens: 2, completionTokens: 1 },
        latencyMs: expect.any(Number),
        attempts: 1,
      },
      {
        id: 'b',
        output: 'label:bad film',
        usage: { promptTokens: 2, completionTokens: 1 },
        latencyMs: expect.any(Number),
        attempts: 1,
      },
    ]);
    const first = local.requests[0];
    expect(first?.path).toBe('/v1/chat/completions');
    expect(first?.headers.authorization).toBe(`Bearer ${key}`);
    expect(first?.body).toEqual({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Answer with a label.' },
        { role: 'user', content: 'good movie' },
      ],
      temperature: 0,
      max_tokens: 5,
      seed: 7,
    });
  });

  it('renders the prompt template over the example fields, structured input as JSON', async () => {
    const local = await serve();
    const item = example('q1', { question: 'Is "it" <ok>?' }, { fields: { id: 'q1', lang: 'de' } });
    const { result } = run(openai(local.baseUrl, { prompt: 'Lang {{lang}}: {{input.question}} | {{json input}}' }), [
      item,
    ]);
    await result;
    expect(local.requests[0]?.prompt).toBe('Lang de: Is "it" <ok>? | {"question":"Is \\"it\\" <ok>?"}');
  });

  it('speaks the legacy completions API, and sends no key when apiKeyEnv is null', async () => {
    const local = await serve();
    const { result } = run(
      openai(local.baseUrl, { api: 'completions', system: 'Classify.', apiKeyEnv: null }),
      [example('a', 'text')],
      { env: {} },
    );
    expect((await result).outcomes).toMatchObject([{ id: 'a', output: 'label:Classify.\n\ntext' }]);
    expect(local.requests[0]?.path).toBe('/v1/completions');
    expect(local.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('a missing API key variable is one line before any request', async () => {
    const local = await serve();
    const error = await rejection(run(openai(local.baseUrl, { apiKeyEnv: 'MY_KEY' }), [example('a')]).result);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('openai model gpt-4o-mini: the environment variable MY_KEY (the API key) is not set');
    expect(local.requests).toHaveLength(0);
  });

  it('an unreachable endpoint fails the first request with one line after its retries', async () => {
    const closed = await startOpenAIServer();
    await closed.close();
    const { result, sleeps } = run(openai(closed.baseUrl), examples(10));
    const error = await rejection(result);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      `openai model gpt-4o-mini: the first request failed: cannot reach ${new URL(closed.baseUrl).origin}: ECONNREFUSED (after 5 attempts)`,
    );
    // Full jitter with random() = 0.5 under ceilings 8, 16, 32, 64 ms.
    expect(sleeps).toEqual([4, 8, 16, 32]);
  });

  it('a 401 stops before the long run, and the key the server echoes is masked', async () => {
    const local = await serve({
      plan: (request) => ({
        kind: 'status',
        status: 401,
        body: `{"error":"Incorrect API key provided: ${String(request.headers.authorization)}"}`,
      }),
    });
    const error = await rejection(run(openai(local.baseUrl), examples(50)).result);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      'openai model gpt-4o-mini: the first request failed: HTTP 401 Unauthorized: {"error":"Incorrect API key provided: Bearer ***"}',
    );
    expect(local.requests).toHaveLength(1);
  });

  it('a first response without the output is a config error', async () => {
    const local = await serve({ plan: () => ({ kind: 'ok', content: null }) });
    const error = await rejection(run(openai(local.baseUrl), examples(5)).result);
    expect(error.message).toBe(
      'openai model gpt-4o-mini: the first request failed: the response has no choices[0].message.content (finish_reason: stop)',
    );
  });

  it('a compatible server that answers a number: its text, as in a predictions file', async () => {
    const local = await serve({
      plan: () => ({
        kind: 'status',
        status: 200,
        body: '{"choices": [{"message": {"content": 4}, "finish_reason": "stop"}]}',
      }),
    });
    const { outcomes } = await run(openai(local.baseUrl), [example('a', 'two plus two')]).result;
    expect(outcomes).toMatchObject([{ id: 'a', output: '4' }]);
  });

  it('accounts for every example under injected faults, with the request count the retry policy allows', async () => {
    // Fault by the example's number modulo 10; numbers ending in 0 always succeed (the probe too).
    const scenario: Record<number, { faults: ServerOptionsReply[]; requests: number; error?: RegExp }> = {
      0: { faults: [], requests: 1 },
      1: { faults: [retryAfter429, retryAfter429], requests: 3 },
      2: {
        faults: Array(9).fill({ kind: 'status', status: 500 }),
        requests: 5,
        error: /^HTTP 500 Internal Server Error: .*injected 500.* \(after 5 attempts\)$/,
      },
      3: { faults: [{ kind: 'reset' }], requests: 2 },
      4: { faults: [{ kind: 'truncate' }], requests: 2 },
      5: { faults: [{ kind: 'invalid-json' }], requests: 2 },
      6: { faults: [{ kind: 'hang' }], requests: 2 },
      7: {
        faults: [
          { kind: 'status', status: 400 },
          { kind: 'status', status: 400 },
        ],
        requests: 1,
        error: /^HTTP 400 Bad Request: /,
      },
      8: { faults: Array(3).fill({ kind: 'status', status: 503 }), requests: 4 },
      9: {
        faults: [
          { kind: 'status', status: 408 },
          { kind: 'status', status: 409 },
          { kind: 'hang' },
          { kind: 'reset' },
          { kind: 'truncate' },
        ],
        requests: 5,
        error: /\(after 5 attempts\)$/,
      },
    };
    const scenarioOf = (prompt: string) => scenario[Number(prompt.slice(1)) % 10] as (typeof scenario)[number];
    const local = await serve({
      plan: (request) => scenarioOf(request.prompt).faults[request.attempt - 1] ?? { kind: 'ok' },
    });
    const list = Array.from({ length: 100 }, (_, index) => example(`id${index}`, `p${index}`));
    const { result, seen, sleeps, logger } = run(openai(local.baseUrl, { concurrency: 8, timeoutMs: 300 }), list);
    const { outcomes } = await result;

    expect(outcomes.map((outcome) => outcome.id)).toEqual(list.map((item) => item.id));
    expect(seen.map((outcome) => outcome.id).sort()).toEqual(list.map((item) => item.id).sort());
    for (const [index, outcome] of outcomes.entries()) {
      const expected = scenarioOf(`p${index}`);
      expect(local.count(`p${index}`), `requests for p${index}`).toBe(expected.requests);
      if (expected.error) expect('error' in outcome && outcome.error, `p${index}`).toMatch(expected.error);
      else expect(outcome, `p${index}`).toMatchObject({ output: `label:p${index}`, attempts: expected.requests });
    }
    const retried = logger.text('debug');
    expect(retried).toContain('example id6 attempt 1 failed (timed out after 300 ms)');
    expect(retried).toMatch(
      /example id3 attempt 1 failed \(cannot reach http:\/\/127\.0\.0\.1:\d+: (ECONNRESET|UND_ERR_SOCKET|other side closed)\)/,
    );
    expect(retried).toContain('example id4 attempt 1 failed (the response body broke off');
    expect(retried).toContain('example id5 attempt 1 failed (HTTP 200: the response is not valid JSON');
    // Each 429 asked for 30 s: honoured (recorded, not slept) — 10 examples × 2 — plus the
    // jitter of half the base delay (8 ms) that fastTiming's random() = 0.5 gives.
    expect(sleeps.filter((ms) => ms === 30_000 + 4)).toHaveLength(20);
  });

  it('stops sending after a 401 mid-run; unsent examples are accounted for as not attempted', async () => {
    let served = 0;
    const local = await serve({ plan: () => (++served > 10 ? { kind: 'status', status: 401 } : { kind: 'ok' }) });
    const { result, logger } = run(openai(local.baseUrl, { concurrency: 2 }), examples(100));
    const { outcomes } = await result;
    expect(outcomes).toHaveLength(100);
    expect(outcomes.slice(0, 10).every((outcome) => 'output' in outcome)).toBe(true);
    const notAttempted = outcomes.filter(
      (outcome) => 'error' in outcome && outcome.error.startsWith('not attempted: HTTP 401'),
    );
    expect(local.requests.length).toBeLessThanOrEqual(10 + 2);
    expect(notAttempted.length).toBe(100 - local.requests.length);
    expect(logger.text('warn')).toContain('stopping the run: HTTP 401');
  });
});

type ServerOptionsReply = NonNullable<ReturnType<NonNullable<ServerOptions['plan']>>>;
const retryAfter429: ServerOptionsReply = { kind: 'status', status: 429, headers: { 'retry-after': '30' } };

describe('openai adapter under a rate limit', () => {
  it('paces requests per minute on the runner clock', async () => {
    const local = await serve();
    let time = 0;
    const clock = {
      now: () => time,
      sleep: async (ms: number) => {
        time += ms;
      },
    };
    const { outcomes } = await runModel({
      config: openai(local.baseUrl, { concurrency: 6, requestsPerMinute: 120 }),
      examples: examples(6),
      baseDir: '.',
      env: { OPENAI_API_KEY: key },
      logger: recordingLogger(),
      timing: { ...fastTiming().timing, clock },
    });
    expect(outcomes.every((outcome) => 'output' in outcome)).toBe(true);
    // 120/min = one per 500 ms after a burst of 2 (one second's worth): the last starts at 2 s.
    expect(time).toBe(2_000);
    expect(local.requests).toHaveLength(6);
  });
});
