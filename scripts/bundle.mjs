// Builds the two self-contained entry points GitHub and users run: dist/index.js (the
// Action) and dist/cli.js (the CLI). @actions/* are ESM-only and some of their
// dependencies still call require(), hence the createRequire banner.

import { join } from 'node:path';
import { build } from 'esbuild';
import { patchTunnel } from './patch-tunnel.mjs';

// The output folder is an argument so a test can build elsewhere and compare with dist/.
const outDir = process.argv[2] ?? 'dist';

const banner = [
  "import { createRequire as __createRequire } from 'node:module';",
  'const require = __createRequire(import.meta.url);',
].join('\n');

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  loader: { '.hbs': 'text' },
  logLevel: 'warning',
  plugins: [patchTunnel],
};

await build({ ...common, entryPoints: ['src/index.ts'], outfile: join(outDir, 'index.js'), banner: { js: banner } });
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: join(outDir, 'cli.js'),
  banner: { js: `#!/usr/bin/env node\n${banner}` },
});
