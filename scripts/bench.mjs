// `npm run bench [name]`: bundles each bench/*.bench.ts with esbuild and runs it in its own
// Node process, one after the other, so figures are not disturbed by each other. A million
// examples need more than Node's default heap; without it the garbage collector dominates.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { precompileHandlebars } from './handlebars-precompile.mjs';

const only = process.argv[2];
const benches = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
const outDir = join('.cache', 'bench');
mkdirSync(outDir, { recursive: true });
let failed = false;
for (const file of benches) {
  const outfile = join(outDir, file.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join('bench', file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [precompileHandlebars],
    logLevel: 'warning',
  });
  console.log(`\n## ${file}`);
  const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', outfile], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
