// The default import, not named imports: undici is CommonJS, and where a bundle is split into
// chunks esbuild's chunk of a CommonJS package exports only `default` (`import { X }` then
// gives undefined and `new X` "is not a constructor"). Node's own loader also gives the
// package's module.exports as `default`, so this one form works bundled, split and unbundled.
import undici, { type Dispatcher } from 'undici';

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
    dispatcher = new undici.EnvHttpProxyAgent({ ...settings, proxyTunnel: false });
    dispatchers.set(key, dispatcher);
  }
  return dispatcher;
}

export const sendRequest = undici.request;
