// `node scripts/check-dist.mjs`: fails when dist/ is not what scripts/bundle.mjs builds from the
// sources here — a file differs, is missing or is left over. It runs before `npm pack` (prepack),
// in CI, and in test/cli/dist.test.ts, so a package or a tag never ships a stale bundle.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle } from './bundle.mjs';

const fresh = mkdtempSync(join(tmpdir(), 'mrg-check-dist-'));
try {
  await bundle(fresh);
  const list = (dir) => {
    try {
      return readdirSync(dir).sort();
    } catch {
      return [];
    }
  };
  const built = list(fresh);
  const committed = list('dist');
  const problems = [
    ...built.filter((file) => !committed.includes(file)).map((file) => `dist/${file} is missing`),
    ...committed.filter((file) => !built.includes(file)).map((file) => `dist/${file} is not built any more`),
    ...built
      .filter((file) => committed.includes(file))
      .filter((file) => !readFileSync(join(fresh, file)).equals(readFileSync(join('dist', file))))
      .map((file) => `dist/${file} is stale`),
  ];
  if (problems.length > 0) {
    console.error(`${problems.join('; ')}: run \`npm run bundle\` and commit dist/`);
    process.exitCode = 1;
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
