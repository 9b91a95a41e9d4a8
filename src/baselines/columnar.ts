/**
 * The columnar layout of big baseline files (schema `genz-action/baseline-columnar@2`): one line per
 * scenario, so a sweep of 100,000 scenarios stays small on disk (under 300 bytes per scenario) and its git
 * diff shows exactly the scenarios whose inputs or metrics changed. Files of COLUMNAR_MIN_SCENARIOS
 * scenarios or more are written this way; smaller ones keep the nested layout (file.ts), which reads better
 * by hand. Both are read, and so is the previous columnar schema `genz-action/baseline-columnar@1` (the same
 * layout without `metric_values` and `derived_metrics`).
 *
 * ```
 * {
 *   "schema": "genz-action/baseline-columnar@2",
 *   "manifest": "perf/sweep.yaml",
 *   "simulator": "<version of most rows>",
 *   "id_prefix": "sweep.",                          // common prefix of every id, stripped from the rows
 *   "inputs": { ... },                              // the first row's inputs: every input no column names
 *   "input_columns": [["workload", "batch"], ["model"]],   // input paths that differ between rows
 *   "input_values": { "1": [{...}, {...}] },        // columns holding objects/arrays: distinct values, rows index them
 *   "metric_columns": ["ttft_ms", "weights_gb", ...],  // metrics stored in the rows
 *   "metric_values": { "weights_gb": [12.5, 24.25] }, // metric columns with few distinct values: rows index them
 *   "derived_metrics": { "ms_per_token": "e2e_ms / ((workload.input_tokens + workload.output_tokens) * workload.batch)" },
 *   "constant_metrics": { "chunk_latency_ms": null },   // metrics equal in every row
 *   "scenarios": [
 *     ["batch-1", [1, 0], [12.5, 0, ...]],
 *     ["batch-2", [2, 0], [13.5, 1, ...], {"simulator": "...", "fingerprint": "...", "absent": ["..."]}]
 *   ]
 * }
 * ```
 *
 * A row is [id without the prefix, input column values, metric column values, optional exceptions]; the
 * exceptions keep what the columns cannot say (another simulator version, a fingerprint that is not the
 * inputs' own, metrics absent from that entry), so converting either way loses nothing.
 *
 * Derived metrics: a metric the simulator computes from other metrics and the workload (throughputs, the
 * per-token figures, E2E, total memory; src/metrics/compute.ts) is left out of the rows when re-deriving it
 * with the formula of {@link DERIVATIONS} reproduces every row's value bit for bit, which the writer checks;
 * the file names the formula and the reader re-derives it. Any row that would differ keeps the column stored.
 *
 * In memory a columnar file stays columnar ({@link ColumnarEntries}): the rows as parsed, an index by id, and
 * an entry is expanded only when asked for. Fingerprints are derived from the inputs when read (lazily).
 * Reading and writing are linear in the number of scenarios.
 */
import { METRICS, METRIC_BY_KEY, type MetricKey } from '../metrics/definitions.js';
import { type JsonObject, type JsonValue, canonicalJson, jsonPathKey, knownFingerprint, sha256Fingerprint } from './canonical-json.js';
import type { BaselineEntries, BaselineFile, BaselineMetrics, BaselineScenario, MetricValue } from './file.js';

export const COLUMNAR_SCHEMA = 'genz-action/baseline-columnar@2';
/** The first columnar schema (no metric dictionaries, no derived metrics); still read. */
export const COLUMNAR_SCHEMA_V1 = 'genz-action/baseline-columnar@1';
/** Files with at least this many scenarios are written in the columnar layout. */
export const COLUMNAR_MIN_SCENARIOS = 100;

type Path = readonly string[];

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka)
    if (!Object.prototype.hasOwnProperty.call(b, k) || !deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
  return true;
}

/** A subtree with more varying leaves than this, and at most DICT_MAX distinct values, is one column. */
const COLLAPSE_LEAVES = 2;
const DICT_MAX = 32;

/**
 * Whether `values` hold at most `max` distinct values (stops counting past it). Values met before by identity
 * (shared catalog entries) cost nothing; others are compared structurally with the few distinct ones.
 */
function fewDistinct(values: readonly unknown[], max: number): boolean {
  const seen = new Set<unknown>();
  const distinct: unknown[] = [];
  for (const v of values) {
    if (seen.has(v)) continue;
    seen.add(v);
    if (distinct.some((d) => deepEqual(d, v))) continue;
    distinct.push(v);
    if (distinct.length > max) return false;
  }
  return true;
}

/**
 * The paths at which the values differ: where every value is an object with the same keys, descend;
 * elsewhere a difference makes the path a column. A subtree whose variation spreads over many leaves but
 * few distinct values (a model's or a device's spec: one per matrix value) stays one column whose rows
 * index its distinct values. Linear in rows × input size.
 */
