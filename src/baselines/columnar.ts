/**
 * The columnar layout of big baseline files (schema `genz-action/baseline-columnar@1`): one line per
 * scenario, so a sweep of 100,000 scenarios stays small on disk (about 300 bytes per scenario) and its git
 * diff shows exactly the scenarios whose inputs or metrics changed. In memory it is the same BaselineFile
 * as the nested layout (file.ts); only the bytes differ. Files of COLUMNAR_MIN_SCENARIOS scenarios or more
 * are written this way; smaller ones keep the nested layout, which reads better by hand. Both are read.
 *
 * ```
 * {
 *   "schema": "genz-action/baseline-columnar@1",
 *   "manifest": "perf/sweep.yaml",
 *   "simulator": "<version of most rows>",
 *   "id_prefix": "sweep.",                          // common prefix of every id, stripped from the rows
 *   "inputs": { ... },                              // the first row's inputs: every input no column names
 *   "input_columns": [["workload", "batch"], ["model"]],   // input paths that differ between rows
 *   "input_values": { "1": [{...}, {...}] },        // columns holding objects/arrays: distinct values, rows index them
 *   "metric_columns": ["ttft_ms", "tpot_ms", ...],
 *   "constant_metrics": { "chunk_latency_ms": null },   // metrics equal in every row
 *   "scenarios": [
 *     ["batch-1", [1, 0], [12.5, 3.25, ...]],
 *     ["batch-2", [2, 0], [13.5, 3.5, ...], {"simulator": "...", "fingerprint": "...", "absent": ["..."]}]
 *   ]
 * }
 * ```
 *
 * A row is [id without the prefix, input column values, metric column values, optional exceptions]; the
 * exceptions keep what the columns cannot say (another simulator version, a fingerprint that is not the
 * inputs' own, metrics absent from that entry), so converting either way loses nothing. Fingerprints are
 * recomputed from the inputs on reading. Reading and writing are linear in the number of scenarios.
 */
import { METRIC_BY_KEY, type MetricKey } from '../metrics/definitions.js';
import { type JsonObject, type JsonValue, canonicalJson, sha256Fingerprint } from './canonical-json.js';
import type { BaselineFile, BaselineMetrics, BaselineScenario, MetricValue } from './file.js';

export const COLUMNAR_SCHEMA = 'genz-action/baseline-columnar@1';
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

