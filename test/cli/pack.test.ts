import { execFile } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonl, tempDir } from '../support/tmp.js';

const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

// The package as npm publishes it, from a copy of this repository with a freshly bundled dist/
// (the committed one may be stale on a branch): `npm pack` (its prepack checks dist/), then the
// tarball installed offline into an empty folder, where nothing else is installed.
describe('the npm package', () => {
  const user = tempDir('mrg-pack-user-');
  let pack: { filename: string; files: Array<{ path: string }> } | undefined;
  let packLog = '';

  beforeAll(async () => {
    const copy = tempDir('mrg-pack-src-').dir;
    for (const path of ['package.json', 'action.yml', 'README.md', 'tsconfig.json', 'scripts', 'src']) {
      cpSync(join(root, path), join(copy, path), { recursive: true });
    }
    symlinkSync(realpathSync(join(root, 'node_modules')), join(copy, 'node_modules'));
    await run(process.execPath, ['scripts/bundle.mjs', 'dist'], { cwd: copy });
    const tarballs = tempDir('mrg-pack-out-').dir;
    const packed = await run('npm', ['pack', '--json', '--pack-destination', tarballs], { cwd: copy });
    [pack] = JSON.parse(packed.stdout) as Array<NonNullable<typeof pack>>;
    packLog = packed.stderr;
    if (!pack) throw new Error(`npm pack printed no package: ${packed.stdout}`);
    writeFileSync(join(user.dir, 'package.json'), '{"name": "a-user", "private": true}\n');
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(tarballs, pack.filename)], {
      cwd: user.dir,
    });
  }, 180_000);

  it('checks dist/ before packing (prepack), and holds the bundles, action.yml and the README, no sources', () => {
    expect(packLog).toContain('node scripts/check-dist.mjs');
    expect(pack?.files.map((file) => file.path).sort()).toEqual([
      'README.md',
      'action.yml',
      'dist/action-main.js',
      'dist/cli-chunk.js',
      'dist/cli-main.js',
      'dist/cli-post-run.js',
      'dist/cli.js',
      'dist/index.js',
      'dist/tokenizer.js',
      'package.json',
    ]);
  });

  it('installs nothing but itself: every library it runs is in the bundle', () => {
    const installed = JSON.parse(
      readFileSync(join(user.dir, 'node_modules', 'model-release-gate', 'package.json'), 'utf8'),
    ) as { dependencies?: Record<string, string> };
    expect(installed.dependencies ?? {}).toEqual({});
    expect(readdirSync(join(user.dir, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual([
      'model-release-gate',
    ]);
  });

  it('the entries are small and leave the bulk to the file they import (a fast --version, --help, first log line)', () => {
    const dist = join(user.dir, 'node_modules', 'model-release-gate', 'dist');
    for (const [entry, main] of [
      ['cli.js', 'cli-main.js'],
      ['index.js', 'action-main.js'],
    ] as const) {
      expect(statSync(join(dist, entry)).size).toBeLessThan(256 * 1024);
      expect(statSync(join(dist, main)).size).toBeGreaterThan(512 * 1024);
      expect(readFileSync(join(dist, entry), 'utf8')).toContain(`import("./${main}")`);
    }
  });

  it('`npx model-release-gate run` works there and prints the verdict', async () => {
    const rows = [
      { id: '1', input: 'win money now', expected: 'spam' },
      { id: '2', input: 'lunch at noon?', expected: 'ham' },
      { id: '3', input: 'cheap pills', expected: 'spam' },
    ];
    user.write('eval.jsonl', jsonl(rows));
    user.write('predictions.jsonl', jsonl(rows.map((row) => ({ id: row.id, output: row.expected }))));
    const version = await run('npx', ['--offline', 'model-release-gate', '--version'], { cwd: user.dir });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    const gate = await run(
      'npx',
      ['--offline', 'model-release-gate', 'run', '--dataset', 'eval.jsonl', '--predictions', 'predictions.jsonl'],
      { cwd: user.dir },
    );
    expect(gate.stdout).toContain('Model release gate: PASS');
    expect(readdirSync(join(user.dir, 'model-gate-results')).sort()).toEqual(
      expect.arrayContaining(['report.json', 'report.md', 'results.jsonl']),
    );
  });
});
