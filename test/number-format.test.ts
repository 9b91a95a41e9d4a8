/** src/number-format.ts writes numbers as Intl's en-US formatting does (Intl is the oracle here, not in the product). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatFixed, groupThousands } from '../src/number-format.js';

const intl = (digits: number) => new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits });
const FORMATS = Array.from({ length: 7 }, (_, d) => intl(d));

describe('formatFixed', () => {
  it('rounds the shortest decimal form half away from zero, like ICU (not the binary value, like toFixed)', () => {
    expect(formatFixed(1.005, 2)).toBe('1.01');
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(formatFixed(2.5, 0)).toBe('3');
    expect(formatFixed(-2.5, 0)).toBe('-3');
    expect(formatFixed(999.95, 1)).toBe('1,000');
    expect(formatFixed(18800.000000000004, 0)).toBe('18,800');
    expect(formatFixed(-0, 2)).toBe('-0');
    expect(formatFixed(-0.001, 2)).toBe('-0');
    expect(formatFixed(1e-7, 6)).toBe('0');
    expect(formatFixed(1.5e-7, 7)).toBe('0.0000002');
    expect(formatFixed(1e21, 0)).toBe('1,000,000,000,000,000,000,000');
    for (const [x, d] of [
      [1.005, 2],
      [-0.001, 2],
      [1e-7, 6],
      [1.5e-7, 7],
      [1e21, 0],
      [123456789.125, 2],
    ] as const)
      expect(formatFixed(x, d)).toBe(FORMATS[d]?.format(x) ?? intl(d).format(x));
  });

  it('equals Intl.NumberFormat en-US for any double and 0–6 fraction digits (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e16, max: 1e16 }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        expect(formatFixed(x, d)).toBe(FORMATS[d].format(x));
      }),
      { numRuns: 20_000 },
    );
    // Values near the metrics' magnitudes, with few decimals (ties like 0.125 are common there).
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), (n, scale, d) => {
        const x = n / 10 ** scale;
        expect(formatFixed(x, d)).toBe(FORMATS[d].format(x));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('formatCount', () => {
  it('groups the thousands of safe integers as toLocaleString does, and writes other numbers as String', () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
      }),
    );
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1.5)).toBe('1.5');
    expect(formatCount(2 ** 60)).toBe(String(2 ** 60));
    expect(groupThousands('1234567')).toBe('1,234,567');
  });
});
