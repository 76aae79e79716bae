import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { defined } from '../support/defined.js';
import { jsonl, tempDir } from '../support/tmp.js';

// Issue 9 as a user meets it: the CLI run on files, the reports read back.
const labels = ['positive', 'negative', 'neutral'];
const dataset = Array.from({ length: 90 }, (_, i) => ({
  id: `r${i}`,
  input: `review ${i}`,
  expected: defined(labels[i % 3]),
}));
const rambles = [
  'As an AI language model, I cannot judge this review.',
  "I'm sorry, but I can't classify that.",
  'Hard to say, honestly.',
  'It depends on the reader.',
  'As an AI, I have no opinion.',
  'This one is mixed.',
  'Unclear sentiment overall.',
  'No comment.',
];

function workspace() {
  const files = tempDir('mrg-labels-');
  files.write('eval.jsonl', jsonl(dataset));
  const answer = (label: string) => `Answer: ${label}`;
  files.write('answer-prefixed.jsonl', jsonl(dataset.map((row) => ({ id: row.id, output: answer(row.expected) }))));
  // Right except every 9th example, which swaps to the next label.
  files.write(
    'baseline.jsonl',
    jsonl(
      dataset.map((row, i) => ({
        id: row.id,
        output: answer(i % 9 === 0 ? defined(labels[(i + 1) % 3]) : row.expected),
      })),
    ),
  );
  // The same, and eight examples ramble: the issue's "macro-F1 92.0% → 23.7%".
  files.write(
    'rambling.jsonl',
    jsonl(
      dataset.map((row, i) => ({
        id: row.id,
        output:
          i % 11 === 5
            ? defined(rambles[(i - 5) / 11])
            : answer(i % 9 === 0 ? defined(labels[(i + 1) % 3]) : row.expected),
      })),
    ),
  );
  return files;
}

const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));

