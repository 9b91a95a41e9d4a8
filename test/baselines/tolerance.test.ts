import { describe, expect, it } from 'vitest';
import { globMatch, toleranceFor, validateToleranceConfig, withinTolerance, type ToleranceConfig } from '../../src/baselines/tolerance.js';
import { nextDown, nextUp } from './helpers.js';

describe('helpers', () => {
  it('nextUp / nextDown step by one ulp', () => {
    expect(nextUp(1)).toBe(1 + Number.EPSILON);
    expect(nextDown(1)).toBe(1 - Number.EPSILON / 2);
    expect(nextUp(0)).toBe(5e-324);
    expect(nextUp(-5e-324)).toBe(-0);
  });
});

describe('withinTolerance', () => {
  it('exact: equal passes, the next double fails', () => {
    const t = { rel: 0, abs: 0 };
    expect(withinTolerance(0.3, 0.3, t)).toBe(true);
    expect(withinTolerance(0.3, nextUp(0.3), t)).toBe(false);
    expect(withinTolerance(0.3, nextDown(0.3), t)).toBe(false);
  });

  it('abs: exactly at the bound passes, the next double above fails (both sides)', () => {
    const t = { rel: 0, abs: 0.5 };
    expect(withinTolerance(100, 100.5, t)).toBe(true);
    expect(withinTolerance(100, nextUp(100.5), t)).toBe(false);
    expect(withinTolerance(100, 99.5, t)).toBe(true);
    expect(withinTolerance(100, nextDown(99.5), t)).toBe(false);
  });

  it('rel: exactly at the bound passes, the next double above fails', () => {
    const t = { rel: 0.01, abs: 0 };
    const bound = 0.01 * 100; // exactly 1 in doubles
    expect(bound).toBe(1);
    expect(withinTolerance(100, 101, t)).toBe(true);
    expect(withinTolerance(100, nextUp(101), t)).toBe(false);
    expect(withinTolerance(-100, -101, t)).toBe(true); // |baseline|
    expect(withinTolerance(-100, nextDown(-101), t)).toBe(false);
  });

  it('rel + abs combine: abs + rel × |baseline|', () => {
    const t = { rel: 0.01, abs: 0.5 };
    expect(0.5 + 0.01 * 200).toBe(2.5);
    expect(withinTolerance(200, 202.5, t)).toBe(true);
    expect(withinTolerance(200, nextUp(202.5), t)).toBe(false);
    expect(withinTolerance(200, 197.5, t)).toBe(true);
    expect(withinTolerance(200, nextDown(197.5), t)).toBe(false);
    // neither part alone would be enough
    expect(withinTolerance(200, 202.5, { rel: 0.01, abs: 0 })).toBe(false);
    expect(withinTolerance(200, 202.5, { rel: 0, abs: 0.5 })).toBe(false);
  });

  it('uses the inexact double result of the formula as-is', () => {
    // 0.1 + 0.2 = 0.30000000000000004: a difference of 0.1 from 0.2 with abs 0.1 → |0.30000000000000004 − 0.2| > 0.1
    expect(withinTolerance(0.2, 0.1 + 0.2, { rel: 0, abs: 0.1 })).toBe(Math.abs(0.1 + 0.2 - 0.2) <= 0.1);
    expect(withinTolerance(0.2, 0.1 + 0.2, { rel: 0, abs: 0.1 })).toBe(false);
  });
});

describe('globMatch', () => {
  it.each([
    ['llama-*', 'llama-tp2', true],
    ['llama-*', 'llama-', true],
    ['llama-*', 'mistral-tp2', false],
    ['*-tp?', 'llama-tp2', true],
    ['*-tp?', 'llama-tp12', false],
    ['*', '', true],
    ['', '', true],
    ['', 'a', false],
    ['a*b*c', 'a-b-x-c', true],
    ['a*b*c', 'a-c-b', false],
    ['*a', 'baaa', true],
    ['llama', 'llama-tp2', false],
    ['?', 'é', true],
    ['?', '\u{1F600}', true],
    ['[ab]', '[ab]', true],
    ['[ab]', 'a', false],
    ['a/*', 'a/b/c', true],
    ['**x', 'x', true],
  ])('%j vs %j → %s', (pattern, id, expected) => {
    expect(globMatch(pattern, id)).toBe(expected);
  });
});

