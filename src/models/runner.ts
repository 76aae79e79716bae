import { setMaxListeners } from 'node:events';
import type { Example } from '../dataset/types.js';
import { errorMessage, InputError } from '../errors.js';
import type { Logger } from '../log.js';
import { type AttemptContext, attemptExample } from './attempt.js';
import { Progress } from './progress.js';
import { type Clock, RateLimiter, type RateLimits, realClock } from './rate-limit.js';
import type { ResponseCache } from './response-cache.js';
import { type BackoffPolicy, defaultBackoff } from './retry.js';
import type { ModelAdapter, RunOutcome } from './types.js';

/** Time, randomness and pacing: real by default, injected by tests so that no test sleeps for seconds. */
export interface RunnerTiming {
  backoff: BackoffPolicy;
  clock: Clock;
  progressIntervalMs: number;
}

export interface RunnerOptions {
  adapter: ModelAdapter;
  examples: readonly Example[];
  concurrency: number;
  maxRetries: number;
  timeoutMs: number;
  rateLimits?: RateLimits;
  cache?: ResponseCache;
  logger: Logger;
  signal?: AbortSignal;
  onOutcome?: (outcome: RunOutcome) => void;
  /**
   * Send the first request alone and turn a failure that is not the example's own into an
   * InputError (default true). Off for streaming processes that answer in batches.
   */
  probeFirst?: boolean;
  timing?: Partial<RunnerTiming>;
}

/**
 * Runs every example through the adapter: a pool of `concurrency` workers, rate limits,
 * a per-attempt timeout, retries with backoff, the cache. Each example ends exactly once,
 * with an output or with an error and its reason; the result is in dataset order.
 * The first request runs alone as a preflight: a config that cannot work (no endpoint, a
 * rejected key, a missing output path) is one InputError before the long run starts.
 * After a fatal failure (say, a 401 mid-run) the examples not yet sent end as "not attempted".
 * Throws the signal's reason when aborted; what finished was already passed to onOutcome.
 */
export async function runExamples(options: RunnerOptions): Promise<RunOutcome[]> {
  // One listener on the caller's signal; the attempts (up to `concurrency` at once) listen here.
  const runController = new AbortController();
  setMaxListeners(Infinity, runController.signal);
  const abortRun = () => runController.abort(options.signal?.reason);
  if (options.signal?.aborted) abortRun();
  options.signal?.addEventListener('abort', abortRun, { once: true });
  try {
    return await run(options, runController.signal);
  } finally {
    options.signal?.removeEventListener('abort', abortRun);
  }
}

