import { execFile, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { runModel } from '../../src/models/run.js';
import { jsonl, parseResults, tempDir } from '../support/tmp.js';
import { examples, fastTiming, modelConfig, recordingLogger, rejection } from './helpers.js';
import { type ForwardProxy, startForwardProxy } from './support/forward-proxy.js';
import { type ServerOptions, startOpenAIServer, type TestServer } from './support/openai-server.js';

/**
 * The model transport behind a company proxy: a real forward proxy and a real model server on
 * 127.0.0.1. In process for the variables and limits; as the CLI built by scripts/bundle.mjs for
 * HTTPS through CONNECT and a refusing proxy, so that a bundling mistake (undici's exports lost
 * in a chunk) fails here and not on a user's runner.
 */
const closing: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(closing.splice(0).map((item) => item.close()));
});

async function serve(options: ServerOptions = {}): Promise<TestServer> {
  const server = await startOpenAIServer(options);
  closing.push(server);
  return server;
}

async function proxy(options: { refuse?: number } = {}): Promise<ForwardProxy> {
  const started = await startForwardProxy(options);
  closing.push(started);
  return started;
}

function run(baseUrl: string, env: Record<string, string>, extra: Record<string, unknown> = {}, count = 6) {
  return runModel({
    config: modelConfig({ type: 'openai', baseUrl, model: 'm', apiKeyEnv: null, maxRetries: 1, ...extra }),
    examples: examples(count),
    baseDir: '.',
    env,
    logger: recordingLogger(),
    timing: fastTiming().timing,
  });
}

