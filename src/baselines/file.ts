/**
 * Baseline files: one JSON file per manifest, committed in the user's repository.
 *
 * Format (schema `genz-action/baseline@1`), always written as canonical JSON (./canonical-json.ts: sorted keys,
 * 2-space indentation, shortest round-trip numbers, LF, trailing newline):
 *
 * ```
 * {
 *   "manifest": "perf/llama/tp.yaml",          // manifest path relative to the repo root, POSIX separators
 *   "scenarios": {
 *     "<scenario id>": {
 *       "fingerprint": "sha256:<64 hex>",       // fingerprint of the normalised resolved inputs
 *       "inputs": { ... },                      // the normalised resolved inputs (any JSON object)
 *       "metrics": { "<metric key>": number | boolean | null, ... },
 *       "simulator": "<simulator version string>"
 *     }
 *   },
 *   "schema": "genz-action/baseline@1"
 * }
 * ```
 *
 * Files of COLUMNAR_MIN_SCENARIOS scenarios or more are written in the columnar layout instead (./columnar.ts:
 * one line per scenario, shared inputs once). Both layouts are read into a {@link StoredBaselineFile}, whose
 * entries are looked up by id ({@link BaselineEntries}); a columnar file stays columnar in memory and expands
 * an entry only when asked. Writing takes a plain {@link BaselineFile} (or a stored one).
 *
 * Nothing machine-specific is stored (no timestamps, host names or Node versions), so regenerating a baseline on
 * any machine yields identical bytes. Metric keys must be known (src/metrics/definitions.ts) and carry the kind
 * of their definition (finite number or null; boolean or null for boolean metrics). A metric key may be absent
 * (a baseline written before the metric existed); the diff reports it as 'new'. Unknown keys anywhere are errors.
 *
 * Location: {@link baselinePathFor} keeps the manifest's path relative to the repository root under the baselines
 * directory and swaps the extension for `.json`: manifest `perf/llama/tp.yaml` with baselines dir `baselines`
 * → `baselines/perf/llama/tp.json`.
 */
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { DEFAULT_LIMITS, type Limits, nestingTooDeep } from '../limits.js';
import { readFileSafe, writableInside } from '../safe-fs.js';
import * as nodePath from 'node:path';
import { UserError, problemAt } from '../errors/index.js';
import { METRIC_BY_KEY, type MetricKey } from '../metrics/definitions.js';
import { canonicalJson, jsonPathKey, type JsonObject } from './canonical-json.js';
import { COLUMNAR_MIN_SCENARIOS, hasDerivedFingerprint, isColumnarDocument, readColumnar, serializeColumnar } from './columnar.js';
import { findJsonSyntaxError, lineColumn } from './json-position.js';

export const BASELINE_SCHEMA = 'genz-action/baseline@1';

export type MetricValue = number | boolean | null;
/** Metric values as stored; a key may be absent (metric unknown when the baseline was written). */
export type BaselineMetrics = Partial<Record<MetricKey, MetricValue>>;

export interface BaselineScenario {
  fingerprint: string;
  simulator: string;
  inputs: JsonObject;
  metrics: BaselineMetrics;
}

/** A baseline file as built and written: every entry an object. */
export interface BaselineFile {
  schema: typeof BASELINE_SCHEMA;
  manifest: string;
  scenarios: Record<string, BaselineScenario>;
}

/** The entries of a baseline file as read, by scenario id. */
export interface BaselineEntries {
  readonly size: number;
  has(id: string): boolean;
  /**
   * The entry of `id`, or undefined. Entries of a columnar file are expanded on every call (a new object each
   * time, nothing kept); treat them as read-only (their shared inputs are frozen).
   */
  get(id: string): BaselineScenario | undefined;
  /** Every scenario id, sorted by UTF-16 code units. */
  ids(): string[];
}

/** A baseline file as read (either layout). */
export interface StoredBaselineFile {
  schema: typeof BASELINE_SCHEMA;
  manifest: string;
  scenarios: BaselineEntries;
}

