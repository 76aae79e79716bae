import { sleep as realSleep } from './retry.js';

export interface RateLimits {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
}

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = { now: () => performance.now(), sleep: realSleep };

/**
 * A bucket that refills continuously at `perMinute / 60_000` per ms and holds one second's
 * worth, so requests are spread over the minute instead of spent in one burst. A request
 * larger than the bucket waits for a full bucket and leaves it in debt; the debt is repaid
 * before anyone else goes, so the average rate still holds.
 */
class Bucket {
  private available: number;
  private updatedAt: number;
  private readonly perMs: number;
  private readonly capacity: number;

  constructor(perMinute: number, now: number) {
    this.perMs = perMinute / 60_000;
    this.capacity = Math.max(1, perMinute / 60);
    this.available = this.capacity;
    this.updatedAt = now;
  }

  /** How long until `amount` may be taken (0 = now). */
  waitMs(amount: number, now: number): number {
    this.refill(now);
    const needed = Math.min(amount, this.capacity);
    return this.available >= needed ? 0 : (needed - this.available) / this.perMs;
  }

  take(amount: number, now: number): void {
    this.refill(now);
    this.available -= amount;
  }

  /** Returns (or charges) the difference between what was estimated and what was used. */
  adjust(amount: number): void {
    this.available = Math.min(this.capacity, this.available + amount);
  }

  private refill(now: number): void {
    this.available = Math.min(this.capacity, this.available + (now - this.updatedAt) * this.perMs);
    this.updatedAt = now;
  }
}

/** Requests and tokens per minute, first come first served. */
export class RateLimiter {
  private readonly requests: Bucket | null;
  private readonly tokens: Bucket | null;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    limits: RateLimits,
    private readonly clock: Clock = realClock,
  ) {
    const now = clock.now();
    this.requests = limits.requestsPerMinute ? new Bucket(limits.requestsPerMinute, now) : null;
    this.tokens = limits.tokensPerMinute ? new Bucket(limits.tokensPerMinute, now) : null;
  }

  /** Resolves when one request estimated at `tokens` may be sent. */
  acquire(tokens: number, signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(async () => {
      for (;;) {
        const now = this.clock.now();
        const wait = Math.max(this.requests?.waitMs(1, now) ?? 0, this.tokens?.waitMs(tokens, now) ?? 0);
        if (wait <= 0) break;
        await this.clock.sleep(Math.ceil(wait), signal);
      }
      const now = this.clock.now();
      this.requests?.take(1, now);
      this.tokens?.take(tokens, now);
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** After the response: corrects the token estimate with the usage the server reported. */
  settle(estimatedTokens: number, usedTokens: number): void {
    this.tokens?.adjust(estimatedTokens - usedTokens);
  }
}
