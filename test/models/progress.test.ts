import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/models/progress.js';
import { recordingLogger } from './helpers.js';

describe('progress line', () => {
  it('reports done/total, the rate of fresh answers, ETA and errors', () => {
    let now = 0;
    const logger = recordingLogger();
    const progress = new Progress({ label: 'openai model m', total: 1_000, logger, now: () => now });
    for (let index = 0; index < 100; index += 1) progress.record({ cached: true });
    now = 10_000;
    for (let index = 0; index < 200; index += 1) progress.record(index < 3 ? { error: 'HTTP 500' } : {});
    // 200 fresh in 10 s = 20/s; 700 left → 35 s.
    expect(progress.line()).toBe('openai model m: 300/1000 (30%), 20.0/s, ETA 35s, 3 errors');
    now = 20_000;
    expect(progress.line()).toBe('openai model m: 300/1000 (30%), 10.0/s, ETA 1m10s, 3 errors');
    for (let index = 0; index < 700; index += 1) progress.record({});
    progress.stop();
    expect(logger.text('info')).toBe('openai model m: 1000/1000 (100%), 45.0/s, done, 3 errors');
  });
});
