import http from 'node:http';
import https from 'node:https';
import { megabytes } from '../limits.js';
import { ModelFailure } from './failure.js';
import { isRetryableStatus, retryAfterMs } from './retry.js';
import { redactSecrets } from './secrets.js';

export interface JsonRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: unknown;
  signal: AbortSignal;
  /** Values to blank out of any error message (API keys echoed back by a server). */
  secrets: readonly string[];
  /** The config's maxResponseMB: a longer body fails the request and is not read further. */
  maxResponseMB: number;
}

interface RawResponse {
  status: number;
  statusText: string;
  header(name: string): string | undefined;
  text: string;
}

const snippetChars = 200;

/**
 * node:http with keep-alive rather than fetch: on this machine (Node 20, loopback, 32 requests
 * in flight, a server with no latency) fetch managed about 315 requests/s and node:http about
 * 1,550; the runner's throughput target needs the latter.
 */
const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

/** The connection dropped after the status line: the body is incomplete. */
class BodyBrokeOff extends Error {}

/** The body is larger than the limit: it was not read to its end. */
class BodyTooLarge extends Error {}

function snippet(text: string, secrets: readonly string[]): string {
  const flat = redactSecrets(text, secrets).replace(/\s+/g, ' ').trim();
  return flat.length > snippetChars ? `${flat.slice(0, snippetChars)}…` : flat;
}

/** ECONNREFUSED, ECONNRESET, or the message when there is no code ("socket hang up"). */
function networkCause(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

function send(request: JsonRequest, payload: string | undefined): Promise<RawResponse> {
  const url = new URL(request.url);
  const isHttps = url.protocol === 'https:';
  const headers: Record<string, string | number> = { accept: 'application/json', ...request.headers };
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(payload);
  }
  const options = { method: request.method, headers, signal: request.signal };
  const maxBytes = megabytes(request.maxResponseMB);
  return new Promise((resolve, reject) => {
    const onResponse = (incoming: http.IncomingMessage) => {
      const chunks: Buffer[] = [];
      let received = 0;
      // Streamed and counted, so a 600 MB body costs at most maxBytes: reading stops at the
      // limit and the connection is dropped (it would otherwise go on delivering the rest).
      const tooLarge = () => {
        // Rejected first: destroying the socket reports the body as broken off too.
        reject(new BodyTooLarge());
        incoming.destroy();
        outgoing.destroy();
      };
      if (Number(incoming.headers['content-length'] ?? 0) > maxBytes) return tooLarge();
      incoming.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > maxBytes) return tooLarge();
        chunks.push(chunk);
      });
      incoming.on('error', (error) => reject(new BodyBrokeOff(networkCause(error))));
      incoming.on('aborted', () => reject(new BodyBrokeOff('connection closed mid-body')));
      incoming.on('end', () => {
        if (!incoming.complete) return reject(new BodyBrokeOff('connection closed mid-body'));
        resolve({
          status: incoming.statusCode ?? 0,
          statusText: incoming.statusMessage ?? '',
          header: (name) => {
            const value = incoming.headers[name];
            return Array.isArray(value) ? value[0] : value;
          },
          text: Buffer.concat(chunks).toString('utf8'),
        });
      });
    };
    const outgoing = isHttps
      ? https.request(url, { ...options, agent: agents['https:'] }, onResponse)
      : http.request(url, { ...options, agent: agents['http:'] }, onResponse);
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

/**
 * One JSON request, its failure classified for the runner: network errors, timeouts, 408/409/
 * 429/5xx and unreadable bodies are transient; 401/403/404 are fatal (the key or the URL is
 * wrong for every example); other 4xx concern this example only.
 */
export async function requestJson(request: JsonRequest): Promise<unknown> {
  let response: RawResponse;
  try {
    response = await send(request, request.body === undefined ? undefined : JSON.stringify(request.body));
  } catch (error) {
    if (request.signal.aborted) throw request.signal.reason;
    if (error instanceof BodyTooLarge) {
      throw new ModelFailure('rejected', `response larger than ${request.maxResponseMB} MB (the maxResponseMB limit)`);
    }
    if (error instanceof BodyBrokeOff)
      throw new ModelFailure('transient', `the response body broke off (${error.message})`);
    throw new ModelFailure('transient', `cannot reach ${new URL(request.url).origin}: ${networkCause(error)}`);
  }
  const { status, text } = response;
  if (status < 200 || status > 299) {
    const message = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}: ${snippet(text, request.secrets)}`;
    if (isRetryableStatus(status)) throw new ModelFailure('transient', message, retryAfterMs(response.header));
    if ([401, 403, 404].includes(status)) throw new ModelFailure('fatal', message);
    throw new ModelFailure('rejected', message);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ModelFailure(
      'transient',
      `HTTP ${status}: the response is not valid JSON: ${snippet(text, request.secrets)}`,
    );
  }
}

/** `a.b.0.c` into parsed JSON; undefined where the path leads nowhere. */
export function valueAtPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
