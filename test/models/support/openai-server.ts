import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A local OpenAI-compatible server on 127.0.0.1 for the adapter tests and the runner
 * benchmark: /v1/chat/completions, /v1/completions, and any other path as a generic JSON
 * endpoint (`{"text": ...}` in, `{"result": {"label": ...}}` out). A plan injects faults per
 * request, by prompt and by how many times that prompt has been seen.
 */
export type Reply =
  | { kind: 'ok'; content?: string | null }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /** Close the socket without an answer (ECONNRESET / "other side closed"). */
  | { kind: 'reset' }
  /** Announce a full body, send half of it, close: the body breaks off. */
  | { kind: 'truncate' }
  /** A complete 200 response whose JSON text is cut short. */
  | { kind: 'invalid-json' }
  /** Never answer (until the server closes). */
  | { kind: 'hang' }
  /**
   * A body of `megabytes` MB generated as it is sent (a JSON string that never ends), chunked
   * or with its length announced; sending stops when the client hangs up. `sent` counts bytes.
   */
  | { kind: 'huge'; status: number; megabytes: number; announceLength?: boolean; sent?: { bytes: number } };

export interface ReceivedRequest {
  path: string;
  prompt: string;
  /** 1 for the first time this prompt was seen, 2 for the second, … */
  attempt: number;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** When its body had arrived, in ms on a clock every thread shares (performance.timeOrigin + performance.now()). */
  receivedAt: number;
}

export interface ServerOptions {
  /** Delay before every answer, in ms. */
  latencyMs?: number;
  plan?: (request: ReceivedRequest) => Reply;
  /** The model's answer to a prompt; default `label:<prompt>`. */
  answer?: (prompt: string) => string;
  /** Serve https with this key and certificate (PEM) instead of http. */
  tls?: { key: string; cert: string };
}

export interface TestServer {
  /** `http://127.0.0.1:PORT/v1` (https with the tls option) */
  baseUrl: string;
  requests: ReceivedRequest[];
  /** How many requests carried this prompt. */
  count(prompt: string): number;
  close(): Promise<void>;
}

function promptOf(path: string, body: unknown): string {
  const record = (body ?? {}) as { messages?: { role: string; content: string }[]; prompt?: string; text?: string };
  if (path.endsWith('/chat/completions'))
    return record.messages?.filter((message) => message.role === 'user').at(-1)?.content ?? '';
  if (path.endsWith('/completions')) return record.prompt ?? '';
  return typeof record.text === 'string' ? record.text : JSON.stringify(body);
}

function successBody(path: string, content: string | null, prompt: string): string {
  const usage = { prompt_tokens: prompt.split(/\s+/).filter(Boolean).length, completion_tokens: 1 };
  if (path.endsWith('/chat/completions')) {
    return JSON.stringify({
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage,
    });
  }
  if (path.endsWith('/completions'))
    return JSON.stringify({
      object: 'text_completion',
      choices: [{ index: 0, text: content, finish_reason: 'stop' }],
      usage,
    });
  return JSON.stringify({ result: { label: content } });
}

export async function startOpenAIServer(options: ServerOptions = {}): Promise<TestServer> {
  const requests: ReceivedRequest[] = [];
  const seen = new Map<string, number>();
  const sockets = new Set<Socket>();
  const answer = options.answer ?? ((prompt: string) => `label:${prompt}`);

  const respond = (request: ReceivedRequest, response: ServerResponse) => {
    const reply = options.plan?.(request) ?? { kind: 'ok' };
    switch (reply.kind) {
      case 'ok': {
        const text = successBody(
          request.path,
          reply.content === undefined ? answer(request.prompt) : reply.content,
          request.prompt,
        );
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        return response.end(text);
      }
      case 'status':
        response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        return response.end(reply.body ?? JSON.stringify({ error: { message: `injected ${reply.status}` } }));
      case 'reset':
        return response.socket?.destroy();
      case 'truncate': {
        const text = successBody(request.path, answer(request.prompt), request.prompt);
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        response.write(text.slice(0, Math.floor(text.length / 2)));
        return setTimeout(() => response.socket?.destroy(), 5);
      }
      case 'invalid-json': {
        const text = successBody(request.path, answer(request.prompt), request.prompt).slice(0, 20);
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        return response.end(text);
      }
      case 'hang':
        return;
      case 'huge': {
        const total = reply.megabytes * 2 ** 20;
        const block = Buffer.alloc(2 ** 16, 'x');
        response.writeHead(reply.status, {
          'content-type': 'application/json',
          ...(reply.announceLength ? { 'content-length': total } : {}),
        });
        let sent = 0;
        const pump = () => {
          while (sent < total && !response.destroyed) {
            const piece =
              sent === 0
                ? Buffer.concat([Buffer.from('{"choices":[{"text":"'), block]).subarray(0, block.length)
                : block;
            const size = Math.min(piece.length, total - sent);
            sent += size;
            if (reply.sent) reply.sent.bytes += size;
            if (!response.write(piece.subarray(0, size))) return void response.once('drain', pump);
          }
          if (!response.destroyed) response.end();
        };
        response.on('close', () => (sent = total));
        return pump();
      }
    }
  };

  const listener: RequestListener = (incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const path = incoming.url ?? '/';
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = null;
      try {
        body = raw === '' ? null : JSON.parse(raw);
      } catch {
        body = raw;
      }
      const prompt = promptOf(path, body);
      const attempt = (seen.get(prompt) ?? 0) + 1;
      seen.set(prompt, attempt);
      const receivedAt = performance.timeOrigin + performance.now();
      const request: ReceivedRequest = { path, prompt, attempt, headers: incoming.headers, body, receivedAt };
      requests.push(request);
      const latency = options.latencyMs ?? 0;
      if (latency > 0) setTimeout(() => respond(request, response), latency);
      else respond(request, response);
    });
  };
  const server = options.tls ? createTlsServer(options.tls, listener) : createServer(listener);
  server.keepAliveTimeout = 60_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}/v1`,
    requests,
    count: (prompt) => seen.get(prompt) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
