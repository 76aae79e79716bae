import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type CacheStore, responseCacheKeys } from '../github/cache-store.js';
import { firstLine } from '../github/http-status.js';
import type { LiveModelConfig, ModelConfig } from '../models/config.js';
import type { RunnerPort } from './runner-port.js';

/** The models whose answers come over the network and are worth keeping between runs. */
export function liveEndpoints(models: ReadonlyArray<ModelConfig | null>): LiveModelConfig[] {
  return models.filter(
    (model): model is Extract<ModelConfig, { type: 'openai' | 'http' }> =>
      model?.type === 'openai' || model?.type === 'http',
  );
}

export interface CacheAcrossRunsOptions {
  runner: RunnerPort;
  store: CacheStore;
  /** The `cache` input. */
  enabled: boolean;
  /** The candidate and `baseline.model`; only live endpoints are cached. */
  models: ReadonlyArray<ModelConfig | null>;
  /** The dataset file, relative to the workspace. */
  datasetPath: string;
  runnerTemp: string;
  runId: string;
  runAttempt: string;
  /** What tells this gate step apart from others in the run (its step id and comment key). */
  step: string;
}

/** Answer files in the cache folder (src/models/response-cache.ts appends one per run that answered). */
async function answerFiles(dir: string): Promise<Set<string>> {
  const names = await readdir(dir).catch(() => []);
  return new Set(names.filter((name) => name.startsWith('answers-')));
}

/**
 * Runs `run` with the response cache of earlier workflow runs restored into its cache folder,
 * and saves the folder afterwards — also when the run failed or was cancelled part-way, which
 * is the point: a re-run then requests only the answers still missing. The cache never fails
 * the step: an unreachable service or a refused entry is one line in the log.
 */
export async function withCacheAcrossRuns<T>(
  options: CacheAcrossRunsOptions,
  run: (cacheDir: string | undefined) => Promise<T>,
): Promise<T> {
  const { runner } = options;
  const models = liveEndpoints(options.models);
  if (models.length === 0) return run(undefined);
  if (!options.enabled) {
    runner.info('Response cache off (input `cache: false`): every answer is requested from the endpoint.');
    return run(undefined);
  }
  const unavailable = options.store.unavailableReason();
  if (unavailable) {
    runner.info(`Response cache off: ${unavailable}. Every answer is requested from the endpoint.`);
    return run(undefined);
  }

  const { scope, key, restoreKeys } = responseCacheKeys({
    models,
    datasetPath: options.datasetPath,
    runId: options.runId,
    runAttempt: options.runAttempt,
    step: options.step,
  });
  // One folder per scope: another gate step of this job with other endpoints keeps its own.
  const dir = join(options.runnerTemp, `model-release-gate-cache-${scope.slice(0, 16)}`);
  try {
    const matched = await options.store.restore(dir, key, restoreKeys);
    runner.info(
      matched
        ? `Response cache restored from ${matched}.`
        : 'Response cache: no saved answers yet for these endpoints and this dataset.',
    );
  } catch (error) {
    runner.info(`Response cache not restored: ${firstLine(error)}. Every answer is requested from the endpoint.`);
  }
  const restored = await answerFiles(dir);
  try {
    return await run(dir);
  } finally {
    await saveNewAnswers(runner, options.store, dir, key, restored);
  }
}

async function saveNewAnswers(
  runner: RunnerPort,
  store: CacheStore,
  dir: string,
  key: string,
  restored: Set<string>,
): Promise<void> {
  const added = [...(await answerFiles(dir))].filter((name) => !restored.has(name));
  if (added.length === 0) {
    runner.info('Response cache not saved: no new answers in this run.');
    return;
  }
  try {
    if (await store.save(dir, key)) runner.info(`Response cache saved as ${key}.`);
  } catch (error) {
    runner.info(`Response cache not saved: ${firstLine(error)}.`);
  }
}