describe('outputs the gate cannot read', () => {
  it('fails when both releases answer "Answer: positive" and no labelPattern extracts the label, instead of passing 0.0% → 0.0%', async () => {
    const files = workspace();
    const result = await cli(
      [
        'run',
        '--dataset',
        'eval.jsonl',
        '--predictions',
        'answer-prefixed.jsonl',
        '--baseline',
        'answer-prefixed.jsonl',
      ],
      files.dir,
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Model release gate: FAIL');
    expect(result.stdout).toMatch(
      /invalidRate\.unreadable: the gate cannot read this run's outputs: 90 of 90 \(100\.0%\) are no label any example expects/,
    );
    const report = readReport(join(files.dir, 'model-gate-results'));
    expect(report.verdict).toBe('fail');
    expect(report.candidate.invalid).toEqual({ count: 90, rate: 1 });
    expect(report.baseline.invalid).toEqual({ count: 90, rate: 1 });
    expect(report.comparison.invalidRate).toMatchObject({ baseline: 1, candidate: 1, delta: 0, pValue: 1 });
    expect(report.comparison.labelSet).toEqual({ source: 'expected', labels: ['negative', 'neutral', 'positive'] });
    // Said at the top of the report, with examples and what to do.
    const markdown = readFileSync(join(files.dir, 'model-gate-results', 'report.md'), 'utf8');
    const warning = markdown.split('\n').find((line) => line.includes('count as invalid')) ?? '';
    expect(markdown.indexOf(warning)).toBeLessThan(markdown.indexOf('| metric |'));
    expect(warning).toMatch(
      /No \\`labels\\` declared, and 90 of 90 outputs \(100\.0%\) are strings no example expects/,
    );
    expect(warning).toContain('"answer: positive" ×30');
    expect(warning).toContain('labelPattern');
  });

  it('reads them with a labelPattern, which now matches ignoring case', async () => {
    const files = workspace();
    files.write('gate.yml', 'scoring:\n  labelPattern: "ANSWER: (\\\\w+)"\n');
    const result = await cli(
      ['run', '--config', 'gate.yml', '--dataset', 'eval.jsonl', '--predictions', 'answer-prefixed.jsonl'],
      files.dir,
    );
    expect(result.status).toBe(0);
    expect(readReport(join(files.dir, 'model-gate-results')).candidate).toMatchObject({
      accuracy: 1,
      invalid: { count: 0, rate: 0 },
      labelSource: 'inferred',
    });
  });

  it.each([
    [
      'labelPatternFlags',
      'scoring:\n  caseSensitive: true\n  labelPattern: "answer: (\\\\w+)"\n  labelPatternFlags: i\n',
    ],
    ['a /…/i literal', 'scoring:\n  caseSensitive: true\n  labelPattern: "/answer: (\\\\w+)/i"\n'],
    ['a leading (?i)', 'scoring:\n  caseSensitive: true\n  labelPattern: "(?i)answer: (\\\\w+)"\n'],
  ])('takes the flags of %s', async (_name, config) => {
    const files = workspace();
    files.write('gate.yml', config);
    const result = await cli(
      ['run', '--config', 'gate.yml', '--dataset', 'eval.jsonl', '--predictions', 'answer-prefixed.jsonl'],
      files.dir,
    );
    expect(result.stderr).not.toContain('error');
    expect(result.status).toBe(0);
    expect(readReport(join(files.dir, 'model-gate-results')).candidate.accuracy).toBe(1);
  });
});

describe('rambles without declared labels', () => {
  it('with a labelPattern, eight distinct rambles among three labels count as invalid outputs, not eight classes of F1 0', async () => {
    const files = workspace();
    files.write('gate.yml', 'scoring:\n  labelPattern: "Answer:\\\\s*(\\\\w+)"\n');
    const result = await cli(
      [
        'run',
        '--config',
        'gate.yml',
        '--dataset',
        'eval.jsonl',
        '--predictions',
        'rambling.jsonl',
        '--baseline',
        'baseline.jsonl',
      ],
      files.dir,
    );
    const report = readReport(join(files.dir, 'model-gate-results'));
    expect(report.candidate.labelSource).toBe('expected');
    expect(report.comparison.labelSet).toEqual({ source: 'expected', labels: ['negative', 'neutral', 'positive'] });
    expect(report.candidate.invalid).toEqual({ count: 8, rate: 8 / 90 });
    // Over the three labels: 92% → a few points less, not the issue's 23.7%.
    expect(report.comparison.macroF1.candidate).toBeGreaterThan(0.75);
    expect(report.comparison.macroF1.baseline - report.comparison.macroF1.candidate).toBeLessThan(0.12);
    expect(Object.keys(report.comparison.perClass)).toEqual(['negative', 'neutral', 'positive']);
    expect(result.stdout).toMatch(/No `labels` declared, and 8 of 90 outputs \(8\.9%\) are strings no example expects/);
  });
});

describe('declared labels', () => {
  it('counts rambles as invalid outputs: macro-F1 over the three labels does not collapse, the invalid rate is gated', async () => {
    const files = workspace();
    files.write(
      'gate.yml',
      'labels: [Positive, Negative, Neutral]\nscoring:\n  labelPattern: "Answer:\\\\s*(\\\\w+)"\n',
    );
    const result = await cli(
      [
        'run',
        '--config',
        'gate.yml',
        '--dataset',
        'eval.jsonl',
        '--predictions',
        'rambling.jsonl',
        '--baseline',
        'baseline.jsonl',
      ],
      files.dir,
    );
    const report = readReport(join(files.dir, 'model-gate-results'));
    expect(report.candidate.invalid).toEqual({ count: 8, rate: 8 / 90 });
    expect(report.baseline.invalid).toEqual({ count: 0, rate: 0 });
    expect(Object.keys(report.candidate.perClass)).toEqual(labels);
    expect(Object.keys(report.comparison.perClass)).toEqual(labels);
    // Each ramble cost one example, not a class: macro-F1 falls a few points, not to a quarter.
    expect(report.comparison.macroF1.baseline).toBeGreaterThan(0.85);
    expect(report.comparison.macroF1.candidate).toBeGreaterThan(0.75);
    expect(report.comparison.invalidRate).toMatchObject({
      baseline: 0,
      candidate: 8 / 90,
      candidateOnly: 8,
      baselineOnly: 0,
    });
    // McNemar exact on 8 examples that became invalid and none that stopped: 2·½⁸.
    expect(report.comparison.invalidRate.pValue).toBeCloseTo(2 * 0.5 ** 8, 12);
    expect(report.comparison.predictionShift.other).toEqual({ baseline: 0, candidate: 8 });
    const gate = (name: string) => report.gates.find((outcome: { name: string }) => outcome.name === name);
    expect(gate('invalidRate.unreadable').status).toBe('pass');
    expect(gate('invalidRate.max').message).toMatch(
      /^8 of 90 outputs are none of the declared `labels`: invalid-output rate 8\.9%/,
    );
    expect(gate('invalidRate.maxIncrease')).toMatchObject({ status: 'fail' });
    expect(result.status).toBe(1);
    const markdown = readFileSync(join(files.dir, 'model-gate-results', 'report.md'), 'utf8');
    expect(markdown).toMatch(/8 of 90 outputs \(8\.9%\) are none of the declared labels and count as invalid/);
    expect(markdown).toMatch(
      /<summary>Invalid outputs \(no label\): candidate 8 \(8\.9%\), baseline 0 \(0\.0%\)<\/summary>/,
    );
    expect(markdown).toContain('| candidate | as an ai language model, i cannot judge this review. | 1 |');
    expect(markdown).toMatch(/\| invalid outputs \| 0\.0% \| 8\.9% \| \+8\.9 pts \|/);
    expect(markdown).toContain('pooled as one "other" category');
  });

  it('takes the label set from --labels, as the Action input does', async () => {
    const files = workspace();
    files.write('gate.yml', 'scoring:\n  labelPattern: "Answer:\\\\s*(\\\\w+)"\n');
    const result = await cli(
      [
        'run',
        '--config',
        'gate.yml',
        '--labels',
        'positive, negative,neutral',
        '--dataset',
        'eval.jsonl',
        '--predictions',
        'baseline.jsonl',
      ],
      files.dir,
    );
    expect(result.status).toBe(0);
    expect(readReport(join(files.dir, 'model-gate-results')).candidate).toMatchObject({
      labelSource: 'declared',
      invalid: { count: 0, rate: 0 },
    });
  });

  it.each([
    [
      'an expected label that is not declared',
      'labels: [positive, negative]\n',
      /eval\.jsonl: example "r2" expects "neutral", which is not in `labels` \("positive", "negative"\): add it to `labels` or fix the dataset$/,
    ],
    [
      'a label declared twice',
      'labels: [positive, Positive, neutral]\n',
      /gate\.yml line 1: labels\.1: "positive" is declared twice \(labels are compared ignoring case unless scoring\.caseSensitive\)/,
    ],
    [
      'a flag JavaScript lacks',
      'scoring: { labelPattern: "(?x)Answer: (\\\\w+)" }\n',
      /gate\.yml line 1: scoring\.labelPattern: inline flag "\(\?x\)" has no JavaScript equivalent/,
    ],
    [
      'flags without a pattern',
      'scoring: { labelPatternFlags: i }\n',
      /gate\.yml line 1: scoring\.labelPatternFlags: flags without a labelPattern/,
    ],
  ])('exits 2 with one line for %s', async (_name, config, message) => {
    const files = workspace();
    files.write('gate.yml', config);
    const result = await cli(
      ['run', '--config', 'gate.yml', '--dataset', 'eval.jsonl', '--predictions', 'baseline.jsonl'],
      files.dir,
    );
    expect(result.status).toBe(2);
    const lines = result.stderr
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('Dataset '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
