import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalJson, sha256Fingerprint } from '../../src/baselines/canonical-json.js';

describe('canonicalJson', () => {
  it('writes a nested object byte-exactly: sorted keys, 2-space indent, trailing newline', () => {
    const value = {
      zeta: 1,
      alpha: { b: [3, { y: true, x: null }], a: 'é"\n' },
      Beta: [],
      _u: {},
      '10': -0,
      '9': 0.5,
    };
    const expected =
      '{\n' +
      '  "10": 0,\n' +
      '  "9": 0.5,\n' +
      '  "Beta": [],\n' +
      '  "_u": {},\n' +
      '  "alpha": {\n' +
      '    "a": "é\\"\\n",\n' +
      '    "b": [\n' +
      '      3,\n' +
      '      {\n' +
      '        "x": null,\n' +
      '        "y": true\n' +
      '      }\n' +
      '    ]\n' +
      '  },\n' +
      '  "zeta": 1\n' +
      '}\n';
    expect(canonicalJson(value)).toBe(expected);
  });

  it('sorts keys by UTF-16 code units, not locale', () => {
    const text = canonicalJson({ b: 1, B: 2, ä: 3, a: 4, '\u{1F600}': 5, '\uFFFF': 6 });
    const keys = Object.keys(JSON.parse(text));
    // JSON.parse keeps insertion (= written) order for non-index keys
    expect(keys).toEqual(['B', 'a', 'b', 'ä', '\u{1F600}', '\uFFFF']);
  });

  it('orders the keys of small and large objects as Array.prototype.sort orders strings (fast-check)', () => {
    // Objects of up to 24 keys are sorted by insertion, longer ones by the built-in sort: both must agree.
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 60 }), (names) => {
        const value = Object.fromEntries(names.map((k, i) => [k, i]));
        const written = Object.keys(JSON.parse(canonicalJson({ wrap: value })).wrap);
        const expected = Object.keys(value).sort();
        // JSON.parse lists integer-like keys first whatever the text's order: compare the text's own order.
        const positions = expected.map((k) => canonicalJson({ wrap: value }).indexOf(`\n    ${JSON.stringify(k)}: `));
        expect(positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]))).toBe(true);
        expect(new Set(written)).toEqual(new Set(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('is independent of insertion order', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
  });

  it('writes top-level scalars with a trailing newline', () => {
    expect(canonicalJson(1)).toBe('1\n');
    expect(canonicalJson('x')).toBe('"x"\n');
    expect(canonicalJson(null)).toBe('null\n');
    expect(canonicalJson(-0)).toBe('0\n');
  });

  it('round-trips awkward doubles bit-exactly', () => {
    const values = [0.1 + 0.2, 1e-300, 5e-324, 2 ** 53 + 2, 123456.789e10, 1 / 3, Number.MAX_VALUE, -2.2250738585072014e-308, 1e21, 1e-7];
    const text = canonicalJson({ values });
    const back = JSON.parse(text).values as number[];
    expect(back).toHaveLength(values.length);
    const view = new DataView(new ArrayBuffer(16));
    values.forEach((v, i) => {
      view.setFloat64(0, v);
      view.setFloat64(8, back[i]);
      expect(view.getBigUint64(8)).toBe(view.getBigUint64(0));
    });
    expect(text).toContain('0.30000000000000004');
    expect(text).toContain('5e-324');
    expect(text).toContain('9007199254740994');
    expect(text).toContain('1234567890000000');
  });

  it.each([
    ['NaN', { a: { b: [1, NaN] } }, '$.a.b[1]'],
    ['Infinity', { m: { ttft_ms: Infinity } }, '$.m.ttft_ms'],
    ['-Infinity', { 'a-b': -Infinity }, '$["a-b"]'],
    ['undefined', { a: undefined }, '$.a'],
    ['a function', { f: () => 1 }, '$.f'],
    ['BigInt', { n: 10n }, '$.n'],
    ['a Date', { d: new Date(0) }, '$.d'],
    // biome-ignore lint/suspicious/noSparseArray: the hole is what this case tests
    ['an array hole', { xs: [1, , 3] }, '$.xs[1]'],
  ])('rejects %s with its path', (_name, value, path) => {
    let error: unknown;
    try {
      canonicalJson(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CanonicalJsonError);
    expect((error as CanonicalJsonError).path).toBe(path);
    expect((error as Error).message.startsWith(`${path}: `)).toBe(true);
  });

  it('rejects cycles', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalJson(a)).toThrow(/\$\.self: cyclic/);
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { x: 1 };
    expect(JSON.parse(canonicalJson({ a: shared, b: shared }))).toEqual({ a: { x: 1 }, b: { x: 1 } });
  });
});

describe('sha256Fingerprint', () => {
  it('hashes the canonical text', () => {
    const v = { b: 2, a: [1, 'x'] };
    const hex = createHash('sha256').update('{\n  "a": [\n    1,\n    "x"\n  ],\n  "b": 2\n}\n').digest('hex');
    expect(sha256Fingerprint(v)).toBe(`sha256:${hex}`);
    expect(sha256Fingerprint({ a: [1, 'x'], b: 2 })).toBe(sha256Fingerprint(v));
    expect(sha256Fingerprint({ a: [1, 'x'], b: 3 })).not.toBe(sha256Fingerprint(v));
    expect(sha256Fingerprint(v)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