/** The entries of a nested file (or any record of entries): the objects themselves. */
class RecordEntries implements BaselineEntries {
  readonly #record: Record<string, BaselineScenario>;
  constructor(record: Record<string, BaselineScenario>) {
    this.#record = record;
  }
  get size(): number {
    return Object.keys(this.#record).length;
  }
  has(id: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.#record, id);
  }
  get(id: string): BaselineScenario | undefined {
    return this.has(id) ? this.#record[id] : undefined;
  }
  ids(): string[] {
    return Object.keys(this.#record).sort();
  }
}

/** Objects found deeply frozen (they and everything below them), and pairs of them found equal. */
const deeplyFrozen = new WeakSet<object>();
const equalFrozen = new WeakMap<object, WeakSet<object>>();

function isDeeplyFrozen(o: object): boolean {
  if (deeplyFrozen.has(o)) return true;
  if (!Object.isFrozen(o)) return false;
  for (const v of Object.values(o)) if (typeof v === 'object' && v !== null && !isDeeplyFrozen(v)) return false;
  deeplyFrozen.add(o);
  return true;
}

/**
 * Structural equality of JSON data (what equal canonical JSON means). Shared objects compare by identity
 * first, and two deeply frozen objects (a catalog entry and a read file's copy of it) are compared once.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const frozen = Object.isFrozen(a) && Object.isFrozen(b) && isDeeplyFrozen(a) && isDeeplyFrozen(b);
  if (frozen && equalFrozen.get(a)?.has(b)) return true;
  let equal = true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length && equal; i++) if (!sameJson(a[i], b[i])) equal = false;
  } else {
    if (Array.isArray(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) {
      if (!Object.prototype.hasOwnProperty.call(b, k) || !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) {
        equal = false;
        break;
      }
    }
  }
  if (equal && frozen) {
    let set = equalFrozen.get(a);
    if (set === undefined) {
      set = new WeakSet();
      equalFrozen.set(a, set);
    }
    set.add(b);
  }
  return equal;
}

/**
 * Whether two entries hold the same data: `canonicalJson(a) === canonicalJson(b)` without writing either
 * (a sweep compares 100,000 of them).
 */
export function sameBaselineEntry(a: BaselineScenario, b: BaselineScenario): boolean {
  return a.simulator === b.simulator && sameJson(a.metrics, b.metrics) && sameJson(a.inputs, b.inputs) && a.fingerprint === b.fingerprint;
}

/** Whether two read files (null: none) hold the same data, entry by entry (what equal canonical JSON meant). */
export function sameBaselineFile(a: StoredBaselineFile | null | undefined, b: StoredBaselineFile | null | undefined): boolean {
  if (a == null || b == null) return (a ?? null) === (b ?? null);
  if (a.schema !== b.schema || a.manifest !== b.manifest || a.scenarios.size !== b.scenarios.size) return false;
  for (const id of a.scenarios.ids()) {
    const x = a.scenarios.get(id)!;
    const y = b.scenarios.get(id);
    if (y === undefined || !sameBaselineEntry(x, y)) return false;
  }
  return true;
}

/** A stored file over plain entries (a built file, e.g. to compare against). */
export function storedBaselineFile(file: BaselineFile): StoredBaselineFile {
  return { schema: file.schema, manifest: file.manifest, scenarios: new RecordEntries(file.scenarios) };
}

export function isStoredBaselineFile(file: BaselineFile | StoredBaselineFile): file is StoredBaselineFile {
  const s = (file as { scenarios?: unknown })?.scenarios as { get?: unknown; ids?: unknown } | undefined;
  return typeof s?.get === 'function' && typeof s.ids === 'function';
}

/** Every entry of a stored file expanded into a plain {@link BaselineFile} (ids in sorted order). */
export function toBaselineFile(file: StoredBaselineFile): BaselineFile {
  const scenarios: Record<string, BaselineScenario> = Object.create(null);
  for (const id of file.scenarios.ids()) {
    Object.defineProperty(scenarios, id, { value: file.scenarios.get(id), enumerable: true, writable: true, configurable: true });
  }
  return { schema: file.schema, manifest: file.manifest, scenarios };
}

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

export const FINGERPRINT_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** A baseline file that cannot be used. `message` names the file and every problem found. */
export class BaselineFileError extends UserError {
  readonly file: string;
  /** Every problem as "<json path>: <what is wrong>". */
  readonly messages: readonly string[];
  /**
   * `at`: the position when it is known (a JSON syntax error); validation problems name their JSON path and
   * sit at the top of the file.
   */
  constructor(file: string, messages: readonly string[], at?: { line: number; column: number }) {
    const body = messages.length === 1 ? messages[0] : messages.map((p) => `\n  - ${p}`).join('');
    super(
      messages.map((m) => problemAt(file, `invalid baseline file: ${m}`, at)),
      { message: `${file}: invalid baseline file: ${body}` },
    );
    this.name = 'BaselineFileError';
    this.file = file;
    this.messages = messages;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const NON_FINITE_STRINGS = new Set(['nan', 'infinity', '+infinity', '-infinity', 'inf', '+inf', '-inf']);

/** Deeply frozen objects already found to be JSON data (shared catalog entries, shared inputs of read files). */
const checkedFrozen = new WeakSet<object>();

/**
 * Whether `v` is JSON data (finite numbers, no undefined, functions, ...). Paths are only built for problems:
 * `path()` names `v`. Deeply frozen subtrees are checked once per process.
 */
function checkJsonData(v: unknown, path: () => string, problems: string[]): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') {
    if (Number.isFinite(v)) return true;
    problems.push(`${path()}: ${v} is not allowed`);
    return false;
  }
  if (typeof v !== 'object') {
    problems.push(`${path()}: ${typeName(v)} is not JSON data`);
    return false;
  }
  if (checkedFrozen.has(v)) return true;
  let ok = true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!checkJsonData(v[i], () => `${path()}[${i}]`, problems)) ok = false;
  } else if (isObject(v)) {
    for (const k of Object.keys(v)) if (!checkJsonData(v[k], () => jsonPathKey(path(), k), problems)) ok = false;
  } else {
    problems.push(`${path()}: ${typeName(v)} is not JSON data`);
    return false;
  }
  if (ok && Object.isFrozen(v) && Object.values(v).every((x) => typeof x !== 'object' || x === null || checkedFrozen.has(x))) checkedFrozen.add(v);
  return ok;
}

