import type { Example } from '../dataset/types.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { type FailureKind, failureKind, ModelFailure } from './failure.js';
import type { Clock, RateLimiter } from './rate-limit.js';
import { type BackoffPolicy, retryDelayMs } from './retry.js';
import type { ModelAdapter, Prediction, RunOutcome } from './types.js';

export interface AttemptContext {
  adapter: ModelAdapter;
  label: string;
  maxRetries: number;
  timeoutMs: number;
  limiter: RateLimiter | null;
  backoff: BackoffPolicy;
  clock: Clock;
  logger: Logger;
  /** The run's signal: aborting it ends the attempt by throwing its reason. */
  signal: AbortSignal;
}

/** The outcome, and for an error how the adapter classified it. */
export interface Attempted {
  outcome: RunOutcome;
  kind?: FailureKind;
}

/** predict as a promise even when it throws before its first await. */
function send(adapter: ModelAdapter, example: Example, signal: AbortSignal): Promise<Prediction> {
  try {
    return adapter.predict(example, signal);
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * One example through the adapter until it answers, fails for good, or runs out of attempts:
 * rate limit, per-attempt timeout, then a backoff before each retry of a transient failure.
 * `onFirstSend` runs right after the first request went out.
 */
export async function attemptExample(
  context: AttemptContext,
  example: Example,
  onFirstSend: () => void,
): Promise<Attempted> {
  const { adapter, limiter, clock, signal } = context;
  const estimate = limiter ? (adapter.estimateTokens?.(example) ?? 0) : 0;
  for (let attempt = 1; ; attempt += 1) {
    if (signal.aborted) throw signal.reason;
    await limiter?.acquire(estimate, signal);
    const controller = new AbortController();
    const forwardAbort = () => controller.abort(signal.reason);
    signal.addEventListener('abort', forwardAbort, { once: true });
    // An infinite timeout means the adapter keeps time itself (a local process's quiet clock).
    const timer = Number.isFinite(context.timeoutMs)
      ? setTimeout(
          () => controller.abort(new ModelFailure('transient', `timed out after ${context.timeoutMs} ms`)),
          context.timeoutMs,
        )
      : undefined;
    const startedAt = clock.now();
    let failure: unknown;
    try {
      const predicted = send(adapter, example, controller.signal);
      if (attempt === 1) onFirstSend();
      const prediction = await predicted;
      const latencyMs = prediction.latencyMs === undefined ? Math.round(clock.now() - startedAt) : prediction.latencyMs;
      if (prediction.usage)
        limiter?.settle(estimate, prediction.usage.promptTokens + prediction.usage.completionTokens);
      const outcome: RunOutcome = { id: example.id, output: prediction.output, attempts: attempt };
      if (latencyMs !== null) outcome.latencyMs = latencyMs;
      if (prediction.usage) outcome.usage = prediction.usage;
      return { outcome };
    } catch (error) {
      failure = error;
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', forwardAbort);
    }
    if (signal.aborted) throw signal.reason;
    // The timeout's reason wins over whatever the adapter made of the abort.
    if (controller.signal.aborted) failure = controller.signal.reason;
    const kind = failureKind(failure);
    const message = errorMessage(failure);
    if (kind !== 'transient' || attempt > context.maxRetries) {
      const error = attempt > 1 ? `${message} (after ${attempt} attempts)` : message;
      return { outcome: { id: example.id, error, attempts: attempt }, kind };
    }
    const retryAfter = failure instanceof ModelFailure ? failure.retryAfterMs : undefined;
    const delay = retryDelayMs(context.backoff, attempt, retryAfter);
    context.logger.debug(
      `${context.label}: example ${example.id} attempt ${attempt} failed (${message}); retrying in ${delay} ms`,
    );
    await clock.sleep(delay, signal);
  }
}
