// The README's table of gate rules is generated from the rule registry (src/gate/registry.ts),
// so the two cannot drift: `node scripts/readme-rules.mjs` rewrites it; a test fails when it is stale.
// The registry is TypeScript: esbuild (already the bundler) compiles it in memory.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const bundled = await build({
  entryPoints: ['src/gate/rule-table.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { withRuleTable } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);
writeFileSync('README.md', withRuleTable(readFileSync('README.md', 'utf8')));
