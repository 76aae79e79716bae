import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The runner's cache service (v2) on 127.0.0.1, as @actions/cache speaks it: Twirp JSON calls
 * for a download URL (exact key, else the newest entry starting with a restore key, same
 * version), to reserve an entry and to finalize it, and an Azure-style blob URL the archive is
 * PUT to and read from. Entries are immutable, like the real service's. Every other request is
 * passed on to `forwardTo` (the fake GitHub), because both live behind one ACTIONS_RESULTS_URL.
 */

export interface FakeCacheEntry {
  id: number;
  key: string;
  version: string;
  archive: Buffer;
}

export interface CacheCall {
  method: 'GetCacheEntryDownloadURL' | 'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'upload' | 'download';
  body: Record<string, unknown>;
  authorization: string | undefined;
}

export interface FakeCacheService {
  url: string;
  entries: FakeCacheEntry[];
  calls: CacheCall[];
  callsTo(method: CacheCall['method']): CacheCall[];
  close(): Promise<void>;
}

const twirp = '/twirp/github.actions.results.api.v1.CacheService/';

export async function startFakeCacheService(options: {
  forwardTo: string;
  onCall?: (call: CacheCall) => void;
}): Promise<FakeCacheService> {
  const entries: FakeCacheEntry[] = [];
  const calls: CacheCall[] = [];
  const reserved = new Map<number, { key: string; version: string; archive: Buffer | null }>();
  let nextId = 1;

  const record = (call: CacheCall) => {
    calls.push(call);
    options.onCall?.(call);
  };
  const newest = (version: string, matches: (key: string) => boolean) =>
    entries.filter((entry) => entry.version === version && matches(entry.key)).sort((a, b) => b.id - a.id)[0];

  const twirpMethods: Record<string, (body: Record<string, unknown>, base: string) => unknown> = {
    GetCacheEntryDownloadURL(body, base) {
      const version = String(body.version);
      const restoreKeys = (body.restore_keys as string[] | undefined) ?? [];
      const entry =
        newest(version, (key) => key === body.key) ??
        restoreKeys.map((prefix) => newest(version, (key) => key.startsWith(prefix))).find(Boolean);
      return entry
        ? { ok: true, signed_download_url: `${base}/cache-blob/${entry.id}?sig=signed`, matched_key: entry.key }
        : { ok: false };
    },
    CreateCacheEntry(body, base) {
      const key = String(body.key);
      const version = String(body.version);
      if (entries.some((entry) => entry.key === key && entry.version === version))
        return { ok: false, message: `cache entry ${key} already exists` };
      const id = nextId++;
      reserved.set(id, { key, version, archive: null });
      return { ok: true, signed_upload_url: `${base}/cache-blob/${id}?sig=signed` };
    },
    FinalizeCacheEntryUpload(body) {
      const found = [...reserved.entries()].find(
        ([, entry]) => entry.key === body.key && entry.version === body.version && entry.archive,
      );
      if (!found) return { ok: false, message: 'nothing uploaded for this key' };
      const [id, entry] = found;
      reserved.delete(id);
      entries.push({ id, key: entry.key, version: entry.version, archive: entry.archive ?? Buffer.alloc(0) });
      return { ok: true, entry_id: String(id) };
    },
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks);
    const base = `http://${request.headers.host ?? '127.0.0.1'}`;
    const url = new URL(request.url ?? '/', base);
    const authorization = request.headers.authorization;

    if (url.pathname.startsWith(twirp)) {
      const method = url.pathname.slice(twirp.length);
      const handler = twirpMethods[method];
      const body = (rawBody.length > 0 ? JSON.parse(rawBody.toString('utf8')) : {}) as Record<string, unknown>;
      record({ method: method as CacheCall['method'], body, authorization });
      if (!handler) return json(response, 404, { code: 'bad_route', msg: `no method ${method}` });
      if (!authorization?.startsWith('Bearer '))
        return json(response, 401, { code: 'unauthenticated', msg: 'no token' });
      return json(response, 200, handler(body, base));
    }
    const blob = /^\/cache-blob\/(\d+)$/.exec(url.pathname);
    if (blob) {
      const id = Number(blob[1]);
      if (request.method === 'PUT') {
        const entry = reserved.get(id);
        record({ method: 'upload', body: { id, size: rawBody.length }, authorization });
        if (!entry) return json(response, 404, { message: 'no reservation' });
        // Archives here are far below the SDK's single-shot size: one PUT with the whole blob.
        entry.archive = rawBody;
        response.writeHead(201, { etag: '"0x1"', 'x-ms-request-id': 'fake', 'x-ms-version': '2025-01-05' });
        return void response.end();
      }
      const entry = entries.find((candidate) => candidate.id === id);
      record({ method: 'download', body: { id }, authorization });
      if (!entry) return json(response, 404, { message: 'no entry' });
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': entry.archive.length });
      return void response.end(entry.archive);
    }
    await forward(request, rawBody, response);
  }

  function forward(request: IncomingMessage, body: Buffer, response: ServerResponse): Promise<void> {
    const target = new URL(request.url ?? '/', options.forwardTo);
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(target, { method: request.method, headers: request.headers }, (incoming) => {
        response.writeHead(incoming.statusCode ?? 502, incoming.headers);
        incoming.pipe(response).on('finish', resolve).on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => json(response, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    entries,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
