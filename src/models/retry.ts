/** When and how long to wait before trying a failed request again. */
export interface BackoffPolicy {
  /** The first retry waits up to this long; each further retry doubles the ceiling. */
  baseDelayMs: number;
  /** Ceiling of the exponential backoff. */
  maxDelayMs: number;
  /** A server's Retry-After is honoured up to this long (a day-long value is not waited out). */
  maxRetryAfterMs: number;
  /** Uniform in [0, 1): the jitter source, injectable for tests. */
  random: () => number;
}

export const defaultBackoff: BackoffPolicy = {
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
  random: Math.random,
};

/**
 * Delay before retry number `retry` (1 = the first retry). "Full jitter" (a uniform draw below
 * the exponential ceiling) spreads the retries of many concurrent requests that failed
 * together, so they do not hit a recovering server in one burst. A server's Retry-After wins.
 */
export function retryDelayMs(policy: BackoffPolicy, retry: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) {
    // Every request rate-limited in one burst gets the same Retry-After: a little jitter on
    // top keeps them from all coming back in the same millisecond.
    const asked = Math.min(Math.max(0, retryAfterMs), policy.maxRetryAfterMs);
    return asked + Math.floor(policy.random() * policy.baseDelayMs);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(policy.random() * ceiling);
}

/** Statuses worth another try: timeout, conflict, rate limit, and every server error. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * The wait a response asks for: OpenAI's `retry-after-ms`, else `Retry-After` as seconds or
 * as an HTTP date. Undefined when absent or unreadable.
 */
export function retryAfterMs(
  header: (name: string) => string | undefined,
  now: number = Date.now(),
): number | undefined {
  const milliseconds = header('retry-after-ms')?.trim();
  if (milliseconds && /^\d+(\.\d+)?$/.test(milliseconds)) return Number(milliseconds);
  const value = header('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
