import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/compare/compare.js';
import { joinReferences, referencesOf } from '../../src/metrics/references.js';
import {
  answerScorer,
  gradeScore,
  isClose,
  lastNumber,
  parseGrade,
  referenceProblem,
  type ScorerSpec,
} from '../../src/metrics/scorers.js';
import { snapshotOf } from '../support/snapshots.js';
import { expectClose } from './close.js';

/** Written by scripts/reference/scorers.py (SQuAD v1.1, math.isclose, jsonschema, statsmodels, scipy). */
const fixture = JSON.parse(readFileSync(new URL('../fixtures/metrics/scorers.json', import.meta.url), 'utf8')) as {
  separator: string;
  squad: { references: string[]; output: string; exactMatch: number; tokenF1: number }[];
  contains: { references: string[]; output: string; pass: boolean }[];
  numeric: { references: string[]; output: string; relTol: number; absTol: number; pass: boolean }[];
  json: { schema: unknown; cases: { output: string; parses: boolean; valid?: boolean }[] };
  paired: {
    rows: { id: string; references: string[]; baseline: string; candidate: string }[];
    threshold: number;
    baselinePassRate: number;
    candidatePassRate: number;
    mcnemarPValue: number;
    baselineScore: number;
    candidateScore: number;
    tTestPValue: number;
    tTestCiLow: number;
    tTestCiHigh: number;
  };
};

const score = (spec: ScorerSpec, references: string[], output: string) =>
  answerScorer(spec)(joinReferences(references), output);

describe('several references', () => {
  it('travel as one string joined by the separator the reference script names, and split back', () => {
    expect(fixture.separator).toBe('\u001f');
    expect(referencesOf(joinReferences(['a', 'b c']))).toEqual(['a', 'b c']);
    expect(referencesOf('one answer')).toEqual(['one answer']);
  });
});

describe('exact and tokenF1: best over the references, as SQuAD v1.1', () => {
  it.each(fixture.squad.map((c) => [JSON.stringify(c.references), JSON.stringify(c.output), c] as const))(
    'references %s, output %s',
    (_r, _o, c) => {
      const exact = score({ type: 'exact' }, c.references, c.output);
      expect(exact.pass).toBe(c.exactMatch === 1);
      expectClose(exact.score, c.tokenF1, 'token F1');
      const f1 = score({ type: 'tokenF1', threshold: 0.5 }, c.references, c.output);
      expectClose(f1.score, c.tokenF1, 'token F1');
      expect(f1.pass).toBe(c.tokenF1 >= 0.5);
    },
  );
});

describe('contains: SQuAD-normalised, whole tokens', () => {
  it.each(fixture.contains.map((c) => [JSON.stringify(c.references), JSON.stringify(c.output), c] as const))(
    'references %s, output %s',
    (_r, _o, c) => {
      expect(score({ type: 'contains' }, c.references, c.output)).toEqual({ pass: c.pass, score: c.pass ? 1 : 0 });
    },
  );
});

describe('numeric: the last number, math.isclose', () => {
  it.each(fixture.numeric.map((c) => [JSON.stringify(c.references), JSON.stringify(c.output), c] as const))(
    'references %s, output %s',
    (_r, _o, c) => {
      expect(score({ type: 'numeric', relTol: c.relTol, absTol: c.absTol }, c.references, c.output).pass).toBe(c.pass);
    },
  );

  it('reads the last number people write, and refuses references that are not numbers', () => {
    expect(lastNumber('from 3 to 1,234.5 units')).toBe(1234.5);
    expect(lastNumber('none')).toBeNull();
    expect(isClose(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 1e-9, 0)).toBe(true);
    expect(isClose(Number.NaN, Number.NaN, 1e-9, 0)).toBe(false);
    expect(referenceProblem({ type: 'numeric', relTol: 1e-9, absTol: 0 }, joinReferences(['4', 'four']))).toMatch(
      /needs a number as the expected answer, got "four"/,
    );
  });
});

describe('json: strict parse, then the schema (ajv against jsonschema)', () => {
  it.each(fixture.json.cases.map((c) => [JSON.stringify(c.output), c] as const))('output %s', (_o, c) => {
    expect(score({ type: 'json', schema: null }, ['-'], c.output).pass).toBe(c.parses);
    if (c.valid === undefined) return; // the reference script ran without jsonschema
    expect(score({ type: 'json', schema: fixture.json.schema }, ['-'], c.output).pass).toBe(c.valid);
  });
});

