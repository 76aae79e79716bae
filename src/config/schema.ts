import { z } from 'zod';
import { InputError } from '../errors.js';
import { ON_MISSING_BASELINE } from '../gate/missing-baseline.js';
import { fraction } from '../gate/options.js';
import { gatesSchema } from '../gate/registry.js';
import { compileLabelPattern, labelPatternSource, normalizeLabel } from '../metrics/labels.js';
import { modelConfigSchema } from '../models/config.js';
import { scorerSchema } from './scorer.js';

/**
 * The gate's YAML config. Every key has a default that makes sense out of the box, so an
 * empty file (or none) plus `--dataset` and `--predictions` is a complete configuration.
 * Names here are a public contract: users' files depend on them.
 */

export { type Decision, decisions, type Severity, severities } from '../gate/options.js';
export type { GatesConfig } from '../gate/registry.js';

/**
 * `labelPattern` (a source, a `/…/flags` literal, or with a leading `(?i)`) and
 * `labelPatternFlags` become the one `labelPattern` string the snapshot stores (see
 * metrics/labels.ts); checked here, so a bad pattern is reported with its line before any model runs.
 */
const scoringSchema = z
  .object({
    /** A regex with one capture group, for answers like "Answer: spam". */
    labelPattern: z.string().min(1).nullable().default(null),
    /** Flags for labelPattern (any of "imsu"); `caseSensitive: false` already implies `i`. */
    labelPatternFlags: z.string().default(''),
    caseSensitive: z.boolean().default(false),
    /** Generation: how an answer is judged (config/scorer.ts, README "Scorers"). */
    scorer: scorerSchema,
  })
  .strict()
  .transform(({ labelPattern, labelPatternFlags, caseSensitive, scorer }, context) => {
    if (labelPattern === null) {
      if (labelPatternFlags !== '')
        context.addIssue({
          code: 'custom',
          path: ['labelPatternFlags'],
          message: 'flags without a labelPattern: set scoring.labelPattern too',
        });
      return { labelPattern: null, caseSensitive, scorer };
    }
    try {
      const source = labelPatternSource(labelPattern, labelPatternFlags);
      compileLabelPattern(source, caseSensitive);
      return { labelPattern: source, caseSensitive, scorer };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const [, field = 'labelPattern', message = error.message] = /^scoring\.(\w+): (.*)$/s.exec(error.message) ?? [];
      context.addIssue({ code: 'custom', path: [field], message });
      return z.NEVER;
    }
  })
  .prefault({});

/** The declared label set; normalised and checked for duplicates with the whole config (below). */
const labelsSchema = z.array(z.string().trim().min(1)).min(1);

const fieldsSchema = z
  .object({
    id: z.string().min(1).optional(),
    input: z.string().min(1).optional(),
    expected: z.string().min(1).optional(),
    tags: z.array(z.string().min(1)).optional(),
  })
  .strict();

const datasetSchema = z.union([
  z
    .string()
    .min(1)
    .transform((path) => ({ path })),
  z
    .object({
      path: z.string().min(1),
      format: z.enum(['jsonl', 'json', 'csv']).optional(),
      fields: fieldsSchema.optional(),
    })
    .strict(),
]);

const baselineSchema = z.union([
  z
    .string()
    .min(1)
    .transform((path) => ({ path })),
  z
    .object({
      /** A previous snapshot (results.jsonl, or an older gate's results.json), or a predictions JSONL scored on this dataset. */
      path: z.string().min(1).optional(),
      /** The previous release, still served: run on the same examples in the same pass. */
      model: modelConfigSchema.optional(),
      /** The baseline's predictions again, from a second run: its self-flips are the noise floor (`--baseline-repeat`). */
      repeat: z.string().min(1).optional(),
      /**
       * When the Action expected a baseline and got none (expired, not found, not permitted):
       * `fail` | `warn` | `pass`. Unset: warn, but fail for a missing permission.
       */
      onMissing: z.enum(ON_MISSING_BASELINE).optional(),
      /** The Action refuses a baseline artifact that inflates to more than this. */
      maxArtifactMB: z.number().positive().optional(),
    })
    .strict(),
]);