function checkKeys(obj: Record<string, unknown>, allowed: readonly string[], path: string, problems: string[]): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) problems.push(`${jsonPathKey(path, k)}: unknown field (expected ${allowed.join(', ')})`);
  }
}

export function checkMetric(key: string, value: unknown, path: string, problems: string[]): void {
  const def = METRIC_BY_KEY.get(key as MetricKey);
  if (!def) {
    problems.push(`${path}: unknown metric "${key}"`);
    return;
  }
  if (value === null) return;
  if (def.kind === 'boolean') {
    if (typeof value !== 'boolean') problems.push(`${path}: expected true, false or null, got ${typeName(value)}`);
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) problems.push(`${path}: ${value} is not allowed`);
    return;
  }
  if (typeof value === 'string' && NON_FINITE_STRINGS.has(value.trim().toLowerCase())) {
    problems.push(`${path}: got the string ${JSON.stringify(value)}; NaN and Infinity are not allowed in baselines`);
    return;
  }
  problems.push(`${path}: expected a finite number or null, got ${typeName(value)}`);
}

function checkScenario(entry: unknown, path: string, problems: string[]): void {
  if (!isObject(entry)) {
    problems.push(`${path}: expected an object, got ${typeName(entry)}`);
    return;
  }
  checkKeys(entry, ['fingerprint', 'simulator', 'inputs', 'metrics'], path, problems);
  // A fingerprint a columnar file derives from the inputs is right by construction: not computed to be checked.
  const fp = hasDerivedFingerprint(entry as unknown as BaselineScenario) ? `sha256:${'0'.repeat(64)}` : entry.fingerprint;
  if (fp === undefined) problems.push(`${path}.fingerprint: missing`);
  else if (typeof fp !== 'string') problems.push(`${path}.fingerprint: expected a string, got ${typeName(fp)}`);
  else if (!FINGERPRINT_PATTERN.test(fp)) problems.push(`${path}.fingerprint: expected "sha256:" followed by 64 lowercase hex digits, got ${typeName(fp)}`);

  const sim = entry.simulator;
  if (sim === undefined) problems.push(`${path}.simulator: missing`);
  else if (typeof sim !== 'string' || sim.length === 0) problems.push(`${path}.simulator: expected a non-empty string, got ${typeName(sim)}`);

  const inputs = entry.inputs;
  if (inputs === undefined) problems.push(`${path}.inputs: missing`);
  else if (!isObject(inputs)) problems.push(`${path}.inputs: expected an object, got ${typeName(inputs)}`);
  else checkJsonData(inputs, () => `${path}.inputs`, problems);

  const metrics = entry.metrics;
  if (metrics === undefined) problems.push(`${path}.metrics: missing`);
  else if (!isObject(metrics)) problems.push(`${path}.metrics: expected an object, got ${typeName(metrics)}`);
  else
    for (const k of Object.keys(metrics)) {
      const v = metrics[k];
      const kind = METRIC_BY_KEY.get(k as MetricKey)?.kind;
      // The common cases need no path: a finite number or null of a number metric, a boolean or null of a boolean one.
      if (kind !== undefined && (v === null || (kind === 'number' ? typeof v === 'number' && Number.isFinite(v) : typeof v === 'boolean'))) continue;
      checkMetric(k, v, jsonPathKey(`${path}.metrics`, k), problems);
    }
}