describe('regex', () => {
  it('matches a configured pattern, or each reference as a pattern', () => {
    const spec: ScorerSpec = { type: 'regex', pattern: '^answer: (yes|no)$', flags: 'im' };
    expect(score(spec, ['-'], 'Reasoning…\nAnswer: YES')).toEqual({ pass: true, score: 1 });
    expect(score(spec, ['-'], 'Answer: maybe')).toEqual({ pass: false, score: 0 });
    // The same scorer twice on one text: no `g` state carried between examples.
    expect(score(spec, ['-'], 'answer: no').pass).toBe(true);
    const perExample: ScorerSpec = { type: 'regex', pattern: null, flags: '' };
    expect(score(perExample, ['^\\d{4}$', 'year \\d+'], 'year 1998').pass).toBe(true);
    expect(score(perExample, ['^\\d{4}$'], '19980').pass).toBe(false);
    expect(referenceProblem(perExample, '(unclosed')).toMatch(/reads each expected answer as a pattern/);
  });
});

describe('judge grades', () => {
  const scale = { min: 1, max: 5 };
  it('takes the last number on the scale, not the scale written after it', () => {
    expect(parseGrade('The answer is partly right. Grade: 4', scale)).toBe(4);
    expect(parseGrade('Score: 4/5', scale)).toBe(4);
    expect(parseGrade('4 out of 5', scale)).toBe(4);
    expect(parseGrade('Rating: [[2]]', scale)).toBe(2);
    expect(parseGrade('I cannot grade this', scale)).toBeNull();
    expect(parseGrade('Grade: 7', scale)).toBeNull();
  });

  it('passes at passAt and scores the grade as a share of the scale', () => {
    expect(gradeScore(3, { scale, passAt: 3 })).toEqual({ pass: true, score: 0.5 });
    expect(gradeScore(2, { scale, passAt: 3 })).toEqual({ pass: false, score: 0.25 });
    expect(gradeScore(5, { scale, passAt: 3 })).toEqual({ pass: true, score: 1 });
  });
});

describe('paired statistics on a scorer: McNemar on pass/fail, paired t on the scores', () => {
  it('match statsmodels mcnemar(exact=True) and scipy ttest_rel', () => {
    const { paired } = fixture;
    const scorer: ScorerSpec = { type: 'tokenF1', threshold: paired.threshold };
    const side = (key: 'baseline' | 'candidate') =>
      snapshotOf(
        paired.rows.map((row) => ({ id: row.id, expected: joinReferences(row.references), output: row[key] })),
        { task: 'generation', scorer },
      );
    const comparison = compareSnapshots(side('baseline'), side('candidate'), {
      lengthUnit: 'words',
      alpha: 0.05,
      confidence: 0.95,
      resamples: 200,
      seed: 1,
    });
    const passRate = comparison?.passRate;
    const scores = comparison?.score;
    expect(passRate?.scorer).toBe('tokenF1');
    expect(passRate?.label).toBe('token F1 pass rate');
    expectClose(passRate?.baseline ?? Number.NaN, paired.baselinePassRate, 'baseline pass rate');
    expectClose(passRate?.candidate ?? Number.NaN, paired.candidatePassRate, 'candidate pass rate');
    expectClose(passRate?.pValue ?? Number.NaN, paired.mcnemarPValue, 'McNemar p');
    expectClose(scores?.baseline ?? Number.NaN, paired.baselineScore, 'baseline score');
    expectClose(scores?.candidate ?? Number.NaN, paired.candidateScore, 'candidate score');
    // jstat's Student t quantile agrees with scipy's to about 1e-9 (as in test/compare/generation-deltas.test.ts).
    expect(scores?.pValue ?? Number.NaN).toBeCloseTo(paired.tTestPValue, 8);
    expect(scores?.ciLow ?? Number.NaN).toBeCloseTo(paired.tTestCiLow, 8);
    expect(scores?.ciHigh ?? Number.NaN).toBeCloseTo(paired.tTestCiHigh, 8);
    // The score is token F1 here, so the old key still holds it.
    expect(comparison?.tokenF1?.delta).toBe(scores?.delta);
  });
});
