import { createServer, request as httpRequest } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

/**
 * A forward proxy on 127.0.0.1 as companies run them: `http:` targets asked in absolute form
 * (`POST http://host/path`) are forwarded, `CONNECT host:port` opens a tunnel (for `https:`).
 * It records what went through it; `refuse` answers every request with that status instead
 * (407 with a Proxy-Authenticate challenge, 403, …).
 */
export interface ForwardProxy {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Absolute-form requests forwarded, as `METHOD URL`. */
  forwarded: string[];
  /** CONNECT targets, as `host:port`. */
  tunnels: string[];
  close(): Promise<void>;
}

const reasons: Record<number, string> = { 403: 'Forbidden', 407: 'Proxy Authentication Required' };
const challenge = { 'proxy-authenticate': 'Basic realm="corp"' };

export async function startForwardProxy(options: { refuse?: number } = {}): Promise<ForwardProxy> {
  const forwarded: string[] = [];
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const { refuse } = options;

  const server = createServer((incoming, response) => {
    if (refuse !== undefined) {
      response.writeHead(refuse, refuse === 407 ? challenge : {});
      return response.end(`refused by the test proxy (${refuse})`);
    }
    forwarded.push(`${incoming.method} ${incoming.url}`);
    const upstream = httpRequest(
      incoming.url ?? '',
      { method: incoming.method, headers: incoming.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    // The client hung up (say, on a body above its limit): stop fetching from the server too.
    response.on('close', () => upstream.destroy());
    upstream.on('error', () => (response.headersSent ? response.destroy() : response.writeHead(502).end()));
    incoming.pipe(upstream);
  });
  server.on('connect', (incoming, client: Socket, head: Buffer) => {
    sockets.add(client);
    if (refuse !== undefined) {
      const extra = refuse === 407 ? `Proxy-Authenticate: ${challenge['proxy-authenticate']}\r\n` : '';
      return client.end(`HTTP/1.1 ${refuse} ${reasons[refuse] ?? 'Refused'}\r\n${extra}Content-Length: 0\r\n\r\n`);
    }
    tunnels.push(incoming.url ?? '');
    const [host, port] = (incoming.url ?? '').split(':');
    const target = connect(Number(port), host ?? '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      target.write(head);
      target.pipe(client);
      client.pipe(target);
    });
    sockets.add(target);
    target.on('error', () => client.destroy());
    client.on('error', () => target.destroy());
    target.on('close', () => client.destroy());
    client.on('close', () => target.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    forwarded,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