/** Whether `values` hold at most `max` distinct values (stops counting past it). */
function fewDistinct(values: readonly unknown[], max: number): boolean {
  const seen = new Set<string>();
  for (const v of values) {
    seen.add(canonicalJson(v));
    if (seen.size > max) return false;
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

/**
 * Sets `value` at `path` in `root`, a copy owned by the row: objects on the way are copied once per row
 * (tracked in `owned`), every untouched subtree is shared with the base (inputs are never mutated).
 */
function setPath(root: Record<string, unknown>, path: Path, value: unknown, owned: Set<object>): void {
  let cur = root;
  for (let d = 0; d < path.length - 1; d++) {
    const k = path[d];
    let next = cur[k] as Record<string, unknown>;
    if (!owned.has(next)) {
      next = { ...next };
      owned.add(next);
      cur[k] = next;
    }
    cur = next;
  }
  cur[path[path.length - 1]] = value;
}

/** A scenario entry whose fingerprint is computed from its inputs on first read (most are never read). */
function lazyEntry(inputs: JsonObject, simulator: string, metrics: BaselineMetrics): BaselineScenario {
  const entry = { simulator, inputs, metrics } as BaselineScenario;
  Object.defineProperty(entry, 'fingerprint', {
    enumerable: true,
    configurable: true,
    get(this: BaselineScenario): string {
      const fingerprint = sha256Fingerprint(inputs);
      Object.defineProperty(this, 'fingerprint', { value: fingerprint, enumerable: true, writable: true, configurable: true });
      return fingerprint;
    },
    set(this: BaselineScenario, value: string) {
      Object.defineProperty(this, 'fingerprint', { value, enumerable: true, writable: true, configurable: true });
    },
  });
  return entry;
}

/** A placeholder that passes the fingerprint check of file.ts, for entries whose fingerprint is their inputs'. */
const DERIVED_FINGERPRINT = `sha256:${'0'.repeat(64)}`;

/**
 * What file.ts validates of an expanded columnar file: everything but the inputs, which come straight
 * from JSON.parse (JSON data by construction), and the derived fingerprints (right by construction);
 * walking 100,000 copies of the shared inputs would cost more than the rest of the read.
 */
export function columnarValidationView(file: BaselineFile): BaselineFile {
  const scenarios: Record<string, BaselineScenario> = {};
  for (const [id, e] of Object.entries(file.scenarios)) {
    const derived = typeof Object.getOwnPropertyDescriptor(e, 'fingerprint')?.get === 'function';
    scenarios[id] = { fingerprint: derived ? DERIVED_FINGERPRINT : e.fingerprint, simulator: e.simulator, inputs: {}, metrics: e.metrics };
  }
  return { ...file, scenarios };
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
  const metricKeys = new Set<string>();
  for (const e of entries) for (const k of Object.keys(e.metrics)) metricKeys.add(k);
  const allMetrics = [...metricKeys].sort();
  const constant: Record<string, MetricValue> = {};
  const metricColumns: string[] = [];
  for (const k of allMetrics) {
    const present = entries.every((e) => Object.prototype.hasOwnProperty.call(e.metrics, k));
    const v0 = entries[0]?.metrics[k as MetricKey];
    if (present && entries.every((e) => e.metrics[k as MetricKey] === v0)) constant[k] = v0 as MetricValue;
    else metricColumns.push(k);
  }
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
    const metrics = metricColumns.map((k) => {
      if (!Object.prototype.hasOwnProperty.call(e.metrics, k)) {
        absent.push(k);
        return null;
      }
      return e.metrics[k as MetricKey] as MetricValue;
    });
    const extra: Record<string, unknown> = {};
    if (e.simulator !== simulator) extra.simulator = e.simulator;
    const derived = typeof Object.getOwnPropertyDescriptor(e, 'fingerprint')?.get === 'function';
    if (!derived && e.fingerprint !== sha256Fingerprint(e.inputs)) extra.fingerprint = e.fingerprint;
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
    header('constant_metrics', constant),
    rows.length === 0 ? '  "scenarios": []' : `  "scenarios": [\n${rows.join(',\n')}\n  ]`,
  ];
  return `{\n${parts.join(',\n')}\n}\n`;
}

function indent(text: string): string {
  return text.replace(/\n/g, '\n  ');
}

export function isColumnarDocument(doc: unknown): boolean {
  return isPlainObject(doc) && doc.schema === COLUMNAR_SCHEMA;
}

const HEADER_KEYS = [
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

/**
 * The BaselineFile a parsed columnar document describes, or the problems found ("<where>: <what>",
 * rows named by their position `scenarios[i]`, which is line i + 12 or so of the file). The expanded file
 * is then checked like a nested one (file.ts) for everything else (metric kinds, paths).
 */
export function expandColumnar(doc: Record<string, unknown>): { file: BaselineFile | null; problems: string[] } {
  const problems: string[] = [];
  for (const k of Object.keys(doc)) if (!HEADER_KEYS.includes(k)) problems.push(`${k}: unknown field (expected ${HEADER_KEYS.join(', ')})`);
  const {
    manifest,
    simulator,
    id_prefix: prefix,
    inputs: base,
    input_columns: cols,
    input_values: dicts,
    metric_columns: mcols,
    constant_metrics: constant,
    scenarios: rows,
  } = doc;
  if (typeof simulator !== 'string') problems.push('simulator: expected a string');
  if (typeof prefix !== 'string') problems.push('id_prefix: expected a string');
  if (!isPlainObject(base)) problems.push('inputs: expected an object');
  if (!Array.isArray(cols) || !cols.every((p) => Array.isArray(p) && p.every((k) => typeof k === 'string')))
    problems.push('input_columns: expected a list of paths (lists of keys)');
  if (!isPlainObject(dicts) || !Object.values(dicts).every(Array.isArray)) problems.push('input_values: expected an object of lists');
  if (!Array.isArray(mcols) || !mcols.every((k) => typeof k === 'string' && METRIC_BY_KEY.has(k as MetricKey)))
    problems.push('metric_columns: expected a list of known metric keys');
  if (!isPlainObject(constant)) problems.push('constant_metrics: expected an object');
  if (!Array.isArray(rows)) problems.push('scenarios: expected a list of rows');
  if (problems.length > 0) return { file: null, problems };
  const paths = cols as string[][];
  const values = dicts as Record<string, unknown[]>;
  const metricCols = mcols as MetricKey[];
  const scenarios: Record<string, BaselineScenario> = {};
  (rows as unknown[]).forEach((row, i) => {
    const where = `scenarios[${i}]`;
    if (!Array.isArray(row) || row.length < 3 || row.length > 4 || typeof row[0] !== 'string' || !Array.isArray(row[1]) || !Array.isArray(row[2])) {
      problems.push(`${where}: expected [id, [input values], [metric values]] with an optional object of exceptions`);
      return;
    }
    const [suffix, inputValues, metricValues, extra] = row as [string, unknown[], unknown[], unknown];
    const id = (prefix as string) + suffix;
    if (suffix === '') problems.push(`${where}: empty id`);
    if (Object.prototype.hasOwnProperty.call(scenarios, id)) problems.push(`${where}: duplicate scenario id ${JSON.stringify(id)}`);
    if (inputValues.length !== paths.length) problems.push(`${where}: ${inputValues.length} input values for ${paths.length} input columns`);
    if (metricValues.length !== metricCols.length) problems.push(`${where}: ${metricValues.length} metric values for ${metricCols.length} metric columns`);
    if (extra !== undefined && !(isPlainObject(extra) && Object.keys(extra).every((k) => k === 'simulator' || k === 'fingerprint' || k === 'absent'))) {
      problems.push(`${where}: the exceptions must be an object of simulator, fingerprint and absent`);
      return;
    }
    if (inputValues.length !== paths.length || metricValues.length !== metricCols.length) return;
    let inputs = base as JsonObject;
    let root: Record<string, unknown> | null = null;
    const owned = new Set<object>();
    for (let c = 0; c < paths.length; c++) {
      let v = inputValues[c];
      const dict = values[String(c)];
      if (dict !== undefined) {
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= dict.length) {
          problems.push(`${where}: input column ${c} must index input_values["${c}"] (0 … ${dict.length - 1})`);
          return;
        }
        v = dict[v];
      }
      if (paths[c].length === 0) {
        if (!isPlainObject(v)) {
          problems.push(`${where}: input column ${c} must hold the whole inputs object`);
          return;
        }
        inputs = v as JsonObject;
        continue;
      }
      if (!isPlainObject(getPath(root ?? inputs, paths[c].slice(0, -1)))) {
        problems.push(`${where}: input path ${paths[c].join('.')} does not exist in inputs`);
        return;
      }
      if (root === null) {
        root = { ...inputs };
        owned.add(root);
      }
      setPath(root, paths[c], v, owned);
    }
    if (root !== null) inputs = root as JsonObject;
    const metrics: BaselineMetrics = { ...(constant as BaselineMetrics) };
    const ex = (extra ?? {}) as { simulator?: unknown; fingerprint?: unknown; absent?: unknown };
    const absent = Array.isArray(ex.absent) ? ex.absent : [];
    metricCols.forEach((k, j) => {
      if (!absent.includes(k)) (metrics as Record<string, unknown>)[k] = metricValues[j];
    });
    const sim = typeof ex.simulator === 'string' ? ex.simulator : (simulator as string);
    scenarios[id] = ex.fingerprint !== undefined ? { fingerprint: ex.fingerprint as string, simulator: sim, inputs, metrics } : lazyEntry(inputs, sim, metrics);
  });
  if (problems.length > 0) return { file: null, problems };
  return { file: { schema: 'genz-action/baseline@1', manifest: manifest as string, scenarios }, problems };
}
