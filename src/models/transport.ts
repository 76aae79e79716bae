// Default imports, not named imports: undici is CommonJS, and where a bundle is split into
// chunks esbuild's chunk of a CommonJS package exports only `default` (`import { X }` then
// gives undefined and `new X` "is not a constructor"). Node's own loader also gives the
// package's module.exports as `default`, so this one form works bundled, split and unbundled.
// The modules used, not undici's index: that one loads fetch, WebSocket, the cache API and the
// mocks as well, a third of the CLI's bundle to read and run before its first request
// (bench/runner.bench.ts, the whole CLI run). undici is pinned to one version (package.json), and
// test/models/proxy.test.ts drives these modules, through a proxy too.
import type { Dispatcher } from 'undici';
import dispatcherApi from 'undici/lib/api/index.js';
import DispatcherBase from 'undici/lib/dispatcher/dispatcher.js';
import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js';

// What undici's index does first: every dispatcher gets request(), and connect(), which a
// proxy's CONNECT tunnel calls. Done again by the index where it is loaded too (the Action's
// @actions/* load it), with the same functions.
Object.assign(DispatcherBase.prototype, dispatcherApi);

/** The proxy variables of one environment; lower-case wins, as in curl and undici. */
export interface ProxySettings {
  httpProxy: string;
  httpsProxy: string;
  noProxy: string;
}

export function proxySettings(env: Record<string, string | undefined>): ProxySettings {
  const pick = (name: string) => env[name.toLowerCase()] ?? env[name.toUpperCase()] ?? '';
  return { httpProxy: pick('http_proxy'), httpsProxy: pick('https_proxy'), noProxy: pick('no_proxy') };
}

/** The proxy a request to `url` goes through under `settings` before NO_PROXY is applied (undici's rule). */
export function proxyFor(url: URL, settings: ProxySettings): string {
  return url.protocol === 'https:' ? settings.httpsProxy || settings.httpProxy : settings.httpProxy;
}

/** scheme://host:port of a proxy URL, without the credentials it may carry. */
export function proxyOrigin(proxy: string): string {
  try {
    return new URL(proxy).origin;
  } catch {
    return 'the proxy';
  }
}

const dispatchers = new Map<string, Dispatcher>();

/**
 * One keep-alive connection pool per proxy setting, shared by every model of the process (a
 * judge and the model under test reuse connections). The settings are passed explicitly, as
 * empty strings when unset, so the adapter's `env` decides and not whatever process.env holds.
 * `proxyTunnel: false`: an `http:` endpoint is asked through the proxy in absolute form, as
 * curl does; `https:` always goes through CONNECT.
 */
export function dispatcherFor(settings: ProxySettings): Dispatcher {
  const key = JSON.stringify(settings);
  let dispatcher = dispatchers.get(key);
  if (dispatcher === undefined) {
    dispatcher = new EnvHttpProxyAgent({ ...settings, proxyTunnel: false });
    dispatchers.set(key, dispatcher);
  }
  return dispatcher;
}

/** One request to `url` through `dispatcher` (what undici's `request(url, options)` does, without its index). */
export function sendRequest(
  url: string,
  { dispatcher, ...options }: Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { dispatcher: Dispatcher },
): Promise<Dispatcher.ResponseData> {
  const target = new URL(url);
  return dispatcher.request({ ...options, origin: target.origin, path: `${target.pathname}${target.search}` });
}