function varyingPaths(values: readonly unknown[], path: string[], out: Path[]): void {
  const first = values[0];
  let allEqual = true;
  for (let i = 1; i < values.length; i++) {
    if (!deepEqual(first, values[i])) {
      allEqual = false;
      break;
    }
  }
  if (allEqual) return;
  if (isPlainObject(first) && values.every((v) => isPlainObject(v) && sameKeys(first, v))) {
    const inner: Path[] = [];
    for (const k of Object.keys(first).sort())
      varyingPaths(
        values.map((v) => (v as Record<string, unknown>)[k]),
        [...path, k],
        inner,
      );
    if (path.length > 0 && inner.length > COLLAPSE_LEAVES && fewDistinct(values, DICT_MAX)) out.push(path);
    else out.push(...inner);
    return;
  }
  out.push(path);
}

function getPath(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const k of path) cur = (cur as Record<string, unknown>)[k];
  return cur;
}

// ---------------------------------------------------------------------------------------------------------------
// Derived metrics

/** What a derivation reads: a metric of the row (undefined when absent) and a number of its inputs. */
interface DerivationContext {
  metric(key: MetricKey): MetricValue | undefined;
  /** workload.batch, workload.input_tokens, workload.output_tokens; undefined when not a number. */
  batch: number | undefined;
  input: number | undefined;
  output: number | undefined;
}

/**
 * A metric computed from others as src/metrics/compute.ts does. `derive` returns undefined when the row
 * lacks what the formula needs (then the column cannot be derived). `formula` is what the file records.
 */
export interface Derivation {
  key: MetricKey;
  formula: string;
  uses: readonly MetricKey[];
  derive(c: DerivationContext): MetricValue | undefined;
}

const num = (v: MetricValue | undefined): number | null | undefined => (v === null || typeof v === 'number' ? v : undefined);

/** In dependency order: a derivation only uses metrics stored, constant or derived before it. */
export const DERIVATIONS: readonly Derivation[] = [
  {
    key: 'e2e_ms',
    formula: 'ttft_ms + (workload.output_tokens - 1) * tpot_ms',
    uses: ['ttft_ms', 'tpot_ms'],
    derive(c) {
      const ttft = num(c.metric('ttft_ms'));
      const tpot = num(c.metric('tpot_ms'));
      if (ttft === undefined || tpot === undefined || c.output === undefined) return undefined;
      if (ttft === null) return null;
      return c.output === 1 ? ttft : tpot === null ? null : ttft + (c.output - 1) * tpot;
    },
  },
  {
    key: 'prefill_throughput_tps',
    formula: 'workload.input_tokens * workload.batch / (ttft_ms / 1000)',
    uses: ['ttft_ms'],
    derive(c) {
      const ttft = num(c.metric('ttft_ms'));
      if (ttft === undefined || c.input === undefined || c.batch === undefined) return undefined;
      return ttft === null ? null : (c.input * c.batch) / (ttft / 1000);
    },
  },
  {
    key: 'decode_throughput_tps',
    formula: 'workload.batch / (tpot_ms / 1000)',
    uses: ['tpot_ms'],
    derive(c) {
      const tpot = num(c.metric('tpot_ms'));
      if (tpot === undefined || c.batch === undefined) return undefined;
      return tpot === null ? null : c.batch / (tpot / 1000);
    },
  },
  {
    key: 'total_throughput_tps',
    formula: '(workload.input_tokens + workload.output_tokens) * workload.batch / (e2e_ms / 1000)',
    uses: ['e2e_ms'],
    derive(c) {
      const e2e = num(c.metric('e2e_ms'));
      if (e2e === undefined || c.input === undefined || c.output === undefined || c.batch === undefined) return undefined;
      return e2e === null ? null : ((c.input + c.output) * c.batch) / (e2e / 1000);
    },
  },
  {
    key: 'tokens_per_ms',
    formula: '(workload.input_tokens + workload.output_tokens) * workload.batch / e2e_ms',
    uses: ['e2e_ms'],
    derive(c) {
      const e2e = num(c.metric('e2e_ms'));
      if (e2e === undefined || c.input === undefined || c.output === undefined || c.batch === undefined) return undefined;
      return e2e === null ? null : ((c.input + c.output) * c.batch) / e2e;
    },
  },
  {
    key: 'ms_per_token',
    formula: 'e2e_ms / ((workload.input_tokens + workload.output_tokens) * workload.batch)',
    uses: ['e2e_ms'],
    derive(c) {
      const e2e = num(c.metric('e2e_ms'));
      if (e2e === undefined || c.input === undefined || c.output === undefined || c.batch === undefined) return undefined;
      return e2e === null ? null : e2e / ((c.input + c.output) * c.batch);
    },
  },
  {
    key: 'total_memory_gb',
    formula: 'weights_gb + kv_cache_gb',
    uses: ['weights_gb', 'kv_cache_gb'],
    derive(c) {
      const w = num(c.metric('weights_gb'));
      const kv = num(c.metric('kv_cache_gb'));
      if (w === undefined || kv === undefined) return undefined;
      return w === null || kv === null ? null : w + kv;
    },
  },
];