describe('toleranceFor', () => {
  const rules: ToleranceConfig = {
    default: { rel: 0.001 },
    metrics: { kv_cache_gb: { rel: 0.01 }, tokens_per_ms: { abs: 0.5 }, ttft_ms: { abs: 1 } },
    scenarios: [
      { match: 'llama-*', metrics: { ttft_ms: { rel: 0.02 }, kv_cache_gb: { abs: 0.1 } } },
      { match: 'llama-70b-*', metrics: { ttft_ms: { rel: 0.05 } } },
      { match: 'mistral-*', metrics: { e2e_ms: { abs: 3 } } },
    ],
  };

  it('primary metrics are exact unless a rule names them', () => {
    expect(toleranceFor('tpot_ms', 'x', rules)).toEqual({ rel: 0, abs: 0, source: 'exact (primary)' });
    expect(toleranceFor('tpot_ms', 'x', undefined)).toEqual({ rel: 0, abs: 0, source: 'exact (primary)' });
    expect(toleranceFor('ttft_ms', 'x', rules)).toEqual({ rel: 0, abs: 1, source: 'metric rule (ttft_ms)' });
  });

  it('secondary metrics use the default, or are exact without one', () => {
    expect(toleranceFor('weights_gb', 'x', rules)).toEqual({ rel: 0.001, abs: 0, source: 'default' });
    expect(toleranceFor('weights_gb', 'x', {})).toEqual({ rel: 0, abs: 0, source: 'exact (no default)' });
  });

  it('a metric rule beats the default', () => {
    expect(toleranceFor('kv_cache_gb', 'x', rules)).toEqual({ rel: 0.01, abs: 0, source: 'metric rule (kv_cache_gb)' });
    expect(toleranceFor('tokens_per_ms', 'x', rules)).toEqual({ rel: 0, abs: 0.5, source: 'metric rule (tokens_per_ms)' });
  });

  it('a matching scenario rule beats the metric rule; later rules win', () => {
    expect(toleranceFor('kv_cache_gb', 'llama-tp2', rules)).toEqual({ rel: 0, abs: 0.1, source: 'scenario rule #1 (llama-*)' });
    expect(toleranceFor('ttft_ms', 'llama-tp2', rules)).toEqual({ rel: 0.02, abs: 0, source: 'scenario rule #1 (llama-*)' });
    expect(toleranceFor('ttft_ms', 'llama-70b-tp8', rules)).toEqual({ rel: 0.05, abs: 0, source: 'scenario rule #2 (llama-70b-*)' });
    // rule #2 matches but does not name kv_cache_gb: falls back to rule #1
    expect(toleranceFor('kv_cache_gb', 'llama-70b-tp8', rules).source).toBe('scenario rule #1 (llama-*)');
    // primary metric named by a scenario rule
    expect(toleranceFor('e2e_ms', 'mistral-7b', rules)).toEqual({ rel: 0, abs: 3, source: 'scenario rule #3 (mistral-*)' });
    expect(toleranceFor('e2e_ms', 'llama-7b', rules).source).toBe('exact (primary)');
  });

  it('per-scenario override decides pass/fail where the metric rule would not', () => {
    const id = 'llama-tp2';
    const t = toleranceFor('kv_cache_gb', id, rules); // abs 0.1 beats rel 0.01
    expect(withinTolerance(100, 100.1, t)).toBe(true);
    expect(withinTolerance(100, 100.5, t)).toBe(false);
    expect(withinTolerance(100, 100.5, toleranceFor('kv_cache_gb', 'other', rules))).toBe(true);
  });

  it('boolean metrics are always exact', () => {
    expect(toleranceFor('fits_in_memory', 'llama-x', rules)).toEqual({ rel: 0, abs: 0, source: 'exact (boolean)' });
  });
});

describe('validateToleranceConfig', () => {
  it('accepts the documented example and nothing', () => {
    const example = {
      default: { rel: 0, abs: 0 },
      metrics: { kv_cache_gb: { rel: 0.01 }, tokens_per_ms: { abs: 0.5 } },
      scenarios: [{ match: 'llama-*', metrics: { ttft_ms: { rel: 0.02 } } }],
    };
    const r = validateToleranceConfig(example);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual(example);
    expect(validateToleranceConfig(undefined)).toEqual({ ok: true, value: {}, errors: [] });
  });

  it('reports every error with its field path', () => {
    const r = validateToleranceConfig({
      default: { rel: -1, tol: 1 },
      metrics: { latency: { rel: 0.1 }, kv_cache_gb: { abs: 'x' }, fits_in_memory: { abs: 1 }, ttft_ms: 3 },
      scenarios: [{ match: '', metrics: {} }, { metrics: { e2e_ms: { rel: Infinity } } }, 'x', { match: 'a' }],
      extra: true,
    });
    expect(r.ok).toBe(false);
    const paths = r.errors.map((e) => e.path).sort();
    expect(paths).toEqual(
      [
        'tolerances.default.rel',
        'tolerances.default.tol',
        'tolerances.extra',
        'tolerances.metrics.fits_in_memory',
        'tolerances.metrics.kv_cache_gb.abs',
        'tolerances.metrics.latency',
        'tolerances.metrics.ttft_ms',
        'tolerances.scenarios[0].match',
        'tolerances.scenarios[1].match',
        'tolerances.scenarios[1].metrics.e2e_ms.rel',
        'tolerances.scenarios[2]',
        'tolerances.scenarios[3].metrics',
      ].sort(),
    );
    expect(r.errors.find((e) => e.path === 'tolerances.metrics.latency')!.message).toMatch(/unknown metric/);
  });

  it('uses the given base path', () => {
    const r = validateToleranceConfig({ scenarios: {} }, 'config.tolerances');
    expect(r.errors).toEqual([{ path: 'config.tolerances.scenarios', message: expect.stringMatching(/expected a list/) }]);
  });
});
