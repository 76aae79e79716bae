import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { evaluateGates } from '../../src/gate/evaluate.js';
import { notify } from '../../src/notify/webhook.js';
import { buildReport } from '../../src/report/build.js';
import type { GateReport } from '../../src/report/types.js';
import { snapshotTable } from '../../src/snapshot/table.js';
import { recordingLogger } from '../models/helpers.js';
import { defined } from '../support/defined.js';
import { rowsOf, snapshotOf } from '../support/snapshots.js';

interface Received {
  authorization: string | undefined;
  body: unknown;
}

/** A webhook on loopback answering the queued statuses in turn, then 200. */
let server: Server;
let url: string;
let statuses: number[] = [];
let received: Received[] = [];

async function bodyOf(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    received.push({ authorization: request.headers.authorization, body: await bodyOf(request) });
    response.statusCode = statuses.shift() ?? 200;
    response.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/T000/B000/s3cr3t-path`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  statuses = [];
  received = [];
});

function failingReport(): GateReport {
  const baseline = snapshotTable(
    snapshotOf(
      rowsOf(100, () => true),
      { name: 'v1' },
    ),
  );
  const candidate = snapshotTable(
    snapshotOf(
      rowsOf(100, (i) => i >= 30),
      { name: 'v2 <b>' },
    ),
  );
  const gates = configSchema.parse({}).gates;
  const gate = evaluateGates({
    gates,
    alpha: 0.05,
    confidence: 0.95,
    candidate: candidate.header.summary.metrics,
    comparison: null,
  });
  const failed = {
    verdict: 'fail' as const,
    gates: [
      ...gate.gates,
      {
        rule: 'gates.accuracy',
        name: 'accuracy.maxDrop',
        status: 'fail' as const,
        message: 'accuracy −30.0 points <script>',
      },
    ],
  };
  return buildReport({
    candidate,
    baseline,
    comparison: null,
    gate: failed,
    lengthUnit: 'words',
    accuracyMaxDrop: 0.02,
    alpha: 0.05,
    notes: [],
  });
}

const notifyConfig = (raw: Record<string, unknown>) => {
  const config = configSchema.parse({ notify: { urlEnv: 'GATE_WEBHOOK', ...raw } }).notify;
  if (!config) throw new Error('notify not parsed');
  return config;
};
const run = 'https://github.com/acme/classifier/actions/runs/42';

describe('webhook alerts', () => {
  it('posts a Slack-compatible body on fail, with the reasons and the run link, escaped', async () => {
    const logger = recordingLogger();
    const result = await notify(notifyConfig({}), failingReport(), { env: { GATE_WEBHOOK: url }, logger, runUrl: run });
    expect(result).toEqual({ status: 'sent', attempts: 1 });
    const { text } = defined(received[0]).body as { text: string };
    expect(text).toContain('*Model gate: fail*');
    expect(text).toContain('v2 &lt;b&gt;');
    expect(text).toContain('accuracy −30.0 points &lt;script&gt;');
    expect(text).toContain(`<${run}|Workflow run>`);
  });

  it('posts the plain JSON body with a bearer token from the environment', async () => {
    const config = notifyConfig({ format: 'json', tokenEnv: 'GATE_TOKEN' });
    await notify(config, failingReport(), {
      env: { GATE_WEBHOOK: url, GATE_TOKEN: 'tok-123' },
      logger: recordingLogger(),
      runUrl: run,
    });
    expect(received[0]?.authorization).toBe('Bearer tok-123');
    expect(received[0]?.body).toMatchObject({
      verdict: 'fail',
      candidate: 'v2 <b>',
      baseline: 'v1',
      runUrl: run,
      reasons: [{ name: 'accuracy.maxDrop', status: 'fail' }],
    });
  });

  it('retries 503 and 429 with backoff, then succeeds', async () => {
    statuses = [503, 429];
    const logger = recordingLogger();
    const started = Date.now();
    const result = await notify(notifyConfig({ retries: 3 }), failingReport(), {
      env: { GATE_WEBHOOK: url },
      logger,
      runUrl: null,
      backoffMs: 20,
    });
    expect(result).toEqual({ status: 'sent', attempts: 3 });
    expect(received).toHaveLength(3);
    // Backoff 20 ms then 40 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
  });

  it('a failing endpoint warns once, never throws, and never shows the URL', async () => {
    statuses = [500, 500, 500];
    const logger = recordingLogger();
    const result = await notify(notifyConfig({ retries: 2 }), failingReport(), {
      env: { GATE_WEBHOOK: url },
      logger,
      runUrl: null,
      backoffMs: 1,
    });
    expect(result).toMatchObject({ status: 'failed', attempts: 3, reason: 'HTTP 500' });
    const warnings = logger.lines.filter((line) => line.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain('$GATE_WEBHOOK');
    const logged = logger.lines.map((line) => line.message).join('\n');
    expect(logged).not.toContain('s3cr3t-path');
    expect(logged).not.toContain('127.0.0.1');
  });

  it('an unreachable endpoint fails the same way, without its address in the log', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const logger = recordingLogger();
    const result = await notify(notifyConfig({ retries: 1 }), failingReport(), {
      env: { GATE_WEBHOOK: `http://127.0.0.1:${port}/secret-hook` },
      logger,
      runUrl: null,
      backoffMs: 1,
    });
    expect(result).toMatchObject({ status: 'failed', attempts: 2, reason: 'network error ECONNREFUSED' });
    expect(logger.lines.map((line) => line.message).join('\n')).not.toContain('secret-hook');
  });

  it('stays quiet on verdicts not in notify.on, and says so when the URL variable is unset', async () => {
    const passing = { ...failingReport(), verdict: 'pass' as const };
    expect(
      (await notify(notifyConfig({}), passing, { env: { GATE_WEBHOOK: url }, logger: recordingLogger(), runUrl: null }))
        .status,
    ).toBe('skipped');
    expect(received).toHaveLength(0);
    expect(
      (
        await notify(notifyConfig({ on: ['fail', 'pass'] }), passing, {
          env: { GATE_WEBHOOK: url },
          logger: recordingLogger(),
          runUrl: null,
        })
      ).status,
    ).toBe('sent');
    const logger = recordingLogger();
    expect((await notify(notifyConfig({}), failingReport(), { env: {}, logger, runUrl: null })).status).toBe('skipped');
    expect(logger.lines[0]).toMatchObject({ level: 'warn' });
  });
});
