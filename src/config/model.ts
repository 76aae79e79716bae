import { z } from 'zod';
import { pricingSchema } from '../gate/cost-rule.js';
import { defaultMaxLineMB, defaultMaxResponseMB } from '../limits.js';

/**
 * The `model:` block of the config (also `baseline.model:`): which model answers and how the
 * runner talks to it. Objects are strict so that a misspelt key is an error, not a silent default.
 */

/** Options the runner applies to every live adapter; the defaults differ per transport. */
function runnerOptions(defaults: { concurrency: number; maxRetries: number }) {
  return {
    concurrency: z.number().int().positive().default(defaults.concurrency),
    /** Retries after the first attempt; attempts in all = maxRetries + 1. */
    maxRetries: z.number().int().min(0).default(defaults.maxRetries),
    /** Per attempt, not per example. */
    timeoutMs: z.number().int().positive().default(60_000),
    requestsPerMinute: z.number().positive().optional(),
    tokensPerMinute: z.number().positive().optional(),
  };
}

/**
 * Network endpoints: 4 concurrent requests is promptfoo's default, low enough to stay under the
 * rate limits of a fresh API account and to be polite to a shared inference server; users with
 * higher limits raise it.
 */
const networkDefaults = { concurrency: 4, maxRetries: 4 };

/** The largest response body read; a larger one fails its example and is not read further. */
const maxResponseMB = z.number().positive().default(defaultMaxResponseMB);

/**
 * A local process reads a stream: the concurrency is the window of lines in flight (enough to
 * keep a batching model busy), and a failed answer is not retried, because the process that
 * gave it is the same one that would answer again.
 */
const commandDefaults = { concurrency: 64, maxRetries: 0 };

/** Shown in the snapshot and the report instead of the derived name. */
const name = z.string().min(1).optional();

/** Prices per million tokens (gate/cost-rule.ts), for the cost rule and the report's cost line. */
const pricing = pricingSchema.optional();

export const predictionsConfigSchema = z.strictObject({
  type: z.literal('predictions'),
  /** JSONL of `{"id", "output"}` (or `{"id", "error"}`), relative to the config file. */
  path: z.string().min(1),
  name,
});

export const commandConfigSchema = z.strictObject({
  type: z.literal('command'),
  /** Run through the shell, once, in `cwd` (default: the config file's directory). */
  command: z.string().min(1),
  cwd: z.string().optional(),
  /** Added to the inherited environment. */
  env: z.record(z.string(), z.string()).optional(),
  /** The longest line the process may print; a longer answer fails its example. */
  maxLineMB: z.number().positive().default(defaultMaxLineMB),
  name,
  ...runnerOptions(commandDefaults),
});

export const openaiConfigSchema = z.strictObject({
  type: z.literal('openai'),
  baseUrl: z.url().default('https://api.openai.com/v1'),
  model: z.string().min(1),
  /** Name of the environment variable holding the key; null sends no key (local servers). */
  apiKeyEnv: z.string().min(1).nullable().default('OPENAI_API_KEY'),
  /** `chat` → /chat/completions; `completions` → the legacy /completions. */
  api: z.enum(['chat', 'completions']).default('chat'),
  system: z.string().optional(),
  /** Handlebars over the example (`input`, `id`, and every source field); default: `{{input}}`. */
  prompt: z.string().optional(),
  temperature: z.number().min(0).optional(),
  maxTokens: z.number().int().positive().optional(),
  seed: z.number().int().optional(),
  maxResponseMB,
  name,
  pricing,
  ...runnerOptions(networkDefaults),
});

const jsonValue = z.json();

export const httpConfigSchema = z.strictObject({
  type: z.literal('http'),
  url: z.url(),
  method: z.enum(['POST', 'PUT', 'GET']).default('POST'),
  /** Values are handlebars over `env` only, e.g. `Authorization: "Bearer {{env.HF_TOKEN}}"`. */
  headers: z.record(z.string(), z.string()).default({}),
  /** Any JSON; every string in it is a handlebars template over the example. */
  body: jsonValue.optional(),
  /** Dot path into the JSON response, e.g. `choices.0.text` or `result.label`. */
  outputPath: z.string().min(1),
  maxResponseMB,
  name,
  pricing,
  ...runnerOptions(networkDefaults),
});

export const modelConfigSchema = z.discriminatedUnion('type', [
  predictionsConfigSchema,
  commandConfigSchema,
  openaiConfigSchema,
  httpConfigSchema,
]);

export type ModelConfig = z.infer<typeof modelConfigSchema>;
export type PredictionsConfig = z.infer<typeof predictionsConfigSchema>;
export type CommandConfig = z.infer<typeof commandConfigSchema>;
export type OpenAIConfig = z.infer<typeof openaiConfigSchema>;
export type HttpConfig = z.infer<typeof httpConfigSchema>;
export type LiveModelConfig = Exclude<ModelConfig, PredictionsConfig>;

export const modelTypes = ['predictions', 'command', 'openai', 'http'] as const;
