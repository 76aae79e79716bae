import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateReport } from '../../src/report/types.js';
import { cli } from '../support/cli.js';
import { jsonl, tempDir } from '../support/tmp.js';

/**
 * Each generation scorer's gate on real answers through the CLI: a dataset of 40 questions, a
 * baseline wrong on q0..q3, a candidate as good (wrong on q4..q7 instead: 4 flips each way)
 * that passes with exit 0, and one that regressed (wrong on q0..q19: 16 answers broke, none
 * mended, McNemar exact p = 2⁻¹⁵) that fails with exit 1, naming the scorer's rule.
 */
const n = 40;

interface Case {
  scorer: string;
  /** `scoring:` in the config, YAML. */
  scoring: string;
  /** The rule that judges this scorer's pass rate. */
  rule: string;
  expected: (i: number) => string | string[];
  right: (i: number) => string;
  wrong: (i: number) => string;
  /** Files the config refers to. */
  files?: Record<string, string>;
}

const cases: Case[] = [
  {
    scorer: 'exact',
    scoring: 'scoring: { scorer: exact }',
    rule: 'exactMatch.maxDrop',
    // Two references: either one, SQuAD-normalised, is an exact match.
    expected: (i) => [`the river ${i}`, `river number ${i}`],
    right: (i) => (i % 2 === 0 ? `River ${i}.` : `river number ${i}`),
    wrong: (i) => `the river ${i + 1}`,
  },
  {
    scorer: 'tokenF1',
    scoring: 'scoring: { scorer: { type: tokenF1, threshold: 0.5 } }',
    rule: 'tokenF1Pass.maxDrop',
    expected: (i) => `quick brown fox jumps over dog ${i}`,
    // 5 of 7 reference tokens, nothing else: F1 0.83. The wrong one shares "fox" (the article "a" is dropped): F1 1/6.
    right: (i) => `quick brown fox jumps ${i}`,
    wrong: () => 'a slow cat sleeps under fox',
  },
  {
    scorer: 'contains',
    scoring: 'scoring: { scorer: contains }',
    rule: 'contains.maxDrop',
    expected: (i) => `city${i}`,
    right: (i) => `I am fairly sure it is City${i}, in the north.`,
    // Not as a whole token: "city3ish" does not contain "city3".
    wrong: (i) => `somewhere city${i}ish`,
  },
  {
    scorer: 'regex',
    scoring: "scoring: { scorer: { type: regex, pattern: '^\\d{4}-\\d{2}-\\d{2}$' } }",
    rule: 'regex.maxDrop',
    expected: () => 'a date',
    right: (i) => `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
    wrong: (i) => `January ${(i % 28) + 1}, 2026`,
  },
  {
    scorer: 'json',
    scoring: 'scoring: { scorer: { type: json, schemaPath: schemas/answer.json } }',
    rule: 'json.maxDrop',
    expected: () => '{}',
    right: (i) => JSON.stringify({ answer: i, unit: 'km' }),
    // Valid JSON, but the schema wants an integer answer; every other wrong one does not even parse.
    wrong: (i) => (i % 2 === 0 ? JSON.stringify({ answer: String(i), unit: 'km' }) : `{answer: ${i}}`),
    files: {
      'schemas/answer.json': JSON.stringify({
        type: 'object',
        required: ['answer', 'unit'],
        properties: { answer: { type: 'integer' }, unit: { enum: ['km', 'mi'] } },
      }),
    },
  },
  {
    scorer: 'numeric',
    scoring: 'scoring: { scorer: { type: numeric, absTol: 0.01 } }',
    rule: 'numeric.maxDrop',
    expected: (i) => String(i * 1.5),
    // The last number counts; within 0.01 passes, one off fails.
    right: (i) => `Step 1 gives 7, so the answer is ${(i * 1.5 + 0.004).toFixed(3)}`,
    wrong: (i) => `Step 1 gives 7, so the answer is ${i * 1.5 + 1}`,
  },
];

function setup(scoring: Case) {
  const tmp = tempDir(`mrg-scorer-${scoring.scorer}-`);
  tmp.write(
    'eval.jsonl',
    jsonl(
      Array.from({ length: n }, (_, i) => ({ id: `q${i}`, input: `question ${i}`, expected: scoring.expected(i) })),
    ),
  );
  tmp.write('gate.yml', `task: generation\n${scoring.scoring}\n`);
  for (const [name, content] of Object.entries(scoring.files ?? {})) tmp.write(name, content);
  const answers = (isWrong: (i: number) => boolean) =>
    jsonl(
      Array.from({ length: n }, (_, i) => ({ id: `q${i}`, output: (isWrong(i) ? scoring.wrong : scoring.right)(i) })),
    );
  tmp.write(
    'baseline.jsonl',
    answers((i) => i < 4),
  );
  tmp.write(
    'equal.jsonl',
    answers((i) => i >= 4 && i < 8),
  );
  tmp.write(
    'worse.jsonl',
    answers((i) => i < 20),
  );
  return tmp;
}

const run = (dir: string, candidate: string) =>
  cli(
    [
      'run',
      '--config',
      'gate.yml',
      '--dataset',
      'eval.jsonl',
      '--baseline',
      'baseline.jsonl',
      '--predictions',
      candidate,
      '--out',
      'out',
    ],
    dir,
  );
const report = (dir: string) => JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as GateReport;

describe('each generation scorer gates real answers through the CLI', () => {
  it.each(cases)(
    '$scorer: an equal candidate passes (exit 0), a regressed one fails (exit 1) on $rule',
    async (scoring) => {
      const tmp = setup(scoring);

      const equal = await run(tmp.dir, 'equal.jsonl');
      expect(equal.stderr).not.toMatch(/^error/m);
      expect(equal.status).toBe(0);
      const passed = report(tmp.dir);
      expect(passed.verdict).toBe('pass');
      // The scorer saw what the test meant: the baseline's and the candidate's 36 of 40.
      expect(passed.baseline).toMatchObject({ scorer: scoring.scorer, passRate: 36 / 40 });
      expect(passed.candidate).toMatchObject({ scorer: scoring.scorer, passRate: 36 / 40 });
      expect(passed.comparison?.passRate).toMatchObject({ scorer: scoring.scorer, delta: 0 });
      expect(passed.gates.find((outcome) => outcome.name === scoring.rule)).toMatchObject({
        rule: `gates.${scoring.rule.split('.')[0]}`,
        status: 'pass',
      });

      const worse = await run(tmp.dir, 'worse.jsonl');
      expect(worse.status).toBe(1);
      expect(worse.stdout).toContain(scoring.rule);
      const failed = report(tmp.dir);
      expect(failed.verdict).toBe('fail');
      expect(failed.candidate.passRate).toBe(20 / 40);
      const outcome = failed.gates.find((gate) => gate.name === scoring.rule);
      expect(outcome?.status).toBe('fail');
      expect(outcome?.observed).toBeCloseTo(16 / 40, 12);
      // McNemar exact on 16 broken, 0 mended: 2 · 0.5¹⁶.
      expect(outcome?.pValue).toBeCloseTo(2 * 0.5 ** 16, 12);
      // The one rule that fails is the scorer's own (no "accuracy" for generation).
      const failing = failed.gates.filter((gate) => gate.status === 'fail').map((gate) => gate.name);
      expect(failing).toEqual([scoring.rule]);
      expect(failed.gates.some((gate) => gate.name.startsWith('accuracy.'))).toBe(false);
    },
  );
});
