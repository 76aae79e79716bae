import { describe, expect, it } from 'vitest';
import { type Clock, RateLimiter } from '../../src/models/rate-limit.js';

/** Time that passes only when someone sleeps. */
function fakeClock(): Clock & { time: number } {
  const clock = {
    time: 0,
    now: () => clock.time,
    sleep: async (ms: number) => {
      clock.time += ms;
    },
  };
  return clock;
}

async function startTimes(
  limiter: RateLimiter,
  clock: ReturnType<typeof fakeClock>,
  tokens: number[],
): Promise<number[]> {
  const times: number[] = [];
  // All requests arrive at once, as from a pool of workers; they go first come first served.
  await Promise.all(tokens.map((amount) => limiter.acquire(amount).then(() => times.push(clock.time))));
  return times;
}

describe('rate limiter', () => {
  it('spreads requests per minute evenly after a one-second burst', async () => {
    const clock = fakeClock();
    // 120 per minute = one every 500 ms; the bucket holds 2 (one second's worth).
    const times = await startTimes(new RateLimiter({ requestsPerMinute: 120 }, clock), clock, Array(6).fill(0));
    expect(times).toEqual([0, 0, 500, 1_000, 1_500, 2_000]);
  });

  it('paces by tokens per minute; a request larger than a second lets the bucket run into debt', async () => {
    const clock = fakeClock();
    // 600 tokens per minute = 10 per second; the bucket holds 10.
    const times = await startTimes(new RateLimiter({ tokensPerMinute: 600 }, clock), clock, [10, 30, 10]);
    // 10 at 0 empties it; 30 needs a full bucket (10) at 1 s and leaves −20; 10 more waits for +30 → 4 s.
    expect(times).toEqual([0, 1_000, 4_000]);
  });

  it('settles estimates against reported usage', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ tokensPerMinute: 600 }, clock);
    await limiter.acquire(10);
    limiter.settle(10, 2); // only 2 were used: 8 come back
    await limiter.acquire(8);
    expect(clock.time).toBe(0);
    limiter.settle(8, 18); // 10 more than estimated were used
    await limiter.acquire(10);
    expect(clock.time).toBe(2_000);
  });

  it('applies both limits at once', async () => {
    const clock = fakeClock();
    const times = await startTimes(
      new RateLimiter({ requestsPerMinute: 60, tokensPerMinute: 6_000 }, clock),
      clock,
      [1, 1, 1],
    );
    expect(times).toEqual([0, 1_000, 2_000]);
  });
});
