import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BASELINE_SCHEMA,
  BaselineFileError,
  baselinePathCollisions,
  baselinePathFor,
  manifestRelativePath,
  parseBaselineFile,
  readBaselineFile,
  sameBaselineFile,
  storedBaselineFile,
  toBaselineFile,
  serializeBaselineFile,
  validateBaselineFile,
  writeBaselineFileAtomic,
  type BaselineFile,
} from '../../src/baselines/file.js';
import { canonicalJson } from '../../src/baselines/canonical-json.js';
import { findJsonSyntaxError, lineColumn } from '../../src/baselines/json-position.js';
import { FP_A, FP_B, metrics } from './helpers.js';

function sample(): BaselineFile {
  return {
    schema: BASELINE_SCHEMA,
    manifest: 'perf/llama/tp.yaml',
    scenarios: {
      'llama-tp2': {
        fingerprint: FP_A,
        simulator: 'genz-ts 0.1.0',
        inputs: { model: { name: 'llama-3-8b', hidden_size: 4096 }, parallelism: { tensor: 2 }, features: ['flash'] },
        metrics: metrics({ ttft_ms: 0.1 + 0.2, kv_cache_gb: 1e-300 }),
      },
      'llama-tp1': {
        fingerprint: FP_B,
        simulator: 'genz-ts 0.1.0',
        inputs: { model: { name: 'llama-3-8b' } },
        metrics: { ttft_ms: 5e-324, fits_in_memory: false, tpot_ms: null },
      },
    },
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'genz-baselines-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function expectFileError(path: string, pattern: RegExp): Promise<BaselineFileError> {
  let error: unknown;
  try {
    await readBaselineFile(path);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(BaselineFileError);
  const err = error as BaselineFileError;
  expect(err.file).toBe(path);
  expect(err.message).toContain(path);
  expect(err.message).toMatch(pattern);
  return err;
}

describe('serialize / read round trip', () => {
  it('serializes canonically and reads back bit-exact', async () => {
    const file = sample();
    const bytes = serializeBaselineFile(file);
    expect(bytes.toString('utf8')).toBe(canonicalJson(file));
    expect(bytes.toString('utf8').endsWith('}\n')).toBe(true);
    // keys sorted: "manifest" < "scenarios" < "schema"; llama-tp1 before llama-tp2
    const text = bytes.toString('utf8');
    expect(text.indexOf('"manifest"')).toBeLessThan(text.indexOf('"scenarios"'));
    expect(text.indexOf('"scenarios"')).toBeLessThan(text.indexOf('"schema"'));
    expect(text.indexOf('"llama-tp1"')).toBeLessThan(text.indexOf('"llama-tp2"'));
    const path = join(dir, 'b.json');
    await writeFile(path, bytes);
    const back = await readBaselineFile(path);
    expect(toBaselineFile(back!)).toEqual(file);
    expect(Object.is(back!.scenarios.get('llama-tp2')!.metrics.ttft_ms, 0.1 + 0.2)).toBe(true);
    expect(back!.scenarios.get('llama-tp1')!.metrics.ttft_ms).toBe(5e-324);
    expect(back!.scenarios.get('llama-tp2')!.metrics.kv_cache_gb).toBe(1e-300);
  });

  it('stores nothing machine-specific', () => {
    const text = serializeBaselineFile(sample()).toString('utf8');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(text).not.toContain(process.version);
    expect(text).not.toContain(tmpdir());
  });

  it('refuses to serialize an invalid file', () => {
    const file = sample();
    (file.scenarios['llama-tp1'].metrics as Record<string, unknown>).ttft_ms = NaN;
    expect(() => serializeBaselineFile(file)).toThrow(BaselineFileError);
  });
});

describe('sameBaselineFile', () => {
  it('compares files as read entry by entry, whatever their layout or key order', () => {
    const read = parseBaselineFile(serializeBaselineFile(sample()).toString('utf8'), 'x.json');
    expect(sameBaselineFile(read, storedBaselineFile(sample()))).toBe(true);
    expect(sameBaselineFile(null, undefined)).toBe(true);
    expect(sameBaselineFile(read, null)).toBe(false);
    const changed = sample();
    changed.scenarios['llama-tp1'].metrics = { ...changed.scenarios['llama-tp1'].metrics, ttft_ms: 1 };
    expect(sameBaselineFile(read, storedBaselineFile(changed))).toBe(false);
    const fewer = sample();
    delete fewer.scenarios['llama-tp2'];
    expect(sameBaselineFile(read, storedBaselineFile(fewer))).toBe(false);
    const otherInputs = sample();
    otherInputs.scenarios['llama-tp2'].inputs = { ...otherInputs.scenarios['llama-tp2'].inputs, parallelism: { tensor: 4 } };
    expect(sameBaselineFile(read, storedBaselineFile(otherInputs))).toBe(false);
  });
});

describe('readBaselineFile', () => {
  it('returns null for a missing file', async () => {
    expect(await readBaselineFile(join(dir, 'nope', 'missing.json'))).toBeNull();
  });

  it('rejects NaN / Infinity strings as metric values', async () => {
    const file = sample() as unknown as { scenarios: Record<string, { metrics: Record<string, unknown> }> };
    file.scenarios['llama-tp1'].metrics.ttft_ms = 'NaN';
    file.scenarios['llama-tp2'].metrics.e2e_ms = 'Infinity';
    const path = join(dir, 'nan.json');
    await writeFile(path, JSON.stringify(file));
    const err = await expectFileError(path, /scenarios\["llama-tp1"\]\.metrics\.ttft_ms: got the string "NaN"/);
    expect(err.messages).toHaveLength(2);
    expect(err.message).toMatch(/scenarios\["llama-tp2"\]\.metrics\.e2e_ms: got the string "Infinity"/);
  });

  it('rejects wrong types', async () => {
    const file = sample() as unknown as Record<string, any>;
    file.scenarios['llama-tp1'].metrics.fits_in_memory = 1;
    file.scenarios['llama-tp1'].metrics.tpot_ms = '12';
    file.scenarios['llama-tp2'].inputs = [1];
    file.scenarios['llama-tp2'].simulator = 3;
    file.manifest = 7;
    const path = join(dir, 'types.json');
    await writeFile(path, JSON.stringify(file));
    const err = await expectFileError(path, /fits_in_memory: expected true, false or null, got the number 1/);
    expect(err.messages).toEqual(
      expect.arrayContaining([
        'manifest: expected a string, got the number 7',
        'scenarios["llama-tp1"].metrics.tpot_ms: expected a finite number or null, got the string "12"',
        'scenarios["llama-tp2"].simulator: expected a non-empty string, got the number 3',
        'scenarios["llama-tp2"].inputs: expected an object, got an array',
      ]),
    );
  });

  it('rejects unknown metric keys, unknown fields and a missing fingerprint', async () => {
    const file = sample() as unknown as Record<string, any>;
    file.scenarios['llama-tp1'].metrics.latency_ms = 3;
    delete file.scenarios['llama-tp2'].fingerprint;
    file.scenarios['llama-tp2'].created_at = '2024-01-01';
    const path = join(dir, 'keys.json');
    await writeFile(path, JSON.stringify(file));
    const err = await expectFileError(path, /unknown metric "latency_ms"/);
    expect(err.messages).toContain('scenarios["llama-tp2"].fingerprint: missing');
    expect(err.message).toMatch(/scenarios\["llama-tp2"\]\.created_at: unknown field/);
  });

  it('rejects a malformed fingerprint', async () => {
    const file = sample() as unknown as Record<string, any>;
    file.scenarios['llama-tp1'].fingerprint = 'sha256:XYZ';
    const path = join(dir, 'fp.json');
    await writeFile(path, JSON.stringify(file));
    await expectFileError(path, /fingerprint: expected "sha256:" followed by 64 lowercase hex digits/);
  });

  it('rejects a wrong or missing schema tag', async () => {
    const path = join(dir, 'schema.json');
    await writeFile(path, JSON.stringify({ ...sample(), schema: 'genz-action/baseline@2' }));
    await expectFileError(path, /schema: expected "genz-action\/baseline@1", got the string "genz-action\/baseline@2"/);
    const { schema: _ignored, ...rest } = sample();
    await writeFile(path, JSON.stringify(rest));
    await expectFileError(path, /schema: missing/);
  });

  it('rejects a non-object document', async () => {
    const path = join(dir, 'array.json');
    await writeFile(path, '[]\n');
    await expectFileError(path, /expected a JSON object at the top level, got an array/);
  });

  it('rejects manifest paths that escape the repository', () => {
    expect(validateBaselineFile({ ...sample(), manifest: '../x.yaml' })).toEqual([expect.stringMatching(/^manifest: .*must not contain "\.\."/)]);
    expect(validateBaselineFile({ ...sample(), manifest: '/etc/x.yaml' })).toEqual([expect.stringMatching(/^manifest: .*absolute/)]);
    expect(validateBaselineFile({ ...sample(), manifest: 'a\\b.yaml' })).toEqual([expect.stringMatching(/must use \/ as the separator/)]);
  });

  it('reports truncated JSON with line and column', async () => {
    const text = serializeBaselineFile(sample()).toString('utf8');
    const cut = text.slice(0, text.indexOf('"llama-tp2"') + 5);
    const path = join(dir, 'truncated.json');
    await writeFile(path, cut);
    const { line, column } = lineColumn(cut, cut.length);
    const err = await expectFileError(path, /not valid JSON at line \d+, column \d+: unexpected end of the file/);
    expect(err.message).toContain(`line ${line}, column ${column}`);
    expect(line).toBe(cut.split('\n').length);
  });

  it('reports a syntax error position even when JSON.parse gives none', async () => {
    const path = join(dir, 'comma.json');
    await writeFile(path, '{\n  "schema": "x",\n  "scenarios": [1,,2]\n}\n');
    await expectFileError(path, /not valid JSON at line 3, column 19/);
  });

  it('reports a directory in place of the file as an error, not as missing', async () => {
    const path = join(dir, 'isdir.json');
    await mkdir(path);
    await expectFileError(path, /not a regular file \(a directory\)/);
  });

  it('parseBaselineFile accepts a UTF-8 BOM and names the given label', () => {
    const text = '\uFEFF' + serializeBaselineFile(sample()).toString('utf8');
    expect(toBaselineFile(parseBaselineFile(text, 'origin/main:baselines/x.json'))).toEqual(sample());
    expect(() => parseBaselineFile('{', 'origin/main:baselines/x.json')).toThrow(
      /^origin\/main:baselines\/x\.json: invalid baseline file: not valid JSON at line 1, column 2/,
    );
  });
});

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": 1}', null],
    ['[1, 2.5e-3, -0, "x\\u00e9", true, false, null, {}]', null],
    ['{"a": 1,}', 8],
    ['[01]', 2],
    ['{"a" 1}', 5],
    ['"abc', 4],
    ['[1] x', 4],
    ['{"a": tru}', 9],
    ['"\\x"', 2],
    ['', 0],
  ])('%j → %s', (text, at) => {
    expect(findJsonSyntaxError(text)).toBe(at);
    if (at === null) expect(() => JSON.parse(text)).not.toThrow();
    else expect(() => JSON.parse(text)).toThrow();
  });
});