async function run(options: RunnerOptions, signal: AbortSignal): Promise<RunOutcome[]> {
  const { adapter, examples, cache, logger } = options;
  const timing: RunnerTiming = {
    backoff: defaultBackoff,
    clock: realClock,
    progressIntervalMs: 5_000,
    ...options.timing,
  };
  const limits = options.rateLimits;
  const label = `${adapter.identity.type} model ${adapter.identity.name}`;
  const outcomes: (RunOutcome | undefined)[] = new Array(examples.length);
  const progress = new Progress({
    label,
    total: examples.length,
    logger,
    intervalMs: timing.progressIntervalMs,
    now: timing.clock.now,
  });
  const finish = (index: number, outcome: RunOutcome) => {
    outcomes[index] = outcome;
    progress.record({
      error: 'error' in outcome ? outcome.error : undefined,
      cached: 'cached' in outcome && outcome.cached === true,
    });
    options.onOutcome?.(outcome);
  };
  const { finishAfterWrite, settle } = finisher(cache, logger, finish);
  const context: AttemptContext = {
    adapter,
    label,
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs,
    limiter: limits?.requestsPerMinute || limits?.tokensPerMinute ? new RateLimiter(limits, timing.clock) : null,
    backoff: timing.backoff,
    clock: timing.clock,
    logger,
    signal,
  };

  const pending = await readCache(examples, cache, finish);
  if (pending.length < examples.length)
    logger.info(`${label}: ${examples.length - pending.length} answers from the cache`);
  if (adapter.preflight) {
    try {
      await adapter.preflight(signal);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw new InputError(`${label}: preflight failed: ${errorMessage(error)}`);
    }
  }

  // The adapter hears "no more input" once every pending example has been sent once.
  let sent = 0;
  const onFirstSend = () => {
    sent += 1;
    if (sent === pending.length) adapter.inputEnd?.();
  };

  progress.start();
  try {
    const queue = pending.values();
    if (options.probeFirst !== false && pending.length > 0) {
      const index = queue.next().value as number;
      const probe = await attemptExample(context, examples[index] as Example, onFirstSend);
      if (probe.kind !== undefined && probe.kind !== 'rejected') {
        throw new InputError(`${label}: the first request failed: ${errorOf(probe.outcome)}`);
      }
      finishAfterWrite(index, examples[index] as Example, probe.outcome);
    }

    let stopped: string | null = null;
    const worker = async () => {
      for (let next = queue.next(); !next.done; next = queue.next()) {
        const index = next.value;
        const example = examples[index] as Example;
        if (stopped !== null) {
          finish(index, { id: example.id, error: `not attempted: ${stopped}` });
          continue;
        }
        const { outcome, kind } = await attemptExample(context, example, onFirstSend);
        if (kind === 'fatal' && stopped === null) {
          stopped = errorOf(outcome);
          logger.warn(`${label}: stopping the run: ${stopped}`);
        }
        finishAfterWrite(index, example, outcome);
      }
    };
    // Settle every worker before returning: nothing (no cache write) outlives the run.
    const workers = Array.from({ length: Math.max(1, Math.min(options.concurrency, pending.length)) }, worker);
    const failed = (await Promise.allSettled(workers)).find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  } finally {
    await settle();
    progress.stop();
  }
  return outcomes.map((outcome, index) => {
    if (outcome === undefined) throw new Error(`runner bug: example ${(examples[index] as Example).id} has no outcome`);
    return outcome;
  });
}

function errorOf(outcome: RunOutcome): string {
  return 'error' in outcome ? outcome.error : 'no error';
}

/**
 * Writes each answer to the cache the moment it arrives, and only then counts it as finished,
 * without holding the worker: the next request goes out while the disk works. `settle` waits
 * for every write (the run does before it returns, also when aborted). An unwritable cache is
 * one warning, not a failed run.
 */
function finisher(
  cache: ResponseCache | undefined,
  logger: Logger,
  finish: (index: number, outcome: RunOutcome) => void,
) {
  const writing = new Set<Promise<void>>();
  let warned = false;
  const finishAfterWrite = (index: number, example: Example, outcome: RunOutcome) => {
    if (!cache || !('output' in outcome)) return finish(index, outcome);
    const write = cache
      .put(example, { output: outcome.output, usage: outcome.usage, latencyMs: outcome.latencyMs })
      .catch((error: unknown) => {
        if (!warned) logger.warn(`cannot write the response cache in ${cache.dir}: ${errorMessage(error)}`);
        warned = true;
      })
      .then(() => {
        writing.delete(write);
        // A throwing `onOutcome` is rethrown by `settle`, not left as an unhandled rejection.
        try {
          finish(index, outcome);
        } catch (error) {
          failures.push(error);
        }
      });
    writing.add(write);
  };
  const failures: unknown[] = [];
  const settle = async () => {
    while (writing.size > 0) await Promise.all(writing);
    await cache?.close();
    if (failures.length > 0) throw failures[0];
  };
  return { finishAfterWrite, settle };
}

/** Finishes every example the cache already answers; returns the indices still to request. */
async function readCache(
  examples: readonly Example[],
  cache: ResponseCache | undefined,
  finish: (index: number, outcome: RunOutcome) => void,
): Promise<number[]> {
  if (!cache) return examples.map((_, index) => index);
  await cache.load();
  const pending: number[] = [];
  examples.forEach((example, index) => {
    const answer = cache.get(example);
    if (answer === undefined) {
      pending.push(index);
      return;
    }
    const outcome: RunOutcome = { id: example.id, output: answer.output, cached: true };
    if (answer.latencyMs !== undefined) outcome.latencyMs = answer.latencyMs;
    if (answer.usage !== undefined) outcome.usage = answer.usage;
    finish(index, outcome);
  });
  return pending;
}
