import { z } from 'zod';
import { InputError } from '../errors.js';
import { ON_MISSING_BASELINE } from '../gate/missing-baseline.js';
import { compileLabelPattern, labelPatternSource, normalizeLabel } from '../metrics/labels.js';
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
  })
  .strict()
  .transform(({ labelPattern, labelPatternFlags, caseSensitive }, context) => {
    if (labelPattern === null) {
      if (labelPatternFlags !== '') context.addIssue({ code: 'custom', path: ['labelPatternFlags'], message: 'flags without a labelPattern: set scoring.labelPattern too' });
      return { labelPattern: null, caseSensitive };
    }
    try {
      const source = labelPatternSource(labelPattern, labelPatternFlags);
      compileLabelPattern(source, caseSensitive);
      return { labelPattern: source, caseSensitive };
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
    /**
     * Outputs that map to no label (see README "Invalid outputs"). `max` on the candidate's
     * rate (decided on its Wilson interval like negativeFlipRate), `maxIncrease` on the paired
     * change (McNemar exact on who became (in)valid). Whatever this says, a run whose outputs
     * are mostly no label at all fails: the gate could not read them.
     */
    invalidRate: z
      .object({
        max: fraction.nullable().default(0.05),
        maxIncrease: fraction.nullable().default(0.02),
        severity: z.enum(severities).default('fail'),
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
  })
  .strict()
  .transform((config, context) => {
    if (config.labels === null) return config;
    // Normalised as outputs are, so `Positive` is the label `positive` unless case-sensitive.
    const labels = config.labels.map((label) => normalizeLabel(label, config.scoring.caseSensitive));
    const duplicate = labels.findIndex((label, index) => labels.indexOf(label) !== index);
    if (duplicate >= 0) {
      const why = config.scoring.caseSensitive ? '' : ' (labels are compared ignoring case unless scoring.caseSensitive)';
      context.addIssue({ code: 'custom', path: ['labels', duplicate], message: `"${labels[duplicate]}" is declared twice${why}: list each label once` });
      return z.NEVER;
    }
    return { ...config, labels };
  });

export type GateConfig = z.infer<typeof configSchema>;