describe('writeBaselineFileAtomic', () => {
  it('creates (with directories), updates and leaves unchanged', async () => {
    const path = join(dir, 'baselines', 'perf', 'llama', 'tp.json');
    expect(await writeBaselineFileAtomic(path, sample())).toBe('created');
    const first = await readFile(path);
    expect(first.equals(serializeBaselineFile(sample()))).toBe(true);

    // make the mtime distinctive, then write identical content: nothing is touched
    const past = new Date('2001-02-03T04:05:06Z');
    await utimes(path, past, past);
    const before = await stat(path);
    expect(await writeBaselineFileAtomic(path, sample())).toBe('unchanged');
    const after = await stat(path);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);

    const changed = sample();
    changed.scenarios['llama-tp1'].metrics.ttft_ms = 42;
    expect(await writeBaselineFileAtomic(path, changed)).toBe('updated');
    expect((await stat(path)).mtimeMs).not.toBe(before.mtimeMs);
    expect(toBaselineFile((await readBaselineFile(path))!)).toEqual(changed);

    const entries = await readdir(join(dir, 'baselines', 'perf', 'llama'));
    expect(entries).toEqual(['tp.json']);
  });

  it('writes byte-identical files for the same data regardless of key order', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    const file = sample();
    const reordered: BaselineFile = {
      scenarios: Object.fromEntries(Object.entries(file.scenarios).reverse()),
      manifest: file.manifest,
      schema: file.schema,
    };
    await writeBaselineFileAtomic(a, file);
    await writeBaselineFileAtomic(b, reordered);
    const bytesA = await readFile(a);
    expect(bytesA.equals(await readFile(b))).toBe(true);
    await writeBaselineFileAtomic(a, reordered);
    expect((await readFile(a)).equals(bytesA)).toBe(true);
  });

  it('leaves no temporary file behind when the data is invalid', async () => {
    const path = join(dir, 'bad.json');
    const file = sample();
    (file.scenarios['llama-tp1'].metrics as Record<string, unknown>).e2e_ms = Infinity;
    await expect(writeBaselineFileAtomic(path, file)).rejects.toThrow(BaselineFileError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a directory at the target path and leaves no temporary file', async () => {
    const path = join(dir, 'target.json');
    await mkdir(join(path, 'sub'), { recursive: true }); // target is a non-empty directory
    await expect(writeBaselineFileAtomic(path, sample())).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['target.json']);
  });
});

