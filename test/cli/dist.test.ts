import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/tmp.js';

describe('dist/', () => {
  it('is what `npm run bundle` builds from the current sources (commit it with the change)', () => {
    const { dir } = tempDir('mrg-dist-');
    execFileSync(process.execPath, ['scripts/bundle.mjs', dir], { stdio: 'pipe' });
    for (const file of ['index.js', 'cli.js']) {
      const fresh = readFileSync(join(dir, file), 'utf8');
      const committed = readFileSync(join('dist', file), 'utf8');
      expect(committed === fresh, `dist/${file} is stale: run npm run bundle and commit dist/`).toBe(true);
    }
  }, 60_000);
});