describe('model requests through a proxy (in process)', () => {
  it.each(['HTTP_PROXY', 'http_proxy'])('%s: every request goes through the proxy, in absolute form', async (name) => {
    const server = await serve();
    const forward = await proxy();
    const { outcomes } = await run(server.baseUrl, { [name]: forward.url });
    expect(outcomes.map((outcome) => ('output' in outcome ? outcome.output : outcome.error))).toEqual(
      examples(6).map((item) => `label:${item.id}`),
    );
    expect(server.requests).toHaveLength(6);
    expect(forward.forwarded).toHaveLength(6);
    expect(forward.forwarded[0]).toBe(`POST ${server.baseUrl}/chat/completions`);
  });

  it('NO_PROXY bypasses the proxy for the hosts it lists', async () => {
    const server = await serve();
    const forward = await proxy();
    const { outcomes } = await run(server.baseUrl, { HTTP_PROXY: forward.url, NO_PROXY: 'example.com,127.0.0.1' });
    expect(outcomes.every((outcome) => 'output' in outcome)).toBe(true);
    expect(server.requests).toHaveLength(6);
    expect(forward.forwarded).toEqual([]);
  });

  it('a body above maxResponseMB is refused through the proxy, and not read to its end', async () => {
    const sent = { bytes: 0 };
    const server = await serve({
      plan: (request) =>
        request.prompt === 'ex2' ? { kind: 'huge', status: 200, megabytes: 50, sent } : { kind: 'ok' },
    });
    const forward = await proxy();
    const { outcomes } = await run(server.baseUrl, { HTTP_PROXY: forward.url }, { maxResponseMB: 1 });
    expect(outcomes[2]).toMatchObject({ id: 'ex2', error: 'response larger than 1 MB (the maxResponseMB limit)' });
    expect(outcomes.filter((outcome) => 'output' in outcome)).toHaveLength(5);
    expect(forward.forwarded).toHaveLength(6);
    // Socket buffers on both legs hold a few MB at most; the other 40-odd MB are never sent.
    expect(sent.bytes).toBeLessThan(16 * 2 ** 20);
  });

  it('a proxy answering 407 stops the run before the long run, in one line', async () => {
    const server = await serve();
    const forward = await proxy({ refuse: 407 });
    const origin = new URL(server.baseUrl).origin;
    const error = await rejection(run(server.baseUrl, { HTTP_PROXY: forward.url }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      `openai model m: the first request failed: the proxy ${forward.url} (HTTP_PROXY) answered 407 Proxy Authentication Required for ${origin}: put its credentials in HTTP_PROXY (http://user:password@host:port)`,
    );
    expect(server.requests).toEqual([]);
  });
});

describe('the CLI as bundled by scripts/bundle.mjs, through a proxy', () => {
  let cli: string;
  let tls: { key: string; cert: string; certPath: string };
  beforeAll(() => {
    const { dir } = tempDir('mrg-proxy-bundle-');
    execFileSync(process.execPath, ['scripts/bundle.mjs', dir], { stdio: 'pipe' });
    cli = join(dir, 'cli.js');
    // A certificate for 127.0.0.1 made now, trusted by the CLI through NODE_EXTRA_CA_CERTS.
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'pipe' },
    );
    tls = {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
      certPath: join(dir, 'cert.pem'),
    };
  }, 120_000);
  afterAll(async () => {
    await Promise.all(closing.splice(0).map((item) => item.close()));
  });

  function gate(baseUrl: string, env: Record<string, string>) {
    const files = tempDir('mrg-proxy-cli-');
    const rows = Array.from({ length: 5 }, (_, index) => ({
      id: `e${index}`,
      input: `mail ${index}`,
      expected: 'HAM',
    }));
    files.write('eval.jsonl', jsonl(rows));
    files.write(
      'gate.yml',
      `dataset: eval.jsonl\nout: out\nmodel: { type: openai, baseUrl: "${baseUrl}", model: m, apiKeyEnv: null, maxRetries: 1 }\n`,
    );
    const child = spawn(process.execPath, [cli, 'run', '--config', 'gate.yml'], {
      cwd: files.dir,
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    return new Promise<{ status: number | null; stderr: string; dir: string }>((done) =>
      child.on('close', (status) => done({ status, stderr, dir: files.dir })),
    );
  }

  it('HTTPS_PROXY: an https endpoint is reached through CONNECT, its certificate from NODE_EXTRA_CA_CERTS', async () => {
    const server = await serve({ tls, answer: () => 'HAM' });
    const tunnel = await proxy();
    // HTTP_PROXY refuses everything: an https endpoint must take HTTPS_PROXY.
    const wrong = await proxy({ refuse: 403 });
    const port = new URL(server.baseUrl).port;
    const result = await gate(server.baseUrl, {
      HTTPS_PROXY: tunnel.url,
      HTTP_PROXY: wrong.url,
      NODE_EXTRA_CA_CERTS: tls.certPath,
    });
    expect(result.status, result.stderr).toBeLessThanOrEqual(1);
    const records = parseResults(readFileSync(join(result.dir, 'out', 'results.jsonl'), 'utf8')).records as {
      output: string | null;
    }[];
    expect(records.map((record) => record.output)).toEqual(['HAM', 'HAM', 'HAM', 'HAM', 'HAM']);
    expect(server.requests).toHaveLength(5);
    expect(tunnel.tunnels.length).toBeGreaterThanOrEqual(1);
    expect(new Set(tunnel.tunnels)).toEqual(new Set([`127.0.0.1:${port}`]));
    expect(wrong.forwarded).toEqual([]);
  }, 60_000);

  it('a proxy refusing CONNECT with 407 is one line and exit 2', async () => {
    const server = await serve({ tls });
    const refusing = await proxy({ refuse: 407 });
    const result = await gate(server.baseUrl, { HTTPS_PROXY: refusing.url, NODE_EXTRA_CA_CERTS: tls.certPath });
    expect(result.status).toBe(2);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('error') || line.includes('    at '));
    expect(errors).toEqual([
      `error: openai model m: the first request failed: the proxy ${refusing.url} (HTTPS_PROXY) answered 407 Proxy Authentication Required for ${new URL(server.baseUrl).origin}: put its credentials in HTTPS_PROXY (http://user:password@host:port)`,
    ]);
    expect(server.requests).toEqual([]);
  }, 60_000);
});

describe('undici in a code-split bundle', () => {
  it('the transport works from a lazily loaded chunk (where a CommonJS package exports only `default`)', async () => {
    const server = await serve();
    const { dir } = tempDir('mrg-proxy-split-');
    // The shape a split CLI has: the model code is imported on demand, so it lands in a chunk.
    const entry = [
      "const { requestJson } = await import('./src/models/request.ts');",
      'const answer = await requestJson({',
      `  url: ${JSON.stringify(`${server.baseUrl}/chat/completions`)}, method: 'POST', headers: {},`,
      "  body: { messages: [{ role: 'user', content: 'split' }] }, signal: new AbortController().signal,",
      "  secrets: [], maxResponseMB: 1, proxy: { httpProxy: '', httpsProxy: '', noProxy: '' },",
      '});',
      'console.log(answer.choices[0].message.content);',
    ].join('\n');
    await build({
      stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'entry.ts' },
      outdir: dir,
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
      },
    });
    // Not execFileSync: the model server runs in this process and must go on answering.
    const { stdout } = await promisify(execFile)(process.execPath, [join(dir, 'stdin.js')], { encoding: 'utf8' });
    expect(stdout).toBe('label:split\n');
  }, 60_000);
});
