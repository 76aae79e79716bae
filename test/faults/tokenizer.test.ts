import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonl, parseResults, tempDir } from '../support/tmp.js';
import { cliBundle, startCli } from './support/cli-process.js';

interface Results {
  records: { id: string; length: { chars: number; words: number; tokens?: number } | null }[];
  summary: { outputLength: { tokens: { n: number } } };
}

/** 200,000 characters without whitespace: one o200k pre-token, 42 s when tokenized whole. */
const unbroken = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode(97 + ((i * 7919) % 26))).join('');
const dataset = [
  { id: 'long', input: 'a', expected: 'x' },
  { id: 'short', input: 'b', expected: 'y' },
];

function workspace() {
  const files = tempDir('mrg-tokens-');
  files.write('eval.jsonl', jsonl(dataset));
  files.write(
    'answers.jsonl',
    jsonl([
      { id: 'long', output: unbroken },
      { id: 'short', output: 'two words' },
    ]),
  );
  return files;
}

async function run(files: ReturnType<typeof workspace>, argv: string[]) {
  const { status, stderr } = await (
    await startCli(
      ['run', '--dataset', 'eval.jsonl', '--predictions', 'answers.jsonl', '--task', 'generation', ...argv],
      files.dir,
    )
  ).exited;
  expect(stderr).not.toContain('error');
  expect(status).toBe(0);
}

const resultsOf = (dir: string) => parseResults(readFileSync(join(dir, 'results.jsonl'), 'utf8')) as unknown as Results;

describe('token counts', () => {
  it('the bundle keeps the tokenizer in its own file, imported only when a run counts tokens', async () => {
    const { dir } = await cliBundle();
    // The main module and the chunks it is split into (scripts/bundle.mjs).
    const main = readdirSync(dir)
      .filter((file) => file.startsWith('cli-'))
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('\n');
    // The bundle is whitespace-minified (no module path comments): look for the tokenizer's own
    // identifiers and its o200k encoding name instead.
    expect(main).not.toMatch(/ALL_SPECIAL_TOKENS|o200k_base/);
    expect(main.match(/\bimport\("\.\/tokenizer\.js"\)/g)).toHaveLength(1);
    const tokenizer = readFileSync(join(dir, 'tokenizer.js'), 'utf8');
    expect(tokenizer).toContain('ALL_SPECIAL_TOKENS');
    expect(tokenizer).toContain('o200k_base');
  });

  it('are not counted in a run in words, and are counted, linearly, in a run in tokens; a words baseline is counted for it', async () => {
    const files = workspace();
    await run(files, ['--length-unit', 'words', '--out', 'words']);
    const words = resultsOf(join(files.dir, 'words'));
    for (const record of words.records) expect(record.length).not.toHaveProperty('tokens');
    expect(words.summary.outputLength.tokens.n).toBe(0);

    await run(files, ['--length-unit', 'tokens', '--out', 'tokens', '--baseline', 'words/results.jsonl']);
    const tokens = resultsOf(join(files.dir, 'tokens'));
    const counted = Object.fromEntries(tokens.records.map((record) => [record.id, record.length?.tokens]));
    expect(counted.short).toBe(2);
    // Random-looking letters: a few characters a token.
    expect(counted.long).toBeGreaterThan(30_000);
    expect(counted.long).toBeLessThan(120_000);
    const report = JSON.parse(readFileSync(join(files.dir, 'tokens', 'report.json'), 'utf8')) as {
      comparison: { outputLength: { unit: string; baseline: { n: number; max: number } } };
    };
    expect(report.comparison.outputLength).toMatchObject({ unit: 'tokens', baseline: { n: 2, max: counted.long } });
  });
});
