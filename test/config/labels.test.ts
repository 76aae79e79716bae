import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { tempDir } from '../support/tmp.js';

const flags = { dataset: 'd.jsonl', predictions: 'p.jsonl' };

describe('labels and label-pattern settings', () => {
  it('has no declared labels and the invalid-output rule on by default', async () => {
    const config = await loadConfig({ overrides: flags, cwd: '/work/x' });
    expect(config.labels).toBeNull();
    expect(config.scoring).toEqual({ labelPattern: null, caseSensitive: false, scorer: { type: 'exact' } });
    expect(config.gates.invalidRate).toEqual({
      max: 0.05,
      maxIncrease: 0.02,
      severity: 'fail',
      decision: 'significant',
    });
  });

  it('normalises declared labels as outputs are, and keeps their case when case-sensitive', async () => {
    const files = tempDir();
    const lower = files.write('a.yml', 'labels: [" Positive", "Not  Spam"]\n');
    expect((await loadConfig({ configPath: lower, overrides: flags, cwd: files.dir })).labels).toEqual([
      'positive',
      'not spam',
    ]);
    const exact = files.write('b.yml', 'labels: [Positive, positive]\nscoring: { caseSensitive: true }\n');
    expect((await loadConfig({ configPath: exact, overrides: flags, cwd: files.dir })).labels).toEqual([
      'Positive',
      'positive',
    ]);
  });

  it('takes a comma-separated list from the flag or the Action input, over the file', async () => {
    const files = tempDir();
    const path = files.write('gate.yml', 'labels: [a, b]\n');
    const config = await loadConfig({
      configPath: path,
      overrides: { ...flags, labels: ' spam , ham ,' },
      cwd: files.dir,
    });
    expect(config.labels).toEqual(['spam', 'ham']);
  });

  it('folds labelPatternFlags and a (?i) prefix into the one pattern string the snapshot stores', async () => {
    const files = tempDir();
    const withFlags = files.write('a.yml', 'scoring: { labelPattern: "Answer: (\\\\w+)", labelPatternFlags: si }\n');
    expect((await loadConfig({ configPath: withFlags, overrides: flags, cwd: files.dir })).scoring).toMatchObject({
      labelPattern: '/Answer: (\\w+)/is',
      caseSensitive: false,
    });
    const inline = files.write('b.yml', 'scoring: { labelPattern: "(?i)Answer: (\\\\w+)" }\n');
    expect((await loadConfig({ configPath: inline, overrides: flags, cwd: files.dir })).scoring.labelPattern).toBe(
      '/Answer: (\\w+)/i',
    );
  });

  it.each([
    ['an empty label list', 'labels: []\n', /gate\.yml line 1: labels: /],
    ['a blank label', 'labels: [a, " "]\n', /gate\.yml line 1: labels\.1: /],
    [
      'a flag that makes the pattern stateful',
      'scoring: { labelPattern: "Answer: (\\\\w+)", labelPatternFlags: g }\n',
      /gate\.yml line 1: scoring\.labelPatternFlags: flag "g" in "g" not supported/,
    ],
    ['a bad invalidRate limit', 'gates: { invalidRate: { max: 2 } }\n', /gate\.yml line 1: gates\.invalidRate\.max: /],
  ])('rejects %s with its line', async (_name, text, message) => {
    const files = tempDir();
    const path = files.write('gate.yml', text);
    await expect(loadConfig({ configPath: path, overrides: flags, cwd: files.dir })).rejects.toThrow(message);
  });
});
