import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Example } from '../dataset/types.js';
import type { Logger } from '../log.js';
import type { ResourceUse } from '../resources/types.js';
import { createAdapter } from './adapters.js';
import type { LiveModelConfig, ModelConfig } from './config.js';
import { loadPredictions } from './predictions.js';
import { ResponseCache } from './response-cache.js';
import { type RunnerTiming, runExamples } from './runner.js';
import { envReference } from './secrets.js';
import type { RunOutcome } from './types.js';

export interface RunModelOptions {
  config: ModelConfig;
  examples: readonly Example[];
  /** The config file's directory: relative paths and the command's working directory start here. */
  baseDir: string;
  env: Record<string, string | undefined>;
  logger: Logger;
  /** Response cache directory (`--cache DIR`); network adapters only. */
  cacheDir?: string;
  signal?: AbortSignal;
  onOutcome?: (outcome: RunOutcome) => void;
  /** Tests shorten backoff and progress intervals; production leaves this out. */
  timing?: Partial<RunnerTiming>;
  /**
   * Which of `repeats` runs this is (0 = the first): a cached re-run must not give repeat 2
   * the answer of repeat 1, so each repeat after the first has its own cache keys.
   */
  repeat?: number;
}

export interface ModelRun {
  identity: { type: string; name: string };
  /** One per example, in dataset order. */
  outcomes: RunOutcome[];
  /** Command models: the process tree's resource use (src/resources). */
  resources?: ResourceUse;
}

const runnerKeys = new Set([
  'concurrency',
  'maxRetries',
  'timeoutMs',
  'requestsPerMinute',
  'tokensPerMinute',
  'pricing',
  'maxResponseMB',
]);

/**
 * What decides an answer: the config without runner options (it holds no secrets). The `name`
 * stays in: new weights served under the same URL and model get a new name, and fresh answers.
 */
export function cacheNamespace(config: LiveModelConfig): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).filter(([key]) => !runnerKeys.has(key)));
}

/**
 * An http endpoint's headers can select the model (`X-Model-Variant: {{env.VARIANT}}`): the
 * values they read from the environment count too, as a hash, never as text.
 */
function headerValuesDigest(config: LiveModelConfig, env: Record<string, string | undefined>): Record<string, string> {
  if (config.type !== 'http') return {};
  const names = Object.values(config.headers).flatMap((template) =>
    [...template.matchAll(envReference)].map((match) => match[1] as string),
  );
  const values = [...new Set(names)].sort().map((name) => [name, env[name] ?? null]);
  return values.length === 0 ? {} : { headerValues: createHash('sha256').update(JSON.stringify(values)).digest('hex') };
}

/**
 * The one entry point the pipeline calls for every model type. Input errors (a bad predictions
 * file, a missing API key, a first request that cannot work) throw InputError; failures of
 * single examples become error outcomes.
 */
export async function runModel(options: RunModelOptions): Promise<ModelRun> {
  const { config, examples, logger } = options;
  if (config.type === 'predictions') {
    const outcomes = await loadPredictions(config, examples, options.baseDir);
    for (const outcome of outcomes) options.onOutcome?.(outcome);
    return { identity: { type: 'predictions', name: config.name ?? basename(config.path) }, outcomes };
  }
  const adapter = createAdapter(config, { baseDir: options.baseDir, env: options.env, logger, signal: options.signal });
  // A local process is not cached: its command line stays the same when the model behind it changes.
  const cache =
    options.cacheDir !== undefined && config.type !== 'command'
      ? new ResponseCache(options.cacheDir, {
          ...cacheNamespace(config),
          ...headerValuesDigest(config, options.env),
          // The first run keeps the keys it always had, so caches from before `repeats` still answer it.
          ...(options.repeat ? { repeat: options.repeat } : {}),
        })
      : undefined;
  let outcomes: RunOutcome[];
  try {
    outcomes = await runExamples({
      adapter,
      examples,
      concurrency: config.concurrency,
      maxRetries: config.maxRetries,
      // A local process is timed on going quiet (see command.ts), not per line in its queue.
      timeoutMs: config.type === 'command' ? Number.POSITIVE_INFINITY : config.timeoutMs,
      rateLimits: { requestsPerMinute: config.requestsPerMinute, tokensPerMinute: config.tokensPerMinute },
      cache,
      logger,
      signal: options.signal,
      onOutcome: options.onOutcome,
      // A process that answers in batches would never answer a probe sent alone.
      probeFirst: config.type !== 'command',
      timing: options.timing,
    });
  } finally {
    await adapter.close?.();
  }
  const resources = (await adapter.resources?.()) ?? undefined;
  return { identity: adapter.identity, outcomes, ...(resources ? { resources } : {}) };
}