export const configSchema = z
  .object({
    task: z.enum(['classification', 'generation']).default('classification'),
    dataset: datasetSchema.optional(),
    model: modelConfigSchema.optional(),
    baseline: baselineSchema.optional(),
    /** The label set (classification): an output that maps to none of them is invalid. */
    labels: labelsSchema.nullable().default(null),
    scoring: scoringSchema,
    lengthUnit: z.enum(['chars', 'words', 'tokens']).default('words'),
    /**
     * Runs of a live candidate (and a live baseline) on the same examples: with 2 or more, the
     * report shows the model's self-flip rate, the floor for `negativeFlipRate`'s `beyond-noise`.
     */
    repeats: z.number().int().min(1).max(20).default(1),
    /** Share of examples that may end in an error before the run is unusable. */
    maxErrorRate: fraction.default(0),
    out: z.string().min(1).default('model-gate-results'),
    statistics: z
      .object({
        alpha: z.number().gt(0).lt(1).default(0.05),
        confidence: z.number().gt(0).lt(1).default(0.95),
        resamples: z.number().int().min(100).max(1_000_000).default(10_000),
        seed: z.number().int().min(1).max(4_294_967_295).default(1),
      })
      .strict()
      .prefault({}),
    report: z
      .object({
        /** Negative flips listed in the report (all are in report.json). */
        maxRegressions: z.number().int().min(0).default(20),
        /** A Handlebars file that replaces the built-in Markdown template (README "Report templates"). */
        template: z.string().min(1).nullable().default(null),
      })
      .strict()
      .prefault({}),
    gates: gatesSchema,
    /** The anomaly detector over output features (README "Anomalous outputs"); `enabled: false` skips it. */
    anomalies: z
      .object({
        enabled: z.boolean().default(true),
        /** Share of the baseline's outputs above the threshold (scikit-learn's `contamination`). */
        contamination: z.number().gt(0).lt(0.5).default(0.01),
        /** Candidate examples listed, most anomalous first. */
        top: z.number().int().min(0).max(1000).default(10),
      })
      .strict()
      .prefault({}),
    /** Accepted snapshots shown in the trend (README "Trend across releases"); 0 turns it off. */
    history: z.number().int().min(0).max(50).default(5),
    /** Webhook alerts (README "Alerts"): the URL and token are read from the environment only. */
    notify: z
      .object({
        /** Name of the environment variable holding the webhook URL. */
        urlEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name'),
        /** Name of the environment variable holding a bearer token, if the endpoint wants one. */
        tokenEnv: z
          .string()
          .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name')
          .nullable()
          .default(null),
        format: z.enum(['slack', 'json']).default('slack'),
        on: z
          .array(z.enum(['fail', 'warn', 'accepted', 'pass']))
          .min(1)
          .default(['fail']),
        retries: z.number().int().min(0).max(10).default(3),
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict()
  .transform((config, context) => {
    if (config.task === 'classification' && config.scoring.scorer.type !== 'exact') {
      context.addIssue({
        code: 'custom',
        path: ['scoring', 'scorer'],
        message: `the ${config.scoring.scorer.type} scorer judges generation answers: set task: generation (or --task generation)`,
      });
      return z.NEVER;
    }
    if (config.labels === null) return config;
    // Normalised as outputs are, so `Positive` is the label `positive` unless case-sensitive.
    const labels = config.labels.map((label) => normalizeLabel(label, config.scoring.caseSensitive));
    const duplicate = labels.findIndex((label, index) => labels.indexOf(label) !== index);
    if (duplicate >= 0) {
      const why = config.scoring.caseSensitive
        ? ''
        : ' (labels are compared ignoring case unless scoring.caseSensitive)';
      context.addIssue({
        code: 'custom',
        path: ['labels', duplicate],
        message: `"${labels[duplicate]}" is declared twice${why}: list each label once`,
      });
      return z.NEVER;
    }
    return { ...config, labels };
  });

export type GateConfig = z.infer<typeof configSchema>;