const DERIVATION_BY_KEY = new Map(DERIVATIONS.map((d) => [d.key, d]));

function workloadNumber(inputs: unknown, key: string): number | undefined {
  const w = isPlainObject(inputs) ? inputs.workload : undefined;
  const v = isPlainObject(w) ? w[key] : undefined;
  return typeof v === 'number' ? v : undefined;
}

function contextOf(inputs: unknown, metric: (key: MetricKey) => MetricValue | undefined): DerivationContext {
  return {
    metric,
    batch: workloadNumber(inputs, 'batch'),
    input: workloadNumber(inputs, 'input_tokens'),
    output: workloadNumber(inputs, 'output_tokens'),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

/**
 * The fingerprint of an entry computed from its inputs on first read (most are never read), then stored as a
 * plain property. One descriptor for every entry: no closures per entry.
 */
const LAZY_FINGERPRINT: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: BaselineScenario): string {
    const fingerprint = sha256Fingerprint(this.inputs);
    Object.defineProperty(this, 'fingerprint', { value: fingerprint, enumerable: true, writable: true, configurable: true });
    derivedValue.set(this, fingerprint);
    return fingerprint;
  },
  set(this: BaselineScenario, value: string) {
    Object.defineProperty(this, 'fingerprint', { value, enumerable: true, writable: true, configurable: true });
  },
};

/**
 * The fingerprints computed by LAZY_FINGERPRINT, by entry: a computed fingerprint becomes a plain property,
 * and the writer still knows it is the inputs' own unless it was replaced since. (Entries of a read file are
 * read-only: their inputs stay the ones fingerprinted.)
 */
const derivedValue = new WeakMap<object, string>();

/** A scenario entry whose fingerprint is derived from its inputs when first read. */
function lazyEntry(inputs: JsonObject, simulator: string, metrics: BaselineMetrics): BaselineScenario {
  const entry = { simulator, inputs, metrics } as BaselineScenario;
  Object.defineProperty(entry, 'fingerprint', LAZY_FINGERPRINT);
  return entry;
}

/** Whether `e`'s fingerprint is still to be derived from its inputs (not read yet). */
export function fingerprintPending(e: BaselineScenario): boolean {
  return Object.getOwnPropertyDescriptor(e, 'fingerprint')?.get === LAZY_FINGERPRINT.get;
}

/** Sets a pending derived fingerprint to `fingerprint`, known to be that of inputs equal to `e`'s. */
export function settleFingerprint(e: BaselineScenario, fingerprint: string): void {
  Object.defineProperty(e, 'fingerprint', { value: fingerprint, enumerable: true, writable: true, configurable: true });
}

/** Whether `e`'s fingerprint is the one a columnar file derived from its inputs (not yet computed, or computed and unchanged). */
export function hasDerivedFingerprint(e: BaselineScenario): boolean {
  const d = Object.getOwnPropertyDescriptor(e, 'fingerprint');
  if (d === undefined) return false;
  if (d.get === LAZY_FINGERPRINT.get) return true;
  return derivedValue.has(e) && d.value === derivedValue.get(e);
}

