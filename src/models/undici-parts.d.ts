// The undici modules models/transport.ts imports instead of undici's index (see there why),
// typed with undici's own declarations where it has them.
declare module 'undici/lib/api/index.js' {
  /** request(), stream(), pipeline(), upgrade(), connect(): the methods the index puts on every dispatcher. */
  const api: Record<string, unknown>;
  export default api;
}

declare module 'undici/lib/dispatcher/dispatcher.js' {
  import type { Dispatcher } from 'undici';

  const base: typeof Dispatcher;
  export default base;
}

declare module 'undici/lib/dispatcher/env-http-proxy-agent.js' {
  import type { EnvHttpProxyAgent } from 'undici';

  const agent: typeof EnvHttpProxyAgent;
  export default agent;
}
