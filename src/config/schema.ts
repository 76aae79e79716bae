import { z } from 'zod';
import { InputError } from '../errors.js';
import { compileLabelPattern } from '../metrics/labels.js';
import { modelConfigSchema } from '../models/config.js';

/**
 * The gate's YAML config. Every key has a default that makes sense out of the box, so an
 * empty file (or none) plus `--dataset` and `--predictions` is a complete configuration.
 * Names here are a public contract: users' files depend on them.
 */

/**
 * How a rule decides on a delta (see README "Gates"):
 * - `point`: the observed drop alone is compared with the margin;
 * - `significant` (default): the drop must exceed the margin AND be statistically significant
 *   (McNemar p < alpha for accuracy, the bootstrap interval excluding 0 for F1), so noise on a
 *   small dataset does not fail the build;
 * - `interval` (non-inferiority): fails unless the whole interval stays above -margin, the strict
 *   choice for releases where an unproven "no regression" is not good enough.
 */
export const decisions = ['point', 'significant', 'interval'] as const;
export type Decision = (typeof decisions)[number];
export const severities = ['fail', 'warn'] as const;
export type Severity = (typeof severities)[number];

const fraction = z.number().min(0).max(1);

/** Checked here, so a bad pattern is reported with its line before any model runs. */
const labelPatternSchema = z
  .string()
  .min(1)
  .superRefine((source, context) => {
    try {
      compileLabelPattern(source);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // The issue's path already names the key.
      context.addIssue({ code: 'custom', message: error.message.replace(/^scoring\.labelPattern: /, '') });
    }
  });

function metricGate(defaults: { maxDrop: number | null; severity: Severity }) {
  return z
    .object({
      min: fraction.nullable().default(null),
      maxDrop: fraction.nullable().default(defaults.maxDrop),
      maxRelativeDrop: fraction.nullable().default(null),
      severity: z.enum(severities).default(defaults.severity),
      decision: z.enum(decisions).default('significant'),
    })
    .strict()
    .prefault({});
}

const gatesSchema = z
  .object({
    accuracy: metricGate({ maxDrop: 0.02, severity: 'fail' }),
    macroF1: metricGate({ maxDrop: 0.02, severity: 'fail' }),
    perClassF1: z
      .object({
        maxDrop: fraction.nullable().default(0.05),
        severity: z.enum(severities).default('warn'),
        decision: z.enum(decisions).default('significant'),
      })
      .strict()
      .prefault({}),
    negativeFlipRate: z
      .object({
        max: fraction.nullable().default(0.05),
        severity: z.enum(severities).default('warn'),
        /** `significant`: fail when the interval's low end is above `max`; `interval`: unless its high end is below. */
        decision: z.enum(decisions).default('significant'),
      })
      .strict()
      .prefault({}),
    outputLength: z
      .object({
        /** |candidate median − baseline median| / baseline median, in the configured unit. */
        maxRelativeShift: z.number().min(0).nullable().default(0.25),
        severity: z.enum(severities).default('warn'),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});
export type GatesConfig = z.infer<typeof gatesSchema>;

const fieldsSchema = z
  .object({
    id: z.string().min(1).optional(),
    input: z.string().min(1).optional(),
    expected: z.string().min(1).optional(),
    tags: z.array(z.string().min(1)).optional(),
  })
  .strict();

const datasetSchema = z.union([
  z.string().min(1).transform((path) => ({ path })),
  z
    .object({
      path: z.string().min(1),
      format: z.enum(['jsonl', 'json', 'csv']).optional(),
      fields: fieldsSchema.optional(),
    })
    .strict(),
]);

const baselineSchema = z.union([
  z.string().min(1).transform((path) => ({ path })),
  z
    .object({
      /** A previous snapshot (results.jsonl, or an older gate's results.json), or a predictions JSONL scored on this dataset. */
      path: z.string().min(1).optional(),
      /** The previous release, still served: run on the same examples in the same pass. */
      model: modelConfigSchema.optional(),
    })
    .strict(),
]);

export const configSchema = z
  .object({
    task: z.enum(['classification', 'generation']).default('classification'),
    dataset: datasetSchema.optional(),
    model: modelConfigSchema.optional(),
    baseline: baselineSchema.optional(),
    scoring: z
      .object({
        /** A regex with one capture group, for answers like "Answer: spam". */
        labelPattern: labelPatternSchema.nullable().default(null),
        caseSensitive: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
    lengthUnit: z.enum(['chars', 'words', 'tokens']).default('words'),
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
      })
      .strict()
      .prefault({}),
    gates: gatesSchema,
  })
  .strict();

export type GateConfig = z.infer<typeof configSchema>;