/**
 * Every problem of a parsed baseline document, as "<json path>: <what is wrong>" strings; empty when valid.
 * Paths start at the document root without a `$`, e.g. `scenarios["llama-tp2"].metrics.ttft_ms`.
 */
export function validateBaselineFile(doc: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(doc)) return [`expected a JSON object at the top level, got ${typeName(doc)}`];
  checkKeys(doc, ['schema', 'manifest', 'scenarios'], '$', problems);
  if (doc.schema === undefined) problems.push(`schema: missing (expected "${BASELINE_SCHEMA}")`);
  else if (doc.schema !== BASELINE_SCHEMA) problems.push(`schema: expected "${BASELINE_SCHEMA}", got ${typeName(doc.schema)}`);

  if (doc.manifest === undefined) problems.push('manifest: missing');
  else if (typeof doc.manifest !== 'string') problems.push(`manifest: expected a string, got ${typeName(doc.manifest)}`);
  else {
    const why = relativePathProblem(doc.manifest);
    if (why) problems.push(`manifest: ${why}`);
    else if (doc.manifest.includes('\\')) problems.push(`manifest: ${JSON.stringify(doc.manifest)} must use / as the separator`);
  }

  if (doc.scenarios === undefined) problems.push('scenarios: missing');
  else if (!isObject(doc.scenarios)) problems.push(`scenarios: expected an object, got ${typeName(doc.scenarios)}`);
  else {
    for (const id of Object.keys(doc.scenarios)) {
      const p = jsonPathKey('$.scenarios', id);
      if (id.length === 0) problems.push(`${p}: scenario id must not be empty`);
      checkScenario(doc.scenarios[id], p, problems);
    }
  }
  return problems.map((p) => (p.startsWith('$.') ? p.slice(2) : p.startsWith('$') ? p.slice(1) : p));
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing, serialising, reading, writing

/** A copy of `obj`'s own enumerable entries in an object without prototype (`__proto__` stays a data key). */
export function nullProtoCopy<T>(obj: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = Object.create(null);
  for (const k of Object.keys(obj)) Object.defineProperty(out, k, { value: obj[k], enumerable: true, writable: true, configurable: true });
  return out;
}

