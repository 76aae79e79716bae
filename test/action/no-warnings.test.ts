import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../support/github-server.js';
import { runAction } from './run-action.js';

// Issue 16, "noise on every run": the Action as shipped (built by scripts/bundle.mjs, with its
// plugins) prints nothing on stderr, no DeprecationWarning in particular, and no warning of ours
// on a run that has nothing to warn about; also when its uploads go through a proxy that
// wants credentials, the path where tunnel's `new Buffer()` used to print one.

const root = join(import.meta.dirname, '..', '..');
const ids = Array.from({ length: 40 }, (_, index) => `mail-${index + 1}`);
const label = (index: number) => (index % 2 === 0 ? 'spam' : 'ham');
const pullRequest = JSON.parse(
  await readFile(join(import.meta.dirname, 'fixtures', 'pull_request.json'), 'utf8'),
) as Record<string, unknown>;

/**
 * An authenticating forward proxy on 127.0.0.1: CONNECT tunnels and absolute-form requests,
 * both sent to the fake GitHub whatever host they name (`results.test` resolves nowhere).
 */
interface Proxy {
  url(user: string, password: string): string;
  /** Every request's method and Proxy-Authorization header, in order. */
  seen: { method: string; authorization: string | undefined }[];
  close(): Promise<void>;
}

async function startProxy(targetPort: number, credentials: string): Promise<Proxy> {
  const expected = `Basic ${Buffer.from(credentials).toString('base64')}`;
  const seen: Proxy['seen'] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request: IncomingMessage, response) => {
    seen.push({ method: request.method ?? '', authorization: request.headers['proxy-authorization'] });
    if (request.headers['proxy-authorization'] !== expected) {
      response.writeHead(407, { 'proxy-authenticate': 'Basic' }).end();
      return;
    }
    const target = new URL(request.url ?? '/');
    const forwarded = httpRequest(
      {
        host: '127.0.0.1',
        port: targetPort,
        method: request.method,
        path: target.pathname + target.search,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on('error', () => response.destroy());
    request.pipe(forwarded);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    seen.push({ method: 'CONNECT', authorization: request.headers['proxy-authorization'] });
    if (request.headers['proxy-authorization'] !== expected) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: (user, password) => `http://${user}:${password}@127.0.0.1:${port}`,
    seen,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let bundle: string;
let github: FakeGitHub;
let workspace: string;

beforeAll(async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'mrg-shipped-bundle-'));
  // The real build script, so its plugins (scripts/patch-tunnel.mjs) are part of what is tested.
  await promisify(execFile)(process.execPath, [join(root, 'scripts', 'bundle.mjs'), outDir], { cwd: root });
  bundle = join(outDir, 'index.js');
  github = await startFakeGitHub();
}, 120_000);
afterAll(() => github.close());

beforeEach(async () => {
  github.reset();
  workspace = await mkdtemp(join(tmpdir(), 'mrg-workspace-'));
  const rows = ids.map((id, index) => JSON.stringify({ id, input: `mail ${id}`, expected: label(index) }));
  await writeFile(join(workspace, 'eval.jsonl'), `${rows.join('\n')}\n`);
  const answers = ids.map((id, index) => JSON.stringify({ id, output: label(index) }));
  await writeFile(join(workspace, 'candidate.jsonl'), `${answers.join('\n')}\n`);
  await writeFile(join(workspace, 'baseline.jsonl'), `${answers.join('\n')}\n`);
  await writeFile(
    join(workspace, 'gate.yml'),
    // A margin 40 examples can see: no "too small to see the drop" warning.
    [
      'dataset: eval.jsonl',
      'model: { type: predictions, path: candidate.jsonl }',
      'baseline: baseline.jsonl',
      'gates: { accuracy: { maxDrop: 0.2 } }',
      'out: gate-out',
      '',
    ].join('\n'),
  );
  return () => rm(workspace, { recursive: true, force: true });
});

function shippedAction(env: Record<string, string>) {
  return runAction({
    bundle,
    workspace,
    apiUrl: github.url,
    eventName: 'pull_request',
    payload: pullRequest,
    inputs: { config: 'gate.yml' },
    env: { ACTIONS_RUNTIME_TOKEN: github.runtimeToken(500), ...env },
  });
}

describe('the shipped Action is quiet', () => {
  it('prints nothing on stderr and no warning on a run that has nothing to warn about', async () => {
    const run = await shippedAction({ ACTIONS_RESULTS_URL: `${github.url}/` });

    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.warnings).toEqual([]);
    expect(github.requestsTo('finalize-artifact')).toHaveLength(1);
  });

  it('stays quiet when its uploads go through a proxy that wants credentials', async () => {
    const port = Number(new URL(github.url).port);
    const proxy = await startProxy(port, 'gate-bot:s3cret');
    try {
      const run = await shippedAction({
        // Not loopback, so @actions/http-client does not bypass the proxy for it.
        ACTIONS_RESULTS_URL: `http://results.test:${port}/`,
        HTTP_PROXY: proxy.url('gate-bot', 's3cret'),
        http_proxy: proxy.url('gate-bot', 's3cret'),
      });

      expect(run.stderr).not.toMatch(/DeprecationWarning|Warning:/);
      expect(run.stderr).toBe('');
      expect(run.warnings).toEqual([]);
      expect(run.exitCode).toBe(0);
      // The upload did go through the proxy, with the header tunnel builds.
      const connects = proxy.seen.filter((request) => request.method === 'CONNECT');
      expect(connects.length).toBeGreaterThan(0);
      expect(connects.every((request) => request.authorization === 'Basic Z2F0ZS1ib3Q6czNjcmV0')).toBe(true);
      expect(github.requestsTo('finalize-artifact')).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });
});

describe('scripts/patch-tunnel.mjs', () => {
  it('fails the build when tunnel no longer has the call it rewrites', async () => {
    const { patchTunnel } = (await import(join(root, 'scripts', 'patch-tunnel.mjs'))) as { patchTunnel: Plugin };
    const dir = await mkdtemp(join(tmpdir(), 'mrg-tunnel-'));
    await mkdir(join(dir, 'tunnel', 'lib'), { recursive: true });
    await writeFile(
      join(dir, 'tunnel', 'lib', 'tunnel.js'),
      'exports.auth = (a) => Buffer.from(a).toString("base64");\n',
    );
    const bundleOf = () =>
      build({
        entryPoints: [join(dir, 'tunnel', 'lib', 'tunnel.js')],
        bundle: true,
        write: false,
        logLevel: 'silent',
        plugins: [patchTunnel],
      });

    await expect(bundleOf()).rejects.toThrow(
      /no longer has exactly the one `new Buffer\(connectOptions.proxyAuth\)` call/,
    );
    await writeFile(
      join(dir, 'tunnel', 'lib', 'tunnel.js'),
      'exports.auth = (connectOptions) => new Buffer(connectOptions.proxyAuth).toString("base64");\n',
    );
    const [output] = (await bundleOf()).outputFiles;
    expect(output?.text).toContain('Buffer.from(connectOptions.proxyAuth)');
    await rm(dir, { recursive: true, force: true });
  });
});
