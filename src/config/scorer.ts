import { z } from 'zod';
import { compileJsonSchema, REGEX_FLAGS, type ScorerSpec } from '../metrics/scorers.js';
import { httpConfigSchema, openaiConfigSchema } from '../models/config.js';

/**
 * `scoring.scorer`: how a generation answer is judged. A name (`scorer: contains`) or an
 * object with `type` and that scorer's options. Every scorer gives each example pass/fail and
 * a score in [0, 1] (README "Scorers").
 */

const exact = z.strictObject({ type: z.literal('exact') });

/** 0.5: half the tokens shared both ways, the usual line between a partial and a wrong answer. */
const tokenF1 = z.strictObject({ type: z.literal('tokenF1'), threshold: z.number().gt(0).max(1).default(0.5) });

const contains = z.strictObject({ type: z.literal('contains') });

const regex = z
  .strictObject({
    type: z.literal('regex'),
    /** JavaScript syntax; absent: each example's expected answer is its pattern. */
    pattern: z.string().min(1).nullable().default(null),
    flags: z
      .string()
      .default('')
      .refine((flags) => REGEX_FLAGS.test(flags), {
        message: 'flags may be any of "dimsuv"; g and y are refused (they make a match depend on the one before)',
      }),
  })
  .superRefine((spec, context) => {
    if (spec.pattern === null) return;
    try {
      new RegExp(spec.pattern, spec.flags);
    } catch (error) {
      context.addIssue({
        code: 'custom',
        path: ['pattern'],
        message: `not a valid regular expression (${error instanceof Error ? error.message : String(error)})`,
      });
    }
  });

const json = z
  .strictObject({
    type: z.literal('json'),
    /** A JSON Schema the parsed output must satisfy; or `schemaPath`, a file relative to the config. */
    schema: z.json().nullable().default(null),
    schemaPath: z.string().min(1).nullable().default(null),
  })
  .superRefine((spec, context) => {
    if (spec.schema !== null && spec.schemaPath !== null)
      context.addIssue({ code: 'custom', path: ['schemaPath'], message: 'give schema or schemaPath, not both' });
    if (spec.schema === null) return;
    try {
      compileJsonSchema(spec.schema);
    } catch (error) {
      context.addIssue({
        code: 'custom',
        path: ['schema'],
        message: `not a JSON Schema ajv accepts (${error instanceof Error ? error.message : String(error)})`,
      });
    }
  });

/** Python's math.isclose defaults: equal up to float rounding unless you allow more. */
const numeric = z.strictObject({
  type: z.literal('numeric'),
  relTol: z.number().min(0).default(1e-9),
  absTol: z.number().min(0).default(0),
});

const judge = z
  .strictObject({
    type: z.literal('judge'),
    /** The grader: an `openai` or `http` model, run (cached, retried) like the model under test. */
    model: z.discriminatedUnion('type', [openaiConfigSchema, httpConfigSchema]),
    /** Handlebars over `input`, `output`, `expected` (the first reference), `references` and `id`. */
    rubric: z.string().min(1).nullable().default(null),
    /** The rubric in a file, relative to the config file. */
    rubricPath: z.string().min(1).nullable().default(null),
    /** A 1–5 scale, as most published rubrics (MT-Bench's is 1–10: set it). */
    scale: z
      .strictObject({ min: z.number().int().default(1), max: z.number().int().default(5) })
      .prefault({})
      .refine((scale) => scale.max > scale.min, { message: 'scale.max must be above scale.min' }),
    /** A grade at or above this passes: 3 of 1–5, the middle, "acceptable". */
    passAt: z.number().nullable().default(null),
  })
  .superRefine((spec, context) => {
    if ((spec.rubric === null) === (spec.rubricPath === null))
      context.addIssue({ code: 'custom', path: ['rubric'], message: 'give the judge a rubric or a rubricPath (one)' });
    const passAt = spec.passAt ?? defaultPassAt(spec.scale);
    if (passAt < spec.scale.min || passAt > spec.scale.max)
      context.addIssue({ code: 'custom', path: ['passAt'], message: 'passAt must lie on the scale' });
  })
  .transform((spec) => ({ ...spec, passAt: spec.passAt ?? defaultPassAt(spec.scale) }));

/** The middle of the scale, rounded up: 3 of 1–5. */
function defaultPassAt(scale: { min: number; max: number }): number {
  return Math.ceil((scale.min + scale.max) / 2);
}

export const scorerSchema = z
  .preprocess(
    (value) => (typeof value === 'string' ? { type: value } : value),
    z.discriminatedUnion('type', [exact, tokenF1, contains, regex, json, numeric, judge]),
  )
  .default({ type: 'exact' });

export type ScorerConfig = z.output<typeof scorerSchema>;
export type JudgeConfig = Extract<ScorerConfig, { type: 'judge' }>;

/** The judge's model as its adapter names itself (models/openai.ts, models/http.ts), for the snapshot. */
function judgeModelIdentity(model: JudgeConfig['model']): { type: string; name: string } {
  if (model.name) return { type: model.type, name: model.name };
  if (model.type === 'openai') return { type: 'openai', name: model.model };
  const url = new URL(model.url);
  return { type: 'http', name: `${url.origin}${url.pathname}` };
}

/**
 * The scorer as scoring and the snapshot use it: files already read (config/load.ts puts a
 * `schemaPath`'s schema in `schema` and a `rubricPath`'s text in `rubric`), a judge named by its model's identity.
 */
export function scorerSpecOf(config: ScorerConfig): ScorerSpec {
  switch (config.type) {
    case 'json':
      return { type: 'json', schema: config.schema };
    case 'judge':
      return {
        type: 'judge',
        model: judgeModelIdentity(config.model),
        rubric: config.rubric ?? '',
        scale: config.scale,
        passAt: config.passAt,
      };
    default:
      return config;
  }
}
