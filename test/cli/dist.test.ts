import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('dist/', () => {
  it('is what `npm run bundle` builds from the current sources, every file of it (commit it with the change)', () => {
    // The same check `npm pack` runs first (prepack) and CI runs on every push.
    const check = spawnSync(process.execPath, ['scripts/check-dist.mjs'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  }, 120_000);
});
