import { describe, expect, it } from 'vitest';
import { defaultBackoff, isRetryableStatus, retryAfterMs, retryDelayMs } from '../../src/models/retry.js';

const headers = (values: Record<string, string>) => (name: string) => values[name];

describe('retry policy', () => {
  it('draws full jitter below a doubling ceiling, capped', () => {
    const policy = { ...defaultBackoff, baseDelayMs: 100, maxDelayMs: 1_000 };
    const top = { ...policy, random: () => 0.999_999 };
    expect([1, 2, 3, 4, 5, 6].map((retry) => retryDelayMs(top, retry))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(retryDelayMs({ ...policy, random: () => 0 }, 4)).toBe(0);
  });

  it('honours Retry-After over the backoff, up to a cap, with a little jitter on top', () => {
    const policy = { ...defaultBackoff, random: () => 0.5 };
    // Jitter: random() × the base delay, so a burst of 429s does not come back all at once.
    expect(retryDelayMs(policy, 1, 7_000)).toBe(7_000 + 250);
    expect(retryDelayMs(policy, 1, 86_400_000)).toBe(defaultBackoff.maxRetryAfterMs + 250);
    expect(retryDelayMs({ ...policy, random: () => 0 }, 3, 7_000)).toBe(7_000);
  });

  it('reads retry-after-ms, Retry-After seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(retryAfterMs(headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(retryAfterMs(headers({ 'retry-after': '2' }), now)).toBe(2_000);
    expect(retryAfterMs(headers({ 'retry-after': '1.5' }), now)).toBe(1_500);
    expect(retryAfterMs(headers({ 'retry-after': 'Mon, 23 Nov 2026 12:00:30 GMT' }), now)).toBe(30_000);
    expect(retryAfterMs(headers({ 'retry-after': 'Mon, 23 Nov 2026 11:00:00 GMT' }), now)).toBe(0);
    expect(retryAfterMs(headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMs(headers({}), now)).toBeUndefined();
  });

  it('retries 408, 409, 429 and 5xx only', () => {
    const retried = [400, 401, 403, 404, 408, 409, 413, 422, 429, 500, 502, 503, 504].filter(isRetryableStatus);
    expect(retried).toEqual([408, 409, 429, 500, 502, 503, 504]);
  });
});