/** Parses and validates baseline text (e.g. from `git show` or the GitHub API); `file` names it in errors. */
export function parseBaselineFile(text: string, file: string, limits: Limits = DEFAULT_LIMITS): StoredBaselineFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Checked before parsing: validation walks the document, and 100,000 nested arrays would overflow the stack.
  const deep = nestingTooDeep(body, limits.nesting_depth);
  if (deep !== null) {
    const { line, column } = lineColumn(body, deep);
    throw new BaselineFileError(file, [`nested deeper than ${limits.nesting_depth} levels at line ${line}, column ${column} (limits.nesting_depth)`], {
      line,
      column,
    });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const at = findJsonSyntaxError(body);
    if (at === null) throw new BaselineFileError(file, [`not valid JSON (${reason})`]);
    const { line, column } = lineColumn(body, at);
    const what = at >= body.length ? 'unexpected end of the file (truncated?)' : reason;
    throw new BaselineFileError(file, [`not valid JSON at line ${line}, column ${column}: ${what}`], { line, column });
  }
  // The columnar layout of big sweeps (./columnar.ts) expands to the same in-memory file.
  // The columnar layout of big sweeps (./columnar.ts) stays columnar: entries expand when asked for.
  if (isColumnarDocument(doc)) {
    const columnar = doc as Record<string, unknown>;
    const header = validateBaselineFile({ schema: BASELINE_SCHEMA, manifest: columnar.manifest, scenarios: {} });
    const read = readColumnar(columnar, { checkMetric, fingerprint: FINGERPRINT_PATTERN });
    const problems = [...header, ...read.problems];
    if (problems.length > 0 || read.entries === null) throw new BaselineFileError(file, problems);
    return { schema: BASELINE_SCHEMA, manifest: columnar.manifest as string, scenarios: read.entries };
  }
  const problems = validateBaselineFile(doc);
  if (problems.length > 0) throw new BaselineFileError(file, problems);
  const valid = doc as BaselineFile;
  // Scenario ids are user data: a null-prototype map, so `constructor` or `__proto__` are ordinary ids.
  return { schema: valid.schema, manifest: valid.manifest, scenarios: new RecordEntries(nullProtoCopy(valid.scenarios)) };
}

/**
 * Reads and validates a baseline file. A file that does not exist is not an error: it returns null (no baseline
 * yet). Anything else wrong throws a {@link BaselineFileError} naming the file.
 */
export async function readBaselineFile(path: string, opts: { root?: string | null; limits?: Limits } = {}): Promise<StoredBaselineFile | null> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  // Inside the repository by real path, a regular file, within limits.baseline_bytes; never quoted when refused.
  const r = readFileSafe(path, { root: opts.root ?? null, maxBytes: limits.baseline_bytes });
  if (!r.ok) {
    if (r.missing) return null;
    throw new BaselineFileError(path, [r.size !== undefined ? `${r.reason} (limits.baseline_bytes)` : r.reason]);
  }
  return parseBaselineFile(r.text, path, limits);
}

/** The canonical UTF-8 bytes of a baseline file. Throws a {@link BaselineFileError} when `file` is invalid. */
export function serializeBaselineFile(input: BaselineFile | StoredBaselineFile, label?: string): Buffer {
  const file = isStoredBaselineFile(input) ? toBaselineFile(input) : input;
  const problems = validateBaselineFile(file);
  if (problems.length > 0) {
    const name = label ?? (typeof file?.manifest === 'string' ? `baseline of ${file.manifest}` : '(baseline)');
    throw new BaselineFileError(name, problems);
  }
  const columnar = Object.keys(file.scenarios).length >= COLUMNAR_MIN_SCENARIOS;
  return Buffer.from(columnar ? serializeColumnar(file) : canonicalJson(file), 'utf8');
}

/**
 * Writes a baseline file atomically: creates missing directories, writes a uniquely named temporary file in the
 * target directory, fsyncs it and renames it over the target. When the target already holds exactly these bytes
 * nothing is touched (its mtime stays). Returns what happened.
 */
