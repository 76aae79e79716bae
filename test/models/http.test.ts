import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { type RunModelOptions, runModel } from '../../src/models/run.js';
import { example, fastTiming, modelConfig, recordingLogger, rejection } from './helpers.js';
import { type ServerOptions, startOpenAIServer, type TestServer } from './support/openai-server.js';

let server: TestServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(options: ServerOptions = {}): Promise<{ server: TestServer; url: string }> {
  server = await startOpenAIServer(options);
  return { server, url: `${server.baseUrl.replace(/\/v1$/, '')}/classify?key=query-secret` };
}

function run(
  raw: Record<string, unknown>,
  exampleList: RunModelOptions['examples'],
  env: RunModelOptions['env'] = { HF_TOKEN: 'hf_secret' },
) {
  return runModel({
    config: modelConfig({ type: 'http', ...raw }),
    examples: exampleList,
    baseDir: '.',
    env,
    logger: recordingLogger(),
    timing: fastTiming().timing,
  });
}

describe('http adapter', () => {
  it('renders the body template as JSON-safe strings, headers from env, output from a path', async () => {
    const local = await serve();
    const tricky = 'He said "no"\nthen left \\ {{not a template}}';
    const { identity, outcomes } = await run(
      {
        url: local.url,
        headers: { Authorization: 'Bearer {{env.HF_TOKEN}}', 'X-Client': 'gate' },
        body: { text: '{{input}}', options: { lang: '{{lang}}', topK: 3, raw: true, tags: ['a', '{{id}}'] } },
        outputPath: 'result.label',
      },
      [example('e1', tricky, { fields: { lang: 'en' } })],
    );
    expect(identity).toEqual({ type: 'http', name: `${new URL(local.url).origin}/classify` });
    expect(outcomes).toMatchObject([{ id: 'e1', output: `label:${tricky}` }]);
    const received = local.server.requests[0];
    expect(received?.body).toEqual({ text: tricky, options: { lang: 'en', topK: 3, raw: true, tags: ['a', 'e1'] } });
    expect(received?.headers.authorization).toBe('Bearer hf_secret');
    expect(received?.headers['x-client']).toBe('gate');
    expect(received?.path).toBe('/classify?key=query-secret');
  });

  it('reads numbers and booleans at the output path as text, and GET sends no body', async () => {
    const local = await serve({
      plan: () => ({ kind: 'status', status: 200, body: '{"scores": [{"value": 0.25}, {"ok": false}]}' }),
    });
    const first = await run({ url: local.url, method: 'GET', outputPath: 'scores.0.value' }, [example('a')]);
    expect(first.outcomes).toMatchObject([{ id: 'a', output: '0.25' }]);
    expect(local.server.requests[0]?.body).toBeNull();
    const second = await run({ url: local.url, body: { text: '{{input}}' }, outputPath: 'scores.1.ok' }, [
      example('b'),
    ]);
    expect(second.outcomes).toMatchObject([{ id: 'b', output: 'false' }]);
  });

  it('an integer at the output path is its text; beyond 2^53 is refused with the predictions file line', async () => {
    const local = await serve({
      plan: (request) => ({
        kind: 'status',
        status: 200,
        body: `{"result": {"label": ${request.prompt === 'big' ? '12345678901234567891' : '3'}}}`,
      }),
    });
    const small = await run({ url: local.url, body: { text: '{{input}}' }, outputPath: 'result.label' }, [
      example('a', 'small'),
    ]);
    expect(small.outcomes).toMatchObject([{ id: 'a', output: '3' }]);
    // The first request: the run stops before the long run, with one line.
    const error = await rejection(
      run({ url: local.url, body: { text: '{{input}}' }, outputPath: 'result.label' }, [
        example('b', 'big'),
        example('c', 'small'),
      ]),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      `http model ${new URL(local.url).origin}/classify: the first request failed: field "result.label" is the number 12345678901234567000, ` +
        'beyond 2^53, which JSON numbers cannot hold exactly: write it as a string ("result.label": "…")',
    );
    // Later in the run: that example fails, the others are kept.
    const later = await run({ url: local.url, body: { text: '{{input}}' }, outputPath: 'result.label' }, [
      example('d', 'small'),
      example('e', 'big'),
    ]);
    expect(later.outcomes).toMatchObject([
      { id: 'd', output: '3' },
      {
        id: 'e',
        error: expect.stringContaining('field "result.label" is the number 12345678901234567000, beyond 2^53'),
      },
    ]);
  });

  it('a response without the configured output path is one line before the long run', async () => {
    const local = await serve();
    const error = await rejection(
      run({ url: local.url, body: { text: '{{input}}' }, outputPath: 'result.labels.0' }, [example('a'), example('b')]),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      `http model ${new URL(local.url).origin}/classify: the first request failed: the response has nothing at the output path "result.labels.0", not text`,
    );
    expect(local.server.requests).toHaveLength(1);
  });

  it('a header naming an unset environment variable is one line before any request', async () => {
    const local = await serve();
    const error = await rejection(
      run(
        { url: local.url, headers: { Authorization: 'Bearer {{env.HF_TOKEN}}' }, outputPath: 'result.label' },
        [example('a')],
        {},
      ),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      `http model ${new URL(local.url).origin}/classify: header "Authorization" uses the environment variable HF_TOKEN, which is not set`,
    );
    expect(local.server.requests).toHaveLength(0);
  });

  it('a template field the example lacks fails the first request as a config error', async () => {
    const local = await serve();
    const error = await rejection(
      run({ url: local.url, body: { text: '{{question}}' }, outputPath: 'result.label' }, [example('a')]),
    );
    expect(error.message).toMatch(/: the first request failed: body template: "question" not defined in/);
    expect(local.server.requests).toHaveLength(0);
  });

  it('a template with a syntax error is an InputError naming where', async () => {
    const local = await serve();
    const error = await rejection(
      run({ url: local.url, body: { payload: { text: '{{#if input}}x' } }, outputPath: 'result.label' }, [
        example('a'),
      ]),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^http model .*\/classify: body\.payload\.text: invalid template \(/);
  });
});

describe('http adapter with the response cache', () => {
  it('asks again when an environment value its headers send has changed, and not otherwise', async () => {
    const { withTempDir } = await import('./helpers.js');
    await withTempDir(async (cacheDir) => {
      const local = await serve();
      const config = modelConfig({
        type: 'http',
        url: local.url,
        headers: { 'X-Model-Variant': '{{env.VARIANT}}' },
        body: { text: '{{input}}' },
        outputPath: 'result.label',
      });
      const ask = (variant: string) =>
        runModel({
          config,
          examples: [example('a'), example('b')],
          baseDir: '.',
          env: { VARIANT: variant },
          logger: recordingLogger(),
          cacheDir,
          timing: fastTiming().timing,
        });
      await ask('v1');
      await ask('v1');
      expect(local.server.requests).toHaveLength(2);
      await ask('v2');
      expect(local.server.requests).toHaveLength(4);
      expect(local.server.requests.slice(2).map((request) => request.headers['x-model-variant'])).toEqual(['v2', 'v2']);
    });
  });
});
