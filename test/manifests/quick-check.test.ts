/**
 * The quick check (src/manifests/quick-check.ts) says "valid" only when the full validator (Ajv) does: checked on
 * every YAML/JSON document of the repository's fixtures and examples, and on documents derived from them by
 * random edits (a value replaced, a field added or removed), for each schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { QuickCheck } from '../../src/manifests/quick-check.js';
import { type SchemaName, newAjv, quickAccepts, schemaOf } from '../../src/manifests/validate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NAMES: SchemaName[] = ['manifest', 'hardware', 'model', 'config'];
const full = Object.fromEntries(NAMES.map((n) => [n, newAjv().compile(schemaOf(n))])) as unknown as Record<SchemaName, (d: unknown) => boolean>;

function documents(): { file: string; data: unknown }[] {
  const files = globSync(
    ['test/fixtures/**/*.{yaml,yml,json}', 'perf/*.yaml', 'hardware/*.yaml', 'models/**/*.{yaml,json}', 'bench/sweeps/**/*.yaml', '*.yaml'],
    {
      cwd: ROOT,
    },
  );
  const out: { file: string; data: unknown }[] = [];
  for (const file of files.sort()) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    if (text.length > 200_000) continue;
    try {
      out.push({ file, data: file.endsWith('.json') ? JSON.parse(text) : parse(text) });
    } catch {
      // Fixtures of syntax errors: nothing to validate.
    }
  }
  return out;
}

const DOCS = documents();

/** Every path (list of keys) into a JSON value, the root included. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function edit(doc: unknown, at: (string | number)[], op: 'set' | 'delete' | 'add', value: unknown): unknown {
  const copy = structuredClone(doc);
  if (at.length === 0) return op === 'set' ? value : copy;
  let cur = copy as Record<string | number, unknown>;
  for (const k of at.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  const last = at[at.length - 1];
  if (op === 'set') cur[last] = value;
  else if (op === 'delete') {
    if (Array.isArray(cur)) cur.splice(Number(last), 1);
    else delete cur[last];
  } else if (cur[last] !== null && typeof cur[last] === 'object' && !Array.isArray(cur[last])) (cur[last] as Record<string, unknown>).extra_field = value;
  else if (Array.isArray(cur[last])) (cur[last] as unknown[]).push(value);
  return copy;
}

const VALUES = [
  0,
  1,
  -1,
  2,
  1.5,
  1e9,
  4097,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x',
  'bf16',
  'H100_GPU',
  'meta-llama/Llama-3.1-8B',
  '-bad id',
  'é😀',
  true,
  false,
  null,
  [],
  [1],
  ['a', 'a'],
  {},
  { a: 1 },
  { tensor: 2 },
  [[1, 2]],
];

describe('quick check', () => {
  it('has documents to compare', () => {
    expect(DOCS.length).toBeGreaterThan(20);
  });

  it('agrees with the full validator on every fixture and example, and accepts the valid ones', () => {
    let accepted = 0;
    for (const { file, data } of DOCS) {
      for (const name of NAMES) {
        const q = quickAccepts(name, data);
        const f = full[name](data);
        if (q) expect(f, `${file} as ${name}`).toBe(true);
        // The quick check is only worth having if it accepts what is valid.
        if (f) expect(q, `${file} as ${name} is valid but not quickly`).toBe(true);
        if (q) accepted++;
      }
    }
    expect(accepted).toBeGreaterThan(10);
  });

  it('never accepts an edited document the full validator rejects', () => {
    const valid = DOCS.flatMap(({ file, data }) => NAMES.filter((n) => full[n](data)).map((name) => ({ file, data, name })));
    expect(valid.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(
        fc.nat(valid.length - 1),
        fc.nat(),
        fc.constantFrom('set', 'delete', 'add') as fc.Arbitrary<'set' | 'delete' | 'add'>,
        fc.constantFrom(...VALUES),
        (d, p, op, value) => {
          const { file, data, name } = valid[d];
          const all = paths(data);
          const edited = edit(data, all[p % all.length], op, value);
          const f = full[name](edited);
          expect(quickAccepts(name, edited) && !f, `${file} as ${name}: ${JSON.stringify(edited).slice(0, 400)}`).toBe(false);
          if (f) expect(quickAccepts(name, edited), `${file} as ${name}: valid but not quickly`).toBe(true);
        },
      ),
      { numRuns: 3000, seed: 12 },
    );
  });

  it('answers "not valid" for what it does not know', () => {
    expect(new QuickCheck({ type: 'object', propertyNames: { maxLength: 1 } }).accepts({ ab: 1 })).toBe(false);
    expect(new QuickCheck({ $ref: 'other.json#/x' }).accepts(1)).toBe(false);
    expect(new QuickCheck({ minimum: 0 }).accepts(Number.POSITIVE_INFINITY)).toBe(false);
    expect(new QuickCheck({ type: 'integer', minimum: 1 }).accepts(2)).toBe(true);
  });
});
