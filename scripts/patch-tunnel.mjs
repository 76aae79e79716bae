// tunnel 0.0.6 (under @actions/http-client, unmaintained since 2018) builds the
// Proxy-Authorization header with `new Buffer(…)`. Node prints "DeprecationWarning: Buffer()
// is deprecated" for that call when it is made from outside node_modules, which a bundle is:
// every Action run behind a proxy with credentials printed it. The call is rewritten to
// Buffer.from at bundle time; if tunnel changes so the rewrite no longer matches, the build
// fails here instead of the warning coming back unnoticed.

import { readFile } from 'node:fs/promises';

const deprecated = 'new Buffer(connectOptions.proxyAuth)';
const replacement = 'Buffer.from(connectOptions.proxyAuth)';

/** An esbuild plugin: rewrites tunnel's one `new Buffer(` call, and fails the build if it cannot. */
export const patchTunnel = {
  name: 'patch-tunnel-buffer',
  setup(build) {
    build.onLoad({ filter: /[\\/]tunnel[\\/]lib[\\/]tunnel\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const patched = source.replace(deprecated, replacement);
      if (patched === source || patched.includes('new Buffer(')) {
        return {
          errors: [
            {
              text: `scripts/patch-tunnel.mjs: ${path} no longer has exactly the one \`${deprecated}\` call it rewrites; update the patch (or drop it if tunnel is fixed)`,
            },
          ],
        };
      }
      return { contents: patched, loader: 'js' };
    });
  },
};