export async function writeBaselineFileAtomic(
  target: string,
  file: BaselineFile | StoredBaselineFile,
  opts: { root?: string | null } = {},
): Promise<WriteOutcome> {
  const bytes = serializeBaselineFile(file, target);
  let path = target;
  if (opts.root) {
    // Never through a symlink (or ..) that leaves the repository: `baselines -> /tmp/elsewhere` is refused.
    const w = writableInside(opts.root, target);
    if (!w.ok) throw new BaselineFileError(target, [w.reason]);
    path = w.real;
  }
  let existing: Buffer | null = null;
  try {
    existing = await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (existing !== null && existing.equals(bytes)) return 'unchanged';

  const dir = nodePath.dirname(path);
  await mkdir(dir, { recursive: true });
  // node:crypto when a baseline file is written, not when a check starts.
  const { randomBytes } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const tmp = nodePath.join(dir, `.${nodePath.basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let renamed = false;
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
    renamed = true;
  } finally {
    if (!renamed) await unlink(tmp).catch(() => undefined);
  }
  await fsyncDirectory(dir);
  return existing === null ? 'created' : 'updated';
}

/** Best effort: makes the rename durable. Not possible on every platform (e.g. Windows), so errors are ignored. */
async function fsyncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // ignore
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Paths

/** Why `p` is not a safe repository-relative path (after turning `\` into `/`), or null when it is. */
function relativePathProblem(p: string): string | null {
  if (p.length === 0) return 'path must not be empty';
  if (p.includes('\0')) return 'path must not contain NUL characters';
  const posix = p.replace(/\\/g, '/');
  if (posix.startsWith('/') || /^[A-Za-z]:/.test(posix)) return `path ${JSON.stringify(p)} must be relative to the repository root, not absolute`;
  if (posix.split('/').includes('..')) return `path ${JSON.stringify(p)} must not contain ".." (it would leave the repository)`;
  return null;
}

/** Normalises a safe relative path to POSIX form without `.` or empty segments; throws when unsafe. */
function normaliseRelative(p: string, what: string): string {
  const why = relativePathProblem(p);
  if (why) throw new Error(`${what}: ${why}`);
  const segments = p
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  return segments.join('/');
}

/**
 * Where the baseline of a manifest lives: the manifest's path relative to the repository root, under
 * `baselinesDir` (itself relative to the repository root), with the extension replaced by `.json` (appended when
 * the file name has none). Both arguments may use `/` or `\`; the result uses `/`.
 *
 * `baselinePathFor('perf/llama/tp.yaml', 'baselines')` → `'baselines/perf/llama/tp.json'`.
 *
 * Throws for absolute paths, paths containing `..`, an empty manifest path, and when the result would be the
 * manifest itself.
 */
export function baselinePathFor(manifestRelPath: string, baselinesDir: string): string {
  const manifest = normaliseRelative(manifestRelPath, 'manifest path');
  if (manifest === '') throw new Error(`manifest path: ${JSON.stringify(manifestRelPath)} does not name a file`);
  const dir = normaliseRelative(baselinesDir === '' ? '.' : baselinesDir, 'baselines directory');
  const slash = manifest.lastIndexOf('/');
  const base = manifest.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const rel = (slash >= 0 ? manifest.slice(0, slash + 1) : '') + stem + '.json';
  const out = dir === '' ? rel : `${dir}/${rel}`;
  if (out === manifest) throw new Error(`baseline path for ${JSON.stringify(manifestRelPath)} would overwrite the manifest itself`);
  return out;
}

/**
 * The manifest path as stored in baseline files: relative to `repoRoot`, POSIX separators. Throws when the
 * manifest is outside the repository.
 */
export function manifestRelativePath(repoRoot: string, manifestPath: string): string {
  const rel = nodePath.relative(nodePath.resolve(repoRoot), nodePath.resolve(repoRoot, manifestPath));
  const posix = rel.split(nodePath.sep).join('/');
  if (posix === '' || nodePath.isAbsolute(rel) || posix === '..' || posix.startsWith('../')) {
    throw new Error(`manifest ${JSON.stringify(manifestPath)} is not inside the repository ${JSON.stringify(repoRoot)}`);
  }
  return posix;
}

/**
 * Manifests whose baselines would land on the same file (e.g. `a/tp.yaml` and `a/tp.yml`), as groups of
 * manifest paths keyed by the shared baseline path. Empty when every manifest has its own baseline file.
 */
export function baselinePathCollisions(manifestRelPaths: readonly string[], baselinesDir: string): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  for (const m of manifestRelPaths) {
    const target = baselinePathFor(m, baselinesDir);
    const list = byTarget.get(target) ?? [];
    if (!list.includes(m)) list.push(m);
    byTarget.set(target, list);
  }
  for (const [k, v] of byTarget) if (v.length < 2) byTarget.delete(k);
  return byTarget;
}
