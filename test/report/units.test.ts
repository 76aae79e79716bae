import { describe, expect, it } from 'vitest';
import { count } from '../../src/report/units.js';

describe('count', () => {
  it('groups digits as toLocaleString("en-US") does, for whole numbers and anything else', () => {
    const values = [0, 7, 999, 1000, 1730, 10_000, 999_999, 1_234_567, 2 ** 53 - 1, 2 ** 60, -1234, 1234.5, -0.25];
    for (const value of values) expect(count(value), String(value)).toBe(value.toLocaleString('en-US'));
    expect(count(1_234_567)).toBe('1,234,567');
  });
});
