import { z } from 'zod';
import type { ScorerSpec } from '../metrics/scorers.js';
import { scorerNames } from '../metrics/types.js';
import { denseToSparseConfusion } from './schema-1-metrics.js';

/**
 * The snapshot — the one unit of exchange between runs, shards, the CLI and the Action.
 * Bump SNAPSHOT_SCHEMA_VERSION on any incompatible change; readers refuse other versions.
 *
 * Version 2 (`results.jsonl`, see io.ts) is JSON Lines: the first line is the header
 * (`snapshotHeaderSchema`: everything but the records), then one `exampleRecord` per line,
 * so a million-example baseline is read as a stream. Version 1 (`results.json`, one JSON
 * object with a `records` array) is still read as a baseline; see legacy.ts.
 */
export const SNAPSHOT_SCHEMA_VERSION = 2;

const usage = z.object({ promptTokens: z.number(), completionTokens: z.number() });
const lengths = z.object({ chars: z.number(), words: z.number(), tokens: z.number().optional() });

/** Longest `input` a record keeps, in code points; longer ones end in "…" (see `recordInput`). */
export const MAX_RECORD_INPUT_CHARS = 4000;

export const exampleRecord = z.object({
  id: z.string(),
  /**
   * What the model was sent, for the report's regressions: the dataset's input as text
   * (structured inputs as JSON), cut at MAX_RECORD_INPUT_CHARS with a trailing "…". Absent in
   * snapshots written before it existed.
   */
  input: z.string().optional(),
  expected: z.string(),
  /** null when the model gave no output (see `error`). */
  output: z.string().nullable(),
  /** Normalised label (classification) or normalised answer (generation); null on error. */
  prediction: z.string().nullable(),
  /** null on error: an error is neither right nor wrong, it is reported apart. */
  correct: z.boolean().nullable(),
  /** Token-level F1 for generation; absent for classification. */
  score: z.number().optional(),
  length: lengths.nullable(),
  tags: z.record(z.string(), z.string()),
  latencyMs: z.number().optional(),
  usage: usage.optional(),
  error: z.string().optional(),
});
export type ExampleRecord = z.infer<typeof exampleRecord>;

const classScores = z.object({ precision: z.number(), recall: z.number(), f1: z.number(), support: z.number() });
const averaged = z.object({ precision: z.number(), recall: z.number(), f1: z.number() });

/** [expected label, predicted label (null: invalid output), count], occupied cells only. */
const confusionCell = z.tuple([z.string(), z.string().nullable(), z.number()]);
/** Schema 1 stored the dense labels × labels matrix; read as the sparse cells. */
const denseConfusion = z.array(z.array(z.number()));

const classificationMetrics = z
  .object({
    task: z.literal('classification'),
    n: z.number(),
    accuracy: z.number(),
    labels: z.array(z.string()),
    /** Schema-1 snapshots predate declared labels: theirs were inferred, nothing was invalid. */
    labelSource: z.enum(['declared', 'inferred', 'expected']).default('inferred'),
    invalid: z.object({ count: z.number(), rate: z.number() }).default({ count: 0, rate: 0 }),
    /** The most frequent invalid predictions, for the report. */
    invalidExamples: z.array(z.object({ prediction: z.string(), count: z.number() })).default([]),
    perClass: z.record(z.string(), classScores),
    macro: averaged,
    micro: averaged,
    weighted: averaged,
    macroF1: z.number(),
    microF1: z.number(),
    weightedF1: z.number(),
    confusion: z.union([z.array(confusionCell), denseConfusion]),
  })
  .transform(({ confusion, ...metrics }) => ({
    ...metrics,
    confusion: denseToSparseConfusion(metrics.labels, confusion),
  }));

/** Snapshots from before scorers were scored by `exact`: their pass rate is exact match, their score token F1. */
const generationMetrics = z
  .object({
    task: z.literal('generation'),
    n: z.number(),
    exactMatch: z.number(),
    accuracy: z.number(),
    tokenF1: z.number(),
    scorer: z.enum(scorerNames).default('exact'),
    passRate: z.number().optional(),
    score: z.number().optional(),
  })
  .transform((metrics) => ({
    ...metrics,
    passRate: metrics.passRate ?? metrics.exactMatch,
    score: metrics.score ?? metrics.tokenF1,
  }));

/**
 * The scorer as the snapshot stores it (metrics/scorers.ts `ScorerSpec`; a judge by its
 * model's identity and rubric). Checked by its type only: it is compared, never run.
 */
const storedScorer = z.looseObject({ type: z.enum(scorerNames) }).transform((spec) => spec as unknown as ScorerSpec);

const lengthSummary = z.object({
  n: z.number(),
  mean: z.number(),
  std: z.number(),
  min: z.number(),
  median: z.number(),
  p90: z.number(),
  p99: z.number(),
  max: z.number(),
});

export const snapshotSchema = z.object({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  createdAt: z.string(),
  gitSha: z.string().nullable(),
  task: z.enum(['classification', 'generation']),
  model: z.object({ type: z.string(), name: z.string() }),
  dataset: z.object({
    path: z.string(),
    format: z.enum(['jsonl', 'json', 'csv']),
    fingerprint: z.string(),
    n: z.number(),
  }),
  /** How outputs were turned into predictions, so a baseline is scored the same way. */
  scoring: z.object({
    labelPattern: z.string().nullable(),
    caseSensitive: z.boolean(),
    /** Generation: the scorer; absent in snapshots from before scorers (they used `exact`). */
    scorer: storedScorer.optional(),
  }),
  /** Seed of every random draw made for this snapshot's statistics. */
  seed: z.number(),
  records: z.array(exampleRecord),
  /**
   * Only in a shard's snapshot (`--shard K/N`): which shard of how many, of the whole dataset
   * (`dataset.fingerprint` is the whole dataset's, `dataset.n` this shard's count) and of which
   * model/scoring configuration. Such a snapshot is merged (src/shard), never a baseline.
   */
  shard: z
    .object({
      index: z.number().int().min(1),
      count: z.number().int().min(1),
      /** Examples in the whole dataset. */
      datasetN: z.number().int(),
      /** configFingerprint (src/shard/fingerprint.ts). */
      configFingerprint: z.string(),
    })
    .optional(),
  /** A command model's resource use (src/resources); absent for other models and older snapshots. */
  resources: z
    .object({
      cpuSeconds: z.number(),
      peakRssBytes: z.number(),
      startupMs: z.number().nullable(),
      sampleIntervalMs: z.number(),
    })
    .optional(),
  summary: z.object({
    total: z.number(),
    scored: z.number(),
    errors: z.number(),
    metrics: z.discriminatedUnion('task', [classificationMetrics, generationMetrics]),
    outputLength: z.object({ chars: lengthSummary, words: lengthSummary, tokens: lengthSummary }),
    latencyMs: z.object({ p50: z.number(), p95: z.number(), p99: z.number(), mean: z.number() }).nullable(),
    usage: usage.nullable(),
  }),
});
/** A snapshot held whole, records as objects: small runs, tests, schema-1 files. */
export type Snapshot = z.infer<typeof snapshotSchema>;

/** The first line of a results.jsonl. */
export const snapshotHeaderSchema = snapshotSchema.omit({ records: true });
export type SnapshotHeader = z.infer<typeof snapshotHeaderSchema>;
