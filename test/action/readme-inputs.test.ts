import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script, shared with `node scripts/readme-inputs.mjs`.
import { withInputsTable } from '../../scripts/readme-inputs.mjs';

describe('README inputs table', () => {
  it('matches action.yml (run `node scripts/readme-inputs.mjs` after changing an input)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const regenerated = (withInputsTable as (readme: string, action: string) => string)(
      readme,
      readFileSync('action.yml', 'utf8'),
    );
    expect(readme === regenerated, 'README.md inputs table is stale').toBe(true);
  });
});
