import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { bestExactMatch, bestTokenF1, normalizeAnswer } from './generation.js';
import { splitWhitespace } from './python-text.js';
import { referencesOf } from './references.js';
import type { ScorerName } from './types.js';

/**
 * How a generation answer is judged (config `scoring.scorer`), as plain data: what the
 * snapshot stores (a judge's model by its identity, see `storedScorer`) and what a baseline
 * must share to be compared without scoring it again.
 */
export type ScorerSpec =
  | { type: 'exact' }
  | { type: 'tokenF1'; threshold: number }
  | { type: 'contains' }
  /** `pattern` null: each reference is the pattern (any one matching passes). */
  | { type: 'regex'; pattern: string | null; flags: string }
  /** `schema` null: any strictly valid JSON passes. */
  | { type: 'json'; schema: unknown }
  | { type: 'numeric'; relTol: number; absTol: number }
  | JudgeSpec;

export interface JudgeSpec {
  type: 'judge';
  /** The grader as the snapshot names it: `{type, name}` of its adapter. */
  model: { type: string; name: string };
  /** The Handlebars rubric the grader was sent. */
  rubric: string;
  scale: { min: number; max: number };
  /** A grade at or above this passes. */
  passAt: number;
}

export const DEFAULT_SCORER: ScorerSpec = { type: 'exact' };

/** One example's verdict: pass or fail, and a score in [0, 1]. */
export interface AnswerScore {
  pass: boolean;
  score: number;
}

