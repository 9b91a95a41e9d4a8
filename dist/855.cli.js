export const id = 855;
export const ids = [855,868];
export const modules = {

/***/ 7793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V3: () => (/* binding */ jsonPathKey),
/* harmony export */   _7: () => (/* binding */ sha256Fingerprint),
/* harmony export */   _E: () => (/* binding */ knownFingerprint),
/* harmony export */   dj: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* unused harmony export CanonicalJsonError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Canonical JSON: the one byte form baselines are written in, so that the same data always produces the same
 * bytes (and the same fingerprint) on every machine.
 *
 * - object keys sorted by UTF-16 code unit order (plain `Array.prototype.sort`), recursively;
 * - 2-space indentation, `"key": value`, empty objects/arrays as `{}` / `[]`;
 * - numbers in JavaScript's shortest round-trip form (what `JSON.stringify` writes), so `JSON.parse` reads
 *   back the bit-identical double; `-0` is written as `0`;
 * - a trailing newline.
 *
 * Values that JSON cannot carry faithfully are rejected with a {@link CanonicalJsonError} naming the JSON path:
 * NaN, ±Infinity, `undefined` (also as an object property), functions, symbols, BigInt, cyclic structures and
 * non-plain objects (Date, Map, class instances, ...).
 */

class CanonicalJsonError extends Error {
    /** JSON path of the offending value, e.g. `$.scenarios["a b"].metrics.ttft_ms`. */
    path;
    constructor(path, problem) {
        super(`${path}: ${problem}`);
        this.name = 'CanonicalJsonError';
        this.path = path;
    }
}
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Appends an object key to a JSON path: `$.a`, or `$["a-b"]` when the key is not an identifier. */
function jsonPathKey(parent, key) {
    return IDENTIFIER.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}
function isPlainObject(value) {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function describe(value) {
    if (typeof value === 'number')
        return String(value);
    if (typeof value === 'bigint')
        return `BigInt ${value}n`;
    if (typeof value === 'function')
        return 'a function';
    if (typeof value === 'symbol')
        return 'a symbol';
    if (value === undefined)
        return 'undefined';
    return typeof value;
}
/** The JSON path of the value being emitted, built only when there is an error to report. */
function pathOf(keys) {
    let path = '$';
    for (const k of keys)
        path = typeof k === 'number' ? `${path}[${k}]` : jsonPathKey(path, k);
    return path;
}
function emit(value, keys, indent, stack) {
    if (value === null)
        return 'null';
    switch (typeof value) {
        case 'boolean':
            return value ? 'true' : 'false';
        case 'string':
            return JSON.stringify(value);
        case 'number':
            if (!Number.isFinite(value))
                throw new CanonicalJsonError(pathOf(keys), `${describe(value)} is not allowed (only finite numbers)`);
            return Object.is(value, -0) ? '0' : JSON.stringify(value);
        case 'object':
            break;
        default:
            throw new CanonicalJsonError(pathOf(keys), `${describe(value)} is not allowed`);
    }
    const obj = value;
    const frozen = Object.isFrozen(obj);
    if (frozen) {
        const hit = frozenText.get(obj)?.get(indent);
        if (hit !== undefined)
            return hit;
    }
    if (stack.includes(obj))
        throw new CanonicalJsonError(pathOf(keys), 'cyclic structure');
    stack.push(obj);
    try {
        const text = emitObject(obj, keys, indent, stack);
        if (frozen && isDeeplyFrozen(obj)) {
            deepFrozen.add(obj);
            let byIndent = frozenText.get(obj);
            if (!byIndent) {
                byIndent = new Map();
                frozenText.set(obj, byIndent);
            }
            byIndent.set(indent, text);
        }
        return text;
    }
    finally {
        stack.pop();
    }
}
/**
 * Text of deeply frozen objects (shared catalog entries), per indentation: they cannot change, so each is
 * written once per process. An object counts as deeply frozen once it and every object below it are frozen
 * (children are emitted, and so classified, before their parent).
 */
const frozenText = new WeakMap();
const deepFrozen = new WeakSet();
function isDeeplyFrozen(obj) {
    for (const v of Object.values(obj))
        if (typeof v === 'object' && v !== null && !deepFrozen.has(v))
            return false;
    return true;
}
function emitObject(obj, keys, indent, stack) {
    const inner = indent + '  ';
    if (Array.isArray(obj)) {
        if (obj.length === 0)
            return '[]';
        let out = '[\n';
        for (let i = 0; i < obj.length; i++) {
            // Holes read as undefined and are rejected like undefined.
            keys.push(i);
            out += (i > 0 ? ',\n' : '') + inner + emit(obj[i], keys, inner, stack);
            keys.pop();
        }
        return `${out}\n${indent}]`;
    }
    if (!isPlainObject(obj)) {
        const name = obj.constructor?.name ?? 'object';
        throw new CanonicalJsonError(pathOf(keys), `a ${name} is not a plain JSON object`);
    }
    const names = Object.keys(obj).sort();
    if (names.length === 0)
        return '{}';
    let out = '{\n';
    for (let i = 0; i < names.length; i++) {
        const k = names[i];
        keys.push(k);
        if (i > 0)
            out += ',\n';
        out += inner + quotedKey(k) + emit(obj[k], keys, inner, stack);
        keys.pop();
    }
    return `${out}\n${indent}}`;
}
/** `"key": ` of the keys met so far (inputs repeat the same few dozen keys in every scenario). */
const keyText = new Map();
function quotedKey(k) {
    let t = keyText.get(k);
    if (t === undefined) {
        t = `${JSON.stringify(k)}: `;
        if (keyText.size < 10_000)
            keyText.set(k, t);
    }
    return t;
}
/** Deterministic JSON text of `value` (see the module comment), ending in a newline. */
function canonicalJson(value) {
    return emit(value, [], '', []) + '\n';
}
/** One-shot hashing (Node ≥ 20.12, 21.7) avoids a Hash object per call; older Node 20 releases fall back. */
const oneShot = node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash;
const sha256Hex = typeof oneShot === 'function' ? (text) => oneShot('sha256', text, 'hex') : (text) => node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha256').update(text, 'utf8').digest('hex');
/** The fingerprints sha256Fingerprint computed, by object (see {@link knownFingerprint}). */
const fingerprinted = new WeakMap();
/** `"sha256:" + hex(sha256(canonicalJson(value)))`, over the UTF-8 bytes. */
function sha256Fingerprint(value) {
    const fingerprint = `sha256:${sha256Hex(canonicalJson(value))}`;
    if (typeof value === 'object' && value !== null)
        fingerprinted.set(value, fingerprint);
    return fingerprint;
}
/**
 * The fingerprint sha256Fingerprint last computed for this very object, if any: the diff uses it to give a
 * baseline entry with equal inputs the same fingerprint without hashing them again. (Like a ScenarioRun's own
 * `fingerprint`, it assumes the object was not changed since.)
 */
function knownFingerprint(value) {
    return fingerprinted.get(value);
}


/***/ }),

/***/ 619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ hasDerivedFingerprint),
/* harmony export */   Ks: () => (/* binding */ readColumnar),
/* harmony export */   d8: () => (/* binding */ isColumnarDocument),
/* harmony export */   eK: () => (/* binding */ serializeColumnar),
/* harmony export */   kk: () => (/* binding */ settleFingerprint),
/* harmony export */   qL: () => (/* binding */ fingerprintPending),
/* harmony export */   vQ: () => (/* binding */ COLUMNAR_MIN_SCENARIOS)
/* harmony export */ });
/* unused harmony exports COLUMNAR_SCHEMA, COLUMNAR_SCHEMA_V1, DERIVATIONS, ColumnarEntries */
/* harmony import */ var _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6511);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7793);
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


const COLUMNAR_SCHEMA = 'genz-action/baseline-columnar@2';
/** The first columnar schema (no metric dictionaries, no derived metrics); still read. */
const COLUMNAR_SCHEMA_V1 = 'genz-action/baseline-columnar@1';
/** Files with at least this many scenarios are written in the columnar layout. */
const COLUMNAR_MIN_SCENARIOS = 100;
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!deepEqual(a[i], b[i]))
                return false;
        return true;
    }
    if (Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length)
        return false;
    for (const k of ka)
        if (!Object.prototype.hasOwnProperty.call(b, k) || !deepEqual(a[k], b[k]))
            return false;
    return true;
}
function sameKeys(a, b) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length)
        return false;
    for (const k of ka)
        if (!Object.prototype.hasOwnProperty.call(b, k))
            return false;
    return true;
}
/** A subtree with more varying leaves than this, and at most DICT_MAX distinct values, is one column. */
const COLLAPSE_LEAVES = 2;
const DICT_MAX = 32;
/**
 * Whether `values` hold at most `max` distinct values (stops counting past it). Values met before by identity
 * (shared catalog entries) cost nothing; others are compared structurally with the few distinct ones.
 */
function fewDistinct(values, max) {
    const seen = new Set();
    const distinct = [];
    for (const v of values) {
        if (seen.has(v))
            continue;
        seen.add(v);
        if (distinct.some((d) => deepEqual(d, v)))
            continue;
        distinct.push(v);
        if (distinct.length > max)
            return false;
    }
    return true;
}
/**
 * The paths at which the values differ: where every value is an object with the same keys, descend;
 * elsewhere a difference makes the path a column. A subtree whose variation spreads over many leaves but
 * few distinct values (a model's or a device's spec: one per matrix value) stays one column whose rows
 * index its distinct values. Linear in rows × input size.
 */
function varyingPaths(values, path, out) {
    const first = values[0];
    let allEqual = true;
    for (let i = 1; i < values.length; i++) {
        if (!deepEqual(first, values[i])) {
            allEqual = false;
            break;
        }
    }
    if (allEqual)
        return;
    if (isPlainObject(first) && values.every((v) => isPlainObject(v) && sameKeys(first, v))) {
        const inner = [];
        for (const k of Object.keys(first).sort())
            varyingPaths(values.map((v) => v[k]), [...path, k], inner);
        if (path.length > 0 && inner.length > COLLAPSE_LEAVES && fewDistinct(values, DICT_MAX))
            out.push(path);
        else
            out.push(...inner);
        return;
    }
    out.push(path);
}
function getPath(obj, path) {
    let cur = obj;
    for (const k of path)
        cur = cur[k];
    return cur;
}
const num = (v) => (v === null || typeof v === 'number' ? v : undefined);
/** In dependency order: a derivation only uses metrics stored, constant or derived before it. */
const DERIVATIONS = [
    {
        key: 'e2e_ms',
        formula: 'ttft_ms + (workload.output_tokens - 1) * tpot_ms',
        uses: ['ttft_ms', 'tpot_ms'],
        derive(c) {
            const ttft = num(c.metric('ttft_ms'));
            const tpot = num(c.metric('tpot_ms'));
            if (ttft === undefined || tpot === undefined || c.output === undefined)
                return undefined;
            if (ttft === null)
                return null;
            return c.output === 1 ? ttft : tpot === null ? null : ttft + (c.output - 1) * tpot;
        },
    },
    {
        key: 'prefill_throughput_tps',
        formula: 'workload.input_tokens * workload.batch / (ttft_ms / 1000)',
        uses: ['ttft_ms'],
        derive(c) {
            const ttft = num(c.metric('ttft_ms'));
            if (ttft === undefined || c.input === undefined || c.batch === undefined)
                return undefined;
            return ttft === null ? null : (c.input * c.batch) / (ttft / 1000);
        },
    },
    {
        key: 'decode_throughput_tps',
        formula: 'workload.batch / (tpot_ms / 1000)',
        uses: ['tpot_ms'],
        derive(c) {
            const tpot = num(c.metric('tpot_ms'));
            if (tpot === undefined || c.batch === undefined)
                return undefined;
            return tpot === null ? null : c.batch / (tpot / 1000);
        },
    },
    {
        key: 'total_throughput_tps',
        formula: '(workload.input_tokens + workload.output_tokens) * workload.batch / (e2e_ms / 1000)',
        uses: ['e2e_ms'],
        derive(c) {
            const e2e = num(c.metric('e2e_ms'));
            if (e2e === undefined || c.input === undefined || c.output === undefined || c.batch === undefined)
                return undefined;
            return e2e === null ? null : ((c.input + c.output) * c.batch) / (e2e / 1000);
        },
    },
    {
        key: 'tokens_per_ms',
        formula: '(workload.input_tokens + workload.output_tokens) * workload.batch / e2e_ms',
        uses: ['e2e_ms'],
        derive(c) {
            const e2e = num(c.metric('e2e_ms'));
            if (e2e === undefined || c.input === undefined || c.output === undefined || c.batch === undefined)
                return undefined;
            return e2e === null ? null : ((c.input + c.output) * c.batch) / e2e;
        },
    },
    {
        key: 'ms_per_token',
        formula: 'e2e_ms / ((workload.input_tokens + workload.output_tokens) * workload.batch)',
        uses: ['e2e_ms'],
        derive(c) {
            const e2e = num(c.metric('e2e_ms'));
            if (e2e === undefined || c.input === undefined || c.output === undefined || c.batch === undefined)
                return undefined;
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
            if (w === undefined || kv === undefined)
                return undefined;
            return w === null || kv === null ? null : w + kv;
        },
    },
];
const DERIVATION_BY_KEY = new Map(DERIVATIONS.map((d) => [d.key, d]));
function workloadNumber(inputs, key) {
    const w = isPlainObject(inputs) ? inputs.workload : undefined;
    const v = isPlainObject(w) ? w[key] : undefined;
    return typeof v === 'number' ? v : undefined;
}
function contextOf(inputs, metric) {
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
const LAZY_FINGERPRINT = {
    enumerable: true,
    configurable: true,
    get() {
        const fingerprint = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Fingerprint */ ._7)(this.inputs);
        Object.defineProperty(this, 'fingerprint', { value: fingerprint, enumerable: true, writable: true, configurable: true });
        derivedValue.set(this, fingerprint);
        return fingerprint;
    },
    set(value) {
        Object.defineProperty(this, 'fingerprint', { value, enumerable: true, writable: true, configurable: true });
    },
};
/**
 * The fingerprints computed by LAZY_FINGERPRINT, by entry: a computed fingerprint becomes a plain property,
 * and the writer still knows it is the inputs' own unless it was replaced since. (Entries of a read file are
 * read-only: their inputs stay the ones fingerprinted.)
 */
const derivedValue = new WeakMap();
/** A scenario entry whose fingerprint is derived from its inputs when first read. */
function lazyEntry(inputs, simulator, metrics) {
    const entry = { simulator, inputs, metrics };
    Object.defineProperty(entry, 'fingerprint', LAZY_FINGERPRINT);
    return entry;
}
/** Whether `e`'s fingerprint is still to be derived from its inputs (not read yet). */
function fingerprintPending(e) {
    return Object.getOwnPropertyDescriptor(e, 'fingerprint')?.get === LAZY_FINGERPRINT.get;
}
/** Sets a pending derived fingerprint to `fingerprint`, known to be that of inputs equal to `e`'s. */
function settleFingerprint(e, fingerprint) {
    Object.defineProperty(e, 'fingerprint', { value: fingerprint, enumerable: true, writable: true, configurable: true });
}
/** Whether `e`'s fingerprint is the one a columnar file derived from its inputs (not yet computed, or computed and unchanged). */
function hasDerivedFingerprint(e) {
    const d = Object.getOwnPropertyDescriptor(e, 'fingerprint');
    if (d === undefined)
        return false;
    if (d.get === LAZY_FINGERPRINT.get)
        return true;
    return derivedValue.has(e) && d.value === derivedValue.get(e);
}
function commonIdPrefix(ids) {
    if (ids.length === 0)
        return '';
    let prefix = ids[0];
    for (const id of ids) {
        let n = 0;
        const max = Math.min(prefix.length, id.length);
        while (n < max && prefix.charCodeAt(n) === id.charCodeAt(n))
            n++;
        prefix = prefix.slice(0, n);
        if (prefix === '')
            return '';
    }
    // Cut after the last '.', so that every row keeps a non-empty, readable id.
    const dot = prefix.lastIndexOf('.');
    const cut = dot < 0 ? '' : prefix.slice(0, dot + 1);
    return ids.some((id) => id.length === cut.length) ? '' : cut;
}
function mostCommon(values) {
    const counts = new Map();
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
function valueText(v) {
    return v === null ? 'null' : typeof v === 'boolean' ? String(v) : JSON.stringify(v);
}
/**
 * The distinct values of a metric column when writing them once and an index per row is shorter than the
 * values themselves, else null. Rows where the metric is absent count as null.
 */
function metricDictionary(values) {
    const index = new Map();
    let plain = 0;
    let coded = 0;
    for (const v of values) {
        let i = index.get(v);
        if (i === undefined) {
            if (index.size >= METRIC_DICT_MAX)
                return null;
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
function serializeColumnar(file) {
    const ids = Object.keys(file.scenarios).sort();
    const entries = ids.map((id) => file.scenarios[id]);
    const simulator = entries.length > 0 ? mostCommon(entries.map((e) => e.simulator)) : '';
    const inputsList = entries.map((e) => e.inputs);
    const inputColumns = [];
    if (entries.length > 1)
        varyingPaths(inputsList, [], inputColumns);
    // An empty path means the inputs differ at the top (different key sets): one column holds them whole.
    const base = entries.length > 0 && inputColumns.every((p) => p.length > 0) ? entries[0].inputs : {};
    const inputValues = {};
    const dictIndex = inputColumns.map((p, c) => {
        const dict = inputsList.some((inp) => {
            const v = getPath(inp, p);
            return typeof v === 'object' && v !== null;
        });
        if (!dict)
            return null;
        inputValues[String(c)] = [];
        return new Map();
    });
    const has = (e, k) => Object.prototype.hasOwnProperty.call(e.metrics, k);
    const metricKeys = new Set();
    for (const e of entries)
        for (const k of Object.keys(e.metrics))
            metricKeys.add(k);
    const allMetrics = [...metricKeys].sort();
    const constant = {};
    const varying = [];
    for (const k of allMetrics) {
        const present = entries.every((e) => has(e, k));
        const v0 = entries[0]?.metrics[k];
        if (present && entries.every((e) => e.metrics[k] === v0))
            constant[k] = v0;
        else
            varying.push(k);
    }
    // Derived metrics: every row where the metric is present must be reproduced bit for bit from its own values.
    const derived = {};
    const varyingSet = new Set(varying);
    for (const d of DERIVATIONS) {
        if (!varyingSet.has(d.key))
            continue;
        const exact = entries.every((e) => {
            if (!has(e, d.key))
                return true;
            const v = d.derive(contextOf(e.inputs, (k) => (has(e, k) ? e.metrics[k] : undefined)));
            return v !== undefined && Object.is(v, e.metrics[d.key]);
        });
        if (exact)
            derived[d.key] = d.formula;
    }
    const metricColumns = varying.filter((k) => !Object.prototype.hasOwnProperty.call(derived, k));
    const metricValues = {};
    const metricDicts = metricColumns.map((k) => {
        const dict = metricDictionary(entries.map((e) => (has(e, k) ? e.metrics[k] : null)));
        if (dict === null)
            return null;
        metricValues[k] = dict;
        return new Map(dict.map((v, i) => [v, i]));
    });
    const prefix = commonIdPrefix(ids);
    const rows = [];
    entries.forEach((e, i) => {
        const inputs = inputColumns.map((p, c) => {
            const v = getPath(e.inputs, p);
            const dict = dictIndex[c];
            if (dict === null)
                return v;
            const key = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(v);
            let idx = dict.get(key);
            if (idx === undefined) {
                idx = dict.size;
                dict.set(key, idx);
                inputValues[String(c)].push(v);
            }
            return idx;
        });
        const absent = [];
        for (const k of varying)
            if (!has(e, k))
                absent.push(k);
        const metrics = metricColumns.map((k, c) => {
            const v = has(e, k) ? e.metrics[k] : null;
            const dict = metricDicts[c];
            return dict === null ? v : dict.get(v);
        });
        const extra = {};
        if (e.simulator !== simulator)
            extra.simulator = e.simulator;
        // The fingerprint goes into the row only when it is not the inputs' own (known without hashing when this
        // entry's was derived, or computed by sha256Fingerprint from these very inputs).
        const own = hasDerivedFingerprint(e) || (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .knownFingerprint */ ._E)(e.inputs) === e.fingerprint || e.fingerprint === (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Fingerprint */ ._7)(e.inputs);
        if (!own)
            extra.fingerprint = e.fingerprint;
        if (absent.length > 0)
            extra.absent = absent;
        const row = [ids[i].slice(prefix.length), inputs, metrics];
        if (Object.keys(extra).length > 0)
            row.push(extra);
        rows.push(`    ${JSON.stringify(row)}`);
    });
    const header = (key, value) => `  ${JSON.stringify(key)}: ${indent((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(value).trimEnd())}`;
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
function indent(text) {
    return text.replace(/\n/g, '\n  ');
}
function isColumnarDocument(doc) {
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
function deepFreeze(value) {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
        for (const v of Object.values(value))
            deepFreeze(v);
        Object.freeze(value);
    }
    return value;
}
/**
 * The entries of a columnar file, kept as parsed rows and expanded one at a time on {@link get}. Shared
 * inputs (the base and the dictionary values) are deeply frozen and shared by every entry, so their
 * canonical JSON is written once per process (./canonical-json.ts) whatever the number of fingerprints.
 * `get` returns a new object on every call: nothing expanded is kept.
 */
class ColumnarEntries {
    #prefix;
    #simulator;
    #base;
    #inputDicts;
    #metricDicts;
    #derivations;
    #rows;
    #index;
    #sorted;
    /** A column of the whole inputs (then the only column). */
    #whole;
    /** Objects copied per row, parents first: copy j replaces key `key` of object `parent` (0 = the root, j + 1 = copy j). */
    #copies;
    /** Where each input column's value goes: key `key` of object `target` (numbered as in #copies). */
    #targets;
    /** Builds a row's metrics object in one object literal (see the constructor). */
    #buildMetrics;
    #constantValues;
    /** workload.batch, .input_tokens, .output_tokens of a row (what derivations read), without expanding it. */
    #workload;
    /** Use {@link readColumnar}: it validates the rows first. */
    constructor(parts) {
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
        const copies = [];
        const numberOf = new Map([[JSON.stringify([]), 0]]);
        const objectAt = (path) => {
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
        const slots = [];
        const derived = new Set(parts.derivations.map((d) => d.key));
        for (const def of _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb) {
            const column = parts.metricKeys.indexOf(def.key);
            if (Object.prototype.hasOwnProperty.call(parts.constants, def.key))
                slots.push({ key: def.key, column: -1, value: parts.constants[def.key] });
            else if (column >= 0 || derived.has(def.key))
                slots.push({ key: def.key, column, value: null });
        }
        // One object literal per file, generated from the slots: adding 39 keys one by one to an empty object costs
        // several µs per entry (shape transitions); a literal is built in one step. Keys are known metric keys
        // (checked by readColumnar against METRIC_BY_KEY), values are read from the arguments, never from the text.
        this.#constantValues = slots.map((s) => s.value);
        const fields = slots.map((s, i) => {
            if (!_metrics_definitions_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_BY_KEY */ .bu.has(s.key))
                throw new Error(`unknown metric ${JSON.stringify(s.key)}`);
            const value = s.column < 0 ? `k[${i}]` : parts.metricDicts[s.column] === undefined ? `v[${s.column}]` : `d[${s.column}][v[${s.column}]]`;
            return `${JSON.stringify(s.key)}: ${value}`;
        });
        this.#buildMetrics = new Function('v', 'd', 'k', `return { ${fields.join(', ')} };`);
        this.#workload = ['batch', 'input_tokens', 'output_tokens'].map((key) => {
            const c = parts.paths.findIndex((p) => p.length === 2 && p[0] === 'workload' && p[1] === key);
            if (c >= 0) {
                const dict = parts.inputDicts[c];
                return (row) => {
                    const v = dict === undefined ? row[1][c] : dict[row[1][c]];
                    return typeof v === 'number' ? v : undefined;
                };
            }
            if (parts.paths.some((p) => p.length === 0 || (p.length === 1 && p[0] === 'workload')))
                return (row) => workloadNumber(this.inputsOf(row), key);
            const v = workloadNumber(parts.base, key);
            return () => v;
        });
    }
    get size() {
        return this.#rows.length;
    }
    has(id) {
        return id.startsWith(this.#prefix) && this.#index.has(id.slice(this.#prefix.length));
    }
    get(id) {
        if (!id.startsWith(this.#prefix))
            return undefined;
        const r = this.#index.get(id.slice(this.#prefix.length));
        return r === undefined ? undefined : this.#expand(this.#rows[r]);
    }
    ids() {
        const ids = this.#rows.map((row) => this.#prefix + row[0]);
        return this.#sorted ? ids : ids.sort();
    }
    /** The inputs of a row: the base with the row's column values set (copies only along the set paths). */
    inputsOf(row) {
        const values = row[1];
        if (this.#whole) {
            const dict = this.#inputDicts[0];
            return (dict === undefined ? values[0] : dict[values[0]]);
        }
        if (this.#targets.length === 0)
            return this.#base;
        const objects = [{ ...this.#base }];
        for (const c of this.#copies) {
            const parent = objects[c.parent];
            const copy = { ...parent[c.key] };
            parent[c.key] = copy;
            objects.push(copy);
        }
        for (let c = 0; c < this.#targets.length; c++) {
            const dict = this.#inputDicts[c];
            const t = this.#targets[c];
            objects[t.target][t.key] = dict === undefined ? values[c] : dict[values[c]];
        }
        return objects[0];
    }
    /** The metrics of a row, in METRICS order; absent ones left out. */
    metricsOf(row) {
        const values = row[2];
        const m = this.#buildMetrics(values, this.#metricDicts, this.#constantValues);
        const absent = row[3]?.absent;
        if (absent !== undefined)
            for (const k of absent)
                delete m[k];
        if (this.#derivations.length > 0) {
            const ctx = {
                metric: (k) => m[k],
                batch: this.#workload[0](row),
                input: this.#workload[1](row),
                output: this.#workload[2](row),
            };
            for (const d of this.#derivations)
                if (m[d.key] !== undefined)
                    m[d.key] = d.derive(ctx) ?? null;
        }
        return m;
    }
    #expand(row) {
        const inputs = this.inputsOf(row);
        const metrics = this.metricsOf(row);
        const extra = row[3];
        const simulator = extra?.simulator ?? this.#simulator;
        return extra?.fingerprint !== undefined ? { fingerprint: extra.fingerprint, simulator, inputs, metrics } : lazyEntry(inputs, simulator, metrics);
    }
}
const isIndex = (v, length) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < length;
/**
 * The entries a parsed columnar document (either columnar schema) describes, or the problems found
 * ("<where>: <what>", rows named by their position `scenarios[i]` or, for a metric value, by their id).
 * Every row is checked here, once: the entries then expand without checks. The manifest path is checked by
 * file.ts.
 */
function readColumnar(doc, checks) {
    const problems = [];
    const v1 = doc.schema === COLUMNAR_SCHEMA_V1;
    const headerKeys = v1 ? HEADER_KEYS_V1 : HEADER_KEYS;
    for (const k of Object.keys(doc))
        if (!headerKeys.includes(k))
            problems.push(`${k}: unknown field (expected ${headerKeys.join(', ')})`);
    const { simulator, id_prefix: prefix, inputs: base, input_columns: cols, input_values: dicts, metric_columns: mcols, metric_values: mdicts = {}, derived_metrics: derivedDoc = {}, constant_metrics: constant, scenarios: rows, } = doc;
    if (typeof simulator !== 'string')
        problems.push('simulator: expected a string');
    if (typeof prefix !== 'string')
        problems.push('id_prefix: expected a string');
    if (!isPlainObject(base))
        problems.push('inputs: expected an object');
    if (!Array.isArray(cols) || !cols.every((p) => Array.isArray(p) && p.every((k) => typeof k === 'string')))
        problems.push('input_columns: expected a list of paths (lists of keys)');
    if (!isPlainObject(dicts) || !Object.values(dicts).every(Array.isArray))
        problems.push('input_values: expected an object of lists');
    if (!Array.isArray(mcols) || !mcols.every((k) => typeof k === 'string' && _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_BY_KEY */ .bu.has(k)) || new Set(mcols).size !== mcols.length)
        problems.push('metric_columns: expected a list of distinct known metric keys');
    if (!isPlainObject(mdicts) || !Object.values(mdicts).every(Array.isArray))
        problems.push('metric_values: expected an object of lists');
    if (!isPlainObject(derivedDoc))
        problems.push('derived_metrics: expected an object');
    if (!isPlainObject(constant))
        problems.push('constant_metrics: expected an object');
    if (!Array.isArray(rows))
        problems.push('scenarios: expected a list of rows');
    if (problems.length > 0)
        return { entries: null, problems };
    const paths = cols;
    const inputValues = dicts;
    const metricCols = mcols;
    const metricValues = mdicts;
    const constants = constant;
    // Columns: an empty path holds the whole inputs and is then the only column; others set a key of an object of the base.
    if (paths.some((p) => p.length === 0) && paths.length > 1)
        problems.push('input_columns: a column of the whole inputs must be the only one');
    paths.forEach((p, c) => {
        if (p.length === 0)
            return;
        if (!isPlainObject(getPath(base, p.slice(0, -1))))
            problems.push(`input_columns[${c}]: input path ${p.join('.')} does not exist in inputs`);
        if (paths.some((q, d) => d !== c && q.length < p.length && q.every((k, i) => k === p[i])))
            problems.push(`input_columns[${c}]: input path ${p.join('.')} lies inside another column`);
    });
    for (const k of Object.keys(inputValues)) {
        if (!isIndex(Number(k), paths.length) || String(Number(k)) !== k)
            problems.push(`input_values: "${k}" is not an input column`);
    }
    for (const [k, v] of Object.entries(constants))
        checks.checkMetric(k, v, (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonPathKey */ .V3)('constant_metrics', k), problems);
    for (const [k, list] of Object.entries(metricValues)) {
        if (!metricCols.includes(k))
            problems.push(`metric_values: "${k}" is not a metric column`);
        list.forEach((v, i) => checks.checkMetric(k, v, `${(0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonPathKey */ .V3)('metric_values', k)}[${i}]`, problems));
    }
    for (const k of metricCols)
        if (Object.prototype.hasOwnProperty.call(constants, k))
            problems.push(`constant_metrics.${k}: also a metric column`);
    const derivations = [];
    const available = new Set([...metricCols, ...Object.keys(constants)]);
    for (const d of DERIVATIONS) {
        if (!Object.prototype.hasOwnProperty.call(derivedDoc, d.key))
            continue;
        if (derivedDoc[d.key] !== d.formula)
            problems.push(`derived_metrics.${d.key}: expected the formula ${JSON.stringify(d.formula)}`);
        if (available.has(d.key))
            problems.push(`derived_metrics.${d.key}: also a stored or constant metric`);
        const missing = d.uses.filter((k) => !available.has(k));
        if (missing.length > 0)
            problems.push(`derived_metrics.${d.key}: needs ${missing.join(', ')}, which the file does not hold`);
        available.add(d.key);
        derivations.push(d);
    }
    for (const k of Object.keys(derivedDoc))
        if (!DERIVATION_BY_KEY.has(k))
            problems.push(`derived_metrics.${k}: not a derivable metric`);
    if (problems.length > 0)
        return { entries: null, problems };
    const inputDicts = paths.map((_, c) => (inputValues[String(c)] === undefined ? undefined : deepFreeze(inputValues[String(c)])));
    const metricDicts = metricCols.map((k) => metricValues[k]);
    const derivedKeys = new Set(derivations.map((d) => d.key));
    const varying = new Set([...metricCols, ...derivedKeys]);
    const index = new Map();
    let sorted = true;
    let previous = '';
    const list = rows;
    list.forEach((row, i) => {
        const where = `scenarios[${i}]`;
        if (!Array.isArray(row) || row.length < 3 || row.length > 4 || typeof row[0] !== 'string' || !Array.isArray(row[1]) || !Array.isArray(row[2])) {
            problems.push(`${where}: expected [id, [input values], [metric values]] with an optional object of exceptions`);
            return;
        }
        const [suffix, inputs, metrics, extra] = row;
        const id = prefix + suffix;
        if (suffix === '')
            problems.push(`${where}: empty id`);
        if (index.has(suffix))
            problems.push(`${where}: duplicate scenario id ${JSON.stringify(id)}`);
        index.set(suffix, i);
        if (suffix < previous)
            sorted = false;
        previous = suffix;
        if (inputs.length !== paths.length)
            problems.push(`${where}: ${inputs.length} input values for ${paths.length} input columns`);
        if (metrics.length !== metricCols.length)
            problems.push(`${where}: ${metrics.length} metric values for ${metricCols.length} metric columns`);
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
        if (inputs.length !== paths.length || metrics.length !== metricCols.length)
            return;
        for (let c = 0; c < paths.length; c++) {
            const dict = inputDicts[c];
            if (dict !== undefined) {
                if (!isIndex(inputs[c], dict.length)) {
                    problems.push(`${where}: input column ${c} must index input_values["${c}"] (0 … ${dict.length - 1})`);
                    return;
                }
            }
            else if (paths[c].length === 0 && !isPlainObject(inputs[c])) {
                problems.push(`${where}: input column ${c} must hold the whole inputs object`);
                return;
            }
        }
        for (let c = 0; c < metricCols.length; c++) {
            const dict = metricDicts[c];
            if (dict !== undefined) {
                if (!isIndex(metrics[c], dict.length))
                    problems.push(`${where}: metric column ${c} must index metric_values.${metricCols[c]} (0 … ${dict.length - 1})`);
            }
            else {
                const v = metrics[c];
                // The common case first: a finite number (or null) needs no further look.
                if (v === null || (typeof v === 'number' && Number.isFinite(v) && _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_BY_KEY */ .bu.get(metricCols[c]).kind === 'number'))
                    continue;
                checks.checkMetric(metricCols[c], v, (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonPathKey */ .V3)(`${(0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonPathKey */ .V3)('scenarios', id)}.metrics`, metricCols[c]), problems);
            }
        }
    });
    if (problems.length > 0)
        return { entries: null, problems };
    // A column of whole inputs hands its objects out as they are: frozen like the shared ones.
    if (paths.length === 1 && paths[0].length === 0 && inputDicts[0] === undefined)
        for (const row of list)
            deepFreeze(row[1][0]);
    const entries = new ColumnarEntries({
        prefix: prefix,
        simulator: simulator,
        base: deepFreeze(base),
        paths,
        inputDicts,
        metricKeys: metricCols,
        metricDicts,
        constants: constants,
        derivations,
        rows: list,
        index,
        sorted,
    });
    // Derived values must be finite numbers or null like stored ones (a damaged file could divide by zero).
    if (derivations.length > 0) {
        list.forEach((row, i) => {
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


/***/ }),

/***/ 1589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ checkSlo),
/* harmony export */   Av: () => (/* binding */ diffScenario),
/* harmony export */   GN: () => (/* binding */ diffRemoved),
/* harmony export */   Kv: () => (/* binding */ removedScenarios),
/* harmony export */   M: () => (/* binding */ buildBaselineFile),
/* harmony export */   Uz: () => (/* binding */ evaluatePolicy),
/* harmony export */   Yr: () => (/* binding */ countsAsRegression),
/* harmony export */   Z5: () => (/* binding */ scenarioDiffer),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   gj: () => (/* binding */ diffInputValues),
/* harmony export */   hI: () => (/* binding */ SCENARIO_CLASSIFICATIONS)
/* harmony export */ });
/* unused harmony exports validateSloBudgets, diffInputs, diffScenarios, FAIL_ON_POLICIES */
/* harmony import */ var _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6511);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7793);
/* harmony import */ var _columnar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(619);
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4263);
/* harmony import */ var _tolerance_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1831);
/**
 * Comparing scenario results with their baselines: per-metric verdicts, a classification per scenario, SLO
 * checks, the fail-on policy and a summary.
 *
 * Metric verdicts (both the scenario and its baseline present):
 *  - 'equal'        same value (numbers by ===, so 0 and -0 are equal; null = null);
 *  - 'within'       numbers that differ but pass the tolerance (./tolerance.ts);
 *  - 'regression'   out of tolerance in the worse direction (lower-better up, higher-better down), or a boolean
 *                   flipped to its worse value (fits_in_memory true → false);
 *  - 'improvement'  the opposite;
 *  - 'changed'      not directional: null ↔ value, or a value of another kind;
 *  - 'new'          the baseline has no value for the metric (or there is no baseline at all);
 *  - 'missing'      the current result has no value for the metric (or the scenario was removed).
 * Metrics absent from both sides are left out. Error scenarios have no metric rows.
 *
 * Scenario classification, first that applies (precedence):
 *   error > removed > new > inputs_changed > simulator_changed > mixed > regression > improvement > unchanged
 *  - 'error'              the scenario could not run (or produced a non-finite metric);
 *  - 'removed' / 'new'    baseline without scenario / scenario without baseline;
 *  - 'inputs_changed'     fingerprints differ; `changedInputs` lists dotted paths of the differing input fields;
 *  - 'simulator_changed'  same fingerprint, different simulator version;
 *  - 'mixed'              at least one regression and one improvement; else 'regression' / 'improvement';
 *  - 'unchanged'          every metric 'equal' or 'within'.
 * Metric verdicts are computed for inputs_changed and simulator_changed scenarios too, and the flags
 * `hasRegression` / `hasImprovement` are set from them whatever the classification, so a scenario whose inputs
 * changed AND got worse still counts as a regression for the fail-on policy.
 *
 * What counts towards `hasRegression`: every 'regression' verdict; and, only when the inputs are unchanged (same
 * fingerprint), 'changed' and 'missing' verdicts — with the same inputs a metric that became undefined (or
 * appeared from nothing) means the simulator broke. When the inputs changed, such shifts are expected
 * (output_tokens 1 makes TPOT undefined) and are only reported. 'new' never counts as a regression.
 *
 * SLO checks are independent of baselines (see {@link checkSlo}); an SLO violation is not a metric regression,
 * but it fails every policy except 'never' and makes the overall status 'regression'.
 */





const SCENARIO_CLASSIFICATIONS = [
    'error',
    'removed',
    'new',
    'inputs_changed',
    'simulator_changed',
    'mixed',
    'regression',
    'improvement',
    'unchanged',
];
const SLO_NUMERIC = [
    { budget: 'ttft_ms', kind: 'max' },
    { budget: 'tpot_ms', kind: 'max' },
    { budget: 'tpot_peak_ms', kind: 'max' },
    { budget: 'e2e_ms', kind: 'max' },
    { budget: 'prefill_throughput_tps', kind: 'min' },
    { budget: 'decode_throughput_tps', kind: 'min' },
    { budget: 'total_throughput_tps', kind: 'min' },
];
/** SLO checks of one result, in a fixed order (latencies, throughputs, must_fit). `must_fit: false` checks nothing. */
function checkSlo(metrics, budgets, bands) {
    const checks = [];
    if (!budgets)
        return checks;
    for (const { budget, kind } of SLO_NUMERIC) {
        const limit = budgets[budget];
        if (limit === undefined)
            continue;
        const raw = metrics[budget];
        const actual = typeof raw === 'number' ? raw : null;
        if (actual === null) {
            checks.push({ budget, metric: budget, kind, limit, actual: null, status: 'not_applicable', ok: true, headroom: null, headroomPct: null });
            continue;
        }
        const headroom = kind === 'max' ? limit - actual : actual - limit;
        const ok = kind === 'max' ? actual <= limit : actual >= limit;
        const band = bands?.[budget] ?? null;
        checks.push({
            budget,
            metric: budget,
            kind,
            limit,
            actual,
            status: ok ? 'ok' : 'violated',
            ok,
            headroom,
            headroomPct: limit === 0 ? null : headroom / limit,
            ...(band !== null ? { band, atRisk: ok && Math.abs(limit - actual) <= band * Math.abs(actual) } : {}),
        });
    }
    if (budgets.must_fit === true) {
        const raw = metrics.fits_in_memory;
        const actual = typeof raw === 'boolean' ? raw : null;
        const status = actual === null ? 'not_applicable' : actual ? 'ok' : 'violated';
        checks.push({
            budget: 'must_fit',
            metric: 'fits_in_memory',
            kind: 'must_fit',
            limit: true,
            actual,
            status,
            ok: status !== 'violated',
            headroom: null,
            headroomPct: null,
        });
    }
    return checks;
}
/** Validates SLO budgets (undefined/null = none); errors carry field paths prefixed by `basePath`. */
function validateSloBudgets(value, basePath = 'slo') {
    if (value === undefined || value === null)
        return [];
    if (typeof value !== 'object' || Array.isArray(value))
        return [{ path: basePath, message: 'expected an object of budgets' }];
    const errors = [];
    const known = new Set([...SLO_NUMERIC.map((s) => s.budget), 'must_fit']);
    for (const [k, v] of Object.entries(value)) {
        const path = `${basePath}.${k}`;
        if (!known.has(k))
            errors.push({ path, message: `unknown budget (expected ${[...known].join(', ')})` });
        else if (k === 'must_fit') {
            if (typeof v !== 'boolean')
                errors.push({ path, message: 'expected true or false' });
        }
        else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
            errors.push({ path, message: `expected a finite number ≥ 0, got ${JSON.stringify(v) ?? String(v)}` });
        }
    }
    return errors;
}
// ---------------------------------------------------------------------------------------------------------------
// Inputs
const SIMPLE_KEY = /^[A-Za-z0-9_-]+$/;
function childPath(parent, key) {
    if (SIMPLE_KEY.test(key))
        return parent === '' ? key : `${parent}.${key}`;
    return `${parent}[${JSON.stringify(key)}]`;
}
function isJsonObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * Dotted paths where two normalised input objects differ, sorted. Objects are compared key by key (a key on one
 * side only is a difference at its path); arrays element by element when they have the same length, otherwise
 * the array path itself is reported. A difference at the root is "(root)".
 */
function diffInputs(before, after) {
    return diffInputValues(before, after).map((c) => c.path);
}
/** The differing input fields with both values (undefined when absent on one side), sorted by path. */
function diffInputValues(before, after) {
    const out = [];
    const walk = (a, b, path) => {
        if (a === b)
            return;
        if (isJsonObject(a) && isJsonObject(b)) {
            const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
            for (const k of keys) {
                const p = childPath(path, k);
                if (!(k in a) || !(k in b))
                    out.push({ path: p, baseline: a[k], current: b[k] });
                else
                    walk(a[k], b[k], p);
            }
            return;
        }
        if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
            for (let i = 0; i < a.length; i++)
                walk(a[i], b[i], `${path}[${i}]`);
            return;
        }
        out.push({ path: path === '' ? '(root)' : path, baseline: a, current: b });
    };
    walk(before, after, '');
    return out.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}
// ---------------------------------------------------------------------------------------------------------------
// Metrics
function compareMetric(def, b, c) {
    if (b === c)
        return 'equal';
    if (b === null || c === null || typeof b !== typeof c)
        return 'changed';
    if (typeof b === 'boolean') {
        // Booleans: direction 'higher' means true is better.
        const better = def.direction === 'higher' ? c === true : c === false;
        return better ? 'improvement' : 'regression';
    }
    return 'changed';
}
function metricRows(baseline, current, tolerances) {
    const rows = [];
    for (const def of _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb) {
        const hasB = baseline !== null && baseline[def.key] !== undefined;
        const hasC = current !== null && current[def.key] !== undefined;
        if (!hasB && !hasC)
            continue;
        const b = hasB ? baseline[def.key] : null;
        const c = hasC ? current[def.key] : null;
        // A metric that does not apply on either side (null in both: a serving metric of a static scenario, decode
        // figures of a prefill-only one) has nothing to compare or show: no row.
        if (hasB && hasC && b === null && c === null)
            continue;
        const tolerance = tolerances(def.key);
        const numeric = typeof b === 'number' && typeof c === 'number';
        const delta = numeric ? c - b : null;
        const relDelta = delta !== null && b !== 0 ? delta / Math.abs(b) : null;
        let verdict;
        if (!hasB)
            verdict = 'new';
        else if (!hasC)
            verdict = 'missing';
        else if (numeric) {
            const bn = b;
            const cn = c;
            if (bn === cn)
                verdict = 'equal';
            else if ((0,_tolerance_js__WEBPACK_IMPORTED_MODULE_4__/* .withinTolerance */ .p4)(bn, cn, tolerance))
                verdict = 'within';
            else
                verdict = (def.direction === 'lower') === cn > bn ? 'regression' : 'improvement';
        }
        else
            verdict = compareMetric(def, b, c);
        rows.push({
            key: def.key,
            label: def.label,
            unit: def.unit,
            direction: def.direction,
            primary: def.primary,
            kind: def.kind,
            baseline: b,
            // One number object for equal values (most rows of a sweep): half the numbers a large report holds.
            current: Object.is(b, c) ? b : c,
            delta,
            relDelta: relDelta === 0 ? 0 : relDelta,
            tolerance,
            verdict,
        });
    }
    return rows;
}
function nonFiniteMetric(metrics) {
    for (const def of _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb) {
        const v = metrics[def.key];
        if (typeof v === 'number' && !Number.isFinite(v))
            return `metric ${def.key} is ${v}`;
    }
    return null;
}
// ---------------------------------------------------------------------------------------------------------------
// Scenarios
function emptyDiff(id) {
    return {
        id,
        classification: 'unchanged',
        hasRegression: false,
        hasImprovement: false,
        hasMetricChanges: false,
        inputsChanged: false,
        changedInputs: [],
        simulatorChanged: false,
        baselineFingerprint: null,
        currentFingerprint: null,
        baselineSimulator: null,
        currentSimulator: null,
        error: null,
        metrics: [],
        slo: [],
        sloViolated: false,
    };
}
/** Compares one scenario with its baseline (see the module comment). */
function diffScenario(input, rules) {
    return compareScenario(input, (0,_tolerance_js__WEBPACK_IMPORTED_MODULE_4__/* .toleranceResolver */ .Cx)(rules)(input.id));
}
function compareScenario(input, tolerances) {
    const d = emptyDiff(input.id);
    const baseline = input.baseline ?? null;
    // A columnar entry derives its fingerprint from its inputs when read. When they equal the run's, whose
    // fingerprint sha256Fingerprint computed from those very inputs, it is the run's: no second hash.
    const ran = input.error != null ? null : (input.current ?? null);
    if (baseline !== null && ran !== null && (0,_columnar_js__WEBPACK_IMPORTED_MODULE_2__/* .fingerprintPending */ .qL)(baseline)) {
        const known = typeof ran.inputs === 'object' && ran.inputs !== null ? (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .knownFingerprint */ ._E)(ran.inputs) : undefined;
        if (known !== undefined && known === ran.fingerprint && (0,_file_js__WEBPACK_IMPORTED_MODULE_3__/* .sameJson */ .Vk)(baseline.inputs, ran.inputs))
            (0,_columnar_js__WEBPACK_IMPORTED_MODULE_2__/* .settleFingerprint */ .kk)(baseline, known);
    }
    d.baselineFingerprint = baseline?.fingerprint ?? null;
    d.baselineSimulator = baseline?.simulator ?? null;
    const current = input.error != null ? null : (input.current ?? null);
    const error = input.error != null ? input.error : current === null ? 'the scenario produced no result' : nonFiniteMetric(current.metrics);
    if (error !== null) {
        d.classification = 'error';
        d.error = error;
        d.currentFingerprint = current?.fingerprint ?? null;
        d.currentSimulator = current?.simulator ?? null;
        return d;
    }
    const run = current;
    d.currentFingerprint = run.fingerprint;
    d.currentSimulator = run.simulator;
    d.slo = checkSlo(run.metrics, input.slo, input.bands);
    d.sloViolated = d.slo.some((s) => s.status === 'violated');
    d.metrics = metricRows(baseline ? baseline.metrics : null, run.metrics, tolerances);
    d.hasMetricChanges = d.metrics.some((m) => m.verdict !== 'equal' && m.verdict !== 'within');
    if (baseline === null) {
        d.classification = 'new';
        return d;
    }
    d.inputsChanged = baseline.fingerprint !== run.fingerprint;
    d.changedInputs = d.inputsChanged ? diffInputs(baseline.inputs, run.inputs) : [];
    d.simulatorChanged = baseline.simulator !== run.simulator;
    d.hasRegression = d.metrics.some((m) => countsAsRegression(m, d.inputsChanged));
    d.hasImprovement = d.metrics.some((m) => m.verdict === 'improvement');
    if (d.inputsChanged)
        d.classification = 'inputs_changed';
    else if (d.simulatorChanged)
        d.classification = 'simulator_changed';
    else if (d.hasRegression && d.hasImprovement)
        d.classification = 'mixed';
    else if (d.hasRegression)
        d.classification = 'regression';
    else if (d.hasImprovement)
        d.classification = 'improvement';
    else
        d.classification = 'unchanged';
    return d;
}
/** Whether a metric row counts towards `hasRegression`: every regression; changed or vanished values only when the inputs are the same. */
function countsAsRegression(m, inputsChanged) {
    if (m.verdict === 'regression')
        return true;
    return !inputsChanged && (m.verdict === 'changed' || m.verdict === 'missing');
}
/** The diff of a scenario whose baseline entry exists but which no longer exists. */
function diffRemoved(removed, tolerances = (0,_tolerance_js__WEBPACK_IMPORTED_MODULE_4__/* .toleranceResolver */ .Cx)(null)(removed.id)) {
    const d = emptyDiff(removed.id);
    d.classification = 'removed';
    d.baselineFingerprint = removed.baseline.fingerprint;
    d.baselineSimulator = removed.baseline.simulator;
    d.metrics = metricRows(removed.baseline.metrics, null, tolerances);
    d.hasMetricChanges = d.metrics.length > 0;
    return d;
}
/** Baseline entries of `baseline` whose ids are not among `currentIds`, in id order. */
function removedScenarios(baseline, currentIds) {
    if (!baseline)
        return [];
    const ids = new Set(currentIds);
    const stored = (0,_file_js__WEBPACK_IMPORTED_MODULE_3__/* .isStoredBaselineFile */ .DW)(baseline) ? baseline : (0,_file_js__WEBPACK_IMPORTED_MODULE_3__/* .storedBaselineFile */ .Xk)(baseline);
    const out = [];
    for (const id of stored.scenarios.ids())
        if (!ids.has(id))
            out.push({ id, baseline: stored.scenarios.get(id) });
    return out;
}
/**
 * {@link diffScenario} for the scenarios of one run, one at a time (a check streams them): tolerances are resolved
 * once per set of matching rules, as in {@link diffScenarios}.
 */
function scenarioDiffer(rules) {
    const tolerancesOf = (0,_tolerance_js__WEBPACK_IMPORTED_MODULE_4__/* .toleranceResolver */ .Cx)(rules);
    return (input) => compareScenario(input, tolerancesOf(input.id));
}
/** Compares every scenario (in input order, then the removed ones) and summarises. Throws on duplicate ids. */
function diffScenarios(input) {
    const seen = new Set();
    const check = (id) => {
        if (seen.has(id))
            throw new Error(`duplicate scenario id ${JSON.stringify(id)} in the diff input`);
        seen.add(id);
    };
    const scenarios = [];
    // Tolerances resolved once per set of matching rules, not per scenario and metric.
    const tolerancesOf = toleranceResolver(input.rules);
    for (const s of input.scenarios) {
        check(s.id);
        scenarios.push(compareScenario(s, tolerancesOf(s.id)));
    }
    const removedTolerances = toleranceResolver(null)('');
    for (const r of input.removed ?? []) {
        check(r.id);
        scenarios.push(diffRemoved(r, removedTolerances));
    }
    return { scenarios, summary: summarize(scenarios) };
}
/** Counts and overall status of a set of scenario diffs. */
function summarize(scenarios) {
    const counts = Object.fromEntries(SCENARIO_CLASSIFICATIONS.map((c) => [c, 0]));
    let regressedMetrics = 0;
    let withinTol = 0;
    let sloViolations = 0;
    let regressions = 0;
    let improvements = 0;
    let changed = 0;
    // One pass, no intermediate arrays (100,000 scenarios × a dozen metric rows).
    for (const s of scenarios) {
        counts[s.classification]++;
        if (s.hasRegression)
            regressions++;
        if (s.hasImprovement)
            improvements++;
        if (s.classification !== 'unchanged')
            changed++;
        for (const m of s.metrics) {
            if (s.classification !== 'removed' && countsAsRegression(m, s.inputsChanged))
                regressedMetrics++;
            if (m.verdict === 'within')
                withinTol++;
        }
        for (const c of s.slo)
            if (c.status === 'violated')
                sloViolations++;
    }
    const errors = counts.error;
    const status = errors > 0 ? 'error' : regressions > 0 || sloViolations > 0 ? 'regression' : changed > 0 ? 'changed' : 'clean';
    return {
        total: scenarios.length,
        counts,
        regressions,
        regressedMetrics,
        improvements,
        changed,
        withinTolerance: withinTol,
        sloViolations,
        errors,
        status,
    };
}
const FAIL_ON_POLICIES = ['mismatch', 'regression', 'slo', 'never'];
function fmt(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return String(v);
    if (Number.isInteger(v))
        return String(v);
    return String(Number(v.toPrecision(6)));
}
function metricReason(id, m) {
    const unit = m.unit ? ` ${m.unit}` : '';
    let change = `${fmt(m.baseline)} → ${fmt(m.current)}${m.kind === 'number' && m.baseline !== null && m.current !== null ? unit : ''}`;
    if (m.verdict === 'new')
        change = `no baseline value, now ${fmt(m.current)}`;
    if (m.verdict === 'missing')
        change = `baseline ${fmt(m.baseline)}, no value now`;
    const pct = m.relDelta !== null ? ` (${m.relDelta >= 0 ? '+' : ''}${(m.relDelta * 100).toFixed(2)} %)` : '';
    const t = m.tolerance;
    const tol = m.kind === 'number' && (m.verdict === 'regression' || m.verdict === 'improvement')
        ? `, tolerance ${(0,_tolerance_js__WEBPACK_IMPORTED_MODULE_4__/* .isExact */ .u0)(t) ? t.source : `rel ${t.rel}, abs ${t.abs} (${t.source})`}`
        : '';
    return `${id}: ${m.label} (${m.key}) ${m.verdict} ${change}${pct}${tol}`;
}
function sloReason(id, c) {
    if (c.kind === 'must_fit')
        return `${id}: SLO must_fit violated: the scenario does not fit in device memory`;
    const op = c.kind === 'max' ? '≤' : '≥';
    return `${id}: SLO ${c.budget} ${op} ${fmt(c.limit)} violated: actual ${fmt(c.actual)}`;
}
/**
 * Whether the run fails under `policy`, with the reasons:
 *  - 'mismatch':   any metric verdict other than 'equal'/'within' (primary metrics are exact unless a rule gives
 *                  them a tolerance), any new or removed scenario, any SLO violation, any error. A changed
 *                  fingerprint or simulator version alone, with all metrics equal/within, does not fail;
 *  - 'regression': metrics counted as regressions (hasRegression, whatever the classification), SLO violations,
 *                  errors;
 *  - 'slo':        SLO violations and errors;
 *  - 'never':      never fails; no reasons.
 */
function evaluatePolicy(results, policy, listed = Number.POSITIVE_INFINITY) {
    if (!FAIL_ON_POLICIES.includes(policy))
        throw new Error(`unknown fail-on policy ${JSON.stringify(policy)} (expected ${FAIL_ON_POLICIES.join(', ')})`);
    if (policy === 'never')
        return { fail: false, count: 0, reasons: [] };
    const scenarios = Array.isArray(results) ? results : results.scenarios;
    const reasons = [];
    let count = 0;
    // Reasons past `listed` are counted, not written out (a sweep can have millions).
    const add = (reason) => {
        if (count++ < listed)
            reasons.push(reason());
    };
    for (const s of scenarios) {
        if (s.classification === 'error') {
            add(() => `${s.id}: could not run: ${s.error ?? 'unknown error'}`);
            continue;
        }
        if (policy === 'mismatch') {
            if (s.classification === 'new')
                add(() => `${s.id}: new scenario without a baseline`);
            else if (s.classification === 'removed')
                add(() => `${s.id}: removed scenario (its baseline entry remains)`);
            else
                for (const m of s.metrics)
                    if (m.verdict !== 'equal' && m.verdict !== 'within')
                        add(() => metricReason(s.id, m));
        }
        else if (policy === 'regression' && s.classification !== 'new' && s.classification !== 'removed') {
            for (const m of s.metrics)
                if (countsAsRegression(m, s.inputsChanged))
                    add(() => metricReason(s.id, m));
        }
        for (const c of s.slo)
            if (c.status === 'violated')
                add(() => sloReason(s.id, c));
    }
    return { fail: count > 0, count, reasons };
}
// ---------------------------------------------------------------------------------------------------------------
// Building baseline files
/**
 * A baseline file from successful runs (scenario id → run). Only known metric keys with a defined value are
 * kept. Which scenarios to include (e.g. keeping old entries of scenarios that errored) is the caller's choice.
 */
function buildBaselineFile(manifest, runs) {
    // Null prototype: any id, `__proto__` and `constructor` included, is an ordinary key.
    const scenarios = Object.create(null);
    for (const id of Object.keys(runs).sort()) {
        const run = runs[id];
        const metrics = {};
        for (const def of _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb) {
            const v = run.metrics[def.key];
            if (v !== undefined)
                metrics[def.key] = v;
        }
        scenarios[id] = { fingerprint: run.fingerprint, simulator: run.simulator, inputs: run.inputs, metrics };
    }
    return { schema: _file_js__WEBPACK_IMPORTED_MODULE_3__/* .BASELINE_SCHEMA */ .iW, manifest, scenarios };
}


/***/ }),

/***/ 4263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ BASELINE_SCHEMA),
  G5: () => (/* binding */ BaselineFileError),
  CY: () => (/* binding */ baselinePathCollisions),
  gr: () => (/* binding */ baselinePathFor),
  DW: () => (/* binding */ isStoredBaselineFile),
  s$: () => (/* binding */ readBaselineFile),
  mw: () => (/* binding */ sameBaselineEntry),
  Vk: () => (/* binding */ sameJson),
  Xk: () => (/* binding */ storedBaselineFile),
  Oy: () => (/* binding */ writeBaselineFileAtomic)
});

// UNUSED EXPORTS: FINGERPRINT_PATTERN, checkMetric, manifestRelativePath, nullProtoCopy, parseBaselineFile, sameBaselineFile, serializeBaselineFile, toBaselineFile, validateBaselineFile

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/limits.ts
var src_limits = __webpack_require__(351);
// EXTERNAL MODULE: ./src/safe-fs.ts
var safe_fs = __webpack_require__(1168);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors/index.ts + 2 modules
var errors = __webpack_require__(9102);
// EXTERNAL MODULE: ./src/metrics/definitions.ts
var definitions = __webpack_require__(6511);
// EXTERNAL MODULE: ./src/baselines/canonical-json.ts
var canonical_json = __webpack_require__(7793);
// EXTERNAL MODULE: ./src/baselines/columnar.ts
var baselines_columnar = __webpack_require__(619);
;// CONCATENATED MODULE: ./src/baselines/json-position.ts
/**
 * Locating JSON syntax errors. `JSON.parse` on Node 20 reports a position for some errors ("... in JSON at
 * position 5"), none for others ("Unexpected token ',', ... is not valid JSON"). This small strict RFC 8259
 * scanner finds the offset of the first syntax error itself so messages can always say line:column.
 */
/** Offset of the first JSON syntax error in `text` (text.length for an unexpected end), or null when valid. */
function findJsonSyntaxError(text) {
    let i = 0;
    const n = text.length;
    class Fail {
        at;
        constructor(at) {
            this.at = at;
        }
    }
    const fail = (at) => {
        throw new Fail(at);
    };
    const ws = () => {
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
                i++;
            else
                break;
        }
    };
    const isDigit = (c) => c >= 0x30 && c <= 0x39;
    const isHex = (c) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
    const literal = (word) => {
        for (let k = 0; k < word.length; k++) {
            if (i >= n || text[i] !== word[k])
                fail(i);
            i++;
        }
    };
    const string = () => {
        i++; // opening quote
        for (;;) {
            if (i >= n)
                fail(n);
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return;
            }
            if (c < 0x20)
                fail(i);
            if (c === 0x5c) {
                i++;
                if (i >= n)
                    fail(n);
                const e = text[i];
                if (e === 'u') {
                    for (let k = 1; k <= 4; k++) {
                        if (i + k >= n)
                            fail(n);
                        if (!isHex(text.charCodeAt(i + k)))
                            fail(i + k);
                    }
                    i += 5;
                }
                else if ('"\\/bfnrt'.includes(e)) {
                    i++;
                }
                else {
                    fail(i);
                }
            }
            else {
                i++;
            }
        }
    };
    const digits = () => {
        if (i >= n)
            fail(n);
        if (!isDigit(text.charCodeAt(i)))
            fail(i);
        while (i < n && isDigit(text.charCodeAt(i)))
            i++;
    };
    const number = () => {
        if (text[i] === '-')
            i++;
        if (i >= n)
            fail(n);
        if (text[i] === '0')
            i++;
        else
            digits();
        if (text[i] === '.') {
            i++;
            digits();
        }
        if (text[i] === 'e' || text[i] === 'E') {
            i++;
            if (text[i] === '+' || text[i] === '-')
                i++;
            digits();
        }
    };
    const value = () => {
        ws();
        if (i >= n)
            fail(n);
        const c = text[i];
        if (c === '{') {
            i++;
            ws();
            if (text[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                ws();
                if (i >= n)
                    fail(n);
                if (text[i] !== '"')
                    fail(i);
                string();
                ws();
                if (i >= n)
                    fail(n);
                if (text[i] !== ':')
                    fail(i);
                i++;
                value();
                ws();
                if (i >= n)
                    fail(n);
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return;
                }
                fail(i);
            }
        }
        if (c === '[') {
            i++;
            ws();
            if (text[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value();
                ws();
                if (i >= n)
                    fail(n);
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return;
                }
                fail(i);
            }
        }
        if (c === '"')
            return string();
        if (c === '-' || isDigit(text.charCodeAt(i)))
            return number();
        if (c === 't')
            return literal('true');
        if (c === 'f')
            return literal('false');
        if (c === 'n')
            return literal('null');
        fail(i);
    };
    try {
        value();
        ws();
        if (i < n)
            fail(i);
        return null;
    }
    catch (e) {
        if (e instanceof Fail)
            return e.at;
        return null; // e.g. stack overflow on absurd nesting: no position
    }
}
/** 1-based line and column (in UTF-16 code units) of `offset` in `text`; lines end at "\n". */
function lineColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let k = 0; k < end; k++) {
        if (text.charCodeAt(k) === 0x0a) {
            line++;
            lineStart = k + 1;
        }
    }
    return { line, column: end - lineStart + 1 };
}

;// CONCATENATED MODULE: ./src/baselines/file.ts
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










const BASELINE_SCHEMA = 'genz-action/baseline@1';
/** The entries of a nested file (or any record of entries): the objects themselves. */
class RecordEntries {
    #record;
    constructor(record) {
        this.#record = record;
    }
    get size() {
        return Object.keys(this.#record).length;
    }
    has(id) {
        return Object.prototype.hasOwnProperty.call(this.#record, id);
    }
    get(id) {
        return this.has(id) ? this.#record[id] : undefined;
    }
    ids() {
        return Object.keys(this.#record).sort();
    }
}
/** Objects found deeply frozen (they and everything below them), and pairs of them found equal. */
const deeplyFrozen = new WeakSet();
const equalFrozen = new WeakMap();
function isDeeplyFrozen(o) {
    if (deeplyFrozen.has(o))
        return true;
    if (!Object.isFrozen(o))
        return false;
    for (const v of Object.values(o))
        if (typeof v === 'object' && v !== null && !isDeeplyFrozen(v))
            return false;
    deeplyFrozen.add(o);
    return true;
}
/**
 * Structural equality of JSON data (what equal canonical JSON means). Shared objects compare by identity
 * first, and two deeply frozen objects (a catalog entry and a read file's copy of it) are compared once.
 */
function sameJson(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    const frozen = Object.isFrozen(a) && Object.isFrozen(b) && isDeeplyFrozen(a) && isDeeplyFrozen(b);
    if (frozen && equalFrozen.get(a)?.has(b))
        return true;
    let equal = true;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length && equal; i++)
            if (!sameJson(a[i], b[i]))
                equal = false;
    }
    else {
        if (Array.isArray(b))
            return false;
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(b).length)
            return false;
        for (const k of ka) {
            if (!Object.prototype.hasOwnProperty.call(b, k) || !sameJson(a[k], b[k])) {
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
function sameBaselineEntry(a, b) {
    return a.simulator === b.simulator && sameJson(a.metrics, b.metrics) && sameJson(a.inputs, b.inputs) && a.fingerprint === b.fingerprint;
}
/** Whether two read files (null: none) hold the same data, entry by entry (what equal canonical JSON meant). */
function sameBaselineFile(a, b) {
    if (a == null || b == null)
        return (a ?? null) === (b ?? null);
    if (a.schema !== b.schema || a.manifest !== b.manifest || a.scenarios.size !== b.scenarios.size)
        return false;
    for (const id of a.scenarios.ids()) {
        const x = a.scenarios.get(id);
        const y = b.scenarios.get(id);
        if (y === undefined || !sameBaselineEntry(x, y))
            return false;
    }
    return true;
}
/** A stored file over plain entries (a built file, e.g. to compare against). */
function storedBaselineFile(file) {
    return { schema: file.schema, manifest: file.manifest, scenarios: new RecordEntries(file.scenarios) };
}
function isStoredBaselineFile(file) {
    const s = file?.scenarios;
    return typeof s?.get === 'function' && typeof s.ids === 'function';
}
/** Every entry of a stored file expanded into a plain {@link BaselineFile} (ids in sorted order). */
function toBaselineFile(file) {
    const scenarios = Object.create(null);
    for (const id of file.scenarios.ids()) {
        Object.defineProperty(scenarios, id, { value: file.scenarios.get(id), enumerable: true, writable: true, configurable: true });
    }
    return { schema: file.schema, manifest: file.manifest, scenarios };
}
const FINGERPRINT_PATTERN = /^sha256:[0-9a-f]{64}$/;
/** A baseline file that cannot be used. `message` names the file and every problem found. */
class BaselineFileError extends errors/* UserError */.yo {
    file;
    /** Every problem as "<json path>: <what is wrong>". */
    messages;
    /**
     * `at`: the position when it is known (a JSON syntax error); validation problems name their JSON path and
     * sit at the top of the file.
     */
    constructor(file, messages, at) {
        const body = messages.length === 1 ? messages[0] : messages.map((p) => `\n  - ${p}`).join('');
        super(messages.map((m) => (0,errors/* problemAt */.l4)(file, `invalid baseline file: ${m}`, at)), { message: `${file}: invalid baseline file: ${body}` });
        this.name = 'BaselineFileError';
        this.file = file;
        this.messages = messages;
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Validation
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
    if (typeof v === 'number')
        return `the number ${v}`;
    if (typeof v === 'boolean')
        return `${v}`;
    if (typeof v === 'object')
        return 'an object';
    return typeof v;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const NON_FINITE_STRINGS = new Set(['nan', 'infinity', '+infinity', '-infinity', 'inf', '+inf', '-inf']);
/** Deeply frozen objects already found to be JSON data (shared catalog entries, shared inputs of read files). */
const checkedFrozen = new WeakSet();
/**
 * Whether `v` is JSON data (finite numbers, no undefined, functions, ...). Paths are only built for problems:
 * `path()` names `v`. Deeply frozen subtrees are checked once per process.
 */
function checkJsonData(v, path, problems) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean')
        return true;
    if (typeof v === 'number') {
        if (Number.isFinite(v))
            return true;
        problems.push(`${path()}: ${v} is not allowed`);
        return false;
    }
    if (typeof v !== 'object') {
        problems.push(`${path()}: ${typeName(v)} is not JSON data`);
        return false;
    }
    if (checkedFrozen.has(v))
        return true;
    let ok = true;
    if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++)
            if (!checkJsonData(v[i], () => `${path()}[${i}]`, problems))
                ok = false;
    }
    else if (isObject(v)) {
        for (const k of Object.keys(v))
            if (!checkJsonData(v[k], () => (0,canonical_json/* jsonPathKey */.V3)(path(), k), problems))
                ok = false;
    }
    else {
        problems.push(`${path()}: ${typeName(v)} is not JSON data`);
        return false;
    }
    if (ok && Object.isFrozen(v) && Object.values(v).every((x) => typeof x !== 'object' || x === null || checkedFrozen.has(x)))
        checkedFrozen.add(v);
    return ok;
}
function checkKeys(obj, allowed, path, problems) {
    for (const k of Object.keys(obj)) {
        if (!allowed.includes(k))
            problems.push(`${(0,canonical_json/* jsonPathKey */.V3)(path, k)}: unknown field (expected ${allowed.join(', ')})`);
    }
}
function checkMetric(key, value, path, problems) {
    const def = definitions/* METRIC_BY_KEY */.bu.get(key);
    if (!def) {
        problems.push(`${path}: unknown metric "${key}"`);
        return;
    }
    if (value === null)
        return;
    if (def.kind === 'boolean') {
        if (typeof value !== 'boolean')
            problems.push(`${path}: expected true, false or null, got ${typeName(value)}`);
        return;
    }
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            problems.push(`${path}: ${value} is not allowed`);
        return;
    }
    if (typeof value === 'string' && NON_FINITE_STRINGS.has(value.trim().toLowerCase())) {
        problems.push(`${path}: got the string ${JSON.stringify(value)}; NaN and Infinity are not allowed in baselines`);
        return;
    }
    problems.push(`${path}: expected a finite number or null, got ${typeName(value)}`);
}
function checkScenario(entry, path, problems) {
    if (!isObject(entry)) {
        problems.push(`${path}: expected an object, got ${typeName(entry)}`);
        return;
    }
    checkKeys(entry, ['fingerprint', 'simulator', 'inputs', 'metrics'], path, problems);
    // A fingerprint a columnar file derives from the inputs is right by construction: not computed to be checked.
    const fp = (0,baselines_columnar/* hasDerivedFingerprint */.E5)(entry) ? `sha256:${'0'.repeat(64)}` : entry.fingerprint;
    if (fp === undefined)
        problems.push(`${path}.fingerprint: missing`);
    else if (typeof fp !== 'string')
        problems.push(`${path}.fingerprint: expected a string, got ${typeName(fp)}`);
    else if (!FINGERPRINT_PATTERN.test(fp))
        problems.push(`${path}.fingerprint: expected "sha256:" followed by 64 lowercase hex digits, got ${typeName(fp)}`);
    const sim = entry.simulator;
    if (sim === undefined)
        problems.push(`${path}.simulator: missing`);
    else if (typeof sim !== 'string' || sim.length === 0)
        problems.push(`${path}.simulator: expected a non-empty string, got ${typeName(sim)}`);
    const inputs = entry.inputs;
    if (inputs === undefined)
        problems.push(`${path}.inputs: missing`);
    else if (!isObject(inputs))
        problems.push(`${path}.inputs: expected an object, got ${typeName(inputs)}`);
    else
        checkJsonData(inputs, () => `${path}.inputs`, problems);
    const metrics = entry.metrics;
    if (metrics === undefined)
        problems.push(`${path}.metrics: missing`);
    else if (!isObject(metrics))
        problems.push(`${path}.metrics: expected an object, got ${typeName(metrics)}`);
    else
        for (const k of Object.keys(metrics)) {
            const v = metrics[k];
            const kind = definitions/* METRIC_BY_KEY */.bu.get(k)?.kind;
            // The common cases need no path: a finite number or null of a number metric, a boolean or null of a boolean one.
            if (kind !== undefined && (v === null || (kind === 'number' ? typeof v === 'number' && Number.isFinite(v) : typeof v === 'boolean')))
                continue;
            checkMetric(k, v, (0,canonical_json/* jsonPathKey */.V3)(`${path}.metrics`, k), problems);
        }
}
/**
 * Every problem of a parsed baseline document, as "<json path>: <what is wrong>" strings; empty when valid.
 * Paths start at the document root without a `$`, e.g. `scenarios["llama-tp2"].metrics.ttft_ms`.
 */
function validateBaselineFile(doc) {
    const problems = [];
    if (!isObject(doc))
        return [`expected a JSON object at the top level, got ${typeName(doc)}`];
    checkKeys(doc, ['schema', 'manifest', 'scenarios'], '$', problems);
    if (doc.schema === undefined)
        problems.push(`schema: missing (expected "${BASELINE_SCHEMA}")`);
    else if (doc.schema !== BASELINE_SCHEMA)
        problems.push(`schema: expected "${BASELINE_SCHEMA}", got ${typeName(doc.schema)}`);
    if (doc.manifest === undefined)
        problems.push('manifest: missing');
    else if (typeof doc.manifest !== 'string')
        problems.push(`manifest: expected a string, got ${typeName(doc.manifest)}`);
    else {
        const why = relativePathProblem(doc.manifest);
        if (why)
            problems.push(`manifest: ${why}`);
        else if (doc.manifest.includes('\\'))
            problems.push(`manifest: ${JSON.stringify(doc.manifest)} must use / as the separator`);
    }
    if (doc.scenarios === undefined)
        problems.push('scenarios: missing');
    else if (!isObject(doc.scenarios))
        problems.push(`scenarios: expected an object, got ${typeName(doc.scenarios)}`);
    else {
        for (const id of Object.keys(doc.scenarios)) {
            const p = (0,canonical_json/* jsonPathKey */.V3)('$.scenarios', id);
            if (id.length === 0)
                problems.push(`${p}: scenario id must not be empty`);
            checkScenario(doc.scenarios[id], p, problems);
        }
    }
    return problems.map((p) => (p.startsWith('$.') ? p.slice(2) : p.startsWith('$') ? p.slice(1) : p));
}
// ---------------------------------------------------------------------------------------------------------------
// Parsing, serialising, reading, writing
/** A copy of `obj`'s own enumerable entries in an object without prototype (`__proto__` stays a data key). */
function nullProtoCopy(obj) {
    const out = Object.create(null);
    for (const k of Object.keys(obj))
        Object.defineProperty(out, k, { value: obj[k], enumerable: true, writable: true, configurable: true });
    return out;
}
/** Parses and validates baseline text (e.g. from `git show` or the GitHub API); `file` names it in errors. */
function parseBaselineFile(text, file, limits = src_limits/* DEFAULT_LIMITS */.dR) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    // Checked before parsing: validation walks the document, and 100,000 nested arrays would overflow the stack.
    const deep = (0,src_limits/* nestingTooDeep */.J1)(body, limits.nesting_depth);
    if (deep !== null) {
        const { line, column } = lineColumn(body, deep);
        throw new BaselineFileError(file, [`nested deeper than ${limits.nesting_depth} levels at line ${line}, column ${column} (limits.nesting_depth)`], {
            line,
            column,
        });
    }
    let doc;
    try {
        doc = JSON.parse(body);
    }
    catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        const at = findJsonSyntaxError(body);
        if (at === null)
            throw new BaselineFileError(file, [`not valid JSON (${reason})`]);
        const { line, column } = lineColumn(body, at);
        const what = at >= body.length ? 'unexpected end of the file (truncated?)' : reason;
        throw new BaselineFileError(file, [`not valid JSON at line ${line}, column ${column}: ${what}`], { line, column });
    }
    // The columnar layout of big sweeps (./columnar.ts) expands to the same in-memory file.
    // The columnar layout of big sweeps (./columnar.ts) stays columnar: entries expand when asked for.
    if ((0,baselines_columnar/* isColumnarDocument */.d8)(doc)) {
        const columnar = doc;
        const header = validateBaselineFile({ schema: BASELINE_SCHEMA, manifest: columnar.manifest, scenarios: {} });
        const read = (0,baselines_columnar/* readColumnar */.Ks)(columnar, { checkMetric, fingerprint: FINGERPRINT_PATTERN });
        const problems = [...header, ...read.problems];
        if (problems.length > 0 || read.entries === null)
            throw new BaselineFileError(file, problems);
        return { schema: BASELINE_SCHEMA, manifest: columnar.manifest, scenarios: read.entries };
    }
    const problems = validateBaselineFile(doc);
    if (problems.length > 0)
        throw new BaselineFileError(file, problems);
    const valid = doc;
    // Scenario ids are user data: a null-prototype map, so `constructor` or `__proto__` are ordinary ids.
    return { schema: valid.schema, manifest: valid.manifest, scenarios: new RecordEntries(nullProtoCopy(valid.scenarios)) };
}
/**
 * Reads and validates a baseline file. A file that does not exist is not an error: it returns null (no baseline
 * yet). Anything else wrong throws a {@link BaselineFileError} naming the file.
 */
async function readBaselineFile(path, opts = {}) {
    const limits = opts.limits ?? src_limits/* DEFAULT_LIMITS */.dR;
    // Inside the repository by real path, a regular file, within limits.baseline_bytes; never quoted when refused.
    const r = (0,safe_fs/* readFileSafe */.os)(path, { root: opts.root ?? null, maxBytes: limits.baseline_bytes });
    if (!r.ok) {
        if (r.missing)
            return null;
        throw new BaselineFileError(path, [r.size !== undefined ? `${r.reason} (limits.baseline_bytes)` : r.reason]);
    }
    return parseBaselineFile(r.text, path, limits);
}
/** The canonical UTF-8 bytes of a baseline file. Throws a {@link BaselineFileError} when `file` is invalid. */
function serializeBaselineFile(input, label) {
    const file = isStoredBaselineFile(input) ? toBaselineFile(input) : input;
    const problems = validateBaselineFile(file);
    if (problems.length > 0) {
        const name = label ?? (typeof file?.manifest === 'string' ? `baseline of ${file.manifest}` : '(baseline)');
        throw new BaselineFileError(name, problems);
    }
    const columnar = Object.keys(file.scenarios).length >= baselines_columnar/* COLUMNAR_MIN_SCENARIOS */.vQ;
    return Buffer.from(columnar ? (0,baselines_columnar/* serializeColumnar */.eK)(file) : (0,canonical_json/* canonicalJson */.dj)(file), 'utf8');
}
/**
 * Writes a baseline file atomically: creates missing directories, writes a uniquely named temporary file in the
 * target directory, fsyncs it and renames it over the target. When the target already holds exactly these bytes
 * nothing is touched (its mtime stays). Returns what happened.
 */
async function writeBaselineFileAtomic(target, file, opts = {}) {
    const bytes = serializeBaselineFile(file, target);
    let path = target;
    if (opts.root) {
        // Never through a symlink (or ..) that leaves the repository: `baselines -> /tmp/elsewhere` is refused.
        const w = (0,safe_fs/* writableInside */.pE)(opts.root, target);
        if (!w.ok)
            throw new BaselineFileError(target, [w.reason]);
        path = w.real;
    }
    let existing = null;
    try {
        existing = await (0,promises_.readFile)(path);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    if (existing !== null && existing.equals(bytes))
        return 'unchanged';
    const dir = external_node_path_.dirname(path);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const tmp = external_node_path_.join(dir, `.${external_node_path_.basename(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    let renamed = false;
    try {
        const handle = await (0,promises_.open)(tmp, 'wx');
        try {
            await handle.writeFile(bytes);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(tmp, path);
        renamed = true;
    }
    finally {
        if (!renamed)
            await (0,promises_.unlink)(tmp).catch(() => undefined);
    }
    await fsyncDirectory(dir);
    return existing === null ? 'created' : 'updated';
}
/** Best effort: makes the rename durable. Not possible on every platform (e.g. Windows), so errors are ignored. */
async function fsyncDirectory(dir) {
    try {
        const handle = await (0,promises_.open)(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // ignore
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Paths
/** Why `p` is not a safe repository-relative path (after turning `\` into `/`), or null when it is. */
function relativePathProblem(p) {
    if (p.length === 0)
        return 'path must not be empty';
    if (p.includes('\0'))
        return 'path must not contain NUL characters';
    const posix = p.replace(/\\/g, '/');
    if (posix.startsWith('/') || /^[A-Za-z]:/.test(posix))
        return `path ${JSON.stringify(p)} must be relative to the repository root, not absolute`;
    if (posix.split('/').includes('..'))
        return `path ${JSON.stringify(p)} must not contain ".." (it would leave the repository)`;
    return null;
}
/** Normalises a safe relative path to POSIX form without `.` or empty segments; throws when unsafe. */
function normaliseRelative(p, what) {
    const why = relativePathProblem(p);
    if (why)
        throw new Error(`${what}: ${why}`);
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
function baselinePathFor(manifestRelPath, baselinesDir) {
    const manifest = normaliseRelative(manifestRelPath, 'manifest path');
    if (manifest === '')
        throw new Error(`manifest path: ${JSON.stringify(manifestRelPath)} does not name a file`);
    const dir = normaliseRelative(baselinesDir === '' ? '.' : baselinesDir, 'baselines directory');
    const slash = manifest.lastIndexOf('/');
    const base = manifest.slice(slash + 1);
    const dot = base.lastIndexOf('.');
    const stem = dot > 0 ? base.slice(0, dot) : base;
    const rel = (slash >= 0 ? manifest.slice(0, slash + 1) : '') + stem + '.json';
    const out = dir === '' ? rel : `${dir}/${rel}`;
    if (out === manifest)
        throw new Error(`baseline path for ${JSON.stringify(manifestRelPath)} would overwrite the manifest itself`);
    return out;
}
/**
 * The manifest path as stored in baseline files: relative to `repoRoot`, POSIX separators. Throws when the
 * manifest is outside the repository.
 */
function manifestRelativePath(repoRoot, manifestPath) {
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
function baselinePathCollisions(manifestRelPaths, baselinesDir) {
    const byTarget = new Map();
    for (const m of manifestRelPaths) {
        const target = baselinePathFor(m, baselinesDir);
        const list = byTarget.get(target) ?? [];
        if (!list.includes(m))
            list.push(m);
        byTarget.set(target, list);
    }
    for (const [k, v] of byTarget)
        if (v.length < 2)
            byTarget.delete(k);
    return byTarget;
}


/***/ }),

/***/ 1831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ toleranceResolver),
/* harmony export */   cR: () => (/* binding */ validateToleranceConfig),
/* harmony export */   eu: () => (/* binding */ globMatch),
/* harmony export */   p4: () => (/* binding */ withinTolerance),
/* harmony export */   u0: () => (/* binding */ isExact)
/* harmony export */ });
/* unused harmony export toleranceFor */
/* harmony import */ var _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6511);
/**
 * Tolerance rules: how far a metric may drift from its baseline before it counts as a change.
 *
 * Config (the `tolerances` section of genz.config.yaml):
 * ```
 * tolerances:
 *   default: { rel: 0, abs: 0 }                       # secondary metrics; primary metrics stay exact
 *   metrics: { kv_cache_gb: { rel: 0.01 }, tokens_per_ms: { abs: 0.5 } }
 *   scenarios: [ { match: "llama-*", metrics: { ttft_ms: { rel: 0.02 } } } ]
 * ```
 *
 * Resolution for (metric, scenario id), first that applies wins:
 *  1. boolean metrics are always exact ("exact (boolean)");
 *  2. the LAST scenario rule whose `match` glob matches the id and that names the metric ("scenario rule #2 (llama-*)");
 *  3. `metrics.<key>` ("metric rule (kv_cache_gb)");
 *  4. primary metrics: exact ("exact (primary)");
 *  5. secondary metrics: `default` ("default"), or exact when there is none ("exact (no default)").
 * Each rule is complete on its own: a missing `rel` or `abs` is 0, not inherited from a lower-precedence rule.
 *
 * A value passes when |current − baseline| ≤ abs + rel × |baseline| (inclusive; evaluated exactly as written,
 * in double precision).
 *
 * Globs match the whole scenario id: `*` any run of characters (also empty, also `/`), `?` exactly one character
 * (one Unicode code point). Every other character, including `[`, `]` and `\`, matches itself; there are no
 * character classes and no escapes.
 */

// ---------------------------------------------------------------------------------------------------------------
// Glob
/** Whole-string match of `id` against `pattern` with `*` and `?` (see the module comment). */
function globMatch(pattern, id) {
    const p = Array.from(pattern);
    const s = Array.from(id);
    let pi = 0;
    let si = 0;
    let star = -1; // index in p of the last `*`
    let mark = 0; // index in s where that `*` currently stops
    while (si < s.length) {
        if (pi < p.length && p[pi] === '*') {
            star = pi++;
            mark = si;
        }
        else if (pi < p.length && (p[pi] === '?' || p[pi] === s[si])) {
            pi++;
            si++;
        }
        else if (star >= 0) {
            pi = star + 1;
            si = ++mark;
        }
        else {
            return false;
        }
    }
    while (pi < p.length && p[pi] === '*')
        pi++;
    return pi === p.length;
}
// ---------------------------------------------------------------------------------------------------------------
// Validation
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v)}`;
    if (typeof v === 'object')
        return 'an object';
    return `${typeof v} ${String(v)}`;
}
function validateSpec(v, path, errors) {
    if (!isObject(v)) {
        errors.push({ path, message: `expected an object like { rel: 0.01, abs: 0.5 }, got ${describe(v)}` });
        return undefined;
    }
    const out = {};
    for (const k of Object.keys(v)) {
        if (k !== 'rel' && k !== 'abs') {
            errors.push({ path: `${path}.${k}`, message: 'unknown field (expected rel, abs)' });
            continue;
        }
        const x = v[k];
        if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) {
            errors.push({ path: `${path}.${k}`, message: `expected a finite number ≥ 0, got ${describe(x)}` });
            continue;
        }
        out[k] = x;
    }
    return out;
}
function validateMetricMap(v, path, errors) {
    if (!isObject(v)) {
        errors.push({ path, message: `expected an object of metric keys, got ${describe(v)}` });
        return undefined;
    }
    const out = {};
    for (const k of Object.keys(v)) {
        const def = _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_BY_KEY */ .bu.get(k);
        if (!def) {
            errors.push({ path: `${path}.${k}`, message: `unknown metric (known: ${_metrics_definitions_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_KEYS */ .WB.join(', ')})` });
            continue;
        }
        if (def.kind === 'boolean') {
            errors.push({ path: `${path}.${k}`, message: 'boolean metric: tolerances do not apply (it is always compared exactly)' });
            continue;
        }
        const spec = validateSpec(v[k], `${path}.${k}`, errors);
        if (spec)
            out[k] = spec;
    }
    return out;
}
/**
 * Validates the `tolerances` section (undefined/null = no rules). Returns a normalised copy, or every error with
 * its field path (prefixed by `basePath`).
 */
function validateToleranceConfig(value, basePath = 'tolerances') {
    const errors = [];
    if (value === undefined || value === null)
        return { ok: true, value: {}, errors: [] };
    if (!isObject(value)) {
        return { ok: false, errors: [{ path: basePath, message: `expected an object with default, metrics, scenarios, got ${describe(value)}` }] };
    }
    const out = {};
    for (const k of Object.keys(value)) {
        if (k !== 'default' && k !== 'metrics' && k !== 'scenarios')
            errors.push({ path: `${basePath}.${k}`, message: 'unknown field (expected default, metrics, scenarios)' });
    }
    if (value.default !== undefined)
        out.default = validateSpec(value.default, `${basePath}.default`, errors);
    if (value.metrics !== undefined)
        out.metrics = validateMetricMap(value.metrics, `${basePath}.metrics`, errors);
    if (value.scenarios !== undefined) {
        if (!Array.isArray(value.scenarios)) {
            errors.push({ path: `${basePath}.scenarios`, message: `expected a list of { match, metrics } rules, got ${describe(value.scenarios)}` });
        }
        else {
            out.scenarios = [];
            value.scenarios.forEach((rule, i) => {
                const path = `${basePath}.scenarios[${i}]`;
                if (!isObject(rule)) {
                    errors.push({ path, message: `expected { match, metrics }, got ${describe(rule)}` });
                    return;
                }
                for (const k of Object.keys(rule)) {
                    if (k !== 'match' && k !== 'metrics')
                        errors.push({ path: `${path}.${k}`, message: 'unknown field (expected match, metrics)' });
                }
                let ok = true;
                if (typeof rule.match !== 'string' || rule.match.length === 0) {
                    errors.push({
                        path: `${path}.match`,
                        message: `expected a non-empty glob string, got ${rule.match === undefined ? 'nothing' : describe(rule.match)}`,
                    });
                    ok = false;
                }
                if (rule.metrics === undefined) {
                    errors.push({ path: `${path}.metrics`, message: 'missing (expected an object of metric keys)' });
                    ok = false;
                }
                const metrics = rule.metrics === undefined ? undefined : validateMetricMap(rule.metrics, `${path}.metrics`, errors);
                if (ok && metrics)
                    out.scenarios.push({ match: rule.match, metrics });
            });
        }
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out, errors: [] };
}
// ---------------------------------------------------------------------------------------------------------------
// Resolution and the pass rule
function resolved(spec, source) {
    return { rel: spec.rel ?? 0, abs: spec.abs ?? 0, source };
}
/** The tolerance that applies to `metricKey` in scenario `scenarioId` (precedence in the module comment). */
function toleranceFor(metricKey, scenarioId, rules) {
    const def = _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_BY_KEY */ .bu.get(metricKey);
    if (!def)
        throw new Error(`unknown metric ${JSON.stringify(metricKey)}`);
    if (def.kind === 'boolean')
        return { rel: 0, abs: 0, source: 'exact (boolean)' };
    const scenarioRules = rules?.scenarios ?? [];
    for (let i = scenarioRules.length - 1; i >= 0; i--) {
        const rule = scenarioRules[i];
        const spec = rule.metrics[metricKey];
        if (spec && globMatch(rule.match, scenarioId))
            return resolved(spec, `scenario rule #${i + 1} (${rule.match})`);
    }
    const metricSpec = rules?.metrics?.[metricKey];
    if (metricSpec)
        return resolved(metricSpec, `metric rule (${metricKey})`);
    if (def.primary)
        return { rel: 0, abs: 0, source: 'exact (primary)' };
    if (rules?.default)
        return resolved(rules.default, 'default');
    return { rel: 0, abs: 0, source: 'exact (no default)' };
}
/**
 * {@link toleranceFor} of many scenarios at once: each scenario's rules are matched once (not once per metric),
 * and scenarios matching the same rules share their resolved tolerances (frozen objects, equal to what
 * toleranceFor returns). For one diff: `rules` must not change while the resolver is used.
 */
function toleranceResolver(rules) {
    const scenarioRules = rules?.scenarios ?? [];
    const bySignature = new Map();
    return (scenarioId) => {
        let signature = '';
        for (let i = 0; i < scenarioRules.length; i++)
            if (globMatch(scenarioRules[i].match, scenarioId))
                signature += `${i},`;
        let resolve = bySignature.get(signature);
        if (resolve === undefined) {
            const cache = new Map();
            // Any scenario with this signature resolves alike: toleranceFor only asks which rules match the id.
            const id = scenarioId;
            resolve = (metricKey) => {
                let t = cache.get(metricKey);
                if (t === undefined) {
                    t = Object.freeze(toleranceFor(metricKey, id, rules));
                    cache.set(metricKey, t);
                }
                return t;
            };
            bySignature.set(signature, resolve);
        }
        return resolve;
    };
}
/** |current − baseline| ≤ abs + rel × |baseline|, inclusive. */
function withinTolerance(baseline, current, tolerance) {
    return Math.abs(current - baseline) <= tolerance.abs + tolerance.rel * Math.abs(baseline);
}
/** True when the tolerance is zero, i.e. any difference counts. */
function isExact(tolerance) {
    return tolerance.rel === 0 && tolerance.abs === 0;
}


/***/ }),

/***/ 9269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ loadAjv)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Ajv itself, loaded only when a schema must be compiled: by write-schemas.ts (which writes the precompiled
 * validators) and by tests. At run time the validators are precompiled (./precompiled.ts) and Ajv is never
 * loaded: `npm run build` refuses to bundle stale precompiled validators (scripts/build.mjs runs
 * `write-schemas.ts --check`), so the compile-at-run-time fallback is reached only from source (tsx, vitest),
 * where node_modules holds ajv. Loading it through `require` keeps it out of the bundle (about 0.3 MB that
 * every start would otherwise read and parse).
 */

let AjvCtor = null;
/** A new Ajv instance (draft-07) with these options; loads ajv on first use. */
function loadAjv(options) {
    if (!AjvCtor) {
        // ajv is CommonJS: its module object holds the class as `default` (and is the class itself).
        const mod = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)('ajv');
        AjvCtor = mod.default ?? mod;
    }
    return new AjvCtor(options);
}


/***/ }),

/***/ 4711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UI: () => (/* binding */ ProjectConfigError),
/* harmony export */   WU: () => (/* reexport safe */ _errors_index_js__WEBPACK_IMPORTED_MODULE_0__.WU),
/* harmony export */   jV: () => (/* reexport safe */ _errors_index_js__WEBPACK_IMPORTED_MODULE_0__.jV)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9102);
/**
 * Errors of the manifests module. Every problem is the one Problem type of src/errors (file, line, column, field
 * path, message, hint), and every error thrown is a UserError.
 */


/** Thrown by `loadProjectConfig` with every problem of the config file. */
class ProjectConfigError extends _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    constructor(problems) {
        super(problems);
        this.name = 'ProjectConfigError';
    }
}


/***/ }),

/***/ 3613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lm: () => (/* binding */ isHfConfig),
/* harmony export */   ze: () => (/* binding */ hfConfigToSpec)
/* harmony export */ });
/* unused harmony exports HF_FAMILIES, HF_MODEL_TYPES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4711);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9041);


const HF_FAMILIES = {
    llama: { kind: 'gated', architectures: ['LlamaForCausalLM'] },
    mistral: { kind: 'gated', architectures: ['MistralForCausalLM'] },
    mixtral: { kind: 'gated', architectures: ['MixtralForCausalLM'] },
    qwen2: { kind: 'gated', architectures: ['Qwen2ForCausalLM'] },
    qwen2_moe: { kind: 'gated', architectures: ['Qwen2MoeForCausalLM'] },
    qwen3: { kind: 'gated', architectures: ['Qwen3ForCausalLM'] },
    qwen3_moe: { kind: 'gated', architectures: ['Qwen3MoeForCausalLM'] },
    gemma: { kind: 'gated', architectures: ['GemmaForCausalLM'], tied: true },
    gemma2: { kind: 'gated', architectures: ['Gemma2ForCausalLM'], tied: true },
    gemma3_text: { kind: 'gated', architectures: ['Gemma3ForCausalLM'], tied: true },
    gpt_oss: { kind: 'gated', architectures: ['GptOssForCausalLM'] },
    llama4_text: { kind: 'gated', architectures: ['Llama4ForCausalLM'] },
    phi3: { kind: 'gated', architectures: ['Phi3ForCausalLM'] },
    phimoe: { kind: 'gated', architectures: ['PhiMoEForCausalLM'] },
    granite: { kind: 'gated', architectures: ['GraniteForCausalLM'] },
    olmo2: { kind: 'gated', architectures: ['Olmo2ForCausalLM'] },
    deepseek: { kind: 'gated', architectures: ['DeepseekForCausalLM'], deepseek: true },
    deepseek_v2: { kind: 'gated', architectures: ['DeepseekV2ForCausalLM'], deepseek: true },
    deepseek_v3: { kind: 'gated', architectures: ['DeepseekV3ForCausalLM'], deepseek: true },
    jamba: { kind: 'gated', architectures: ['JambaForCausalLM'], hybrid: true },
    gpt2: { kind: 'plain', architectures: ['GPT2LMHeadModel'], tied: true },
    gpt_bigcode: { kind: 'plain', architectures: ['GPTBigCodeForCausalLM'] },
    opt: { kind: 'plain', architectures: ['OPTForCausalLM'] },
    falcon: { kind: 'plain', architectures: ['FalconForCausalLM', 'RWForCausalLM'] },
    gpt_neox: { kind: 'plain', architectures: ['GPTNeoXForCausalLM'] },
    gptj: { kind: 'plain', architectures: ['GPTJForCausalLM'] },
    bloom: { kind: 'plain', architectures: ['BloomForCausalLM'] },
    starcoder2: { kind: 'plain', architectures: ['Starcoder2ForCausalLM'] },
    phi: { kind: 'plain', architectures: ['PhiForCausalLM'] },
    mamba: { kind: 'mamba', architectures: ['MambaForCausalLM'], tied: true },
    falcon_mamba: { kind: 'mamba', architectures: ['FalconMambaForCausalLM'], tied: true },
};
/** Defaults of the Hugging Face config classes for fields published configs leave out. */
const FAMILY_DEFAULTS = {
    gemma3_text: { vocab_size: 262208, sliding_window_pattern: 6, tie_word_embeddings: true },
};
/** Older names of a model_type. */
const MODEL_TYPE_ALIASES = { RefinedWeb: 'falcon', RefinedWebModel: 'falcon' };
const HF_MODEL_TYPES = Object.keys(HF_FAMILIES);
/** Whether a parsed model file is a Hugging Face config (rather than GenZ ModelConfig fields). */
function isHfConfig(data) {
    return data !== null && typeof data === 'object' && !Array.isArray(data) && ('model_type' in data || 'architectures' in data);
}
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function familyOf(cfg) {
    const mt = cfg.model_type;
    if (typeof mt === 'string') {
        const t = MODEL_TYPE_ALIASES[mt] ?? mt;
        if (HF_FAMILIES[t])
            return t;
    }
    if (Array.isArray(cfg.architectures)) {
        for (const a of cfg.architectures) {
            const hit = Object.entries(HF_FAMILIES).find(([, f]) => f.architectures.includes(String(a)));
            if (hit)
                return hit[0];
        }
    }
    return undefined;
}
/** Maps a Hugging Face config to a ModelSpec; errors point at the offending field of the file. */
function hfConfigToSpec(src, data, defaultName) {
    let cfg = data;
    let base = [];
    let family = familyOf(cfg);
    const warnings = [];
    if (isObj(cfg.text_config) && familyOf(cfg.text_config) !== undefined && (family === undefined || cfg.model_type === 'llama4')) {
        // Multimodal wrappers (gemma3, llama4) keep the language model in text_config.
        for (const k of ['vision_config', 'audio_config']) {
            if (isObj(cfg[k]))
                warnings.push(`${k}: the ${k === 'vision_config' ? 'vision' : 'audio'} tower is not simulated (the language model in text_config is)`);
        }
        cfg = cfg.text_config;
        base = ['text_config'];
        family = familyOf(cfg);
    }
    if (family === undefined) {
        const where = 'model_type' in data ? ['model_type'] : ['architectures'];
        const got = [
            typeof data.model_type === 'string' ? `model_type '${data.model_type}'` : null,
            Array.isArray(data.architectures) ? `architectures ${data.architectures.map(String).join(', ')}` : null,
        ]
            .filter((x) => x !== null)
            .join(', ') || 'no model_type';
        return {
            spec: null,
            errors: [(0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .errorAt */ .Os)(src, where, `unsupported Hugging Face architecture (${got}); supported model_type values: ${HF_MODEL_TYPES.join(', ')}`)],
        };
    }
    const fam = HF_FAMILIES[family];
    const errors = [];
    // Fields the model class fills in when a config leaves them out (e.g. Gemma 3's vocabulary).
    const defaults = FAMILY_DEFAULTS[family];
    if (defaults)
        cfg = { ...defaults, ...cfg };
    /** The first present key's value, checked to be an integer >= min. */
    const pick = (keys, min = 1) => {
        for (const k of keys) {
            const v = cfg[k];
            if (v === undefined || v === null)
                continue;
            if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
                errors.push((0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .errorAt */ .Os)(src, [...base, k], `must be an integer >= ${min}, got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(v)}`));
                return undefined;
            }
            return v;
        }
        return undefined;
    };
    const need = (keys, label) => {
        const present = keys.some((k) => cfg[k] !== undefined && cfg[k] !== null);
        if (!present) {
            errors.push((0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .errorAt */ .Os)(src, base, `missing ${keys.join(' or ')} (the ${label}) in this ${family} config`));
            return undefined;
        }
        return pick(keys);
    };
    const str = (keys) => {
        for (const k of keys)
            if (typeof cfg[k] === 'string')
                return cfg[k];
        return undefined;
    };
    const name = typeof data._name_or_path === 'string' && data._name_or_path.trim() !== '' ? data._name_or_path : defaultName;
    const spec = { model: name };
    const set = (key, v) => {
        if (v !== undefined)
            spec[key] = v;
    };
    const hidden = need(['hidden_size', 'n_embd', 'd_model'], 'hidden size');
    const layers = need(['num_hidden_layers', 'n_layer', 'num_layers'], 'number of layers');
    set('vocab_size', pick(['vocab_size', 'padded_vocab_size']));
    set('hidden_size', hidden);
    if (fam.kind === 'mamba') {
        set('intermediate_size', 0);
        set('num_ffi', 0);
        set('num_decoder_layers', layers);
        set('num_attention_heads', 1);
        set('num_key_value_heads', 1);
        set('head_dim', hidden);
        set('mamba_d_state', need(['state_size'], 'Mamba state size'));
        set('mamba_d_conv', pick(['conv_kernel']));
        // The inner width is intermediate_size where the config states it (falcon-mamba: 8192 = 2 × 4096,
        // while its `expand` says 16); else expand × hidden.
        const inner = pick(['intermediate_size'], 1);
        if (inner !== undefined && hidden !== undefined && inner % hidden === 0) {
            set('mamba_expand', inner / hidden);
            if (typeof cfg.expand === 'number' && cfg.expand * hidden !== inner)
                warnings.push(`expand ${String(cfg.expand)} ignored: intermediate_size ${inner} gives the Mamba inner width (expand ${inner / hidden})`);
        }
        else {
            set('mamba_expand', pick(['expand']));
        }
        const rank = cfg.time_step_rank;
        set('mamba_dt_rank', rank === 'auto' ? 'auto' : pick(['time_step_rank']));
    }
    else {
        const heads = need(['num_attention_heads', 'n_head', 'num_heads'], 'number of attention heads');
        let kv = pick(['num_key_value_heads', 'num_kv_heads', 'n_head_kv']);
        const multiQuery = cfg.multi_query === true || (family === 'gpt_bigcode' && cfg.multi_query !== false);
        if (family === 'falcon' && cfg.new_decoder_architecture !== true)
            kv = multiQuery ? 1 : undefined;
        else if (kv === undefined && multiQuery)
            kv = 1;
        let intermediate = pick(['intermediate_size', 'ffn_dim', 'n_inner', 'ffn_hidden_size'], 0);
        if (intermediate === undefined && fam.kind === 'plain' && hidden !== undefined)
            intermediate = 4 * hidden;
        set('intermediate_size', intermediate);
        set('num_ffi', fam.kind === 'gated' ? 2 : 1);
        set('num_decoder_layers', layers);
        set('num_attention_heads', heads);
        set('num_key_value_heads', kv);
        set('head_dim', pick(['head_dim']));
        if (heads !== undefined && kv !== undefined && heads % kv !== 0) {
            const key = ['num_key_value_heads', 'num_kv_heads', 'n_head_kv'].find((k) => k in cfg) ?? 'num_key_value_heads';
            errors.push((0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .errorAt */ .Os)(src, [...base, key], `${heads} attention heads are not a multiple of ${kv} key/value heads`));
        }
        const experts = pick(['num_local_experts', 'num_experts', 'n_routed_experts']);
        if (experts !== undefined && experts > 1) {
            set('num_experts', experts);
            set('expert_top_k', pick(['num_experts_per_tok', 'moe_topk']));
            set('moe_intermediate_size', pick(['moe_intermediate_size'], 0));
            const sharedSize = pick(['shared_expert_intermediate_size'], 0);
            set('shared_expert_intermediate_size', sharedSize);
            let shared = pick(['n_shared_experts'], 0);
            if (shared === undefined && family === 'qwen2_moe' && sharedSize !== undefined && sharedSize > 0)
                shared = 1;
            set('n_shared_experts', shared);
            if (fam.deepseek)
                set('ffn_implementation', 'deepseek');
        }
        if (fam.hybrid) {
            for (const k of ['mamba_d_state', 'mamba_d_conv', 'mamba_expand', 'attn_layer_period', 'expert_layer_period'])
                set(k, pick([k]));
            for (const k of ['attn_layer_offset', 'expert_layer_offset'])
                set(k, pick([k], 0));
            const rank = cfg.mamba_dt_rank;
            set('mamba_dt_rank', rank === 'auto' ? 'auto' : pick(['mamba_dt_rank']));
        }
    }
    set('hidden_act', str(['hidden_act', 'hidden_activation', 'activation_function']));
    set('max_model_len', pick(['max_position_embeddings', 'n_positions']));
    if (errors.length === 0 && layers !== undefined)
        extendSpec({ src, base, cfg, data, family, fam, spec, layers, warnings, errors, pick });
    if (warnings.length > 0)
        spec.import_warnings = warnings;
    return errors.length > 0 ? { spec: null, errors } : { spec, errors };
}
/** HF layer_types values and what the corrected model runs for them. */
const HF_LAYER_TYPES = {
    full_attention: 'full_attention',
    sliding_attention: 'sliding_attention',
    chunked_attention: 'chunked_attention',
    attention: 'full_attention',
    mamba: 'mamba',
};
/**
 * Fields that change performance but that the model does not simulate, with the reason (docs/hf-fields.md).
 * A field is reported only when present with a value that matters.
 */
const IGNORED = [
    ['rope_scaling', (v) => v !== null && v !== undefined, 'rope_scaling ignored: no effect on the roofline (position encoding costs no matrix work)'],
    [
        'num_nextn_predict_layers',
        (v) => typeof v === 'number' && v > 0,
        'num_nextn_predict_layers: the multi-token-prediction layers are not simulated (nor counted)',
    ],
    ['n_group', (v) => typeof v === 'number' && v > 1, 'n_group/topk_group: group-limited routing is simulated as uniform routing over all experts'],
    ['attn_logit_softcapping', (v) => v !== null && v !== undefined, 'attn_logit_softcapping ignored: element-wise, no effect on the roofline'],
    ['final_logit_softcapping', (v) => v !== null && v !== undefined, 'final_logit_softcapping ignored: element-wise, no effect on the roofline'],
    ['attention_bias', (v) => v === true, 'attention_bias: biases are not counted (under 0.1% of the weights)'],
    ['mlp_bias', (v) => v === true, 'mlp_bias: biases are not counted (under 0.1% of the weights)'],
    ['swiglu_limit', (v) => v !== null && v !== undefined, 'swiglu_limit ignored: element-wise, no effect on the roofline'],
    ['no_rope_layers', (v) => Array.isArray(v), 'no_rope_layers: used only to find the global-attention layers (every other layer is chunked)'],
    ['cross_attention_layers', (v) => Array.isArray(v) && v.length > 0, 'cross_attention_layers: cross-attention to image tokens is not simulated'],
];
/** quantization_config → weight precision (and expert-only precision where the method leaves the rest). */
function quantization(q, warnings) {
    const method = typeof q.quant_method === 'string' ? q.quant_method.toLowerCase() : '';
    const bits = typeof q.bits === 'number' ? q.bits : typeof q.w_bit === 'number' ? q.w_bit : undefined;
    const byBits = (b) => (b === 4 ? 'int4' : b === 8 ? 'int8' : b === 2 ? 'int2' : undefined);
    let out = {};
    if (method === 'fp8' || method === 'fbgemm_fp8')
        out = { weights: 'fp8' };
    else if (method === 'mxfp4') {
        // gpt-oss: the experts are MXFP4; modules_to_not_convert (attention, router, embeddings, head) stay bf16.
        out = { experts: 'fp4' };
    }
    else if (['awq', 'gptq', 'hqq', 'quanto', 'eetq', 'aqlm', 'exl2'].includes(method)) {
        const p = byBits(bits);
        if (p)
            out = { weights: p };
    }
    else if (method === 'bitsandbytes') {
        if (q.load_in_4bit === true)
            out = { weights: 'int4' };
        else if (q.load_in_8bit === true)
            out = { weights: 'int8' };
    }
    else if (method === 'compressed-tensors') {
        const groups = isObj(q.config_groups) ? Object.values(q.config_groups) : [];
        const w = groups.length > 0 && isObj(groups[0]) && isObj(groups[0].weights) ? groups[0].weights : undefined;
        if (w && typeof w.num_bits === 'number') {
            if (w.type === 'float' && w.num_bits === 8)
                out = { weights: 'fp8' };
            else if (w.type === 'float' && w.num_bits === 4)
                out = { weights: 'fp4' };
            else
                out = { weights: byBits(w.num_bits) };
        }
    }
    const stated = out.weights ?? out.experts;
    if (stated)
        warnings.push(`quantization_config (${method}): ${out.experts && !out.weights ? 'expert weights' : 'weights'} at ${stated}`);
    else
        warnings.push(`quantization_config (${method || 'unknown method'}) not understood: weights take the scenario's precision`);
    return out;
}
/** The corrected model's fields: per-layer schedule, windows, MLA, embeddings, quantization, warnings. */
function extendSpec(x) {
    const { src, base, cfg, data, family, fam, spec, layers: n, warnings, errors, pick } = x;
    const num = (k) => (typeof cfg[k] === 'number' ? cfg[k] : undefined);
    const tie = typeof cfg.tie_word_embeddings === 'boolean'
        ? cfg.tie_word_embeddings
        : typeof data.tie_word_embeddings === 'boolean'
            ? data.tie_word_embeddings
            : fam.tied === true;
    spec.tie_word_embeddings = tie;
    // MLA.
    if (num('kv_lora_rank') !== undefined) {
        for (const k of ['kv_lora_rank', 'qk_nope_head_dim', 'qk_rope_head_dim', 'v_head_dim'])
            spec[k] = pick([k]);
        spec.q_lora_rank = cfg.q_lora_rank === null ? null : pick(['q_lora_rank']);
    }
    // Windows and per-layer attention.
    let window = num('sliding_window');
    if (cfg.use_sliding_window === true && typeof cfg.max_window_layers === 'number') {
        warnings.push('max_window_layers ignored: the sliding window is applied to every layer');
    }
    if (window !== undefined && cfg.use_sliding_window === false) {
        warnings.push('sliding_window ignored: use_sliding_window is false');
        window = undefined;
    }
    const chunk = num('attention_chunk_size');
    let types;
    if (Array.isArray(cfg.layer_types)) {
        if (cfg.layer_types.length !== n) {
            errors.push((0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .errorAt */ .Os)(src, [...base, 'layer_types'], `lists ${cfg.layer_types.length} layers, the model has ${n}`));
            return;
        }
        types = [];
        for (const [i, t] of cfg.layer_types.entries()) {
            const mapped = typeof t === 'string' ? HF_LAYER_TYPES[t] : undefined;
            if (mapped === undefined) {
                errors.push((0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .errorAt */ .Os)(src, [...base, 'layer_types', i], `unknown layer type ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(t)} (known: ${Object.keys(HF_LAYER_TYPES).join(', ')})`));
                return;
            }
            types.push(mapped);
        }
    }
    else if (family === 'gemma2' && window !== undefined) {
        types = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'sliding_attention' : 'full_attention'));
    }
    else if (family === 'gemma3_text' && window !== undefined) {
        const pattern = num('sliding_window_pattern') ?? 6;
        types = Array.from({ length: n }, (_, i) => ((i + 1) % pattern === 0 ? 'full_attention' : 'sliding_attention'));
    }
    else if (family === 'llama4_text' && chunk !== undefined) {
        // Layers with RoPE use chunked attention; every no_rope_layer_interval-th (NoPE) layer is global.
        const noRope = Array.isArray(cfg.no_rope_layers) && cfg.no_rope_layers.length === n ? cfg.no_rope_layers : null;
        const interval = num('no_rope_layer_interval') ?? 4;
        types = Array.from({ length: n }, (_, i) => ((noRope ? noRope[i] !== 0 : (i + 1) % interval !== 0) ? 'chunked_attention' : 'full_attention'));
    }
    else if (fam.hybrid) {
        const period = num('attn_layer_period') ?? 1;
        const offset = num('attn_layer_offset') ?? 0;
        types = Array.from({ length: n }, (_, i) => (i % period === offset ? (window !== undefined ? 'sliding_attention' : 'full_attention') : 'mamba'));
    }
    if (types?.includes('sliding_attention') || (types === undefined && window !== undefined)) {
        if (window === undefined) {
            errors.push((0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .errorAt */ .Os)(src, [...base, 'layer_types'], 'has sliding_attention layers but no sliding_window'));
            return;
        }
        spec.sliding_window = window;
    }
    if (types?.includes('chunked_attention')) {
        if (chunk === undefined) {
            errors.push((0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .errorAt */ .Os)(src, [...base, 'layer_types'], 'has chunked_attention layers but no attention_chunk_size'));
            return;
        }
        spec.attention_chunk_size = chunk;
    }
    if (types)
        spec.layer_types = types;
    // Which layers have experts.
    const experts = typeof spec.num_experts === 'number' && spec.num_experts > 1;
    if (experts) {
        let moe;
        if (fam.deepseek) {
            const k = num('first_k_dense_replace') ?? 0;
            const freq = num('moe_layer_freq') ?? 1;
            moe = (i) => i >= k && i % freq === 0;
        }
        else if (family === 'qwen2_moe' || family === 'qwen3_moe') {
            const step = num('decoder_sparse_step') ?? 1;
            const dense = new Set(Array.isArray(cfg.mlp_only_layers) ? cfg.mlp_only_layers : []);
            moe = (i) => !dense.has(i) && (i + 1) % step === 0;
        }
        else if (family === 'llama4_text') {
            const step = num('interleave_moe_layer_step') ?? 1;
            const listed = Array.isArray(cfg.moe_layers) ? new Set(cfg.moe_layers) : null;
            moe = (i) => (listed ? listed.has(i) : i % step === step - 1);
            // One shared expert as wide as a routed one; dense layers use intermediate_size_mlp.
            spec.moe_intermediate_size = num('intermediate_size');
            spec.n_shared_experts = 1;
            spec.shared_expert_intermediate_size = num('intermediate_size');
            const mlp = num('intermediate_size_mlp');
            if (mlp !== undefined)
                spec.intermediate_size = mlp;
        }
        else if (fam.hybrid) {
            const period = num('expert_layer_period') ?? 1;
            const offset = num('expert_layer_offset') ?? 0;
            moe = (i) => i % period === offset;
        }
        if (moe)
            spec.ffn_types = Array.from({ length: n }, (_, i) => (moe(i) ? 'moe' : 'dense'));
        if (family === 'gpt_oss')
            spec.expert_top_k = pick(['num_experts_per_tok', 'experts_per_token']);
    }
    // Quantization.
    const q = isObj(cfg.quantization_config) ? cfg.quantization_config : isObj(data.quantization_config) ? data.quantization_config : undefined;
    if (q) {
        const p = quantization(q, warnings);
        if (p.weights)
            spec.weight_precision = p.weights;
        if (p.experts)
            spec.expert_weight_precision = p.experts;
    }
    for (const [field, matters, why] of IGNORED)
        if (matters(cfg[field]))
            warnings.push(why);
    if (family === 'gpt_oss')
        warnings.push('attention sinks (gpt-oss) not simulated: one extra logit per head, no effect on the roofline');
}


/***/ }),

/***/ 7605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ parseHubRef),
/* harmony export */   D2: () => (/* binding */ hubEnv),
/* harmony export */   Fv: () => (/* binding */ isHubLike),
/* harmony export */   PD: () => (/* binding */ hubCachePath),
/* harmony export */   R4: () => (/* binding */ hubRefsIn),
/* harmony export */   lR: () => (/* binding */ prefetchHubModels)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Models by Hugging Face Hub id: `model: hf:<org>/<name>@<revision>`.
 *
 * Loading manifests stays synchronous: `prefetchHubModels` (async, run before loading) finds the `hf:`
 * references in the manifest files and downloads each revision's `config.json` into the cache; the
 * resolver then reads the cache only. The cache is `$GENZ_HUB_CACHE`, else `~/.cache/genz-action/hub`,
 * keyed `<org>/<name>/<revision>/config.json`. A pinned revision is fetched once; an unpinned one (`main`)
 * is fetched on every online run (its results can drift, and the run says so). `HF_TOKEN` is sent when
 * set; `HF_ENDPOINT` replaces https://huggingface.co (tests use a loopback server); `HF_HUB_OFFLINE=1`
 * uses the cache only.
 */



const REF = /^hf:([A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*)(?:@([A-Za-z0-9][A-Za-z0-9._-]*))?$/;
/** Parses `hf:<org>/<name>[@<revision>]`; null when `ref` is not a Hub reference (or malformed). */
function parseHubRef(ref) {
    const m = REF.exec(ref);
    if (!m || m[1].includes('..') || (m[2] !== undefined && m[2].includes('..')))
        return null;
    return { repo: m[1], revision: m[2] ?? null };
}
const isHubLike = (ref) => ref.startsWith('hf:');
function hubEnv(env = process.env) {
    return {
        cacheDir: env.GENZ_HUB_CACHE && env.GENZ_HUB_CACHE.trim() !== '' ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(env.GENZ_HUB_CACHE) : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir(), '.cache', 'genz-action', 'hub'),
        endpoint: (env.HF_ENDPOINT && env.HF_ENDPOINT.trim() !== '' ? env.HF_ENDPOINT : 'https://huggingface.co').replace(/\/+$/, ''),
        token: env.HF_TOKEN && env.HF_TOKEN.trim() !== '' ? env.HF_TOKEN.trim() : undefined,
        offline: env.HF_HUB_OFFLINE === '1' || env.HF_HUB_OFFLINE === 'true',
    };
}
/** Where a revision's config.json is cached. */
function hubCachePath(cacheDir, ref) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheDir, ...ref.repo.split('/'), ref.revision ?? 'main', 'config.json');
}
/** Every `hf:` reference written in the given files (a cheap scan; the loader validates them). */
function hubRefsIn(files) {
    const refs = new Set();
    for (const f of files) {
        let text;
        try {
            text = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(f, 'utf8');
        }
        catch {
            continue;
        }
        for (const m of text.matchAll(/hf:[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*(?:@[A-Za-z0-9][A-Za-z0-9._-]*)?/g))
            refs.add(m[0]);
    }
    return [...refs].sort();
}
/**
 * Downloads what the cache lacks (and every unpinned reference when online). Never throws: failures are
 * returned, and a reference whose config is cached still resolves.
 */
async function prefetchHubModels(refs, env = hubEnv()) {
    const e = { ...hubEnv(), ...env };
    const failures = new Map();
    for (const text of refs) {
        const ref = parseHubRef(text);
        if (!ref)
            continue;
        const file = hubCachePath(e.cacheDir, ref);
        const cached = node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(file);
        if (e.offline || (cached && ref.revision !== null)) {
            if (!cached)
                failures.set(text, `not in the Hub cache (${file}) and HF_HUB_OFFLINE is set; run once with network access`);
            continue;
        }
        const url = `${e.endpoint}/${ref.repo}/resolve/${encodeURIComponent(ref.revision ?? 'main')}/config.json`;
        try {
            const res = await fetch(url, { headers: e.token ? { authorization: `Bearer ${e.token}` } : {}, redirect: 'follow', signal: AbortSignal.timeout(30_000) });
            if (!res.ok) {
                const why = res.status === 401 || res.status === 403
                    ? `the Hub refused access (HTTP ${res.status}); set HF_TOKEN to a token that can read ${ref.repo}`
                    : res.status === 404
                        ? `no config.json for ${ref.repo} at revision ${ref.revision ?? 'main'} (HTTP 404)`
                        : `HTTP ${res.status}`;
                if (!cached)
                    failures.set(text, `cannot fetch ${url}: ${why}`);
                continue;
            }
            const body = await res.text();
            JSON.parse(body); // a config, not an error page
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
            const tmp = `${file}.${process.pid}.tmp`;
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(tmp, body);
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().renameSync(tmp, file);
        }
        catch (err) {
            if (!cached)
                failures.set(text, `cannot fetch ${url}: ${err.message}; offline runs need the config in the cache (${file})`);
        }
    }
    return failures;
}


/***/ }),

/***/ 5732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WM: () => (/* reexport */ loadProjectConfig),
  BM: () => (/* reexport */ load/* loadScenarioFile */.BM),
  qC: () => (/* reexport */ load/* loadScenarios */.qC),
  _R: () => (/* reexport */ load/* simulationBoundIssues */._R)
});

// UNUSED EXPORTS: CONFIG_FILE_NAMES, FAIL_ON_VALUES, HF_FAMILIES, HF_MODEL_TYPES, ID_PATTERN, MANIFEST_PRECISIONS, PROJECT_DEFAULTS, ProjectConfigError, SCENARIO_DEFAULTS, SCENARIO_FILE_ID, SCHEMA_FILES, SCHEMA_IDS, SLO_METRICS, buildConfigSchema, buildHardwareSchema, buildManifestSchema, buildModelSchema, discoverManifests, expandMatrix, hardwareToSystemSpec, hfConfigToSpec, matrixIdFragment, scenarioBoundIssues

// EXTERNAL MODULE: ./src/manifests/load.ts + 3 modules
var load = __webpack_require__(7536);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
// EXTERNAL MODULE: ./src/safe-fs.ts
var safe_fs = __webpack_require__(1168);
// EXTERNAL MODULE: ./src/errors/index.ts + 2 modules
var src_errors = __webpack_require__(9102);
// EXTERNAL MODULE: ./src/manifests/errors.ts
var manifests_errors = __webpack_require__(4711);
// EXTERNAL MODULE: ./src/manifests/paths.ts
var paths = __webpack_require__(1230);
// EXTERNAL MODULE: ./src/manifests/source.ts
var source = __webpack_require__(9041);
// EXTERNAL MODULE: ./src/manifests/validate.ts + 5 modules
var validate = __webpack_require__(5624);
;// CONCATENATED MODULE: ./src/manifests/project-config.ts
/**
 * The project config, `genz.config.yaml` (schema/config.schema.json). Paths in it are relative to its
 * folder, the project root, and must stay inside it. Without a file every field takes its default.
 */









/** File names looked for in `cwd` when no path is given, in this order. */
const CONFIG_FILE_NAMES = ['genz.config.yaml', 'genz.config.yml'];
const PROJECT_DEFAULTS = {
    manifests: ['perf/**/*.yaml', 'perf/**/*.yml', 'perf/**/*.json'],
    baselines: 'baselines',
    models: 'models',
    hardware: 'hardware',
    fail_on: 'mismatch',
    template: null,
    tolerances: { default: { rel: 0, abs: 0 } },
};
function display(cwd, abs) {
    const rel = (0,paths/* relPosix */.fG)(cwd, abs);
    return rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? abs.split((external_node_path_default()).sep).join('/') : rel;
}
function defaultsAt(root, configFile, raw) {
    const d = PROJECT_DEFAULTS;
    const abs = (p) => external_node_path_default().resolve(root, p);
    return {
        root,
        configFile,
        manifests: [...(raw.manifests ?? d.manifests)],
        baselinesDir: abs(raw.baselines ?? d.baselines),
        modelsDir: abs(raw.models ?? d.models),
        hardwareDir: abs(raw.hardware ?? d.hardware),
        failOn: raw.fail_on ?? d.fail_on,
        ...(raw.fidelity !== undefined ? { fidelity: raw.fidelity } : {}),
        template: raw.template ? abs(raw.template) : null,
        tolerances: raw.tolerances ?? structuredClone(d.tolerances),
        limits: (0,limits/* resolveLimits */.fW)(raw.limits),
        calibration: raw.calibration ?? 'builtin',
    };
}
/** Checks that every path of the config stays inside the root (and that the template exists). */
function pathErrors(src, root, raw) {
    const errors = [];
    const check = (at, p, glob = false) => {
        if (glob) {
            if (external_node_path_default().isAbsolute(p) || external_node_path_default().win32.isAbsolute(p)) {
                errors.push((0,source/* errorAt */.Os)(src, at, 'absolute paths are refused; write the glob relative to the project root'));
                return false;
            }
            if (p.replace(/\\/g, '/').split('/').includes('..')) {
                errors.push((0,source/* errorAt */.Os)(src, at, "the glob leaves the project root ('..' is refused)"));
                return false;
            }
            return true;
        }
        const c = (0,paths/* resolveInside */.LI)(root, p);
        if (!c.ok)
            errors.push((0,source/* errorAt */.Os)(src, at, `'${p}' refused: ${c.reason}`));
        return c.ok;
    };
    if (Array.isArray(raw.manifests))
        raw.manifests.forEach((g, i) => typeof g === 'string' && check(['manifests', i], g, true));
    for (const key of ['baselines', 'models', 'hardware']) {
        const v = raw[key];
        if (typeof v === 'string')
            check([key], v);
    }
    if (typeof raw.calibration === 'string' && raw.calibration !== 'builtin' && raw.calibration !== 'none' && check(['calibration'], raw.calibration)) {
        const found = (0,paths/* findFileInside */.iG)(root, raw.calibration);
        if (found.kind === 'missing')
            errors.push((0,source/* errorAt */.Os)(src, ['calibration'], `calibration profile '${found.rel}' not found (paths are relative to the project root)`));
    }
    if (typeof raw.template === 'string' && check(['template'], raw.template)) {
        const found = (0,paths/* findFileInside */.iG)(root, raw.template);
        if (found.kind === 'missing')
            errors.push((0,source/* errorAt */.Os)(src, ['template'], `template file '${found.rel}' not found (paths are relative to the project root)`));
        else if (found.kind === 'refused')
            errors.push((0,source/* errorAt */.Os)(src, ['template'], `'${raw.template}' refused: ${found.reason}`));
    }
    return errors;
}
/** Reads the project config; throws ProjectConfigError listing every problem with file:line:column. */
function loadProjectConfig(opts) {
    const cwd = external_node_path_default().resolve(opts.cwd);
    let file = null;
    if (opts.configPath !== undefined) {
        file = external_node_path_default().resolve(cwd, opts.configPath);
        if (!external_node_fs_default().existsSync(file)) {
            throw new manifests_errors/* ProjectConfigError */.UI([{ file: display(cwd, file), line: 1, column: 1, fieldPath: '', message: 'config file not found' }]);
        }
    }
    else {
        // lstat: a genz.config.yaml that is a dangling symlink is still found (and refused below), not skipped.
        file = CONFIG_FILE_NAMES.map((n) => external_node_path_default().join(cwd, n)).find((f) => external_node_fs_default().lstatSync(f, { throwIfNoEntry: false }) !== undefined) ?? null;
    }
    if (file === null)
        return defaultsAt(cwd, null, {});
    const root = external_node_path_default().dirname(file);
    const shown = display(cwd, file);
    // An explicit --config / config input is honoured as given; the repository's own genz.config.yaml must really
    // be inside it. Either way: a regular file within limits.config_bytes, never quoted when refused.
    const read = (0,safe_fs/* readFileSafe */.os)(file, { root: opts.configPath !== undefined ? null : cwd, maxBytes: limits/* DEFAULT_LIMITS */.dR.config_bytes });
    if (!read.ok) {
        const hint = read.size !== undefined ? (0,limits/* limitHint */.p0)('config_bytes') : undefined;
        throw new manifests_errors/* ProjectConfigError */.UI([{ file: shown, line: 1, column: 1, fieldPath: '', message: `cannot read: ${read.reason}${hint ? ` (${hint})` : ''}` }]);
    }
    const text = read.text;
    const deep = (0,limits/* nestingTooDeep */.J1)(text, limits/* DEFAULT_LIMITS */.dR.nesting_depth);
    if (deep !== null) {
        throw new manifests_errors/* ProjectConfigError */.UI([
            { file: shown, line: 1, column: 1, fieldPath: '', message: `nested deeper than ${limits/* DEFAULT_LIMITS */.dR.nesting_depth} levels (limits.nesting_depth)` },
        ]);
    }
    const src = (0,source/* parseSource */.PJ)(text, shown);
    if (src.syntaxErrors.length > 0)
        throw new manifests_errors/* ProjectConfigError */.UI(src.syntaxErrors);
    const data = src.data ?? {};
    const errors = (0,validate/* schemaErrors */.d0)(src, 'config', data);
    if (data !== null && typeof data === 'object' && !Array.isArray(data))
        errors.push(...pathErrors(src, root, data));
    if (errors.length > 0)
        throw new manifests_errors/* ProjectConfigError */.UI((0,src_errors/* sortProblems */.dS)(errors));
    return defaultsAt(root, file, data);
}

// EXTERNAL MODULE: ./src/manifests/hf-config.ts
var hf_config = __webpack_require__(3613);
// EXTERNAL MODULE: ./src/manifests/resolve.ts
var resolve = __webpack_require__(6018);
// EXTERNAL MODULE: ./src/manifests/schema-defs.ts
var schema_defs = __webpack_require__(8464);
// EXTERNAL MODULE: ./src/manifests/types.ts
var types = __webpack_require__(5771);
;// CONCATENATED MODULE: ./src/manifests/index.ts
/** Scenario manifests, model/hardware files and the project config. */










/***/ }),

/***/ 7536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Su: () => (/* binding */ discoverManifests),
  BM: () => (/* binding */ loadScenarioFile),
  qC: () => (/* binding */ loadScenarios),
  _R: () => (/* binding */ simulationBoundIssues)
});

// UNUSED EXPORTS: SCENARIO_DEFAULTS, SCENARIO_FILE_ID, scenarioBoundIssues

// EXTERNAL MODULE: ./src/calibration/profile.ts
var profile = __webpack_require__(8445);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/errors/index.ts + 2 modules
var src_errors = __webpack_require__(9102);
// EXTERNAL MODULE: ./src/simulation/features.ts
var features = __webpack_require__(8496);
// EXTERNAL MODULE: ./src/manifests/errors.ts
var manifests_errors = __webpack_require__(4711);
// EXTERNAL MODULE: ./src/manifests/schema-defs.ts
var schema_defs = __webpack_require__(8464);
// EXTERNAL MODULE: ./src/manifests/source.ts
var source = __webpack_require__(9041);
// EXTERNAL MODULE: ./src/manifests/suggest.ts
var suggest = __webpack_require__(740);
// EXTERNAL MODULE: ./src/manifests/validate.ts + 5 modules
var validate = __webpack_require__(5624);
;// CONCATENATED MODULE: ./src/manifests/features.ts
/**
 * Checks the `features` lists of a manifest against the feature registry: names (with did-you-mean),
 * the shape of each entry, option names, types, choices and bounds, required options. Combinations of
 * features (incompatible pairs, a missing mode) are the simulation engine's to check.
 */






const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isInt = (v) => typeof v === 'number' && Number.isInteger(v);
function withinBounds(o, v) {
    return (o.min === undefined || v >= o.min) && (o.max === undefined || v <= o.max);
}
function optionValueOk(o, v) {
    switch (o.type) {
        case 'integer':
            return isInt(v) && withinBounds(o, v);
        case 'number':
            return typeof v === 'number' && Number.isFinite(v) && withinBounds(o, v);
        case 'boolean':
            return typeof v === 'boolean';
        case 'string':
            return typeof v === 'string' && (o.choices === undefined || o.choices.includes(v));
        case 'string[]':
            return Array.isArray(v) && v.every((x) => typeof x === 'string' && (o.choices === undefined || o.choices.includes(x))) && new Set(v).size === v.length;
        case 'model':
        case 'hardware':
            return typeof v === 'string' && v.length > 0;
        case 'kv-list':
            return (Array.isArray(v) && v.every((x) => (isInt(x) && x >= 0) || (Array.isArray(x) && x.length >= 2 && x.length <= 4 && x.every((y) => isInt(y) && y >= 0))));
    }
}
function optionMessage(o, v) {
    let msg = `must be ${(0,validate/* expectation */.pG)((0,schema_defs/* optionSchema */.V9)(o))}, got ${(0,manifests_errors/* show */.WU)(v)}`;
    if (o.type === 'string' && typeof v === 'string' && o.choices) {
        const m = (0,suggest/* closeMatch */.AB)(v, o.choices);
        if (m)
            msg += `; did you mean '${m}'?`;
    }
    if (o.type === 'string[]' && Array.isArray(v) && new Set(v).size !== v.length)
        msg = `lists the same value twice, got ${(0,manifests_errors/* show */.WU)(v)}`;
    return msg;
}
function unknownFeature(name) {
    const m = (0,suggest/* closeMatch */.AB)(name, features/* FEATURE_NAMES */.K7);
    return `unknown feature '${name}'${m ? `; did you mean '${m}'?` : ''} (features: ${features/* FEATURE_NAMES */.K7.join(', ')})`;
}
function checkOptions(src, at, def, options, errors) {
    const names = def.options.map((o) => o.name);
    for (const [key, value] of Object.entries(options)) {
        const opt = def.options.find((o) => o.name === key);
        if (!opt) {
            const m = (0,suggest/* closeMatch */.AB)(key, names);
            const msg = names.length === 0
                ? `feature '${def.name}' takes no options`
                : `unknown option of feature '${def.name}'${m ? `; did you mean '${m}'?` : ''} (options: ${names.join(', ')})`;
            errors.push((0,source/* errorAt */.Os)(src, [...at, key], msg, { atKey: true }));
        }
        else if (!optionValueOk(opt, value)) {
            errors.push((0,source/* errorAt */.Os)(src, [...at, key], optionMessage(opt, value)));
        }
    }
    const missing = (0,schema_defs/* requiredOptions */.se)(def).filter((n) => options[n] === undefined);
    if (missing.length > 0)
        errors.push((0,source/* errorAt */.Os)(src, at, `feature '${def.name}' needs option ${missing.map((n) => `'${n}'`).join(', ')}`));
}
/** Checks the feature list `value` found at `at` in `src`; returns its errors. */
function checkFeatures(src, at, value) {
    const errors = [];
    if (!Array.isArray(value)) {
        errors.push((0,source/* errorAt */.Os)(src, at, `must be a list of features (names or {name: options}), got ${(0,manifests_errors/* show */.WU)(value)}`));
        return errors;
    }
    const seen = new Map();
    value.forEach((item, i) => {
        const here = [...at, i];
        let name;
        if (typeof item === 'string') {
            if (!features/* FEATURE_BY_NAME */.FN.has(item)) {
                errors.push((0,source/* errorAt */.Os)(src, here, unknownFeature(item)));
                return;
            }
            name = item;
            const def = features/* FEATURE_BY_NAME */.FN.get(item);
            const missing = (0,schema_defs/* requiredOptions */.se)(def);
            if (missing.length > 0) {
                errors.push((0,source/* errorAt */.Os)(src, here, `feature '${item}' needs option ${missing.map((n) => `'${n}'`).join(', ')}: write {${item}: {${missing[0]}: ...}}`));
            }
        }
        else if (isObj(item)) {
            const keys = Object.keys(item);
            if (keys.length !== 1) {
                errors.push((0,source/* errorAt */.Os)(src, here, `must name exactly one feature, e.g. {lora: {rank: 16}}, got ${keys.length === 0 ? 'an empty mapping' : `keys ${keys.join(', ')}`}`));
                return;
            }
            name = keys[0];
            const def = features/* FEATURE_BY_NAME */.FN.get(name);
            if (!def) {
                errors.push((0,source/* errorAt */.Os)(src, [...here, name], unknownFeature(name), { atKey: true }));
                return;
            }
            const opts = item[name];
            if (isObj(opts))
                checkOptions(src, [...here, name], def, opts, errors);
            else if (opts === true || opts === null)
                checkOptions(src, [...here, name], def, {}, errors);
            else if (opts !== false) {
                errors.push((0,source/* errorAt */.Os)(src, [...here, name], `must be the options of '${name}' (a mapping), true, false or null, got ${(0,manifests_errors/* show */.WU)(opts)}`));
            }
        }
        else {
            errors.push((0,source/* errorAt */.Os)(src, here, `must be a feature name or {name: options}, got ${(0,manifests_errors/* show */.WU)(item)}`));
            return;
        }
        const first = seen.get(name);
        if (first !== undefined)
            errors.push((0,source/* errorAt */.Os)(src, here, `feature '${name}' is listed twice (also ${(0,manifests_errors/* formatPath */.jV)([...at, first])})`));
        else
            seen.set(name, i);
    });
    return errors;
}
/** Reads a (valid) feature list. */
function featureEntries(list) {
    return list.map((item, index) => {
        if (typeof item === 'string')
            return { name: item, on: true, options: {}, index };
        const [name, opts] = Object.entries(item)[0];
        return { name, on: opts !== false, options: isObj(opts) ? opts : {}, index };
    });
}
const FEATURE_OPTION_TYPES = new Map(features/* FEATURES */.Gv.map((f) => [f.name, new Map(f.options.map((o) => [o.name, o.type]))]));

;// CONCATENATED MODULE: ./src/manifests/matrix.ts
/**
 * Matrix sweeps: the cartesian product of the listed values, keys in the order written and values in
 * order (the last key varies fastest), each combination named `<id>.<name>-<value>…` (see MATRIX_ID_DOC in
 * schema-defs.ts).
 */
/** A value as an id fragment: only [A-Za-z0-9._-], runs of anything else become '-'. */
function slug(value) {
    let s;
    if (Array.isArray(value))
        s = value.length === 0 ? 'none' : value.map(slug).join('-');
    else if (value !== null && typeof value === 'object') {
        s = Object.entries(value)
            .map(([k, v]) => (v === true || v === null ? k : `${k}-${slug(v)}`))
            .join('-');
    }
    else
        s = String(value);
    const out = s
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '');
    return out === '' ? 'x' : out;
}
/** The name of a matrix key in ids: the last part of the dotted path. */
const keyName = (key) => key.slice(key.lastIndexOf('.') + 1);
function expandMatrix(matrix) {
    let combos = [{ values: {}, indexes: {}, suffix: '' }];
    for (const [key, list] of Object.entries(matrix)) {
        const next = [];
        for (const c of combos) {
            list.forEach((v, i) => {
                next.push({
                    values: { ...c.values, [key]: v },
                    indexes: { ...c.indexes, [key]: i },
                    suffix: `${c.suffix}.${keyName(key)}-${slug(v)}`,
                });
            });
        }
        combos = next;
    }
    return combos;
}
/**
 * The combinations of {@link expandMatrix}, in the same order with the same values, indexes and suffixes, one at a
 * time without building the list: `next()` moves to the following combination (false after the last). The id
 * fragment of each value is computed once per value rather than once per combination, and `values` is a new
 * object per combination (the scenario keeps it), while `indexes` is one array updated in place (key order).
 */
class MatrixWalk {
    keys;
    lists;
    fragments;
    /** Index of the current value of each key (key order); read it before the next call of next(). */
    indexes;
    /** The current combination's values (dotted key → value). */
    values = {};
    /** The current combination's id suffix. */
    suffix = '';
    started = false;
    done = false;
    /** Suffix of the first k keys' current values, for k = 0 … keys.length. */
    prefixes;
    constructor(matrix) {
        this.keys = Object.keys(matrix);
        this.lists = this.keys.map((k) => matrix[k]);
        this.fragments = this.keys.map((k, j) => this.lists[j].map((v) => `.${keyName(k)}-${slug(v)}`));
        this.indexes = this.keys.map(() => 0);
        this.prefixes = new Array(this.keys.length + 1).fill('');
    }
    /** Moves to the next combination; false when there is none left. */
    next() {
        const n = this.keys.length;
        if (this.done)
            return false;
        let from;
        if (!this.started) {
            this.started = true;
            if (this.lists.some((l) => l.length === 0)) {
                this.done = true;
                return false;
            }
            from = 0;
        }
        else {
            // The last key varies fastest.
            let j = n - 1;
            while (j >= 0 && this.indexes[j] + 1 >= this.lists[j].length)
                j--;
            if (j < 0) {
                this.done = true;
                return false;
            }
            this.indexes[j]++;
            for (let k = j + 1; k < n; k++)
                this.indexes[k] = 0;
            from = j;
        }
        for (let k = from; k < n; k++)
            this.prefixes[k + 1] = this.prefixes[k] + this.fragments[k][this.indexes[k]];
        this.suffix = this.prefixes[n];
        const values = {};
        for (let k = 0; k < n; k++)
            values[this.keys[k]] = this.lists[k][this.indexes[k]];
        this.values = values;
        return true;
    }
}

// EXTERNAL MODULE: ./src/limits.ts
var src_limits = __webpack_require__(351);
// EXTERNAL MODULE: ./src/safe-fs.ts
var safe_fs = __webpack_require__(1168);
// EXTERNAL MODULE: ./src/manifests/paths.ts
var paths = __webpack_require__(1230);
// EXTERNAL MODULE: ./src/manifests/resolve.ts
var resolve = __webpack_require__(6018);
// EXTERNAL MODULE: ./src/serving/config.ts + 1 modules
var config = __webpack_require__(1225);
;// CONCATENATED MODULE: ./src/serving/trace.ts
class TraceError extends Error {
}
function parseTrace(text, maxRequests, maxTokens) {
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '')
            continue;
        if (out.length >= maxRequests)
            throw new TraceError(`more than ${maxRequests} requests (limits.serving_requests)`);
        let v;
        try {
            v = JSON.parse(line);
        }
        catch {
            throw new TraceError(`line ${i + 1}: not a JSON object`);
        }
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            throw new TraceError(`line ${i + 1}: not a JSON object`);
        const o = v;
        const mooncake = o.arrival_s === undefined && o.timestamp !== undefined;
        const t = mooncake ? o.timestamp / 1000 : o.arrival_s;
        const input = mooncake ? o.input_length : o.input_tokens;
        const output = mooncake ? o.output_length : o.output_tokens;
        const names = mooncake ? ['timestamp', 'input_length', 'output_length'] : ['arrival_s', 'input_tokens', 'output_tokens'];
        if (typeof t !== 'number' || !Number.isFinite(t) || t < 0)
            throw new TraceError(`line ${i + 1}: ${names[0]} must be a number >= 0`);
        for (const [x, name] of [
            [input, names[1]],
            [output, names[2]],
        ])
            if (!(typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= maxTokens))
                throw new TraceError(`line ${i + 1}: ${name} must be an integer in [1, ${maxTokens}]`);
        out.push({ arrival_s: t, input_tokens: input, output_tokens: output });
    }
    if (out.length === 0)
        throw new TraceError('no requests');
    return out
        .map((r, i) => [r, i])
        .sort((a, b) => a[0].arrival_s - b[0].arrival_s || a[1] - b[1])
        .map(([r]) => r);
}

;// CONCATENATED MODULE: ./src/manifests/load.ts
/**
 * loadScenarios: discover the manifests, validate them all (every error of every file is collected),
 * apply defaults, expand matrices, resolve models and hardware, check ids and the parallel layout
 * against the model. A run with any error yields no scenarios.
 */
















const load_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Documented defaults filled into every SimulationConfig. */
const SCENARIO_DEFAULTS = {
    precision: 'bf16',
    efficiency: 1,
    parallelism: { tensor: 1, pipeline: 1, expert: 1 },
    workload: { batch: 1, input_tokens: 1024, output_tokens: 256, beam: 1 },
};
/** Scenario fields that are not part of `defaults`. */
const OWN_FIELDS = new Set(['id', 'description', 'matrix']);
function getPath(obj, keys) {
    let cur = obj;
    for (const k of keys) {
        if (!load_isObj(cur))
            return undefined;
        cur = cur[k];
    }
    return cur;
}
/** Deep merge of mappings; anything else (lists included) in `over` replaces `base`. */
function merge(base, over) {
    if (!load_isObj(base) || !load_isObj(over))
        return over === undefined ? base : over;
    const out = { ...base };
    for (const [k, v] of Object.entries(over))
        out[k] = merge(base[k], v);
    return out;
}
/**
 * Sets `value` at `keys` in `obj`, copying each mapping on the way (they may be shared with other scenarios)
 * unless it is in `copied` (made by an earlier call for the same object); copies are added to it.
 */
function setPath(obj, keys, value, copied) {
    let cur = obj;
    for (let j = 0; j < keys.length - 1; j++) {
        const k = keys[j];
        const next = cur[k];
        if (!load_isObj(next)) {
            const made = {};
            cur[k] = made;
            copied.push(made);
        }
        else if (!copied.includes(next)) {
            const made = { ...next };
            cur[k] = made;
            copied.push(made);
        }
        cur = cur[k];
    }
    cur[keys[keys.length - 1]] = value;
}
/** Whether every number anywhere in `v` is finite (no .inf or .nan), at any depth. */
function onlyFiniteNumbers(v, depth = 0) {
    if (typeof v === 'number')
        return Number.isFinite(v);
    if (v === null || typeof v !== 'object')
        return true;
    // Deeper than any manifest may nest (limits.nesting_depth): not known, so the caller checks as usual.
    if (depth > 1000)
        return false;
    for (const x of Object.values(v))
        if (!onlyFiniteNumbers(x, depth + 1))
            return false;
    return true;
}
/** Paths whose schema errors are replaced by the feature checker's own. */
function isFeaturePath(s) {
    if (s[0] === 'defaults' && s[1] === 'features')
        return true;
    if (s[0] === 'scenarios' && s[2] === 'features')
        return true;
    return s[0] === 'scenarios' && s[2] === 'matrix' && s[3] === 'features' && s.length >= 5;
}
class ManifestLoader {
    root;
    resolver;
    limits;
    fidelity;
    calibration;
    errors = [];
    scenarios = [];
    ids = new Map();
    /** Scenarios the run has so far, matrix expansions included (limits.scenarios). */
    scenarioCount = 0;
    scenarioLimitHit = false;
    /** Profile files read so far (root-relative path → set, or the error message). */
    profiles = new Map();
    constructor(root, resolver, limits, fidelity, calibration = 'builtin') {
        this.root = root;
        this.resolver = resolver;
        this.limits = limits;
        this.fidelity = fidelity;
        this.calibration = calibration;
    }
    /**
     * The serving block as the engine reads it (docs/serving.md): the scenario's serving SLO budgets copied
     * in (goodput and the max-rate search need them), the run's limits checked, a trace file read.
     */
    servingBlock(serving, slo, fail) {
        const out = { ...serving };
        const budgets = {};
        if (load_isObj(slo))
            for (const k of config/* SERVING_SLO_KEYS */.vt)
                if (typeof slo[k] === 'number')
                    budgets[k] = slo[k];
        out.slo = budgets;
        const requests = serving.requests;
        if (typeof requests === 'number') {
            const problem = (0,src_limits/* checkLimit */.ab)('serving_requests', requests, this.limits, 'serving.requests');
            if (problem) {
                fail(['requests'], `${problem}; ${(0,src_limits/* limitHint */.p0)('serving_requests')}`);
                return null;
            }
        }
        const arrival = serving.arrival;
        if (load_isObj(arrival) && typeof arrival.trace === 'string') {
            const read = this.traceFile(arrival.trace);
            if (typeof read === 'string') {
                fail(['arrival', 'trace'], read);
                return null;
            }
            out.trace_requests = read;
        }
        return out;
    }
    traceFile(value) {
        const found = (0,paths/* findFileInside */.iG)(this.root, value);
        if (found.kind === 'missing')
            return `trace '${found.rel}' not found (paths are relative to the project root)`;
        if (found.kind === 'refused')
            return `'${value}' refused: ${found.reason}`;
        const read = (0,safe_fs/* readFileSafe */.os)(found.abs, { root: this.root, maxBytes: this.limits.manifest_bytes });
        if (!read.ok)
            return `trace '${value}': cannot read: ${read.reason}`;
        try {
            return parseTrace(read.text, this.limits.serving_requests, this.limits.tokens_per_request);
        }
        catch (e) {
            if (e instanceof TraceError)
                return `trace '${value}': ${e.message}`;
            throw e;
        }
    }
    /** 'builtin', 'none', or a profile file relative to the project root, read once. */
    calibrationSetting(value) {
        if (value === 'builtin' || value === 'none')
            return value;
        let cached = this.profiles.get(value);
        if (cached === undefined) {
            const found = (0,paths/* findFileInside */.iG)(this.root, value);
            if (found.kind === 'missing')
                cached = `calibration profile '${found.rel}' not found (paths are relative to the project root)`;
            else if (found.kind === 'refused')
                cached = `'${value}' refused: ${found.reason}`;
            else {
                // Inside the repository by real path, a regular file within limits.manifest_bytes; never quoted when refused.
                const read = (0,safe_fs/* readFileSafe */.os)(found.abs, { root: this.root, maxBytes: this.limits.manifest_bytes });
                if (!read.ok)
                    cached = `calibration profile '${value}': cannot read: ${read.reason}`;
                else {
                    try {
                        cached = (0,profile/* parseProfiles */.Es)(read.text);
                    }
                    catch (e) {
                        cached = `calibration profile '${value}': ${e.message}`;
                    }
                }
            }
            this.profiles.set(value, cached);
        }
        return typeof cached === 'string' ? cached : { path: value, profiles: cached };
    }
    /** Loads one manifest; with `single`, a file holding one scenario's fields (genz simulate --scenario). */
    load(rel, single = false) {
        // Inside the repository by real path, a regular file, within limits.manifest_bytes; never quoted when refused.
        const read = (0,safe_fs/* readFileSafe */.os)(external_node_path_default().resolve(this.root, rel), { root: this.root, maxBytes: this.limits.manifest_bytes });
        if (!read.ok) {
            const limit = read.size !== undefined ? ` (limits.manifest_bytes; ${(0,src_limits/* limitHint */.p0)('manifest_bytes')})` : '';
            this.errors.push({ file: rel, line: 1, column: 1, fieldPath: '', message: `cannot read: ${read.reason}${limit}` });
            return;
        }
        const text = read.text;
        const deep = (0,src_limits/* nestingTooDeep */.J1)(text, this.limits.nesting_depth);
        if (deep !== null) {
            const before = text.slice(0, deep);
            const line = before.split('\n').length;
            this.errors.push({
                file: rel,
                line,
                column: deep - before.lastIndexOf('\n'),
                fieldPath: '',
                message: `nested deeper than ${this.limits.nesting_depth} levels (limits.nesting_depth)`,
            });
            return;
        }
        let src = (0,source/* parseSource */.PJ)(text, rel);
        if (src.syntaxErrors.length > 0) {
            this.errors.push(...src.syntaxErrors);
            return;
        }
        if (src.data === null || src.data === undefined) {
            this.errors.push({
                file: rel,
                line: 1,
                column: 1,
                fieldPath: '',
                message: single ? 'empty scenario file' : 'empty manifest: expected version: 1 and a list of scenarios',
            });
            return;
        }
        if (single) {
            if (!load_isObj(src.data)) {
                this.errors.push((0,source/* errorAt */.Os)(src, [], 'expected one scenario: a mapping of scenario fields (model, hardware, workload, ...)'));
                return;
            }
            src = asManifest(src);
        }
        const data = src.data;
        const fileErrors = (0,validate/* schemaErrors */.d0)(src, 'manifest', data, { skip: isFeaturePath });
        if (load_isObj(data)) {
            const feature = (at, v) => {
                fileErrors.push(...checkFeatures(src, at, v));
            };
            if (load_isObj(data.defaults) && data.defaults.features !== undefined)
                feature(['defaults', 'features'], data.defaults.features);
            if (Array.isArray(data.scenarios)) {
                data.scenarios.forEach((s, i) => {
                    if (!load_isObj(s))
                        return;
                    if (s.features !== undefined)
                        feature(['scenarios', i, 'features'], s.features);
                    if (load_isObj(s.matrix) && Array.isArray(s.matrix.features))
                        s.matrix.features.forEach((f, k) => feature(['scenarios', i, 'matrix', 'features', k], f));
                });
            }
        }
        // A scenario with errors of its own is not resolved further; errors elsewhere (defaults, the list) stop the file.
        const blocked = new Set();
        for (const e of fileErrors) {
            const m = /^scenarios\[(\d+)\]/.exec(e.fieldPath);
            if (m)
                blocked.add(m[1]);
            else if (!/^(version|\["\$schema"\])($|[.[])/.test(e.fieldPath))
                blocked.add('*');
        }
        this.errors.push(...fileErrors);
        if (!load_isObj(data) || !Array.isArray(data.scenarios))
            return;
        const defaults = load_isObj(data.defaults) ? data.defaults : {};
        data.scenarios.forEach((raw, i) => {
            // A scenario stopped by other errors still has its names checked, so one run lists every problem.
            if (blocked.has('*') || blocked.has(String(i)))
                this.checkNames(src, defaults, raw, i);
            else
                this.scenario(src, defaults, raw, i);
        });
    }
    /**
     * The names a scenario refers to (model, hardware, and the model- and hardware-typed options of its features),
     * each resolved where it is written (a matrix value, the scenario, or defaults), for a scenario whose other
     * errors stop it from being built: unknown names are reported in the same pass as the schema errors.
     * Values of the wrong shape are skipped (the schema reports them).
     */
    checkNames(src, defaults, raw, i) {
        if (!load_isObj(raw))
            return;
        const at = ['scenarios', i];
        const matrix = load_isObj(raw.matrix) ? raw.matrix : {};
        const check = (kind, value, where) => {
            if (typeof value !== 'string' || value.length === 0)
                return;
            const r = kind === 'model' ? this.resolver.resolveModel(value) : this.resolver.resolveHardware(value);
            if (!r.ok && r.message)
                this.errors.push((0,source/* errorAt */.Os)(src, where, r.message));
        };
        for (const kind of ['model', 'hardware']) {
            const fromMatrix = matrix[kind];
            if (Array.isArray(fromMatrix))
                fromMatrix.forEach((v, k) => check(kind, v, [...at, 'matrix', kind, k]));
            else if (raw[kind] !== undefined)
                check(kind, raw[kind], [...at, kind]);
            else
                check(kind, defaults[kind], ['defaults', kind]);
        }
        const features = raw.features !== undefined ? [raw.features, [...at, 'features']] : [defaults.features, ['defaults', 'features']];
        if (!Array.isArray(features[0]))
            return;
        features[0].forEach((item, j) => {
            if (!load_isObj(item))
                return;
            const keys = Object.keys(item);
            const options = item[keys[0]];
            const types = FEATURE_OPTION_TYPES.get(keys[0]);
            if (keys.length !== 1 || !load_isObj(options) || !types)
                return;
            for (const [k, v] of Object.entries(options)) {
                const t = types.get(k);
                if (t === 'model' || t === 'hardware')
                    check(t, v, [...features[1], j, keys[0], k]);
            }
        });
    }
    /**
     * `p`: the position of `at` when the caller has it (a matrix claims every combination's id at one place), and
     * `place` its record, shared by the ids claimed there.
     */
    claimId(src, id, at, fromMatrix, p = (0,source/* positionOf */.df)(src, at), place) {
        const first = this.ids.get(id);
        if (first) {
            const what = fromMatrix ? `duplicate scenario id '${id}' (from the matrix)` : `duplicate scenario id '${id}'`;
            this.errors.push({
                file: src.file,
                line: p.line,
                column: p.column,
                fieldPath: (0,src_errors/* formatPath */.jV)(at),
                message: `${what}; first defined at ${first.file}:${first.line}:${first.column}`,
            });
        }
        else {
            this.ids.set(id, place ?? { file: src.file, line: p.line, column: p.column });
        }
    }
    scenario(src, defaults, raw, i) {
        const at = ['scenarios', i];
        const own = {};
        for (const [k, v] of Object.entries(raw))
            if (!OWN_FIELDS.has(k))
                own[k] = v;
        const base = merge(defaults, own);
        const matrix = load_isObj(raw.matrix) ? raw.matrix : null;
        let conflict = false;
        for (const key of Object.keys(matrix ?? {})) {
            const keys = key.split('.');
            if (getPath(raw, keys) !== undefined) {
                this.errors.push((0,source/* errorAt */.Os)(src, [...at, 'matrix', key], `also set by the scenario itself (${(0,src_errors/* formatPath */.jV)([...at, ...keys])}); keep one`, { atKey: true }));
                conflict = true;
            }
        }
        if (conflict)
            return;
        const id = raw.id;
        const pos = (0,source/* positionOf */.df)(src, at);
        // The size of the sweep is known before it is expanded: refuse it then, not after a million combinations.
        let size = 1;
        for (const list of Object.values(matrix ?? {}))
            size *= Array.isArray(list) ? list.length : 1;
        if (this.scenarioCount + size > this.limits.scenarios) {
            if (!this.scenarioLimitHit) {
                const what = matrix
                    ? `this matrix expands to ${(0,src_limits/* formatCount */.B4)(size)} scenarios, and the run would have ${(0,src_limits/* formatCount */.B4)(this.scenarioCount + size)}`
                    : `the run would have ${(0,src_limits/* formatCount */.B4)(this.scenarioCount + size)} scenarios`;
                this.errors.push((0,source/* errorAt */.Os)(src, matrix ? [...at, 'matrix'] : at, `${what}, over the limit of ${(0,src_limits/* formatCount */.B4)(this.limits.scenarios)} scenarios per run (limits.scenarios; ${(0,src_limits/* limitHint */.p0)('scenarios')})`));
            }
            this.scenarioLimitHit = true;
            return;
        }
        this.scenarioCount += size;
        const idAt = [...at, 'id'];
        const idPos = (0,source/* positionOf */.df)(src, idAt);
        // Every combination of a matrix claims its id at the same place: one record for all of them.
        const idPlace = { file: src.file, line: idPos.line, column: idPos.column };
        const description = typeof raw.description === 'string' ? raw.description : null;
        // The combinations are walked one at a time (matrix.ts MatrixWalk), each built from the shared `base`:
        // only the objects on a matrix key's path are copied, once per combination.
        const walk = matrix ? new MatrixWalk(matrix) : null;
        const keyParts = walk ? walk.keys.map((k) => k.split('.')) : [];
        const keyIndex = new Map(walk ? walk.keys.map((k, j) => [k, j]) : []);
        /** Origins of fields no matrix key sets: the same for every combination. */
        const fixedOrigins = new Map();
        /** Where a field's value was written: the matrix entry, the scenario, or defaults. */
        const origin = (keys) => {
            const key = keys.join('.');
            const j = keyIndex.get(key);
            if (walk && j !== undefined)
                return [...at, 'matrix', key, walk.indexes[j]];
            let o = fixedOrigins.get(key);
            if (o === undefined) {
                o = getPath(raw, keys) !== undefined ? [...at, ...keys] : getPath(defaults, keys) !== undefined ? ['defaults', ...keys] : null;
                fixedOrigins.set(key, o);
            }
            // A copy: callers may extend it.
            return o === null ? null : [...o];
        };
        // A combination's fields are `base` with matrix values set in it: when no number in either is infinite or NaN,
        // none in any combination is, and the per-scenario search for one (scenarioBoundIssues) can be skipped.
        const allFinite = walk !== null && onlyFiniteNumbers(base) && onlyFiniteNumbers(matrix);
        /** Ids of this matrix that another scenario had claimed already (the rest are in `ids` with `idPlace`). */
        let claimedElsewhere = null;
        const copied = [];
        for (let first = true; walk ? walk.next() : first; first = false) {
            const sid = walk ? `${id}${walk.suffix}` : id;
            if (walk) {
                // An id this matrix made before (claimed here, or reported as another scenario's): two combinations collide.
                const claimed = this.ids.get(sid);
                if (claimed !== undefined && (claimed === idPlace || claimedElsewhere?.has(sid))) {
                    this.errors.push((0,source/* errorAt */.Os)(src, [...at, 'matrix'], `two combinations get the same id '${sid}'; make the values differ after replacing characters other than letters, digits, '.', '_' and '-'`));
                    continue;
                }
                if (claimed !== undefined) {
                    claimedElsewhere ??= new Set();
                    claimedElsewhere.add(sid);
                }
            }
            this.claimId(src, sid, idAt, walk !== null, idPos, idPlace);
            const fields = { ...base };
            if (walk) {
                copied.length = 0;
                for (let j = 0; j < keyParts.length; j++)
                    setPath(fields, keyParts[j], walk.values[walk.keys[j]], copied);
            }
            const built = this.build(src, at, fields, origin, allFinite);
            if (!built)
                continue;
            const slo = fields.slo;
            this.scenarios.push({
                id: sid,
                description,
                manifest: src.file,
                line: pos.line,
                column: pos.column,
                config: built.config,
                modelSource: built.modelSource,
                hardwareSource: built.hardwareSource,
                slo: load_isObj(slo) && Object.keys(slo).length > 0 ? slo : null,
                // The walk's values object is new per combination: the scenario keeps it.
                matrix: walk ? walk.values : null,
            });
        }
    }
    build(src, at, fields, origin, allFinite = false) {
        const before = this.errors.length;
        const fail = (keys, message) => {
            this.errors.push((0,source/* errorAt */.Os)(src, origin(keys) ?? at, message));
        };
        for (const field of ['model', 'hardware']) {
            if (fields[field] === undefined)
                this.errors.push((0,source/* errorAt */.Os)(src, at, `missing ${field}: set it in the scenario or in defaults`));
        }
        const model = fields.model === undefined ? null : this.resolver.resolveModel(fields.model);
        if (model && !model.ok && model.message)
            fail(['model'], model.message);
        const hardware = fields.hardware === undefined ? null : this.resolver.resolveHardware(fields.hardware);
        if (hardware && !hardware.ok && hardware.message)
            fail(['hardware'], hardware.message);
        // Features: model- and hardware-typed options are resolved like the scenario's own.
        const featureList = Array.isArray(fields.features) ? fields.features : [];
        const entries = featureEntries(featureList);
        const featuresAt = origin(['features']);
        const features = featureList.map((item, j) => {
            const e = entries[j];
            const types = FEATURE_OPTION_TYPES.get(e.name);
            if (typeof item === 'string' || !types)
                return item;
            const opts = { ...e.options };
            let changed = false;
            for (const [k, v] of Object.entries(opts)) {
                const t = types.get(k);
                if ((t !== 'model' && t !== 'hardware') || typeof v !== 'string')
                    continue;
                const r = t === 'model' ? this.resolver.resolveModel(v) : this.resolver.resolveHardware(v);
                if (!r.ok) {
                    if (r.message)
                        this.errors.push((0,source/* errorAt */.Os)(src, featuresAt ? [...featuresAt, j, e.name, k] : at, r.message));
                }
                else {
                    opts[k] = r.ref;
                    changed = true;
                }
            }
            return changed ? { [e.name]: opts } : item;
        });
        // Parallel degrees: parallelism.*, or the degree of the matching feature (as the engine reads it: a feature
        // that is on has its degree option, default 1); both given must agree. Where a degree is written is looked
        // up only when an error needs it.
        const degree = (key) => {
            const explicit = getPath(fields, ['parallelism', key]);
            const e = entries.length === 0 ? undefined : entries.find((x) => x.name === `${key}_parallel` && x.on);
            const featureDegree = e ? (e.options.degree ?? 1) : undefined;
            const featureAt = e && featuresAt ? (e.options.degree === undefined ? [...featuresAt, e.index] : [...featuresAt, e.index, e.name, 'degree']) : null;
            if (explicit !== undefined) {
                if (featureDegree !== undefined && featureDegree !== explicit) {
                    this.errors.push((0,source/* errorAt */.Os)(src, featureAt ?? at, `feature '${key}_parallel' has degree ${featureDegree} but parallelism.${key} is ${explicit}; make them agree or drop one`));
                }
                return { value: explicit, where: undefined };
            }
            if (featureDegree !== undefined)
                return { value: featureDegree, where: featureAt };
            return { value: 1, where: null };
        };
        const degrees = { tensor: degree('tensor'), pipeline: degree('pipeline'), expert: degree('expert') };
        const whereOf = (key) => {
            const d = degrees[key];
            return d.where === undefined ? origin(['parallelism', key]) : d.where;
        };
        this.checkBounds(src, at, fields, origin, featuresAt, degrees, whereOf, entries, allFinite);
        if (this.errors.length > before)
            return null;
        if (model?.ok)
            this.checkLayout(src, at, model, degrees, whereOf);
        const calibration = this.calibrationSetting(fields.calibration ?? this.calibration);
        if (typeof calibration === 'string' && calibration !== 'builtin' && calibration !== 'none')
            fail(['calibration'], calibration);
        if (this.errors.length > before || !model?.ok || !hardware?.ok)
            return null;
        const d = SCENARIO_DEFAULTS;
        const workload = (fields.workload ?? {});
        const config = {
            model: model.ref,
            hardware: hardware.ref,
            precision: fields.precision ?? d.precision,
            ...(fields.fidelity !== undefined
                ? { fidelity: fields.fidelity }
                : this.fidelity !== undefined
                    ? { fidelity: this.fidelity }
                    : {}),
            efficiency: fields.efficiency ?? d.efficiency,
            parallelism: { tensor: degrees.tensor.value, pipeline: degrees.pipeline.value, expert: degrees.expert.value },
            workload: {
                batch: workload.batch ?? d.workload.batch,
                input_tokens: workload.input_tokens ?? d.workload.input_tokens,
                output_tokens: workload.output_tokens ?? d.workload.output_tokens,
                beam: workload.beam ?? d.workload.beam,
            },
            features,
            engine: fields.engine ?? 'generic',
            calibration: calibration,
        };
        if (load_isObj(fields.serving)) {
            const serving = this.servingBlock(fields.serving, fields.slo, (keys, message) => fail(['serving', ...keys], message));
            if (serving === null)
                return null;
            config.serving = serving;
        }
        return { config, modelSource: model.source, hardwareSource: hardware.source };
    }
    /** Bounds of src/limits.ts ({@link scenarioBoundIssues}), each reported where its value is written. */
    checkBounds(src, at, fields, origin, o, degrees, whereOf, entries, allFinite) {
        const values = { tensor: degrees.tensor.value, pipeline: degrees.pipeline.value, expert: degrees.expert.value };
        for (const issue of scenarioBoundIssues(fields, values, entries, this.limits, allFinite)) {
            const where = issue.at.kind === 'degree'
                ? whereOf(issue.at.name)
                : issue.at.kind === 'feature'
                    ? o
                        ? [...o, issue.at.index, issue.at.name, issue.at.option]
                        : null
                    : issue.at.keys.length === 0
                        ? null
                        : ((issue.at.alternatives ?? [issue.at.keys]).map((k) => origin(k)).find((x) => x !== null) ?? null);
            this.errors.push((0,source/* errorAt */.Os)(src, where ?? at, issue.message));
        }
    }
    /** The layout facts of each resolved model (what parallelLayoutProblems reads), worked out once per model. */
    layouts = new WeakMap();
    /** The parallel layout against the model (src/core/errors.ts parallelLayoutProblems: the words genz simulate uses too). */
    checkLayout(src, at, resolved, degrees, whereOf) {
        let facts = this.layouts.get(resolved);
        if (!facts) {
            facts = (0,errors/* layoutFacts */.oA)(resolved.label, resolved.model);
            this.layouts.set(resolved, facts);
        }
        const par = { tensor: degrees.tensor.value, pipeline: degrees.pipeline.value, expert: degrees.expert.value };
        for (const p of (0,errors/* parallelLayoutProblems */.SA)(facts, par)) {
            const key = p.field === 'parallelism.tensor' ? 'tensor' : p.field === 'parallelism.expert' ? 'expert' : 'pipeline';
            this.errors.push((0,source/* errorAt */.Os)(src, whereOf(key) ?? at, p.message));
        }
    }
}
/** The id a scenario file gets when it names none. */
const SCENARIO_FILE_ID = 'scenario';
/**
 * A file of one scenario seen as the manifest `{version: 1, scenarios: [<the file>]}`: the file's own nodes keep
 * their positions, so every error still points at the file's line and column.
 */
function asManifest(src) {
    const own = src.data;
    const doc = new yaml_dist/* Document */.yo({ version: 1, scenarios: [null] });
    const seq = doc.contents.get('scenarios');
    seq.items[0] = src.doc.contents;
    // Aliases in the file resolve against its own anchors.
    return { ...src, doc, data: { version: 1, scenarios: [{ id: SCENARIO_FILE_ID, ...own }] } };
}
/**
 * One scenario file (a manifest scenario's fields at the top level; `id` optional), checked by the manifest
 * schema and resolved exactly as a manifest's scenario is. Error paths are the file's own (`workload.batch`).
 */
function loadScenarioFile(opts) {
    const root = external_node_path_default().resolve(opts.root);
    const resolver = new resolve/* Resolver */.xR(root, external_node_path_default().resolve(root, opts.modelsDir ?? 'models'), external_node_path_default().resolve(root, opts.hardwareDir ?? 'hardware'), opts.hub ?? null);
    const loader = new ManifestLoader(root, resolver, opts.limits ?? src_limits/* DEFAULT_LIMITS */.dR, opts.fidelity, opts.calibration);
    loader.load(opts.file, true);
    const own = (p) => p.replace(/^scenarios\[0\]\.?/, '');
    const errors = (0,src_errors/* sortProblems */.dS)([...loader.errors, ...resolver.fileErrors]).map((e) => (e.file === opts.file ? { ...e, fieldPath: own(e.fieldPath ?? '') } : e));
    return { scenarios: errors.length > 0 ? [] : loader.scenarios, errors, files: [opts.file] };
}
/** Manifest files matching the globs, as sorted root-relative POSIX paths (symlinks leaving the root dropped). */
function discoverManifests(root, globs) {
    if (globs.length === 0)
        return [];
    const found = (0,dist/* globSync */.AZ)([...globs], { cwd: root, onlyFiles: true, dot: false, expandDirectories: false });
    const rels = [...new Set(found.map((f) => f.split((external_node_path_default()).sep).join('/')))];
    return rels.filter((r) => !r.startsWith('../') && (0,paths/* realInside */.he)(root, external_node_path_default().resolve(root, r))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
function loadScenarios(opts) {
    const root = external_node_path_default().resolve(opts.root);
    const resolver = new resolve/* Resolver */.xR(root, external_node_path_default().resolve(root, opts.modelsDir ?? 'models'), external_node_path_default().resolve(root, opts.hardwareDir ?? 'hardware'), opts.hub ?? null);
    const files = discoverManifests(root, opts.manifests);
    const loader = new ManifestLoader(root, resolver, opts.limits ?? src_limits/* DEFAULT_LIMITS */.dR, opts.fidelity, opts.calibration);
    for (const f of files)
        loader.load(f);
    const errors = (0,src_errors/* sortProblems */.dS)([...loader.errors, ...resolver.fileErrors]);
    return { scenarios: errors.length > 0 ? [] : loader.scenarios, errors, files };
}
/**
 * Bounds of src/limits.ts on one scenario's fields (as a manifest or `genz simulate --scenario` writes them, after
 * defaults), before anything runs: every number finite, tokens, batch, beams, parallel degrees (each and their
 * product) and speculative tokens within `limits`. Each issue names its field, the limit and where to raise it.
 * Shared by the manifest loader and `genz simulate`, so both hold a scenario to the same limits.
 */
function scenarioBoundIssues(fields, degrees, entries, limits, 
/** The caller knows every number in `fields` is finite (e.g. a matrix whose parts were all checked once). */
allFinite = false) {
    const L = limits;
    const out = [];
    // The place object is made only for an issue (most scenarios have none).
    const push = (at, message, key) => {
        out.push({ at, message: `${message}; ${(0,src_limits/* limitHint */.p0)(key)}` });
    };
    let m;
    // Every number anywhere in the scenario must be finite (YAML's .inf and .nan parse to numbers).
    // Depth first with one path (copied only for an issue), in the order of the former explicit stack: last key first.
    const keys = [];
    const visit = (v) => {
        if (typeof v === 'number') {
            if (!Number.isFinite(v))
                out.push({ at: { kind: 'field', keys: [...keys] }, message: `${keys.join('.') || 'value'} must be a finite number, got ${v}` });
        }
        else if (v !== null && typeof v === 'object' && keys.length < L.nesting_depth) {
            const names = Object.keys(v);
            for (let j = names.length - 1; j >= 0; j--) {
                keys.push(names[j]);
                visit(v[names[j]]);
                keys.pop();
            }
        }
    };
    if (!allFinite)
        visit(fields);
    const workload = load_isObj(fields.workload) ? fields.workload : {};
    const input = typeof workload.input_tokens === 'number' ? workload.input_tokens : SCENARIO_DEFAULTS.workload.input_tokens;
    const output = typeof workload.output_tokens === 'number' ? workload.output_tokens : SCENARIO_DEFAULTS.workload.output_tokens;
    m = (0,src_limits/* checkLimit */.ab)('tokens_per_request', input, L, 'workload.input_tokens');
    if (m)
        push({ kind: 'field', keys: ['workload', 'input_tokens'] }, m, 'tokens_per_request');
    m = (0,src_limits/* checkLimit */.ab)('tokens_per_request', output, L, 'workload.output_tokens');
    if (m)
        push({ kind: 'field', keys: ['workload', 'output_tokens'] }, m, 'tokens_per_request');
    if (input <= L.tokens_per_request && output <= L.tokens_per_request) {
        m = (0,src_limits/* checkLimit */.ab)('tokens_per_request', input + output, L, 'workload.input_tokens + output_tokens');
        if (m)
            push({
                kind: 'field',
                keys: ['workload', 'output_tokens'],
                alternatives: [
                    ['workload', 'output_tokens'],
                    ['workload', 'input_tokens'],
                ],
            }, m, 'tokens_per_request');
    }
    if (typeof workload.batch === 'number') {
        m = (0,src_limits/* checkLimit */.ab)('batch', workload.batch, L, 'workload.batch');
        if (m)
            push({ kind: 'field', keys: ['workload', 'batch'] }, m, 'batch');
    }
    if (typeof workload.beam === 'number') {
        m = (0,src_limits/* checkLimit */.ab)('beam', workload.beam, L, 'workload.beam');
        if (m)
            push({ kind: 'field', keys: ['workload', 'beam'] }, m, 'beam');
    }
    m = (0,src_limits/* checkLimit */.ab)('parallel_degree', degrees.tensor, L, 'parallelism.tensor');
    if (m)
        push({ kind: 'degree', name: 'tensor' }, m, 'parallel_degree');
    m = (0,src_limits/* checkLimit */.ab)('parallel_degree', degrees.pipeline, L, 'parallelism.pipeline');
    if (m)
        push({ kind: 'degree', name: 'pipeline' }, m, 'parallel_degree');
    m = (0,src_limits/* checkLimit */.ab)('parallel_degree', degrees.expert, L, 'parallelism.expert');
    if (m)
        push({ kind: 'degree', name: 'expert' }, m, 'parallel_degree');
    if (degrees.tensor <= L.parallel_degree && degrees.pipeline <= L.parallel_degree && degrees.expert <= L.parallel_degree) {
        const devices = degrees.tensor * degrees.pipeline * degrees.expert;
        m = (0,src_limits/* checkLimit */.ab)('parallel_degree', devices, L, 'tensor × pipeline × expert parallel');
        if (m)
            push({ kind: 'field', keys: ['parallelism'] }, m, 'parallel_degree');
    }
    // Feature options: drafted tokens, draft parallel degrees, chunk sizes.
    for (const e of entries) {
        for (const [k, v] of Object.entries(e.options)) {
            const at = () => ({ kind: 'feature', index: e.index, name: e.name, option: k });
            if (typeof v === 'number') {
                if (k === 'parallel_tokens') {
                    m = (0,src_limits/* checkLimit */.ab)('speculative_tokens', v, L, `${e.name}.${k}`);
                    if (m)
                        push(at(), m, 'speculative_tokens');
                }
                else if (k === 'degree' || k.endsWith('_parallel')) {
                    m = (0,src_limits/* checkLimit */.ab)('parallel_degree', v, L, `${e.name}.${k}`);
                    if (m)
                        push(at(), m, 'parallel_degree');
                }
                else if (k.endsWith('tokens') || k.endsWith('_size') || k.endsWith('_len')) {
                    m = (0,src_limits/* checkLimit */.ab)('tokens_per_request', v, L, `${e.name}.${k}`);
                    if (m)
                        push(at(), m, 'tokens_per_request');
                }
            }
            else if (Array.isArray(v)) {
                // e.g. chunked prefill_kv_sizes: [[past, new], …]
                const flat = v.flat(2).filter((x) => typeof x === 'number');
                const over = flat.find((x) => !Number.isFinite(x) || x > L.tokens_per_request);
                if (over !== undefined) {
                    m = (0,src_limits/* checkLimit */.ab)('tokens_per_request', over, L, `${e.name}.${k}`);
                    if (m)
                        push(at(), m, 'tokens_per_request');
                }
            }
        }
    }
    return out;
}
/**
 * {@link scenarioBoundIssues} of one scenario given outside a manifest (`genz simulate`, its flags or
 * `--scenario FILE`): each issue with the field path it concerns (`workload.batch`, `parallelism.tensor`,
 * `features[0].speculative_decode.parallel_tokens`) as segments. Malformed values are left to the simulator's
 * own validation.
 */
function simulationBoundIssues(fields, limits) {
    const list = Array.isArray(fields.features) ? fields.features : [];
    const entries = list.flatMap((item, index) => {
        if (typeof item === 'string')
            return [{ name: item, on: true, options: {}, index }];
        if (!load_isObj(item) || Object.keys(item).length !== 1)
            return [];
        const [name, opts] = Object.entries(item)[0];
        return [{ name, on: opts !== false, options: load_isObj(opts) ? opts : {}, index }];
    });
    const parallelism = load_isObj(fields.parallelism) ? fields.parallelism : {};
    const degree = (key) => {
        if (typeof parallelism[key] === 'number')
            return { value: parallelism[key], segments: ['parallelism', key] };
        const e = entries.find((x) => x.name === `${key}_parallel` && x.on);
        if (e && typeof e.options.degree === 'number')
            return { value: e.options.degree, segments: ['features', e.index, e.name, 'degree'] };
        return { value: 1, segments: ['parallelism', key] };
    };
    const degrees = { tensor: degree('tensor'), pipeline: degree('pipeline'), expert: degree('expert') };
    return scenarioBoundIssues(fields, { tensor: degrees.tensor.value, pipeline: degrees.pipeline.value, expert: degrees.expert.value }, entries, limits).map((issue) => ({
        segments: issue.at.kind === 'degree'
            ? degrees[issue.at.name].segments
            : issue.at.kind === 'feature'
                ? ['features', issue.at.index, issue.at.name, issue.at.option]
                : issue.at.keys,
        message: issue.message,
    }));
}


/***/ }),

/***/ 1230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   fG: () => (/* binding */ relPosix),
/* harmony export */   he: () => (/* binding */ realInside),
/* harmony export */   iG: () => (/* binding */ findFileInside)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Paths written in manifests and the project config: relative to the project root, and never leaving it
 * (no absolute paths, no `..` above the root, no symlink that leads outside).
 */


const isAbsoluteAnywhere = (p) => node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(p) || node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.isAbsolute(p) || /^[A-Za-z]:/.test(p);
/** Lexical check: `ref` relative to `root` stays inside it. Does not touch the file system. */
function resolveInside(root, ref) {
    if (isAbsoluteAnywhere(ref))
        return { ok: false, reason: 'absolute paths are refused; write the path relative to the project root' };
    const norm = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(ref.replace(/\\/g, '/'));
    if (norm === '..' || norm.startsWith('../'))
        return { ok: false, reason: 'the path leaves the project root' };
    const rel = norm === '.' ? '' : norm.replace(/\/+$/, '');
    return { ok: true, abs: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, ...rel.split('/')), rel };
}
const realRoots = new Map();
function realRoot(root) {
    let r = realRoots.get(root);
    if (r === undefined) {
        try {
            r = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(root);
        }
        catch {
            r = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
        }
        realRoots.set(root, r);
    }
    return r;
}
/** Whether `abs` (which exists) really lies inside `root` once symlinks are followed. */
function realInside(root, abs) {
    const r = realRoot(root);
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(abs);
    }
    catch {
        return false;
    }
    return real === r || real.startsWith(r.endsWith((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) ? r : r + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
}
/** Finds a file at `ref` (root-relative): refused when it escapes the root, lexically or through a symlink. */
function findFileInside(root, ref) {
    const c = resolveInside(root, ref);
    if (!c.ok)
        return { kind: 'refused', reason: c.reason };
    let stat;
    try {
        stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(c.abs);
    }
    catch {
        return { kind: 'missing', rel: c.rel };
    }
    if (!realInside(root, c.abs))
        return { kind: 'refused', reason: 'the path is a symlink that leads outside the project root' };
    if (!stat.isFile())
        return { kind: 'missing', rel: c.rel };
    return { kind: 'file', abs: c.abs, rel: c.rel };
}
/** POSIX path of `abs` relative to `root`. */
function relPosix(root, abs) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, abs).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}


/***/ }),

/***/ 9656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ schemaHash)
/* harmony export */ });
/* unused harmony export precompiledSource */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Validators compiled ahead of time. Compiling the manifest schema with ajv costs more CPU than the rest
 * of a small run together (it generates and evaluates a large function), so `write-schemas.ts` also writes
 * the compiled validators as ajv "standalone" code (validators.generated.js) beside the published schemas.
 * At run time `validate.ts` uses a precompiled validator only when the schema it was compiled from is the
 * schema the builders give now (compared by hash), and otherwise compiles at run time: a stale file costs
 * time, never correctness (and the schema test fails until it is regenerated).
 */


/** sha256 of the schema's JSON text: what a precompiled validator is keyed by. */
function schemaHash(schema) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(schema)).digest('hex');
}
/**
 * The text of a generated validators file exporting one validator per schema and their hashes (`SCHEMA_HASHES`):
 * an ES module importing ajv's runtime helpers (the run-report validator, bundled), or, with `format: 'cjs'`, a
 * self-contained CommonJS module (the manifest validators, which the bundle reads with `require` only when a
 * document fails the quick check: see validate.ts).
 */
function precompiledSource(ajv, schemas, format = 'esm') {
    const opts = ajv.opts;
    opts.code.source = true;
    opts.code.esm = format === 'esm';
    const refs = {};
    for (const [name, schema] of Object.entries(schemas)) {
        ajv.addSchema(schema);
        refs[name] = String(schema.$id);
    }
    // Loaded here only (write-schemas.ts): the bundle never generates code (see ./ajv.ts).
    const standalone = createRequire(import.meta.url)('ajv/dist/standalone/index.js');
    let code = standalone.default(ajv, refs);
    const hashes = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, schemaHash(schema)]));
    if (format === 'cjs')
        return cjsSource(code, hashes);
    // ajv's standalone code requires its runtime helpers; as an ES module it imports them instead.
    const imports = new Map();
    // Loaders disagree on a CommonJS module's default import (module.exports, or its `default` when it
    // sets __esModule), so the helper is taken from whichever holds it.
    code = code.replace(/require\("(ajv\/dist\/runtime\/[a-z0-9_]+)"\)\.default/g, (_m, mod) => {
        let name = imports.get(mod);
        if (!name) {
            name = `ajvRuntime${imports.size}`;
            imports.set(mod, name);
        }
        return `(${name}.default ?? ${name})`;
    });
    if (/require\(/.test(code))
        throw new Error('precompiled validators: unexpected require() in ajv standalone code');
    code = code.replace(/^"use strict";/, '');
    return [
        '// Generated by src/manifests/write-schemas.ts from schema-defs.ts: do not edit. Regenerate with',
        '// `npx tsx src/manifests/write-schemas.ts` (the schema test fails while it is stale).',
        '/* eslint-disable */',
        ...[...imports].map(([mod, name]) => `import ${name} from "${mod}.js";`),
        `export const SCHEMA_HASHES = ${JSON.stringify(hashes)};`,
        code,
        '',
    ].join('\n');
}
/**
 * ajv's CommonJS standalone code made self-contained: the one runtime helper it uses (the length of a string in
 * code points) is defined in the file, so it loads where node_modules is absent (dist/).
 */
function cjsSource(code, hashes) {
    let helper = false;
    code = code.replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, () => {
        helper = true;
        return 'codePointLength';
    });
    if (/require\(/.test(code))
        throw new Error('precompiled validators: unexpected require() in ajv standalone code');
    code = code.replace(/^"use strict";/, '');
    return [
        '// Generated by src/manifests/write-schemas.ts from schema-defs.ts: do not edit. Regenerate with',
        '// `npx tsx src/manifests/write-schemas.ts` (the schema test fails while it is stale).',
        '/* eslint-disable */',
        '"use strict";',
        ...(helper
            ? [
                'function codePointLength(s) {',
                '  let n = 0;',
                '  for (let i = 0; i < s.length; i++) {',
                '    const c = s.charCodeAt(i);',
                '    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;',
                '    n++;',
                '  }',
                '  return n;',
                '}',
            ]
            : []),
        `exports.SCHEMA_HASHES = ${JSON.stringify(hashes)};`,
        code,
        '',
    ].join('\n');
}


/***/ }),

/***/ 6018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xR: () => (/* binding */ Resolver)
/* harmony export */ });
/* unused harmony exports FILE_EXTENSIONS, hardwareToSystemSpec */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8246);
/* harmony import */ var _core_system_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(406);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4711);
/* harmony import */ var _schema_defs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8464);
/* harmony import */ var _hf_config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3613);
/* harmony import */ var _hub_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7605);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(351);
/* harmony import */ var _safe_fs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1168);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1230);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9041);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(740);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(5624);
/**
 * Resolves the model and hardware references of manifests: catalog/preset names, files in the
 * repository, names in the models/hardware folders. Files are read, validated and converted once per
 * run; their own errors are reported once, at the file.
 */















const FILE_EXTENSIONS = ['.yaml', '.yml', '.json'];
const looksLikeFile = (ref) => FILE_EXTENSIONS.some((e) => ref.toLowerCase().endsWith(e)) || ref.startsWith('./') || ref.startsWith('.\\');
const looksLikePath = (ref) => looksLikeFile(ref) || ref.includes('/') || ref.includes('\\') || ref.startsWith('.');
class Resolver {
    root;
    hub;
    /** Errors found inside model and hardware files. */
    fileErrors = [];
    models = new Map();
    systems = new Map();
    modelRefs = new Map();
    hardwareRefs = new Map();
    modelsRel;
    hardwareRel;
    constructor(root, modelsDir, hardwareDir, hub = null) {
        this.root = root;
        this.hub = hub;
        this.modelsRel = this.folder(modelsDir);
        this.hardwareRel = this.folder(hardwareDir);
    }
    /** Root-relative POSIX path of a folder inside the root, or null if it lies outside. */
    folder(dir) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(this.root, dir);
        const rel = (0,_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .relPosix */ .fG)(this.root, abs);
        return rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) ? null : rel;
    }
    localNames(folderRel) {
        if (folderRel === null)
            return [];
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(this.root, folderRel))
                .filter((f) => FILE_EXTENSIONS.some((e) => f.endsWith(e)))
                .map((f) => f.replace(/\.(ya?ml|json)$/, ''))
                .sort();
        }
        catch {
            return [];
        }
    }
    /** A file named by `ref`: a root-relative path, or a name in `folderRel`. */
    locate(ref, folderRel, what) {
        if (looksLikePath(ref)) {
            const inside = (0,_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .resolveInside */ .LI)(this.root, ref);
            if (!inside.ok)
                return { problem: `${what} path '${ref}' refused: ${inside.reason}` };
            // The path as written, then (without an extension) with each known extension.
            const tries = looksLikeFile(ref) ? [ref] : [ref, ...FILE_EXTENSIONS.map((e) => `${ref}${e}`)];
            for (const t of tries) {
                const found = (0,_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .findFileInside */ .iG)(this.root, t);
                if (found.kind === 'refused')
                    return { problem: `${what} path '${ref}' refused: ${found.reason}` };
                if (found.kind === 'file')
                    return { rel: found.rel, abs: found.abs };
            }
            if (looksLikeFile(ref))
                return { problem: `${what} file '${inside.rel}' not found (paths are relative to the project root)` };
            return { problem: null };
        }
        if (folderRel !== null) {
            for (const ext of FILE_EXTENSIONS) {
                const rel = folderRel === '' ? `${ref}${ext}` : `${folderRel}/${ref}${ext}`;
                const found = (0,_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .findFileInside */ .iG)(this.root, rel);
                if (found.kind === 'file')
                    return { rel: found.rel, abs: found.abs };
                if (found.kind === 'refused')
                    return { problem: `${what} file '${rel}' refused: ${found.reason}` };
            }
        }
        return { problem: null };
    }
    read(abs, rel) {
        // Inside the repository by real path, a regular file, within limits.manifest_bytes; never quoted when refused.
        const read = (0,_safe_fs_js__WEBPACK_IMPORTED_MODULE_10__/* .readFileSafe */ .os)(abs, { root: this.root, maxBytes: _limits_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_LIMITS */ .dR.manifest_bytes });
        if (!read.ok) {
            this.fileErrors.push({ file: rel, line: 1, column: 1, fieldPath: '', message: `cannot read: ${read.reason}` });
            return null;
        }
        if ((0,_limits_js__WEBPACK_IMPORTED_MODULE_9__/* .nestingTooDeep */ .J1)(read.text, _limits_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_LIMITS */ .dR.nesting_depth) !== null) {
            this.fileErrors.push({
                file: rel,
                line: 1,
                column: 1,
                fieldPath: '',
                message: `nested deeper than ${_limits_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_LIMITS */ .dR.nesting_depth} levels (limits.nesting_depth)`,
            });
            return null;
        }
        const src = (0,_source_js__WEBPACK_IMPORTED_MODULE_12__/* .parseSource */ .PJ)(read.text, rel);
        if (src.syntaxErrors.length > 0) {
            this.fileErrors.push(...src.syntaxErrors);
            return null;
        }
        if (src.data === null || typeof src.data !== 'object' || Array.isArray(src.data)) {
            this.fileErrors.push((0,_source_js__WEBPACK_IMPORTED_MODULE_12__/* .errorAt */ .Os)(src, [], `must be a mapping of fields, got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .show */ .WU)(src.data)}`));
            return null;
        }
        return src;
    }
    /** Resolves a model reference (memoised: sweeps resolve the same names many times). */
    resolveModel(ref) {
        let r = this.modelRefs.get(ref);
        if (!r) {
            r = this.findModel(ref);
            this.modelRefs.set(ref, r);
        }
        return r;
    }
    /** Resolves a hardware reference (memoised). */
    resolveHardware(ref) {
        let r = this.hardwareRefs.get(ref);
        if (!r) {
            r = this.findHardware(ref);
            this.hardwareRefs.set(ref, r);
        }
        return r;
    }
    findModel(ref) {
        if ((0,_hub_js__WEBPACK_IMPORTED_MODULE_8__/* .isHubLike */ .Fv)(ref))
            return this.findHubModel(ref);
        const canonical = (0,_core_model_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalModelName */ .V_)(ref);
        if (canonical !== undefined) {
            return { ok: true, ref: canonical, source: { kind: 'catalog', name: canonical, requested: ref }, model: (0,_core_model_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveModel */ .AX)(canonical), label: canonical };
        }
        const where = this.locate(ref, this.modelsRel, 'model');
        if ('problem' in where) {
            if (where.problem !== null)
                return { ok: false, message: where.problem };
            const candidates = [...this.localNames(this.modelsRel), ...catalogCandidates()];
            const folder = this.modelsRel === null ? '' : `, a file in the repository or a file in ${this.modelsRel || '.'}/`;
            return { ok: false, message: `unknown model '${ref}': not in the catalog${folder}; did you mean ${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_13__/* .nearest */ .pA)(ref, candidates).join(', ')}?` };
        }
        let loaded = this.models.get(where.rel);
        if (!loaded) {
            loaded = { value: this.loadModelFile(where.abs, where.rel) };
            this.models.set(where.rel, loaded);
        }
        if (!loaded.value)
            return { ok: false, message: null };
        return { ok: true, ref: loaded.value.spec, source: { kind: 'file', path: where.rel }, model: loaded.value.model, label: where.rel };
    }
    findHardware(ref) {
        if (_core_system_js__WEBPACK_IMPORTED_MODULE_4__/* .PRESET_NAMES */ .dO.includes(ref))
            return { ok: true, ref, source: { kind: 'preset', name: ref } };
        const where = this.locate(ref, this.hardwareRel, 'hardware');
        if ('problem' in where) {
            if (where.problem !== null)
                return { ok: false, message: where.problem };
            const caseHint = _core_system_js__WEBPACK_IMPORTED_MODULE_4__/* .PRESET_NAMES */ .dO.some((p) => p.toLowerCase() === ref.toLowerCase()) ? ' (preset names are case-sensitive)' : '';
            const folder = this.hardwareRel === null ? '' : `, a file in the repository or a file in ${this.hardwareRel || '.'}/`;
            const candidates = [...this.localNames(this.hardwareRel), ..._core_system_js__WEBPACK_IMPORTED_MODULE_4__/* .PRESET_NAMES */ .dO];
            return { ok: false, message: `unknown hardware '${ref}'${caseHint}: not a preset${folder}; did you mean ${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_13__/* .nearest */ .pA)(ref, candidates).join(', ')}?` };
        }
        let loaded = this.systems.get(where.rel);
        if (!loaded) {
            loaded = { value: this.loadHardwareFile(where.abs, where.rel) };
            this.systems.set(where.rel, loaded);
        }
        if (!loaded.value)
            return { ok: false, message: null };
        return { ok: true, ref: loaded.value, source: { kind: 'file', path: where.rel } };
    }
    /** `hf:<org>/<name>@<revision>`: the cached config.json (src/manifests/hub.ts fetches it before loading). */
    findHubModel(ref) {
        const hub = (0,_hub_js__WEBPACK_IMPORTED_MODULE_8__/* .parseHubRef */ .Cq)(ref);
        if (!hub)
            return { ok: false, message: `malformed Hugging Face Hub reference '${ref}': write hf:<org>/<name>@<revision>` };
        if (!this.hub)
            return { ok: false, message: `Hub models ('${ref}') are fetched by genz run, check, update and validate-manifests; this command cannot fetch them` };
        const file = (0,_hub_js__WEBPACK_IMPORTED_MODULE_8__/* .hubCachePath */ .PD)(this.hub.cacheDir, hub);
        const failure = this.hub.failures.get(ref);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(file))
            return { ok: false, message: failure ?? `'${ref}' is not in the Hub cache (${file})` };
        const name = `hf:${hub.repo}@${hub.revision ?? 'main'}`;
        let text;
        try {
            text = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, 'utf8');
        }
        catch (err) {
            return { ok: false, message: `cannot read the cached config of '${ref}': ${err.message}` };
        }
        const src = (0,_source_js__WEBPACK_IMPORTED_MODULE_12__/* .parseSource */ .PJ)(text, file.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'));
        if (src.syntaxErrors.length > 0 || src.data === null || typeof src.data !== 'object' || Array.isArray(src.data)) {
            return { ok: false, message: `the cached config of '${ref}' (${file}) is not a JSON object; delete it to fetch it again` };
        }
        const r = (0,_hf_config_js__WEBPACK_IMPORTED_MODULE_7__/* .hfConfigToSpec */ .ze)(src, src.data, hub.repo);
        if (!r.spec) {
            this.fileErrors.push(...r.errors);
            return { ok: false, message: null };
        }
        const spec = { ...r.spec, model: name };
        if (hub.revision === null) {
            const warnings = Array.isArray(spec.import_warnings) ? [...spec.import_warnings] : [];
            warnings.unshift(`${ref} is not pinned to a revision: the Hub's main branch can change and the results with it (pin with @<commit>)`);
            spec.import_warnings = warnings;
        }
        try {
            return { ok: true, ref: Object.freeze(spec), source: { kind: 'catalog', name, requested: ref }, model: (0,_core_model_js__WEBPACK_IMPORTED_MODULE_3__/* .buildModel */ .yK)(spec), label: name };
        }
        catch (err) {
            if (!(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GenzError */ .rp))
                throw err;
            return { ok: false, message: `${ref}: ${err.message}` };
        }
    }
    loadModelFile(abs, rel) {
        const src = this.read(abs, rel);
        if (!src)
            return null;
        const data = src.data;
        const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(rel).replace(/\.(ya?ml|json)$/i, '');
        const defaultName = base === 'config' && rel.includes('/') ? node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(rel)) : base;
        let spec;
        if ((0,_hf_config_js__WEBPACK_IMPORTED_MODULE_7__/* .isHfConfig */ .lm)(data)) {
            const r = (0,_hf_config_js__WEBPACK_IMPORTED_MODULE_7__/* .hfConfigToSpec */ .ze)(src, data, defaultName);
            if (!r.spec) {
                this.fileErrors.push(...r.errors);
                return null;
            }
            spec = r.spec;
        }
        else {
            const errors = (0,_validate_js__WEBPACK_IMPORTED_MODULE_14__/* .schemaErrors */ .d0)(src, 'model', data);
            if (errors.length > 0) {
                this.fileErrors.push(...errors);
                return null;
            }
            spec = { ...data };
            delete spec.$schema;
            if (spec.model === undefined)
                spec.model = defaultName;
            const H = spec.num_attention_heads;
            const kv = spec.num_key_value_heads;
            if (typeof kv === 'number' && H % kv !== 0) {
                this.fileErrors.push((0,_source_js__WEBPACK_IMPORTED_MODULE_12__/* .errorAt */ .Os)(src, ['num_key_value_heads'], `${H} attention heads are not a multiple of ${kv} key/value heads`));
                return null;
            }
        }
        try {
            return { spec: Object.freeze(spec), model: (0,_core_model_js__WEBPACK_IMPORTED_MODULE_3__/* .buildModel */ .yK)(spec) };
        }
        catch (err) {
            if (!(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GenzError */ .rp))
                throw err;
            const field = typeof err.details.field === 'string' ? err.details.field : undefined;
            this.fileErrors.push((0,_source_js__WEBPACK_IMPORTED_MODULE_12__/* .errorAt */ .Os)(src, field && !(0,_hf_config_js__WEBPACK_IMPORTED_MODULE_7__/* .isHfConfig */ .lm)(data) ? [field] : [], err.message));
            return null;
        }
    }
    loadHardwareFile(abs, rel) {
        const src = this.read(abs, rel);
        if (!src)
            return null;
        const errors = (0,_validate_js__WEBPACK_IMPORTED_MODULE_14__/* .schemaErrors */ .d0)(src, 'hardware', src.data);
        if (errors.length > 0) {
            this.fileErrors.push(...errors);
            return null;
        }
        const spec = hardwareToSystemSpec(src.data, node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(rel).replace(/\.(ya?ml|json)$/i, ''));
        try {
            (0,_core_system_js__WEBPACK_IMPORTED_MODULE_4__/* .buildSystem */ .Sd)(spec, String(spec.system_name));
        }
        catch (err) {
            if (!(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GenzError */ .rp))
                throw err;
            this.fileErrors.push((0,_source_js__WEBPACK_IMPORTED_MODULE_12__/* .errorAt */ .Os)(src, [], err.message));
            return null;
        }
        return Object.freeze(spec);
    }
}
/**
 * Hardware file → GenZ System arguments. Bandwidths are GB/s of 2^30 bytes on both sides (copied);
 * memory_size_gb × 1024 gives MB of 2^20 bytes (exact: a power of two). Omitted optional fields get
 * the values GenZ gives a preset (HARDWARE_DEFAULTS); compute/memory efficiency are copied only when set.
 */
function hardwareToSystemSpec(h, fallbackName) {
    const d = _schema_defs_js__WEBPACK_IMPORTED_MODULE_6__/* .HARDWARE_DEFAULTS */ ._C;
    const spec = {
        flops: h.flops_tflops,
        offchip_mem_bw: h.memory_bandwidth_gbps,
        off_chip_mem_size: h.memory_size_gb * 1024,
        interchip_link_bw: h.interconnect_bandwidth_gbps ?? d.interconnect_bandwidth_gbps,
        interchip_link_latency: h.interconnect_latency_us ?? d.interconnect_latency_us,
        onchip_mem_bw: h.onchip_bandwidth_gbps ?? d.onchip_bandwidth_gbps,
        external_mem_bw: h.offload_bandwidth_gbps ?? d.offload_bandwidth_gbps,
        frequency: h.frequency_mhz ?? d.frequency_mhz,
        comm_efficiency: h.comm_efficiency ?? d.comm_efficiency,
        system_name: h.name ?? fallbackName,
    };
    if (h.compute_efficiency !== undefined)
        spec.compute_efficiency = h.compute_efficiency;
    if (h.memory_efficiency !== undefined)
        spec.memory_efficiency = h.memory_efficiency;
    return spec;
}
let catalogCache = null;
/** Catalog names for suggestions, each with the aliases that lead to it. */
function catalogCandidates() {
    if (!catalogCache) {
        const keys = new Map(_core_model_js__WEBPACK_IMPORTED_MODULE_3__/* .MODEL_NAMES */ .BQ.map((n) => [n, []]));
        for (const alias of _core_model_js__WEBPACK_IMPORTED_MODULE_3__/* .MODEL_ALIASES */ .Td)
            keys.get((0,_core_model_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalModelName */ .V_)(alias))?.push(alias);
        catalogCache = _core_model_js__WEBPACK_IMPORTED_MODULE_3__/* .MODEL_NAMES */ .BQ.map((name) => ({ name, keys: keys.get(name) }));
    }
    return catalogCache;
}


/***/ }),

/***/ 8464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ buildConfigSchema),
/* harmony export */   FB: () => (/* binding */ buildModelSchema),
/* harmony export */   SC: () => (/* binding */ buildHardwareSchema),
/* harmony export */   V9: () => (/* binding */ optionSchema),
/* harmony export */   X7: () => (/* binding */ buildManifestSchema),
/* harmony export */   _C: () => (/* binding */ HARDWARE_DEFAULTS),
/* harmony export */   pw: () => (/* binding */ ID_PATTERN),
/* harmony export */   se: () => (/* binding */ requiredOptions)
/* harmony export */ });
/* unused harmony exports SCHEMA_IDS, MANIFEST_PRECISIONS, matrixValueSchemas, HARDWARE_FIELDS, MODEL_FILE_KEYS, SCHEMA_FILES */
/* harmony import */ var _calibration_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9512);
/* harmony import */ var _core_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8246);
/* harmony import */ var _core_precision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(683);
/* harmony import */ var _core_system_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(406);
/* harmony import */ var _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6511);
/* harmony import */ var _simulation_features_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8496);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5771);
/* harmony import */ var _serving_config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1225);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(351);
/**
 * The published JSON Schemas (draft-07), built from the registries so they cannot drift from the code:
 * feature names and options come from src/simulation/features.ts, precisions from src/core/precision.ts,
 * presets and catalog models from data/. `schema/*.json` are these objects written out by
 * `npx tsx src/manifests/write-schemas.ts`; a test checks the files are current. The loaders validate
 * with the same objects.
 */









const DRAFT = 'http://json-schema.org/draft-07/schema#';
const SCHEMA_IDS = {
    manifest: 'urn:genz-action:schema:manifest:1',
    hardware: 'urn:genz-action:schema:hardware:1',
    model: 'urn:genz-action:schema:model:1',
    config: 'urn:genz-action:schema:config:1',
};
/** Scenario ids: letters, digits, '.', '_', '-', starting with a letter or a digit. */
const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]*$';
/** Precisions a manifest may name: GenZ's, plus `fp16` (read as bf16). */
const MANIFEST_PRECISIONS = [..._core_precision_js__WEBPACK_IMPORTED_MODULE_2__/* .PRECISIONS */ .st, 'fp16'];
const MATRIX_ID_DOC = 'Scenario ids of a matrix: `<id>` followed, for every matrix key in the order written, by `.<name>-<value>`, where ' +
    '<name> is the last part of the dotted key (parallelism.tensor → tensor) and <value> the value with every run of ' +
    "characters other than letters, digits, '.', '_' and '-' replaced by '-' (lists: items joined by '-', [] → none; " +
    "mappings: key-value pairs joined by '-'). Example: llama8b-sweep with {parallelism.tensor: [1, 2], workload.batch: [1, 8]} gives " +
    'llama8b-sweep.tensor-1.batch-1, llama8b-sweep.tensor-1.batch-8, llama8b-sweep.tensor-2.batch-1, llama8b-sweep.tensor-2.batch-8 (in this order: ' +
    'the last key varies fastest).';
const int = (description, min = 1, extra = {}) => ({ type: 'integer', minimum: min, description, ...extra });
function modelRef(description) {
    return { type: 'string', minLength: 1, description, examples: [..._core_model_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_NAMES */ .BQ] };
}
function hardwareRef(description) {
    return { type: 'string', minLength: 1, description, examples: [..._core_system_js__WEBPACK_IMPORTED_MODULE_3__/* .PRESET_NAMES */ .dO] };
}
const MODEL_DOC = 'The model: a catalog name (case-insensitive, aliases accepted, e.g. meta-llama/Llama-3.1-8B); else a path, relative to the ' +
    'project root, to a model file in the repository (a Hugging Face config.json, or a YAML/JSON file of GenZ ModelConfig fields, ' +
    'see model.schema.json); else the name, without extension, of a .yaml/.yml/.json file in the models folder. Catalog names win.';
const HARDWARE_DOC = 'The hardware: a preset name (case-sensitive: ' +
    _core_system_js__WEBPACK_IMPORTED_MODULE_3__/* .PRESET_NAMES */ .dO.join(', ') +
    '); else a path, relative to the project root, to a ' +
    'hardware file in the repository (see hardware.schema.json); else the name, without extension, of a .yaml/.yml/.json file in the hardware folder.';
/** The JSON Schema of one feature option (its type, bounds and choices). */
function optionSchema(o) {
    const base = { description: o.description };
    if (o.default !== undefined)
        base.default = o.default;
    const bounds = {};
    if (o.min !== undefined)
        bounds.minimum = o.min;
    if (o.max !== undefined)
        bounds.maximum = o.max;
    switch (o.type) {
        case 'integer':
            return { type: 'integer', ...bounds, ...base };
        case 'number':
            return { type: 'number', ...bounds, ...base };
        case 'boolean':
            return { type: 'boolean', ...base };
        case 'string':
            return o.choices ? { type: 'string', enum: [...o.choices], ...base } : { type: 'string', ...base };
        case 'string[]':
            return { type: 'array', items: o.choices ? { type: 'string', enum: [...o.choices] } : { type: 'string' }, uniqueItems: true, ...base };
        case 'model':
            return { $ref: '#/definitions/model', ...base, description: `${o.description} Resolved like a scenario's model.` };
        case 'hardware':
            return { $ref: '#/definitions/hardware', ...base, description: `${o.description} Resolved like a scenario's hardware.` };
        case 'kv-list':
            return {
                type: 'array',
                items: {
                    anyOf: [
                        { type: 'integer', minimum: 0 },
                        { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 2, maxItems: 4 },
                    ],
                },
                ...base,
            };
    }
}
/**
 * Options without a default that are nevertheless optional: the registry documents them as "omitted = …".
 * Every other option without a default is required when its feature is on.
 */
const OPTIONAL_WITHOUT_DEFAULT = {
    speculative_decode: ['draft_hardware', 'draft_tensor_parallel', 'draft_pipeline_parallel'],
};
/** Names of the options a feature cannot be switched on without. */
function requiredOptions(f) {
    const optional = OPTIONAL_WITHOUT_DEFAULT[f.name] ?? [];
    return f.options.filter((o) => o.default === undefined && !optional.includes(o.name)).map((o) => o.name);
}
function featuresSchema() {
    const byName = {};
    for (const f of _simulation_features_js__WEBPACK_IMPORTED_MODULE_5__/* .FEATURES */ .Gv) {
        const required = requiredOptions(f);
        const options = {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(f.options.map((o) => [o.name, optionSchema(o)])),
        };
        if (required.length > 0)
            options.required = required;
        const forms = [options, { type: 'boolean', description: 'false: off; true: on with default options.' }];
        if (required.length === 0)
            forms.push({ type: 'null', description: 'On with default options.' });
        byName[f.name] = { description: `${f.description} (${f.category})`, anyOf: forms };
    }
    const bare = _simulation_features_js__WEBPACK_IMPORTED_MODULE_5__/* .FEATURES */ .Gv.filter((f) => requiredOptions(f).length === 0).map((f) => f.name);
    return {
        type: 'array',
        description: 'Features, each a name or {name: options} (true/null: on with defaults; false: off). Names: ' +
            _simulation_features_js__WEBPACK_IMPORTED_MODULE_5__/* .FEATURES */ .Gv.map((f) => f.name).join(', ') +
            '. Options are checked here; combinations (incompatible features, a missing mode) are checked by the simulation engine.',
        items: {
            anyOf: [
                { type: 'string', enum: bare, description: 'A feature with its default options.' },
                {
                    type: 'object',
                    minProperties: 1,
                    maxProperties: 1,
                    additionalProperties: false,
                    properties: byName,
                    description: 'One feature name with its options.',
                },
            ],
        },
    };
}
function sloSchema() {
    const props = {};
    for (const key of _types_js__WEBPACK_IMPORTED_MODULE_6__/* .SLO_METRICS */ .t) {
        const m = _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_4__/* .METRICS */ .Cb.find((d) => d.key === key);
        const bound = m.direction === 'lower' ? 'Maximum' : 'Minimum';
        props[key] = { type: 'number', exclusiveMinimum: 0, description: `${bound} ${m.label} (${m.unit}). ${m.definition}` };
    }
    props.must_fit = { type: 'boolean', description: 'The model must fit in device memory (no offload).' };
    return {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: props,
        description: 'SLO budgets, checked independently of baselines: latencies are maxima, throughputs minima. null: no budgets.',
    };
}
/** The scenario fields that `defaults` may set and a matrix may sweep (dotted paths into these). */
function scenarioFields() {
    return {
        model: { $ref: '#/definitions/model' },
        hardware: { $ref: '#/definitions/hardware' },
        precision: {
            anyOf: [
                { type: 'string', enum: [...MANIFEST_PRECISIONS], description: 'One precision for weights, activations, KV cache and collectives.' },
                {
                    type: 'object',
                    additionalProperties: false,
                    description: 'Per-tensor precision (fidelity corrected). A class left out takes bits; weights first take what the model states (quantization_config).',
                    properties: {
                        bits: { type: 'string', enum: [...MANIFEST_PRECISIONS], description: 'Every class not named here. Default bf16.' },
                        weights: { type: 'string', enum: [...MANIFEST_PRECISIONS], description: 'Weights (default: what the model states, else bits).' },
                        expert_weights: {
                            type: 'string',
                            enum: [...MANIFEST_PRECISIONS],
                            description: 'Routed-expert weights (default: what the model states, else weights).',
                        },
                        activations: {
                            type: 'string',
                            enum: [...MANIFEST_PRECISIONS],
                            description: 'Activations: the precision matrix products run at where the hardware has it natively.',
                        },
                        kv_cache: { type: 'string', enum: [...MANIFEST_PRECISIONS], description: 'KV cache (and Mamba state).' },
                    },
                },
            ],
            description: 'Precision of weights, activations, KV cache and collectives (one for all, or per tensor); fp16 is read as bf16. Default bf16.',
        },
        fidelity: {
            type: 'string',
            enum: ['corrected', 'genz'],
            description: "corrected (default): the model of docs/model.md; genz: GenZ exactly (its blind spots included). Default: the project config's fidelity, else corrected.",
        },
        efficiency: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: "GenZ's system_eff: compute and memory efficiency, 0 < e <= 1. Default 1." },
        parallelism: {
            type: 'object',
            additionalProperties: false,
            description: 'Parallel layout. Tensor × expert must divide the attention heads.',
            properties: {
                tensor: int('Tensor-parallel degree. Default 1.'),
                pipeline: int('Pipeline-parallel degree. Default 1.'),
                expert: int('Expert-parallel degree (MoE models; must divide the number of experts). Default 1.'),
            },
        },
        workload: {
            type: 'object',
            additionalProperties: false,
            description: 'The request.',
            properties: {
                batch: int('Concurrent sequences. Default 1.'),
                input_tokens: int('Prompt tokens per sequence (>= 1). Default 1024.'),
                output_tokens: int('Generated tokens per sequence (>= 1; the first comes from prefill). Default 256.'),
                beam: int('Beam size. Default 1.'),
            },
        },
        features: { $ref: '#/definitions/features' },
        engine: {
            type: 'string',
            enum: [..._calibration_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENGINES */ .ug],
            description: 'Serving engine: selects the calibration profile (hardware × engine × precision). generic: the generic profile. Default generic.',
        },
        calibration: {
            type: 'string',
            minLength: 1,
            description: "builtin (the profiles shipped with genz-action), none (the raw roofline), or a profile file written by genz calibrate, relative to the project root. Default: the project config's calibration, else builtin.",
        },
        serving: (0,_serving_config_js__WEBPACK_IMPORTED_MODULE_7__/* .servingSchema */ .G8)(),
        slo: sloSchema(),
    };
}
/** Dotted matrix keys → the schema of one value. */
function matrixValueSchemas() {
    const fields = scenarioFields();
    const out = {};
    for (const [name, schema] of Object.entries(fields)) {
        const props = schema.properties;
        if (props)
            for (const [sub, s] of Object.entries(props))
                out[`${name}.${sub}`] = s;
        else
            out[name] = schema;
    }
    return out;
}
function buildManifestSchema() {
    const fields = scenarioFields();
    const matrixProps = Object.fromEntries(Object.entries(matrixValueSchemas()).map(([k, s]) => [k, { type: 'array', minItems: 1, items: s, description: `Values of ${k}, in order.` }]));
    return {
        $schema: DRAFT,
        $id: SCHEMA_IDS.manifest,
        title: 'genz-action scenario manifest',
        description: 'Inference scenarios that genz-action simulates and compares with the committed baselines.',
        type: 'object',
        additionalProperties: false,
        required: ['version', 'scenarios'],
        properties: {
            $schema: { type: 'string', description: 'Schema reference for editors; ignored.' },
            version: { const: 1, description: 'Manifest format version: 1.' },
            defaults: {
                type: 'object',
                additionalProperties: false,
                properties: fields,
                description: 'Values for every scenario of this file (any scenario field except id, description and matrix). Merged deeply; the scenario wins; lists are replaced, not merged.',
            },
            scenarios: {
                type: 'array',
                minItems: 1,
                description: 'The scenarios.',
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['id'],
                    description: 'One scenario (or a sweep, with matrix).',
                    properties: {
                        id: {
                            type: 'string',
                            pattern: ID_PATTERN,
                            maxLength: _limits_js__WEBPACK_IMPORTED_MODULE_8__/* .ARTIFACT_FIELD_LIMITS */ .Vi.name,
                            description: "Stable id, unique across all manifests of a run: letters, digits, '.', '_', '-', starting with a letter or digit. Baselines are keyed by it.",
                        },
                        description: { type: 'string', maxLength: _limits_js__WEBPACK_IMPORTED_MODULE_8__/* .ARTIFACT_FIELD_LIMITS */ .Vi.text, description: 'Short human description, shown in reports.' },
                        ...fields,
                        matrix: {
                            type: 'object',
                            additionalProperties: false,
                            minProperties: 1,
                            properties: matrixProps,
                            description: `A sweep: one scenario per combination of the listed values (dotted paths into the scenario fields). ${MATRIX_ID_DOC} A key may not also be set by the scenario itself; it overrides defaults.`,
                        },
                    },
                },
            },
        },
        definitions: { model: modelRef(MODEL_DOC), hardware: hardwareRef(HARDWARE_DOC), features: featuresSchema() },
    };
}
/** Hardware file fields: name → [GenZ System argument, description with unit]. */
const HARDWARE_FIELDS = {
    flops_tflops: ['flops', 'Peak dense compute at bf16 in TFLOPS (10^12 FLOP/s). Required.'],
    memory_bandwidth_gbps: ['offchip_mem_bw', 'Off-chip (HBM) memory bandwidth in GB/s, GB = 2^30 bytes (gigabytes, not gigabits). Required.'],
    memory_size_gb: ['off_chip_mem_size', 'Off-chip memory per device in GB = 2^30 bytes; stored as memory_size_gb × 1024 MB. Required.'],
    interconnect_bandwidth_gbps: ['interchip_link_bw', 'Per-device interconnect link bandwidth in GB/s (2^30 bytes). Default 150.'],
    interconnect_latency_us: ['interchip_link_latency', 'Interconnect link latency in microseconds. Default 1.'],
    onchip_bandwidth_gbps: ['onchip_mem_bw', 'On-chip memory (SRAM) bandwidth in GB/s (2^30 bytes). Default 18000.'],
    offload_bandwidth_gbps: ['external_mem_bw', 'Host link bandwidth used by memory_offload, in GB/s (2^30 bytes). Default 128.'],
    frequency_mhz: ['frequency', 'Clock frequency in MHz (cycle columns of the operator table only). Default 1000.'],
    compute_efficiency: ['compute_efficiency', "Compute efficiency, 0 < e <= 1. Note: GenZ's entry points replace it with the scenario's efficiency."],
    memory_efficiency: ['memory_efficiency', "Memory efficiency, 0 < e <= 1. Note: GenZ's entry points replace it with the scenario's efficiency."],
    comm_efficiency: ['comm_efficiency', 'Interconnect efficiency, 0 < e <= 1. Default 1.'],
};
/** Values of the optional hardware fields when omitted: those GenZ gives a preset or dict system. */
const HARDWARE_DEFAULTS = {
    interconnect_bandwidth_gbps: 150,
    interconnect_latency_us: 1,
    onchip_bandwidth_gbps: 18000,
    offload_bandwidth_gbps: 128,
    frequency_mhz: 1000,
    comm_efficiency: 1,
};
function buildHardwareSchema() {
    const props = {
        $schema: { type: 'string', description: 'Schema reference for editors; ignored.' },
        name: { type: 'string', minLength: 1, description: 'Name shown in reports; default: the file name without extension.' },
    };
    for (const [key, [genz, doc]] of Object.entries(HARDWARE_FIELDS)) {
        const isEff = key.endsWith('_efficiency');
        const bounds = isEff
            ? { exclusiveMinimum: 0, maximum: 1 }
            : key.startsWith('interconnect') || key.startsWith('offload')
                ? { minimum: 0 }
                : { exclusiveMinimum: 0 };
        props[key] = { type: 'number', ...bounds, description: `${doc} (GenZ System argument ${genz})` };
    }
    return {
        $schema: DRAFT,
        $id: SCHEMA_IDS.hardware,
        title: 'genz-action hardware file',
        description: 'One accelerator, with units in the field names (GB = 2^30 bytes). Converted exactly to GenZ System arguments.',
        type: 'object',
        additionalProperties: false,
        required: ['flops_tflops', 'memory_bandwidth_gbps', 'memory_size_gb'],
        properties: props,
    };
}
/** GenZ ModelConfig fields of our own model files, with their JSON types and descriptions. */
const MODEL_FIELDS = {
    model: { type: 'string', minLength: 1, description: 'Model name shown in reports; default: the file name.' },
    vocab_size: int('Vocabulary size V. Default 32000.', 1),
    hidden_size: int('Hidden size D. Required.'),
    intermediate_size: int('FFN width Df. Default 11008.', 0),
    num_ffi: int('FFN up-projection multiplier: 2 for gated (SwiGLU-style) FFNs, 1 otherwise, 0 for none. Default 1.', 0),
    num_decoder_layers: int('Decoder layers. Required.'),
    num_attention_heads: int('Attention (query) heads H. Required.'),
    num_key_value_heads: int('Key/value heads Hkv (GQA/MQA); H must be a multiple. Default H.'),
    head_dim: int('Head dimension. Default floor(D / H).'),
    num_experts: int('Experts (MoE when > 1). Default 1.'),
    expert_top_k: int('Experts per token. Default 1.'),
    moe_intermediate_size: int('Expert FFN width (deepseek FFN). Default intermediate_size.', 0),
    n_shared_experts: int('Shared experts (deepseek FFN). Default 0.', 0),
    shared_expert_intermediate_size: int('Shared expert FFN width (deepseek FFN). Default intermediate_size.', 0),
    ffn_implementation: { type: 'string', enum: ['default', 'deepseek'], description: 'FFN builder: default or deepseek (shared experts). Default default.' },
    mamba_d_state: int('Mamba state size S; set for Mamba models.'),
    mamba_d_conv: int('Mamba convolution kernel size.'),
    mamba_expand: int('Mamba expansion factor. Default 1.'),
    mamba_dt_rank: { anyOf: [{ type: 'integer', minimum: 1 }, { const: 'auto' }], description: 'Mamba Δ rank; auto = ceil(D / 16). Default auto.' },
    mamba_layer_period: int('Every n-th layer is Mamba (hybrids). Default 1.'),
    expert_layer_period: int('Every n-th layer is MoE (hybrids). Default 1.'),
    expert_layer_offset: int('Offset of the MoE layers. Default 0.', 0),
    attn_layer_period: int('Attention layer period (hybrids). Default 1.'),
    attn_layer_offset: int('Attention layer offset (hybrids). Default 0.', 0),
    q_lora_rank: {
        anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }],
        description: 'MLA query low-rank (corrected model; docs/model.md). null: no query compression.',
    },
    kv_lora_rank: int('MLA latent rank; makes attention MLA (corrected model).'),
    qk_nope_head_dim: int('MLA per-head key width without RoPE.'),
    qk_rope_head_dim: int('MLA RoPE key width, shared by the heads.'),
    v_head_dim: int('MLA per-head value width.'),
    sliding_window: {
        anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }],
        description: 'Keys a sliding layer attends to and caches (every layer without layer_types).',
    },
    attention_chunk_size: { anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }], description: 'Chunk of chunked-attention layers (Llama 4).' },
    layer_types: {
        type: 'array',
        items: { type: 'string', enum: ['full_attention', 'sliding_attention', 'chunked_attention', 'mamba'] },
        description: 'One per layer (corrected model).',
    },
    ffn_types: {
        type: 'array',
        items: { type: 'string', enum: ['dense', 'moe', 'none'] },
        description: 'One per layer (corrected model): which layers have experts.',
    },
    tie_word_embeddings: { type: 'boolean', description: 'Input embedding shared with the LM head (not counted twice). Default false.' },
    weight_precision: { type: 'string', enum: [..._core_precision_js__WEBPACK_IMPORTED_MODULE_2__/* .PRECISIONS */ .st], description: 'Precision the weights are stored at (a scenario may override it).' },
    expert_weight_precision: { type: 'string', enum: [..._core_precision_js__WEBPACK_IMPORTED_MODULE_2__/* .PRECISIONS */ .st], description: "Precision of the routed experts' weights." },
    hidden_act: { type: 'string', description: 'Activation (informational).' },
    max_model_len: int('Maximum context (informational).'),
};
const MODEL_FILE_KEYS = Object.keys(MODEL_FIELDS);
function buildModelSchema() {
    return {
        $schema: DRAFT,
        $id: SCHEMA_IDS.model,
        title: 'genz-action model file (GenZ ModelConfig fields)',
        description: "A model as GenZ's ModelConfig keyword arguments. A file with model_type or architectures is read as a Hugging Face config.json instead.",
        type: 'object',
        additionalProperties: false,
        required: ['hidden_size', 'num_attention_heads', 'num_decoder_layers'],
        properties: { $schema: { type: 'string', description: 'Schema reference for editors; ignored.' }, ...MODEL_FIELDS },
    };
}
function buildConfigSchema() {
    const tol = {
        type: 'object',
        additionalProperties: false,
        description: 'A tolerance: |current − baseline| <= abs + rel × |baseline|.',
        properties: {
            rel: { type: 'number', minimum: 0, description: 'Relative tolerance, a fraction of |baseline| (0.01 = 1 %). Default 0.' },
            abs: { type: 'number', minimum: 0, description: "Absolute tolerance in the metric's unit. Default 0." },
        },
    };
    const metricMap = {
        type: 'object',
        additionalProperties: false,
        description: 'Tolerances by metric key (boolean metrics are always exact).',
        properties: Object.fromEntries(_metrics_definitions_js__WEBPACK_IMPORTED_MODULE_4__/* .METRICS */ .Cb.filter((m) => m.kind === 'number').map((m) => [m.key, { $ref: '#/definitions/tolerance', description: `${m.label} (${m.unit}).` }])),
    };
    const path = (description) => ({
        type: 'string',
        minLength: 1,
        description: `${description} Relative to the project root (the folder of this file); must stay inside it.`,
    });
    return {
        $schema: DRAFT,
        $id: SCHEMA_IDS.config,
        title: 'genz-action project config (genz.config.yaml)',
        description: 'Project settings. Every field is optional.',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: { type: 'string', description: 'Schema reference for editors; ignored.' },
            manifests: {
                type: 'array',
                minItems: 1,
                items: path('A glob of scenario manifests.'),
                description: 'Globs of scenario manifests. Default ["perf/**/*.yaml", "perf/**/*.yml", "perf/**/*.json"].',
            },
            baselines: path('Folder of the committed baselines. Default baselines.'),
            models: path('Folder of custom model files, referable by file name without extension. Default models.'),
            hardware: path('Folder of custom hardware files, referable by file name without extension. Default hardware.'),
            fail_on: {
                type: 'string',
                enum: [..._types_js__WEBPACK_IMPORTED_MODULE_6__/* .FAIL_ON_VALUES */ .Q],
                description: 'When the check fails: mismatch (any change), regression (a change in the worse direction), slo (a broken SLO budget), never. Default mismatch.',
            },
            fidelity: {
                type: 'string',
                enum: ['corrected', 'genz'],
                description: 'Default fidelity of every scenario: corrected (the model of docs/model.md) or genz (GenZ exactly). Default corrected.',
            },
            calibration: {
                type: 'string',
                minLength: 1,
                description: 'Default calibration of every scenario: builtin (default), none (the raw roofline), or a profile file written by genz calibrate (relative to the project root).',
            },
            template: {
                anyOf: [path('A Handlebars template replacing the default report.'), { type: 'null' }],
                description: 'A Handlebars template replacing the default report; null: the built-in one. Default null.',
            },
            limits: limitsSchema(),
            tolerances: {
                type: 'object',
                additionalProperties: false,
                description: 'Tolerance rules (primary metrics are exact unless a rule names them). Interpreted by the baselines module.',
                properties: {
                    default: { $ref: '#/definitions/tolerance', description: 'Tolerance of secondary metrics.' },
                    metrics: { $ref: '#/definitions/metricTolerances' },
                    scenarios: {
                        type: 'array',
                        description: 'Per-scenario rules; later rules win.',
                        items: {
                            type: 'object',
                            additionalProperties: false,
                            required: ['match', 'metrics'],
                            properties: {
                                match: { type: 'string', minLength: 1, description: 'Glob over scenario ids (* and ?).' },
                                metrics: { $ref: '#/definitions/metricTolerances' },
                            },
                        },
                    },
                },
            },
        },
        definitions: { tolerance: tol, metricTolerances: metricMap },
    };
}
/** `limits:` of genz.config.yaml: each a positive integer raising (or lowering) a default of src/limits.ts. */
function limitsSchema() {
    return {
        type: 'object',
        additionalProperties: false,
        description: 'Safeguards against runaway work and oversized files (docs/security.md); each key raises or lowers one default.',
        properties: Object.fromEntries(_limits_js__WEBPACK_IMPORTED_MODULE_8__/* .LIMIT_KEYS */ .n5.map((k) => [
            k,
            {
                type: 'integer',
                minimum: 1,
                maximum: _limits_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_LIMIT */ .tq,
                description: `Most ${_limits_js__WEBPACK_IMPORTED_MODULE_8__/* .LIMIT_DESCRIPTIONS */ .o0[k]}. Default ${_limits_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_LIMITS */ .dR[k]}.`,
            },
        ])),
    };
}
const SCHEMA_FILES = {
    'manifest.schema.json': buildManifestSchema,
    'hardware.schema.json': buildHardwareSchema,
    'model.schema.json': buildModelSchema,
    'config.schema.json': buildConfigSchema,
};


/***/ }),

/***/ 9041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Os: () => (/* binding */ errorAt),
/* harmony export */   PJ: () => (/* binding */ parseSource),
/* harmony export */   df: () => (/* binding */ positionOf),
/* harmony export */   vH: () => (/* binding */ pointerToSegments)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9102);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(351);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4711);
/**
 * A parsed YAML/JSON file that keeps positions: values are read from `data`, positions of any field are
 * found by walking the yaml Document along the same path. JSON files go through the yaml parser too (JSON
 * is YAML 1.2 flow syntax), so their errors carry line and column as well.
 */




const SYNTAX_HINTS = {
    DUPLICATE_KEY: 'duplicate key: each key may appear once in a mapping',
    MULTIPLE_DOCS: 'a file holds one YAML document (remove the extra `---`)',
};
function parseSource(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: true, keepSourceTokens: false });
    }
    catch (err) {
        // Deep block nesting the bracket pre-check cannot see (e.g. `- - - - …`) can exhaust the parser's stack.
        if (!(err instanceof RangeError))
            throw err;
        const empty = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)('');
        return {
            file,
            doc: empty,
            lineCounter,
            data: undefined,
            syntaxErrors: [{ file, line: 1, column: 1, fieldPath: '', message: 'YAML error: the document is nested too deeply to parse (limits.nesting_depth)' }],
        };
    }
    const syntaxErrors = doc.errors.map((e) => {
        const p = lineCounter.linePos(e.pos[0]);
        return {
            file,
            line: Math.max(p.line, 1),
            column: Math.max(p.col, 1),
            fieldPath: '',
            message: `YAML syntax error: ${SYNTAX_HINTS[e.code] ?? e.message.replace(/\s+/g, ' ').trim()}`,
        };
    });
    let data;
    if (syntaxErrors.length === 0) {
        try {
            data = doc.toJS({ maxAliasCount: 1000 });
            if ((0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .valueTooDeep */ .sm)(data, _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LIMITS */ .dR.nesting_depth)) {
                syntaxErrors.push({
                    file,
                    line: 1,
                    column: 1,
                    fieldPath: '',
                    message: `nested deeper than ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LIMITS */ .dR.nesting_depth} levels (limits.nesting_depth)`,
                });
                data = undefined;
            }
        }
        catch (err) {
            const message = err instanceof RangeError ? 'the document is nested too deeply to read (limits.nesting_depth)' : (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(err.message);
            syntaxErrors.push({ file, line: 1, column: 1, fieldPath: '', message: `YAML error: ${message}` });
        }
    }
    return { file, doc, lineCounter, data, syntaxErrors };
}
function isMergeKey(key) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && (typeof key.value === 'symbol' || key.source === '<<');
}
function keyOf(pair) {
    const k = pair.key;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(k))
        return typeof k.value === 'symbol' ? undefined : String(k.value);
    return k === null || k === undefined ? undefined : String(k);
}
function deref(src, node) {
    let n = node;
    for (let i = 0; i < 100 && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(n); i++)
        n = n.resolve(src.doc);
    return n;
}
/** The pair of `key` in a map node, merge keys (`<<: *anchor`) included. */
function findPair(src, map, key, depth = 0) {
    const m = deref(src, map);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(m) || depth > 20)
        return undefined;
    const direct = m.items.find((p) => !isMergeKey(p.key) && keyOf(p) === key);
    if (direct)
        return direct;
    for (const p of m.items) {
        if (!isMergeKey(p.key))
            continue;
        const v = deref(src, p.value);
        const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(v) ? v.items : [v];
        for (const s of sources) {
            const found = findPair(src, s, key, depth + 1);
            if (found)
                return found;
        }
    }
    return undefined;
}
function locate(src, segments) {
    let node = src.doc.contents;
    let keyNode = null;
    let depth = 0;
    for (const seg of segments) {
        const cur = deref(src, node);
        let next;
        let nextKey = null;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(cur) && typeof seg === 'number') {
            next = cur.items[seg];
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(cur)) {
            const pair = findPair(src, cur, String(seg));
            if (pair) {
                nextKey = pair.key ?? null;
                next = pair.value ?? pair.key;
            }
        }
        if (next === undefined || next === null)
            break;
        node = next;
        keyNode = nextKey;
        depth++;
    }
    const last = deref(src, node);
    return { node: last ?? null, keyNode: depth === segments.length ? keyNode : null, depth };
}
function pos(src, node) {
    const offset = node?.range?.[0];
    if (offset === undefined)
        return { line: 1, column: 1 };
    const p = src.lineCounter.linePos(offset);
    return { line: Math.max(p.line, 1), column: Math.max(p.col, 1) };
}
/** Position of the value at `segments` (or of its key with `atKey`); the nearest ancestor if it is absent. */
function positionOf(src, segments, atKey = false) {
    const l = locate(src, segments);
    if (atKey && l.keyNode)
        return pos(src, l.keyNode);
    return pos(src, l.node);
}
/** An error at `segments` of this file; the path shown is `segments` unless `shownPath` is given. */
function errorAt(src, segments, message, opts = {}) {
    const p = positionOf(src, segments, opts.atKey ?? false);
    return { file: src.file, line: p.line, column: p.column, fieldPath: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .jV)(opts.shownPath ?? segments), message };
}
/** JSON pointer (ajv's instancePath) → segments; numeric segments become indexes when the data is an array. */
function pointerToSegments(pointer, data) {
    if (pointer === '')
        return [];
    const out = [];
    let cur = data;
    for (const raw of pointer.slice(1).split('/')) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(cur) && /^\d+$/.test(key)) {
            out.push(Number(key));
            cur = cur[Number(key)];
        }
        else {
            out.push(key);
            cur = cur !== null && typeof cur === 'object' ? cur[key] : undefined;
        }
    }
    return out;
}


/***/ }),

/***/ 740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ closeMatch),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   pA: () => (/* binding */ nearest)
/* harmony export */ });
/* unused harmony export nameDistance */
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);

const tail = (s) => s.slice(s.lastIndexOf('/') + 1);
/**
 * How far apart two names are, for ranking suggestions: the Levenshtein distance of the lower-cased names
 * plus that of their parts after the last "/" (so `llama-3.1-8b` is close to `meta-llama/Llama-3.1-8B`,
 * and a matching organisation still counts).
 */
function nameDistance(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(x, y) + (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(tail(x), tail(y));
}
/** Whether one name (or its part after "/") begins with the other: `H100` → `H100_GPU`, `…-8b-typo` → `…-8B`. */
function prefixRelated(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    const pre = (p, q) => p.length >= 2 && q.length >= 2 && (p.startsWith(q) || q.startsWith(p));
    return pre(x, y) || pre(tail(x), tail(y));
}
/**
 * The `n` candidates nearest to `query`: names where one begins with the other first, then by
 * `nameDistance` (ties keep the candidates' order). A candidate's aliases count as its own spellings.
 */
function nearest(query, candidates, n = 3) {
    const scored = candidates.map((c, i) => {
        const cand = typeof c === 'string' ? { name: c } : c;
        const spellings = [cand.name, ...(cand.keys ?? [])];
        const d = Math.min(...spellings.map((k) => nameDistance(query, k)));
        const group = spellings.some((k) => prefixRelated(query, k)) ? 0 : 1;
        return { name: cand.name, group, d, i };
    });
    scored.sort((a, b) => a.group - b.group || a.d - b.d || a.i - b.i);
    const out = [];
    for (const s of scored) {
        if (!out.includes(s.name))
            out.push(s.name);
        if (out.length === n)
            break;
    }
    return out;
}
/** The closest name when it is plausibly a typo of `query` (for field, feature and option names). */
function closeMatch(query, names) {
    const [best] = nearest(query, names, 1);
    if (best === undefined)
        return undefined;
    const q = query.toLowerCase();
    const b = best.toLowerCase();
    const limit = Math.max(2, Math.floor(Math.max(q.length, b.length) / 3));
    return (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(q, b) <= limit || (q.length >= 3 && b.startsWith(q)) ? best : undefined;
}
/** `; did you mean 'x'?` or the empty string. */
function didYouMean(query, names) {
    const m = closeMatch(query, names);
    return m === undefined ? '' : `; did you mean '${m}'?`;
}


/***/ }),

/***/ 5771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   t: () => (/* binding */ SLO_METRICS)
/* harmony export */ });
/* harmony import */ var _serving_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1225);

/** Numeric SLO budgets: latency-like metrics are maxima, throughput-like ones minima. */
const SLO_METRICS = [
    'ttft_ms',
    'tpot_ms',
    'tpot_peak_ms',
    'e2e_ms',
    'prefill_throughput_tps',
    'decode_throughput_tps',
    'total_throughput_tps',
    // Serving scenarios (docs/serving.md): percentile budgets are maxima, goodput and max rate minima.
    ..._serving_config_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVING_SLO_KEYS */ .vt,
    'goodput_rps',
    'max_rate_qps',
];
const FAIL_ON_VALUES = ['mismatch', 'regression', 'slo', 'never'];


/***/ }),

/***/ 5624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pG: () => (/* binding */ expectation),
  d0: () => (/* binding */ schemaErrors)
});

// UNUSED EXPORTS: PRECOMPILED_FILE, newAjv, precompiledValidators, quickAccepts, schemaOf, validator

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: ./src/manifests/ajv.ts
var ajv = __webpack_require__(9269);
// EXTERNAL MODULE: ./src/manifests/errors.ts
var errors = __webpack_require__(4711);
// EXTERNAL MODULE: ./src/manifests/precompiled.ts
var precompiled = __webpack_require__(9656);
;// CONCATENATED MODULE: ./src/manifests/quick-check.ts
/** Keywords that never affect validity. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', 'examples', 'definitions', '$comment']);
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Code points in a string (how JSON Schema counts minLength and maxLength). */
function codePoints(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        // A high surrogate followed by a low one is one code point.
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00)
            i++;
        n++;
    }
    return n;
}
/** JSON equality (what `const`, `enum` and `uniqueItems` compare by). */
function equal(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bb = b;
        if (a.length !== bb.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!equal(a[i], bb[i]))
                return false;
        return true;
    }
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length)
        return false;
    for (const k of ka)
        if (!Object.hasOwn(b, k) || !equal(a[k], b[k]))
            return false;
    return true;
}
function hasType(t, v) {
    switch (t) {
        case 'object':
            return isObject(v);
        case 'array':
            return Array.isArray(v);
        case 'string':
            return typeof v === 'string';
        case 'boolean':
            return typeof v === 'boolean';
        case 'null':
            return v === null;
        case 'number':
            return typeof v === 'number' && Number.isFinite(v);
        case 'integer':
            return Number.isInteger(v);
        default:
            return false;
    }
}
/** A checker of documents against one root schema (its `definitions` are what `$ref`s name). */
class QuickCheck {
    root;
    patterns = new Map();
    constructor(root) {
        this.root = root;
    }
    /** True only when the document is valid; false when it is not, or may not be. */
    accepts(data) {
        return this.check(this.root, data);
    }
    regex(p) {
        let r = this.patterns.get(p);
        if (!r) {
            r = new RegExp(p, 'u');
            this.patterns.set(p, r);
        }
        return r;
    }
    check(schema, v) {
        if (schema === true)
            return true;
        if (!isObject(schema))
            return false;
        for (const key in schema) {
            const s = schema[key];
            switch (key) {
                case 'type':
                    if (Array.isArray(s) ? !s.some((t) => hasType(t, v)) : !hasType(s, v))
                        return false;
                    break;
                case '$ref': {
                    const m = typeof s === 'string' ? /^#\/definitions\/([A-Za-z0-9_]+)$/.exec(s) : null;
                    const defs = this.root.definitions;
                    if (!m || !isObject(defs) || !Object.hasOwn(defs, m[1]) || !this.check(defs[m[1]], v))
                        return false;
                    break;
                }
                case 'const':
                    if (!equal(s, v))
                        return false;
                    break;
                case 'enum':
                    if (!Array.isArray(s) || !s.some((e) => equal(e, v)))
                        return false;
                    break;
                case 'anyOf':
                    if (!Array.isArray(s) || !s.some((b) => this.check(b, v)))
                        return false;
                    break;
                case 'minimum':
                case 'maximum':
                case 'exclusiveMinimum':
                case 'exclusiveMaximum':
                    if (typeof v === 'number') {
                        if (typeof s !== 'number' || !Number.isFinite(v))
                            return false;
                        if (key === 'minimum' ? v < s : key === 'maximum' ? v > s : key === 'exclusiveMinimum' ? v <= s : v >= s)
                            return false;
                    }
                    break;
                case 'minLength':
                case 'maxLength':
                case 'pattern':
                    if (typeof v === 'string') {
                        if (key === 'pattern') {
                            if (typeof s !== 'string' || !this.regex(s).test(v))
                                return false;
                        }
                        else if (typeof s !== 'number' || (key === 'minLength' ? codePoints(v) < s : codePoints(v) > s))
                            return false;
                    }
                    break;
                case 'minItems':
                case 'maxItems':
                    if (Array.isArray(v) && (typeof s !== 'number' || (key === 'minItems' ? v.length < s : v.length > s)))
                        return false;
                    break;
                case 'uniqueItems':
                    if (Array.isArray(v) && s === true) {
                        for (let i = 1; i < v.length; i++)
                            for (let j = 0; j < i; j++)
                                if (equal(v[i], v[j]))
                                    return false;
                    }
                    else if (s !== true && s !== false)
                        return false;
                    break;
                case 'items':
                    if (Array.isArray(v)) {
                        if (Array.isArray(s)) {
                            for (let i = 0; i < Math.min(s.length, v.length); i++)
                                if (!this.check(s[i], v[i]))
                                    return false;
                        }
                        else {
                            for (const item of v)
                                if (!this.check(s, item))
                                    return false;
                        }
                    }
                    break;
                case 'required':
                    if (isObject(v)) {
                        if (!Array.isArray(s))
                            return false;
                        // As Ajv reads a field: `data[key] === undefined` is missing.
                        for (const k of s)
                            if (typeof k !== 'string' || v[k] === undefined)
                                return false;
                    }
                    break;
                case 'minProperties':
                case 'maxProperties':
                    if (isObject(v)) {
                        const n = Object.keys(v).length;
                        if (typeof s !== 'number' || (key === 'minProperties' ? n < s : n > s))
                            return false;
                    }
                    break;
                case 'properties':
                    if (!isObject(s))
                        return false;
                    if (isObject(v)) {
                        for (const k in s)
                            if (v[k] !== undefined && !this.check(s[k], v[k]))
                                return false;
                    }
                    break;
                case 'additionalProperties':
                    if (isObject(v)) {
                        const known = isObject(schema.properties) ? schema.properties : {};
                        if (s === false) {
                            for (const k in v)
                                if (!Object.hasOwn(known, k))
                                    return false;
                        }
                        else if (s !== true) {
                            for (const k in v)
                                if (!Object.hasOwn(known, k) && !this.check(s, v[k]))
                                    return false;
                        }
                    }
                    break;
                default:
                    if (!ANNOTATIONS.has(key))
                        return false;
            }
        }
        return true;
    }
}

// EXTERNAL MODULE: ./src/manifests/schema-defs.ts
var schema_defs = __webpack_require__(8464);
// EXTERNAL MODULE: ./src/manifests/source.ts
var source = __webpack_require__(9041);
// EXTERNAL MODULE: ./src/manifests/suggest.ts
var suggest = __webpack_require__(740);
;// CONCATENATED MODULE: ./schema/config.schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:genz-action:schema:config:1","title":"genz-action project config (genz.config.yaml)","description":"Project settings. Every field is optional.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Schema reference for editors; ignored."},"manifests":{"type":"array","minItems":1,"items":{"type":"string","minLength":1,"description":"A glob of scenario manifests. Relative to the project root (the folder of this file); must stay inside it."},"description":"Globs of scenario manifests. Default [\\"perf/**/*.yaml\\", \\"perf/**/*.yml\\", \\"perf/**/*.json\\"]."},"baselines":{"type":"string","minLength":1,"description":"Folder of the committed baselines. Default baselines. Relative to the project root (the folder of this file); must stay inside it."},"models":{"type":"string","minLength":1,"description":"Folder of custom model files, referable by file name without extension. Default models. Relative to the project root (the folder of this file); must stay inside it."},"hardware":{"type":"string","minLength":1,"description":"Folder of custom hardware files, referable by file name without extension. Default hardware. Relative to the project root (the folder of this file); must stay inside it."},"fail_on":{"type":"string","enum":["mismatch","regression","slo","never"],"description":"When the check fails: mismatch (any change), regression (a change in the worse direction), slo (a broken SLO budget), never. Default mismatch."},"fidelity":{"type":"string","enum":["corrected","genz"],"description":"Default fidelity of every scenario: corrected (the model of docs/model.md) or genz (GenZ exactly). Default corrected."},"calibration":{"type":"string","minLength":1,"description":"Default calibration of every scenario: builtin (default), none (the raw roofline), or a profile file written by genz calibrate (relative to the project root)."},"template":{"anyOf":[{"type":"string","minLength":1,"description":"A Handlebars template replacing the default report. Relative to the project root (the folder of this file); must stay inside it."},{"type":"null"}],"description":"A Handlebars template replacing the default report; null: the built-in one. Default null."},"limits":{"type":"object","additionalProperties":false,"description":"Safeguards against runaway work and oversized files (docs/security.md); each key raises or lowers one default.","properties":{"tokens_per_request":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most tokens of one request (input, output, and both together). Default 16777216."},"batch":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most requests in a batch. Default 65536."},"beam":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most beams. Default 1024."},"parallel_degree":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most devices of one parallel degree, and of all degrees together. Default 65536."},"speculative_tokens":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most tokens drafted per speculative step. Default 1024."},"scenarios":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most scenarios in one run (matrix expansions included). Default 100000."},"manifest_bytes":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most bytes of a manifest, model or hardware file. Default 16777216."},"config_bytes":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most bytes of genz.config.yaml. Default 1048576."},"baseline_bytes":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most bytes of a baseline file. Default 419430400."},"artifact_bytes":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most bytes of a run report or shard file. Default 419430400."},"nesting_depth":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most nesting depth of a YAML or JSON document. Default 64."},"serving_requests":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most requests of one serving scenario. Default 200000."}}},"tolerances":{"type":"object","additionalProperties":false,"description":"Tolerance rules (primary metrics are exact unless a rule names them). Interpreted by the baselines module.","properties":{"default":{"$ref":"#/definitions/tolerance","description":"Tolerance of secondary metrics."},"metrics":{"$ref":"#/definitions/metricTolerances"},"scenarios":{"type":"array","description":"Per-scenario rules; later rules win.","items":{"type":"object","additionalProperties":false,"required":["match","metrics"],"properties":{"match":{"type":"string","minLength":1,"description":"Glob over scenario ids (* and ?)."},"metrics":{"$ref":"#/definitions/metricTolerances"}}}}}}},"definitions":{"tolerance":{"type":"object","additionalProperties":false,"description":"A tolerance: |current − baseline| <= abs + rel × |baseline|.","properties":{"rel":{"type":"number","minimum":0,"description":"Relative tolerance, a fraction of |baseline| (0.01 = 1 %). Default 0."},"abs":{"type":"number","minimum":0,"description":"Absolute tolerance in the metric\'s unit. Default 0."}}},"metricTolerances":{"type":"object","additionalProperties":false,"description":"Tolerances by metric key (boolean metrics are always exact).","properties":{"ttft_ms":{"$ref":"#/definitions/tolerance","description":"TTFT (ms)."},"tpot_ms":{"$ref":"#/definitions/tolerance","description":"TPOT (ms)."},"tpot_peak_ms":{"$ref":"#/definitions/tolerance","description":"TPOT peak (ms)."},"e2e_ms":{"$ref":"#/definitions/tolerance","description":"E2E latency (ms)."},"prefill_throughput_tps":{"$ref":"#/definitions/tolerance","description":"Prefill throughput (tokens/s)."},"decode_throughput_tps":{"$ref":"#/definitions/tolerance","description":"Decode throughput (tokens/s)."},"total_throughput_tps":{"$ref":"#/definitions/tolerance","description":"Total throughput (tokens/s)."},"tokens_per_ms":{"$ref":"#/definitions/tolerance","description":"Tokens per ms (tokens/ms)."},"ms_per_token":{"$ref":"#/definitions/tolerance","description":"ms per token (ms/token)."},"chunk_latency_ms":{"$ref":"#/definitions/tolerance","description":"Chunk latency (ms)."},"chunk_throughput_tps":{"$ref":"#/definitions/tolerance","description":"Chunk throughput (tokens/s)."},"weights_gb":{"$ref":"#/definitions/tolerance","description":"Weights (GB)."},"kv_cache_gb":{"$ref":"#/definitions/tolerance","description":"KV cache (GB)."},"total_memory_gb":{"$ref":"#/definitions/tolerance","description":"Memory (GB)."},"device_memory_gb":{"$ref":"#/definitions/tolerance","description":"Device memory (GB)."},"offloaded":{"$ref":"#/definitions/tolerance","description":"Offloaded (GB)."},"ttft_mean_ms":{"$ref":"#/definitions/tolerance","description":"Serving TTFT mean (ms)."},"ttft_p50_ms":{"$ref":"#/definitions/tolerance","description":"Serving TTFT p50 (ms)."},"ttft_p90_ms":{"$ref":"#/definitions/tolerance","description":"Serving TTFT p90 (ms)."},"ttft_p99_ms":{"$ref":"#/definitions/tolerance","description":"Serving TTFT p99 (ms)."},"tpot_mean_ms":{"$ref":"#/definitions/tolerance","description":"Serving TPOT mean (ms)."},"tpot_p50_ms":{"$ref":"#/definitions/tolerance","description":"Serving TPOT p50 (ms)."},"tpot_p90_ms":{"$ref":"#/definitions/tolerance","description":"Serving TPOT p90 (ms)."},"tpot_p99_ms":{"$ref":"#/definitions/tolerance","description":"Serving TPOT p99 (ms)."},"itl_mean_ms":{"$ref":"#/definitions/tolerance","description":"Serving ITL mean (ms)."},"itl_p50_ms":{"$ref":"#/definitions/tolerance","description":"Serving ITL p50 (ms)."},"itl_p90_ms":{"$ref":"#/definitions/tolerance","description":"Serving ITL p90 (ms)."},"itl_p99_ms":{"$ref":"#/definitions/tolerance","description":"Serving ITL p99 (ms)."},"e2e_mean_ms":{"$ref":"#/definitions/tolerance","description":"Serving E2E mean (ms)."},"e2e_p50_ms":{"$ref":"#/definitions/tolerance","description":"Serving E2E p50 (ms)."},"e2e_p90_ms":{"$ref":"#/definitions/tolerance","description":"Serving E2E p90 (ms)."},"e2e_p99_ms":{"$ref":"#/definitions/tolerance","description":"Serving E2E p99 (ms)."},"request_throughput_rps":{"$ref":"#/definitions/tolerance","description":"Request throughput (requests/s)."},"output_throughput_tps":{"$ref":"#/definitions/tolerance","description":"Output throughput (tokens/s)."},"goodput_rps":{"$ref":"#/definitions/tolerance","description":"Goodput (requests/s)."},"kv_utilization":{"$ref":"#/definitions/tolerance","description":"KV utilisation (fraction)."},"preemptions":{"$ref":"#/definitions/tolerance","description":"Preemptions (count)."},"max_rate_qps":{"$ref":"#/definitions/tolerance","description":"Max rate (requests/s)."}}}}}');
;// CONCATENATED MODULE: ./schema/hardware.schema.json
const hardware_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:genz-action:schema:hardware:1","title":"genz-action hardware file","description":"One accelerator, with units in the field names (GB = 2^30 bytes). Converted exactly to GenZ System arguments.","type":"object","additionalProperties":false,"required":["flops_tflops","memory_bandwidth_gbps","memory_size_gb"],"properties":{"$schema":{"type":"string","description":"Schema reference for editors; ignored."},"name":{"type":"string","minLength":1,"description":"Name shown in reports; default: the file name without extension."},"flops_tflops":{"type":"number","exclusiveMinimum":0,"description":"Peak dense compute at bf16 in TFLOPS (10^12 FLOP/s). Required. (GenZ System argument flops)"},"memory_bandwidth_gbps":{"type":"number","exclusiveMinimum":0,"description":"Off-chip (HBM) memory bandwidth in GB/s, GB = 2^30 bytes (gigabytes, not gigabits). Required. (GenZ System argument offchip_mem_bw)"},"memory_size_gb":{"type":"number","exclusiveMinimum":0,"description":"Off-chip memory per device in GB = 2^30 bytes; stored as memory_size_gb × 1024 MB. Required. (GenZ System argument off_chip_mem_size)"},"interconnect_bandwidth_gbps":{"type":"number","minimum":0,"description":"Per-device interconnect link bandwidth in GB/s (2^30 bytes). Default 150. (GenZ System argument interchip_link_bw)"},"interconnect_latency_us":{"type":"number","minimum":0,"description":"Interconnect link latency in microseconds. Default 1. (GenZ System argument interchip_link_latency)"},"onchip_bandwidth_gbps":{"type":"number","exclusiveMinimum":0,"description":"On-chip memory (SRAM) bandwidth in GB/s (2^30 bytes). Default 18000. (GenZ System argument onchip_mem_bw)"},"offload_bandwidth_gbps":{"type":"number","minimum":0,"description":"Host link bandwidth used by memory_offload, in GB/s (2^30 bytes). Default 128. (GenZ System argument external_mem_bw)"},"frequency_mhz":{"type":"number","exclusiveMinimum":0,"description":"Clock frequency in MHz (cycle columns of the operator table only). Default 1000. (GenZ System argument frequency)"},"compute_efficiency":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Compute efficiency, 0 < e <= 1. Note: GenZ\'s entry points replace it with the scenario\'s efficiency. (GenZ System argument compute_efficiency)"},"memory_efficiency":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Memory efficiency, 0 < e <= 1. Note: GenZ\'s entry points replace it with the scenario\'s efficiency. (GenZ System argument memory_efficiency)"},"comm_efficiency":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Interconnect efficiency, 0 < e <= 1. Default 1. (GenZ System argument comm_efficiency)"}}}');
;// CONCATENATED MODULE: ./schema/manifest.schema.json
const manifest_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:genz-action:schema:manifest:1","title":"genz-action scenario manifest","description":"Inference scenarios that genz-action simulates and compares with the committed baselines.","type":"object","additionalProperties":false,"required":["version","scenarios"],"properties":{"$schema":{"type":"string","description":"Schema reference for editors; ignored."},"version":{"const":1,"description":"Manifest format version: 1."},"defaults":{"type":"object","additionalProperties":false,"properties":{"model":{"$ref":"#/definitions/model"},"hardware":{"$ref":"#/definitions/hardware"},"precision":{"anyOf":[{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"One precision for weights, activations, KV cache and collectives."},{"type":"object","additionalProperties":false,"description":"Per-tensor precision (fidelity corrected). A class left out takes bits; weights first take what the model states (quantization_config).","properties":{"bits":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Every class not named here. Default bf16."},"weights":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Weights (default: what the model states, else bits)."},"expert_weights":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Routed-expert weights (default: what the model states, else weights)."},"activations":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Activations: the precision matrix products run at where the hardware has it natively."},"kv_cache":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"KV cache (and Mamba state)."}}}],"description":"Precision of weights, activations, KV cache and collectives (one for all, or per tensor); fp16 is read as bf16. Default bf16."},"fidelity":{"type":"string","enum":["corrected","genz"],"description":"corrected (default): the model of docs/model.md; genz: GenZ exactly (its blind spots included). Default: the project config\'s fidelity, else corrected."},"efficiency":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"GenZ\'s system_eff: compute and memory efficiency, 0 < e <= 1. Default 1."},"parallelism":{"type":"object","additionalProperties":false,"description":"Parallel layout. Tensor × expert must divide the attention heads.","properties":{"tensor":{"type":"integer","minimum":1,"description":"Tensor-parallel degree. Default 1."},"pipeline":{"type":"integer","minimum":1,"description":"Pipeline-parallel degree. Default 1."},"expert":{"type":"integer","minimum":1,"description":"Expert-parallel degree (MoE models; must divide the number of experts). Default 1."}}},"workload":{"type":"object","additionalProperties":false,"description":"The request.","properties":{"batch":{"type":"integer","minimum":1,"description":"Concurrent sequences. Default 1."},"input_tokens":{"type":"integer","minimum":1,"description":"Prompt tokens per sequence (>= 1). Default 1024."},"output_tokens":{"type":"integer","minimum":1,"description":"Generated tokens per sequence (>= 1; the first comes from prefill). Default 256."},"beam":{"type":"integer","minimum":1,"description":"Beam size. Default 1."}}},"features":{"$ref":"#/definitions/features"},"engine":{"type":"string","enum":["vllm","trtllm","sglang","generic"],"description":"Serving engine: selects the calibration profile (hardware × engine × precision). generic: the generic profile. Default generic."},"calibration":{"type":"string","minLength":1,"description":"builtin (the profiles shipped with genz-action), none (the raw roofline), or a profile file written by genz calibrate, relative to the project root. Default: the project config\'s calibration, else builtin."},"serving":{"type":"object","additionalProperties":false,"description":"Serving under load (docs/serving.md): a stream of requests through a continuous-batching scheduler.","properties":{"arrival":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"description":"How requests arrive: exactly one of rate_qps, concurrency, burst, trace.","properties":{"rate_qps":{"type":"number","exclusiveMinimum":0,"maximum":1000000,"description":"Poisson arrivals at this rate (requests/s)."},"concurrency":{"type":"integer","minimum":1,"maximum":1000000,"description":"Closed loop: this many clients, each sending its next request when the last finishes."},"burst":{"const":true,"description":"Every request arrives at t = 0 (offline throughput runs)."},"trace":{"type":"string","minLength":1,"description":"A JSONL file (relative to the project root) of {arrival_s, input_tokens, output_tokens} per line."}}},"requests":{"type":"integer","minimum":1,"description":"Requests simulated (not with trace). Default 1000; at most limits.serving_requests."},"input_tokens":{"description":"Prompt tokens per request: a fixed number, or a distribution.","anyOf":[{"type":"integer","minimum":1,"description":"Every request has this many tokens."},{"type":"object","additionalProperties":false,"required":["distribution","value"],"properties":{"distribution":{"const":"fixed","description":"A fixed length."},"value":{"type":"integer","minimum":1,"description":"Tokens."}}},{"type":"object","additionalProperties":false,"required":["distribution","mean","p99"],"description":"Lognormal with this mean and 99th percentile (p99 at most 14.97 × mean), rounded to integers and clamped to [min, max].","properties":{"distribution":{"const":"lognormal","description":"A lognormal length."},"mean":{"type":"number","exclusiveMinimum":0,"description":"Mean tokens (>= 1)."},"p99":{"type":"number","exclusiveMinimum":0,"description":"99th percentile of tokens (> mean)."},"min":{"type":"integer","minimum":1,"description":"Default 1."},"max":{"type":"integer","minimum":1,"description":"Default 8 × p99."}}},{"type":"object","additionalProperties":false,"required":["distribution","bins"],"description":"Token counts with relative weights.","properties":{"distribution":{"const":"histogram","description":"Lengths drawn from weighted bins."},"bins":{"type":"array","minItems":1,"maxItems":10000,"items":{"type":"array","minItems":2,"maxItems":2,"items":[{"type":"integer","minimum":1},{"type":"number","minimum":0}]},"description":"[tokens, weight] pairs; weights need not sum to 1."}}}]},"output_tokens":{"description":"Generated tokens (the first comes from prefill) per request: a fixed number, or a distribution.","anyOf":[{"type":"integer","minimum":1,"description":"Every request has this many tokens."},{"type":"object","additionalProperties":false,"required":["distribution","value"],"properties":{"distribution":{"const":"fixed","description":"A fixed length."},"value":{"type":"integer","minimum":1,"description":"Tokens."}}},{"type":"object","additionalProperties":false,"required":["distribution","mean","p99"],"description":"Lognormal with this mean and 99th percentile (p99 at most 14.97 × mean), rounded to integers and clamped to [min, max].","properties":{"distribution":{"const":"lognormal","description":"A lognormal length."},"mean":{"type":"number","exclusiveMinimum":0,"description":"Mean tokens (>= 1)."},"p99":{"type":"number","exclusiveMinimum":0,"description":"99th percentile of tokens (> mean)."},"min":{"type":"integer","minimum":1,"description":"Default 1."},"max":{"type":"integer","minimum":1,"description":"Default 8 × p99."}}},{"type":"object","additionalProperties":false,"required":["distribution","bins"],"description":"Token counts with relative weights.","properties":{"distribution":{"const":"histogram","description":"Lengths drawn from weighted bins."},"bins":{"type":"array","minItems":1,"maxItems":10000,"items":{"type":"array","minItems":2,"maxItems":2,"items":[{"type":"integer","minimum":1},{"type":"number","minimum":0}]},"description":"[tokens, weight] pairs; weights need not sum to 1."}}}]},"scheduler":{"type":"object","additionalProperties":false,"description":"The continuous-batching scheduler (vLLM-style names).","properties":{"max_num_seqs":{"type":"integer","minimum":1,"description":"Sequences in the running batch at most. Default 256."},"max_batched_tokens":{"type":"integer","minimum":1,"description":"Tokens per iteration at most. Default 8192."},"chunked_prefill":{"type":"boolean","description":"Split prompts across iterations. Default true."},"block_size":{"type":"integer","minimum":1,"maximum":4096,"description":"Tokens per KV-cache block. Default 16."},"memory_utilization":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Fraction of device memory for weights and KV cache; the rest is the reserve (activations, runtime). Default 0.9."},"policy":{"type":"string","enum":["fcfs","shortest-prompt-first"],"description":"Admission order of waiting requests. Default fcfs."}}},"seed":{"type":"integer","minimum":0,"maximum":4294967295,"description":"Seed of the lengths and arrival gaps. Default 1."},"search_max_rate":{"type":"boolean","description":"Search max_rate_qps (needs a percentile SLO). Default true."}}},"slo":{"type":["object","null"],"additionalProperties":false,"properties":{"ttft_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum TTFT (ms). Time to first token: prefill latency of the whole batch (prefill emits the first token)."},"tpot_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum TPOT (ms). Time per output token: mean of the o − 1 decode steps after the first token, every step computed; null when o = 1."},"tpot_peak_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum TPOT peak (ms). GenZ\'s own decode step at the full context (output_tokens = o): an upper bound of TPOT."},"e2e_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum E2E latency (ms). End-to-end request latency: TTFT + (o − 1) × TPOT."},"prefill_throughput_tps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Prefill throughput (tokens/s). Prompt tokens processed per second: input_tokens × batch / TTFT."},"decode_throughput_tps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Decode throughput (tokens/s). Generated tokens per second during decode: batch / TPOT."},"total_throughput_tps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Total throughput (tokens/s). All tokens of the request per second: (input + output tokens) × batch / E2E."},"ttft_p50_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TTFT p50 (ms). Serving: median (nearest rank) of the time to first token: arrival to the end of the iteration that samples the first token."},"ttft_p90_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TTFT p90 (ms). Serving: 90th percentile (nearest rank) of the time to first token: arrival to the end of the iteration that samples the first token."},"ttft_p99_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TTFT p99 (ms). Serving: 99th percentile (nearest rank) of the time to first token: arrival to the end of the iteration that samples the first token."},"tpot_p50_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TPOT p50 (ms). Serving: median (nearest rank) of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token."},"tpot_p90_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TPOT p90 (ms). Serving: 90th percentile (nearest rank) of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token."},"tpot_p99_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TPOT p99 (ms). Serving: 99th percentile (nearest rank) of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token."},"itl_p50_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving ITL p50 (ms). Serving: median (nearest rank) of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request."},"itl_p90_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving ITL p90 (ms). Serving: 90th percentile (nearest rank) of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request."},"itl_p99_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving ITL p99 (ms). Serving: 99th percentile (nearest rank) of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request."},"e2e_p50_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving E2E p50 (ms). Serving: median (nearest rank) of the end-to-end latency: arrival to the last token."},"e2e_p90_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving E2E p90 (ms). Serving: 90th percentile (nearest rank) of the end-to-end latency: arrival to the last token."},"e2e_p99_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving E2E p99 (ms). Serving: 99th percentile (nearest rank) of the end-to-end latency: arrival to the last token."},"goodput_rps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Goodput (requests/s). Serving: requests per second whose TTFT, TPOT and E2E each meet the scenario\'s tightest budget for that metric (all requests without serving SLOs)."},"max_rate_qps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Max rate (requests/s). Serving: the highest Poisson arrival rate at which every percentile SLO of the scenario holds, found by search (docs/serving.md); null without such SLOs."},"must_fit":{"type":"boolean","description":"The model must fit in device memory (no offload)."}},"description":"SLO budgets, checked independently of baselines: latencies are maxima, throughputs minima. null: no budgets."}},"description":"Values for every scenario of this file (any scenario field except id, description and matrix). Merged deeply; the scenario wins; lists are replaced, not merged."},"scenarios":{"type":"array","minItems":1,"description":"The scenarios.","items":{"type":"object","additionalProperties":false,"required":["id"],"description":"One scenario (or a sweep, with matrix).","properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","maxLength":4096,"description":"Stable id, unique across all manifests of a run: letters, digits, \'.\', \'_\', \'-\', starting with a letter or digit. Baselines are keyed by it."},"description":{"type":"string","maxLength":100000,"description":"Short human description, shown in reports."},"model":{"$ref":"#/definitions/model"},"hardware":{"$ref":"#/definitions/hardware"},"precision":{"anyOf":[{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"One precision for weights, activations, KV cache and collectives."},{"type":"object","additionalProperties":false,"description":"Per-tensor precision (fidelity corrected). A class left out takes bits; weights first take what the model states (quantization_config).","properties":{"bits":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Every class not named here. Default bf16."},"weights":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Weights (default: what the model states, else bits)."},"expert_weights":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Routed-expert weights (default: what the model states, else weights)."},"activations":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Activations: the precision matrix products run at where the hardware has it natively."},"kv_cache":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"KV cache (and Mamba state)."}}}],"description":"Precision of weights, activations, KV cache and collectives (one for all, or per tensor); fp16 is read as bf16. Default bf16."},"fidelity":{"type":"string","enum":["corrected","genz"],"description":"corrected (default): the model of docs/model.md; genz: GenZ exactly (its blind spots included). Default: the project config\'s fidelity, else corrected."},"efficiency":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"GenZ\'s system_eff: compute and memory efficiency, 0 < e <= 1. Default 1."},"parallelism":{"type":"object","additionalProperties":false,"description":"Parallel layout. Tensor × expert must divide the attention heads.","properties":{"tensor":{"type":"integer","minimum":1,"description":"Tensor-parallel degree. Default 1."},"pipeline":{"type":"integer","minimum":1,"description":"Pipeline-parallel degree. Default 1."},"expert":{"type":"integer","minimum":1,"description":"Expert-parallel degree (MoE models; must divide the number of experts). Default 1."}}},"workload":{"type":"object","additionalProperties":false,"description":"The request.","properties":{"batch":{"type":"integer","minimum":1,"description":"Concurrent sequences. Default 1."},"input_tokens":{"type":"integer","minimum":1,"description":"Prompt tokens per sequence (>= 1). Default 1024."},"output_tokens":{"type":"integer","minimum":1,"description":"Generated tokens per sequence (>= 1; the first comes from prefill). Default 256."},"beam":{"type":"integer","minimum":1,"description":"Beam size. Default 1."}}},"features":{"$ref":"#/definitions/features"},"engine":{"type":"string","enum":["vllm","trtllm","sglang","generic"],"description":"Serving engine: selects the calibration profile (hardware × engine × precision). generic: the generic profile. Default generic."},"calibration":{"type":"string","minLength":1,"description":"builtin (the profiles shipped with genz-action), none (the raw roofline), or a profile file written by genz calibrate, relative to the project root. Default: the project config\'s calibration, else builtin."},"serving":{"type":"object","additionalProperties":false,"description":"Serving under load (docs/serving.md): a stream of requests through a continuous-batching scheduler.","properties":{"arrival":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"description":"How requests arrive: exactly one of rate_qps, concurrency, burst, trace.","properties":{"rate_qps":{"type":"number","exclusiveMinimum":0,"maximum":1000000,"description":"Poisson arrivals at this rate (requests/s)."},"concurrency":{"type":"integer","minimum":1,"maximum":1000000,"description":"Closed loop: this many clients, each sending its next request when the last finishes."},"burst":{"const":true,"description":"Every request arrives at t = 0 (offline throughput runs)."},"trace":{"type":"string","minLength":1,"description":"A JSONL file (relative to the project root) of {arrival_s, input_tokens, output_tokens} per line."}}},"requests":{"type":"integer","minimum":1,"description":"Requests simulated (not with trace). Default 1000; at most limits.serving_requests."},"input_tokens":{"description":"Prompt tokens per request: a fixed number, or a distribution.","anyOf":[{"type":"integer","minimum":1,"description":"Every request has this many tokens."},{"type":"object","additionalProperties":false,"required":["distribution","value"],"properties":{"distribution":{"const":"fixed","description":"A fixed length."},"value":{"type":"integer","minimum":1,"description":"Tokens."}}},{"type":"object","additionalProperties":false,"required":["distribution","mean","p99"],"description":"Lognormal with this mean and 99th percentile (p99 at most 14.97 × mean), rounded to integers and clamped to [min, max].","properties":{"distribution":{"const":"lognormal","description":"A lognormal length."},"mean":{"type":"number","exclusiveMinimum":0,"description":"Mean tokens (>= 1)."},"p99":{"type":"number","exclusiveMinimum":0,"description":"99th percentile of tokens (> mean)."},"min":{"type":"integer","minimum":1,"description":"Default 1."},"max":{"type":"integer","minimum":1,"description":"Default 8 × p99."}}},{"type":"object","additionalProperties":false,"required":["distribution","bins"],"description":"Token counts with relative weights.","properties":{"distribution":{"const":"histogram","description":"Lengths drawn from weighted bins."},"bins":{"type":"array","minItems":1,"maxItems":10000,"items":{"type":"array","minItems":2,"maxItems":2,"items":[{"type":"integer","minimum":1},{"type":"number","minimum":0}]},"description":"[tokens, weight] pairs; weights need not sum to 1."}}}]},"output_tokens":{"description":"Generated tokens (the first comes from prefill) per request: a fixed number, or a distribution.","anyOf":[{"type":"integer","minimum":1,"description":"Every request has this many tokens."},{"type":"object","additionalProperties":false,"required":["distribution","value"],"properties":{"distribution":{"const":"fixed","description":"A fixed length."},"value":{"type":"integer","minimum":1,"description":"Tokens."}}},{"type":"object","additionalProperties":false,"required":["distribution","mean","p99"],"description":"Lognormal with this mean and 99th percentile (p99 at most 14.97 × mean), rounded to integers and clamped to [min, max].","properties":{"distribution":{"const":"lognormal","description":"A lognormal length."},"mean":{"type":"number","exclusiveMinimum":0,"description":"Mean tokens (>= 1)."},"p99":{"type":"number","exclusiveMinimum":0,"description":"99th percentile of tokens (> mean)."},"min":{"type":"integer","minimum":1,"description":"Default 1."},"max":{"type":"integer","minimum":1,"description":"Default 8 × p99."}}},{"type":"object","additionalProperties":false,"required":["distribution","bins"],"description":"Token counts with relative weights.","properties":{"distribution":{"const":"histogram","description":"Lengths drawn from weighted bins."},"bins":{"type":"array","minItems":1,"maxItems":10000,"items":{"type":"array","minItems":2,"maxItems":2,"items":[{"type":"integer","minimum":1},{"type":"number","minimum":0}]},"description":"[tokens, weight] pairs; weights need not sum to 1."}}}]},"scheduler":{"type":"object","additionalProperties":false,"description":"The continuous-batching scheduler (vLLM-style names).","properties":{"max_num_seqs":{"type":"integer","minimum":1,"description":"Sequences in the running batch at most. Default 256."},"max_batched_tokens":{"type":"integer","minimum":1,"description":"Tokens per iteration at most. Default 8192."},"chunked_prefill":{"type":"boolean","description":"Split prompts across iterations. Default true."},"block_size":{"type":"integer","minimum":1,"maximum":4096,"description":"Tokens per KV-cache block. Default 16."},"memory_utilization":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Fraction of device memory for weights and KV cache; the rest is the reserve (activations, runtime). Default 0.9."},"policy":{"type":"string","enum":["fcfs","shortest-prompt-first"],"description":"Admission order of waiting requests. Default fcfs."}}},"seed":{"type":"integer","minimum":0,"maximum":4294967295,"description":"Seed of the lengths and arrival gaps. Default 1."},"search_max_rate":{"type":"boolean","description":"Search max_rate_qps (needs a percentile SLO). Default true."}}},"slo":{"type":["object","null"],"additionalProperties":false,"properties":{"ttft_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum TTFT (ms). Time to first token: prefill latency of the whole batch (prefill emits the first token)."},"tpot_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum TPOT (ms). Time per output token: mean of the o − 1 decode steps after the first token, every step computed; null when o = 1."},"tpot_peak_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum TPOT peak (ms). GenZ\'s own decode step at the full context (output_tokens = o): an upper bound of TPOT."},"e2e_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum E2E latency (ms). End-to-end request latency: TTFT + (o − 1) × TPOT."},"prefill_throughput_tps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Prefill throughput (tokens/s). Prompt tokens processed per second: input_tokens × batch / TTFT."},"decode_throughput_tps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Decode throughput (tokens/s). Generated tokens per second during decode: batch / TPOT."},"total_throughput_tps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Total throughput (tokens/s). All tokens of the request per second: (input + output tokens) × batch / E2E."},"ttft_p50_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TTFT p50 (ms). Serving: median (nearest rank) of the time to first token: arrival to the end of the iteration that samples the first token."},"ttft_p90_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TTFT p90 (ms). Serving: 90th percentile (nearest rank) of the time to first token: arrival to the end of the iteration that samples the first token."},"ttft_p99_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TTFT p99 (ms). Serving: 99th percentile (nearest rank) of the time to first token: arrival to the end of the iteration that samples the first token."},"tpot_p50_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TPOT p50 (ms). Serving: median (nearest rank) of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token."},"tpot_p90_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TPOT p90 (ms). Serving: 90th percentile (nearest rank) of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token."},"tpot_p99_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TPOT p99 (ms). Serving: 99th percentile (nearest rank) of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token."},"itl_p50_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving ITL p50 (ms). Serving: median (nearest rank) of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request."},"itl_p90_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving ITL p90 (ms). Serving: 90th percentile (nearest rank) of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request."},"itl_p99_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving ITL p99 (ms). Serving: 99th percentile (nearest rank) of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request."},"e2e_p50_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving E2E p50 (ms). Serving: median (nearest rank) of the end-to-end latency: arrival to the last token."},"e2e_p90_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving E2E p90 (ms). Serving: 90th percentile (nearest rank) of the end-to-end latency: arrival to the last token."},"e2e_p99_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving E2E p99 (ms). Serving: 99th percentile (nearest rank) of the end-to-end latency: arrival to the last token."},"goodput_rps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Goodput (requests/s). Serving: requests per second whose TTFT, TPOT and E2E each meet the scenario\'s tightest budget for that metric (all requests without serving SLOs)."},"max_rate_qps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Max rate (requests/s). Serving: the highest Poisson arrival rate at which every percentile SLO of the scenario holds, found by search (docs/serving.md); null without such SLOs."},"must_fit":{"type":"boolean","description":"The model must fit in device memory (no offload)."}},"description":"SLO budgets, checked independently of baselines: latencies are maxima, throughputs minima. null: no budgets."},"matrix":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"model":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/model"},"description":"Values of model, in order."},"hardware":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/hardware"},"description":"Values of hardware, in order."},"precision":{"type":"array","minItems":1,"items":{"anyOf":[{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"One precision for weights, activations, KV cache and collectives."},{"type":"object","additionalProperties":false,"description":"Per-tensor precision (fidelity corrected). A class left out takes bits; weights first take what the model states (quantization_config).","properties":{"bits":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Every class not named here. Default bf16."},"weights":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Weights (default: what the model states, else bits)."},"expert_weights":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Routed-expert weights (default: what the model states, else weights)."},"activations":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Activations: the precision matrix products run at where the hardware has it natively."},"kv_cache":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"KV cache (and Mamba state)."}}}],"description":"Precision of weights, activations, KV cache and collectives (one for all, or per tensor); fp16 is read as bf16. Default bf16."},"description":"Values of precision, in order."},"fidelity":{"type":"array","minItems":1,"items":{"type":"string","enum":["corrected","genz"],"description":"corrected (default): the model of docs/model.md; genz: GenZ exactly (its blind spots included). Default: the project config\'s fidelity, else corrected."},"description":"Values of fidelity, in order."},"efficiency":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"GenZ\'s system_eff: compute and memory efficiency, 0 < e <= 1. Default 1."},"description":"Values of efficiency, in order."},"parallelism.tensor":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"description":"Tensor-parallel degree. Default 1."},"description":"Values of parallelism.tensor, in order."},"parallelism.pipeline":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"description":"Pipeline-parallel degree. Default 1."},"description":"Values of parallelism.pipeline, in order."},"parallelism.expert":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"description":"Expert-parallel degree (MoE models; must divide the number of experts). Default 1."},"description":"Values of parallelism.expert, in order."},"workload.batch":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"description":"Concurrent sequences. Default 1."},"description":"Values of workload.batch, in order."},"workload.input_tokens":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"description":"Prompt tokens per sequence (>= 1). Default 1024."},"description":"Values of workload.input_tokens, in order."},"workload.output_tokens":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"description":"Generated tokens per sequence (>= 1; the first comes from prefill). Default 256."},"description":"Values of workload.output_tokens, in order."},"workload.beam":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"description":"Beam size. Default 1."},"description":"Values of workload.beam, in order."},"features":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/features"},"description":"Values of features, in order."},"engine":{"type":"array","minItems":1,"items":{"type":"string","enum":["vllm","trtllm","sglang","generic"],"description":"Serving engine: selects the calibration profile (hardware × engine × precision). generic: the generic profile. Default generic."},"description":"Values of engine, in order."},"calibration":{"type":"array","minItems":1,"items":{"type":"string","minLength":1,"description":"builtin (the profiles shipped with genz-action), none (the raw roofline), or a profile file written by genz calibrate, relative to the project root. Default: the project config\'s calibration, else builtin."},"description":"Values of calibration, in order."},"serving.arrival":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"description":"How requests arrive: exactly one of rate_qps, concurrency, burst, trace.","properties":{"rate_qps":{"type":"number","exclusiveMinimum":0,"maximum":1000000,"description":"Poisson arrivals at this rate (requests/s)."},"concurrency":{"type":"integer","minimum":1,"maximum":1000000,"description":"Closed loop: this many clients, each sending its next request when the last finishes."},"burst":{"const":true,"description":"Every request arrives at t = 0 (offline throughput runs)."},"trace":{"type":"string","minLength":1,"description":"A JSONL file (relative to the project root) of {arrival_s, input_tokens, output_tokens} per line."}}},"description":"Values of serving.arrival, in order."},"serving.requests":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"description":"Requests simulated (not with trace). Default 1000; at most limits.serving_requests."},"description":"Values of serving.requests, in order."},"serving.input_tokens":{"type":"array","minItems":1,"items":{"description":"Prompt tokens per request: a fixed number, or a distribution.","anyOf":[{"type":"integer","minimum":1,"description":"Every request has this many tokens."},{"type":"object","additionalProperties":false,"required":["distribution","value"],"properties":{"distribution":{"const":"fixed","description":"A fixed length."},"value":{"type":"integer","minimum":1,"description":"Tokens."}}},{"type":"object","additionalProperties":false,"required":["distribution","mean","p99"],"description":"Lognormal with this mean and 99th percentile (p99 at most 14.97 × mean), rounded to integers and clamped to [min, max].","properties":{"distribution":{"const":"lognormal","description":"A lognormal length."},"mean":{"type":"number","exclusiveMinimum":0,"description":"Mean tokens (>= 1)."},"p99":{"type":"number","exclusiveMinimum":0,"description":"99th percentile of tokens (> mean)."},"min":{"type":"integer","minimum":1,"description":"Default 1."},"max":{"type":"integer","minimum":1,"description":"Default 8 × p99."}}},{"type":"object","additionalProperties":false,"required":["distribution","bins"],"description":"Token counts with relative weights.","properties":{"distribution":{"const":"histogram","description":"Lengths drawn from weighted bins."},"bins":{"type":"array","minItems":1,"maxItems":10000,"items":{"type":"array","minItems":2,"maxItems":2,"items":[{"type":"integer","minimum":1},{"type":"number","minimum":0}]},"description":"[tokens, weight] pairs; weights need not sum to 1."}}}]},"description":"Values of serving.input_tokens, in order."},"serving.output_tokens":{"type":"array","minItems":1,"items":{"description":"Generated tokens (the first comes from prefill) per request: a fixed number, or a distribution.","anyOf":[{"type":"integer","minimum":1,"description":"Every request has this many tokens."},{"type":"object","additionalProperties":false,"required":["distribution","value"],"properties":{"distribution":{"const":"fixed","description":"A fixed length."},"value":{"type":"integer","minimum":1,"description":"Tokens."}}},{"type":"object","additionalProperties":false,"required":["distribution","mean","p99"],"description":"Lognormal with this mean and 99th percentile (p99 at most 14.97 × mean), rounded to integers and clamped to [min, max].","properties":{"distribution":{"const":"lognormal","description":"A lognormal length."},"mean":{"type":"number","exclusiveMinimum":0,"description":"Mean tokens (>= 1)."},"p99":{"type":"number","exclusiveMinimum":0,"description":"99th percentile of tokens (> mean)."},"min":{"type":"integer","minimum":1,"description":"Default 1."},"max":{"type":"integer","minimum":1,"description":"Default 8 × p99."}}},{"type":"object","additionalProperties":false,"required":["distribution","bins"],"description":"Token counts with relative weights.","properties":{"distribution":{"const":"histogram","description":"Lengths drawn from weighted bins."},"bins":{"type":"array","minItems":1,"maxItems":10000,"items":{"type":"array","minItems":2,"maxItems":2,"items":[{"type":"integer","minimum":1},{"type":"number","minimum":0}]},"description":"[tokens, weight] pairs; weights need not sum to 1."}}}]},"description":"Values of serving.output_tokens, in order."},"serving.scheduler":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"description":"The continuous-batching scheduler (vLLM-style names).","properties":{"max_num_seqs":{"type":"integer","minimum":1,"description":"Sequences in the running batch at most. Default 256."},"max_batched_tokens":{"type":"integer","minimum":1,"description":"Tokens per iteration at most. Default 8192."},"chunked_prefill":{"type":"boolean","description":"Split prompts across iterations. Default true."},"block_size":{"type":"integer","minimum":1,"maximum":4096,"description":"Tokens per KV-cache block. Default 16."},"memory_utilization":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Fraction of device memory for weights and KV cache; the rest is the reserve (activations, runtime). Default 0.9."},"policy":{"type":"string","enum":["fcfs","shortest-prompt-first"],"description":"Admission order of waiting requests. Default fcfs."}}},"description":"Values of serving.scheduler, in order."},"serving.seed":{"type":"array","minItems":1,"items":{"type":"integer","minimum":0,"maximum":4294967295,"description":"Seed of the lengths and arrival gaps. Default 1."},"description":"Values of serving.seed, in order."},"serving.search_max_rate":{"type":"array","minItems":1,"items":{"type":"boolean","description":"Search max_rate_qps (needs a percentile SLO). Default true."},"description":"Values of serving.search_max_rate, in order."},"slo.ttft_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum TTFT (ms). Time to first token: prefill latency of the whole batch (prefill emits the first token)."},"description":"Values of slo.ttft_ms, in order."},"slo.tpot_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum TPOT (ms). Time per output token: mean of the o − 1 decode steps after the first token, every step computed; null when o = 1."},"description":"Values of slo.tpot_ms, in order."},"slo.tpot_peak_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum TPOT peak (ms). GenZ\'s own decode step at the full context (output_tokens = o): an upper bound of TPOT."},"description":"Values of slo.tpot_peak_ms, in order."},"slo.e2e_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum E2E latency (ms). End-to-end request latency: TTFT + (o − 1) × TPOT."},"description":"Values of slo.e2e_ms, in order."},"slo.prefill_throughput_tps":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Minimum Prefill throughput (tokens/s). Prompt tokens processed per second: input_tokens × batch / TTFT."},"description":"Values of slo.prefill_throughput_tps, in order."},"slo.decode_throughput_tps":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Minimum Decode throughput (tokens/s). Generated tokens per second during decode: batch / TPOT."},"description":"Values of slo.decode_throughput_tps, in order."},"slo.total_throughput_tps":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Minimum Total throughput (tokens/s). All tokens of the request per second: (input + output tokens) × batch / E2E."},"description":"Values of slo.total_throughput_tps, in order."},"slo.ttft_p50_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TTFT p50 (ms). Serving: median (nearest rank) of the time to first token: arrival to the end of the iteration that samples the first token."},"description":"Values of slo.ttft_p50_ms, in order."},"slo.ttft_p90_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TTFT p90 (ms). Serving: 90th percentile (nearest rank) of the time to first token: arrival to the end of the iteration that samples the first token."},"description":"Values of slo.ttft_p90_ms, in order."},"slo.ttft_p99_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TTFT p99 (ms). Serving: 99th percentile (nearest rank) of the time to first token: arrival to the end of the iteration that samples the first token."},"description":"Values of slo.ttft_p99_ms, in order."},"slo.tpot_p50_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TPOT p50 (ms). Serving: median (nearest rank) of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token."},"description":"Values of slo.tpot_p50_ms, in order."},"slo.tpot_p90_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TPOT p90 (ms). Serving: 90th percentile (nearest rank) of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token."},"description":"Values of slo.tpot_p90_ms, in order."},"slo.tpot_p99_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving TPOT p99 (ms). Serving: 99th percentile (nearest rank) of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token."},"description":"Values of slo.tpot_p99_ms, in order."},"slo.itl_p50_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving ITL p50 (ms). Serving: median (nearest rank) of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request."},"description":"Values of slo.itl_p50_ms, in order."},"slo.itl_p90_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving ITL p90 (ms). Serving: 90th percentile (nearest rank) of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request."},"description":"Values of slo.itl_p90_ms, in order."},"slo.itl_p99_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving ITL p99 (ms). Serving: 99th percentile (nearest rank) of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request."},"description":"Values of slo.itl_p99_ms, in order."},"slo.e2e_p50_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving E2E p50 (ms). Serving: median (nearest rank) of the end-to-end latency: arrival to the last token."},"description":"Values of slo.e2e_p50_ms, in order."},"slo.e2e_p90_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving E2E p90 (ms). Serving: 90th percentile (nearest rank) of the end-to-end latency: arrival to the last token."},"description":"Values of slo.e2e_p90_ms, in order."},"slo.e2e_p99_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum Serving E2E p99 (ms). Serving: 99th percentile (nearest rank) of the end-to-end latency: arrival to the last token."},"description":"Values of slo.e2e_p99_ms, in order."},"slo.goodput_rps":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Minimum Goodput (requests/s). Serving: requests per second whose TTFT, TPOT and E2E each meet the scenario\'s tightest budget for that metric (all requests without serving SLOs)."},"description":"Values of slo.goodput_rps, in order."},"slo.max_rate_qps":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Minimum Max rate (requests/s). Serving: the highest Poisson arrival rate at which every percentile SLO of the scenario holds, found by search (docs/serving.md); null without such SLOs."},"description":"Values of slo.max_rate_qps, in order."},"slo.must_fit":{"type":"array","minItems":1,"items":{"type":"boolean","description":"The model must fit in device memory (no offload)."},"description":"Values of slo.must_fit, in order."}},"description":"A sweep: one scenario per combination of the listed values (dotted paths into the scenario fields). Scenario ids of a matrix: `<id>` followed, for every matrix key in the order written, by `.<name>-<value>`, where <name> is the last part of the dotted key (parallelism.tensor → tensor) and <value> the value with every run of characters other than letters, digits, \'.\', \'_\' and \'-\' replaced by \'-\' (lists: items joined by \'-\', [] → none; mappings: key-value pairs joined by \'-\'). Example: llama8b-sweep with {parallelism.tensor: [1, 2], workload.batch: [1, 8]} gives llama8b-sweep.tensor-1.batch-1, llama8b-sweep.tensor-1.batch-8, llama8b-sweep.tensor-2.batch-1, llama8b-sweep.tensor-2.batch-8 (in this order: the last key varies fastest). A key may not also be set by the scenario itself; it overrides defaults."}}}}},"definitions":{"model":{"type":"string","minLength":1,"description":"The model: a catalog name (case-insensitive, aliases accepted, e.g. meta-llama/Llama-3.1-8B); else a path, relative to the project root, to a model file in the repository (a Hugging Face config.json, or a YAML/JSON file of GenZ ModelConfig fields, see model.schema.json); else the name, without extension, of a .yaml/.yml/.json file in the models folder. Catalog names win.","examples":["ai21labs/AI21-Jamba-1.5-Large","ai21labs/AI21-Jamba-1.5-Mini","ai21labs/Jamba-v0.1","databricks/dbrx-base","deepseek-ai/deepseek-moe-16b-base","deepseek-ai/DeepSeek-V3-Base","facebook/OPT-1.3b","facebook/opt-125M","facebook/OPT-13B","facebook/opt-30B","facebook/OPT-350M","facebook/opt-6.7b","facebook/opt-66B","google/gemma-2-27B","google/gemma-2-2B","google/gemma-2-9B","google/gemma-2B","google/gemma-3-12B","google/gemma-3-1B","google/gemma-3-27B","google/gemma-3-4B","google/gemma-7B","google/palm","HuggingFaceH4/zephyr-7b-beta","Hypothetical/SuperLLM-10T-MoE","Hypothetical/SuperLLM-5T-Dense","intfloat/e5-mistral-7b-instruct","intfloat/multilingual-e5-base-instruct","intfloat/multilingual-e5-large-instruct","intfloat/multilingual-e5-small-instruct","meta-llama/Llama-2-13B","meta-llama/Llama-2-70B","meta-llama/Llama-2-7B","meta-llama/Llama-3.1-405B","meta-llama/Llama-3.1-70B","meta-llama/Llama-3.1-8B","meta-llama/Llama-3.2-1B","meta-llama/Llama-3.2-3B","meta-llama/Llama-33B","meta-llama/Llama-4-Maverick-17B-128E","meta-llama/Llama-4-Scout-17B-16E","microsoft/Phi-3-medium","microsoft/Phi-3-mini","microsoft/Phi-3-small","microsoft/Phi-3.5-MoE","mistralai/Ministral-8B-Instruct-2410","mistralai/Mistral-7B","mistralai/Mistral-Large","mistralai/Mistral-NeMo-12B-Instruct","mistralai/Mistral-Small","mistralai/Mixtral-8x22B","mistralai/Mixtral-8x7B","nvidia/Mistral-NeMo-Minitron-8B-Base","nvidia/Nemotron-4-15B","nvidia/Nemotron-4-340B-Instruct","openai/GPT-4","openai/gpt2","openai/GPT3-175B","Qwen/Qwen-14B","Qwen/Qwen-1_8B","Qwen/Qwen-72B","Qwen/Qwen-7B","Qwen/Qwen1.5-0.5B","Qwen/Qwen1.5-1.8B","Qwen/Qwen1.5-110B","Qwen/Qwen1.5-14B","Qwen/Qwen1.5-32B","Qwen/Qwen1.5-4B","Qwen/Qwen1.5-72B","Qwen/Qwen1.5-7B","Qwen/Qwen1.5-MoE-A2.7B","Qwen/Qwen2-0.5B","Qwen/Qwen2.5-1.5B","Qwen/Qwen2.5-14B","Qwen/Qwen2.5-32B","Qwen/Qwen2.5-3B","Qwen/Qwen2.5-72B","Qwen/Qwen2.5-7B","Qwen/Qwen3-14B","Qwen/Qwen3-32B","Qwen/Qwen3-4B","Qwen/Qwen3-8B","state-spaces/mamba-130m-hf","state-spaces/mamba-2.8b-hf","THUDM/glm-4-9b-chat","tiiuae/falcon-7b-instruct","tiiuae/falcon-mamba-7b","xai-org/grok-1","deepseek-ai/DeepSeek-V3","deepseek-ai/DeepSeek-R1","moonshotai/Kimi-K2-Instruct","Qwen/Qwen3-30B-A3B","Qwen/Qwen3-235B-A22B","openai/gpt-oss-120b","openai/gpt-oss-20b","meta-llama/Llama-4-Scout-17B-16E-Instruct","meta-llama/Llama-4-Maverick-17B-128E-Instruct","google/gemma-3-27b-it","google/gemma-3-12b-it","google/gemma-3-4b-it","mistralai/Mistral-Small-24B-Instruct-2501","microsoft/phi-4"]},"hardware":{"type":"string","minLength":1,"description":"The hardware: a preset name (case-sensitive: A100_40GB_GPU, A100_80GB_GPU, H100_GPU, GH200_GPU, B100, GB200, TPUv6, TPUv5e, TPUv5p, TPUv4, MI300X, MI325X, Gaudi3, H200_GPU, H100_PCIe_GPU, A100_80GB_PCIe_GPU, B200_GPU, B300_GPU, GB300, L40S_GPU, RTX_PRO_6000_GPU, MI355X, TPUv7, Trainium2); else a path, relative to the project root, to a hardware file in the repository (see hardware.schema.json); else the name, without extension, of a .yaml/.yml/.json file in the hardware folder.","examples":["A100_40GB_GPU","A100_80GB_GPU","H100_GPU","GH200_GPU","B100","GB200","TPUv6","TPUv5e","TPUv5p","TPUv4","MI300X","MI325X","Gaudi3","H200_GPU","H100_PCIe_GPU","A100_80GB_PCIe_GPU","B200_GPU","B300_GPU","GB300","L40S_GPU","RTX_PRO_6000_GPU","MI355X","TPUv7","Trainium2"]},"features":{"type":"array","description":"Features, each a name or {name: options} (true/null: on with defaults; false: off). Names: prefill, decode, chunked, tensor_parallel, pipeline_parallel, expert_parallel, lora, flash_attention, memory_offload, speculative_decode. Options are checked here; combinations (incompatible features, a missing mode) are checked by the simulation engine.","items":{"anyOf":[{"type":"string","enum":["prefill","decode","chunked","tensor_parallel","pipeline_parallel","expert_parallel","lora","flash_attention","memory_offload"],"description":"A feature with its default options."},{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"prefill":{"description":"Simulate only the prefill pass (TTFT); no decode. (mode)","anyOf":[{"type":"object","additionalProperties":false,"properties":{}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"decode":{"description":"Simulate only decode: every step of the generation (TPOT), no prefill. (mode)","anyOf":[{"type":"object","additionalProperties":false,"properties":{}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"chunked":{"description":"Chunked prefill: one iteration over a mix of prefill pieces and decode requests. (mode)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"prefill_kv_sizes":{"type":"array","items":{"anyOf":[{"type":"integer","minimum":0},{"type":"array","items":{"type":"integer","minimum":0},"minItems":2,"maxItems":4}]},"description":"Prefill pieces as [past_tokens, new_tokens] pairs.","default":[[1024,511]]},"decode_kv_sizes":{"type":"array","items":{"anyOf":[{"type":"integer","minimum":0},{"type":"array","items":{"type":"integer","minimum":0},"minItems":2,"maxItems":4}]},"description":"Decode entries: a context length, [batches, context] or [prefill_beams, decode_beams, prefill_context, decode_context].","default":[1600,1601,1602]}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"tensor_parallel":{"description":"Shard heads and FFN width over `degree` devices (all-reduce after attention and FFN). (parallelism)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"degree":{"type":"integer","minimum":1,"description":"Tensor-parallel degree (same as parallelism.tensor).","default":1}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"pipeline_parallel":{"description":"Split the layers into `degree` stages; latencies are one micro-batch through all stages. (parallelism)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"degree":{"type":"integer","minimum":1,"description":"Pipeline-parallel degree (same as parallelism.pipeline).","default":1}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"expert_parallel":{"description":"Spread MoE experts over `degree` devices (all-to-all dispatch and collect). (parallelism)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"degree":{"type":"integer","minimum":1,"description":"Expert-parallel degree (same as parallelism.expert); MoE models only.","default":1}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"lora":{"description":"LoRA adapters on the targeted projections: merged (free) or dynamic (two extra GEMMs per target). (optimization)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"rank":{"type":"integer","minimum":1,"description":"Adapter rank r.","default":16},"strategy":{"type":"string","enum":["dynamic","merged"],"description":"merged: folded into the weights; dynamic: unmerged adapters as multi-adapter servers run them.","default":"dynamic"},"targets":{"type":"array","items":{"type":"string","enum":["q","k","v","o","gate","up","down"]},"uniqueItems":true,"description":"Projections that carry an adapter.","default":["q","k","v","o"]},"include_experts":{"type":"boolean","description":"MoE models: also adapt the expert FFNs named in targets (gate, up, down); by default only dense FFNs are.","default":false}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"flash_attention":{"description":"Fused attention (on by default, GenZ parity); off writes and re-reads the score matrix with a softmax pass. (optimization)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","description":"Use the fused attention kernels.","default":true}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"memory_offload":{"description":"Run a model that does not fit by streaming the excess over the host link (GenZ offload). (memory)","anyOf":[{"type":"object","additionalProperties":false,"properties":{}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"speculative_decode":{"description":"Draft tokens with a small model and verify them in one pass of the full model. (optimization)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"draft_model":{"$ref":"#/definitions/model","description":"Draft model: a catalog name or a model file. Resolved like a scenario\'s model."},"acceptance_rate":{"type":"number","minimum":0,"maximum":1,"description":"Probability that a drafted token is accepted.","default":0.7},"parallel_tokens":{"type":"integer","minimum":2,"description":"Tokens drafted per step (N).","default":4},"draft_hardware":{"$ref":"#/definitions/hardware","description":"Hardware of the draft model; omitted = the main hardware and layout. Resolved like a scenario\'s hardware."},"draft_tensor_parallel":{"type":"integer","minimum":1,"description":"Tensor-parallel degree of the draft (with draft_hardware)."},"draft_pipeline_parallel":{"type":"integer","minimum":1,"description":"Pipeline-parallel degree of the draft (with draft_hardware)."}},"required":["draft_model"]},{"type":"boolean","description":"false: off; true: on with default options."}]}},"description":"One feature name with its options."}]}}}}');
;// CONCATENATED MODULE: ./schema/model.schema.json
const model_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:genz-action:schema:model:1","title":"genz-action model file (GenZ ModelConfig fields)","description":"A model as GenZ\'s ModelConfig keyword arguments. A file with model_type or architectures is read as a Hugging Face config.json instead.","type":"object","additionalProperties":false,"required":["hidden_size","num_attention_heads","num_decoder_layers"],"properties":{"$schema":{"type":"string","description":"Schema reference for editors; ignored."},"model":{"type":"string","minLength":1,"description":"Model name shown in reports; default: the file name."},"vocab_size":{"type":"integer","minimum":1,"description":"Vocabulary size V. Default 32000."},"hidden_size":{"type":"integer","minimum":1,"description":"Hidden size D. Required."},"intermediate_size":{"type":"integer","minimum":0,"description":"FFN width Df. Default 11008."},"num_ffi":{"type":"integer","minimum":0,"description":"FFN up-projection multiplier: 2 for gated (SwiGLU-style) FFNs, 1 otherwise, 0 for none. Default 1."},"num_decoder_layers":{"type":"integer","minimum":1,"description":"Decoder layers. Required."},"num_attention_heads":{"type":"integer","minimum":1,"description":"Attention (query) heads H. Required."},"num_key_value_heads":{"type":"integer","minimum":1,"description":"Key/value heads Hkv (GQA/MQA); H must be a multiple. Default H."},"head_dim":{"type":"integer","minimum":1,"description":"Head dimension. Default floor(D / H)."},"num_experts":{"type":"integer","minimum":1,"description":"Experts (MoE when > 1). Default 1."},"expert_top_k":{"type":"integer","minimum":1,"description":"Experts per token. Default 1."},"moe_intermediate_size":{"type":"integer","minimum":0,"description":"Expert FFN width (deepseek FFN). Default intermediate_size."},"n_shared_experts":{"type":"integer","minimum":0,"description":"Shared experts (deepseek FFN). Default 0."},"shared_expert_intermediate_size":{"type":"integer","minimum":0,"description":"Shared expert FFN width (deepseek FFN). Default intermediate_size."},"ffn_implementation":{"type":"string","enum":["default","deepseek"],"description":"FFN builder: default or deepseek (shared experts). Default default."},"mamba_d_state":{"type":"integer","minimum":1,"description":"Mamba state size S; set for Mamba models."},"mamba_d_conv":{"type":"integer","minimum":1,"description":"Mamba convolution kernel size."},"mamba_expand":{"type":"integer","minimum":1,"description":"Mamba expansion factor. Default 1."},"mamba_dt_rank":{"anyOf":[{"type":"integer","minimum":1},{"const":"auto"}],"description":"Mamba Δ rank; auto = ceil(D / 16). Default auto."},"mamba_layer_period":{"type":"integer","minimum":1,"description":"Every n-th layer is Mamba (hybrids). Default 1."},"expert_layer_period":{"type":"integer","minimum":1,"description":"Every n-th layer is MoE (hybrids). Default 1."},"expert_layer_offset":{"type":"integer","minimum":0,"description":"Offset of the MoE layers. Default 0."},"attn_layer_period":{"type":"integer","minimum":1,"description":"Attention layer period (hybrids). Default 1."},"attn_layer_offset":{"type":"integer","minimum":0,"description":"Attention layer offset (hybrids). Default 0."},"q_lora_rank":{"anyOf":[{"type":"integer","minimum":1},{"type":"null"}],"description":"MLA query low-rank (corrected model; docs/model.md). null: no query compression."},"kv_lora_rank":{"type":"integer","minimum":1,"description":"MLA latent rank; makes attention MLA (corrected model)."},"qk_nope_head_dim":{"type":"integer","minimum":1,"description":"MLA per-head key width without RoPE."},"qk_rope_head_dim":{"type":"integer","minimum":1,"description":"MLA RoPE key width, shared by the heads."},"v_head_dim":{"type":"integer","minimum":1,"description":"MLA per-head value width."},"sliding_window":{"anyOf":[{"type":"integer","minimum":1},{"type":"null"}],"description":"Keys a sliding layer attends to and caches (every layer without layer_types)."},"attention_chunk_size":{"anyOf":[{"type":"integer","minimum":1},{"type":"null"}],"description":"Chunk of chunked-attention layers (Llama 4)."},"layer_types":{"type":"array","items":{"type":"string","enum":["full_attention","sliding_attention","chunked_attention","mamba"]},"description":"One per layer (corrected model)."},"ffn_types":{"type":"array","items":{"type":"string","enum":["dense","moe","none"]},"description":"One per layer (corrected model): which layers have experts."},"tie_word_embeddings":{"type":"boolean","description":"Input embedding shared with the LM head (not counted twice). Default false."},"weight_precision":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2"],"description":"Precision the weights are stored at (a scenario may override it)."},"expert_weight_precision":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2"],"description":"Precision of the routed experts\' weights."},"hidden_act":{"type":"string","description":"Activation (informational)."},"max_model_len":{"type":"integer","minimum":1,"description":"Maximum context (informational)."}}}');
;// CONCATENATED MODULE: ./src/manifests/validate.ts
/**
 * JSON Schema validation (ajv, draft-07) with errors mapped back to file positions and worded for people:
 * `must be an integer >= 1, got 0`, `unknown field 'worklaod'; did you mean 'workload'?`.
 */












const BUILDERS = {
    manifest: schema_defs/* buildManifestSchema */.X7,
    hardware: schema_defs/* buildHardwareSchema */.SC,
    model: schema_defs/* buildModelSchema */.FB,
    config: schema_defs/* buildConfigSchema */.A6,
};
/** A fresh ajv instance as the loaders configure it (also used by tests to compile the published files). */
function newAjv() {
    return (0,ajv/* loadAjv */.O)({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
}
/**
 * The precompiled validators' file, beside this module in the source tree and beside the bundle in dist/
 * (scripts/build.mjs copies it): CommonJS, read with `require` only when a document fails the quick check, so a
 * run whose files are all valid never reads or compiles its ~0.8 MB of generated code.
 */
const PRECOMPILED_FILE = './validators.generated.cjs';
let validate_precompiled = null;
/** The precompiled validators, read on first use. */
function precompiledValidators() {
    validate_precompiled ??= (0,external_node_module_.createRequire)(import.meta.url)(PRECOMPILED_FILE);
    return validate_precompiled;
}
const schemas = new Map();
/** The schema the builders give now, built once per process. */
function schemaOf(name) {
    let s = schemas.get(name);
    if (!s) {
        s = BUILDERS[name]();
        schemas.set(name, s);
    }
    return s;
}
/**
 * The published schema files (schema/*.json, the builders' output as write-schemas.ts writes it): what the quick
 * check walks, read as JSON rather than built, which would cost a start more than the check itself. They are
 * the builders' schemas: `npm run build` refuses stale files and the schema test fails while they are.
 */
const PUBLISHED = { manifest: manifest_schema_namespaceObject, hardware: hardware_schema_namespaceObject, model: model_schema_namespaceObject, config: config_schema_namespaceObject };
const quick = new Map();
/** Whether `data` is valid by the quick check (./quick-check.ts): true only when the full validator agrees. */
function quickAccepts(name, data) {
    let q = quick.get(name);
    if (!q) {
        q = new QuickCheck(PUBLISHED[name]);
        quick.set(name, q);
    }
    return q.accepts(data);
}
const compiled = new Map();
/**
 * The full validator of a schema (every error, verbose): the precompiled one when it was compiled from this very
 * schema (see precompiled.ts), else compiled now. Once per process either way.
 */
function validator(name) {
    let v = compiled.get(name);
    if (!v) {
        const schema = schemaOf(name);
        const pre = precompiledValidators();
        v = pre.SCHEMA_HASHES[name] === (0,precompiled/* schemaHash */.i)(schema) ? pre[name] : newAjv().compile(schema);
        compiled.set(name, v);
    }
    return v;
}
const TYPE_WORDS = {
    integer: 'an integer',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    null: 'null',
};
/** What a (sub)schema accepts, in words: `an integer >= 1`, `a number > 0 and <= 1`, `one of a, b`. */
function expectation(schema) {
    if (schema === null || typeof schema !== 'object')
        return 'valid';
    const s = schema;
    if (Array.isArray(s.anyOf))
        return s.anyOf.map(expectation).join(' or ');
    if ('const' in s)
        return JSON.stringify(s.const);
    if (Array.isArray(s.enum))
        return `one of ${s.enum.map(String).join(', ')}`;
    if (s.pattern === schema_defs/* ID_PATTERN */.pw)
        return "an id: letters, digits, '.', '_' or '-', starting with a letter or digit";
    const types = Array.isArray(s.type) ? s.type : typeof s.type === 'string' ? [s.type] : [];
    let text = types.map((t) => TYPE_WORDS[t] ?? t).join(' or ') || 'valid';
    if (types.length === 1 && types[0] === 'string' && s.minLength === 1)
        text = 'a non-empty string';
    if (types.length === 1 && types[0] === 'array' && s.items !== null && typeof s.items === 'object') {
        const items = s.items;
        text = Array.isArray(items.enum) ? `a list of values among ${items.enum.map(String).join(', ')}` : `a list, each item ${expectation(items)}`;
        if (s.uniqueItems === true)
            text += ', without repeats';
    }
    const bounds = [];
    if (typeof s.minimum === 'number')
        bounds.push(`>= ${s.minimum}`);
    if (typeof s.exclusiveMinimum === 'number')
        bounds.push(`> ${s.exclusiveMinimum}`);
    if (typeof s.maximum === 'number')
        bounds.push(`<= ${s.maximum}`);
    if (typeof s.exclusiveMaximum === 'number')
        bounds.push(`< ${s.exclusiveMaximum}`);
    if (bounds.length > 0)
        text += ` ${bounds.join(' and ')}`;
    return text;
}
const VALUE_KEYWORDS = new Set([
    'type',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'multipleOf',
    'enum',
    'const',
    'pattern',
    'minLength',
    'maxLength',
]);
function message(e) {
    const parent = e.parentSchema;
    if (VALUE_KEYWORDS.has(e.keyword)) {
        let msg = `must be ${expectation(parent)}, got ${(0,errors/* show */.WU)(e.data)}`;
        if (e.keyword === 'enum' && typeof e.data === 'string') {
            msg += (0,suggest/* didYouMean */.au)(e.data, (parent?.enum ?? []).map(String));
        }
        return { message: msg, atKey: false, extra: [] };
    }
    switch (e.keyword) {
        case 'additionalProperties': {
            const prop = String(e.params.additionalProperty);
            const known = Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema');
            const hint = (0,suggest/* didYouMean */.au)(prop, known);
            return { message: `unknown field${hint}${hint ? '' : ` (allowed: ${known.join(', ')})`}`, atKey: true, extra: [prop] };
        }
        case 'required':
            return { message: `missing required field '${e.params.missingProperty}'`, atKey: false, extra: [] };
        case 'anyOf': {
            let message = `must be ${expectation({ anyOf: e.schema })}, got ${(0,errors/* show */.WU)(e.data)}`;
            const names = e.schema.flatMap((b) => (Array.isArray(b.enum) ? b.enum : [])).map(String);
            if (typeof e.data === 'string' && names.length > 0)
                message += (0,suggest/* didYouMean */.au)(e.data, names);
            return { message, atKey: false, extra: [] };
        }
        case 'minItems':
            return { message: `must list at least ${e.params.limit} item(s)`, atKey: false, extra: [] };
        case 'maxItems':
            return { message: `must list at most ${e.params.limit} item(s)`, atKey: false, extra: [] };
        case 'minProperties':
            return { message: 'must not be empty', atKey: false, extra: [] };
        case 'uniqueItems': {
            const { i, j } = e.params;
            return { message: `lists the same value twice (items ${j} and ${i})`, atKey: false, extra: [] };
        }
        default:
            return { message: e.message ?? `fails ${e.keyword}`, atKey: false, extra: [] };
    }
}
/**
 * Validates `data` (the content of `src`, or a part of it at `base`) and returns positioned errors.
 * `skip(segments)` drops errors at or under paths validated elsewhere (e.g. features).
 */
function schemaErrors(src, name, data, opts = {}) {
    // Most documents are valid: the quick check says so without loading the full validator.
    if (quickAccepts(name, data))
        return [];
    const validate = validator(name);
    if (validate(data))
        return [];
    const errors = validate.errors ?? [];
    // anyOf reports every branch as well; keep only the anyOf summary.
    const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
    const out = [];
    for (const e of errors) {
        if (anyOfPaths.some((p) => e.schemaPath.startsWith(p)))
            continue;
        const segments = (0,source/* pointerToSegments */.vH)(e.instancePath, data);
        const m = message(e);
        if (!m)
            continue;
        const full = [...segments, ...m.extra];
        if (opts.skip?.(full))
            continue;
        out.push((0,source/* errorAt */.Os)(src, full, m.message, { atKey: m.atKey }));
    }
    return out;
}


/***/ }),

/***/ 3914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ NBSP),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   h9: () => (/* binding */ formatSignedPercent),
/* harmony export */   pI: () => (/* binding */ formatBand)
/* harmony export */ });
/* harmony import */ var _definitions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6511);
/** Human formatting of metric values, shared by the CLI tables and the Markdown reports. */

// Intl formatters are costly to build; one per fraction-digit count, made on first use.
const FORMATTERS = new Map();
function formatter(digits) {
    let f = FORMATTERS.get(digits);
    if (!f) {
        f = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits });
        FORMATTERS.set(digits, f);
    }
    return f;
}
/** The non-breaking space that joins a number to its unit in reports (a table cell never wraps between them). */
const NBSP = '\u00a0';
/** A number with 4 significant digits, grouped thousands ("18,800", "871.5", "0.2778"), no exponent for everyday magnitudes. */
function formatNumber(x) {
    if (!Number.isFinite(x))
        return String(x);
    const abs = Math.abs(x);
    if (abs === 0)
        return '0';
    if (abs >= 1e15 || abs < 1e-4)
        return x.toExponential(3);
    if (abs >= 10_000) {
        const step = 10 ** (Math.floor(Math.log10(abs)) - 3);
        return formatter(0).format(Math.round(x / step) * step);
    }
    const digits = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 10 ? 2 : abs >= 1 ? 3 : Math.min(6, 3 - Math.floor(Math.log10(abs)));
    return formatter(digits).format(x);
}
/** A metric's value with its unit ("12.35 ms", "yes", "n/a"); `space` joins them (NBSP in Markdown and HTML). */
function formatMetric(key, value, space = ' ') {
    if (value === null)
        return 'n/a';
    if (typeof value === 'boolean')
        return value ? 'yes' : 'no';
    const unit = _definitions_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_BY_KEY */ .bu.get(key)?.unit ?? '';
    return unit ? `${formatNumber(value)}${space}${unit}` : formatNumber(value);
}
/** A signed percentage ("+1.23%", "−0.50%", "0%"). */
function formatSignedPercent(fraction) {
    if (fraction === null || !Number.isFinite(fraction))
        return 'n/a';
    if (fraction === 0)
        return '0%';
    const pct = fraction * 100;
    const digits = Math.abs(pct) >= 10 ? 1 : 2;
    const text = Math.abs(pct).toFixed(digits);
    if (Number(text) === 0)
        return pct > 0 ? '+<0.01%' : '−<0.01%';
    return `${pct > 0 ? '+' : '−'}${text}%`;
}
/** An error band ("±14%"), from a fraction. */
function formatBand(fraction) {
    if (fraction === null || fraction === undefined || !Number.isFinite(fraction))
        return '';
    return `±${Math.round(fraction * 100)}%`;
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony exports singleLine, hasAutolink */
/**
 * Escaping of user-provided text (scenario ids, descriptions, paths, model names, error messages) for the
 * Markdown reports and the terminal. The Markdown templates are compiled without Handlebars' HTML escaping, so
 * every user string must go through {@link escapeMarkdown} (or {@link codeSpan}) explicitly.
 */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
// C0 controls (other than tab) and C1 controls, DEL.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// ASCII punctuation that may start Markdown syntax (GitHub-flavoured: tables, emphasis, strikethrough, links,
// images, headings, code, math): escaped with a backslash, which CommonMark allows before any ASCII punctuation.
const MARKDOWN_SPECIAL = /[\\`*_[\]|#!~$]/g;
/** One line: line breaks and control characters become spaces. */
function singleLine(text) {
    return text.replace(LINE_BREAKS, ' ').replace(CONTROL, ' ').replace(/\t/g, ' ');
}
/**
 * User text as inert GitHub Markdown on one line, safe inside table cells: `& < >` become HTML entities,
 * `\ \` * _ [ ] | # ! ~ $` get a backslash, `@` and `#` a zero-width space (no mentions or issue links), line
 * breaks and control characters become spaces.
 * null/undefined render as the empty string.
 */
function escapeMarkdown(text) {
    if (text === null || text === undefined)
        return '';
    return (singleLine(String(text))
        .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
        .replace(/[&<>]/g, (c) => HTML_ENTITIES[c])
        // A zero-width space after @ and # keeps GitHub from turning user text into @mentions (pings from the
        // bot) or #123 references; it is invisible when rendered.
        .replace(/[@#]/g, (c) => `${c}&#8203;`)
        .replace(LINK_START, (m) => neutraliseLink(m)));
}
// What GitHub turns into a link or a cross-reference in plain text: a scheme's `://` (any URL, issue URLs
// included, which would also cross-reference the issue), `www.`, and `GH-123` issue references.
const LINK_START = /:\/\/|\bwww\.|\bGH-(?=\d)/gi;
/** A zero-width space inside the pattern: the text reads the same, GitHub no longer links it. */
function neutraliseLink(m) {
    if (m === '://')
        return ':&#8203;//';
    return `${m.slice(0, -1)}&#8203;${m.slice(-1)}`;
}
/** Whether Markdown-escaped text still holds something GitHub would autolink (for tests and the fuzz harness). */
function hasAutolink(escaped) {
    return /[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\bGH-\d/i.test(escaped);
}
/**
 * User text as a Markdown code span (copyable verbatim: code spans show `<`, `*` etc. literally). The fence is
 * longer than any backtick run inside; padding keeps leading/trailing backticks and spaces. In a table cell
 * (`table: true`) pipes become `\|`, which GitHub's table parser turns back into `|` even inside code.
 */
function codeSpan(text, options = {}) {
    let s = text === null || text === undefined ? '' : singleLine(String(text));
    if (s === '')
        return '` `';
    if (options.table)
        s = s.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const allSpaces = /^ +$/.test(s);
    const pad = s.startsWith('`') || s.endsWith('`') || (!allSpaces && s.startsWith(' ') && s.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${s}${pad}${fence}`;
}
/** User text for a terminal: one line, no control characters (no ANSI escape sequences from user data). */
function plainText(text) {
    if (text === null || text === undefined)
        return '';
    return singleLine(String(text));
}


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   IN: () => (/* binding */ metricRows),
/* harmony export */   L6: () => (/* binding */ describeViolation),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   No: () => (/* binding */ describeBudget),
/* harmony export */   QQ: () => (/* binding */ describeWhy),
/* harmony export */   T_: () => (/* binding */ describeName),
/* harmony export */   Ve: () => (/* binding */ describeInputChanges),
/* harmony export */   Xb: () => (/* reexport safe */ _run_report_severity_js__WEBPACK_IMPORTED_MODULE_3__.Xb),
/* harmony export */   ZE: () => (/* binding */ sectionOf),
/* harmony export */   an: () => (/* binding */ formatSignedMetric),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   hY: () => (/* binding */ classificationCounts),
/* harmony export */   p7: () => (/* reexport safe */ _run_report_severity_js__WEBPACK_IMPORTED_MODULE_3__.p7),
/* harmony export */   tZ: () => (/* reexport safe */ _run_report_severity_js__WEBPACK_IMPORTED_MODULE_3__.tZ),
/* harmony export */   ti: () => (/* reexport safe */ _run_report_severity_js__WEBPACK_IMPORTED_MODULE_3__.ti),
/* harmony export */   uQ: () => (/* binding */ describeChange),
/* harmony export */   zK: () => (/* reexport safe */ _run_report_severity_js__WEBPACK_IMPORTED_MODULE_3__.zK)
/* harmony export */ });
/* unused harmony exports KEY_METRICS, RESTATED_METRICS, describeChangeFully, formatSigned, classificationLabel */
/* harmony import */ var _baselines_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1589);
/* harmony import */ var _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6511);
/* harmony import */ var _metrics_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3914);
/* harmony import */ var _run_report_severity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3331);
/**
 * What the renderers share: which section a scenario belongs to, how flagged scenarios rank by severity, which
 * metric rows a scenario shows and one-line descriptions of metric changes. Pure functions over a RunReport.
 */




// Severity and the worst regression have one definition, in src/run-report/severity.ts.

/** The metrics every scenario table shows (when the scenario has them), in this order. */
const KEY_METRICS = ['ttft_ms', 'tpot_ms', 'e2e_ms', 'prefill_throughput_tps', 'decode_throughput_tps', 'total_throughput_tps'];
/** Metrics the per-scenario tables leave out: they restate the total throughput (still in the JSON report). */
const RESTATED_METRICS = ['tokens_per_ms', 'ms_per_token'];
/**
 * Table rows of a scenario: the key metrics it has, then every other metric that changed (definition order),
 * without the ones that restate another (RESTATED_METRICS).
 */
function metricRows(metrics) {
    const byKey = new Map(metrics.map((m) => [m.key, m]));
    const rows = [];
    for (const key of KEY_METRICS) {
        const m = byKey.get(key);
        if (m)
            rows.push(m);
    }
    for (const m of metrics)
        if (!KEY_METRICS.includes(m.key) && !RESTATED_METRICS.includes(m.key) && (0,_run_report_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .isChange */ .Xb)(m.verdict))
            rows.push(m);
    return rows;
}
/**
 * The one section a scenario is listed in. Every scenario counted as a regression (`hasRegression`, also when its
 * inputs or the simulator changed) is under Regressions, so all of them are in one place with their reproduce
 * commands. SLO violations and regressions accepted in the PR are listed in their own sections in addition.
 */
function sectionOf(s) {
    switch (s.classification) {
        case 'error':
            return 'errors';
        case 'removed':
            return 'removed';
        case 'new':
            return 'added';
        default:
            break;
    }
    if (s.hasRegression)
        return 'regressions';
    switch (s.classification) {
        case 'inputs_changed':
            return 'inputsChanged';
        case 'simulator_changed':
            return 'simulatorChanged';
        case 'improvement':
            return 'improvements';
        // 'mixed' and 'regression' always have hasRegression; listed defensively.
        case 'mixed':
        case 'regression':
            return 'regressions';
        default:
            return 'unchanged';
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Plain-text descriptions (callers escape them for their medium; labels and numbers are ours)
/** "TTFT +12.3%", "Fits in memory yes → no", "TPOT no value now", "KV cache 0 GB → 1.5 GB". */
function describeChange(m) {
    if (m.verdict === 'new')
        return `${m.label} new (${(0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetric */ .gI)(m.key, m.current)})`;
    if (m.verdict === 'missing')
        return `${m.label} no value now (was ${(0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetric */ .gI)(m.key, m.baseline)})`;
    if (m.relDelta !== null && (m.verdict === 'regression' || m.verdict === 'improvement' || m.verdict === 'within')) {
        return `${m.label} ${(0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSignedPercent */ .h9)(m.relDelta)}`;
    }
    return `${m.label} ${(0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetric */ .gI)(m.key, m.baseline)} → ${(0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetric */ .gI)(m.key, m.current)}`;
}
/** "TTFT 12.35 ms → 13.87 ms (+12.3%)". */
function describeChangeFully(m) {
    const values = `${formatMetric(m.key, m.baseline)} → ${formatMetric(m.key, m.current)}`;
    if (m.verdict === 'new')
        return `${m.label} new: ${formatMetric(m.key, m.current)}`;
    if (m.verdict === 'missing')
        return `${m.label} no value now (was ${formatMetric(m.key, m.baseline)})`;
    return m.relDelta !== null ? `${m.label} ${values} (${formatSignedPercent(m.relDelta)})` : `${m.label} ${values}`;
}
/** A number with an explicit sign ("+1.5", "−20", "0"), the minus a true minus sign like formatSignedPercent. */
function formatSigned(x) {
    if (x === 0)
        return '0';
    return `${x > 0 ? '+' : '−'}${(0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatNumber */ .ZV)(Math.abs(x))}`;
}
/** A signed metric delta with its unit ("+1.5 ms", "−120 tokens/s"). */
function formatSignedMetric(key, x) {
    const unit = _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_BY_KEY */ .bu.get(key)?.unit ?? '';
    return unit ? `${formatSigned(x)} ${unit}` : formatSigned(x);
}
/** An SLO check as text: its budget ("TTFT ≤ 100 ms", "must fit in memory"). */
function describeBudget(c) {
    if (c.kind === 'must_fit')
        return 'must fit in memory';
    const label = _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_BY_KEY */ .bu.get(c.metric)?.label ?? c.metric;
    const budget = `${label} ${c.kind === 'max' ? '≤' : '≥'} ${(0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetric */ .gI)(c.metric, c.limit)}`;
    // Calibrated runs: a passing check whose limit lies inside the error band is not a safe pass.
    if (c.atRisk && typeof c.actual === 'number')
        return `${budget} ⚠️ at risk (${(0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetric */ .gI)(c.metric, c.actual)} ${(0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBand */ .pI)(c.band)})`;
    return budget;
}
/** "TTFT 123.4 ms, budget ≤ 100 ms (−23.4 ms, −23.4%)" / "does not fit in memory". */
function describeViolation(c) {
    if (c.kind === 'must_fit')
        return 'does not fit in memory (must_fit)';
    const label = _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_BY_KEY */ .bu.get(c.metric)?.label ?? c.metric;
    const actual = typeof c.actual === 'number' ? (0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetric */ .gI)(c.metric, c.actual) : 'n/a';
    const headroom = c.headroom === null
        ? ''
        : `, headroom ${formatSignedMetric(c.metric, c.headroom)}${c.headroomPct === null ? '' : ` (${(0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSignedPercent */ .h9)(c.headroomPct)})`}`;
    return `${label} ${actual}, budget ${c.kind === 'max' ? '≤' : '≥'} ${(0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetric */ .gI)(c.metric, c.limit)}${headroom}`;
}
/** "llama8b → Llama-3.1-8B" when the alias differs from the canonical name, else the name. */
function describeName(n) {
    if (n === null)
        return '';
    return n.requested === n.resolved ? n.resolved : `${n.requested} → ${n.resolved}`;
}
/** "llama8b → Llama-3.1-8B on H100" (either side may be missing; '' when both are). */
function describeTarget(s) {
    const model = describeName(s.model);
    const hardware = describeName(s.hardware);
    if (model && hardware)
        return `${model} on ${hardware}`;
    if (hardware)
        return `on ${hardware}`;
    return model;
}
// ---------------------------------------------------------------------------------------------------------------
// Counts
const CLASSIFICATION_LABEL = {
    error: ['error', 'errors'],
    removed: ['removed', 'removed'],
    new: ['new', 'new'],
    inputs_changed: ['inputs changed', 'inputs changed'],
    simulator_changed: ['simulator changed', 'simulator changed'],
    mixed: ['mixed', 'mixed'],
    regression: ['regressed', 'regressed'],
    improvement: ['improved', 'improved'],
    unchanged: ['unchanged', 'unchanged'],
};
/** "3,000" */
function formatCount(n) {
    return n.toLocaleString('en-US');
}
/** "1 scenario", "3,000 scenarios"; the plural defaults to singular + "s". */
function plural(n, singular, pluralForm = `${singular}s`) {
    return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}
/** Non-zero classification counts in precedence order: ["1 error", "2 regressed", "7 unchanged"]. */
function classificationCounts(report) {
    const out = [];
    for (const c of _baselines_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .SCENARIO_CLASSIFICATIONS */ .hI) {
        const n = report.summary.counts[c] ?? 0;
        if (n > 0)
            out.push(`${formatCount(n)} ${CLASSIFICATION_LABEL[c][n === 1 ? 0 : 1]}`);
    }
    return out;
}
/** The human name of a classification ("inputs changed"). */
function classificationLabel(c) {
    return CLASSIFICATION_LABEL[c][0];
}
// ---------------------------------------------------------------------------------------------------------------
// Inputs changed
const INPUT_LABELS = {
    'parallelism.tensor': 'TP',
    'parallelism.pipeline': 'PP',
    'parallelism.expert': 'EP',
    'workload.batch': 'batch',
    'workload.input_tokens': 'input tokens',
    'workload.output_tokens': 'output tokens',
    'workload.beam': 'beam',
};
function inputValue(v) {
    if (v === undefined || v === null)
        return 'none';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number')
        return (0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatNumber */ .ZV)(v);
    if (typeof v === 'boolean')
        return v ? 'on' : 'off';
    return 'set';
}
function inputLabel(p) {
    if (INPUT_LABELS[p])
        return INPUT_LABELS[p];
    const spec = /^(model|hardware)\.spec\.(.+)$/.exec(p);
    if (spec)
        return `${spec[1]} ${spec[2]}`;
    const feature = /^features\.(.+?)(?:\.enabled)?$/.exec(p);
    if (feature)
        return feature[1].replace(/_/g, ' ');
    return p;
}
/**
 * Changed inputs as "batch 16 → 32", "precision bf16 → fp8", "model A → B" (a model or hardware swap is one
 * change, not one per field of its spec). Plain text: callers escape it. Falls back to the paths alone.
 */
function describeInputChanges(s) {
    const changes = s.inputChanges ?? [];
    if (changes.length === 0)
        return s.changedInputs.slice();
    const swapped = new Set();
    const out = [];
    for (const side of ['model', 'hardware']) {
        const named = changes.find((c) => c.path === `${side}.name`);
        if (named) {
            swapped.add(side);
            out.push(`${side} ${inputValue(named.baseline)} → ${inputValue(named.current)}`);
        }
    }
    for (const c of changes) {
        const root = c.path.split(/[.[]/)[0];
        if (swapped.has(root))
            continue;
        if (/^(model|hardware)\.(source|spec\.(model|system_name))$/.test(c.path))
            continue;
        const b = c.baseline;
        const a = c.current;
        const isObj = (v) => typeof v === 'object' && v !== null;
        if (isObj(b) || isObj(a))
            out.push(`${inputLabel(c.path)} ${b === null || b === undefined ? 'off → on' : a === null || a === undefined ? 'on → off' : 'changed'}`);
        else
            out.push(`${inputLabel(c.path)} ${inputValue(b)} → ${inputValue(a)}`);
    }
    return out;
}
// ---------------------------------------------------------------------------------------------------------------
// Why it moved
const BOUND_WORDS = { compute: 'compute-bound', memory: 'memory-bandwidth-bound', interconnect: 'interconnect-bound' };
/**
 * One plain-text line per explained primary metric: "TTFT +100.0%: batch 16 → 32; prefill is compute-bound;
 * FFN/experts 64%, attention 31% of the change". Shares below 5% are left out.
 */
function describeWhy(s) {
    const causes = s.inputsChanged ? describeInputChanges(s).slice(0, 3) : [];
    return (s.why ?? []).map((w) => {
        const parts = [];
        if (causes.length > 0)
            parts.push(causes.join(', '));
        const bounds = w.bounds.map((b) => `${b.phase} is ${BOUND_WORDS[b.bound] ?? b.bound}`);
        if (bounds.length > 0)
            parts.push(bounds.join(', '));
        const phases = new Set(w.shares.map((x) => x.phase));
        const shares = w.shares
            .filter((x) => Math.abs(x.share) >= 0.05)
            .slice(0, 3)
            .map((x) => `${phases.size > 1 ? `${x.phase} ` : ''}${x.group} ${Math.round(x.share * 100)}%`);
        if (shares.length > 0)
            parts.push(`${shares.join(', ')} of the change`);
        const change = w.relDelta === null ? w.label : `${w.label} ${(0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSignedPercent */ .h9)(w.relDelta)}`;
        return parts.length > 0 ? `${change}: ${parts.join('; ')}` : change;
    });
}


/***/ }),

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   LJ: () => (/* binding */ formatRelError),
/* harmony export */   bo: () => (/* binding */ renderTable)
/* harmony export */ });
function renderTable(columns, rows) {
    const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((cell, i) => (columns[i].align === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}
/** A relative error in short scientific notation ("0" when exact). */
function formatRelError(x) {
    if (x === 0)
        return '0';
    if (!Number.isFinite(x))
        return String(x);
    return x.toExponential(2);
}
function formatCount(n) {
    return n.toLocaleString('en-US');
}


/***/ }),

/***/ 3331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ worstRegressionOfRun),
/* harmony export */   Xb: () => (/* binding */ isChange),
/* harmony export */   p7: () => (/* binding */ rankFlagged),
/* harmony export */   tZ: () => (/* binding */ hasAcceptedRegression),
/* harmony export */   ti: () => (/* binding */ worstRegression),
/* harmony export */   zK: () => (/* binding */ compareSeverity)
/* harmony export */ });
/* unused harmony export isFlagged */
/* harmony import */ var _baselines_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1589);
/**
 * Severity: which scenarios are flagged, how they rank, and the one definition of "the worst regression" of a
 * scenario and of a run. The verdict line, the report's section order, the short report, the terminal summary
 * and the annotations all use these functions, so they agree.
 */


/** A verdict other than 'equal' and 'within': the metric changed beyond its tolerance (or appeared/vanished). */
function isChange(verdict) {
    return verdict !== 'equal' && verdict !== 'within';
}
/** Errors, regressions and SLO violations: what makes a check fail under the 'regression' policy. */
function isFlagged(s) {
    return s.classification === 'error' || s.hasRegression || s.sloViolated;
}
/** A regression accepted in the PR: its baseline was refreshed and the base branch's comparison regressed. */
function hasAcceptedRegression(s) {
    return s.accepted !== null && s.accepted !== undefined && s.accepted.hasRegression;
}
/** Magnitude of a regressed metric: |relDelta|, or Infinity when it has none (flipped boolean, vanished value). */
function magnitude(m) {
    return m.relDelta === null ? Number.POSITIVE_INFINITY : Math.abs(m.relDelta);
}
function worstMagnitude(s, primary) {
    let worst = -1;
    if (!s.hasRegression)
        return worst;
    for (const m of s.metrics)
        if (m.primary === primary && (0,_baselines_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .countsAsRegression */ .Yr)(m, s.inputsChanged))
            worst = Math.max(worst, magnitude(m));
    return worst;
}
/** How far the worst violated SLO check is over its budget, as a fraction (Infinity for must_fit); -1 when none. */
function worstSlo(s) {
    let worst = -1;
    for (const c of s.slo) {
        if (c.status !== 'violated')
            continue;
        worst = Math.max(worst, c.headroomPct === null ? Number.POSITIVE_INFINITY : -c.headroomPct);
    }
    return worst;
}
function tier(s) {
    if (s.classification === 'error')
        return 0;
    if (s.hasRegression || s.sloViolated)
        return 1;
    return 2;
}
/**
 * Severity order (most severe first): errors; then scenarios with regressions or SLO violations by the largest
 * relative regression of a primary metric, then of a secondary metric, then by how far the worst SLO check is
 * over budget; then the rest. Ties by id, so the order never depends on the input order.
 */
function compareSeverity(a, b) {
    return (tier(a) - tier(b) ||
        worstMagnitude(b, true) - worstMagnitude(a, true) ||
        worstMagnitude(b, false) - worstMagnitude(a, false) ||
        worstSlo(b) - worstSlo(a) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
/** Flagged scenarios (errors, regressions, SLO violations), most severe first. */
function rankFlagged(scenarios) {
    return scenarios.filter(isFlagged).sort(compareSeverity);
}
/**
 * The worst regression of a scenario: the metric row that best explains it. Primary metrics first, then the
 * largest relative change (a flipped or vanished value counts as infinite); on (near) ties the first in
 * definition order (TPOT before TPOT peak). null without `hasRegression`.
 */
function worstRegression(s) {
    if (!s.hasRegression)
        return null;
    let worst = null;
    for (const m of s.metrics) {
        if (!(0,_baselines_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .countsAsRegression */ .Yr)(m, s.inputsChanged))
            continue;
        if (worst === null || (m.primary && !worst.primary) || (m.primary === worst.primary && magnitude(m) > magnitude(worst) * (1 + 1e-9)))
            worst = m;
    }
    return worst;
}
/**
 * The worst regression of a run: that of the most severe scenario with a regression (the first the report
 * lists under Regressions), or null when none regressed.
 */
function worstRegressionOfRun(scenarios) {
    const regressed = scenarios.filter((s) => s.hasRegression && s.classification !== 'removed' && s.classification !== 'error').sort(compareSeverity);
    for (const s of regressed) {
        const metric = worstRegression(s);
        if (metric)
            return { scenario: s, metric };
    }
    return null;
}


/***/ }),

/***/ 1168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   os: () => (/* binding */ readFileSafe),
/* harmony export */   pE: () => (/* binding */ writableInside),
/* harmony export */   xH: () => (/* binding */ writeChunksAtomic)
/* harmony export */ });
/* unused harmony exports isInside, realRootOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Reading and writing the repository's own files safely (docs/security.md, "Paths").
 *
 * A path the repository names (config, manifests, models, hardware, templates, baselines) is resolved by its real
 * path and must stay inside the repository root, for reading and for writing: a symlink or `..` leading out is
 * refused. Only regular files are opened (never a FIFO, a device such as /dev/zero, or a directory), the size is
 * checked against a limit of src/limits.ts before reading, and a refused file is never quoted: messages name
 * the path, never its contents.
 *
 * Paths passed explicitly as inputs or flags (`--config`, `--out`, `report-dir`, …) are honoured as given:
 * callers pass `root: null` for them (regular file and size checks still apply).
 */


/** Whether `abs` (real path) is `root` (real path) or inside it. */
function isInside(realRoot, realAbs) {
    return realAbs === realRoot || realAbs.startsWith(realRoot.endsWith((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) ? realRoot : realRoot + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
}
function realRootOf(root) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(root);
    }
    catch {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
    }
}
/**
 * Reads a UTF-8 file: inside `root` by real path (unless root is null), a regular file, at most `maxBytes`.
 * Never throws for a file problem; never blocks on a FIFO.
 */
function readFileSafe(file, opts) {
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(file);
    }
    catch (e) {
        const code = e.code;
        return { ok: false, missing: code === 'ENOENT' || code === 'ENOTDIR', reason: code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? 'error'})` };
    }
    if (opts.root !== null && !isInside(realRootOf(opts.root), real)) {
        return { ok: false, missing: false, reason: 'refused: the path leads outside the repository (through a symlink or ..); its contents were not read' };
    }
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading must not wait for a writer; it is refused below anyway.
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(real, (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_RDONLY | ((node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NONBLOCK ?? 0));
    }
    catch (e) {
        return { ok: false, missing: false, reason: `cannot be read (${e.code ?? 'error'})` };
    }
    try {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstatSync(fd);
        if (!st.isFile())
            return { ok: false, missing: false, reason: `refused: not a regular file (${kindOf(st)}); it was not read` };
        if (st.size > opts.maxBytes) {
            return {
                ok: false,
                missing: false,
                size: st.size,
                reason: `the file has ${st.size.toLocaleString('en-US')} bytes, over the limit of ${opts.maxBytes.toLocaleString('en-US')}; it was not read`,
            };
        }
        // Read at most maxBytes + 1: a file growing while read is refused rather than read without bound.
        const buf = Buffer.alloc(Math.min(st.size, opts.maxBytes) + 1);
        let n = 0;
        for (;;) {
            const r = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(fd, buf, n, buf.length - n, null);
            if (r === 0)
                break;
            n += r;
            if (n >= buf.length)
                return { ok: false, missing: false, reason: `the file grew past the limit of ${opts.maxBytes.toLocaleString('en-US')} bytes while read` };
        }
        return { ok: true, text: buf.subarray(0, n).toString('utf8'), size: n };
    }
    catch (e) {
        return { ok: false, missing: false, reason: `cannot be read (${e.code ?? 'error'})` };
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
    }
}
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a file';
}
/**
 * Where a file of the repository may be written: `target` resolved with every existing ancestor's real path,
 * refused when that leaves `root` (e.g. a committed symlink `baselines -> /tmp/elsewhere`) or when the target
 * itself is a symlink or not a regular file. Returns the real path to write, or the reason.
 */
function writableInside(root, target) {
    const realRoot = realRootOf(root);
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(target);
    // The deepest existing ancestor, by real path; the rest of the path is created below it.
    let existing = abs;
    const rest = [];
    for (;;) {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(existing);
            break;
        }
        catch {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing);
            if (parent === existing)
                break;
            rest.unshift(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(existing));
            existing = parent;
        }
    }
    let realExisting;
    try {
        realExisting = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(existing);
    }
    catch (e) {
        return { ok: false, reason: `cannot be resolved (${e.code ?? 'error'})` };
    }
    const real = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realExisting, ...rest);
    if (!isInside(realRoot, real))
        return { ok: false, reason: 'refused: the path leads outside the repository (through a symlink or ..); nothing was written' };
    if (rest.length === 0) {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(abs);
        if (st.isSymbolicLink() && !isInside(realRoot, realExisting))
            return { ok: false, reason: 'refused: a symlink leading outside the repository' };
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(abs).isFile())
            return { ok: false, reason: 'refused: not a regular file' };
    }
    return { ok: true, real };
}
/**
 * Writes `chunks` to `file` through a temporary file renamed into place (readers never see half a file), in
 * writes of about 1 MB: a large text (a 100,000-scenario report.json) is never one string in memory.
 */
function writeChunksAtomic(file, chunks) {
    const tmp = `${file}.${process.pid}.tmp`;
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(tmp, 'w');
    try {
        let pending = '';
        for (const chunk of chunks) {
            pending += chunk;
            if (pending.length >= 1 << 20) {
                node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeSync(fd, pending);
                pending = '';
            }
        }
        if (pending.length > 0)
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeSync(fd, pending);
    }
    catch (e) {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(tmp, { force: true });
        throw e;
    }
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().renameSync(tmp, file);
}


/***/ })

};