describe('baselinePathFor', () => {
  it('keeps the manifest path under the baselines dir with a .json extension', () => {
    expect(baselinePathFor('perf/llama/tp.yaml', 'baselines')).toBe('baselines/perf/llama/tp.json');
    expect(baselinePathFor('tp.yml', '.genz/baselines/')).toBe('.genz/baselines/tp.json');
    expect(baselinePathFor('./perf//x.y.yaml', 'baselines')).toBe('baselines/perf/x.y.json');
    expect(baselinePathFor('perf\\win\\tp.yaml', 'baselines')).toBe('baselines/perf/win/tp.json');
    expect(baselinePathFor('perf/Makefile', 'b')).toBe('b/perf/Makefile.json');
    expect(baselinePathFor('perf/.hidden', 'b')).toBe('b/perf/.hidden.json');
    expect(baselinePathFor('perf/tp.yaml', '.')).toBe('perf/tp.json');
  });

  it.each([
    ['../outside.yaml', 'baselines'],
    ['perf/../../x.yaml', 'baselines'],
    ['/etc/passwd', 'baselines'],
    ['C:\\repo\\tp.yaml', 'baselines'],
    ['perf\\..\\..\\x.yaml', 'baselines'],
    ['perf/tp.yaml', '../elsewhere'],
    ['perf/tp.yaml', '/abs/baselines'],
    ['', 'baselines'],
    ['.', 'baselines'],
  ])('refuses %j under %j', (manifest, baselines) => {
    expect(() => baselinePathFor(manifest, baselines)).toThrow();
  });

  it('refuses a baseline path that is the manifest itself', () => {
    expect(() => baselinePathFor('perf/tp.json', '.')).toThrow(/overwrite the manifest/);
  });

  it('finds colliding manifests', () => {
    const c = baselinePathCollisions(['a/tp.yaml', 'a/tp.yml', 'b/tp.yaml'], 'baselines');
    expect([...c.entries()]).toEqual([['baselines/a/tp.json', ['a/tp.yaml', 'a/tp.yml']]]);
  });

  it('manifestRelativePath makes POSIX repo-relative paths and refuses outside paths', () => {
    expect(manifestRelativePath('/repo', '/repo/perf/tp.yaml')).toBe('perf/tp.yaml');
    expect(manifestRelativePath('/repo', 'perf/tp.yaml')).toBe('perf/tp.yaml');
    expect(() => manifestRelativePath('/repo', '/other/tp.yaml')).toThrow(/not inside the repository/);
    expect(() => manifestRelativePath('/repo', '/repo')).toThrow();
  });
});