/** Is `needle` a run of whole tokens inside `haystack`? (An empty needle is in everything.) */
function containsTokens(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return true;
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let k = 0; k < needle.length; k++) if (haystack[start + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** SQuAD-normalised, whole tokens: "Paris" is in "it is paris, france", not in "parisian". */
export function containsAnswer(reference: string, output: string): boolean {
  return containsTokens(splitWhitespace(normalizeAnswer(output)), splitWhitespace(normalizeAnswer(reference)));
}

/**
 * A number as people write it: sign, digits with optional thousands commas, decimals, exponent.
 * Shared with scripts/reference/scorers.py, which uses the same pattern.
 */
const NUMBER = /[-+]?(?:\d+(?:,\d{3}(?!\d))*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/g;
const WHOLE_NUMBER = new RegExp(`^(?:${NUMBER.source})$`);

function toNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** The last number in a text, or null when it has none ("The answer is 42." → 42). */
export function lastNumber(text: string): number | null {
  let last: string | null = null;
  for (const match of text.matchAll(NUMBER)) last = match[0];
  return last === null ? null : toNumber(last);
}

/** A reference that is one number (surrounding whitespace allowed), or null. */
export function referenceNumber(text: string): number | null {
  const trimmed = text.trim();
  return WHOLE_NUMBER.test(trimmed) ? toNumber(trimmed) : null;
}

/** Python's `math.isclose(a, b, rel_tol=relTol, abs_tol=absTol)`. */
export function isClose(a: number, b: number, relTol: number, absTol: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const difference = Math.abs(a - b);
  return difference <= Math.abs(relTol * b) || difference <= Math.abs(relTol * a) || difference <= absTol;
}

/** Flags a scorer's pattern may carry: `g` and `y` make `test` remember where it stopped, so they are refused. */
export const REGEX_FLAGS = /^[dimsuv]*$/;

/**
 * Compiles a JSON Schema (ajv): draft-07 when the schema says so in `$schema`, otherwise
 * 2020-12, the default of Python's jsonschema. Throws ajv's message on a schema it refuses.
 */
export function compileJsonSchema(schema: unknown): ValidateFunction {
  const draft07 =
    typeof schema === 'object' &&
    schema !== null &&
    typeof (schema as { $schema?: unknown }).$schema === 'string' &&
    /draft-07/.test((schema as { $schema: string }).$schema);
  const ajv = draft07 ? new Ajv({ allErrors: false }) : new Ajv2020({ allErrors: false });
  return ajv.compile(schema as object);
}

const pass = (passed: boolean): AnswerScore => ({ pass: passed, score: passed ? 1 : 0 });

/** Scores answers by a spec, pure and synchronous (the judge is graded apart, see models/judge.ts). */
export type AnswerScorer = (expected: string, output: string) => AnswerScore;

/**
 * The scorer for a spec, with anything costly (patterns, the schema validator) built once.
 * `expected` is the example's references as one string (see references.ts).
 */
export function answerScorer(spec: ScorerSpec): AnswerScorer {
  switch (spec.type) {
    case 'exact':
      return (expected, output) => ({
        pass: bestExactMatch(expected, output) === 1,
        score: bestTokenF1(expected, output),
      });
    case 'tokenF1':
      return (expected, output) => {
        const score = bestTokenF1(expected, output);
        return { pass: score >= spec.threshold, score };
      };
    case 'contains':
      return (expected, output) => pass(referencesOf(expected).some((reference) => containsAnswer(reference, output)));
    case 'regex': {
      if (spec.pattern !== null) {
        const pattern = new RegExp(spec.pattern, spec.flags);
        return (_expected, output) => pass(pattern.test(output));
      }
      const patterns = new Map<string, RegExp>();
      const compiled = (source: string) => {
        let pattern = patterns.get(source);
        if (pattern === undefined) {
          pattern = new RegExp(source, spec.flags);
          patterns.set(source, pattern);
        }
        return pattern;
      };
      return (expected, output) => pass(referencesOf(expected).some((source) => compiled(source).test(output)));
    }
    case 'json': {
      const validate = spec.schema === null ? null : compileJsonSchema(spec.schema);
      return (_expected, output) => {
        let value: unknown;
        try {
          value = JSON.parse(output);
        } catch {
          return pass(false);
        }
        return pass(validate === null || validate(value) === true);
      };
    }
    case 'numeric':
      return (expected, output) => {
        const answer = lastNumber(output);
        if (answer === null) return pass(false);
        return pass(
          referencesOf(expected).some((reference) => {
            const value = referenceNumber(reference);
            return value !== null && isClose(answer, value, spec.relTol, spec.absTol);
          }),
        );
      };
    case 'judge':
      // Graded by the judge model after the answers are in; until then nothing passes.
      return () => ({ pass: false, score: 0 });
  }
}

/** What is wrong with an example's references for this scorer, or null (checked before any model runs). */
export function referenceProblem(spec: ScorerSpec, expected: string): string | null {
  if (spec.type === 'numeric') {
    const bad = referencesOf(expected).find((reference) => referenceNumber(reference) === null);
    return bad === undefined ? null : `the numeric scorer needs a number as the expected answer, got "${bad}"`;
  }
  if (spec.type === 'regex' && spec.pattern === null) {
    for (const source of referencesOf(expected)) {
      try {
        new RegExp(source, spec.flags);
      } catch (error) {
        return (
          `the regex scorer (no scoring.scorer.pattern) reads each expected answer as a pattern: ` +
          `${error instanceof Error ? error.message : String(error)}`
        );
      }
    }
  }
  return null;
}

/** Canonical JSON, so two specs that say the same thing compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Do two snapshots' scorers judge alike? (A snapshot from before scorers existed used `exact`.) */
export function sameScorer(a: ScorerSpec | undefined, b: ScorerSpec | undefined): boolean {
  return canonical(a ?? DEFAULT_SCORER) === canonical(b ?? DEFAULT_SCORER);
}

/** How the report and the rules name each scorer's pass rate. */
export const PASS_LABELS: Record<ScorerName, string> = {
  exact: 'exact match',
  tokenF1: 'token F1 pass rate',
  contains: 'contains',
  regex: 'regex match',
  json: 'valid JSON',
  numeric: 'numeric match',
  judge: 'judge pass rate',
};

/** How the report and the rules name each scorer's mean score. */
export const SCORE_LABELS: Record<ScorerName, string> = {
  exact: 'token F1',
  tokenF1: 'token F1',
  contains: 'contains',
  regex: 'regex match',
  json: 'valid JSON',
  numeric: 'numeric match',
  judge: 'judge score',
};

/** "4/5", "4 / 5", "4 out of 5": the scale's top after a grade is not the grade. */
const OUT_OF = /(\d)\s*(?:\/|out of)\s*[-+]?\d+(?:\.\d+)?/gi;

/**
 * A judge's grade: the last number in its answer (a "/ 5" or "out of 5" after a number is
 * not counted), when it lies on the scale; null otherwise, which makes the example an error,
 * never a 0.
 */
export function parseGrade(answer: string, scale: { min: number; max: number }): number | null {
  const grade = lastNumber(answer.replace(OUT_OF, '$1'));
  return grade !== null && grade >= scale.min && grade <= scale.max ? grade : null;
}

/** A grade as a verdict: its place on the scale as the score, `passAt` or more passes. */
export function gradeScore(grade: number, spec: Pick<JudgeSpec, 'scale' | 'passAt'>): AnswerScore {
  return { pass: grade >= spec.passAt, score: (grade - spec.scale.min) / (spec.scale.max - spec.scale.min) };
}

/** The rule (under `gates:`) that judges each scorer's pass rate. */
export const PASS_RULES: Record<ScorerName, string> = {
  exact: 'exactMatch',
  tokenF1: 'tokenF1Pass',
  contains: 'contains',
  regex: 'regex',
  json: 'json',
  numeric: 'numeric',
  judge: 'judge',
};

/** The rule that judges each scorer's mean score, where the score says more than pass/fail. */
export const SCORE_RULES: Partial<Record<ScorerName, string>> = {
  exact: 'tokenF1',
  tokenF1: 'tokenF1',
  judge: 'judgeScore',
};
