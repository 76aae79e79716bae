import { STATUS_CODES } from 'node:http';
import type { Dispatcher } from 'undici';
import { megabytes } from '../limits.js';
import { ModelFailure } from './failure.js';
import { isRetryableStatus, retryAfterMs } from './retry.js';
import { redactSecrets } from './secrets.js';
import { dispatcherFor, type ProxySettings, proxyFor, proxyOrigin, sendRequest } from './transport.js';

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
  /** HTTP_PROXY / HTTPS_PROXY / NO_PROXY of the adapter's environment. */
  proxy: ProxySettings;
}

interface RawResponse {
  status: number;
  statusText: string;
  header(name: string): string | undefined;
  text: string;
}

const snippetChars = 200;

/** The connection dropped after the status line: the body is incomplete. */
class BodyBrokeOff extends Error {}

/** The body is larger than the limit: it was not read to its end. */
class BodyTooLarge extends Error {}

function snippet(text: string, secrets: readonly string[]): string {
  const flat = redactSecrets(text, secrets).replace(/\s+/g, ' ').trim();
  return flat.length > snippetChars ? `${flat.slice(0, snippetChars)}…` : flat;
}

/** ECONNREFUSED, ECONNRESET; undici's own codes (UND_ERR_SOCKET) say less than their message ("other side closed"). */
function networkCause(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code !== undefined && !code.startsWith('UND_ERR') ? code : (error as Error).message;
}

/** The status a proxy refused the request with: 407 from a forwarding proxy, any status from a CONNECT. */
function proxyRefusal(error: unknown): number | undefined {
  const message = (error as Error).message ?? '';
  if (message === 'Proxy Authentication Required (407)') return 407;
  const connect = /^Proxy response \((\d+)\) !== 200 when HTTP Tunneling$/.exec(message);
  return connect ? Number(connect[1]) : undefined;
}

/**
 * A proxy that asks for credentials (407) or refuses the target (403) refuses every request:
 * fatal, one line that names the proxy (never its credentials) and what to change. Any other
 * refusal of a CONNECT (502, 503) is the proxy failing to reach the endpoint: transient.
 */
function proxyFailure(request: JsonRequest, status: number): ModelFailure {
  const url = new URL(request.url);
  const settings = request.proxy;
  const variable = url.protocol === 'https:' && settings.httpsProxy !== '' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
  const proxy = `the proxy ${proxyOrigin(proxyFor(url, settings))} (${variable})`;
  const phrase = `${status} ${STATUS_CODES[status] ?? ''}`.trim();
  if (status === 407) {
    return new ModelFailure(
      'fatal',
      `${proxy} answered ${phrase} for ${url.origin}: put its credentials in ${variable} (http://user:password@host:port)`,
    );
  }
  if (status === 403) {
    return new ModelFailure(
      'fatal',
      `${proxy} refused ${url.origin} (${phrase}): allow it on the proxy, or list the host in NO_PROXY`,
    );
  }
  return new ModelFailure('transient', `${proxy} could not connect to ${url.origin} (${phrase})`);
}

/** The user's headers after ours, names lower-cased so that no header goes out twice. */
function requestHeaders(request: JsonRequest, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  if (hasBody) headers['content-type'] = 'application/json';
  return headers;
}

async function send(request: JsonRequest, payload: string | undefined): Promise<RawResponse> {
  const maxBytes = megabytes(request.maxResponseMB);
  const { statusCode, headers, body } = await sendRequest(request.url, {
    method: request.method as Dispatcher.HttpMethod,
    headers: requestHeaders(request, payload !== undefined),
    body: payload,
    signal: request.signal,
    dispatcher: dispatcherFor(request.proxy),
  });
  const header = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  // Streamed and counted, so a 600 MB body costs at most maxBytes: reading stops at the limit
  // and destroying the body drops the connection (it would otherwise go on delivering the rest).
  if (Number(header('content-length') ?? 0) > maxBytes) {
    body.destroy();
    throw new BodyTooLarge();
  }
  const chunks: Buffer[] = [];
  let received = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      received += chunk.length;
      if (received > maxBytes) throw new BodyTooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    body.destroy();
    if (error instanceof BodyTooLarge) throw error;
    throw new BodyBrokeOff(networkCause(error));
  }
  return {
    status: statusCode,
    statusText: STATUS_CODES[statusCode] ?? '',
    header,
    text: Buffer.concat(chunks).toString('utf8'),
  };
}

/**
 * One JSON request, its failure classified for the runner: network errors, timeouts, 408/409/
 * 429/5xx and unreadable bodies are transient; 401/403/404/407 are fatal (the key, the URL or
 * the proxy is wrong for every example); other 4xx concern this example only.
 */
export async function requestJson(request: JsonRequest): Promise<unknown> {
  let response: RawResponse;
  try {
    response = await send(request, request.body === undefined ? undefined : JSON.stringify(request.body));
  } catch (error) {
    if (request.signal.aborted) throw request.signal.reason;
    const refused = proxyRefusal(error);
    if (refused !== undefined) throw proxyFailure(request, refused);
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
    if ([401, 403, 404, 407].includes(status)) throw new ModelFailure('fatal', message);
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
