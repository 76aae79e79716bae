import { createHash } from 'node:crypto';
import * as actionsCache from '@actions/cache';
import { canonicalJson } from '../canonical-json.js';
import type { LiveModelConfig } from '../models/config.js';
import { cacheNamespace } from '../models/run.js';
import { runnerServiceMissing } from './runner-services.js';

/**
 * Where the live endpoints' response cache is kept between workflow runs. The default is the
 * runner's cache service through @actions/cache; tests inject their own. Like artifact uploads
 * it only works inside a job: it needs ACTIONS_RUNTIME_TOKEN and the service URL. The cache itself is
 * src/models/response-cache.ts; src/action/cache-across-runs.ts restores and saves it around a run.
 */
export interface CacheStore {
  /** Null when the cache service cannot be reached from here, with the reason. */
  unavailableReason(): string | null;
  /** Fills `dir` from the newest entry matching `key` or a restore key; the matched key, or null. */
  restore(dir: string, key: string, restoreKeys: string[]): Promise<string | null>;
  /** Stores `dir` under `key`; false when the service refused (entries are immutable). */
  save(dir: string, key: string): Promise<boolean>;
}

export function createCacheStore(env: Record<string, string | undefined>): CacheStore {
  return {
    unavailableReason() {
      // GitHub Enterprise Server's runners name the (older) cache service ACTIONS_CACHE_URL.
      const missing = runnerServiceMissing(
        env,
        ['ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL'],
        'the cache service is only reachable inside a GitHub Actions job',
      );
      if (missing) return missing;
      return actionsCache.isFeatureAvailable() ? null : '@actions/cache finds no cache service on this runner';
    },
    async restore(dir, key, restoreKeys) {
      return (await actionsCache.restoreCache([dir], key, restoreKeys)) ?? null;
    },
    async save(dir, key) {
      return (await actionsCache.saveCache([dir], key)) !== -1;
    },
  };
}

const KEY_PREFIX = 'model-release-gate-responses';

export interface ResponseCacheKeys {
  /** Hash of what the answers depend on: the entries' shared prefix, and the local folder's name. */
  scope: string;
  /** This step's own entry: the prefix plus run id, attempt and step (entries cannot be overwritten). */
  key: string;
  /** The prefix alone: the service restores the newest entry that starts with it. */
  restoreKeys: string[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Entries are shared by runs that ask the same endpoints the same way about the same dataset
 * file. The namespaces are what the answers depend on (never a secret: they name environment
 * variables, not values); the dataset's path rather than its fingerprint, so that after an edit
 * only the changed examples are requested again (answers are keyed per example anyway).
 * `step` tells apart two gate steps of one run that ask the same: each saves its own entry.
 */
export function responseCacheKeys(options: {
  models: readonly LiveModelConfig[];
  datasetPath: string;
  runId: string;
  runAttempt: string;
  step: string;
}): ResponseCacheKeys {
  const scope = sha256(canonicalJson({ models: options.models.map(cacheNamespace), dataset: options.datasetPath }));
  const prefix = `${KEY_PREFIX}-${scope}-`;
  const step = sha256(options.step).slice(0, 12);
  return { scope, key: `${prefix}${options.runId}-${options.runAttempt}-${step}`, restoreKeys: [prefix] };
}