function commonIdPrefix(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  let prefix = ids[0];
  for (const id of ids) {
    let n = 0;
    const max = Math.min(prefix.length, id.length);
    while (n < max && prefix.charCodeAt(n) === id.charCodeAt(n)) n++;
    prefix = prefix.slice(0, n);
    if (prefix === '') return '';
  }
  // Cut after the last '.', so that every row keeps a non-empty, readable id.
  const dot = prefix.lastIndexOf('.');
  const cut = dot < 0 ? '' : prefix.slice(0, dot + 1);
  return ids.some((id) => id.length === cut.length) ? '' : cut;
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  let best = values[0];
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount || (c === bestCount && v < best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** Metric columns with at most this many distinct values may be written as a dictionary. */
const METRIC_DICT_MAX = 64;

function valueText(v: MetricValue): string {
  return v === null ? 'null' : typeof v === 'boolean' ? String(v) : JSON.stringify(v);
}

/**
 * The distinct values of a metric column when writing them once and an index per row is shorter than the
 * values themselves, else null. Rows where the metric is absent count as null.
 */
function metricDictionary(values: readonly MetricValue[]): MetricValue[] | null {
  const index = new Map<MetricValue, number>();
  let plain = 0;
  let coded = 0;
  for (const v of values) {
    let i = index.get(v);
    if (i === undefined) {
      if (index.size >= METRIC_DICT_MAX) return null;
      i = index.size;
      index.set(v, i);
      coded += valueText(v).length + 1;
    }
    plain += valueText(v).length;
    coded += i < 10 ? 1 : 2;
  }
  return coded < plain ? [...index.keys()] : null;
}

/** The columnar text of a baseline file (LF, trailing newline). The file must be valid (file.ts checks). */
export function serializeColumnar(file: BaselineFile): string {
  const ids = Object.keys(file.scenarios).sort();
  const entries = ids.map((id) => file.scenarios[id]);
  const simulator = entries.length > 0 ? mostCommon(entries.map((e) => e.simulator)) : '';
  const inputsList = entries.map((e) => e.inputs);
  const inputColumns: Path[] = [];
  if (entries.length > 1) varyingPaths(inputsList, [], inputColumns);
  // An empty path means the inputs differ at the top (different key sets): one column holds them whole.
  const base: JsonObject = entries.length > 0 && inputColumns.every((p) => p.length > 0) ? entries[0].inputs : {};
  const inputValues: Record<string, JsonValue[]> = {};
  const dictIndex: (Map<string, number> | null)[] = inputColumns.map((p, c) => {
    const dict = inputsList.some((inp) => {
      const v = getPath(inp, p);
      return typeof v === 'object' && v !== null;
    });
    if (!dict) return null;
    inputValues[String(c)] = [];
    return new Map<string, number>();
  });
  const has = (e: BaselineScenario, k: string): boolean => Object.prototype.hasOwnProperty.call(e.metrics, k);
  const metricKeys = new Set<string>();
  for (const e of entries) for (const k of Object.keys(e.metrics)) metricKeys.add(k);
  const allMetrics = [...metricKeys].sort();
  const constant: Record<string, MetricValue> = {};
  const varying: MetricKey[] = [];
  for (const k of allMetrics) {
    const present = entries.every((e) => has(e, k));
    const v0 = entries[0]?.metrics[k as MetricKey];
    if (present && entries.every((e) => e.metrics[k as MetricKey] === v0)) constant[k] = v0 as MetricValue;
    else varying.push(k as MetricKey);
  }
  // Derived metrics: every row where the metric is present must be reproduced bit for bit from its own values.
  const derived: Record<string, string> = {};
  const varyingSet = new Set<string>(varying);
  for (const d of DERIVATIONS) {
    if (!varyingSet.has(d.key)) continue;
    const exact = entries.every((e) => {
      if (!has(e, d.key)) return true;
      const v = d.derive(contextOf(e.inputs, (k) => (has(e, k) ? (e.metrics[k] as MetricValue) : undefined)));
      return v !== undefined && Object.is(v, e.metrics[d.key]);
    });
    if (exact) derived[d.key] = d.formula;
  }
  const metricColumns = varying.filter((k) => !Object.prototype.hasOwnProperty.call(derived, k));
  const metricValues: Record<string, MetricValue[]> = {};
  const metricDicts = metricColumns.map((k) => {
    const dict = metricDictionary(entries.map((e) => (has(e, k) ? (e.metrics[k] as MetricValue) : null)));
    if (dict === null) return null;
    metricValues[k] = dict;
    return new Map(dict.map((v, i) => [v, i]));
  });
  const prefix = commonIdPrefix(ids);
  const rows: string[] = [];
  entries.forEach((e, i) => {
    const inputs = inputColumns.map((p, c) => {
      const v = getPath(e.inputs, p) as JsonValue;
      const dict = dictIndex[c];
      if (dict === null) return v;
      const key = canonicalJson(v);
      let idx = dict.get(key);
      if (idx === undefined) {
        idx = dict.size;
        dict.set(key, idx);
        inputValues[String(c)].push(v);
      }
      return idx;
    });
    const absent: string[] = [];
    for (const k of varying) if (!has(e, k)) absent.push(k);
    const metrics = metricColumns.map((k, c) => {
      const v = has(e, k) ? (e.metrics[k] as MetricValue) : null;
      const dict = metricDicts[c];
      return dict === null ? v : (dict.get(v) as number);
    });
    const extra: Record<string, unknown> = {};
    if (e.simulator !== simulator) extra.simulator = e.simulator;
    // The fingerprint goes into the row only when it is not the inputs' own (known without hashing when this
    // entry's was derived, or computed by sha256Fingerprint from these very inputs).
    const own = hasDerivedFingerprint(e) || knownFingerprint(e.inputs) === e.fingerprint || e.fingerprint === sha256Fingerprint(e.inputs);
    if (!own) extra.fingerprint = e.fingerprint;
    if (absent.length > 0) extra.absent = absent;
    const row: unknown[] = [ids[i].slice(prefix.length), inputs, metrics];
    if (Object.keys(extra).length > 0) row.push(extra);
    rows.push(`    ${JSON.stringify(row)}`);
  });
  const header = (key: string, value: unknown): string => `  ${JSON.stringify(key)}: ${indent(canonicalJson(value).trimEnd())}`;
  const parts = [
    header('schema', COLUMNAR_SCHEMA),
    header('manifest', file.manifest),
    header('simulator', simulator),
    header('id_prefix', prefix),
    header('inputs', base),
    header('input_columns', inputColumns),
    header('input_values', inputValues),
    header('metric_columns', metricColumns),
    header('metric_values', metricValues),
    header('derived_metrics', derived),
    header('constant_metrics', constant),
    rows.length === 0 ? '  "scenarios": []' : `  "scenarios": [\n${rows.join(',\n')}\n  ]`,
  ];
  return `{\n${parts.join(',\n')}\n}\n`;
}

function indent(text: string): string {
  return text.replace(/\n/g, '\n  ');
}

export function isColumnarDocument(doc: unknown): boolean {
  return isPlainObject(doc) && (doc.schema === COLUMNAR_SCHEMA || doc.schema === COLUMNAR_SCHEMA_V1);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

const HEADER_KEYS_V1 = [
  'schema',
  'manifest',
  'simulator',
  'id_prefix',
  'inputs',
  'input_columns',
  'input_values',
  'metric_columns',
  'constant_metrics',
  'scenarios',
];
const HEADER_KEYS = [...HEADER_KEYS_V1.slice(0, 8), 'metric_values', 'derived_metrics', ...HEADER_KEYS_V1.slice(8)];

/** What file.ts checks of single values, passed in (file.ts imports this module). */
export interface ColumnarChecks {
  /** Pushes "<path>: <problem>" when `value` is not a valid value of metric `key`. */
  checkMetric(key: string, value: unknown, path: string, problems: string[]): void;
  fingerprint: RegExp;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

type Row = [string, unknown[], unknown[], RowExtra?];
interface RowExtra {
  simulator?: string;
  fingerprint?: string;
  absent?: string[];
}

/**
 * The entries of a columnar file, kept as parsed rows and expanded one at a time on {@link get}. Shared
 * inputs (the base and the dictionary values) are deeply frozen and shared by every entry, so their
 * canonical JSON is written once per process (./canonical-json.ts) whatever the number of fingerprints.
 * `get` returns a new object on every call: nothing expanded is kept.
 */
export class ColumnarEntries implements BaselineEntries {
  readonly #prefix: string;
  readonly #simulator: string;
  readonly #base: JsonObject;
  readonly #inputDicts: readonly (readonly unknown[] | undefined)[];
  readonly #metricDicts: readonly (readonly MetricValue[] | undefined)[];
  readonly #derivations: readonly Derivation[];
  readonly #rows: readonly Row[];
  readonly #index: Map<string, number>;
  readonly #sorted: boolean;
  /** A column of the whole inputs (then the only column). */
  readonly #whole: boolean;
  /** Objects copied per row, parents first: copy j replaces key `key` of object `parent` (0 = the root, j + 1 = copy j). */
  readonly #copies: readonly { parent: number; key: string }[];
  /** Where each input column's value goes: key `key` of object `target` (numbered as in #copies). */
  readonly #targets: readonly { target: number; key: string }[];
  /** Builds a row's metrics object in one object literal (see the constructor). */
  readonly #buildMetrics: MetricsBuilder;
  readonly #constantValues: readonly MetricValue[];
  /** workload.batch, .input_tokens, .output_tokens of a row (what derivations read), without expanding it. */
  readonly #workload: readonly ((row: Row) => number | undefined)[];

  /** Use {@link readColumnar}: it validates the rows first. */
  constructor(parts: {
    prefix: string;
    simulator: string;
    base: JsonObject;
    paths: readonly Path[];
    inputDicts: readonly (readonly unknown[] | undefined)[];
    metricKeys: readonly MetricKey[];
    metricDicts: readonly (readonly MetricValue[] | undefined)[];
    constants: Readonly<Record<string, MetricValue>>;
    derivations: readonly Derivation[];
    rows: readonly Row[];
    index: Map<string, number>;
    sorted: boolean;
  }) {
    this.#prefix = parts.prefix;
    this.#simulator = parts.simulator;
    this.#base = parts.base;
    this.#inputDicts = parts.inputDicts;
    this.#metricDicts = parts.metricDicts;
    this.#derivations = parts.derivations;
    this.#rows = parts.rows;
    this.#index = parts.index;
    this.#sorted = parts.sorted;
    this.#whole = parts.paths.some((p) => p.length === 0);
    const copies: { parent: number; key: string }[] = [];
    const numberOf = new Map<string, number>([[JSON.stringify([]), 0]]);
    const objectAt = (path: Path): number => {
      const name = JSON.stringify(path);
      let n = numberOf.get(name);
      if (n === undefined) {
        const parent = objectAt(path.slice(0, -1));
        copies.push({ parent, key: path[path.length - 1] });
        n = copies.length;
        numberOf.set(name, n);
      }
      return n;
    };
    this.#targets = parts.paths.map((p) => (p.length === 0 ? { target: 0, key: '' } : { target: objectAt(p.slice(0, -1)), key: p[p.length - 1] }));
    this.#copies = copies;
    // Every metric of an entry in METRICS order: a stored column (`column` ≥ 0), a constant (`value`) or a
    // derived one (null until derived).
    const slots: { key: MetricKey; column: number; value: MetricValue }[] = [];
    const derived = new Set<string>(parts.derivations.map((d) => d.key));
    for (const def of METRICS) {
      const column = parts.metricKeys.indexOf(def.key);
      if (Object.prototype.hasOwnProperty.call(parts.constants, def.key)) slots.push({ key: def.key, column: -1, value: parts.constants[def.key] });
      else if (column >= 0 || derived.has(def.key)) slots.push({ key: def.key, column, value: null });
    }
    // One object literal per file, generated from the slots: adding 39 keys one by one to an empty object costs
    // several µs per entry (shape transitions); a literal is built in one step. Keys are known metric keys
    // (checked by readColumnar against METRIC_BY_KEY), values are read from the arguments, never from the text.
    this.#constantValues = slots.map((s) => s.value);
    const fields = slots.map((s, i) => {
      if (!METRIC_BY_KEY.has(s.key)) throw new Error(`unknown metric ${JSON.stringify(s.key)}`);
      const value = s.column < 0 ? `k[${i}]` : parts.metricDicts[s.column] === undefined ? `v[${s.column}]` : `d[${s.column}][v[${s.column}]]`;
      return `${JSON.stringify(s.key)}: ${value}`;
    });
    this.#buildMetrics = new Function('v', 'd', 'k', `return { ${fields.join(', ')} };`) as MetricsBuilder;
    this.#workload = ['batch', 'input_tokens', 'output_tokens'].map((key): ((row: Row) => number | undefined) => {
      const c = parts.paths.findIndex((p) => p.length === 2 && p[0] === 'workload' && p[1] === key);
      if (c >= 0) {
        const dict = parts.inputDicts[c];
        return (row) => {
          const v = dict === undefined ? row[1][c] : dict[row[1][c] as number];
          return typeof v === 'number' ? v : undefined;
        };
      }
      if (parts.paths.some((p) => p.length === 0 || (p.length === 1 && p[0] === 'workload'))) return (row) => workloadNumber(this.inputsOf(row), key);
      const v = workloadNumber(parts.base, key);
      return () => v;
    });
  }

  get size(): number {
    return this.#rows.length;
  }

  has(id: string): boolean {
    return id.startsWith(this.#prefix) && this.#index.has(id.slice(this.#prefix.length));
  }

  get(id: string): BaselineScenario | undefined {
    if (!id.startsWith(this.#prefix)) return undefined;
    const r = this.#index.get(id.slice(this.#prefix.length));
    return r === undefined ? undefined : this.#expand(this.#rows[r]);
  }

  ids(): string[] {
    const ids = this.#rows.map((row) => this.#prefix + row[0]);
    return this.#sorted ? ids : ids.sort();
  }

  /** The inputs of a row: the base with the row's column values set (copies only along the set paths). */
  inputsOf(row: Row): JsonObject {
    const values = row[1];
    if (this.#whole) {
      const dict = this.#inputDicts[0];
      return (dict === undefined ? values[0] : dict[values[0] as number]) as JsonObject;
    }
    if (this.#targets.length === 0) return this.#base;
    const objects: Record<string, unknown>[] = [{ ...this.#base }];
    for (const c of this.#copies) {
      const parent = objects[c.parent];
      const copy = { ...(parent[c.key] as Record<string, unknown>) };
      parent[c.key] = copy;
      objects.push(copy);
    }
    for (let c = 0; c < this.#targets.length; c++) {
      const dict = this.#inputDicts[c];
      const t = this.#targets[c];
      objects[t.target][t.key] = dict === undefined ? values[c] : dict[values[c] as number];
    }
    return objects[0] as JsonObject;
  }

  /** The metrics of a row, in METRICS order; absent ones left out. */
  metricsOf(row: Row): BaselineMetrics {
    const values = row[2];
    const m = this.#buildMetrics(values, this.#metricDicts, this.#constantValues);
    const absent = row[3]?.absent;
    if (absent !== undefined) for (const k of absent) delete m[k];
    if (this.#derivations.length > 0) {
      const ctx: DerivationContext = {
        metric: (k) => m[k],
        batch: this.#workload[0](row),
        input: this.#workload[1](row),
        output: this.#workload[2](row),
      };
      for (const d of this.#derivations) if (m[d.key] !== undefined) m[d.key] = d.derive(ctx) ?? null;
    }
    return m as BaselineMetrics;
  }

  #expand(row: Row): BaselineScenario {
    const inputs = this.inputsOf(row);
    const metrics = this.metricsOf(row);
    const extra = row[3];
    const simulator = extra?.simulator ?? this.#simulator;
    return extra?.fingerprint !== undefined ? { fingerprint: extra.fingerprint, simulator, inputs, metrics } : lazyEntry(inputs, simulator, metrics);
  }
}

type MetricsBuilder = (
  values: readonly unknown[],
  dicts: readonly (readonly MetricValue[] | undefined)[],
  constants: readonly MetricValue[],
) => Record<string, MetricValue>;

const isIndex = (v: unknown, length: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < length;

/**
 * The entries a parsed columnar document (either columnar schema) describes, or the problems found
 * ("<where>: <what>", rows named by their position `scenarios[i]` or, for a metric value, by their id).
 * Every row is checked here, once: the entries then expand without checks. The manifest path is checked by
 * file.ts.
 */
export function readColumnar(doc: Record<string, unknown>, checks: ColumnarChecks): { entries: ColumnarEntries | null; problems: string[] } {
  const problems: string[] = [];
  const v1 = doc.schema === COLUMNAR_SCHEMA_V1;
  const headerKeys = v1 ? HEADER_KEYS_V1 : HEADER_KEYS;
  for (const k of Object.keys(doc)) if (!headerKeys.includes(k)) problems.push(`${k}: unknown field (expected ${headerKeys.join(', ')})`);
  const {
    simulator,
    id_prefix: prefix,
    inputs: base,
    input_columns: cols,
    input_values: dicts,
    metric_columns: mcols,
    metric_values: mdicts = {},
    derived_metrics: derivedDoc = {},
    constant_metrics: constant,
    scenarios: rows,
  } = doc;
  if (typeof simulator !== 'string') problems.push('simulator: expected a string');
  if (typeof prefix !== 'string') problems.push('id_prefix: expected a string');
  if (!isPlainObject(base)) problems.push('inputs: expected an object');
  if (!Array.isArray(cols) || !cols.every((p) => Array.isArray(p) && p.every((k) => typeof k === 'string')))
    problems.push('input_columns: expected a list of paths (lists of keys)');
  if (!isPlainObject(dicts) || !Object.values(dicts).every(Array.isArray)) problems.push('input_values: expected an object of lists');
  if (!Array.isArray(mcols) || !mcols.every((k) => typeof k === 'string' && METRIC_BY_KEY.has(k as MetricKey)) || new Set(mcols).size !== mcols.length)
    problems.push('metric_columns: expected a list of distinct known metric keys');
  if (!isPlainObject(mdicts) || !Object.values(mdicts).every(Array.isArray)) problems.push('metric_values: expected an object of lists');
  if (!isPlainObject(derivedDoc)) problems.push('derived_metrics: expected an object');
  if (!isPlainObject(constant)) problems.push('constant_metrics: expected an object');
  if (!Array.isArray(rows)) problems.push('scenarios: expected a list of rows');
  if (problems.length > 0) return { entries: null, problems };

  const paths = cols as string[][];
  const inputValues = dicts as Record<string, unknown[]>;
  const metricCols = mcols as MetricKey[];
  const metricValues = mdicts as Record<string, unknown[]>;
  const constants = constant as Record<string, unknown>;
  // Columns: an empty path holds the whole inputs and is then the only column; others set a key of an object of the base.
  if (paths.some((p) => p.length === 0) && paths.length > 1) problems.push('input_columns: a column of the whole inputs must be the only one');
  paths.forEach((p, c) => {
    if (p.length === 0) return;
    if (!isPlainObject(getPath(base, p.slice(0, -1)))) problems.push(`input_columns[${c}]: input path ${p.join('.')} does not exist in inputs`);
    if (paths.some((q, d) => d !== c && q.length < p.length && q.every((k, i) => k === p[i])))
      problems.push(`input_columns[${c}]: input path ${p.join('.')} lies inside another column`);
  });
  for (const k of Object.keys(inputValues)) {
    if (!isIndex(Number(k), paths.length) || String(Number(k)) !== k) problems.push(`input_values: "${k}" is not an input column`);
  }
  for (const [k, v] of Object.entries(constants)) checks.checkMetric(k, v, jsonPathKey('constant_metrics', k), problems);
  for (const [k, list] of Object.entries(metricValues)) {
    if (!metricCols.includes(k as MetricKey)) problems.push(`metric_values: "${k}" is not a metric column`);
    list.forEach((v, i) => checks.checkMetric(k, v, `${jsonPathKey('metric_values', k)}[${i}]`, problems));
  }
  for (const k of metricCols) if (Object.prototype.hasOwnProperty.call(constants, k)) problems.push(`constant_metrics.${k}: also a metric column`);
  const derivations: Derivation[] = [];
  const available = new Set<string>([...metricCols, ...Object.keys(constants)]);
  for (const d of DERIVATIONS) {
    if (!Object.prototype.hasOwnProperty.call(derivedDoc, d.key)) continue;
    if ((derivedDoc as Record<string, unknown>)[d.key] !== d.formula)
      problems.push(`derived_metrics.${d.key}: expected the formula ${JSON.stringify(d.formula)}`);
    if (available.has(d.key)) problems.push(`derived_metrics.${d.key}: also a stored or constant metric`);
    const missing = d.uses.filter((k) => !available.has(k));
    if (missing.length > 0) problems.push(`derived_metrics.${d.key}: needs ${missing.join(', ')}, which the file does not hold`);
    available.add(d.key);
    derivations.push(d);
  }
  for (const k of Object.keys(derivedDoc as object)) if (!DERIVATION_BY_KEY.has(k as MetricKey)) problems.push(`derived_metrics.${k}: not a derivable metric`);
  if (problems.length > 0) return { entries: null, problems };

  const inputDicts = paths.map((_, c) => (inputValues[String(c)] === undefined ? undefined : deepFreeze(inputValues[String(c)])));
  const metricDicts = metricCols.map((k) => metricValues[k] as MetricValue[] | undefined);
  const derivedKeys = new Set<string>(derivations.map((d) => d.key));
  const varying = new Set<string>([...metricCols, ...derivedKeys]);
  const index = new Map<string, number>();
  let sorted = true;
  let previous = '';
  const list = rows as unknown[];
  list.forEach((row, i) => {
    const where = `scenarios[${i}]`;
    if (!Array.isArray(row) || row.length < 3 || row.length > 4 || typeof row[0] !== 'string' || !Array.isArray(row[1]) || !Array.isArray(row[2])) {
      problems.push(`${where}: expected [id, [input values], [metric values]] with an optional object of exceptions`);
      return;
    }
    const [suffix, inputs, metrics, extra] = row as [string, unknown[], unknown[], unknown];
    const id = (prefix as string) + suffix;
    if (suffix === '') problems.push(`${where}: empty id`);
    if (index.has(suffix)) problems.push(`${where}: duplicate scenario id ${JSON.stringify(id)}`);
    index.set(suffix, i);
    if (suffix < previous) sorted = false;
    previous = suffix;
    if (inputs.length !== paths.length) problems.push(`${where}: ${inputs.length} input values for ${paths.length} input columns`);
    if (metrics.length !== metricCols.length) problems.push(`${where}: ${metrics.length} metric values for ${metricCols.length} metric columns`);
    if (extra !== undefined) {
      if (!isPlainObject(extra) || !Object.keys(extra).every((k) => k === 'simulator' || k === 'fingerprint' || k === 'absent')) {
        problems.push(`${where}: the exceptions must be an object of simulator, fingerprint and absent`);
        return;
      }
      if (extra.simulator !== undefined && (typeof extra.simulator !== 'string' || extra.simulator === ''))
        problems.push(`${where}: the simulator exception must be a non-empty string`);
      if (extra.fingerprint !== undefined && (typeof extra.fingerprint !== 'string' || !checks.fingerprint.test(extra.fingerprint)))
        problems.push(`${where}: the fingerprint exception must be "sha256:" followed by 64 lowercase hex digits`);
      if (extra.absent !== undefined && !(Array.isArray(extra.absent) && extra.absent.every((k) => typeof k === 'string' && varying.has(k))))
        problems.push(`${where}: absent must list metric columns or derived metrics`);
    }
    if (inputs.length !== paths.length || metrics.length !== metricCols.length) return;
    for (let c = 0; c < paths.length; c++) {
      const dict = inputDicts[c];
      if (dict !== undefined) {
        if (!isIndex(inputs[c], dict.length)) {
          problems.push(`${where}: input column ${c} must index input_values["${c}"] (0 … ${dict.length - 1})`);
          return;
        }
      } else if (paths[c].length === 0 && !isPlainObject(inputs[c])) {
        problems.push(`${where}: input column ${c} must hold the whole inputs object`);
        return;
      }
    }
    for (let c = 0; c < metricCols.length; c++) {
      const dict = metricDicts[c];
      if (dict !== undefined) {
        if (!isIndex(metrics[c], dict.length)) problems.push(`${where}: metric column ${c} must index metric_values.${metricCols[c]} (0 … ${dict.length - 1})`);
      } else {
        const v = metrics[c];
        // The common case first: a finite number (or null) needs no further look.
        if (v === null || (typeof v === 'number' && Number.isFinite(v) && METRIC_BY_KEY.get(metricCols[c])!.kind === 'number')) continue;
        checks.checkMetric(metricCols[c], v, jsonPathKey(`${jsonPathKey('scenarios', id)}.metrics`, metricCols[c]), problems);
      }
    }
  });
  if (problems.length > 0) return { entries: null, problems };
  // A column of whole inputs hands its objects out as they are: frozen like the shared ones.
  if (paths.length === 1 && paths[0].length === 0 && inputDicts[0] === undefined) for (const row of list as Row[]) deepFreeze(row[1][0]);
  const entries = new ColumnarEntries({
    prefix: prefix as string,
    simulator: simulator as string,
    base: deepFreeze(base as JsonObject),
    paths,
    inputDicts,
    metricKeys: metricCols,
    metricDicts,
    constants: constants as Record<string, MetricValue>,
    derivations,
    rows: list as Row[],
    index,
    sorted,
  });
  // Derived values must be finite numbers or null like stored ones (a damaged file could divide by zero).
  if (derivations.length > 0) {
    (list as Row[]).forEach((row, i) => {
      const m = entries.metricsOf(row);
      for (const d of derivations) {
        const v = m[d.key];
        if (v !== undefined && v !== null && !(typeof v === 'number' && Number.isFinite(v)))
          problems.push(`scenarios[${i}]: derived metric ${d.key} is ${v} (from ${d.formula})`);
      }
    });
  }
  return problems.length > 0 ? { entries: null, problems } : { entries, problems };
}
