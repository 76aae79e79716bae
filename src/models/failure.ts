/**
 * How a failed request is handled, decided where the cause is known (the adapter) and acted on
 * by the runner:
 * - `transient`: try again after a backoff (408/409/429/5xx, resets, timeouts, truncated bodies);
 * - `rejected`: this example only, no retry (400/413/422, an answer with an `error` field);
 * - `unexpected`: the response lacks the configured output; before the long run this means the
 *   config is wrong (one clear line), during it only this example fails;
 * - `fatal`: nothing else can succeed either (401/403/404, the process is gone): stop the run.
 */
export type FailureKind = 'transient' | 'rejected' | 'unexpected' | 'fatal';

export class ModelFailure extends Error {
  override readonly name = 'ModelFailure';

  constructor(
    readonly kind: FailureKind,
    message: string,
    /** Server-requested wait before the next attempt (Retry-After), in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Any error thrown by an adapter: a ModelFailure keeps its kind, anything else is a bug → rejected. */
export function failureKind(error: unknown): FailureKind {
  return error instanceof ModelFailure ? error.kind : 'rejected';
}
