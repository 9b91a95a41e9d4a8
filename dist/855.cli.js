export const id = 855;
export const ids = [855,868];
export const modules = {

/***/ 7793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V3: () => (/* binding */ jsonPathKey),
/* harmony export */   _7: () => (/* binding */ sha256Fingerprint),
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
        out += `${i > 0 ? ',\n' : ''}${inner}${JSON.stringify(k)}: ${emit(obj[k], keys, inner, stack)}`;
        keys.pop();
    }
    return `${out}\n${indent}}`;
}
/** Deterministic JSON text of `value` (see the module comment), ending in a newline. */
function canonicalJson(value) {
    return emit(value, [], '', []) + '\n';
}
/** `"sha256:" + hex(sha256(canonicalJson(value)))`, over the UTF-8 bytes. */
function sha256Fingerprint(value) {
    return 'sha256:' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}


/***/ }),

/***/ 1589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ checkSlo),
/* harmony export */   Av: () => (/* binding */ diffScenario),
/* harmony export */   Kv: () => (/* binding */ removedScenarios),
/* harmony export */   M: () => (/* binding */ buildBaselineFile),
/* harmony export */   Uz: () => (/* binding */ evaluatePolicy),
/* harmony export */   Yr: () => (/* binding */ countsAsRegression),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   gj: () => (/* binding */ diffInputValues),
/* harmony export */   hI: () => (/* binding */ SCENARIO_CLASSIFICATIONS),
/* harmony export */   rR: () => (/* binding */ diffScenarios)
/* harmony export */ });
/* unused harmony exports validateSloBudgets, diffInputs, diffRemoved, FAIL_ON_POLICIES */
/* harmony import */ var _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6511);
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3294);
/* harmony import */ var _tolerance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1831);
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
function metricRows(id, baseline, current, rules) {
    const rows = [];
    for (const def of _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb) {
        const hasB = baseline !== null && baseline[def.key] !== undefined;
        const hasC = current !== null && current[def.key] !== undefined;
        if (!hasB && !hasC)
            continue;
        const b = hasB ? baseline[def.key] : null;
        const c = hasC ? current[def.key] : null;
        const tolerance = (0,_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .toleranceFor */ .Tu)(def.key, id, rules);
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
            else if ((0,_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .withinTolerance */ .p4)(bn, cn, tolerance))
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
            current: c,
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
    const d = emptyDiff(input.id);
    const baseline = input.baseline ?? null;
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
    d.metrics = metricRows(input.id, baseline ? baseline.metrics : null, run.metrics, rules);
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
function diffRemoved(removed) {
    const d = emptyDiff(removed.id);
    d.classification = 'removed';
    d.baselineFingerprint = removed.baseline.fingerprint;
    d.baselineSimulator = removed.baseline.simulator;
    d.metrics = metricRows(removed.id, removed.baseline.metrics, null, null);
    d.hasMetricChanges = d.metrics.length > 0;
    return d;
}
/** Baseline entries of `baseline` whose ids are not among `currentIds`, in id order. */
function removedScenarios(baseline, currentIds) {
    if (!baseline)
        return [];
    const ids = new Set(currentIds);
    return Object.keys(baseline.scenarios)
        .sort()
        .filter((id) => !ids.has(id))
        .map((id) => ({ id, baseline: baseline.scenarios[id] }));
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
    for (const s of input.scenarios) {
        check(s.id);
        scenarios.push(diffScenario(s, input.rules));
    }
    for (const r of input.removed ?? []) {
        check(r.id);
        scenarios.push(diffRemoved(r));
    }
    return { scenarios, summary: summarize(scenarios) };
}
/** Counts and overall status of a set of scenario diffs. */
function summarize(scenarios) {
    const counts = Object.fromEntries(SCENARIO_CLASSIFICATIONS.map((c) => [c, 0]));
    let regressedMetrics = 0;
    let withinTol = 0;
    let sloViolations = 0;
    for (const s of scenarios) {
        counts[s.classification]++;
        regressedMetrics += s.metrics.filter((m) => countsAsRegression(m, s.inputsChanged) && s.classification !== 'removed').length;
        withinTol += s.metrics.filter((m) => m.verdict === 'within').length;
        sloViolations += s.slo.filter((c) => c.status === 'violated').length;
    }
    const regressions = scenarios.filter((s) => s.hasRegression).length;
    const improvements = scenarios.filter((s) => s.hasImprovement).length;
    const changed = scenarios.filter((s) => s.classification !== 'unchanged').length;
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
        ? `, tolerance ${(0,_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .isExact */ .u0)(t) ? t.source : `rel ${t.rel}, abs ${t.abs} (${t.source})`}`
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
function evaluatePolicy(results, policy) {
    if (!FAIL_ON_POLICIES.includes(policy))
        throw new Error(`unknown fail-on policy ${JSON.stringify(policy)} (expected ${FAIL_ON_POLICIES.join(', ')})`);
    if (policy === 'never')
        return { fail: false, reasons: [] };
    const scenarios = Array.isArray(results) ? results : results.scenarios;
    const reasons = [];
    for (const s of scenarios) {
        if (s.classification === 'error') {
            reasons.push(`${s.id}: could not run: ${s.error ?? 'unknown error'}`);
            continue;
        }
        if (policy === 'mismatch') {
            if (s.classification === 'new')
                reasons.push(`${s.id}: new scenario without a baseline`);
            else if (s.classification === 'removed')
                reasons.push(`${s.id}: removed scenario (its baseline entry remains)`);
            else
                for (const m of s.metrics)
                    if (m.verdict !== 'equal' && m.verdict !== 'within')
                        reasons.push(metricReason(s.id, m));
        }
        else if (policy === 'regression' && s.classification !== 'new' && s.classification !== 'removed') {
            for (const m of s.metrics)
                if (countsAsRegression(m, s.inputsChanged))
                    reasons.push(metricReason(s.id, m));
        }
        for (const c of s.slo)
            if (c.status === 'violated')
                reasons.push(sloReason(s.id, c));
    }
    return { fail: reasons.length > 0, reasons };
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
    return { schema: _file_js__WEBPACK_IMPORTED_MODULE_1__/* .BASELINE_SCHEMA */ .iW, manifest, scenarios };
}


/***/ }),

/***/ 3294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ BASELINE_SCHEMA),
  G5: () => (/* binding */ BaselineFileError),
  CY: () => (/* binding */ baselinePathCollisions),
  gr: () => (/* binding */ baselinePathFor),
  s$: () => (/* binding */ readBaselineFile),
  Oy: () => (/* binding */ writeBaselineFileAtomic)
});

// UNUSED EXPORTS: FINGERPRINT_PATTERN, manifestRelativePath, nullProtoCopy, parseBaselineFile, serializeBaselineFile, validateBaselineFile

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
;// CONCATENATED MODULE: ./src/baselines/columnar.ts
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


const COLUMNAR_SCHEMA = 'genz-action/baseline-columnar@1';
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
/** Whether `values` hold at most `max` distinct values (stops counting past it). */
function fewDistinct(values, max) {
    const seen = new Set();
    for (const v of values) {
        seen.add((0,canonical_json/* canonicalJson */.dj)(v));
        if (seen.size > max)
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
/**
 * Sets `value` at `path` in `root`, a copy owned by the row: objects on the way are copied once per row
 * (tracked in `owned`), every untouched subtree is shared with the base (inputs are never mutated).
 */
function setPath(root, path, value, owned) {
    let cur = root;
    for (let d = 0; d < path.length - 1; d++) {
        const k = path[d];
        let next = cur[k];
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
function lazyEntry(inputs, simulator, metrics) {
    const entry = { simulator, inputs, metrics };
    Object.defineProperty(entry, 'fingerprint', {
        enumerable: true,
        configurable: true,
        get() {
            const fingerprint = (0,canonical_json/* sha256Fingerprint */._7)(inputs);
            Object.defineProperty(this, 'fingerprint', { value: fingerprint, enumerable: true, writable: true, configurable: true });
            return fingerprint;
        },
        set(value) {
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
function columnarValidationView(file) {
    const scenarios = {};
    for (const [id, e] of Object.entries(file.scenarios)) {
        const derived = typeof Object.getOwnPropertyDescriptor(e, 'fingerprint')?.get === 'function';
        scenarios[id] = { fingerprint: derived ? DERIVED_FINGERPRINT : e.fingerprint, simulator: e.simulator, inputs: {}, metrics: e.metrics };
    }
    return { ...file, scenarios };
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
    const metricKeys = new Set();
    for (const e of entries)
        for (const k of Object.keys(e.metrics))
            metricKeys.add(k);
    const allMetrics = [...metricKeys].sort();
    const constant = {};
    const metricColumns = [];
    for (const k of allMetrics) {
        const present = entries.every((e) => Object.prototype.hasOwnProperty.call(e.metrics, k));
        const v0 = entries[0]?.metrics[k];
        if (present && entries.every((e) => e.metrics[k] === v0))
            constant[k] = v0;
        else
            metricColumns.push(k);
    }
    const prefix = commonIdPrefix(ids);
    const rows = [];
    entries.forEach((e, i) => {
        const inputs = inputColumns.map((p, c) => {
            const v = getPath(e.inputs, p);
            const dict = dictIndex[c];
            if (dict === null)
                return v;
            const key = (0,canonical_json/* canonicalJson */.dj)(v);
            let idx = dict.get(key);
            if (idx === undefined) {
                idx = dict.size;
                dict.set(key, idx);
                inputValues[String(c)].push(v);
            }
            return idx;
        });
        const absent = [];
        const metrics = metricColumns.map((k) => {
            if (!Object.prototype.hasOwnProperty.call(e.metrics, k)) {
                absent.push(k);
                return null;
            }
            return e.metrics[k];
        });
        const extra = {};
        if (e.simulator !== simulator)
            extra.simulator = e.simulator;
        const derived = typeof Object.getOwnPropertyDescriptor(e, 'fingerprint')?.get === 'function';
        if (!derived && e.fingerprint !== (0,canonical_json/* sha256Fingerprint */._7)(e.inputs))
            extra.fingerprint = e.fingerprint;
        if (absent.length > 0)
            extra.absent = absent;
        const row = [ids[i].slice(prefix.length), inputs, metrics];
        if (Object.keys(extra).length > 0)
            row.push(extra);
        rows.push(`    ${JSON.stringify(row)}`);
    });
    const header = (key, value) => `  ${JSON.stringify(key)}: ${indent((0,canonical_json/* canonicalJson */.dj)(value).trimEnd())}`;
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
function indent(text) {
    return text.replace(/\n/g, '\n  ');
}
function isColumnarDocument(doc) {
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
function expandColumnar(doc) {
    const problems = [];
    for (const k of Object.keys(doc))
        if (!HEADER_KEYS.includes(k))
            problems.push(`${k}: unknown field (expected ${HEADER_KEYS.join(', ')})`);
    const { manifest, simulator, id_prefix: prefix, inputs: base, input_columns: cols, input_values: dicts, metric_columns: mcols, constant_metrics: constant, scenarios: rows, } = doc;
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
    if (!Array.isArray(mcols) || !mcols.every((k) => typeof k === 'string' && definitions/* METRIC_BY_KEY */.bu.has(k)))
        problems.push('metric_columns: expected a list of known metric keys');
    if (!isPlainObject(constant))
        problems.push('constant_metrics: expected an object');
    if (!Array.isArray(rows))
        problems.push('scenarios: expected a list of rows');
    if (problems.length > 0)
        return { file: null, problems };
    const paths = cols;
    const values = dicts;
    const metricCols = mcols;
    const scenarios = {};
    rows.forEach((row, i) => {
        const where = `scenarios[${i}]`;
        if (!Array.isArray(row) || row.length < 3 || row.length > 4 || typeof row[0] !== 'string' || !Array.isArray(row[1]) || !Array.isArray(row[2])) {
            problems.push(`${where}: expected [id, [input values], [metric values]] with an optional object of exceptions`);
            return;
        }
        const [suffix, inputValues, metricValues, extra] = row;
        const id = prefix + suffix;
        if (suffix === '')
            problems.push(`${where}: empty id`);
        if (Object.prototype.hasOwnProperty.call(scenarios, id))
            problems.push(`${where}: duplicate scenario id ${JSON.stringify(id)}`);
        if (inputValues.length !== paths.length)
            problems.push(`${where}: ${inputValues.length} input values for ${paths.length} input columns`);
        if (metricValues.length !== metricCols.length)
            problems.push(`${where}: ${metricValues.length} metric values for ${metricCols.length} metric columns`);
        if (extra !== undefined && !(isPlainObject(extra) && Object.keys(extra).every((k) => k === 'simulator' || k === 'fingerprint' || k === 'absent'))) {
            problems.push(`${where}: the exceptions must be an object of simulator, fingerprint and absent`);
            return;
        }
        if (inputValues.length !== paths.length || metricValues.length !== metricCols.length)
            return;
        let inputs = base;
        let root = null;
        const owned = new Set();
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
                inputs = v;
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
        if (root !== null)
            inputs = root;
        const metrics = { ...constant };
        const ex = (extra ?? {});
        const absent = Array.isArray(ex.absent) ? ex.absent : [];
        metricCols.forEach((k, j) => {
            if (!absent.includes(k))
                metrics[k] = metricValues[j];
        });
        const sim = typeof ex.simulator === 'string' ? ex.simulator : simulator;
        scenarios[id] = ex.fingerprint !== undefined ? { fingerprint: ex.fingerprint, simulator: sim, inputs, metrics } : lazyEntry(inputs, sim, metrics);
    });
    if (problems.length > 0)
        return { file: null, problems };
    return { file: { schema: 'genz-action/baseline@1', manifest: manifest, scenarios }, problems };
}

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
 * one line per scenario, shared inputs once); both layouts are read, into the same BaselineFile.
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
function checkJsonData(v, path, problems) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean')
        return;
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            problems.push(`${path}: ${v} is not allowed`);
        return;
    }
    if (Array.isArray(v)) {
        v.forEach((x, i) => checkJsonData(x, `${path}[${i}]`, problems));
        return;
    }
    if (isObject(v)) {
        for (const k of Object.keys(v))
            checkJsonData(v[k], (0,canonical_json/* jsonPathKey */.V3)(path, k), problems);
        return;
    }
    problems.push(`${path}: ${typeName(v)} is not JSON data`);
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
    const fp = entry.fingerprint;
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
        checkJsonData(inputs, `${path}.inputs`, problems);
    const metrics = entry.metrics;
    if (metrics === undefined)
        problems.push(`${path}.metrics: missing`);
    else if (!isObject(metrics))
        problems.push(`${path}.metrics: expected an object, got ${typeName(metrics)}`);
    else
        for (const k of Object.keys(metrics))
            checkMetric(k, metrics[k], (0,canonical_json/* jsonPathKey */.V3)(`${path}.metrics`, k), problems);
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
    if (isColumnarDocument(doc)) {
        const expanded = expandColumnar(doc);
        if (expanded.file === null)
            throw new BaselineFileError(file, expanded.problems);
        const columnarProblems = validateBaselineFile(columnarValidationView(expanded.file));
        if (columnarProblems.length > 0)
            throw new BaselineFileError(file, columnarProblems);
        return expanded.file;
    }
    const problems = validateBaselineFile(doc);
    if (problems.length > 0)
        throw new BaselineFileError(file, problems);
    const valid = doc;
    // Scenario ids are user data: a null-prototype map, so `constructor` or `__proto__` are ordinary ids.
    return { schema: valid.schema, manifest: valid.manifest, scenarios: nullProtoCopy(valid.scenarios) };
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
function serializeBaselineFile(file, label) {
    const problems = validateBaselineFile(file);
    if (problems.length > 0) {
        const name = label ?? (typeof file?.manifest === 'string' ? `baseline of ${file.manifest}` : '(baseline)');
        throw new BaselineFileError(name, problems);
    }
    const columnar = Object.keys(file.scenarios).length >= COLUMNAR_MIN_SCENARIOS;
    return Buffer.from(columnar ? serializeColumnar(file) : (0,canonical_json/* canonicalJson */.dj)(file), 'utf8');
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
/* harmony export */   Tu: () => (/* binding */ toleranceFor),
/* harmony export */   cR: () => (/* binding */ validateToleranceConfig),
/* harmony export */   eu: () => (/* binding */ globMatch),
/* harmony export */   p4: () => (/* binding */ withinTolerance),
/* harmony export */   u0: () => (/* binding */ isExact)
/* harmony export */ });
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
/** |current − baseline| ≤ abs + rel × |baseline|, inclusive. */
function withinTolerance(baseline, current, tolerance) {
    return Math.abs(current - baseline) <= tolerance.abs + tolerance.rel * Math.abs(baseline);
}
/** True when the tolerance is zero, i.e. any difference counts. */
function isExact(tolerance) {
    return tolerance.rel === 0 && tolerance.abs === 0;
}


/***/ }),

/***/ 351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   J1: () => (/* binding */ nestingTooDeep),
/* harmony export */   Vi: () => (/* binding */ ARTIFACT_FIELD_LIMITS),
/* harmony export */   ab: () => (/* binding */ checkLimit),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   fW: () => (/* binding */ resolveLimits),
/* harmony export */   n5: () => (/* binding */ LIMIT_KEYS),
/* harmony export */   o0: () => (/* binding */ LIMIT_DESCRIPTIONS),
/* harmony export */   p0: () => (/* binding */ limitHint),
/* harmony export */   sm: () => (/* binding */ valueTooDeep),
/* harmony export */   tq: () => (/* binding */ MAX_LIMIT)
/* harmony export */ });
/* unused harmony exports limitProblem, fileSizeProblem */
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9102);
/**
 * Bounds on work and input size: the one place that defines them (docs/security.md, "Limits").
 *
 * Every bound is checked before the work it bounds starts, and a value over it is an input error naming the
 * field and the limit (exit 2). The defaults stop mistakes and attacks, not real sweeps: they admit 100,000
 * scenarios in a run, contexts of millions of tokens, and the baseline files and run reports such runs produce.
 * A project raises them in genz.config.yaml:
 *
 * ```yaml
 * limits:
 *   scenarios: 250000
 *   tokens_per_request: 33554432
 * ```
 *
 * Other modules use {@link checkLimit} (one value) or {@link limitProblem} (a Problem for a file), with the
 * limits of the run ({@link resolveLimits} of the config's `limits:`), or {@link DEFAULT_LIMITS} where no
 * project config is read (mode: post).
 */

const MiB = 1024 * 1024;
/**
 * The documented defaults. Sizes: a baseline entry takes about 3 KB and a report scenario about 4 KB, so
 * 100,000 scenarios fit; V8 cannot hold a string over ~512 MiB, which caps what any limit can usefully be raised to.
 */
const DEFAULT_LIMITS = Object.freeze({
    tokens_per_request: 16 * MiB, // 16,777,216 tokens
    batch: 65_536,
    beam: 1_024,
    parallel_degree: 65_536,
    speculative_tokens: 1_024,
    scenarios: 100_000,
    manifest_bytes: 16 * MiB,
    config_bytes: 1 * MiB,
    baseline_bytes: 400 * MiB,
    artifact_bytes: 400 * MiB,
    nesting_depth: 64,
});
const LIMIT_KEYS = Object.keys(DEFAULT_LIMITS);
/** What each limit bounds, for messages and docs. */
const LIMIT_DESCRIPTIONS = {
    tokens_per_request: 'tokens of one request (input, output, and both together)',
    batch: 'requests in a batch',
    beam: 'beams',
    parallel_degree: 'devices of one parallel degree, and of all degrees together',
    speculative_tokens: 'tokens drafted per speculative step',
    scenarios: 'scenarios in one run (matrix expansions included)',
    manifest_bytes: 'bytes of a manifest, model or hardware file',
    config_bytes: 'bytes of genz.config.yaml',
    baseline_bytes: 'bytes of a baseline file',
    artifact_bytes: 'bytes of a run report or shard file',
    nesting_depth: 'nesting depth of a YAML or JSON document',
};
/** The largest value any limit may be raised to (a safe integer; the byte limits are further capped by V8). */
const MAX_LIMIT = Number.MAX_SAFE_INTEGER;
/** The limits of a run: the defaults with the config's `limits:` over them (validated by the config schema). */
function resolveLimits(raised) {
    const out = { ...DEFAULT_LIMITS };
    if (raised)
        for (const k of LIMIT_KEYS)
            if (typeof raised[k] === 'number')
                out[k] = raised[k];
    return out;
}
/** The hint every limit error carries: where to raise it. */
function limitHint(key) {
    return `the limit on ${LIMIT_DESCRIPTIONS[key]} is a safeguard; raise it with 'limits: { ${key}: N }' in genz.config.yaml if this is intended`;
}
/**
 * Why `value` breaks limit `key` (with `what` naming the field in the message), or null when it is within it.
 * Non-finite numbers always break it.
 */
function checkLimit(key, value, limits, what = key) {
    if (!Number.isFinite(value))
        return `${what} must be a finite number, got ${value}`;
    const max = limits[key];
    if (value > max)
        return `${what} is ${formatCount(value)}, over the limit of ${formatCount(max)} (limits.${key})`;
    return null;
}
/** A Problem for limit `key` at `file` (and `fieldPath`), with the hint. */
function limitProblem(key, file, message, at = {}) {
    return problemAt(file, message, { ...at, hint: limitHint(key) });
}
/** The file-size check: a Problem when a file of `size` bytes is over limit `key`, else null. */
function fileSizeProblem(key, file, size, limits) {
    if (size <= limits[key])
        return null;
    return limitProblem(key, file, `the file has ${formatCount(size)} bytes, over the limit of ${formatCount(limits[key])} (limits.${key}); it was not read`);
}
/**
 * The offset where `text` (JSON, or YAML flow and block syntax) first nests deeper than `max` brackets or
 * indentation levels, or null. A linear scan without recursion, run before parsing, so a document of 100,000
 * nested arrays is refused instead of overflowing the stack. Brackets inside quoted strings are skipped.
 */
function nestingTooDeep(text, max) {
    let depth = 0;
    let quote = null;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = null;
            else if (c === '\n' && quote === "'")
                quote = null; // an unclosed YAML single quote: leave it to the parser
            continue;
        }
        if (c === '"')
            quote = '"';
        else if (c === "'" && (i === 0 || /[\s[{,:]/.test(text[i - 1])))
            quote = "'";
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (c === '[' || c === '{') {
            if (++depth > max)
                return i;
        }
        else if (c === ']' || c === '}')
            depth = Math.max(0, depth - 1);
    }
    return null;
}
/** Nesting depth of a parsed value, iteratively; true when it is deeper than `max`. */
function valueTooDeep(value, max) {
    const stack = [[value, 0]];
    while (stack.length > 0) {
        const [v, d] = stack.pop();
        if (v === null || typeof v !== 'object')
            continue;
        if (d + 1 > max)
            return true;
        for (const child of Array.isArray(v) ? v : Object.values(v)) {
            if (child !== null && typeof child === 'object')
                stack.push([child, d + 1]);
        }
    }
    return false;
}
/**
 * Field bounds of a run report (the artifact `mode: report` writes and `mode: post` and `mode: merge` read):
 * one table for the writer and the readers, so what one run writes the next accepts. Manifests are held to the
 * same bounds (ids and descriptions), so a report never holds a field its reader would refuse.
 */
const ARTIFACT_FIELD_LIMITS = Object.freeze({
    /** Characters of any one text (descriptions, messages, reasons). */
    text: 100_000,
    /** Characters of names: ids, paths, versions. */
    name: 4_096,
    /** Scenarios of one report. */
    scenarios: DEFAULT_LIMITS.scenarios,
    /** Items of other lists (notes, changed inputs, manifests, SLO checks). */
    list: 10_000,
    reasons: 1_000_000,
    shardTotal: 256,
});
function formatCount(n) {
    return Number.isSafeInteger(n) ? n.toLocaleString('en-US') : String(n);
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

// EXTERNAL MODULE: ./src/manifests/load.ts + 2 modules
var load = __webpack_require__(8072);
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
// EXTERNAL MODULE: ./src/manifests/validate.ts + 1 modules
var validate = __webpack_require__(7871);
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
// EXTERNAL MODULE: ./src/manifests/schema-defs.ts + 1 modules
var schema_defs = __webpack_require__(1166);
;// CONCATENATED MODULE: ./src/manifests/index.ts
/** Scenario manifests, model/hardware files and the project config. */










/***/ }),

/***/ 8072:
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
// EXTERNAL MODULE: ./src/manifests/schema-defs.ts + 1 modules
var schema_defs = __webpack_require__(1166);
// EXTERNAL MODULE: ./src/manifests/source.ts
var source = __webpack_require__(9041);
// EXTERNAL MODULE: ./src/manifests/suggest.ts
var suggest = __webpack_require__(740);
// EXTERNAL MODULE: ./src/manifests/validate.ts + 1 modules
var validate = __webpack_require__(7871);
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

// EXTERNAL MODULE: ./src/limits.ts
var src_limits = __webpack_require__(351);
// EXTERNAL MODULE: ./src/safe-fs.ts
var safe_fs = __webpack_require__(1168);
// EXTERNAL MODULE: ./src/manifests/paths.ts
var paths = __webpack_require__(1230);
// EXTERNAL MODULE: ./src/manifests/resolve.ts
var resolve = __webpack_require__(6018);
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
function setPath(obj, keys, value) {
    let cur = obj;
    for (const k of keys.slice(0, -1)) {
        if (!load_isObj(cur[k]))
            cur[k] = {};
        else
            cur[k] = { ...cur[k] };
        cur = cur[k];
    }
    cur[keys[keys.length - 1]] = value;
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
    claimId(src, id, at, fromMatrix) {
        const p = (0,source/* positionOf */.df)(src, at);
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
            this.ids.set(id, { file: src.file, line: p.line, column: p.column });
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
        const combos = matrix ? expandMatrix(matrix) : [null];
        const seen = new Set();
        for (const combo of combos) {
            const sid = combo ? `${id}${combo.suffix}` : id;
            if (combo && seen.has(sid)) {
                this.errors.push((0,source/* errorAt */.Os)(src, [...at, 'matrix'], `two combinations get the same id '${sid}'; make the values differ after replacing characters other than letters, digits, '.', '_' and '-'`));
                continue;
            }
            seen.add(sid);
            this.claimId(src, sid, [...at, 'id'], combo !== null);
            const fields = { ...base };
            if (combo)
                for (const [key, v] of Object.entries(combo.values))
                    setPath(fields, key.split('.'), v);
            /** Where a field's value was written: the matrix entry, the scenario, or defaults. */
            const origin = (keys) => {
                const key = keys.join('.');
                if (combo && key in combo.values)
                    return [...at, 'matrix', key, combo.indexes[key]];
                if (getPath(raw, keys) !== undefined)
                    return [...at, ...keys];
                if (getPath(defaults, keys) !== undefined)
                    return ['defaults', ...keys];
                return null;
            };
            const built = this.build(src, at, fields, origin);
            if (!built)
                continue;
            const slo = fields.slo;
            this.scenarios.push({
                id: sid,
                description: typeof raw.description === 'string' ? raw.description : null,
                manifest: src.file,
                line: pos.line,
                column: pos.column,
                config: built.config,
                modelSource: built.modelSource,
                hardwareSource: built.hardwareSource,
                slo: load_isObj(slo) && Object.keys(slo).length > 0 ? slo : null,
                matrix: combo ? { ...combo.values } : null,
            });
        }
    }
    build(src, at, fields, origin) {
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
                const o = origin(['features']);
                if (!r.ok) {
                    if (r.message)
                        this.errors.push((0,source/* errorAt */.Os)(src, o ? [...o, j, e.name, k] : at, r.message));
                }
                else {
                    opts[k] = r.ref;
                    changed = true;
                }
            }
            return changed ? { [e.name]: opts } : item;
        });
        // Parallel degrees: parallelism.*, or the degree of the matching feature (as the engine reads it: a feature
        // that is on has its degree option, default 1); both given must agree.
        const degree = (key) => {
            const explicit = getPath(fields, ['parallelism', key]);
            const e = entries.find((x) => x.name === `${key}_parallel` && x.on);
            const featureDegree = e ? (e.options.degree ?? 1) : undefined;
            const o = origin(['features']);
            const featureAt = e && o ? (e.options.degree === undefined ? [...o, e.index] : [...o, e.index, e.name, 'degree']) : null;
            if (explicit !== undefined) {
                if (featureDegree !== undefined && featureDegree !== explicit) {
                    this.errors.push((0,source/* errorAt */.Os)(src, featureAt ?? at, `feature '${key}_parallel' has degree ${featureDegree} but parallelism.${key} is ${explicit}; make them agree or drop one`));
                }
                return { value: explicit, where: origin(['parallelism', key]) };
            }
            if (featureDegree !== undefined)
                return { value: featureDegree, where: featureAt };
            return { value: 1, where: null };
        };
        const tensor = degree('tensor');
        const pipeline = degree('pipeline');
        const expert = degree('expert');
        this.checkBounds(src, at, fields, origin, { tensor, pipeline, expert }, entries);
        if (this.errors.length > before)
            return null;
        if (model?.ok)
            this.checkLayout(src, at, model.model, model.label, { tensor, pipeline, expert });
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
            parallelism: { tensor: tensor.value, pipeline: pipeline.value, expert: expert.value },
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
        return { config, modelSource: model.source, hardwareSource: hardware.source };
    }
    /** Bounds of src/limits.ts ({@link scenarioBoundIssues}), each reported where its value is written. */
    checkBounds(src, at, fields, origin, degrees, entries) {
        const o = origin(['features']);
        const values = { tensor: degrees.tensor.value, pipeline: degrees.pipeline.value, expert: degrees.expert.value };
        for (const issue of scenarioBoundIssues(fields, values, entries, this.limits)) {
            const where = issue.at.kind === 'degree'
                ? degrees[issue.at.name].where
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
    /** The parallel layout against the model (src/core/errors.ts parallelLayoutProblems: the words genz simulate uses too). */
    checkLayout(src, at, model, label, degrees) {
        const par = { tensor: degrees.tensor.value, pipeline: degrees.pipeline.value, expert: degrees.expert.value };
        for (const p of (0,errors/* parallelLayoutProblems */.SA)((0,errors/* layoutFacts */.oA)(label, model), par)) {
            const key = p.field === 'parallelism.tensor' ? 'tensor' : p.field === 'parallelism.expert' ? 'expert' : 'pipeline';
            this.errors.push((0,source/* errorAt */.Os)(src, degrees[key].where ?? at, p.message));
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
function scenarioBoundIssues(fields, degrees, entries, limits) {
    const L = limits;
    const out = [];
    const report = (at, message, key) => {
        if (message)
            out.push({ at, message: `${message}; ${(0,src_limits/* limitHint */.p0)(key)}` });
    };
    // Every number anywhere in the scenario must be finite (YAML's .inf and .nan parse to numbers).
    const stack = [[fields, []]];
    while (stack.length > 0) {
        const [v, keys] = stack.pop();
        if (typeof v === 'number' && !Number.isFinite(v)) {
            out.push({ at: { kind: 'field', keys }, message: `${keys.join('.') || 'value'} must be a finite number, got ${v}` });
        }
        else if (v !== null && typeof v === 'object' && keys.length < L.nesting_depth) {
            for (const [k, child] of Object.entries(v))
                stack.push([child, [...keys, k]]);
        }
    }
    const workload = load_isObj(fields.workload) ? fields.workload : {};
    const num = (x) => (typeof x === 'number' ? x : null);
    const input = num(workload.input_tokens) ?? SCENARIO_DEFAULTS.workload.input_tokens;
    const output = num(workload.output_tokens) ?? SCENARIO_DEFAULTS.workload.output_tokens;
    for (const [k, v] of [
        ['input_tokens', input],
        ['output_tokens', output],
    ]) {
        report({ kind: 'field', keys: ['workload', k] }, (0,src_limits/* checkLimit */.ab)('tokens_per_request', v, L, `workload.${k}`), 'tokens_per_request');
    }
    if (input <= L.tokens_per_request && output <= L.tokens_per_request) {
        report({
            kind: 'field',
            keys: ['workload', 'output_tokens'],
            alternatives: [
                ['workload', 'output_tokens'],
                ['workload', 'input_tokens'],
            ],
        }, (0,src_limits/* checkLimit */.ab)('tokens_per_request', input + output, L, 'workload.input_tokens + output_tokens'), 'tokens_per_request');
    }
    const batch = num(workload.batch);
    if (batch !== null)
        report({ kind: 'field', keys: ['workload', 'batch'] }, (0,src_limits/* checkLimit */.ab)('batch', batch, L, 'workload.batch'), 'batch');
    const beam = num(workload.beam);
    if (beam !== null)
        report({ kind: 'field', keys: ['workload', 'beam'] }, (0,src_limits/* checkLimit */.ab)('beam', beam, L, 'workload.beam'), 'beam');
    let devices = 1;
    for (const name of ['tensor', 'pipeline', 'expert']) {
        report({ kind: 'degree', name }, (0,src_limits/* checkLimit */.ab)('parallel_degree', degrees[name], L, `parallelism.${name}`), 'parallel_degree');
        devices *= degrees[name];
    }
    if (Object.values(degrees).every((d) => d <= L.parallel_degree)) {
        report({ kind: 'field', keys: ['parallelism'] }, (0,src_limits/* checkLimit */.ab)('parallel_degree', devices, L, 'tensor × pipeline × expert parallel'), 'parallel_degree');
    }
    // Feature options: drafted tokens, draft parallel degrees, chunk sizes.
    for (const e of entries) {
        for (const [k, v] of Object.entries(e.options)) {
            const at = { kind: 'feature', index: e.index, name: e.name, option: k };
            if (typeof v === 'number') {
                if (k === 'parallel_tokens')
                    report(at, (0,src_limits/* checkLimit */.ab)('speculative_tokens', v, L, `${e.name}.${k}`), 'speculative_tokens');
                else if (k === 'degree' || k.endsWith('_parallel'))
                    report(at, (0,src_limits/* checkLimit */.ab)('parallel_degree', v, L, `${e.name}.${k}`), 'parallel_degree');
                else if (k.endsWith('tokens') || k.endsWith('_size') || k.endsWith('_len'))
                    report(at, (0,src_limits/* checkLimit */.ab)('tokens_per_request', v, L, `${e.name}.${k}`), 'tokens_per_request');
            }
            else if (Array.isArray(v)) {
                // e.g. chunked prefill_kv_sizes: [[past, new], …]
                const flat = v.flat(2).filter((x) => typeof x === 'number');
                const over = flat.find((x) => !Number.isFinite(x) || x > L.tokens_per_request);
                if (over !== undefined)
                    report(at, (0,src_limits/* checkLimit */.ab)('tokens_per_request', over, L, `${e.name}.${k}`), 'tokens_per_request');
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
/** The text of validators.generated.js: an ES module exporting one validator per schema and their hashes. */
function precompiledSource(ajv, schemas) {
    const opts = ajv.opts;
    opts.code.source = true;
    opts.code.esm = true;
    const refs = {};
    for (const [name, schema] of Object.entries(schemas)) {
        ajv.addSchema(schema);
        refs[name] = String(schema.$id);
    }
    // Loaded here only (write-schemas.ts): the bundle never generates code (see ./ajv.ts).
    const standalone = createRequire(import.meta.url)('ajv/dist/standalone/index.js');
    let code = standalone.default(ajv, refs);
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
    const hashes = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, schemaHash(schema)]));
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
/* harmony import */ var _schema_defs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1166);
/* harmony import */ var _hf_config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3613);
/* harmony import */ var _hub_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7605);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(351);
/* harmony import */ var _safe_fs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1168);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1230);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9041);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(740);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7871);
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

/***/ 1166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _C: () => (/* binding */ HARDWARE_DEFAULTS),
  pw: () => (/* binding */ ID_PATTERN),
  A6: () => (/* binding */ buildConfigSchema),
  SC: () => (/* binding */ buildHardwareSchema),
  X7: () => (/* binding */ buildManifestSchema),
  FB: () => (/* binding */ buildModelSchema),
  V9: () => (/* binding */ optionSchema),
  se: () => (/* binding */ requiredOptions)
});

// UNUSED EXPORTS: HARDWARE_FIELDS, MANIFEST_PRECISIONS, MODEL_FILE_KEYS, SCHEMA_FILES, SCHEMA_IDS, matrixValueSchemas

// EXTERNAL MODULE: ./src/calibration/names.ts
var names = __webpack_require__(9512);
// EXTERNAL MODULE: ./src/core/model.ts + 1 modules
var model = __webpack_require__(8246);
// EXTERNAL MODULE: ./src/core/precision.ts
var precision = __webpack_require__(683);
// EXTERNAL MODULE: ./src/core/system.ts
var system = __webpack_require__(406);
// EXTERNAL MODULE: ./src/metrics/definitions.ts
var definitions = __webpack_require__(6511);
// EXTERNAL MODULE: ./src/simulation/features.ts
var features = __webpack_require__(8496);
;// CONCATENATED MODULE: ./src/manifests/types.ts
/** Numeric SLO budgets: latency-like metrics are maxima, throughput-like ones minima. */
const SLO_METRICS = [
    'ttft_ms',
    'tpot_ms',
    'tpot_peak_ms',
    'e2e_ms',
    'prefill_throughput_tps',
    'decode_throughput_tps',
    'total_throughput_tps',
];
const FAIL_ON_VALUES = ['mismatch', 'regression', 'slo', 'never'];

// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
;// CONCATENATED MODULE: ./src/manifests/schema-defs.ts
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
const MANIFEST_PRECISIONS = [...precision/* PRECISIONS */.st, 'fp16'];
const MATRIX_ID_DOC = 'Scenario ids of a matrix: `<id>` followed, for every matrix key in the order written, by `.<name>-<value>`, where ' +
    '<name> is the last part of the dotted key (parallelism.tensor → tensor) and <value> the value with every run of ' +
    "characters other than letters, digits, '.', '_' and '-' replaced by '-' (lists: items joined by '-', [] → none; " +
    "mappings: key-value pairs joined by '-'). Example: llama8b-sweep with {parallelism.tensor: [1, 2], workload.batch: [1, 8]} gives " +
    'llama8b-sweep.tensor-1.batch-1, llama8b-sweep.tensor-1.batch-8, llama8b-sweep.tensor-2.batch-1, llama8b-sweep.tensor-2.batch-8 (in this order: ' +
    'the last key varies fastest).';
const schema_defs_int = (description, min = 1, extra = {}) => ({ type: 'integer', minimum: min, description, ...extra });
function modelRef(description) {
    return { type: 'string', minLength: 1, description, examples: [...model/* MODEL_NAMES */.BQ] };
}
function hardwareRef(description) {
    return { type: 'string', minLength: 1, description, examples: [...system/* PRESET_NAMES */.dO] };
}
const MODEL_DOC = 'The model: a catalog name (case-insensitive, aliases accepted, e.g. meta-llama/Llama-3.1-8B); else a path, relative to the ' +
    'project root, to a model file in the repository (a Hugging Face config.json, or a YAML/JSON file of GenZ ModelConfig fields, ' +
    'see model.schema.json); else the name, without extension, of a .yaml/.yml/.json file in the models folder. Catalog names win.';
const HARDWARE_DOC = 'The hardware: a preset name (case-sensitive: ' +
    system/* PRESET_NAMES */.dO.join(', ') +
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
    for (const f of features/* FEATURES */.Gv) {
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
    const bare = features/* FEATURES */.Gv.filter((f) => requiredOptions(f).length === 0).map((f) => f.name);
    return {
        type: 'array',
        description: 'Features, each a name or {name: options} (true/null: on with defaults; false: off). Names: ' +
            features/* FEATURES */.Gv.map((f) => f.name).join(', ') +
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
    for (const key of SLO_METRICS) {
        const m = definitions/* METRICS */.Cb.find((d) => d.key === key);
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
                tensor: schema_defs_int('Tensor-parallel degree. Default 1.'),
                pipeline: schema_defs_int('Pipeline-parallel degree. Default 1.'),
                expert: schema_defs_int('Expert-parallel degree (MoE models; must divide the number of experts). Default 1.'),
            },
        },
        workload: {
            type: 'object',
            additionalProperties: false,
            description: 'The request.',
            properties: {
                batch: schema_defs_int('Concurrent sequences. Default 1.'),
                input_tokens: schema_defs_int('Prompt tokens per sequence (>= 1). Default 1024.'),
                output_tokens: schema_defs_int('Generated tokens per sequence (>= 1; the first comes from prefill). Default 256.'),
                beam: schema_defs_int('Beam size. Default 1.'),
            },
        },
        features: { $ref: '#/definitions/features' },
        engine: {
            type: 'string',
            enum: [...names/* ENGINES */.ug],
            description: 'Serving engine: selects the calibration profile (hardware × engine × precision). generic: the generic profile. Default generic.',
        },
        calibration: {
            type: 'string',
            minLength: 1,
            description: "builtin (the profiles shipped with genz-action), none (the raw roofline), or a profile file written by genz calibrate, relative to the project root. Default: the project config's calibration, else builtin.",
        },
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
                            maxLength: limits/* ARTIFACT_FIELD_LIMITS */.Vi.name,
                            description: "Stable id, unique across all manifests of a run: letters, digits, '.', '_', '-', starting with a letter or digit. Baselines are keyed by it.",
                        },
                        description: { type: 'string', maxLength: limits/* ARTIFACT_FIELD_LIMITS */.Vi.text, description: 'Short human description, shown in reports.' },
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
    vocab_size: schema_defs_int('Vocabulary size V. Default 32000.', 1),
    hidden_size: schema_defs_int('Hidden size D. Required.'),
    intermediate_size: schema_defs_int('FFN width Df. Default 11008.', 0),
    num_ffi: schema_defs_int('FFN up-projection multiplier: 2 for gated (SwiGLU-style) FFNs, 1 otherwise, 0 for none. Default 1.', 0),
    num_decoder_layers: schema_defs_int('Decoder layers. Required.'),
    num_attention_heads: schema_defs_int('Attention (query) heads H. Required.'),
    num_key_value_heads: schema_defs_int('Key/value heads Hkv (GQA/MQA); H must be a multiple. Default H.'),
    head_dim: schema_defs_int('Head dimension. Default floor(D / H).'),
    num_experts: schema_defs_int('Experts (MoE when > 1). Default 1.'),
    expert_top_k: schema_defs_int('Experts per token. Default 1.'),
    moe_intermediate_size: schema_defs_int('Expert FFN width (deepseek FFN). Default intermediate_size.', 0),
    n_shared_experts: schema_defs_int('Shared experts (deepseek FFN). Default 0.', 0),
    shared_expert_intermediate_size: schema_defs_int('Shared expert FFN width (deepseek FFN). Default intermediate_size.', 0),
    ffn_implementation: { type: 'string', enum: ['default', 'deepseek'], description: 'FFN builder: default or deepseek (shared experts). Default default.' },
    mamba_d_state: schema_defs_int('Mamba state size S; set for Mamba models.'),
    mamba_d_conv: schema_defs_int('Mamba convolution kernel size.'),
    mamba_expand: schema_defs_int('Mamba expansion factor. Default 1.'),
    mamba_dt_rank: { anyOf: [{ type: 'integer', minimum: 1 }, { const: 'auto' }], description: 'Mamba Δ rank; auto = ceil(D / 16). Default auto.' },
    mamba_layer_period: schema_defs_int('Every n-th layer is Mamba (hybrids). Default 1.'),
    expert_layer_period: schema_defs_int('Every n-th layer is MoE (hybrids). Default 1.'),
    expert_layer_offset: schema_defs_int('Offset of the MoE layers. Default 0.', 0),
    attn_layer_period: schema_defs_int('Attention layer period (hybrids). Default 1.'),
    attn_layer_offset: schema_defs_int('Attention layer offset (hybrids). Default 0.', 0),
    q_lora_rank: {
        anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }],
        description: 'MLA query low-rank (corrected model; docs/model.md). null: no query compression.',
    },
    kv_lora_rank: schema_defs_int('MLA latent rank; makes attention MLA (corrected model).'),
    qk_nope_head_dim: schema_defs_int('MLA per-head key width without RoPE.'),
    qk_rope_head_dim: schema_defs_int('MLA RoPE key width, shared by the heads.'),
    v_head_dim: schema_defs_int('MLA per-head value width.'),
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
    weight_precision: { type: 'string', enum: [...precision/* PRECISIONS */.st], description: 'Precision the weights are stored at (a scenario may override it).' },
    expert_weight_precision: { type: 'string', enum: [...precision/* PRECISIONS */.st], description: "Precision of the routed experts' weights." },
    hidden_act: { type: 'string', description: 'Activation (informational).' },
    max_model_len: schema_defs_int('Maximum context (informational).'),
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
        properties: Object.fromEntries(definitions/* METRICS */.Cb.filter((m) => m.kind === 'number').map((m) => [m.key, { $ref: '#/definitions/tolerance', description: `${m.label} (${m.unit}).` }])),
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
                enum: [...FAIL_ON_VALUES],
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
        properties: Object.fromEntries(limits/* LIMIT_KEYS */.n5.map((k) => [
            k,
            {
                type: 'integer',
                minimum: 1,
                maximum: limits/* MAX_LIMIT */.tq,
                description: `Most ${limits/* LIMIT_DESCRIPTIONS */.o0[k]}. Default ${limits/* DEFAULT_LIMITS */.dR[k]}.`,
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

/***/ 7871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pG: () => (/* binding */ expectation),
  d0: () => (/* binding */ schemaErrors)
});

// UNUSED EXPORTS: newAjv, validator

// EXTERNAL MODULE: ./src/manifests/ajv.ts
var ajv = __webpack_require__(9269);
// EXTERNAL MODULE: ./src/manifests/errors.ts
var errors = __webpack_require__(4711);
// EXTERNAL MODULE: ./src/manifests/precompiled.ts
var precompiled = __webpack_require__(9656);
// EXTERNAL MODULE: ./src/manifests/schema-defs.ts + 1 modules
var schema_defs = __webpack_require__(1166);
// EXTERNAL MODULE: ./src/manifests/source.ts
var source = __webpack_require__(9041);
// EXTERNAL MODULE: ./src/manifests/suggest.ts
var suggest = __webpack_require__(740);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/manifests/validators.generated.js
// Generated by src/manifests/write-schemas.ts from schema-defs.ts: do not edit. Regenerate with
// `npx tsx src/manifests/write-schemas.ts` (the schema test fails while it is stale).
/* eslint-disable */

const SCHEMA_HASHES = {"manifest":"912f6627ec3b51dbfe94fd647583f44c932fa435641b8afe93b9bba58e500b75","hardware":"dcf591fa5037a3140b46d7c0d607bf7d04623cc67f06070d3a4da106c6b8fd47","model":"4f902618ebe6bad97a564159716b954bef1b8733638fd52423aea7357dec6fa7","config":"f3fe421a038147a05edf19afcf832bbffc8c77fb506ad059c786cbae357415e2"};
const manifest = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:genz-action:schema:manifest:1","title":"genz-action scenario manifest","description":"Inference scenarios that genz-action simulates and compares with the committed baselines.","type":"object","additionalProperties":false,"required":["version","scenarios"],"properties":{"$schema":{"type":"string","description":"Schema reference for editors; ignored."},"version":{"const":1,"description":"Manifest format version: 1."},"defaults":{"type":"object","additionalProperties":false,"properties":{"model":{"$ref":"#/definitions/model"},"hardware":{"$ref":"#/definitions/hardware"},"precision":{"anyOf":[{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"One precision for weights, activations, KV cache and collectives."},{"type":"object","additionalProperties":false,"description":"Per-tensor precision (fidelity corrected). A class left out takes bits; weights first take what the model states (quantization_config).","properties":{"bits":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Every class not named here. Default bf16."},"weights":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Weights (default: what the model states, else bits)."},"expert_weights":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Routed-expert weights (default: what the model states, else weights)."},"activations":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Activations: the precision matrix products run at where the hardware has it natively."},"kv_cache":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"KV cache (and Mamba state)."}}}],"description":"Precision of weights, activations, KV cache and collectives (one for all, or per tensor); fp16 is read as bf16. Default bf16."},"fidelity":{"type":"string","enum":["corrected","genz"],"description":"corrected (default): the model of docs/model.md; genz: GenZ exactly (its blind spots included). Default: the project config's fidelity, else corrected."},"efficiency":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"GenZ's system_eff: compute and memory efficiency, 0 < e <= 1. Default 1."},"parallelism":{"type":"object","additionalProperties":false,"description":"Parallel layout. Tensor × expert must divide the attention heads.","properties":{"tensor":{"type":"integer","minimum":1,"description":"Tensor-parallel degree. Default 1."},"pipeline":{"type":"integer","minimum":1,"description":"Pipeline-parallel degree. Default 1."},"expert":{"type":"integer","minimum":1,"description":"Expert-parallel degree (MoE models; must divide the number of experts). Default 1."}}},"workload":{"type":"object","additionalProperties":false,"description":"The request.","properties":{"batch":{"type":"integer","minimum":1,"description":"Concurrent sequences. Default 1."},"input_tokens":{"type":"integer","minimum":1,"description":"Prompt tokens per sequence (>= 1). Default 1024."},"output_tokens":{"type":"integer","minimum":1,"description":"Generated tokens per sequence (>= 1; the first comes from prefill). Default 256."},"beam":{"type":"integer","minimum":1,"description":"Beam size. Default 1."}}},"features":{"$ref":"#/definitions/features"},"engine":{"type":"string","enum":["vllm","trtllm","sglang","generic"],"description":"Serving engine: selects the calibration profile (hardware × engine × precision). generic: the generic profile. Default generic."},"calibration":{"type":"string","minLength":1,"description":"builtin (the profiles shipped with genz-action), none (the raw roofline), or a profile file written by genz calibrate, relative to the project root. Default: the project config's calibration, else builtin."},"slo":{"type":["object","null"],"additionalProperties":false,"properties":{"ttft_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum TTFT (ms). Time to first token: prefill latency of the whole batch (prefill emits the first token)."},"tpot_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum TPOT (ms). Time per output token: mean of the o − 1 decode steps after the first token, every step computed; null when o = 1."},"tpot_peak_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum TPOT peak (ms). GenZ's own decode step at the full context (output_tokens = o): an upper bound of TPOT."},"e2e_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum E2E latency (ms). End-to-end request latency: TTFT + (o − 1) × TPOT."},"prefill_throughput_tps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Prefill throughput (tokens/s). Prompt tokens processed per second: input_tokens × batch / TTFT."},"decode_throughput_tps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Decode throughput (tokens/s). Generated tokens per second during decode: batch / TPOT."},"total_throughput_tps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Total throughput (tokens/s). All tokens of the request per second: (input + output tokens) × batch / E2E."},"must_fit":{"type":"boolean","description":"The model must fit in device memory (no offload)."}},"description":"SLO budgets, checked independently of baselines: latencies are maxima, throughputs minima. null: no budgets."}},"description":"Values for every scenario of this file (any scenario field except id, description and matrix). Merged deeply; the scenario wins; lists are replaced, not merged."},"scenarios":{"type":"array","minItems":1,"description":"The scenarios.","items":{"type":"object","additionalProperties":false,"required":["id"],"description":"One scenario (or a sweep, with matrix).","properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","maxLength":4096,"description":"Stable id, unique across all manifests of a run: letters, digits, '.', '_', '-', starting with a letter or digit. Baselines are keyed by it."},"description":{"type":"string","maxLength":100000,"description":"Short human description, shown in reports."},"model":{"$ref":"#/definitions/model"},"hardware":{"$ref":"#/definitions/hardware"},"precision":{"anyOf":[{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"One precision for weights, activations, KV cache and collectives."},{"type":"object","additionalProperties":false,"description":"Per-tensor precision (fidelity corrected). A class left out takes bits; weights first take what the model states (quantization_config).","properties":{"bits":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Every class not named here. Default bf16."},"weights":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Weights (default: what the model states, else bits)."},"expert_weights":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Routed-expert weights (default: what the model states, else weights)."},"activations":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Activations: the precision matrix products run at where the hardware has it natively."},"kv_cache":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"KV cache (and Mamba state)."}}}],"description":"Precision of weights, activations, KV cache and collectives (one for all, or per tensor); fp16 is read as bf16. Default bf16."},"fidelity":{"type":"string","enum":["corrected","genz"],"description":"corrected (default): the model of docs/model.md; genz: GenZ exactly (its blind spots included). Default: the project config's fidelity, else corrected."},"efficiency":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"GenZ's system_eff: compute and memory efficiency, 0 < e <= 1. Default 1."},"parallelism":{"type":"object","additionalProperties":false,"description":"Parallel layout. Tensor × expert must divide the attention heads.","properties":{"tensor":{"type":"integer","minimum":1,"description":"Tensor-parallel degree. Default 1."},"pipeline":{"type":"integer","minimum":1,"description":"Pipeline-parallel degree. Default 1."},"expert":{"type":"integer","minimum":1,"description":"Expert-parallel degree (MoE models; must divide the number of experts). Default 1."}}},"workload":{"type":"object","additionalProperties":false,"description":"The request.","properties":{"batch":{"type":"integer","minimum":1,"description":"Concurrent sequences. Default 1."},"input_tokens":{"type":"integer","minimum":1,"description":"Prompt tokens per sequence (>= 1). Default 1024."},"output_tokens":{"type":"integer","minimum":1,"description":"Generated tokens per sequence (>= 1; the first comes from prefill). Default 256."},"beam":{"type":"integer","minimum":1,"description":"Beam size. Default 1."}}},"features":{"$ref":"#/definitions/features"},"engine":{"type":"string","enum":["vllm","trtllm","sglang","generic"],"description":"Serving engine: selects the calibration profile (hardware × engine × precision). generic: the generic profile. Default generic."},"calibration":{"type":"string","minLength":1,"description":"builtin (the profiles shipped with genz-action), none (the raw roofline), or a profile file written by genz calibrate, relative to the project root. Default: the project config's calibration, else builtin."},"slo":{"type":["object","null"],"additionalProperties":false,"properties":{"ttft_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum TTFT (ms). Time to first token: prefill latency of the whole batch (prefill emits the first token)."},"tpot_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum TPOT (ms). Time per output token: mean of the o − 1 decode steps after the first token, every step computed; null when o = 1."},"tpot_peak_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum TPOT peak (ms). GenZ's own decode step at the full context (output_tokens = o): an upper bound of TPOT."},"e2e_ms":{"type":"number","exclusiveMinimum":0,"description":"Maximum E2E latency (ms). End-to-end request latency: TTFT + (o − 1) × TPOT."},"prefill_throughput_tps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Prefill throughput (tokens/s). Prompt tokens processed per second: input_tokens × batch / TTFT."},"decode_throughput_tps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Decode throughput (tokens/s). Generated tokens per second during decode: batch / TPOT."},"total_throughput_tps":{"type":"number","exclusiveMinimum":0,"description":"Minimum Total throughput (tokens/s). All tokens of the request per second: (input + output tokens) × batch / E2E."},"must_fit":{"type":"boolean","description":"The model must fit in device memory (no offload)."}},"description":"SLO budgets, checked independently of baselines: latencies are maxima, throughputs minima. null: no budgets."},"matrix":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"model":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/model"},"description":"Values of model, in order."},"hardware":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/hardware"},"description":"Values of hardware, in order."},"precision":{"type":"array","minItems":1,"items":{"anyOf":[{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"One precision for weights, activations, KV cache and collectives."},{"type":"object","additionalProperties":false,"description":"Per-tensor precision (fidelity corrected). A class left out takes bits; weights first take what the model states (quantization_config).","properties":{"bits":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Every class not named here. Default bf16."},"weights":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Weights (default: what the model states, else bits)."},"expert_weights":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Routed-expert weights (default: what the model states, else weights)."},"activations":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"Activations: the precision matrix products run at where the hardware has it natively."},"kv_cache":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2","fp16"],"description":"KV cache (and Mamba state)."}}}],"description":"Precision of weights, activations, KV cache and collectives (one for all, or per tensor); fp16 is read as bf16. Default bf16."},"description":"Values of precision, in order."},"fidelity":{"type":"array","minItems":1,"items":{"type":"string","enum":["corrected","genz"],"description":"corrected (default): the model of docs/model.md; genz: GenZ exactly (its blind spots included). Default: the project config's fidelity, else corrected."},"description":"Values of fidelity, in order."},"efficiency":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"GenZ's system_eff: compute and memory efficiency, 0 < e <= 1. Default 1."},"description":"Values of efficiency, in order."},"parallelism.tensor":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"description":"Tensor-parallel degree. Default 1."},"description":"Values of parallelism.tensor, in order."},"parallelism.pipeline":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"description":"Pipeline-parallel degree. Default 1."},"description":"Values of parallelism.pipeline, in order."},"parallelism.expert":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"description":"Expert-parallel degree (MoE models; must divide the number of experts). Default 1."},"description":"Values of parallelism.expert, in order."},"workload.batch":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"description":"Concurrent sequences. Default 1."},"description":"Values of workload.batch, in order."},"workload.input_tokens":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"description":"Prompt tokens per sequence (>= 1). Default 1024."},"description":"Values of workload.input_tokens, in order."},"workload.output_tokens":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"description":"Generated tokens per sequence (>= 1; the first comes from prefill). Default 256."},"description":"Values of workload.output_tokens, in order."},"workload.beam":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"description":"Beam size. Default 1."},"description":"Values of workload.beam, in order."},"features":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/features"},"description":"Values of features, in order."},"engine":{"type":"array","minItems":1,"items":{"type":"string","enum":["vllm","trtllm","sglang","generic"],"description":"Serving engine: selects the calibration profile (hardware × engine × precision). generic: the generic profile. Default generic."},"description":"Values of engine, in order."},"calibration":{"type":"array","minItems":1,"items":{"type":"string","minLength":1,"description":"builtin (the profiles shipped with genz-action), none (the raw roofline), or a profile file written by genz calibrate, relative to the project root. Default: the project config's calibration, else builtin."},"description":"Values of calibration, in order."},"slo.ttft_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum TTFT (ms). Time to first token: prefill latency of the whole batch (prefill emits the first token)."},"description":"Values of slo.ttft_ms, in order."},"slo.tpot_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum TPOT (ms). Time per output token: mean of the o − 1 decode steps after the first token, every step computed; null when o = 1."},"description":"Values of slo.tpot_ms, in order."},"slo.tpot_peak_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum TPOT peak (ms). GenZ's own decode step at the full context (output_tokens = o): an upper bound of TPOT."},"description":"Values of slo.tpot_peak_ms, in order."},"slo.e2e_ms":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Maximum E2E latency (ms). End-to-end request latency: TTFT + (o − 1) × TPOT."},"description":"Values of slo.e2e_ms, in order."},"slo.prefill_throughput_tps":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Minimum Prefill throughput (tokens/s). Prompt tokens processed per second: input_tokens × batch / TTFT."},"description":"Values of slo.prefill_throughput_tps, in order."},"slo.decode_throughput_tps":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Minimum Decode throughput (tokens/s). Generated tokens per second during decode: batch / TPOT."},"description":"Values of slo.decode_throughput_tps, in order."},"slo.total_throughput_tps":{"type":"array","minItems":1,"items":{"type":"number","exclusiveMinimum":0,"description":"Minimum Total throughput (tokens/s). All tokens of the request per second: (input + output tokens) × batch / E2E."},"description":"Values of slo.total_throughput_tps, in order."},"slo.must_fit":{"type":"array","minItems":1,"items":{"type":"boolean","description":"The model must fit in device memory (no offload)."},"description":"Values of slo.must_fit, in order."}},"description":"A sweep: one scenario per combination of the listed values (dotted paths into the scenario fields). Scenario ids of a matrix: `<id>` followed, for every matrix key in the order written, by `.<name>-<value>`, where <name> is the last part of the dotted key (parallelism.tensor → tensor) and <value> the value with every run of characters other than letters, digits, '.', '_' and '-' replaced by '-' (lists: items joined by '-', [] → none; mappings: key-value pairs joined by '-'). Example: llama8b-sweep with {parallelism.tensor: [1, 2], workload.batch: [1, 8]} gives llama8b-sweep.tensor-1.batch-1, llama8b-sweep.tensor-1.batch-8, llama8b-sweep.tensor-2.batch-1, llama8b-sweep.tensor-2.batch-8 (in this order: the last key varies fastest). A key may not also be set by the scenario itself; it overrides defaults."}}}}},"definitions":{"model":{"type":"string","minLength":1,"description":"The model: a catalog name (case-insensitive, aliases accepted, e.g. meta-llama/Llama-3.1-8B); else a path, relative to the project root, to a model file in the repository (a Hugging Face config.json, or a YAML/JSON file of GenZ ModelConfig fields, see model.schema.json); else the name, without extension, of a .yaml/.yml/.json file in the models folder. Catalog names win.","examples":["ai21labs/AI21-Jamba-1.5-Large","ai21labs/AI21-Jamba-1.5-Mini","ai21labs/Jamba-v0.1","databricks/dbrx-base","deepseek-ai/deepseek-moe-16b-base","deepseek-ai/DeepSeek-V3-Base","facebook/OPT-1.3b","facebook/opt-125M","facebook/OPT-13B","facebook/opt-30B","facebook/OPT-350M","facebook/opt-6.7b","facebook/opt-66B","google/gemma-2-27B","google/gemma-2-2B","google/gemma-2-9B","google/gemma-2B","google/gemma-3-12B","google/gemma-3-1B","google/gemma-3-27B","google/gemma-3-4B","google/gemma-7B","google/palm","HuggingFaceH4/zephyr-7b-beta","Hypothetical/SuperLLM-10T-MoE","Hypothetical/SuperLLM-5T-Dense","intfloat/e5-mistral-7b-instruct","intfloat/multilingual-e5-base-instruct","intfloat/multilingual-e5-large-instruct","intfloat/multilingual-e5-small-instruct","meta-llama/Llama-2-13B","meta-llama/Llama-2-70B","meta-llama/Llama-2-7B","meta-llama/Llama-3.1-405B","meta-llama/Llama-3.1-70B","meta-llama/Llama-3.1-8B","meta-llama/Llama-3.2-1B","meta-llama/Llama-3.2-3B","meta-llama/Llama-33B","meta-llama/Llama-4-Maverick-17B-128E","meta-llama/Llama-4-Scout-17B-16E","microsoft/Phi-3-medium","microsoft/Phi-3-mini","microsoft/Phi-3-small","microsoft/Phi-3.5-MoE","mistralai/Ministral-8B-Instruct-2410","mistralai/Mistral-7B","mistralai/Mistral-Large","mistralai/Mistral-NeMo-12B-Instruct","mistralai/Mistral-Small","mistralai/Mixtral-8x22B","mistralai/Mixtral-8x7B","nvidia/Mistral-NeMo-Minitron-8B-Base","nvidia/Nemotron-4-15B","nvidia/Nemotron-4-340B-Instruct","openai/GPT-4","openai/gpt2","openai/GPT3-175B","Qwen/Qwen-14B","Qwen/Qwen-1_8B","Qwen/Qwen-72B","Qwen/Qwen-7B","Qwen/Qwen1.5-0.5B","Qwen/Qwen1.5-1.8B","Qwen/Qwen1.5-110B","Qwen/Qwen1.5-14B","Qwen/Qwen1.5-32B","Qwen/Qwen1.5-4B","Qwen/Qwen1.5-72B","Qwen/Qwen1.5-7B","Qwen/Qwen1.5-MoE-A2.7B","Qwen/Qwen2-0.5B","Qwen/Qwen2.5-1.5B","Qwen/Qwen2.5-14B","Qwen/Qwen2.5-32B","Qwen/Qwen2.5-3B","Qwen/Qwen2.5-72B","Qwen/Qwen2.5-7B","Qwen/Qwen3-14B","Qwen/Qwen3-32B","Qwen/Qwen3-4B","Qwen/Qwen3-8B","state-spaces/mamba-130m-hf","state-spaces/mamba-2.8b-hf","THUDM/glm-4-9b-chat","tiiuae/falcon-7b-instruct","tiiuae/falcon-mamba-7b","xai-org/grok-1","deepseek-ai/DeepSeek-V3","deepseek-ai/DeepSeek-R1","moonshotai/Kimi-K2-Instruct","Qwen/Qwen3-30B-A3B","Qwen/Qwen3-235B-A22B","openai/gpt-oss-120b","openai/gpt-oss-20b","meta-llama/Llama-4-Scout-17B-16E-Instruct","meta-llama/Llama-4-Maverick-17B-128E-Instruct","google/gemma-3-27b-it","google/gemma-3-12b-it","google/gemma-3-4b-it","mistralai/Mistral-Small-24B-Instruct-2501","microsoft/phi-4"]},"hardware":{"type":"string","minLength":1,"description":"The hardware: a preset name (case-sensitive: A100_40GB_GPU, A100_80GB_GPU, H100_GPU, GH200_GPU, B100, GB200, TPUv6, TPUv5e, TPUv5p, TPUv4, MI300X, MI325X, Gaudi3, H200_GPU, H100_PCIe_GPU, A100_80GB_PCIe_GPU, B200_GPU, B300_GPU, GB300, L40S_GPU, RTX_PRO_6000_GPU, MI355X, TPUv7, Trainium2); else a path, relative to the project root, to a hardware file in the repository (see hardware.schema.json); else the name, without extension, of a .yaml/.yml/.json file in the hardware folder.","examples":["A100_40GB_GPU","A100_80GB_GPU","H100_GPU","GH200_GPU","B100","GB200","TPUv6","TPUv5e","TPUv5p","TPUv4","MI300X","MI325X","Gaudi3","H200_GPU","H100_PCIe_GPU","A100_80GB_PCIe_GPU","B200_GPU","B300_GPU","GB300","L40S_GPU","RTX_PRO_6000_GPU","MI355X","TPUv7","Trainium2"]},"features":{"type":"array","description":"Features, each a name or {name: options} (true/null: on with defaults; false: off). Names: prefill, decode, chunked, tensor_parallel, pipeline_parallel, expert_parallel, lora, flash_attention, memory_offload, speculative_decode. Options are checked here; combinations (incompatible features, a missing mode) are checked by the simulation engine.","items":{"anyOf":[{"type":"string","enum":["prefill","decode","chunked","tensor_parallel","pipeline_parallel","expert_parallel","lora","flash_attention","memory_offload"],"description":"A feature with its default options."},{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"prefill":{"description":"Simulate only the prefill pass (TTFT); no decode. (mode)","anyOf":[{"type":"object","additionalProperties":false,"properties":{}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"decode":{"description":"Simulate only decode: every step of the generation (TPOT), no prefill. (mode)","anyOf":[{"type":"object","additionalProperties":false,"properties":{}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"chunked":{"description":"Chunked prefill: one iteration over a mix of prefill pieces and decode requests. (mode)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"prefill_kv_sizes":{"type":"array","items":{"anyOf":[{"type":"integer","minimum":0},{"type":"array","items":{"type":"integer","minimum":0},"minItems":2,"maxItems":4}]},"description":"Prefill pieces as [past_tokens, new_tokens] pairs.","default":[[1024,511]]},"decode_kv_sizes":{"type":"array","items":{"anyOf":[{"type":"integer","minimum":0},{"type":"array","items":{"type":"integer","minimum":0},"minItems":2,"maxItems":4}]},"description":"Decode entries: a context length, [batches, context] or [prefill_beams, decode_beams, prefill_context, decode_context].","default":[1600,1601,1602]}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"tensor_parallel":{"description":"Shard heads and FFN width over `degree` devices (all-reduce after attention and FFN). (parallelism)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"degree":{"type":"integer","minimum":1,"description":"Tensor-parallel degree (same as parallelism.tensor).","default":1}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"pipeline_parallel":{"description":"Split the layers into `degree` stages; latencies are one micro-batch through all stages. (parallelism)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"degree":{"type":"integer","minimum":1,"description":"Pipeline-parallel degree (same as parallelism.pipeline).","default":1}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"expert_parallel":{"description":"Spread MoE experts over `degree` devices (all-to-all dispatch and collect). (parallelism)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"degree":{"type":"integer","minimum":1,"description":"Expert-parallel degree (same as parallelism.expert); MoE models only.","default":1}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"lora":{"description":"LoRA adapters on the targeted projections: merged (free) or dynamic (two extra GEMMs per target). (optimization)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"rank":{"type":"integer","minimum":1,"description":"Adapter rank r.","default":16},"strategy":{"type":"string","enum":["dynamic","merged"],"description":"merged: folded into the weights; dynamic: unmerged adapters as multi-adapter servers run them.","default":"dynamic"},"targets":{"type":"array","items":{"type":"string","enum":["q","k","v","o","gate","up","down"]},"uniqueItems":true,"description":"Projections that carry an adapter.","default":["q","k","v","o"]},"include_experts":{"type":"boolean","description":"MoE models: also adapt the expert FFNs named in targets (gate, up, down); by default only dense FFNs are.","default":false}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"flash_attention":{"description":"Fused attention (on by default, GenZ parity); off writes and re-reads the score matrix with a softmax pass. (optimization)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","description":"Use the fused attention kernels.","default":true}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"memory_offload":{"description":"Run a model that does not fit by streaming the excess over the host link (GenZ offload). (memory)","anyOf":[{"type":"object","additionalProperties":false,"properties":{}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"speculative_decode":{"description":"Draft tokens with a small model and verify them in one pass of the full model. (optimization)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"draft_model":{"$ref":"#/definitions/model","description":"Draft model: a catalog name or a model file. Resolved like a scenario's model."},"acceptance_rate":{"type":"number","minimum":0,"maximum":1,"description":"Probability that a drafted token is accepted.","default":0.7},"parallel_tokens":{"type":"integer","minimum":2,"description":"Tokens drafted per step (N).","default":4},"draft_hardware":{"$ref":"#/definitions/hardware","description":"Hardware of the draft model; omitted = the main hardware and layout. Resolved like a scenario's hardware."},"draft_tensor_parallel":{"type":"integer","minimum":1,"description":"Tensor-parallel degree of the draft (with draft_hardware)."},"draft_pipeline_parallel":{"type":"integer","minimum":1,"description":"Pipeline-parallel degree of the draft (with draft_hardware)."}},"required":["draft_model"]},{"type":"boolean","description":"false: off; true: on with default options."}]}},"description":"One feature name with its options."}]}}}};const schema12 = {"type":"string","minLength":1,"description":"The model: a catalog name (case-insensitive, aliases accepted, e.g. meta-llama/Llama-3.1-8B); else a path, relative to the project root, to a model file in the repository (a Hugging Face config.json, or a YAML/JSON file of GenZ ModelConfig fields, see model.schema.json); else the name, without extension, of a .yaml/.yml/.json file in the models folder. Catalog names win.","examples":["ai21labs/AI21-Jamba-1.5-Large","ai21labs/AI21-Jamba-1.5-Mini","ai21labs/Jamba-v0.1","databricks/dbrx-base","deepseek-ai/deepseek-moe-16b-base","deepseek-ai/DeepSeek-V3-Base","facebook/OPT-1.3b","facebook/opt-125M","facebook/OPT-13B","facebook/opt-30B","facebook/OPT-350M","facebook/opt-6.7b","facebook/opt-66B","google/gemma-2-27B","google/gemma-2-2B","google/gemma-2-9B","google/gemma-2B","google/gemma-3-12B","google/gemma-3-1B","google/gemma-3-27B","google/gemma-3-4B","google/gemma-7B","google/palm","HuggingFaceH4/zephyr-7b-beta","Hypothetical/SuperLLM-10T-MoE","Hypothetical/SuperLLM-5T-Dense","intfloat/e5-mistral-7b-instruct","intfloat/multilingual-e5-base-instruct","intfloat/multilingual-e5-large-instruct","intfloat/multilingual-e5-small-instruct","meta-llama/Llama-2-13B","meta-llama/Llama-2-70B","meta-llama/Llama-2-7B","meta-llama/Llama-3.1-405B","meta-llama/Llama-3.1-70B","meta-llama/Llama-3.1-8B","meta-llama/Llama-3.2-1B","meta-llama/Llama-3.2-3B","meta-llama/Llama-33B","meta-llama/Llama-4-Maverick-17B-128E","meta-llama/Llama-4-Scout-17B-16E","microsoft/Phi-3-medium","microsoft/Phi-3-mini","microsoft/Phi-3-small","microsoft/Phi-3.5-MoE","mistralai/Ministral-8B-Instruct-2410","mistralai/Mistral-7B","mistralai/Mistral-Large","mistralai/Mistral-NeMo-12B-Instruct","mistralai/Mistral-Small","mistralai/Mixtral-8x22B","mistralai/Mixtral-8x7B","nvidia/Mistral-NeMo-Minitron-8B-Base","nvidia/Nemotron-4-15B","nvidia/Nemotron-4-340B-Instruct","openai/GPT-4","openai/gpt2","openai/GPT3-175B","Qwen/Qwen-14B","Qwen/Qwen-1_8B","Qwen/Qwen-72B","Qwen/Qwen-7B","Qwen/Qwen1.5-0.5B","Qwen/Qwen1.5-1.8B","Qwen/Qwen1.5-110B","Qwen/Qwen1.5-14B","Qwen/Qwen1.5-32B","Qwen/Qwen1.5-4B","Qwen/Qwen1.5-72B","Qwen/Qwen1.5-7B","Qwen/Qwen1.5-MoE-A2.7B","Qwen/Qwen2-0.5B","Qwen/Qwen2.5-1.5B","Qwen/Qwen2.5-14B","Qwen/Qwen2.5-32B","Qwen/Qwen2.5-3B","Qwen/Qwen2.5-72B","Qwen/Qwen2.5-7B","Qwen/Qwen3-14B","Qwen/Qwen3-32B","Qwen/Qwen3-4B","Qwen/Qwen3-8B","state-spaces/mamba-130m-hf","state-spaces/mamba-2.8b-hf","THUDM/glm-4-9b-chat","tiiuae/falcon-7b-instruct","tiiuae/falcon-mamba-7b","xai-org/grok-1","deepseek-ai/DeepSeek-V3","deepseek-ai/DeepSeek-R1","moonshotai/Kimi-K2-Instruct","Qwen/Qwen3-30B-A3B","Qwen/Qwen3-235B-A22B","openai/gpt-oss-120b","openai/gpt-oss-20b","meta-llama/Llama-4-Scout-17B-16E-Instruct","meta-llama/Llama-4-Maverick-17B-128E-Instruct","google/gemma-3-27b-it","google/gemma-3-12b-it","google/gemma-3-4b-it","mistralai/Mistral-Small-24B-Instruct-2501","microsoft/phi-4"]};const schema13 = {"type":"string","minLength":1,"description":"The hardware: a preset name (case-sensitive: A100_40GB_GPU, A100_80GB_GPU, H100_GPU, GH200_GPU, B100, GB200, TPUv6, TPUv5e, TPUv5p, TPUv4, MI300X, MI325X, Gaudi3, H200_GPU, H100_PCIe_GPU, A100_80GB_PCIe_GPU, B200_GPU, B300_GPU, GB300, L40S_GPU, RTX_PRO_6000_GPU, MI355X, TPUv7, Trainium2); else a path, relative to the project root, to a hardware file in the repository (see hardware.schema.json); else the name, without extension, of a .yaml/.yml/.json file in the hardware folder.","examples":["A100_40GB_GPU","A100_80GB_GPU","H100_GPU","GH200_GPU","B100","GB200","TPUv6","TPUv5e","TPUv5p","TPUv4","MI300X","MI325X","Gaudi3","H200_GPU","H100_PCIe_GPU","A100_80GB_PCIe_GPU","B200_GPU","B300_GPU","GB300","L40S_GPU","RTX_PRO_6000_GPU","MI355X","TPUv7","Trainium2"]};const func2 = Object.prototype.hasOwnProperty;const func3 = (ucs2length["default"] ?? ucs2length);const schema14 = {"type":"array","description":"Features, each a name or {name: options} (true/null: on with defaults; false: off). Names: prefill, decode, chunked, tensor_parallel, pipeline_parallel, expert_parallel, lora, flash_attention, memory_offload, speculative_decode. Options are checked here; combinations (incompatible features, a missing mode) are checked by the simulation engine.","items":{"anyOf":[{"type":"string","enum":["prefill","decode","chunked","tensor_parallel","pipeline_parallel","expert_parallel","lora","flash_attention","memory_offload"],"description":"A feature with its default options."},{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"prefill":{"description":"Simulate only the prefill pass (TTFT); no decode. (mode)","anyOf":[{"type":"object","additionalProperties":false,"properties":{}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"decode":{"description":"Simulate only decode: every step of the generation (TPOT), no prefill. (mode)","anyOf":[{"type":"object","additionalProperties":false,"properties":{}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"chunked":{"description":"Chunked prefill: one iteration over a mix of prefill pieces and decode requests. (mode)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"prefill_kv_sizes":{"type":"array","items":{"anyOf":[{"type":"integer","minimum":0},{"type":"array","items":{"type":"integer","minimum":0},"minItems":2,"maxItems":4}]},"description":"Prefill pieces as [past_tokens, new_tokens] pairs.","default":[[1024,511]]},"decode_kv_sizes":{"type":"array","items":{"anyOf":[{"type":"integer","minimum":0},{"type":"array","items":{"type":"integer","minimum":0},"minItems":2,"maxItems":4}]},"description":"Decode entries: a context length, [batches, context] or [prefill_beams, decode_beams, prefill_context, decode_context].","default":[1600,1601,1602]}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"tensor_parallel":{"description":"Shard heads and FFN width over `degree` devices (all-reduce after attention and FFN). (parallelism)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"degree":{"type":"integer","minimum":1,"description":"Tensor-parallel degree (same as parallelism.tensor).","default":1}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"pipeline_parallel":{"description":"Split the layers into `degree` stages; latencies are one micro-batch through all stages. (parallelism)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"degree":{"type":"integer","minimum":1,"description":"Pipeline-parallel degree (same as parallelism.pipeline).","default":1}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"expert_parallel":{"description":"Spread MoE experts over `degree` devices (all-to-all dispatch and collect). (parallelism)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"degree":{"type":"integer","minimum":1,"description":"Expert-parallel degree (same as parallelism.expert); MoE models only.","default":1}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"lora":{"description":"LoRA adapters on the targeted projections: merged (free) or dynamic (two extra GEMMs per target). (optimization)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"rank":{"type":"integer","minimum":1,"description":"Adapter rank r.","default":16},"strategy":{"type":"string","enum":["dynamic","merged"],"description":"merged: folded into the weights; dynamic: unmerged adapters as multi-adapter servers run them.","default":"dynamic"},"targets":{"type":"array","items":{"type":"string","enum":["q","k","v","o","gate","up","down"]},"uniqueItems":true,"description":"Projections that carry an adapter.","default":["q","k","v","o"]},"include_experts":{"type":"boolean","description":"MoE models: also adapt the expert FFNs named in targets (gate, up, down); by default only dense FFNs are.","default":false}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"flash_attention":{"description":"Fused attention (on by default, GenZ parity); off writes and re-reads the score matrix with a softmax pass. (optimization)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","description":"Use the fused attention kernels.","default":true}}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"memory_offload":{"description":"Run a model that does not fit by streaming the excess over the host link (GenZ offload). (memory)","anyOf":[{"type":"object","additionalProperties":false,"properties":{}},{"type":"boolean","description":"false: off; true: on with default options."},{"type":"null","description":"On with default options."}]},"speculative_decode":{"description":"Draft tokens with a small model and verify them in one pass of the full model. (optimization)","anyOf":[{"type":"object","additionalProperties":false,"properties":{"draft_model":{"$ref":"#/definitions/model","description":"Draft model: a catalog name or a model file. Resolved like a scenario's model."},"acceptance_rate":{"type":"number","minimum":0,"maximum":1,"description":"Probability that a drafted token is accepted.","default":0.7},"parallel_tokens":{"type":"integer","minimum":2,"description":"Tokens drafted per step (N).","default":4},"draft_hardware":{"$ref":"#/definitions/hardware","description":"Hardware of the draft model; omitted = the main hardware and layout. Resolved like a scenario's hardware."},"draft_tensor_parallel":{"type":"integer","minimum":1,"description":"Tensor-parallel degree of the draft (with draft_hardware)."},"draft_pipeline_parallel":{"type":"integer","minimum":1,"description":"Pipeline-parallel degree of the draft (with draft_hardware)."}},"required":["draft_model"]},{"type":"boolean","description":"false: off; true: on with default options."}]}},"description":"One feature name with its options."}]}};function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];const _errs2 = errors;let valid2 = false;const _errs3 = errors;if(typeof data0 !== "string"){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.items.anyOf[0].type,parentSchema:schema14.items.anyOf[0],data:data0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(((((((((data0 === "prefill") || (data0 === "decode")) || (data0 === "chunked")) || (data0 === "tensor_parallel")) || (data0 === "pipeline_parallel")) || (data0 === "expert_parallel")) || (data0 === "lora")) || (data0 === "flash_attention")) || (data0 === "memory_offload"))){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema14.items.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema14.items.anyOf[0].enum,parentSchema:schema14.items.anyOf[0],data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs3 === errors;valid2 = valid2 || _valid0;if(!valid2){const _errs5 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(Object.keys(data0).length > 1){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/1/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema14.items.anyOf[1],data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(Object.keys(data0).length < 1){const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema14.items.anyOf[1],data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data0){if(!(func2.call(schema14.items.anyOf[1].properties, key0))){const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14.items.anyOf[1],data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.prefill !== undefined){let data1 = data0.prefill;const _errs9 = errors;let valid4 = false;const _errs10 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){const err5 = {instancePath:instancePath+"/" + i0+"/prefill",schemaPath:"#/items/anyOf/1/properties/prefill/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema14.items.anyOf[1].properties.prefill.anyOf[0],data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/" + i0+"/prefill",schemaPath:"#/items/anyOf/1/properties/prefill/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.items.anyOf[1].properties.prefill.anyOf[0].type,parentSchema:schema14.items.anyOf[1].properties.prefill.anyOf[0],data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid1 = _errs10 === errors;valid4 = valid4 || _valid1;if(!valid4){const _errs13 = errors;if(typeof data1 !== "boolean"){const err7 = {instancePath:instancePath+"/" + i0+"/prefill",schemaPath:"#/items/anyOf/1/properties/prefill/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.items.anyOf[1].properties.prefill.anyOf[1].type,parentSchema:schema14.items.anyOf[1].properties.prefill.anyOf[1],data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid1 = _errs13 === errors;valid4 = valid4 || _valid1;if(!valid4){const _errs15 = errors;if(data1 !== null){const err8 = {instancePath:instancePath+"/" + i0+"/prefill",schemaPath:"#/items/anyOf/1/properties/prefill/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.items.anyOf[1].properties.prefill.anyOf[2].type,parentSchema:schema14.items.anyOf[1].properties.prefill.anyOf[2],data:data1};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid1 = _errs15 === errors;valid4 = valid4 || _valid1;}}if(!valid4){const err9 = {instancePath:instancePath+"/" + i0+"/prefill",schemaPath:"#/items/anyOf/1/properties/prefill/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.items.anyOf[1].properties.prefill.anyOf,parentSchema:schema14.items.anyOf[1].properties.prefill,data:data1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}else {errors = _errs9;if(vErrors !== null){if(_errs9){vErrors.length = _errs9;}else {vErrors = null;}}}}if(data0.decode !== undefined){let data2 = data0.decode;const _errs18 = errors;let valid5 = false;const _errs19 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key2 in data2){const err10 = {instancePath:instancePath+"/" + i0+"/decode",schemaPath:"#/items/anyOf/1/properties/decode/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema14.items.anyOf[1].properties.decode.anyOf[0],data:data2};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/" + i0+"/decode",schemaPath:"#/items/anyOf/1/properties/decode/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.items.anyOf[1].properties.decode.anyOf[0].type,parentSchema:schema14.items.anyOf[1].properties.decode.anyOf[0],data:data2};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid2 = _errs19 === errors;valid5 = valid5 || _valid2;if(!valid5){const _errs22 = errors;if(typeof data2 !== "boolean"){const err12 = {instancePath:instancePath+"/" + i0+"/decode",schemaPath:"#/items/anyOf/1/properties/decode/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.items.anyOf[1].properties.decode.anyOf[1].type,parentSchema:schema14.items.anyOf[1].properties.decode.anyOf[1],data:data2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var _valid2 = _errs22 === errors;valid5 = valid5 || _valid2;if(!valid5){const _errs24 = errors;if(data2 !== null){const err13 = {instancePath:instancePath+"/" + i0+"/decode",schemaPath:"#/items/anyOf/1/properties/decode/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.items.anyOf[1].properties.decode.anyOf[2].type,parentSchema:schema14.items.anyOf[1].properties.decode.anyOf[2],data:data2};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid2 = _errs24 === errors;valid5 = valid5 || _valid2;}}if(!valid5){const err14 = {instancePath:instancePath+"/" + i0+"/decode",schemaPath:"#/items/anyOf/1/properties/decode/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.items.anyOf[1].properties.decode.anyOf,parentSchema:schema14.items.anyOf[1].properties.decode,data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}else {errors = _errs18;if(vErrors !== null){if(_errs18){vErrors.length = _errs18;}else {vErrors = null;}}}}if(data0.chunked !== undefined){let data3 = data0.chunked;const _errs27 = errors;let valid6 = false;const _errs28 = errors;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key3 in data3){if(!((key3 === "prefill_kv_sizes") || (key3 === "decode_kv_sizes"))){const err15 = {instancePath:instancePath+"/" + i0+"/chunked",schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0],data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data3.prefill_kv_sizes !== undefined){let data4 = data3.prefill_kv_sizes;if(Array.isArray(data4)){const len1 = data4.length;for(let i1=0; i1<len1; i1++){let data5 = data4[i1];const _errs34 = errors;let valid10 = false;const _errs35 = errors;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err16 = {instancePath:instancePath+"/" + i0+"/chunked/prefill_kv_sizes/" + i1,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/prefill_kv_sizes/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.prefill_kv_sizes.items.anyOf[0].type,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.prefill_kv_sizes.items.anyOf[0],data:data5};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){const err17 = {instancePath:instancePath+"/" + i0+"/chunked/prefill_kv_sizes/" + i1,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/prefill_kv_sizes/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.prefill_kv_sizes.items.anyOf[0],data:data5};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}var _valid4 = _errs35 === errors;valid10 = valid10 || _valid4;if(!valid10){const _errs37 = errors;if(Array.isArray(data5)){if(data5.length > 4){const err18 = {instancePath:instancePath+"/" + i0+"/chunked/prefill_kv_sizes/" + i1,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/prefill_kv_sizes/items/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items",schema:4,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.prefill_kv_sizes.items.anyOf[1],data:data5};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data5.length < 2){const err19 = {instancePath:instancePath+"/" + i0+"/chunked/prefill_kv_sizes/" + i1,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/prefill_kv_sizes/items/anyOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.prefill_kv_sizes.items.anyOf[1],data:data5};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}const len2 = data5.length;for(let i2=0; i2<len2; i2++){let data6 = data5[i2];if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err20 = {instancePath:instancePath+"/" + i0+"/chunked/prefill_kv_sizes/" + i1+"/" + i2,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/prefill_kv_sizes/items/anyOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.prefill_kv_sizes.items.anyOf[1].items.type,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.prefill_kv_sizes.items.anyOf[1].items,data:data6};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 0 || isNaN(data6)){const err21 = {instancePath:instancePath+"/" + i0+"/chunked/prefill_kv_sizes/" + i1+"/" + i2,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/prefill_kv_sizes/items/anyOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.prefill_kv_sizes.items.anyOf[1].items,data:data6};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}}else {const err22 = {instancePath:instancePath+"/" + i0+"/chunked/prefill_kv_sizes/" + i1,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/prefill_kv_sizes/items/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.prefill_kv_sizes.items.anyOf[1].type,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.prefill_kv_sizes.items.anyOf[1],data:data5};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}var _valid4 = _errs37 === errors;valid10 = valid10 || _valid4;}if(!valid10){const err23 = {instancePath:instancePath+"/" + i0+"/chunked/prefill_kv_sizes/" + i1,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/prefill_kv_sizes/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.prefill_kv_sizes.items.anyOf,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.prefill_kv_sizes.items,data:data5};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}else {errors = _errs34;if(vErrors !== null){if(_errs34){vErrors.length = _errs34;}else {vErrors = null;}}}}}else {const err24 = {instancePath:instancePath+"/" + i0+"/chunked/prefill_kv_sizes",schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/prefill_kv_sizes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.prefill_kv_sizes.type,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.prefill_kv_sizes,data:data4};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data3.decode_kv_sizes !== undefined){let data7 = data3.decode_kv_sizes;if(Array.isArray(data7)){const len3 = data7.length;for(let i3=0; i3<len3; i3++){let data8 = data7[i3];const _errs44 = errors;let valid15 = false;const _errs45 = errors;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err25 = {instancePath:instancePath+"/" + i0+"/chunked/decode_kv_sizes/" + i3,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/decode_kv_sizes/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.decode_kv_sizes.items.anyOf[0].type,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.decode_kv_sizes.items.anyOf[0],data:data8};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 0 || isNaN(data8)){const err26 = {instancePath:instancePath+"/" + i0+"/chunked/decode_kv_sizes/" + i3,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/decode_kv_sizes/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.decode_kv_sizes.items.anyOf[0],data:data8};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}var _valid5 = _errs45 === errors;valid15 = valid15 || _valid5;if(!valid15){const _errs47 = errors;if(Array.isArray(data8)){if(data8.length > 4){const err27 = {instancePath:instancePath+"/" + i0+"/chunked/decode_kv_sizes/" + i3,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/decode_kv_sizes/items/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items",schema:4,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.decode_kv_sizes.items.anyOf[1],data:data8};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data8.length < 2){const err28 = {instancePath:instancePath+"/" + i0+"/chunked/decode_kv_sizes/" + i3,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/decode_kv_sizes/items/anyOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.decode_kv_sizes.items.anyOf[1],data:data8};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}const len4 = data8.length;for(let i4=0; i4<len4; i4++){let data9 = data8[i4];if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err29 = {instancePath:instancePath+"/" + i0+"/chunked/decode_kv_sizes/" + i3+"/" + i4,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/decode_kv_sizes/items/anyOf/1/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.decode_kv_sizes.items.anyOf[1].items.type,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.decode_kv_sizes.items.anyOf[1].items,data:data9};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 0 || isNaN(data9)){const err30 = {instancePath:instancePath+"/" + i0+"/chunked/decode_kv_sizes/" + i3+"/" + i4,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/decode_kv_sizes/items/anyOf/1/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.decode_kv_sizes.items.anyOf[1].items,data:data9};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}}else {const err31 = {instancePath:instancePath+"/" + i0+"/chunked/decode_kv_sizes/" + i3,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/decode_kv_sizes/items/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.decode_kv_sizes.items.anyOf[1].type,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.decode_kv_sizes.items.anyOf[1],data:data8};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}var _valid5 = _errs47 === errors;valid15 = valid15 || _valid5;}if(!valid15){const err32 = {instancePath:instancePath+"/" + i0+"/chunked/decode_kv_sizes/" + i3,schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/decode_kv_sizes/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.decode_kv_sizes.items.anyOf,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.decode_kv_sizes.items,data:data8};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}else {errors = _errs44;if(vErrors !== null){if(_errs44){vErrors.length = _errs44;}else {vErrors = null;}}}}}else {const err33 = {instancePath:instancePath+"/" + i0+"/chunked/decode_kv_sizes",schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/properties/decode_kv_sizes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.decode_kv_sizes.type,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0].properties.decode_kv_sizes,data:data7};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/" + i0+"/chunked",schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.items.anyOf[1].properties.chunked.anyOf[0].type,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[0],data:data3};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}var _valid3 = _errs28 === errors;valid6 = valid6 || _valid3;if(!valid6){const _errs51 = errors;if(typeof data3 !== "boolean"){const err35 = {instancePath:instancePath+"/" + i0+"/chunked",schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.items.anyOf[1].properties.chunked.anyOf[1].type,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[1],data:data3};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}var _valid3 = _errs51 === errors;valid6 = valid6 || _valid3;if(!valid6){const _errs53 = errors;if(data3 !== null){const err36 = {instancePath:instancePath+"/" + i0+"/chunked",schemaPath:"#/items/anyOf/1/properties/chunked/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.items.anyOf[1].properties.chunked.anyOf[2].type,parentSchema:schema14.items.anyOf[1].properties.chunked.anyOf[2],data:data3};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}var _valid3 = _errs53 === errors;valid6 = valid6 || _valid3;}}if(!valid6){const err37 = {instancePath:instancePath+"/" + i0+"/chunked",schemaPath:"#/items/anyOf/1/properties/chunked/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.items.anyOf[1].properties.chunked.anyOf,parentSchema:schema14.items.anyOf[1].properties.chunked,data:data3};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}else {errors = _errs27;if(vErrors !== null){if(_errs27){vErrors.length = _errs27;}else {vErrors = null;}}}}if(data0.tensor_parallel !== undefined){let data10 = data0.tensor_parallel;const _errs56 = errors;let valid18 = false;const _errs57 = errors;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key4 in data10){if(!(key4 === "degree")){const err38 = {instancePath:instancePath+"/" + i0+"/tensor_parallel",schemaPath:"#/items/anyOf/1/properties/tensor_parallel/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema14.items.anyOf[1].properties.tensor_parallel.anyOf[0],data:data10};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data10.degree !== undefined){let data11 = data10.degree;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err39 = {instancePath:instancePath+"/" + i0+"/tensor_parallel/degree",schemaPath:"#/items/anyOf/1/properties/tensor_parallel/anyOf/0/properties/degree/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.items.anyOf[1].properties.tensor_parallel.anyOf[0].properties.degree.type,parentSchema:schema14.items.anyOf[1].properties.tensor_parallel.anyOf[0].properties.degree,data:data11};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 1 || isNaN(data11)){const err40 = {instancePath:instancePath+"/" + i0+"/tensor_parallel/degree",schemaPath:"#/items/anyOf/1/properties/tensor_parallel/anyOf/0/properties/degree/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.items.anyOf[1].properties.tensor_parallel.anyOf[0].properties.degree,data:data11};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}}else {const err41 = {instancePath:instancePath+"/" + i0+"/tensor_parallel",schemaPath:"#/items/anyOf/1/properties/tensor_parallel/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.items.anyOf[1].properties.tensor_parallel.anyOf[0].type,parentSchema:schema14.items.anyOf[1].properties.tensor_parallel.anyOf[0],data:data10};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}var _valid6 = _errs57 === errors;valid18 = valid18 || _valid6;if(!valid18){const _errs62 = errors;if(typeof data10 !== "boolean"){const err42 = {instancePath:instancePath+"/" + i0+"/tensor_parallel",schemaPath:"#/items/anyOf/1/properties/tensor_parallel/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.items.anyOf[1].properties.tensor_parallel.anyOf[1].type,parentSchema:schema14.items.anyOf[1].properties.tensor_parallel.anyOf[1],data:data10};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}var _valid6 = _errs62 === errors;valid18 = valid18 || _valid6;if(!valid18){const _errs64 = errors;if(data10 !== null){const err43 = {instancePath:instancePath+"/" + i0+"/tensor_parallel",schemaPath:"#/items/anyOf/1/properties/tensor_parallel/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.items.anyOf[1].properties.tensor_parallel.anyOf[2].type,parentSchema:schema14.items.anyOf[1].properties.tensor_parallel.anyOf[2],data:data10};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}var _valid6 = _errs64 === errors;valid18 = valid18 || _valid6;}}if(!valid18){const err44 = {instancePath:instancePath+"/" + i0+"/tensor_parallel",schemaPath:"#/items/anyOf/1/properties/tensor_parallel/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.items.anyOf[1].properties.tensor_parallel.anyOf,parentSchema:schema14.items.anyOf[1].properties.tensor_parallel,data:data10};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}else {errors = _errs56;if(vErrors !== null){if(_errs56){vErrors.length = _errs56;}else {vErrors = null;}}}}if(data0.pipeline_parallel !== undefined){let data12 = data0.pipeline_parallel;const _errs67 = errors;let valid20 = false;const _errs68 = errors;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key5 in data12){if(!(key5 === "degree")){const err45 = {instancePath:instancePath+"/" + i0+"/pipeline_parallel",schemaPath:"#/items/anyOf/1/properties/pipeline_parallel/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema14.items.anyOf[1].properties.pipeline_parallel.anyOf[0],data:data12};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data12.degree !== undefined){let data13 = data12.degree;if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){const err46 = {instancePath:instancePath+"/" + i0+"/pipeline_parallel/degree",schemaPath:"#/items/anyOf/1/properties/pipeline_parallel/anyOf/0/properties/degree/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.items.anyOf[1].properties.pipeline_parallel.anyOf[0].properties.degree.type,parentSchema:schema14.items.anyOf[1].properties.pipeline_parallel.anyOf[0].properties.degree,data:data13};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if((typeof data13 == "number") && (isFinite(data13))){if(data13 < 1 || isNaN(data13)){const err47 = {instancePath:instancePath+"/" + i0+"/pipeline_parallel/degree",schemaPath:"#/items/anyOf/1/properties/pipeline_parallel/anyOf/0/properties/degree/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.items.anyOf[1].properties.pipeline_parallel.anyOf[0].properties.degree,data:data13};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}}else {const err48 = {instancePath:instancePath+"/" + i0+"/pipeline_parallel",schemaPath:"#/items/anyOf/1/properties/pipeline_parallel/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.items.anyOf[1].properties.pipeline_parallel.anyOf[0].type,parentSchema:schema14.items.anyOf[1].properties.pipeline_parallel.anyOf[0],data:data12};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}var _valid7 = _errs68 === errors;valid20 = valid20 || _valid7;if(!valid20){const _errs73 = errors;if(typeof data12 !== "boolean"){const err49 = {instancePath:instancePath+"/" + i0+"/pipeline_parallel",schemaPath:"#/items/anyOf/1/properties/pipeline_parallel/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.items.anyOf[1].properties.pipeline_parallel.anyOf[1].type,parentSchema:schema14.items.anyOf[1].properties.pipeline_parallel.anyOf[1],data:data12};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}var _valid7 = _errs73 === errors;valid20 = valid20 || _valid7;if(!valid20){const _errs75 = errors;if(data12 !== null){const err50 = {instancePath:instancePath+"/" + i0+"/pipeline_parallel",schemaPath:"#/items/anyOf/1/properties/pipeline_parallel/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.items.anyOf[1].properties.pipeline_parallel.anyOf[2].type,parentSchema:schema14.items.anyOf[1].properties.pipeline_parallel.anyOf[2],data:data12};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}var _valid7 = _errs75 === errors;valid20 = valid20 || _valid7;}}if(!valid20){const err51 = {instancePath:instancePath+"/" + i0+"/pipeline_parallel",schemaPath:"#/items/anyOf/1/properties/pipeline_parallel/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.items.anyOf[1].properties.pipeline_parallel.anyOf,parentSchema:schema14.items.anyOf[1].properties.pipeline_parallel,data:data12};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}else {errors = _errs67;if(vErrors !== null){if(_errs67){vErrors.length = _errs67;}else {vErrors = null;}}}}if(data0.expert_parallel !== undefined){let data14 = data0.expert_parallel;const _errs78 = errors;let valid22 = false;const _errs79 = errors;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key6 in data14){if(!(key6 === "degree")){const err52 = {instancePath:instancePath+"/" + i0+"/expert_parallel",schemaPath:"#/items/anyOf/1/properties/expert_parallel/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema14.items.anyOf[1].properties.expert_parallel.anyOf[0],data:data14};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data14.degree !== undefined){let data15 = data14.degree;if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err53 = {instancePath:instancePath+"/" + i0+"/expert_parallel/degree",schemaPath:"#/items/anyOf/1/properties/expert_parallel/anyOf/0/properties/degree/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.items.anyOf[1].properties.expert_parallel.anyOf[0].properties.degree.type,parentSchema:schema14.items.anyOf[1].properties.expert_parallel.anyOf[0].properties.degree,data:data15};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 < 1 || isNaN(data15)){const err54 = {instancePath:instancePath+"/" + i0+"/expert_parallel/degree",schemaPath:"#/items/anyOf/1/properties/expert_parallel/anyOf/0/properties/degree/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.items.anyOf[1].properties.expert_parallel.anyOf[0].properties.degree,data:data15};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}}else {const err55 = {instancePath:instancePath+"/" + i0+"/expert_parallel",schemaPath:"#/items/anyOf/1/properties/expert_parallel/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.items.anyOf[1].properties.expert_parallel.anyOf[0].type,parentSchema:schema14.items.anyOf[1].properties.expert_parallel.anyOf[0],data:data14};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}var _valid8 = _errs79 === errors;valid22 = valid22 || _valid8;if(!valid22){const _errs84 = errors;if(typeof data14 !== "boolean"){const err56 = {instancePath:instancePath+"/" + i0+"/expert_parallel",schemaPath:"#/items/anyOf/1/properties/expert_parallel/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.items.anyOf[1].properties.expert_parallel.anyOf[1].type,parentSchema:schema14.items.anyOf[1].properties.expert_parallel.anyOf[1],data:data14};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}var _valid8 = _errs84 === errors;valid22 = valid22 || _valid8;if(!valid22){const _errs86 = errors;if(data14 !== null){const err57 = {instancePath:instancePath+"/" + i0+"/expert_parallel",schemaPath:"#/items/anyOf/1/properties/expert_parallel/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.items.anyOf[1].properties.expert_parallel.anyOf[2].type,parentSchema:schema14.items.anyOf[1].properties.expert_parallel.anyOf[2],data:data14};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}var _valid8 = _errs86 === errors;valid22 = valid22 || _valid8;}}if(!valid22){const err58 = {instancePath:instancePath+"/" + i0+"/expert_parallel",schemaPath:"#/items/anyOf/1/properties/expert_parallel/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.items.anyOf[1].properties.expert_parallel.anyOf,parentSchema:schema14.items.anyOf[1].properties.expert_parallel,data:data14};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}else {errors = _errs78;if(vErrors !== null){if(_errs78){vErrors.length = _errs78;}else {vErrors = null;}}}}if(data0.lora !== undefined){let data16 = data0.lora;const _errs89 = errors;let valid24 = false;const _errs90 = errors;if(data16 && typeof data16 == "object" && !Array.isArray(data16)){for(const key7 in data16){if(!((((key7 === "rank") || (key7 === "strategy")) || (key7 === "targets")) || (key7 === "include_experts"))){const err59 = {instancePath:instancePath+"/" + i0+"/lora",schemaPath:"#/items/anyOf/1/properties/lora/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema14.items.anyOf[1].properties.lora.anyOf[0],data:data16};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data16.rank !== undefined){let data17 = data16.rank;if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){const err60 = {instancePath:instancePath+"/" + i0+"/lora/rank",schemaPath:"#/items/anyOf/1/properties/lora/anyOf/0/properties/rank/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.rank.type,parentSchema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.rank,data:data17};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if((typeof data17 == "number") && (isFinite(data17))){if(data17 < 1 || isNaN(data17)){const err61 = {instancePath:instancePath+"/" + i0+"/lora/rank",schemaPath:"#/items/anyOf/1/properties/lora/anyOf/0/properties/rank/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.rank,data:data17};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}if(data16.strategy !== undefined){let data18 = data16.strategy;if(typeof data18 !== "string"){const err62 = {instancePath:instancePath+"/" + i0+"/lora/strategy",schemaPath:"#/items/anyOf/1/properties/lora/anyOf/0/properties/strategy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.strategy.type,parentSchema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.strategy,data:data18};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}if(!((data18 === "dynamic") || (data18 === "merged"))){const err63 = {instancePath:instancePath+"/" + i0+"/lora/strategy",schemaPath:"#/items/anyOf/1/properties/lora/anyOf/0/properties/strategy/enum",keyword:"enum",params:{allowedValues: schema14.items.anyOf[1].properties.lora.anyOf[0].properties.strategy.enum},message:"must be equal to one of the allowed values",schema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.strategy.enum,parentSchema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.strategy,data:data18};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data16.targets !== undefined){let data19 = data16.targets;if(Array.isArray(data19)){const len5 = data19.length;for(let i5=0; i5<len5; i5++){let data20 = data19[i5];if(typeof data20 !== "string"){const err64 = {instancePath:instancePath+"/" + i0+"/lora/targets/" + i5,schemaPath:"#/items/anyOf/1/properties/lora/anyOf/0/properties/targets/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.targets.items.type,parentSchema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.targets.items,data:data20};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(!(((((((data20 === "q") || (data20 === "k")) || (data20 === "v")) || (data20 === "o")) || (data20 === "gate")) || (data20 === "up")) || (data20 === "down"))){const err65 = {instancePath:instancePath+"/" + i0+"/lora/targets/" + i5,schemaPath:"#/items/anyOf/1/properties/lora/anyOf/0/properties/targets/items/enum",keyword:"enum",params:{allowedValues: schema14.items.anyOf[1].properties.lora.anyOf[0].properties.targets.items.enum},message:"must be equal to one of the allowed values",schema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.targets.items.enum,parentSchema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.targets.items,data:data20};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}let i6 = data19.length;let j0;if(i6 > 1){const indices0 = {};for(;i6--;){let item0 = data19[i6];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err66 = {instancePath:instancePath+"/" + i0+"/lora/targets",schemaPath:"#/items/anyOf/1/properties/lora/anyOf/0/properties/targets/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i6+" are identical)",schema:true,parentSchema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.targets,data:data19};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;break;}indices0[item0] = i6;}}}else {const err67 = {instancePath:instancePath+"/" + i0+"/lora/targets",schemaPath:"#/items/anyOf/1/properties/lora/anyOf/0/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.targets.type,parentSchema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.targets,data:data19};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data16.include_experts !== undefined){let data21 = data16.include_experts;if(typeof data21 !== "boolean"){const err68 = {instancePath:instancePath+"/" + i0+"/lora/include_experts",schemaPath:"#/items/anyOf/1/properties/lora/anyOf/0/properties/include_experts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.include_experts.type,parentSchema:schema14.items.anyOf[1].properties.lora.anyOf[0].properties.include_experts,data:data21};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}else {const err69 = {instancePath:instancePath+"/" + i0+"/lora",schemaPath:"#/items/anyOf/1/properties/lora/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.items.anyOf[1].properties.lora.anyOf[0].type,parentSchema:schema14.items.anyOf[1].properties.lora.anyOf[0],data:data16};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}var _valid9 = _errs90 === errors;valid24 = valid24 || _valid9;if(!valid24){const _errs103 = errors;if(typeof data16 !== "boolean"){const err70 = {instancePath:instancePath+"/" + i0+"/lora",schemaPath:"#/items/anyOf/1/properties/lora/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.items.anyOf[1].properties.lora.anyOf[1].type,parentSchema:schema14.items.anyOf[1].properties.lora.anyOf[1],data:data16};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}var _valid9 = _errs103 === errors;valid24 = valid24 || _valid9;if(!valid24){const _errs105 = errors;if(data16 !== null){const err71 = {instancePath:instancePath+"/" + i0+"/lora",schemaPath:"#/items/anyOf/1/properties/lora/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.items.anyOf[1].properties.lora.anyOf[2].type,parentSchema:schema14.items.anyOf[1].properties.lora.anyOf[2],data:data16};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}var _valid9 = _errs105 === errors;valid24 = valid24 || _valid9;}}if(!valid24){const err72 = {instancePath:instancePath+"/" + i0+"/lora",schemaPath:"#/items/anyOf/1/properties/lora/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.items.anyOf[1].properties.lora.anyOf,parentSchema:schema14.items.anyOf[1].properties.lora,data:data16};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}else {errors = _errs89;if(vErrors !== null){if(_errs89){vErrors.length = _errs89;}else {vErrors = null;}}}}if(data0.flash_attention !== undefined){let data22 = data0.flash_attention;const _errs108 = errors;let valid29 = false;const _errs109 = errors;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){for(const key8 in data22){if(!(key8 === "enabled")){const err73 = {instancePath:instancePath+"/" + i0+"/flash_attention",schemaPath:"#/items/anyOf/1/properties/flash_attention/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema14.items.anyOf[1].properties.flash_attention.anyOf[0],data:data22};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data22.enabled !== undefined){let data23 = data22.enabled;if(typeof data23 !== "boolean"){const err74 = {instancePath:instancePath+"/" + i0+"/flash_attention/enabled",schemaPath:"#/items/anyOf/1/properties/flash_attention/anyOf/0/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.items.anyOf[1].properties.flash_attention.anyOf[0].properties.enabled.type,parentSchema:schema14.items.anyOf[1].properties.flash_attention.anyOf[0].properties.enabled,data:data23};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}else {const err75 = {instancePath:instancePath+"/" + i0+"/flash_attention",schemaPath:"#/items/anyOf/1/properties/flash_attention/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.items.anyOf[1].properties.flash_attention.anyOf[0].type,parentSchema:schema14.items.anyOf[1].properties.flash_attention.anyOf[0],data:data22};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}var _valid10 = _errs109 === errors;valid29 = valid29 || _valid10;if(!valid29){const _errs114 = errors;if(typeof data22 !== "boolean"){const err76 = {instancePath:instancePath+"/" + i0+"/flash_attention",schemaPath:"#/items/anyOf/1/properties/flash_attention/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.items.anyOf[1].properties.flash_attention.anyOf[1].type,parentSchema:schema14.items.anyOf[1].properties.flash_attention.anyOf[1],data:data22};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}var _valid10 = _errs114 === errors;valid29 = valid29 || _valid10;if(!valid29){const _errs116 = errors;if(data22 !== null){const err77 = {instancePath:instancePath+"/" + i0+"/flash_attention",schemaPath:"#/items/anyOf/1/properties/flash_attention/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.items.anyOf[1].properties.flash_attention.anyOf[2].type,parentSchema:schema14.items.anyOf[1].properties.flash_attention.anyOf[2],data:data22};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}var _valid10 = _errs116 === errors;valid29 = valid29 || _valid10;}}if(!valid29){const err78 = {instancePath:instancePath+"/" + i0+"/flash_attention",schemaPath:"#/items/anyOf/1/properties/flash_attention/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.items.anyOf[1].properties.flash_attention.anyOf,parentSchema:schema14.items.anyOf[1].properties.flash_attention,data:data22};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}else {errors = _errs108;if(vErrors !== null){if(_errs108){vErrors.length = _errs108;}else {vErrors = null;}}}}if(data0.memory_offload !== undefined){let data24 = data0.memory_offload;const _errs119 = errors;let valid31 = false;const _errs120 = errors;if(data24 && typeof data24 == "object" && !Array.isArray(data24)){for(const key9 in data24){const err79 = {instancePath:instancePath+"/" + i0+"/memory_offload",schemaPath:"#/items/anyOf/1/properties/memory_offload/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema14.items.anyOf[1].properties.memory_offload.anyOf[0],data:data24};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}else {const err80 = {instancePath:instancePath+"/" + i0+"/memory_offload",schemaPath:"#/items/anyOf/1/properties/memory_offload/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.items.anyOf[1].properties.memory_offload.anyOf[0].type,parentSchema:schema14.items.anyOf[1].properties.memory_offload.anyOf[0],data:data24};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}var _valid11 = _errs120 === errors;valid31 = valid31 || _valid11;if(!valid31){const _errs123 = errors;if(typeof data24 !== "boolean"){const err81 = {instancePath:instancePath+"/" + i0+"/memory_offload",schemaPath:"#/items/anyOf/1/properties/memory_offload/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.items.anyOf[1].properties.memory_offload.anyOf[1].type,parentSchema:schema14.items.anyOf[1].properties.memory_offload.anyOf[1],data:data24};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}var _valid11 = _errs123 === errors;valid31 = valid31 || _valid11;if(!valid31){const _errs125 = errors;if(data24 !== null){const err82 = {instancePath:instancePath+"/" + i0+"/memory_offload",schemaPath:"#/items/anyOf/1/properties/memory_offload/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.items.anyOf[1].properties.memory_offload.anyOf[2].type,parentSchema:schema14.items.anyOf[1].properties.memory_offload.anyOf[2],data:data24};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}var _valid11 = _errs125 === errors;valid31 = valid31 || _valid11;}}if(!valid31){const err83 = {instancePath:instancePath+"/" + i0+"/memory_offload",schemaPath:"#/items/anyOf/1/properties/memory_offload/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.items.anyOf[1].properties.memory_offload.anyOf,parentSchema:schema14.items.anyOf[1].properties.memory_offload,data:data24};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}else {errors = _errs119;if(vErrors !== null){if(_errs119){vErrors.length = _errs119;}else {vErrors = null;}}}}if(data0.speculative_decode !== undefined){let data25 = data0.speculative_decode;const _errs128 = errors;let valid32 = false;const _errs129 = errors;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.draft_model === undefined){const err84 = {instancePath:instancePath+"/" + i0+"/speculative_decode",schemaPath:"#/items/anyOf/1/properties/speculative_decode/anyOf/0/required",keyword:"required",params:{missingProperty: "draft_model"},message:"must have required property '"+"draft_model"+"'",schema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0].required,parentSchema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0],data:data25};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}for(const key10 in data25){if(!((((((key10 === "draft_model") || (key10 === "acceptance_rate")) || (key10 === "parallel_tokens")) || (key10 === "draft_hardware")) || (key10 === "draft_tensor_parallel")) || (key10 === "draft_pipeline_parallel"))){const err85 = {instancePath:instancePath+"/" + i0+"/speculative_decode",schemaPath:"#/items/anyOf/1/properties/speculative_decode/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0],data:data25};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data25.draft_model !== undefined){let data26 = data25.draft_model;if(typeof data26 === "string"){if(func3(data26) < 1){const err86 = {instancePath:instancePath+"/" + i0+"/speculative_decode/draft_model",schemaPath:"#/definitions/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data26};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}else {const err87 = {instancePath:instancePath+"/" + i0+"/speculative_decode/draft_model",schemaPath:"#/definitions/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data26};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data25.acceptance_rate !== undefined){let data27 = data25.acceptance_rate;if((typeof data27 == "number") && (isFinite(data27))){if(data27 > 1 || isNaN(data27)){const err88 = {instancePath:instancePath+"/" + i0+"/speculative_decode/acceptance_rate",schemaPath:"#/items/anyOf/1/properties/speculative_decode/anyOf/0/properties/acceptance_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0].properties.acceptance_rate,data:data27};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}if(data27 < 0 || isNaN(data27)){const err89 = {instancePath:instancePath+"/" + i0+"/speculative_decode/acceptance_rate",schemaPath:"#/items/anyOf/1/properties/speculative_decode/anyOf/0/properties/acceptance_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0].properties.acceptance_rate,data:data27};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}else {const err90 = {instancePath:instancePath+"/" + i0+"/speculative_decode/acceptance_rate",schemaPath:"#/items/anyOf/1/properties/speculative_decode/anyOf/0/properties/acceptance_rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0].properties.acceptance_rate.type,parentSchema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0].properties.acceptance_rate,data:data27};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data25.parallel_tokens !== undefined){let data28 = data25.parallel_tokens;if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){const err91 = {instancePath:instancePath+"/" + i0+"/speculative_decode/parallel_tokens",schemaPath:"#/items/anyOf/1/properties/speculative_decode/anyOf/0/properties/parallel_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0].properties.parallel_tokens.type,parentSchema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0].properties.parallel_tokens,data:data28};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}if((typeof data28 == "number") && (isFinite(data28))){if(data28 < 2 || isNaN(data28)){const err92 = {instancePath:instancePath+"/" + i0+"/speculative_decode/parallel_tokens",schemaPath:"#/items/anyOf/1/properties/speculative_decode/anyOf/0/properties/parallel_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0].properties.parallel_tokens,data:data28};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}}if(data25.draft_hardware !== undefined){let data29 = data25.draft_hardware;if(typeof data29 === "string"){if(func3(data29) < 1){const err93 = {instancePath:instancePath+"/" + i0+"/speculative_decode/draft_hardware",schemaPath:"#/definitions/hardware/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data29};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}else {const err94 = {instancePath:instancePath+"/" + i0+"/speculative_decode/draft_hardware",schemaPath:"#/definitions/hardware/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data29};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data25.draft_tensor_parallel !== undefined){let data30 = data25.draft_tensor_parallel;if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){const err95 = {instancePath:instancePath+"/" + i0+"/speculative_decode/draft_tensor_parallel",schemaPath:"#/items/anyOf/1/properties/speculative_decode/anyOf/0/properties/draft_tensor_parallel/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0].properties.draft_tensor_parallel.type,parentSchema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0].properties.draft_tensor_parallel,data:data30};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}if((typeof data30 == "number") && (isFinite(data30))){if(data30 < 1 || isNaN(data30)){const err96 = {instancePath:instancePath+"/" + i0+"/speculative_decode/draft_tensor_parallel",schemaPath:"#/items/anyOf/1/properties/speculative_decode/anyOf/0/properties/draft_tensor_parallel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0].properties.draft_tensor_parallel,data:data30};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}if(data25.draft_pipeline_parallel !== undefined){let data31 = data25.draft_pipeline_parallel;if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){const err97 = {instancePath:instancePath+"/" + i0+"/speculative_decode/draft_pipeline_parallel",schemaPath:"#/items/anyOf/1/properties/speculative_decode/anyOf/0/properties/draft_pipeline_parallel/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0].properties.draft_pipeline_parallel.type,parentSchema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0].properties.draft_pipeline_parallel,data:data31};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}if((typeof data31 == "number") && (isFinite(data31))){if(data31 < 1 || isNaN(data31)){const err98 = {instancePath:instancePath+"/" + i0+"/speculative_decode/draft_pipeline_parallel",schemaPath:"#/items/anyOf/1/properties/speculative_decode/anyOf/0/properties/draft_pipeline_parallel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0].properties.draft_pipeline_parallel,data:data31};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}}}else {const err99 = {instancePath:instancePath+"/" + i0+"/speculative_decode",schemaPath:"#/items/anyOf/1/properties/speculative_decode/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0].type,parentSchema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[0],data:data25};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}var _valid12 = _errs129 === errors;valid32 = valid32 || _valid12;if(!valid32){const _errs146 = errors;if(typeof data25 !== "boolean"){const err100 = {instancePath:instancePath+"/" + i0+"/speculative_decode",schemaPath:"#/items/anyOf/1/properties/speculative_decode/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[1].type,parentSchema:schema14.items.anyOf[1].properties.speculative_decode.anyOf[1],data:data25};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}var _valid12 = _errs146 === errors;valid32 = valid32 || _valid12;}if(!valid32){const err101 = {instancePath:instancePath+"/" + i0+"/speculative_decode",schemaPath:"#/items/anyOf/1/properties/speculative_decode/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.items.anyOf[1].properties.speculative_decode.anyOf,parentSchema:schema14.items.anyOf[1].properties.speculative_decode,data:data25};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}else {errors = _errs128;if(vErrors !== null){if(_errs128){vErrors.length = _errs128;}else {vErrors = null;}}}}}else {const err102 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.items.anyOf[1].type,parentSchema:schema14.items.anyOf[1],data:data0};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}var _valid0 = _errs5 === errors;valid2 = valid2 || _valid0;}if(!valid2){const err103 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.items.anyOf,parentSchema:schema14.items,data:data0};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}else {errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}}}}else {const err104 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.type,parentSchema:schema14,data};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}validate11.errors = vErrors;return errors === 0;}const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="urn:genz-action:schema:manifest:1" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.scenarios === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scenarios"},message:"must have required property '"+"scenarios"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "$schema") || (key0 === "version")) || (key0 === "defaults")) || (key0 === "scenarios"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.version !== undefined){let data1 = data.version;if(1 !== data1){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.defaults !== undefined){let data2 = data.defaults;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){if(!(func2.call(schema11.properties.defaults.properties, key1))){const err5 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data2.model !== undefined){let data3 = data2.model;if(typeof data3 === "string"){if(func3(data3) < 1){const err6 = {instancePath:instancePath+"/defaults/model",schemaPath:"#/definitions/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/defaults/model",schemaPath:"#/definitions/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data2.hardware !== undefined){let data4 = data2.hardware;if(typeof data4 === "string"){if(func3(data4) < 1){const err8 = {instancePath:instancePath+"/defaults/hardware",schemaPath:"#/definitions/hardware/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/defaults/hardware",schemaPath:"#/definitions/hardware/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data2.precision !== undefined){let data5 = data2.precision;const _errs15 = errors;let valid4 = false;const _errs16 = errors;if(typeof data5 !== "string"){const err10 = {instancePath:instancePath+"/defaults/precision",schemaPath:"#/properties/defaults/properties/precision/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.precision.anyOf[0].type,parentSchema:schema11.properties.defaults.properties.precision.anyOf[0],data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(!(((((((((data5 === "bf16") || (data5 === "f32")) || (data5 === "fp8")) || (data5 === "int8")) || (data5 === "fp6")) || (data5 === "fp4")) || (data5 === "int4")) || (data5 === "int2")) || (data5 === "fp16"))){const err11 = {instancePath:instancePath+"/defaults/precision",schemaPath:"#/properties/defaults/properties/precision/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.precision.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.precision.anyOf[0].enum,parentSchema:schema11.properties.defaults.properties.precision.anyOf[0],data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid0 = _errs16 === errors;valid4 = valid4 || _valid0;if(!valid4){const _errs18 = errors;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key2 in data5){if(!(((((key2 === "bits") || (key2 === "weights")) || (key2 === "expert_weights")) || (key2 === "activations")) || (key2 === "kv_cache"))){const err12 = {instancePath:instancePath+"/defaults/precision",schemaPath:"#/properties/defaults/properties/precision/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults.properties.precision.anyOf[1],data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data5.bits !== undefined){let data6 = data5.bits;if(typeof data6 !== "string"){const err13 = {instancePath:instancePath+"/defaults/precision/bits",schemaPath:"#/properties/defaults/properties/precision/anyOf/1/properties/bits/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.precision.anyOf[1].properties.bits.type,parentSchema:schema11.properties.defaults.properties.precision.anyOf[1].properties.bits,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(!(((((((((data6 === "bf16") || (data6 === "f32")) || (data6 === "fp8")) || (data6 === "int8")) || (data6 === "fp6")) || (data6 === "fp4")) || (data6 === "int4")) || (data6 === "int2")) || (data6 === "fp16"))){const err14 = {instancePath:instancePath+"/defaults/precision/bits",schemaPath:"#/properties/defaults/properties/precision/anyOf/1/properties/bits/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.precision.anyOf[1].properties.bits.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.precision.anyOf[1].properties.bits.enum,parentSchema:schema11.properties.defaults.properties.precision.anyOf[1].properties.bits,data:data6};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data5.weights !== undefined){let data7 = data5.weights;if(typeof data7 !== "string"){const err15 = {instancePath:instancePath+"/defaults/precision/weights",schemaPath:"#/properties/defaults/properties/precision/anyOf/1/properties/weights/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.precision.anyOf[1].properties.weights.type,parentSchema:schema11.properties.defaults.properties.precision.anyOf[1].properties.weights,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(!(((((((((data7 === "bf16") || (data7 === "f32")) || (data7 === "fp8")) || (data7 === "int8")) || (data7 === "fp6")) || (data7 === "fp4")) || (data7 === "int4")) || (data7 === "int2")) || (data7 === "fp16"))){const err16 = {instancePath:instancePath+"/defaults/precision/weights",schemaPath:"#/properties/defaults/properties/precision/anyOf/1/properties/weights/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.precision.anyOf[1].properties.weights.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.precision.anyOf[1].properties.weights.enum,parentSchema:schema11.properties.defaults.properties.precision.anyOf[1].properties.weights,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data5.expert_weights !== undefined){let data8 = data5.expert_weights;if(typeof data8 !== "string"){const err17 = {instancePath:instancePath+"/defaults/precision/expert_weights",schemaPath:"#/properties/defaults/properties/precision/anyOf/1/properties/expert_weights/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.precision.anyOf[1].properties.expert_weights.type,parentSchema:schema11.properties.defaults.properties.precision.anyOf[1].properties.expert_weights,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(!(((((((((data8 === "bf16") || (data8 === "f32")) || (data8 === "fp8")) || (data8 === "int8")) || (data8 === "fp6")) || (data8 === "fp4")) || (data8 === "int4")) || (data8 === "int2")) || (data8 === "fp16"))){const err18 = {instancePath:instancePath+"/defaults/precision/expert_weights",schemaPath:"#/properties/defaults/properties/precision/anyOf/1/properties/expert_weights/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.precision.anyOf[1].properties.expert_weights.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.precision.anyOf[1].properties.expert_weights.enum,parentSchema:schema11.properties.defaults.properties.precision.anyOf[1].properties.expert_weights,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data5.activations !== undefined){let data9 = data5.activations;if(typeof data9 !== "string"){const err19 = {instancePath:instancePath+"/defaults/precision/activations",schemaPath:"#/properties/defaults/properties/precision/anyOf/1/properties/activations/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.precision.anyOf[1].properties.activations.type,parentSchema:schema11.properties.defaults.properties.precision.anyOf[1].properties.activations,data:data9};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(!(((((((((data9 === "bf16") || (data9 === "f32")) || (data9 === "fp8")) || (data9 === "int8")) || (data9 === "fp6")) || (data9 === "fp4")) || (data9 === "int4")) || (data9 === "int2")) || (data9 === "fp16"))){const err20 = {instancePath:instancePath+"/defaults/precision/activations",schemaPath:"#/properties/defaults/properties/precision/anyOf/1/properties/activations/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.precision.anyOf[1].properties.activations.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.precision.anyOf[1].properties.activations.enum,parentSchema:schema11.properties.defaults.properties.precision.anyOf[1].properties.activations,data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data5.kv_cache !== undefined){let data10 = data5.kv_cache;if(typeof data10 !== "string"){const err21 = {instancePath:instancePath+"/defaults/precision/kv_cache",schemaPath:"#/properties/defaults/properties/precision/anyOf/1/properties/kv_cache/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.precision.anyOf[1].properties.kv_cache.type,parentSchema:schema11.properties.defaults.properties.precision.anyOf[1].properties.kv_cache,data:data10};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(!(((((((((data10 === "bf16") || (data10 === "f32")) || (data10 === "fp8")) || (data10 === "int8")) || (data10 === "fp6")) || (data10 === "fp4")) || (data10 === "int4")) || (data10 === "int2")) || (data10 === "fp16"))){const err22 = {instancePath:instancePath+"/defaults/precision/kv_cache",schemaPath:"#/properties/defaults/properties/precision/anyOf/1/properties/kv_cache/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.precision.anyOf[1].properties.kv_cache.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.precision.anyOf[1].properties.kv_cache.enum,parentSchema:schema11.properties.defaults.properties.precision.anyOf[1].properties.kv_cache,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/defaults/precision",schemaPath:"#/properties/defaults/properties/precision/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.properties.precision.anyOf[1].type,parentSchema:schema11.properties.defaults.properties.precision.anyOf[1],data:data5};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}var _valid0 = _errs18 === errors;valid4 = valid4 || _valid0;}if(!valid4){const err24 = {instancePath:instancePath+"/defaults/precision",schemaPath:"#/properties/defaults/properties/precision/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.defaults.properties.precision.anyOf,parentSchema:schema11.properties.defaults.properties.precision,data:data5};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}else {errors = _errs15;if(vErrors !== null){if(_errs15){vErrors.length = _errs15;}else {vErrors = null;}}}}if(data2.fidelity !== undefined){let data11 = data2.fidelity;if(typeof data11 !== "string"){const err25 = {instancePath:instancePath+"/defaults/fidelity",schemaPath:"#/properties/defaults/properties/fidelity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.fidelity.type,parentSchema:schema11.properties.defaults.properties.fidelity,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(!((data11 === "corrected") || (data11 === "genz"))){const err26 = {instancePath:instancePath+"/defaults/fidelity",schemaPath:"#/properties/defaults/properties/fidelity/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.fidelity.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.fidelity.enum,parentSchema:schema11.properties.defaults.properties.fidelity,data:data11};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data2.efficiency !== undefined){let data12 = data2.efficiency;if((typeof data12 == "number") && (isFinite(data12))){if(data12 > 1 || isNaN(data12)){const err27 = {instancePath:instancePath+"/defaults/efficiency",schemaPath:"#/properties/defaults/properties/efficiency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.defaults.properties.efficiency,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data12 <= 0 || isNaN(data12)){const err28 = {instancePath:instancePath+"/defaults/efficiency",schemaPath:"#/properties/defaults/properties/efficiency/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.defaults.properties.efficiency,data:data12};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/defaults/efficiency",schemaPath:"#/properties/defaults/properties/efficiency/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.defaults.properties.efficiency.type,parentSchema:schema11.properties.defaults.properties.efficiency,data:data12};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data2.parallelism !== undefined){let data13 = data2.parallelism;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key3 in data13){if(!(((key3 === "tensor") || (key3 === "pipeline")) || (key3 === "expert"))){const err30 = {instancePath:instancePath+"/defaults/parallelism",schemaPath:"#/properties/defaults/properties/parallelism/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults.properties.parallelism,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data13.tensor !== undefined){let data14 = data13.tensor;if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){const err31 = {instancePath:instancePath+"/defaults/parallelism/tensor",schemaPath:"#/properties/defaults/properties/parallelism/properties/tensor/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.defaults.properties.parallelism.properties.tensor.type,parentSchema:schema11.properties.defaults.properties.parallelism.properties.tensor,data:data14};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 < 1 || isNaN(data14)){const err32 = {instancePath:instancePath+"/defaults/parallelism/tensor",schemaPath:"#/properties/defaults/properties/parallelism/properties/tensor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.defaults.properties.parallelism.properties.tensor,data:data14};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}if(data13.pipeline !== undefined){let data15 = data13.pipeline;if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err33 = {instancePath:instancePath+"/defaults/parallelism/pipeline",schemaPath:"#/properties/defaults/properties/parallelism/properties/pipeline/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.defaults.properties.parallelism.properties.pipeline.type,parentSchema:schema11.properties.defaults.properties.parallelism.properties.pipeline,data:data15};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 < 1 || isNaN(data15)){const err34 = {instancePath:instancePath+"/defaults/parallelism/pipeline",schemaPath:"#/properties/defaults/properties/parallelism/properties/pipeline/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.defaults.properties.parallelism.properties.pipeline,data:data15};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}if(data13.expert !== undefined){let data16 = data13.expert;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err35 = {instancePath:instancePath+"/defaults/parallelism/expert",schemaPath:"#/properties/defaults/properties/parallelism/properties/expert/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.defaults.properties.parallelism.properties.expert.type,parentSchema:schema11.properties.defaults.properties.parallelism.properties.expert,data:data16};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 < 1 || isNaN(data16)){const err36 = {instancePath:instancePath+"/defaults/parallelism/expert",schemaPath:"#/properties/defaults/properties/parallelism/properties/expert/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.defaults.properties.parallelism.properties.expert,data:data16};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}}else {const err37 = {instancePath:instancePath+"/defaults/parallelism",schemaPath:"#/properties/defaults/properties/parallelism/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.properties.parallelism.type,parentSchema:schema11.properties.defaults.properties.parallelism,data:data13};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data2.workload !== undefined){let data17 = data2.workload;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key4 in data17){if(!((((key4 === "batch") || (key4 === "input_tokens")) || (key4 === "output_tokens")) || (key4 === "beam"))){const err38 = {instancePath:instancePath+"/defaults/workload",schemaPath:"#/properties/defaults/properties/workload/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults.properties.workload,data:data17};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data17.batch !== undefined){let data18 = data17.batch;if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){const err39 = {instancePath:instancePath+"/defaults/workload/batch",schemaPath:"#/properties/defaults/properties/workload/properties/batch/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.defaults.properties.workload.properties.batch.type,parentSchema:schema11.properties.defaults.properties.workload.properties.batch,data:data18};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if((typeof data18 == "number") && (isFinite(data18))){if(data18 < 1 || isNaN(data18)){const err40 = {instancePath:instancePath+"/defaults/workload/batch",schemaPath:"#/properties/defaults/properties/workload/properties/batch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.defaults.properties.workload.properties.batch,data:data18};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}if(data17.input_tokens !== undefined){let data19 = data17.input_tokens;if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){const err41 = {instancePath:instancePath+"/defaults/workload/input_tokens",schemaPath:"#/properties/defaults/properties/workload/properties/input_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.defaults.properties.workload.properties.input_tokens.type,parentSchema:schema11.properties.defaults.properties.workload.properties.input_tokens,data:data19};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 < 1 || isNaN(data19)){const err42 = {instancePath:instancePath+"/defaults/workload/input_tokens",schemaPath:"#/properties/defaults/properties/workload/properties/input_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.defaults.properties.workload.properties.input_tokens,data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}if(data17.output_tokens !== undefined){let data20 = data17.output_tokens;if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){const err43 = {instancePath:instancePath+"/defaults/workload/output_tokens",schemaPath:"#/properties/defaults/properties/workload/properties/output_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.defaults.properties.workload.properties.output_tokens.type,parentSchema:schema11.properties.defaults.properties.workload.properties.output_tokens,data:data20};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if((typeof data20 == "number") && (isFinite(data20))){if(data20 < 1 || isNaN(data20)){const err44 = {instancePath:instancePath+"/defaults/workload/output_tokens",schemaPath:"#/properties/defaults/properties/workload/properties/output_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.defaults.properties.workload.properties.output_tokens,data:data20};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}if(data17.beam !== undefined){let data21 = data17.beam;if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){const err45 = {instancePath:instancePath+"/defaults/workload/beam",schemaPath:"#/properties/defaults/properties/workload/properties/beam/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.defaults.properties.workload.properties.beam.type,parentSchema:schema11.properties.defaults.properties.workload.properties.beam,data:data21};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if((typeof data21 == "number") && (isFinite(data21))){if(data21 < 1 || isNaN(data21)){const err46 = {instancePath:instancePath+"/defaults/workload/beam",schemaPath:"#/properties/defaults/properties/workload/properties/beam/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.defaults.properties.workload.properties.beam,data:data21};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}}else {const err47 = {instancePath:instancePath+"/defaults/workload",schemaPath:"#/properties/defaults/properties/workload/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.properties.workload.type,parentSchema:schema11.properties.defaults.properties.workload,data:data17};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data2.features !== undefined){if(!(validate11(data2.features, {instancePath:instancePath+"/defaults/features",parentData:data2,parentDataProperty:"features",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data2.engine !== undefined){let data23 = data2.engine;if(typeof data23 !== "string"){const err48 = {instancePath:instancePath+"/defaults/engine",schemaPath:"#/properties/defaults/properties/engine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.engine.type,parentSchema:schema11.properties.defaults.properties.engine,data:data23};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(!((((data23 === "vllm") || (data23 === "trtllm")) || (data23 === "sglang")) || (data23 === "generic"))){const err49 = {instancePath:instancePath+"/defaults/engine",schemaPath:"#/properties/defaults/properties/engine/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.engine.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.engine.enum,parentSchema:schema11.properties.defaults.properties.engine,data:data23};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data2.calibration !== undefined){let data24 = data2.calibration;if(typeof data24 === "string"){if(func3(data24) < 1){const err50 = {instancePath:instancePath+"/defaults/calibration",schemaPath:"#/properties/defaults/properties/calibration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.defaults.properties.calibration,data:data24};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}else {const err51 = {instancePath:instancePath+"/defaults/calibration",schemaPath:"#/properties/defaults/properties/calibration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.calibration.type,parentSchema:schema11.properties.defaults.properties.calibration,data:data24};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data2.slo !== undefined){let data25 = data2.slo;if((!(data25 && typeof data25 == "object" && !Array.isArray(data25))) && (data25 !== null)){const err52 = {instancePath:instancePath+"/defaults/slo",schemaPath:"#/properties/defaults/properties/slo/type",keyword:"type",params:{type: schema11.properties.defaults.properties.slo.type},message:"must be object,null",schema:schema11.properties.defaults.properties.slo.type,parentSchema:schema11.properties.defaults.properties.slo,data:data25};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(data25 && typeof data25 == "object" && !Array.isArray(data25)){for(const key5 in data25){if(!((((((((key5 === "ttft_ms") || (key5 === "tpot_ms")) || (key5 === "tpot_peak_ms")) || (key5 === "e2e_ms")) || (key5 === "prefill_throughput_tps")) || (key5 === "decode_throughput_tps")) || (key5 === "total_throughput_tps")) || (key5 === "must_fit"))){const err53 = {instancePath:instancePath+"/defaults/slo",schemaPath:"#/properties/defaults/properties/slo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults.properties.slo,data:data25};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data25.ttft_ms !== undefined){let data26 = data25.ttft_ms;if((typeof data26 == "number") && (isFinite(data26))){if(data26 <= 0 || isNaN(data26)){const err54 = {instancePath:instancePath+"/defaults/slo/ttft_ms",schemaPath:"#/properties/defaults/properties/slo/properties/ttft_ms/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.defaults.properties.slo.properties.ttft_ms,data:data26};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}else {const err55 = {instancePath:instancePath+"/defaults/slo/ttft_ms",schemaPath:"#/properties/defaults/properties/slo/properties/ttft_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.defaults.properties.slo.properties.ttft_ms.type,parentSchema:schema11.properties.defaults.properties.slo.properties.ttft_ms,data:data26};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data25.tpot_ms !== undefined){let data27 = data25.tpot_ms;if((typeof data27 == "number") && (isFinite(data27))){if(data27 <= 0 || isNaN(data27)){const err56 = {instancePath:instancePath+"/defaults/slo/tpot_ms",schemaPath:"#/properties/defaults/properties/slo/properties/tpot_ms/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.defaults.properties.slo.properties.tpot_ms,data:data27};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}else {const err57 = {instancePath:instancePath+"/defaults/slo/tpot_ms",schemaPath:"#/properties/defaults/properties/slo/properties/tpot_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.defaults.properties.slo.properties.tpot_ms.type,parentSchema:schema11.properties.defaults.properties.slo.properties.tpot_ms,data:data27};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data25.tpot_peak_ms !== undefined){let data28 = data25.tpot_peak_ms;if((typeof data28 == "number") && (isFinite(data28))){if(data28 <= 0 || isNaN(data28)){const err58 = {instancePath:instancePath+"/defaults/slo/tpot_peak_ms",schemaPath:"#/properties/defaults/properties/slo/properties/tpot_peak_ms/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.defaults.properties.slo.properties.tpot_peak_ms,data:data28};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/defaults/slo/tpot_peak_ms",schemaPath:"#/properties/defaults/properties/slo/properties/tpot_peak_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.defaults.properties.slo.properties.tpot_peak_ms.type,parentSchema:schema11.properties.defaults.properties.slo.properties.tpot_peak_ms,data:data28};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data25.e2e_ms !== undefined){let data29 = data25.e2e_ms;if((typeof data29 == "number") && (isFinite(data29))){if(data29 <= 0 || isNaN(data29)){const err60 = {instancePath:instancePath+"/defaults/slo/e2e_ms",schemaPath:"#/properties/defaults/properties/slo/properties/e2e_ms/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.defaults.properties.slo.properties.e2e_ms,data:data29};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath:instancePath+"/defaults/slo/e2e_ms",schemaPath:"#/properties/defaults/properties/slo/properties/e2e_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.defaults.properties.slo.properties.e2e_ms.type,parentSchema:schema11.properties.defaults.properties.slo.properties.e2e_ms,data:data29};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data25.prefill_throughput_tps !== undefined){let data30 = data25.prefill_throughput_tps;if((typeof data30 == "number") && (isFinite(data30))){if(data30 <= 0 || isNaN(data30)){const err62 = {instancePath:instancePath+"/defaults/slo/prefill_throughput_tps",schemaPath:"#/properties/defaults/properties/slo/properties/prefill_throughput_tps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.defaults.properties.slo.properties.prefill_throughput_tps,data:data30};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}else {const err63 = {instancePath:instancePath+"/defaults/slo/prefill_throughput_tps",schemaPath:"#/properties/defaults/properties/slo/properties/prefill_throughput_tps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.defaults.properties.slo.properties.prefill_throughput_tps.type,parentSchema:schema11.properties.defaults.properties.slo.properties.prefill_throughput_tps,data:data30};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data25.decode_throughput_tps !== undefined){let data31 = data25.decode_throughput_tps;if((typeof data31 == "number") && (isFinite(data31))){if(data31 <= 0 || isNaN(data31)){const err64 = {instancePath:instancePath+"/defaults/slo/decode_throughput_tps",schemaPath:"#/properties/defaults/properties/slo/properties/decode_throughput_tps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.defaults.properties.slo.properties.decode_throughput_tps,data:data31};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}else {const err65 = {instancePath:instancePath+"/defaults/slo/decode_throughput_tps",schemaPath:"#/properties/defaults/properties/slo/properties/decode_throughput_tps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.defaults.properties.slo.properties.decode_throughput_tps.type,parentSchema:schema11.properties.defaults.properties.slo.properties.decode_throughput_tps,data:data31};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data25.total_throughput_tps !== undefined){let data32 = data25.total_throughput_tps;if((typeof data32 == "number") && (isFinite(data32))){if(data32 <= 0 || isNaN(data32)){const err66 = {instancePath:instancePath+"/defaults/slo/total_throughput_tps",schemaPath:"#/properties/defaults/properties/slo/properties/total_throughput_tps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.defaults.properties.slo.properties.total_throughput_tps,data:data32};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}else {const err67 = {instancePath:instancePath+"/defaults/slo/total_throughput_tps",schemaPath:"#/properties/defaults/properties/slo/properties/total_throughput_tps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.defaults.properties.slo.properties.total_throughput_tps.type,parentSchema:schema11.properties.defaults.properties.slo.properties.total_throughput_tps,data:data32};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data25.must_fit !== undefined){let data33 = data25.must_fit;if(typeof data33 !== "boolean"){const err68 = {instancePath:instancePath+"/defaults/slo/must_fit",schemaPath:"#/properties/defaults/properties/slo/properties/must_fit/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.defaults.properties.slo.properties.must_fit.type,parentSchema:schema11.properties.defaults.properties.slo.properties.must_fit,data:data33};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}}}else {const err69 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.type,parentSchema:schema11.properties.defaults,data:data2};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data.scenarios !== undefined){let data34 = data.scenarios;if(Array.isArray(data34)){if(data34.length < 1){const err70 = {instancePath:instancePath+"/scenarios",schemaPath:"#/properties/scenarios/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios,data:data34};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}const len0 = data34.length;for(let i0=0; i0<len0; i0++){let data35 = data34[i0];if(data35 && typeof data35 == "object" && !Array.isArray(data35)){if(data35.id === undefined){const err71 = {instancePath:instancePath+"/scenarios/" + i0,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data35};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}for(const key6 in data35){if(!(func2.call(schema11.properties.scenarios.items.properties, key6))){const err72 = {instancePath:instancePath+"/scenarios/" + i0,schemaPath:"#/properties/scenarios/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.scenarios.items,data:data35};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data35.id !== undefined){let data36 = data35.id;if(typeof data36 === "string"){if(func3(data36) > 4096){const err73 = {instancePath:instancePath+"/scenarios/" + i0+"/id",schemaPath:"#/properties/scenarios/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.id,data:data36};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(!pattern0.test(data36)){const err74 = {instancePath:instancePath+"/scenarios/" + i0+"/id",schemaPath:"#/properties/scenarios/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema11.properties.scenarios.items.properties.id,data:data36};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}else {const err75 = {instancePath:instancePath+"/scenarios/" + i0+"/id",schemaPath:"#/properties/scenarios/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.id.type,parentSchema:schema11.properties.scenarios.items.properties.id,data:data36};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data35.description !== undefined){let data37 = data35.description;if(typeof data37 === "string"){if(func3(data37) > 100000){const err76 = {instancePath:instancePath+"/scenarios/" + i0+"/description",schemaPath:"#/properties/scenarios/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema11.properties.scenarios.items.properties.description,data:data37};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}else {const err77 = {instancePath:instancePath+"/scenarios/" + i0+"/description",schemaPath:"#/properties/scenarios/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.description.type,parentSchema:schema11.properties.scenarios.items.properties.description,data:data37};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data35.model !== undefined){let data38 = data35.model;if(typeof data38 === "string"){if(func3(data38) < 1){const err78 = {instancePath:instancePath+"/scenarios/" + i0+"/model",schemaPath:"#/definitions/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data38};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}else {const err79 = {instancePath:instancePath+"/scenarios/" + i0+"/model",schemaPath:"#/definitions/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data38};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data35.hardware !== undefined){let data39 = data35.hardware;if(typeof data39 === "string"){if(func3(data39) < 1){const err80 = {instancePath:instancePath+"/scenarios/" + i0+"/hardware",schemaPath:"#/definitions/hardware/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data39};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}else {const err81 = {instancePath:instancePath+"/scenarios/" + i0+"/hardware",schemaPath:"#/definitions/hardware/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data39};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data35.precision !== undefined){let data40 = data35.precision;const _errs95 = errors;let valid14 = false;const _errs96 = errors;if(typeof data40 !== "string"){const err82 = {instancePath:instancePath+"/scenarios/" + i0+"/precision",schemaPath:"#/properties/scenarios/items/properties/precision/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.precision.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.precision.anyOf[0],data:data40};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}if(!(((((((((data40 === "bf16") || (data40 === "f32")) || (data40 === "fp8")) || (data40 === "int8")) || (data40 === "fp6")) || (data40 === "fp4")) || (data40 === "int4")) || (data40 === "int2")) || (data40 === "fp16"))){const err83 = {instancePath:instancePath+"/scenarios/" + i0+"/precision",schemaPath:"#/properties/scenarios/items/properties/precision/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.precision.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.precision.anyOf[0].enum,parentSchema:schema11.properties.scenarios.items.properties.precision.anyOf[0],data:data40};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}var _valid1 = _errs96 === errors;valid14 = valid14 || _valid1;if(!valid14){const _errs98 = errors;if(data40 && typeof data40 == "object" && !Array.isArray(data40)){for(const key7 in data40){if(!(((((key7 === "bits") || (key7 === "weights")) || (key7 === "expert_weights")) || (key7 === "activations")) || (key7 === "kv_cache"))){const err84 = {instancePath:instancePath+"/scenarios/" + i0+"/precision",schemaPath:"#/properties/scenarios/items/properties/precision/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.scenarios.items.properties.precision.anyOf[1],data:data40};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data40.bits !== undefined){let data41 = data40.bits;if(typeof data41 !== "string"){const err85 = {instancePath:instancePath+"/scenarios/" + i0+"/precision/bits",schemaPath:"#/properties/scenarios/items/properties/precision/anyOf/1/properties/bits/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.bits.type,parentSchema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.bits,data:data41};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}if(!(((((((((data41 === "bf16") || (data41 === "f32")) || (data41 === "fp8")) || (data41 === "int8")) || (data41 === "fp6")) || (data41 === "fp4")) || (data41 === "int4")) || (data41 === "int2")) || (data41 === "fp16"))){const err86 = {instancePath:instancePath+"/scenarios/" + i0+"/precision/bits",schemaPath:"#/properties/scenarios/items/properties/precision/anyOf/1/properties/bits/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.bits.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.bits.enum,parentSchema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.bits,data:data41};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data40.weights !== undefined){let data42 = data40.weights;if(typeof data42 !== "string"){const err87 = {instancePath:instancePath+"/scenarios/" + i0+"/precision/weights",schemaPath:"#/properties/scenarios/items/properties/precision/anyOf/1/properties/weights/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.weights.type,parentSchema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.weights,data:data42};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if(!(((((((((data42 === "bf16") || (data42 === "f32")) || (data42 === "fp8")) || (data42 === "int8")) || (data42 === "fp6")) || (data42 === "fp4")) || (data42 === "int4")) || (data42 === "int2")) || (data42 === "fp16"))){const err88 = {instancePath:instancePath+"/scenarios/" + i0+"/precision/weights",schemaPath:"#/properties/scenarios/items/properties/precision/anyOf/1/properties/weights/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.weights.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.weights.enum,parentSchema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.weights,data:data42};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data40.expert_weights !== undefined){let data43 = data40.expert_weights;if(typeof data43 !== "string"){const err89 = {instancePath:instancePath+"/scenarios/" + i0+"/precision/expert_weights",schemaPath:"#/properties/scenarios/items/properties/precision/anyOf/1/properties/expert_weights/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.expert_weights.type,parentSchema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.expert_weights,data:data43};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}if(!(((((((((data43 === "bf16") || (data43 === "f32")) || (data43 === "fp8")) || (data43 === "int8")) || (data43 === "fp6")) || (data43 === "fp4")) || (data43 === "int4")) || (data43 === "int2")) || (data43 === "fp16"))){const err90 = {instancePath:instancePath+"/scenarios/" + i0+"/precision/expert_weights",schemaPath:"#/properties/scenarios/items/properties/precision/anyOf/1/properties/expert_weights/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.expert_weights.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.expert_weights.enum,parentSchema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.expert_weights,data:data43};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data40.activations !== undefined){let data44 = data40.activations;if(typeof data44 !== "string"){const err91 = {instancePath:instancePath+"/scenarios/" + i0+"/precision/activations",schemaPath:"#/properties/scenarios/items/properties/precision/anyOf/1/properties/activations/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.activations.type,parentSchema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.activations,data:data44};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}if(!(((((((((data44 === "bf16") || (data44 === "f32")) || (data44 === "fp8")) || (data44 === "int8")) || (data44 === "fp6")) || (data44 === "fp4")) || (data44 === "int4")) || (data44 === "int2")) || (data44 === "fp16"))){const err92 = {instancePath:instancePath+"/scenarios/" + i0+"/precision/activations",schemaPath:"#/properties/scenarios/items/properties/precision/anyOf/1/properties/activations/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.activations.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.activations.enum,parentSchema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.activations,data:data44};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data40.kv_cache !== undefined){let data45 = data40.kv_cache;if(typeof data45 !== "string"){const err93 = {instancePath:instancePath+"/scenarios/" + i0+"/precision/kv_cache",schemaPath:"#/properties/scenarios/items/properties/precision/anyOf/1/properties/kv_cache/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.kv_cache.type,parentSchema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.kv_cache,data:data45};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}if(!(((((((((data45 === "bf16") || (data45 === "f32")) || (data45 === "fp8")) || (data45 === "int8")) || (data45 === "fp6")) || (data45 === "fp4")) || (data45 === "int4")) || (data45 === "int2")) || (data45 === "fp16"))){const err94 = {instancePath:instancePath+"/scenarios/" + i0+"/precision/kv_cache",schemaPath:"#/properties/scenarios/items/properties/precision/anyOf/1/properties/kv_cache/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.kv_cache.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.kv_cache.enum,parentSchema:schema11.properties.scenarios.items.properties.precision.anyOf[1].properties.kv_cache,data:data45};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}}else {const err95 = {instancePath:instancePath+"/scenarios/" + i0+"/precision",schemaPath:"#/properties/scenarios/items/properties/precision/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.precision.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.precision.anyOf[1],data:data40};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}var _valid1 = _errs98 === errors;valid14 = valid14 || _valid1;}if(!valid14){const err96 = {instancePath:instancePath+"/scenarios/" + i0+"/precision",schemaPath:"#/properties/scenarios/items/properties/precision/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.precision.anyOf,parentSchema:schema11.properties.scenarios.items.properties.precision,data:data40};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}else {errors = _errs95;if(vErrors !== null){if(_errs95){vErrors.length = _errs95;}else {vErrors = null;}}}}if(data35.fidelity !== undefined){let data46 = data35.fidelity;if(typeof data46 !== "string"){const err97 = {instancePath:instancePath+"/scenarios/" + i0+"/fidelity",schemaPath:"#/properties/scenarios/items/properties/fidelity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.fidelity.type,parentSchema:schema11.properties.scenarios.items.properties.fidelity,data:data46};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}if(!((data46 === "corrected") || (data46 === "genz"))){const err98 = {instancePath:instancePath+"/scenarios/" + i0+"/fidelity",schemaPath:"#/properties/scenarios/items/properties/fidelity/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.fidelity.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.fidelity.enum,parentSchema:schema11.properties.scenarios.items.properties.fidelity,data:data46};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data35.efficiency !== undefined){let data47 = data35.efficiency;if((typeof data47 == "number") && (isFinite(data47))){if(data47 > 1 || isNaN(data47)){const err99 = {instancePath:instancePath+"/scenarios/" + i0+"/efficiency",schemaPath:"#/properties/scenarios/items/properties/efficiency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.efficiency,data:data47};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}if(data47 <= 0 || isNaN(data47)){const err100 = {instancePath:instancePath+"/scenarios/" + i0+"/efficiency",schemaPath:"#/properties/scenarios/items/properties/efficiency/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.efficiency,data:data47};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}else {const err101 = {instancePath:instancePath+"/scenarios/" + i0+"/efficiency",schemaPath:"#/properties/scenarios/items/properties/efficiency/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.efficiency.type,parentSchema:schema11.properties.scenarios.items.properties.efficiency,data:data47};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}if(data35.parallelism !== undefined){let data48 = data35.parallelism;if(data48 && typeof data48 == "object" && !Array.isArray(data48)){for(const key8 in data48){if(!(((key8 === "tensor") || (key8 === "pipeline")) || (key8 === "expert"))){const err102 = {instancePath:instancePath+"/scenarios/" + i0+"/parallelism",schemaPath:"#/properties/scenarios/items/properties/parallelism/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.scenarios.items.properties.parallelism,data:data48};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data48.tensor !== undefined){let data49 = data48.tensor;if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){const err103 = {instancePath:instancePath+"/scenarios/" + i0+"/parallelism/tensor",schemaPath:"#/properties/scenarios/items/properties/parallelism/properties/tensor/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.scenarios.items.properties.parallelism.properties.tensor.type,parentSchema:schema11.properties.scenarios.items.properties.parallelism.properties.tensor,data:data49};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}if((typeof data49 == "number") && (isFinite(data49))){if(data49 < 1 || isNaN(data49)){const err104 = {instancePath:instancePath+"/scenarios/" + i0+"/parallelism/tensor",schemaPath:"#/properties/scenarios/items/properties/parallelism/properties/tensor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.parallelism.properties.tensor,data:data49};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}}if(data48.pipeline !== undefined){let data50 = data48.pipeline;if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){const err105 = {instancePath:instancePath+"/scenarios/" + i0+"/parallelism/pipeline",schemaPath:"#/properties/scenarios/items/properties/parallelism/properties/pipeline/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.scenarios.items.properties.parallelism.properties.pipeline.type,parentSchema:schema11.properties.scenarios.items.properties.parallelism.properties.pipeline,data:data50};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}if((typeof data50 == "number") && (isFinite(data50))){if(data50 < 1 || isNaN(data50)){const err106 = {instancePath:instancePath+"/scenarios/" + i0+"/parallelism/pipeline",schemaPath:"#/properties/scenarios/items/properties/parallelism/properties/pipeline/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.parallelism.properties.pipeline,data:data50};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}}if(data48.expert !== undefined){let data51 = data48.expert;if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){const err107 = {instancePath:instancePath+"/scenarios/" + i0+"/parallelism/expert",schemaPath:"#/properties/scenarios/items/properties/parallelism/properties/expert/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.scenarios.items.properties.parallelism.properties.expert.type,parentSchema:schema11.properties.scenarios.items.properties.parallelism.properties.expert,data:data51};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}if((typeof data51 == "number") && (isFinite(data51))){if(data51 < 1 || isNaN(data51)){const err108 = {instancePath:instancePath+"/scenarios/" + i0+"/parallelism/expert",schemaPath:"#/properties/scenarios/items/properties/parallelism/properties/expert/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.parallelism.properties.expert,data:data51};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}}}else {const err109 = {instancePath:instancePath+"/scenarios/" + i0+"/parallelism",schemaPath:"#/properties/scenarios/items/properties/parallelism/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.parallelism.type,parentSchema:schema11.properties.scenarios.items.properties.parallelism,data:data48};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}if(data35.workload !== undefined){let data52 = data35.workload;if(data52 && typeof data52 == "object" && !Array.isArray(data52)){for(const key9 in data52){if(!((((key9 === "batch") || (key9 === "input_tokens")) || (key9 === "output_tokens")) || (key9 === "beam"))){const err110 = {instancePath:instancePath+"/scenarios/" + i0+"/workload",schemaPath:"#/properties/scenarios/items/properties/workload/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.scenarios.items.properties.workload,data:data52};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}if(data52.batch !== undefined){let data53 = data52.batch;if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){const err111 = {instancePath:instancePath+"/scenarios/" + i0+"/workload/batch",schemaPath:"#/properties/scenarios/items/properties/workload/properties/batch/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.scenarios.items.properties.workload.properties.batch.type,parentSchema:schema11.properties.scenarios.items.properties.workload.properties.batch,data:data53};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}if((typeof data53 == "number") && (isFinite(data53))){if(data53 < 1 || isNaN(data53)){const err112 = {instancePath:instancePath+"/scenarios/" + i0+"/workload/batch",schemaPath:"#/properties/scenarios/items/properties/workload/properties/batch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.workload.properties.batch,data:data53};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}}if(data52.input_tokens !== undefined){let data54 = data52.input_tokens;if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){const err113 = {instancePath:instancePath+"/scenarios/" + i0+"/workload/input_tokens",schemaPath:"#/properties/scenarios/items/properties/workload/properties/input_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.scenarios.items.properties.workload.properties.input_tokens.type,parentSchema:schema11.properties.scenarios.items.properties.workload.properties.input_tokens,data:data54};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}if((typeof data54 == "number") && (isFinite(data54))){if(data54 < 1 || isNaN(data54)){const err114 = {instancePath:instancePath+"/scenarios/" + i0+"/workload/input_tokens",schemaPath:"#/properties/scenarios/items/properties/workload/properties/input_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.workload.properties.input_tokens,data:data54};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}}if(data52.output_tokens !== undefined){let data55 = data52.output_tokens;if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){const err115 = {instancePath:instancePath+"/scenarios/" + i0+"/workload/output_tokens",schemaPath:"#/properties/scenarios/items/properties/workload/properties/output_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.scenarios.items.properties.workload.properties.output_tokens.type,parentSchema:schema11.properties.scenarios.items.properties.workload.properties.output_tokens,data:data55};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}if((typeof data55 == "number") && (isFinite(data55))){if(data55 < 1 || isNaN(data55)){const err116 = {instancePath:instancePath+"/scenarios/" + i0+"/workload/output_tokens",schemaPath:"#/properties/scenarios/items/properties/workload/properties/output_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.workload.properties.output_tokens,data:data55};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}}if(data52.beam !== undefined){let data56 = data52.beam;if(!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))){const err117 = {instancePath:instancePath+"/scenarios/" + i0+"/workload/beam",schemaPath:"#/properties/scenarios/items/properties/workload/properties/beam/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.scenarios.items.properties.workload.properties.beam.type,parentSchema:schema11.properties.scenarios.items.properties.workload.properties.beam,data:data56};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}if((typeof data56 == "number") && (isFinite(data56))){if(data56 < 1 || isNaN(data56)){const err118 = {instancePath:instancePath+"/scenarios/" + i0+"/workload/beam",schemaPath:"#/properties/scenarios/items/properties/workload/properties/beam/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.workload.properties.beam,data:data56};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}}}else {const err119 = {instancePath:instancePath+"/scenarios/" + i0+"/workload",schemaPath:"#/properties/scenarios/items/properties/workload/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.workload.type,parentSchema:schema11.properties.scenarios.items.properties.workload,data:data52};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}if(data35.features !== undefined){if(!(validate11(data35.features, {instancePath:instancePath+"/scenarios/" + i0+"/features",parentData:data35,parentDataProperty:"features",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data35.engine !== undefined){let data58 = data35.engine;if(typeof data58 !== "string"){const err120 = {instancePath:instancePath+"/scenarios/" + i0+"/engine",schemaPath:"#/properties/scenarios/items/properties/engine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.engine.type,parentSchema:schema11.properties.scenarios.items.properties.engine,data:data58};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}if(!((((data58 === "vllm") || (data58 === "trtllm")) || (data58 === "sglang")) || (data58 === "generic"))){const err121 = {instancePath:instancePath+"/scenarios/" + i0+"/engine",schemaPath:"#/properties/scenarios/items/properties/engine/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.engine.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.engine.enum,parentSchema:schema11.properties.scenarios.items.properties.engine,data:data58};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}if(data35.calibration !== undefined){let data59 = data35.calibration;if(typeof data59 === "string"){if(func3(data59) < 1){const err122 = {instancePath:instancePath+"/scenarios/" + i0+"/calibration",schemaPath:"#/properties/scenarios/items/properties/calibration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.scenarios.items.properties.calibration,data:data59};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}else {const err123 = {instancePath:instancePath+"/scenarios/" + i0+"/calibration",schemaPath:"#/properties/scenarios/items/properties/calibration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.calibration.type,parentSchema:schema11.properties.scenarios.items.properties.calibration,data:data59};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}if(data35.slo !== undefined){let data60 = data35.slo;if((!(data60 && typeof data60 == "object" && !Array.isArray(data60))) && (data60 !== null)){const err124 = {instancePath:instancePath+"/scenarios/" + i0+"/slo",schemaPath:"#/properties/scenarios/items/properties/slo/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.slo.type},message:"must be object,null",schema:schema11.properties.scenarios.items.properties.slo.type,parentSchema:schema11.properties.scenarios.items.properties.slo,data:data60};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}if(data60 && typeof data60 == "object" && !Array.isArray(data60)){for(const key10 in data60){if(!((((((((key10 === "ttft_ms") || (key10 === "tpot_ms")) || (key10 === "tpot_peak_ms")) || (key10 === "e2e_ms")) || (key10 === "prefill_throughput_tps")) || (key10 === "decode_throughput_tps")) || (key10 === "total_throughput_tps")) || (key10 === "must_fit"))){const err125 = {instancePath:instancePath+"/scenarios/" + i0+"/slo",schemaPath:"#/properties/scenarios/items/properties/slo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.scenarios.items.properties.slo,data:data60};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}if(data60.ttft_ms !== undefined){let data61 = data60.ttft_ms;if((typeof data61 == "number") && (isFinite(data61))){if(data61 <= 0 || isNaN(data61)){const err126 = {instancePath:instancePath+"/scenarios/" + i0+"/slo/ttft_ms",schemaPath:"#/properties/scenarios/items/properties/slo/properties/ttft_ms/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.slo.properties.ttft_ms,data:data61};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}else {const err127 = {instancePath:instancePath+"/scenarios/" + i0+"/slo/ttft_ms",schemaPath:"#/properties/scenarios/items/properties/slo/properties/ttft_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.slo.properties.ttft_ms.type,parentSchema:schema11.properties.scenarios.items.properties.slo.properties.ttft_ms,data:data61};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}if(data60.tpot_ms !== undefined){let data62 = data60.tpot_ms;if((typeof data62 == "number") && (isFinite(data62))){if(data62 <= 0 || isNaN(data62)){const err128 = {instancePath:instancePath+"/scenarios/" + i0+"/slo/tpot_ms",schemaPath:"#/properties/scenarios/items/properties/slo/properties/tpot_ms/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.slo.properties.tpot_ms,data:data62};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}else {const err129 = {instancePath:instancePath+"/scenarios/" + i0+"/slo/tpot_ms",schemaPath:"#/properties/scenarios/items/properties/slo/properties/tpot_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.slo.properties.tpot_ms.type,parentSchema:schema11.properties.scenarios.items.properties.slo.properties.tpot_ms,data:data62};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data60.tpot_peak_ms !== undefined){let data63 = data60.tpot_peak_ms;if((typeof data63 == "number") && (isFinite(data63))){if(data63 <= 0 || isNaN(data63)){const err130 = {instancePath:instancePath+"/scenarios/" + i0+"/slo/tpot_peak_ms",schemaPath:"#/properties/scenarios/items/properties/slo/properties/tpot_peak_ms/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.slo.properties.tpot_peak_ms,data:data63};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}else {const err131 = {instancePath:instancePath+"/scenarios/" + i0+"/slo/tpot_peak_ms",schemaPath:"#/properties/scenarios/items/properties/slo/properties/tpot_peak_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.slo.properties.tpot_peak_ms.type,parentSchema:schema11.properties.scenarios.items.properties.slo.properties.tpot_peak_ms,data:data63};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}if(data60.e2e_ms !== undefined){let data64 = data60.e2e_ms;if((typeof data64 == "number") && (isFinite(data64))){if(data64 <= 0 || isNaN(data64)){const err132 = {instancePath:instancePath+"/scenarios/" + i0+"/slo/e2e_ms",schemaPath:"#/properties/scenarios/items/properties/slo/properties/e2e_ms/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.slo.properties.e2e_ms,data:data64};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}else {const err133 = {instancePath:instancePath+"/scenarios/" + i0+"/slo/e2e_ms",schemaPath:"#/properties/scenarios/items/properties/slo/properties/e2e_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.slo.properties.e2e_ms.type,parentSchema:schema11.properties.scenarios.items.properties.slo.properties.e2e_ms,data:data64};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}if(data60.prefill_throughput_tps !== undefined){let data65 = data60.prefill_throughput_tps;if((typeof data65 == "number") && (isFinite(data65))){if(data65 <= 0 || isNaN(data65)){const err134 = {instancePath:instancePath+"/scenarios/" + i0+"/slo/prefill_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/slo/properties/prefill_throughput_tps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.slo.properties.prefill_throughput_tps,data:data65};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}else {const err135 = {instancePath:instancePath+"/scenarios/" + i0+"/slo/prefill_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/slo/properties/prefill_throughput_tps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.slo.properties.prefill_throughput_tps.type,parentSchema:schema11.properties.scenarios.items.properties.slo.properties.prefill_throughput_tps,data:data65};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}if(data60.decode_throughput_tps !== undefined){let data66 = data60.decode_throughput_tps;if((typeof data66 == "number") && (isFinite(data66))){if(data66 <= 0 || isNaN(data66)){const err136 = {instancePath:instancePath+"/scenarios/" + i0+"/slo/decode_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/slo/properties/decode_throughput_tps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.slo.properties.decode_throughput_tps,data:data66};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}else {const err137 = {instancePath:instancePath+"/scenarios/" + i0+"/slo/decode_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/slo/properties/decode_throughput_tps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.slo.properties.decode_throughput_tps.type,parentSchema:schema11.properties.scenarios.items.properties.slo.properties.decode_throughput_tps,data:data66};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}if(data60.total_throughput_tps !== undefined){let data67 = data60.total_throughput_tps;if((typeof data67 == "number") && (isFinite(data67))){if(data67 <= 0 || isNaN(data67)){const err138 = {instancePath:instancePath+"/scenarios/" + i0+"/slo/total_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/slo/properties/total_throughput_tps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.slo.properties.total_throughput_tps,data:data67};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}else {const err139 = {instancePath:instancePath+"/scenarios/" + i0+"/slo/total_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/slo/properties/total_throughput_tps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.slo.properties.total_throughput_tps.type,parentSchema:schema11.properties.scenarios.items.properties.slo.properties.total_throughput_tps,data:data67};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}if(data60.must_fit !== undefined){let data68 = data60.must_fit;if(typeof data68 !== "boolean"){const err140 = {instancePath:instancePath+"/scenarios/" + i0+"/slo/must_fit",schemaPath:"#/properties/scenarios/items/properties/slo/properties/must_fit/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.scenarios.items.properties.slo.properties.must_fit.type,parentSchema:schema11.properties.scenarios.items.properties.slo.properties.must_fit,data:data68};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}}}if(data35.matrix !== undefined){let data69 = data35.matrix;if(data69 && typeof data69 == "object" && !Array.isArray(data69)){if(Object.keys(data69).length < 1){const err141 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix",schemaPath:"#/properties/scenarios/items/properties/matrix/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix,data:data69};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}for(const key11 in data69){if(!(func2.call(schema11.properties.scenarios.items.properties.matrix.properties, key11))){const err142 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix",schemaPath:"#/properties/scenarios/items/properties/matrix/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.scenarios.items.properties.matrix,data:data69};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}}if(data69.model !== undefined){let data70 = data69.model;if(Array.isArray(data70)){if(data70.length < 1){const err143 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/model",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/model/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.model,data:data70};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}const len1 = data70.length;for(let i1=0; i1<len1; i1++){let data71 = data70[i1];if(typeof data71 === "string"){if(func3(data71) < 1){const err144 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/model/" + i1,schemaPath:"#/definitions/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data71};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}else {const err145 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/model/" + i1,schemaPath:"#/definitions/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data71};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}}else {const err146 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/model",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/model/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties.model.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.model,data:data70};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}if(data69.hardware !== undefined){let data72 = data69.hardware;if(Array.isArray(data72)){if(data72.length < 1){const err147 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/hardware",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/hardware/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.hardware,data:data72};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}const len2 = data72.length;for(let i2=0; i2<len2; i2++){let data73 = data72[i2];if(typeof data73 === "string"){if(func3(data73) < 1){const err148 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/hardware/" + i2,schemaPath:"#/definitions/hardware/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data73};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}else {const err149 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/hardware/" + i2,schemaPath:"#/definitions/hardware/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data73};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}}else {const err150 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/hardware",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/hardware/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties.hardware.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.hardware,data:data72};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}if(data69.precision !== undefined){let data74 = data69.precision;if(Array.isArray(data74)){if(data74.length < 1){const err151 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision,data:data74};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}const len3 = data74.length;for(let i3=0; i3<len3; i3++){let data75 = data74[i3];const _errs175 = errors;let valid28 = false;const _errs176 = errors;if(typeof data75 !== "string"){const err152 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision/" + i3,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[0],data:data75};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}if(!(((((((((data75 === "bf16") || (data75 === "f32")) || (data75 === "fp8")) || (data75 === "int8")) || (data75 === "fp6")) || (data75 === "fp4")) || (data75 === "int4")) || (data75 === "int2")) || (data75 === "fp16"))){const err153 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision/" + i3,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/items/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[0].enum,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[0],data:data75};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}var _valid2 = _errs176 === errors;valid28 = valid28 || _valid2;if(!valid28){const _errs178 = errors;if(data75 && typeof data75 == "object" && !Array.isArray(data75)){for(const key12 in data75){if(!(((((key12 === "bits") || (key12 === "weights")) || (key12 === "expert_weights")) || (key12 === "activations")) || (key12 === "kv_cache"))){const err154 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision/" + i3,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1],data:data75};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}if(data75.bits !== undefined){let data76 = data75.bits;if(typeof data76 !== "string"){const err155 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision/" + i3+"/bits",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/items/anyOf/1/properties/bits/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.bits.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.bits,data:data76};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}if(!(((((((((data76 === "bf16") || (data76 === "f32")) || (data76 === "fp8")) || (data76 === "int8")) || (data76 === "fp6")) || (data76 === "fp4")) || (data76 === "int4")) || (data76 === "int2")) || (data76 === "fp16"))){const err156 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision/" + i3+"/bits",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/items/anyOf/1/properties/bits/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.bits.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.bits.enum,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.bits,data:data76};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}if(data75.weights !== undefined){let data77 = data75.weights;if(typeof data77 !== "string"){const err157 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision/" + i3+"/weights",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/items/anyOf/1/properties/weights/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.weights.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.weights,data:data77};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}if(!(((((((((data77 === "bf16") || (data77 === "f32")) || (data77 === "fp8")) || (data77 === "int8")) || (data77 === "fp6")) || (data77 === "fp4")) || (data77 === "int4")) || (data77 === "int2")) || (data77 === "fp16"))){const err158 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision/" + i3+"/weights",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/items/anyOf/1/properties/weights/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.weights.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.weights.enum,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.weights,data:data77};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}if(data75.expert_weights !== undefined){let data78 = data75.expert_weights;if(typeof data78 !== "string"){const err159 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision/" + i3+"/expert_weights",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/items/anyOf/1/properties/expert_weights/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.expert_weights.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.expert_weights,data:data78};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}if(!(((((((((data78 === "bf16") || (data78 === "f32")) || (data78 === "fp8")) || (data78 === "int8")) || (data78 === "fp6")) || (data78 === "fp4")) || (data78 === "int4")) || (data78 === "int2")) || (data78 === "fp16"))){const err160 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision/" + i3+"/expert_weights",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/items/anyOf/1/properties/expert_weights/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.expert_weights.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.expert_weights.enum,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.expert_weights,data:data78};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}}if(data75.activations !== undefined){let data79 = data75.activations;if(typeof data79 !== "string"){const err161 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision/" + i3+"/activations",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/items/anyOf/1/properties/activations/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.activations.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.activations,data:data79};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}if(!(((((((((data79 === "bf16") || (data79 === "f32")) || (data79 === "fp8")) || (data79 === "int8")) || (data79 === "fp6")) || (data79 === "fp4")) || (data79 === "int4")) || (data79 === "int2")) || (data79 === "fp16"))){const err162 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision/" + i3+"/activations",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/items/anyOf/1/properties/activations/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.activations.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.activations.enum,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.activations,data:data79};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}}if(data75.kv_cache !== undefined){let data80 = data75.kv_cache;if(typeof data80 !== "string"){const err163 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision/" + i3+"/kv_cache",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/items/anyOf/1/properties/kv_cache/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.kv_cache.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.kv_cache,data:data80};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}if(!(((((((((data80 === "bf16") || (data80 === "f32")) || (data80 === "fp8")) || (data80 === "int8")) || (data80 === "fp6")) || (data80 === "fp4")) || (data80 === "int4")) || (data80 === "int2")) || (data80 === "fp16"))){const err164 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision/" + i3+"/kv_cache",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/items/anyOf/1/properties/kv_cache/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.kv_cache.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.kv_cache.enum,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].properties.kv_cache,data:data80};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}}else {const err165 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision/" + i3,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf[1],data:data75};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}var _valid2 = _errs178 === errors;valid28 = valid28 || _valid2;}if(!valid28){const err166 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision/" + i3,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items.anyOf,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision.items,data:data75};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}else {errors = _errs175;if(vErrors !== null){if(_errs175){vErrors.length = _errs175;}else {vErrors = null;}}}}}else {const err167 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/precision",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/precision/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties.precision.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.precision,data:data74};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}if(data69.fidelity !== undefined){let data81 = data69.fidelity;if(Array.isArray(data81)){if(data81.length < 1){const err168 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/fidelity",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/fidelity/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.fidelity,data:data81};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}const len4 = data81.length;for(let i4=0; i4<len4; i4++){let data82 = data81[i4];if(typeof data82 !== "string"){const err169 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/fidelity/" + i4,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/fidelity/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.matrix.properties.fidelity.items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.fidelity.items,data:data82};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}if(!((data82 === "corrected") || (data82 === "genz"))){const err170 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/fidelity/" + i4,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/fidelity/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.matrix.properties.fidelity.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.matrix.properties.fidelity.items.enum,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.fidelity.items,data:data82};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}}else {const err171 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/fidelity",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/fidelity/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties.fidelity.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.fidelity,data:data81};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}if(data69.efficiency !== undefined){let data83 = data69.efficiency;if(Array.isArray(data83)){if(data83.length < 1){const err172 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/efficiency",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/efficiency/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.efficiency,data:data83};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}const len5 = data83.length;for(let i5=0; i5<len5; i5++){let data84 = data83[i5];if((typeof data84 == "number") && (isFinite(data84))){if(data84 > 1 || isNaN(data84)){const err173 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/efficiency/" + i5,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/efficiency/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.efficiency.items,data:data84};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}if(data84 <= 0 || isNaN(data84)){const err174 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/efficiency/" + i5,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/efficiency/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.efficiency.items,data:data84};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}}else {const err175 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/efficiency/" + i5,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/efficiency/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.matrix.properties.efficiency.items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.efficiency.items,data:data84};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}}else {const err176 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/efficiency",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/efficiency/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties.efficiency.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.efficiency,data:data83};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}if(data69["parallelism.tensor"] !== undefined){let data85 = data69["parallelism.tensor"];if(Array.isArray(data85)){if(data85.length < 1){const err177 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/parallelism.tensor",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/parallelism.tensor/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.tensor"],data:data85};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}const len6 = data85.length;for(let i6=0; i6<len6; i6++){let data86 = data85[i6];if(!(((typeof data86 == "number") && (!(data86 % 1) && !isNaN(data86))) && (isFinite(data86)))){const err178 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/parallelism.tensor/" + i6,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/parallelism.tensor/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.tensor"].items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.tensor"].items,data:data86};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}if((typeof data86 == "number") && (isFinite(data86))){if(data86 < 1 || isNaN(data86)){const err179 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/parallelism.tensor/" + i6,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/parallelism.tensor/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.tensor"].items,data:data86};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}}}}else {const err180 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/parallelism.tensor",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/parallelism.tensor/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.tensor"].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.tensor"],data:data85};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}if(data69["parallelism.pipeline"] !== undefined){let data87 = data69["parallelism.pipeline"];if(Array.isArray(data87)){if(data87.length < 1){const err181 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/parallelism.pipeline",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/parallelism.pipeline/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.pipeline"],data:data87};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}const len7 = data87.length;for(let i7=0; i7<len7; i7++){let data88 = data87[i7];if(!(((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88))) && (isFinite(data88)))){const err182 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/parallelism.pipeline/" + i7,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/parallelism.pipeline/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.pipeline"].items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.pipeline"].items,data:data88};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}if((typeof data88 == "number") && (isFinite(data88))){if(data88 < 1 || isNaN(data88)){const err183 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/parallelism.pipeline/" + i7,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/parallelism.pipeline/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.pipeline"].items,data:data88};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}}}}else {const err184 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/parallelism.pipeline",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/parallelism.pipeline/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.pipeline"].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.pipeline"],data:data87};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}}if(data69["parallelism.expert"] !== undefined){let data89 = data69["parallelism.expert"];if(Array.isArray(data89)){if(data89.length < 1){const err185 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/parallelism.expert",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/parallelism.expert/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.expert"],data:data89};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}const len8 = data89.length;for(let i8=0; i8<len8; i8++){let data90 = data89[i8];if(!(((typeof data90 == "number") && (!(data90 % 1) && !isNaN(data90))) && (isFinite(data90)))){const err186 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/parallelism.expert/" + i8,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/parallelism.expert/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.expert"].items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.expert"].items,data:data90};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}if((typeof data90 == "number") && (isFinite(data90))){if(data90 < 1 || isNaN(data90)){const err187 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/parallelism.expert/" + i8,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/parallelism.expert/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.expert"].items,data:data90};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}}}else {const err188 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/parallelism.expert",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/parallelism.expert/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.expert"].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["parallelism.expert"],data:data89};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}if(data69["workload.batch"] !== undefined){let data91 = data69["workload.batch"];if(Array.isArray(data91)){if(data91.length < 1){const err189 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.batch",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.batch/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.batch"],data:data91};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}const len9 = data91.length;for(let i9=0; i9<len9; i9++){let data92 = data91[i9];if(!(((typeof data92 == "number") && (!(data92 % 1) && !isNaN(data92))) && (isFinite(data92)))){const err190 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.batch/" + i9,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.batch/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.scenarios.items.properties.matrix.properties["workload.batch"].items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.batch"].items,data:data92};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}if((typeof data92 == "number") && (isFinite(data92))){if(data92 < 1 || isNaN(data92)){const err191 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.batch/" + i9,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.batch/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.batch"].items,data:data92};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}}}}else {const err192 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.batch",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.batch/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties["workload.batch"].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.batch"],data:data91};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}}if(data69["workload.input_tokens"] !== undefined){let data93 = data69["workload.input_tokens"];if(Array.isArray(data93)){if(data93.length < 1){const err193 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.input_tokens",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.input_tokens/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.input_tokens"],data:data93};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}const len10 = data93.length;for(let i10=0; i10<len10; i10++){let data94 = data93[i10];if(!(((typeof data94 == "number") && (!(data94 % 1) && !isNaN(data94))) && (isFinite(data94)))){const err194 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.input_tokens/" + i10,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.input_tokens/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.scenarios.items.properties.matrix.properties["workload.input_tokens"].items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.input_tokens"].items,data:data94};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}if((typeof data94 == "number") && (isFinite(data94))){if(data94 < 1 || isNaN(data94)){const err195 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.input_tokens/" + i10,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.input_tokens/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.input_tokens"].items,data:data94};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}}}}else {const err196 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.input_tokens",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.input_tokens/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties["workload.input_tokens"].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.input_tokens"],data:data93};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}}if(data69["workload.output_tokens"] !== undefined){let data95 = data69["workload.output_tokens"];if(Array.isArray(data95)){if(data95.length < 1){const err197 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.output_tokens",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.output_tokens/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.output_tokens"],data:data95};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}const len11 = data95.length;for(let i11=0; i11<len11; i11++){let data96 = data95[i11];if(!(((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96))) && (isFinite(data96)))){const err198 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.output_tokens/" + i11,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.output_tokens/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.scenarios.items.properties.matrix.properties["workload.output_tokens"].items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.output_tokens"].items,data:data96};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}if((typeof data96 == "number") && (isFinite(data96))){if(data96 < 1 || isNaN(data96)){const err199 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.output_tokens/" + i11,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.output_tokens/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.output_tokens"].items,data:data96};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}}}}else {const err200 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.output_tokens",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.output_tokens/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties["workload.output_tokens"].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.output_tokens"],data:data95};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}}if(data69["workload.beam"] !== undefined){let data97 = data69["workload.beam"];if(Array.isArray(data97)){if(data97.length < 1){const err201 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.beam",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.beam/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.beam"],data:data97};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}const len12 = data97.length;for(let i12=0; i12<len12; i12++){let data98 = data97[i12];if(!(((typeof data98 == "number") && (!(data98 % 1) && !isNaN(data98))) && (isFinite(data98)))){const err202 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.beam/" + i12,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.beam/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.scenarios.items.properties.matrix.properties["workload.beam"].items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.beam"].items,data:data98};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}if((typeof data98 == "number") && (isFinite(data98))){if(data98 < 1 || isNaN(data98)){const err203 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.beam/" + i12,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.beam/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.beam"].items,data:data98};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}}}}else {const err204 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/workload.beam",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/workload.beam/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties["workload.beam"].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["workload.beam"],data:data97};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}}if(data69.features !== undefined){let data99 = data69.features;if(Array.isArray(data99)){if(data99.length < 1){const err205 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/features",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/features/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.features,data:data99};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}const len13 = data99.length;for(let i13=0; i13<len13; i13++){if(!(validate11(data99[i13], {instancePath:instancePath+"/scenarios/" + i0+"/matrix/features/" + i13,parentData:data99,parentDataProperty:i13,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err206 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/features",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/features/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties.features.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.features,data:data99};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}}if(data69.engine !== undefined){let data101 = data69.engine;if(Array.isArray(data101)){if(data101.length < 1){const err207 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/engine",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/engine/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.engine,data:data101};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}const len14 = data101.length;for(let i14=0; i14<len14; i14++){let data102 = data101[i14];if(typeof data102 !== "string"){const err208 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/engine/" + i14,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/engine/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.matrix.properties.engine.items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.engine.items,data:data102};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}if(!((((data102 === "vllm") || (data102 === "trtllm")) || (data102 === "sglang")) || (data102 === "generic"))){const err209 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/engine/" + i14,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/engine/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.matrix.properties.engine.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.matrix.properties.engine.items.enum,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.engine.items,data:data102};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}}}else {const err210 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/engine",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/engine/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties.engine.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.engine,data:data101};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}}if(data69.calibration !== undefined){let data103 = data69.calibration;if(Array.isArray(data103)){if(data103.length < 1){const err211 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/calibration",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/calibration/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.calibration,data:data103};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}const len15 = data103.length;for(let i15=0; i15<len15; i15++){let data104 = data103[i15];if(typeof data104 === "string"){if(func3(data104) < 1){const err212 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/calibration/" + i15,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/calibration/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.calibration.items,data:data104};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}}else {const err213 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/calibration/" + i15,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/calibration/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.matrix.properties.calibration.items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.calibration.items,data:data104};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}}}else {const err214 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/calibration",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/calibration/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties.calibration.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties.calibration,data:data103};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}}if(data69["slo.ttft_ms"] !== undefined){let data105 = data69["slo.ttft_ms"];if(Array.isArray(data105)){if(data105.length < 1){const err215 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.ttft_ms",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.ttft_ms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.ttft_ms"],data:data105};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}const len16 = data105.length;for(let i16=0; i16<len16; i16++){let data106 = data105[i16];if((typeof data106 == "number") && (isFinite(data106))){if(data106 <= 0 || isNaN(data106)){const err216 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.ttft_ms/" + i16,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.ttft_ms/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.ttft_ms"].items,data:data106};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}}else {const err217 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.ttft_ms/" + i16,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.ttft_ms/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.ttft_ms"].items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.ttft_ms"].items,data:data106};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}}}else {const err218 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.ttft_ms",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.ttft_ms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.ttft_ms"].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.ttft_ms"],data:data105};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}}if(data69["slo.tpot_ms"] !== undefined){let data107 = data69["slo.tpot_ms"];if(Array.isArray(data107)){if(data107.length < 1){const err219 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.tpot_ms",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.tpot_ms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.tpot_ms"],data:data107};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}const len17 = data107.length;for(let i17=0; i17<len17; i17++){let data108 = data107[i17];if((typeof data108 == "number") && (isFinite(data108))){if(data108 <= 0 || isNaN(data108)){const err220 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.tpot_ms/" + i17,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.tpot_ms/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.tpot_ms"].items,data:data108};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;}}else {const err221 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.tpot_ms/" + i17,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.tpot_ms/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.tpot_ms"].items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.tpot_ms"].items,data:data108};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}}}else {const err222 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.tpot_ms",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.tpot_ms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.tpot_ms"].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.tpot_ms"],data:data107};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;}}if(data69["slo.tpot_peak_ms"] !== undefined){let data109 = data69["slo.tpot_peak_ms"];if(Array.isArray(data109)){if(data109.length < 1){const err223 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.tpot_peak_ms",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.tpot_peak_ms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.tpot_peak_ms"],data:data109};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}const len18 = data109.length;for(let i18=0; i18<len18; i18++){let data110 = data109[i18];if((typeof data110 == "number") && (isFinite(data110))){if(data110 <= 0 || isNaN(data110)){const err224 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.tpot_peak_ms/" + i18,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.tpot_peak_ms/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.tpot_peak_ms"].items,data:data110};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}}else {const err225 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.tpot_peak_ms/" + i18,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.tpot_peak_ms/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.tpot_peak_ms"].items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.tpot_peak_ms"].items,data:data110};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}}}else {const err226 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.tpot_peak_ms",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.tpot_peak_ms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.tpot_peak_ms"].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.tpot_peak_ms"],data:data109};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}}if(data69["slo.e2e_ms"] !== undefined){let data111 = data69["slo.e2e_ms"];if(Array.isArray(data111)){if(data111.length < 1){const err227 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.e2e_ms",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.e2e_ms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.e2e_ms"],data:data111};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}const len19 = data111.length;for(let i19=0; i19<len19; i19++){let data112 = data111[i19];if((typeof data112 == "number") && (isFinite(data112))){if(data112 <= 0 || isNaN(data112)){const err228 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.e2e_ms/" + i19,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.e2e_ms/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.e2e_ms"].items,data:data112};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}}else {const err229 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.e2e_ms/" + i19,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.e2e_ms/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.e2e_ms"].items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.e2e_ms"].items,data:data112};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}}}else {const err230 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.e2e_ms",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.e2e_ms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.e2e_ms"].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.e2e_ms"],data:data111};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}}if(data69["slo.prefill_throughput_tps"] !== undefined){let data113 = data69["slo.prefill_throughput_tps"];if(Array.isArray(data113)){if(data113.length < 1){const err231 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.prefill_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.prefill_throughput_tps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.prefill_throughput_tps"],data:data113};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}const len20 = data113.length;for(let i20=0; i20<len20; i20++){let data114 = data113[i20];if((typeof data114 == "number") && (isFinite(data114))){if(data114 <= 0 || isNaN(data114)){const err232 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.prefill_throughput_tps/" + i20,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.prefill_throughput_tps/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.prefill_throughput_tps"].items,data:data114};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}}else {const err233 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.prefill_throughput_tps/" + i20,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.prefill_throughput_tps/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.prefill_throughput_tps"].items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.prefill_throughput_tps"].items,data:data114};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}}}else {const err234 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.prefill_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.prefill_throughput_tps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.prefill_throughput_tps"].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.prefill_throughput_tps"],data:data113};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}}if(data69["slo.decode_throughput_tps"] !== undefined){let data115 = data69["slo.decode_throughput_tps"];if(Array.isArray(data115)){if(data115.length < 1){const err235 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.decode_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.decode_throughput_tps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.decode_throughput_tps"],data:data115};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}const len21 = data115.length;for(let i21=0; i21<len21; i21++){let data116 = data115[i21];if((typeof data116 == "number") && (isFinite(data116))){if(data116 <= 0 || isNaN(data116)){const err236 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.decode_throughput_tps/" + i21,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.decode_throughput_tps/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.decode_throughput_tps"].items,data:data116};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}}else {const err237 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.decode_throughput_tps/" + i21,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.decode_throughput_tps/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.decode_throughput_tps"].items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.decode_throughput_tps"].items,data:data116};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;}}}else {const err238 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.decode_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.decode_throughput_tps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.decode_throughput_tps"].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.decode_throughput_tps"],data:data115};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;}}if(data69["slo.total_throughput_tps"] !== undefined){let data117 = data69["slo.total_throughput_tps"];if(Array.isArray(data117)){if(data117.length < 1){const err239 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.total_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.total_throughput_tps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.total_throughput_tps"],data:data117};if(vErrors === null){vErrors = [err239];}else {vErrors.push(err239);}errors++;}const len22 = data117.length;for(let i22=0; i22<len22; i22++){let data118 = data117[i22];if((typeof data118 == "number") && (isFinite(data118))){if(data118 <= 0 || isNaN(data118)){const err240 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.total_throughput_tps/" + i22,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.total_throughput_tps/items/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.total_throughput_tps"].items,data:data118};if(vErrors === null){vErrors = [err240];}else {vErrors.push(err240);}errors++;}}else {const err241 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.total_throughput_tps/" + i22,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.total_throughput_tps/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.total_throughput_tps"].items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.total_throughput_tps"].items,data:data118};if(vErrors === null){vErrors = [err241];}else {vErrors.push(err241);}errors++;}}}else {const err242 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.total_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.total_throughput_tps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.total_throughput_tps"].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.total_throughput_tps"],data:data117};if(vErrors === null){vErrors = [err242];}else {vErrors.push(err242);}errors++;}}if(data69["slo.must_fit"] !== undefined){let data119 = data69["slo.must_fit"];if(Array.isArray(data119)){if(data119.length < 1){const err243 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.must_fit",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.must_fit/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.must_fit"],data:data119};if(vErrors === null){vErrors = [err243];}else {vErrors.push(err243);}errors++;}const len23 = data119.length;for(let i23=0; i23<len23; i23++){let data120 = data119[i23];if(typeof data120 !== "boolean"){const err244 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.must_fit/" + i23,schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.must_fit/items/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.must_fit"].items.type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.must_fit"].items,data:data120};if(vErrors === null){vErrors = [err244];}else {vErrors.push(err244);}errors++;}}}else {const err245 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix/slo.must_fit",schemaPath:"#/properties/scenarios/items/properties/matrix/properties/slo.must_fit/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.matrix.properties["slo.must_fit"].type,parentSchema:schema11.properties.scenarios.items.properties.matrix.properties["slo.must_fit"],data:data119};if(vErrors === null){vErrors = [err245];}else {vErrors.push(err245);}errors++;}}}else {const err246 = {instancePath:instancePath+"/scenarios/" + i0+"/matrix",schemaPath:"#/properties/scenarios/items/properties/matrix/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.matrix.type,parentSchema:schema11.properties.scenarios.items.properties.matrix,data:data69};if(vErrors === null){vErrors = [err246];}else {vErrors.push(err246);}errors++;}}}else {const err247 = {instancePath:instancePath+"/scenarios/" + i0,schemaPath:"#/properties/scenarios/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.type,parentSchema:schema11.properties.scenarios.items,data:data35};if(vErrors === null){vErrors = [err247];}else {vErrors.push(err247);}errors++;}}}else {const err248 = {instancePath:instancePath+"/scenarios",schemaPath:"#/properties/scenarios/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.type,parentSchema:schema11.properties.scenarios,data:data34};if(vErrors === null){vErrors = [err248];}else {vErrors.push(err248);}errors++;}}}else {const err249 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err249];}else {vErrors.push(err249);}errors++;}validate10.errors = vErrors;return errors === 0;}const hardware = validate15;const schema21 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:genz-action:schema:hardware:1","title":"genz-action hardware file","description":"One accelerator, with units in the field names (GB = 2^30 bytes). Converted exactly to GenZ System arguments.","type":"object","additionalProperties":false,"required":["flops_tflops","memory_bandwidth_gbps","memory_size_gb"],"properties":{"$schema":{"type":"string","description":"Schema reference for editors; ignored."},"name":{"type":"string","minLength":1,"description":"Name shown in reports; default: the file name without extension."},"flops_tflops":{"type":"number","exclusiveMinimum":0,"description":"Peak dense compute at bf16 in TFLOPS (10^12 FLOP/s). Required. (GenZ System argument flops)"},"memory_bandwidth_gbps":{"type":"number","exclusiveMinimum":0,"description":"Off-chip (HBM) memory bandwidth in GB/s, GB = 2^30 bytes (gigabytes, not gigabits). Required. (GenZ System argument offchip_mem_bw)"},"memory_size_gb":{"type":"number","exclusiveMinimum":0,"description":"Off-chip memory per device in GB = 2^30 bytes; stored as memory_size_gb × 1024 MB. Required. (GenZ System argument off_chip_mem_size)"},"interconnect_bandwidth_gbps":{"type":"number","minimum":0,"description":"Per-device interconnect link bandwidth in GB/s (2^30 bytes). Default 150. (GenZ System argument interchip_link_bw)"},"interconnect_latency_us":{"type":"number","minimum":0,"description":"Interconnect link latency in microseconds. Default 1. (GenZ System argument interchip_link_latency)"},"onchip_bandwidth_gbps":{"type":"number","exclusiveMinimum":0,"description":"On-chip memory (SRAM) bandwidth in GB/s (2^30 bytes). Default 18000. (GenZ System argument onchip_mem_bw)"},"offload_bandwidth_gbps":{"type":"number","minimum":0,"description":"Host link bandwidth used by memory_offload, in GB/s (2^30 bytes). Default 128. (GenZ System argument external_mem_bw)"},"frequency_mhz":{"type":"number","exclusiveMinimum":0,"description":"Clock frequency in MHz (cycle columns of the operator table only). Default 1000. (GenZ System argument frequency)"},"compute_efficiency":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Compute efficiency, 0 < e <= 1. Note: GenZ's entry points replace it with the scenario's efficiency. (GenZ System argument compute_efficiency)"},"memory_efficiency":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Memory efficiency, 0 < e <= 1. Note: GenZ's entry points replace it with the scenario's efficiency. (GenZ System argument memory_efficiency)"},"comm_efficiency":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Interconnect efficiency, 0 < e <= 1. Default 1. (GenZ System argument comm_efficiency)"}}};function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="urn:genz-action:schema:hardware:1" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.flops_tflops === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "flops_tflops"},message:"must have required property '"+"flops_tflops"+"'",schema:schema21.required,parentSchema:schema21,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.memory_bandwidth_gbps === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "memory_bandwidth_gbps"},message:"must have required property '"+"memory_bandwidth_gbps"+"'",schema:schema21.required,parentSchema:schema21,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.memory_size_gb === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "memory_size_gb"},message:"must have required property '"+"memory_size_gb"+"'",schema:schema21.required,parentSchema:schema21,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(func2.call(schema21.properties, key0))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){const err4 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.$schema.type,parentSchema:schema21.properties.$schema,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.name !== undefined){let data1 = data.name;if(typeof data1 === "string"){if(func3(data1) < 1){const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.name,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.name.type,parentSchema:schema21.properties.name,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.flops_tflops !== undefined){let data2 = data.flops_tflops;if((typeof data2 == "number") && (isFinite(data2))){if(data2 <= 0 || isNaN(data2)){const err7 = {instancePath:instancePath+"/flops_tflops",schemaPath:"#/properties/flops_tflops/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema21.properties.flops_tflops,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/flops_tflops",schemaPath:"#/properties/flops_tflops/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.flops_tflops.type,parentSchema:schema21.properties.flops_tflops,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.memory_bandwidth_gbps !== undefined){let data3 = data.memory_bandwidth_gbps;if((typeof data3 == "number") && (isFinite(data3))){if(data3 <= 0 || isNaN(data3)){const err9 = {instancePath:instancePath+"/memory_bandwidth_gbps",schemaPath:"#/properties/memory_bandwidth_gbps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema21.properties.memory_bandwidth_gbps,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/memory_bandwidth_gbps",schemaPath:"#/properties/memory_bandwidth_gbps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.memory_bandwidth_gbps.type,parentSchema:schema21.properties.memory_bandwidth_gbps,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.memory_size_gb !== undefined){let data4 = data.memory_size_gb;if((typeof data4 == "number") && (isFinite(data4))){if(data4 <= 0 || isNaN(data4)){const err11 = {instancePath:instancePath+"/memory_size_gb",schemaPath:"#/properties/memory_size_gb/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema21.properties.memory_size_gb,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/memory_size_gb",schemaPath:"#/properties/memory_size_gb/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.memory_size_gb.type,parentSchema:schema21.properties.memory_size_gb,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.interconnect_bandwidth_gbps !== undefined){let data5 = data.interconnect_bandwidth_gbps;if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){const err13 = {instancePath:instancePath+"/interconnect_bandwidth_gbps",schemaPath:"#/properties/interconnect_bandwidth_gbps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21.properties.interconnect_bandwidth_gbps,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/interconnect_bandwidth_gbps",schemaPath:"#/properties/interconnect_bandwidth_gbps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.interconnect_bandwidth_gbps.type,parentSchema:schema21.properties.interconnect_bandwidth_gbps,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.interconnect_latency_us !== undefined){let data6 = data.interconnect_latency_us;if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 0 || isNaN(data6)){const err15 = {instancePath:instancePath+"/interconnect_latency_us",schemaPath:"#/properties/interconnect_latency_us/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21.properties.interconnect_latency_us,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/interconnect_latency_us",schemaPath:"#/properties/interconnect_latency_us/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.interconnect_latency_us.type,parentSchema:schema21.properties.interconnect_latency_us,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.onchip_bandwidth_gbps !== undefined){let data7 = data.onchip_bandwidth_gbps;if((typeof data7 == "number") && (isFinite(data7))){if(data7 <= 0 || isNaN(data7)){const err17 = {instancePath:instancePath+"/onchip_bandwidth_gbps",schemaPath:"#/properties/onchip_bandwidth_gbps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema21.properties.onchip_bandwidth_gbps,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/onchip_bandwidth_gbps",schemaPath:"#/properties/onchip_bandwidth_gbps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.onchip_bandwidth_gbps.type,parentSchema:schema21.properties.onchip_bandwidth_gbps,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.offload_bandwidth_gbps !== undefined){let data8 = data.offload_bandwidth_gbps;if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 0 || isNaN(data8)){const err19 = {instancePath:instancePath+"/offload_bandwidth_gbps",schemaPath:"#/properties/offload_bandwidth_gbps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21.properties.offload_bandwidth_gbps,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/offload_bandwidth_gbps",schemaPath:"#/properties/offload_bandwidth_gbps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.offload_bandwidth_gbps.type,parentSchema:schema21.properties.offload_bandwidth_gbps,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.frequency_mhz !== undefined){let data9 = data.frequency_mhz;if((typeof data9 == "number") && (isFinite(data9))){if(data9 <= 0 || isNaN(data9)){const err21 = {instancePath:instancePath+"/frequency_mhz",schemaPath:"#/properties/frequency_mhz/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema21.properties.frequency_mhz,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/frequency_mhz",schemaPath:"#/properties/frequency_mhz/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.frequency_mhz.type,parentSchema:schema21.properties.frequency_mhz,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.compute_efficiency !== undefined){let data10 = data.compute_efficiency;if((typeof data10 == "number") && (isFinite(data10))){if(data10 > 1 || isNaN(data10)){const err23 = {instancePath:instancePath+"/compute_efficiency",schemaPath:"#/properties/compute_efficiency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema21.properties.compute_efficiency,data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data10 <= 0 || isNaN(data10)){const err24 = {instancePath:instancePath+"/compute_efficiency",schemaPath:"#/properties/compute_efficiency/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema21.properties.compute_efficiency,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/compute_efficiency",schemaPath:"#/properties/compute_efficiency/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.compute_efficiency.type,parentSchema:schema21.properties.compute_efficiency,data:data10};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.memory_efficiency !== undefined){let data11 = data.memory_efficiency;if((typeof data11 == "number") && (isFinite(data11))){if(data11 > 1 || isNaN(data11)){const err26 = {instancePath:instancePath+"/memory_efficiency",schemaPath:"#/properties/memory_efficiency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema21.properties.memory_efficiency,data:data11};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data11 <= 0 || isNaN(data11)){const err27 = {instancePath:instancePath+"/memory_efficiency",schemaPath:"#/properties/memory_efficiency/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema21.properties.memory_efficiency,data:data11};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/memory_efficiency",schemaPath:"#/properties/memory_efficiency/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.memory_efficiency.type,parentSchema:schema21.properties.memory_efficiency,data:data11};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.comm_efficiency !== undefined){let data12 = data.comm_efficiency;if((typeof data12 == "number") && (isFinite(data12))){if(data12 > 1 || isNaN(data12)){const err29 = {instancePath:instancePath+"/comm_efficiency",schemaPath:"#/properties/comm_efficiency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema21.properties.comm_efficiency,data:data12};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data12 <= 0 || isNaN(data12)){const err30 = {instancePath:instancePath+"/comm_efficiency",schemaPath:"#/properties/comm_efficiency/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema21.properties.comm_efficiency,data:data12};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/comm_efficiency",schemaPath:"#/properties/comm_efficiency/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.comm_efficiency.type,parentSchema:schema21.properties.comm_efficiency,data:data12};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}validate15.errors = vErrors;return errors === 0;}const model = validate16;const schema22 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:genz-action:schema:model:1","title":"genz-action model file (GenZ ModelConfig fields)","description":"A model as GenZ's ModelConfig keyword arguments. A file with model_type or architectures is read as a Hugging Face config.json instead.","type":"object","additionalProperties":false,"required":["hidden_size","num_attention_heads","num_decoder_layers"],"properties":{"$schema":{"type":"string","description":"Schema reference for editors; ignored."},"model":{"type":"string","minLength":1,"description":"Model name shown in reports; default: the file name."},"vocab_size":{"type":"integer","minimum":1,"description":"Vocabulary size V. Default 32000."},"hidden_size":{"type":"integer","minimum":1,"description":"Hidden size D. Required."},"intermediate_size":{"type":"integer","minimum":0,"description":"FFN width Df. Default 11008."},"num_ffi":{"type":"integer","minimum":0,"description":"FFN up-projection multiplier: 2 for gated (SwiGLU-style) FFNs, 1 otherwise, 0 for none. Default 1."},"num_decoder_layers":{"type":"integer","minimum":1,"description":"Decoder layers. Required."},"num_attention_heads":{"type":"integer","minimum":1,"description":"Attention (query) heads H. Required."},"num_key_value_heads":{"type":"integer","minimum":1,"description":"Key/value heads Hkv (GQA/MQA); H must be a multiple. Default H."},"head_dim":{"type":"integer","minimum":1,"description":"Head dimension. Default floor(D / H)."},"num_experts":{"type":"integer","minimum":1,"description":"Experts (MoE when > 1). Default 1."},"expert_top_k":{"type":"integer","minimum":1,"description":"Experts per token. Default 1."},"moe_intermediate_size":{"type":"integer","minimum":0,"description":"Expert FFN width (deepseek FFN). Default intermediate_size."},"n_shared_experts":{"type":"integer","minimum":0,"description":"Shared experts (deepseek FFN). Default 0."},"shared_expert_intermediate_size":{"type":"integer","minimum":0,"description":"Shared expert FFN width (deepseek FFN). Default intermediate_size."},"ffn_implementation":{"type":"string","enum":["default","deepseek"],"description":"FFN builder: default or deepseek (shared experts). Default default."},"mamba_d_state":{"type":"integer","minimum":1,"description":"Mamba state size S; set for Mamba models."},"mamba_d_conv":{"type":"integer","minimum":1,"description":"Mamba convolution kernel size."},"mamba_expand":{"type":"integer","minimum":1,"description":"Mamba expansion factor. Default 1."},"mamba_dt_rank":{"anyOf":[{"type":"integer","minimum":1},{"const":"auto"}],"description":"Mamba Δ rank; auto = ceil(D / 16). Default auto."},"mamba_layer_period":{"type":"integer","minimum":1,"description":"Every n-th layer is Mamba (hybrids). Default 1."},"expert_layer_period":{"type":"integer","minimum":1,"description":"Every n-th layer is MoE (hybrids). Default 1."},"expert_layer_offset":{"type":"integer","minimum":0,"description":"Offset of the MoE layers. Default 0."},"attn_layer_period":{"type":"integer","minimum":1,"description":"Attention layer period (hybrids). Default 1."},"attn_layer_offset":{"type":"integer","minimum":0,"description":"Attention layer offset (hybrids). Default 0."},"q_lora_rank":{"anyOf":[{"type":"integer","minimum":1},{"type":"null"}],"description":"MLA query low-rank (corrected model; docs/model.md). null: no query compression."},"kv_lora_rank":{"type":"integer","minimum":1,"description":"MLA latent rank; makes attention MLA (corrected model)."},"qk_nope_head_dim":{"type":"integer","minimum":1,"description":"MLA per-head key width without RoPE."},"qk_rope_head_dim":{"type":"integer","minimum":1,"description":"MLA RoPE key width, shared by the heads."},"v_head_dim":{"type":"integer","minimum":1,"description":"MLA per-head value width."},"sliding_window":{"anyOf":[{"type":"integer","minimum":1},{"type":"null"}],"description":"Keys a sliding layer attends to and caches (every layer without layer_types)."},"attention_chunk_size":{"anyOf":[{"type":"integer","minimum":1},{"type":"null"}],"description":"Chunk of chunked-attention layers (Llama 4)."},"layer_types":{"type":"array","items":{"type":"string","enum":["full_attention","sliding_attention","chunked_attention","mamba"]},"description":"One per layer (corrected model)."},"ffn_types":{"type":"array","items":{"type":"string","enum":["dense","moe","none"]},"description":"One per layer (corrected model): which layers have experts."},"tie_word_embeddings":{"type":"boolean","description":"Input embedding shared with the LM head (not counted twice). Default false."},"weight_precision":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2"],"description":"Precision the weights are stored at (a scenario may override it)."},"expert_weight_precision":{"type":"string","enum":["bf16","f32","fp8","int8","fp6","fp4","int4","int2"],"description":"Precision of the routed experts' weights."},"hidden_act":{"type":"string","description":"Activation (informational)."},"max_model_len":{"type":"integer","minimum":1,"description":"Maximum context (informational)."}}};function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="urn:genz-action:schema:model:1" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.hidden_size === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hidden_size"},message:"must have required property '"+"hidden_size"+"'",schema:schema22.required,parentSchema:schema22,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.num_attention_heads === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "num_attention_heads"},message:"must have required property '"+"num_attention_heads"+"'",schema:schema22.required,parentSchema:schema22,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.num_decoder_layers === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "num_decoder_layers"},message:"must have required property '"+"num_decoder_layers"+"'",schema:schema22.required,parentSchema:schema22,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(func2.call(schema22.properties, key0))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){const err4 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.$schema.type,parentSchema:schema22.properties.$schema,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.model !== undefined){let data1 = data.model;if(typeof data1 === "string"){if(func3(data1) < 1){const err5 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.model,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.model.type,parentSchema:schema22.properties.model,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.vocab_size !== undefined){let data2 = data.vocab_size;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err7 = {instancePath:instancePath+"/vocab_size",schemaPath:"#/properties/vocab_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.vocab_size.type,parentSchema:schema22.properties.vocab_size,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 < 1 || isNaN(data2)){const err8 = {instancePath:instancePath+"/vocab_size",schemaPath:"#/properties/vocab_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.vocab_size,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data.hidden_size !== undefined){let data3 = data.hidden_size;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err9 = {instancePath:instancePath+"/hidden_size",schemaPath:"#/properties/hidden_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.hidden_size.type,parentSchema:schema22.properties.hidden_size,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 1 || isNaN(data3)){const err10 = {instancePath:instancePath+"/hidden_size",schemaPath:"#/properties/hidden_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.hidden_size,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data.intermediate_size !== undefined){let data4 = data.intermediate_size;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err11 = {instancePath:instancePath+"/intermediate_size",schemaPath:"#/properties/intermediate_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.intermediate_size.type,parentSchema:schema22.properties.intermediate_size,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 < 0 || isNaN(data4)){const err12 = {instancePath:instancePath+"/intermediate_size",schemaPath:"#/properties/intermediate_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.intermediate_size,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.num_ffi !== undefined){let data5 = data.num_ffi;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err13 = {instancePath:instancePath+"/num_ffi",schemaPath:"#/properties/num_ffi/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.num_ffi.type,parentSchema:schema22.properties.num_ffi,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){const err14 = {instancePath:instancePath+"/num_ffi",schemaPath:"#/properties/num_ffi/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.num_ffi,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}if(data.num_decoder_layers !== undefined){let data6 = data.num_decoder_layers;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err15 = {instancePath:instancePath+"/num_decoder_layers",schemaPath:"#/properties/num_decoder_layers/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.num_decoder_layers.type,parentSchema:schema22.properties.num_decoder_layers,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err16 = {instancePath:instancePath+"/num_decoder_layers",schemaPath:"#/properties/num_decoder_layers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.num_decoder_layers,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.num_attention_heads !== undefined){let data7 = data.num_attention_heads;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err17 = {instancePath:instancePath+"/num_attention_heads",schemaPath:"#/properties/num_attention_heads/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.num_attention_heads.type,parentSchema:schema22.properties.num_attention_heads,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err18 = {instancePath:instancePath+"/num_attention_heads",schemaPath:"#/properties/num_attention_heads/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.num_attention_heads,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}if(data.num_key_value_heads !== undefined){let data8 = data.num_key_value_heads;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err19 = {instancePath:instancePath+"/num_key_value_heads",schemaPath:"#/properties/num_key_value_heads/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.num_key_value_heads.type,parentSchema:schema22.properties.num_key_value_heads,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 1 || isNaN(data8)){const err20 = {instancePath:instancePath+"/num_key_value_heads",schemaPath:"#/properties/num_key_value_heads/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.num_key_value_heads,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}if(data.head_dim !== undefined){let data9 = data.head_dim;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err21 = {instancePath:instancePath+"/head_dim",schemaPath:"#/properties/head_dim/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.head_dim.type,parentSchema:schema22.properties.head_dim,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if((typeof data9 == "number") && (isFinite(data9))){if(data9 < 1 || isNaN(data9)){const err22 = {instancePath:instancePath+"/head_dim",schemaPath:"#/properties/head_dim/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.head_dim,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}if(data.num_experts !== undefined){let data10 = data.num_experts;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err23 = {instancePath:instancePath+"/num_experts",schemaPath:"#/properties/num_experts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.num_experts.type,parentSchema:schema22.properties.num_experts,data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 1 || isNaN(data10)){const err24 = {instancePath:instancePath+"/num_experts",schemaPath:"#/properties/num_experts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.num_experts,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}if(data.expert_top_k !== undefined){let data11 = data.expert_top_k;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err25 = {instancePath:instancePath+"/expert_top_k",schemaPath:"#/properties/expert_top_k/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.expert_top_k.type,parentSchema:schema22.properties.expert_top_k,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 1 || isNaN(data11)){const err26 = {instancePath:instancePath+"/expert_top_k",schemaPath:"#/properties/expert_top_k/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.expert_top_k,data:data11};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}if(data.moe_intermediate_size !== undefined){let data12 = data.moe_intermediate_size;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){const err27 = {instancePath:instancePath+"/moe_intermediate_size",schemaPath:"#/properties/moe_intermediate_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.moe_intermediate_size.type,parentSchema:schema22.properties.moe_intermediate_size,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if((typeof data12 == "number") && (isFinite(data12))){if(data12 < 0 || isNaN(data12)){const err28 = {instancePath:instancePath+"/moe_intermediate_size",schemaPath:"#/properties/moe_intermediate_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.moe_intermediate_size,data:data12};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}if(data.n_shared_experts !== undefined){let data13 = data.n_shared_experts;if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){const err29 = {instancePath:instancePath+"/n_shared_experts",schemaPath:"#/properties/n_shared_experts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.n_shared_experts.type,parentSchema:schema22.properties.n_shared_experts,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if((typeof data13 == "number") && (isFinite(data13))){if(data13 < 0 || isNaN(data13)){const err30 = {instancePath:instancePath+"/n_shared_experts",schemaPath:"#/properties/n_shared_experts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.n_shared_experts,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}if(data.shared_expert_intermediate_size !== undefined){let data14 = data.shared_expert_intermediate_size;if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){const err31 = {instancePath:instancePath+"/shared_expert_intermediate_size",schemaPath:"#/properties/shared_expert_intermediate_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.shared_expert_intermediate_size.type,parentSchema:schema22.properties.shared_expert_intermediate_size,data:data14};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 < 0 || isNaN(data14)){const err32 = {instancePath:instancePath+"/shared_expert_intermediate_size",schemaPath:"#/properties/shared_expert_intermediate_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.shared_expert_intermediate_size,data:data14};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}if(data.ffn_implementation !== undefined){let data15 = data.ffn_implementation;if(typeof data15 !== "string"){const err33 = {instancePath:instancePath+"/ffn_implementation",schemaPath:"#/properties/ffn_implementation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.ffn_implementation.type,parentSchema:schema22.properties.ffn_implementation,data:data15};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(!((data15 === "default") || (data15 === "deepseek"))){const err34 = {instancePath:instancePath+"/ffn_implementation",schemaPath:"#/properties/ffn_implementation/enum",keyword:"enum",params:{allowedValues: schema22.properties.ffn_implementation.enum},message:"must be equal to one of the allowed values",schema:schema22.properties.ffn_implementation.enum,parentSchema:schema22.properties.ffn_implementation,data:data15};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data.mamba_d_state !== undefined){let data16 = data.mamba_d_state;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err35 = {instancePath:instancePath+"/mamba_d_state",schemaPath:"#/properties/mamba_d_state/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.mamba_d_state.type,parentSchema:schema22.properties.mamba_d_state,data:data16};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 < 1 || isNaN(data16)){const err36 = {instancePath:instancePath+"/mamba_d_state",schemaPath:"#/properties/mamba_d_state/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.mamba_d_state,data:data16};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}if(data.mamba_d_conv !== undefined){let data17 = data.mamba_d_conv;if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){const err37 = {instancePath:instancePath+"/mamba_d_conv",schemaPath:"#/properties/mamba_d_conv/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.mamba_d_conv.type,parentSchema:schema22.properties.mamba_d_conv,data:data17};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if((typeof data17 == "number") && (isFinite(data17))){if(data17 < 1 || isNaN(data17)){const err38 = {instancePath:instancePath+"/mamba_d_conv",schemaPath:"#/properties/mamba_d_conv/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.mamba_d_conv,data:data17};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}if(data.mamba_expand !== undefined){let data18 = data.mamba_expand;if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){const err39 = {instancePath:instancePath+"/mamba_expand",schemaPath:"#/properties/mamba_expand/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.mamba_expand.type,parentSchema:schema22.properties.mamba_expand,data:data18};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if((typeof data18 == "number") && (isFinite(data18))){if(data18 < 1 || isNaN(data18)){const err40 = {instancePath:instancePath+"/mamba_expand",schemaPath:"#/properties/mamba_expand/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.mamba_expand,data:data18};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}if(data.mamba_dt_rank !== undefined){let data19 = data.mamba_dt_rank;const _errs41 = errors;let valid1 = false;const _errs42 = errors;if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){const err41 = {instancePath:instancePath+"/mamba_dt_rank",schemaPath:"#/properties/mamba_dt_rank/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.mamba_dt_rank.anyOf[0].type,parentSchema:schema22.properties.mamba_dt_rank.anyOf[0],data:data19};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 < 1 || isNaN(data19)){const err42 = {instancePath:instancePath+"/mamba_dt_rank",schemaPath:"#/properties/mamba_dt_rank/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.mamba_dt_rank.anyOf[0],data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}var _valid0 = _errs42 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs44 = errors;if("auto" !== data19){const err43 = {instancePath:instancePath+"/mamba_dt_rank",schemaPath:"#/properties/mamba_dt_rank/anyOf/1/const",keyword:"const",params:{allowedValue: "auto"},message:"must be equal to constant",schema:"auto",parentSchema:schema22.properties.mamba_dt_rank.anyOf[1],data:data19};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}var _valid0 = _errs44 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err44 = {instancePath:instancePath+"/mamba_dt_rank",schemaPath:"#/properties/mamba_dt_rank/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema22.properties.mamba_dt_rank.anyOf,parentSchema:schema22.properties.mamba_dt_rank,data:data19};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}else {errors = _errs41;if(vErrors !== null){if(_errs41){vErrors.length = _errs41;}else {vErrors = null;}}}}if(data.mamba_layer_period !== undefined){let data20 = data.mamba_layer_period;if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){const err45 = {instancePath:instancePath+"/mamba_layer_period",schemaPath:"#/properties/mamba_layer_period/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.mamba_layer_period.type,parentSchema:schema22.properties.mamba_layer_period,data:data20};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if((typeof data20 == "number") && (isFinite(data20))){if(data20 < 1 || isNaN(data20)){const err46 = {instancePath:instancePath+"/mamba_layer_period",schemaPath:"#/properties/mamba_layer_period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.mamba_layer_period,data:data20};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}if(data.expert_layer_period !== undefined){let data21 = data.expert_layer_period;if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){const err47 = {instancePath:instancePath+"/expert_layer_period",schemaPath:"#/properties/expert_layer_period/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.expert_layer_period.type,parentSchema:schema22.properties.expert_layer_period,data:data21};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if((typeof data21 == "number") && (isFinite(data21))){if(data21 < 1 || isNaN(data21)){const err48 = {instancePath:instancePath+"/expert_layer_period",schemaPath:"#/properties/expert_layer_period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.expert_layer_period,data:data21};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}if(data.expert_layer_offset !== undefined){let data22 = data.expert_layer_offset;if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err49 = {instancePath:instancePath+"/expert_layer_offset",schemaPath:"#/properties/expert_layer_offset/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.expert_layer_offset.type,parentSchema:schema22.properties.expert_layer_offset,data:data22};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if((typeof data22 == "number") && (isFinite(data22))){if(data22 < 0 || isNaN(data22)){const err50 = {instancePath:instancePath+"/expert_layer_offset",schemaPath:"#/properties/expert_layer_offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.expert_layer_offset,data:data22};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}if(data.attn_layer_period !== undefined){let data23 = data.attn_layer_period;if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){const err51 = {instancePath:instancePath+"/attn_layer_period",schemaPath:"#/properties/attn_layer_period/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.attn_layer_period.type,parentSchema:schema22.properties.attn_layer_period,data:data23};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if((typeof data23 == "number") && (isFinite(data23))){if(data23 < 1 || isNaN(data23)){const err52 = {instancePath:instancePath+"/attn_layer_period",schemaPath:"#/properties/attn_layer_period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.attn_layer_period,data:data23};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}if(data.attn_layer_offset !== undefined){let data24 = data.attn_layer_offset;if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){const err53 = {instancePath:instancePath+"/attn_layer_offset",schemaPath:"#/properties/attn_layer_offset/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.attn_layer_offset.type,parentSchema:schema22.properties.attn_layer_offset,data:data24};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if((typeof data24 == "number") && (isFinite(data24))){if(data24 < 0 || isNaN(data24)){const err54 = {instancePath:instancePath+"/attn_layer_offset",schemaPath:"#/properties/attn_layer_offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.properties.attn_layer_offset,data:data24};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}if(data.q_lora_rank !== undefined){let data25 = data.q_lora_rank;const _errs56 = errors;let valid2 = false;const _errs57 = errors;if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){const err55 = {instancePath:instancePath+"/q_lora_rank",schemaPath:"#/properties/q_lora_rank/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.q_lora_rank.anyOf[0].type,parentSchema:schema22.properties.q_lora_rank.anyOf[0],data:data25};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if((typeof data25 == "number") && (isFinite(data25))){if(data25 < 1 || isNaN(data25)){const err56 = {instancePath:instancePath+"/q_lora_rank",schemaPath:"#/properties/q_lora_rank/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.q_lora_rank.anyOf[0],data:data25};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}var _valid1 = _errs57 === errors;valid2 = valid2 || _valid1;if(!valid2){const _errs59 = errors;if(data25 !== null){const err57 = {instancePath:instancePath+"/q_lora_rank",schemaPath:"#/properties/q_lora_rank/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema22.properties.q_lora_rank.anyOf[1].type,parentSchema:schema22.properties.q_lora_rank.anyOf[1],data:data25};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}var _valid1 = _errs59 === errors;valid2 = valid2 || _valid1;}if(!valid2){const err58 = {instancePath:instancePath+"/q_lora_rank",schemaPath:"#/properties/q_lora_rank/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema22.properties.q_lora_rank.anyOf,parentSchema:schema22.properties.q_lora_rank,data:data25};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}else {errors = _errs56;if(vErrors !== null){if(_errs56){vErrors.length = _errs56;}else {vErrors = null;}}}}if(data.kv_lora_rank !== undefined){let data26 = data.kv_lora_rank;if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){const err59 = {instancePath:instancePath+"/kv_lora_rank",schemaPath:"#/properties/kv_lora_rank/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.kv_lora_rank.type,parentSchema:schema22.properties.kv_lora_rank,data:data26};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if((typeof data26 == "number") && (isFinite(data26))){if(data26 < 1 || isNaN(data26)){const err60 = {instancePath:instancePath+"/kv_lora_rank",schemaPath:"#/properties/kv_lora_rank/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.kv_lora_rank,data:data26};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}if(data.qk_nope_head_dim !== undefined){let data27 = data.qk_nope_head_dim;if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){const err61 = {instancePath:instancePath+"/qk_nope_head_dim",schemaPath:"#/properties/qk_nope_head_dim/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.qk_nope_head_dim.type,parentSchema:schema22.properties.qk_nope_head_dim,data:data27};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if((typeof data27 == "number") && (isFinite(data27))){if(data27 < 1 || isNaN(data27)){const err62 = {instancePath:instancePath+"/qk_nope_head_dim",schemaPath:"#/properties/qk_nope_head_dim/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.qk_nope_head_dim,data:data27};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}if(data.qk_rope_head_dim !== undefined){let data28 = data.qk_rope_head_dim;if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){const err63 = {instancePath:instancePath+"/qk_rope_head_dim",schemaPath:"#/properties/qk_rope_head_dim/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.qk_rope_head_dim.type,parentSchema:schema22.properties.qk_rope_head_dim,data:data28};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if((typeof data28 == "number") && (isFinite(data28))){if(data28 < 1 || isNaN(data28)){const err64 = {instancePath:instancePath+"/qk_rope_head_dim",schemaPath:"#/properties/qk_rope_head_dim/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.qk_rope_head_dim,data:data28};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}if(data.v_head_dim !== undefined){let data29 = data.v_head_dim;if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){const err65 = {instancePath:instancePath+"/v_head_dim",schemaPath:"#/properties/v_head_dim/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.v_head_dim.type,parentSchema:schema22.properties.v_head_dim,data:data29};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if((typeof data29 == "number") && (isFinite(data29))){if(data29 < 1 || isNaN(data29)){const err66 = {instancePath:instancePath+"/v_head_dim",schemaPath:"#/properties/v_head_dim/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.v_head_dim,data:data29};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}if(data.sliding_window !== undefined){let data30 = data.sliding_window;const _errs70 = errors;let valid3 = false;const _errs71 = errors;if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){const err67 = {instancePath:instancePath+"/sliding_window",schemaPath:"#/properties/sliding_window/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.sliding_window.anyOf[0].type,parentSchema:schema22.properties.sliding_window.anyOf[0],data:data30};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}if((typeof data30 == "number") && (isFinite(data30))){if(data30 < 1 || isNaN(data30)){const err68 = {instancePath:instancePath+"/sliding_window",schemaPath:"#/properties/sliding_window/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.sliding_window.anyOf[0],data:data30};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}var _valid2 = _errs71 === errors;valid3 = valid3 || _valid2;if(!valid3){const _errs73 = errors;if(data30 !== null){const err69 = {instancePath:instancePath+"/sliding_window",schemaPath:"#/properties/sliding_window/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema22.properties.sliding_window.anyOf[1].type,parentSchema:schema22.properties.sliding_window.anyOf[1],data:data30};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}var _valid2 = _errs73 === errors;valid3 = valid3 || _valid2;}if(!valid3){const err70 = {instancePath:instancePath+"/sliding_window",schemaPath:"#/properties/sliding_window/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema22.properties.sliding_window.anyOf,parentSchema:schema22.properties.sliding_window,data:data30};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}else {errors = _errs70;if(vErrors !== null){if(_errs70){vErrors.length = _errs70;}else {vErrors = null;}}}}if(data.attention_chunk_size !== undefined){let data31 = data.attention_chunk_size;const _errs76 = errors;let valid4 = false;const _errs77 = errors;if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){const err71 = {instancePath:instancePath+"/attention_chunk_size",schemaPath:"#/properties/attention_chunk_size/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.attention_chunk_size.anyOf[0].type,parentSchema:schema22.properties.attention_chunk_size.anyOf[0],data:data31};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}if((typeof data31 == "number") && (isFinite(data31))){if(data31 < 1 || isNaN(data31)){const err72 = {instancePath:instancePath+"/attention_chunk_size",schemaPath:"#/properties/attention_chunk_size/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.attention_chunk_size.anyOf[0],data:data31};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}var _valid3 = _errs77 === errors;valid4 = valid4 || _valid3;if(!valid4){const _errs79 = errors;if(data31 !== null){const err73 = {instancePath:instancePath+"/attention_chunk_size",schemaPath:"#/properties/attention_chunk_size/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema22.properties.attention_chunk_size.anyOf[1].type,parentSchema:schema22.properties.attention_chunk_size.anyOf[1],data:data31};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}var _valid3 = _errs79 === errors;valid4 = valid4 || _valid3;}if(!valid4){const err74 = {instancePath:instancePath+"/attention_chunk_size",schemaPath:"#/properties/attention_chunk_size/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema22.properties.attention_chunk_size.anyOf,parentSchema:schema22.properties.attention_chunk_size,data:data31};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}else {errors = _errs76;if(vErrors !== null){if(_errs76){vErrors.length = _errs76;}else {vErrors = null;}}}}if(data.layer_types !== undefined){let data32 = data.layer_types;if(Array.isArray(data32)){const len0 = data32.length;for(let i0=0; i0<len0; i0++){let data33 = data32[i0];if(typeof data33 !== "string"){const err75 = {instancePath:instancePath+"/layer_types/" + i0,schemaPath:"#/properties/layer_types/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.layer_types.items.type,parentSchema:schema22.properties.layer_types.items,data:data33};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(!((((data33 === "full_attention") || (data33 === "sliding_attention")) || (data33 === "chunked_attention")) || (data33 === "mamba"))){const err76 = {instancePath:instancePath+"/layer_types/" + i0,schemaPath:"#/properties/layer_types/items/enum",keyword:"enum",params:{allowedValues: schema22.properties.layer_types.items.enum},message:"must be equal to one of the allowed values",schema:schema22.properties.layer_types.items.enum,parentSchema:schema22.properties.layer_types.items,data:data33};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}}else {const err77 = {instancePath:instancePath+"/layer_types",schemaPath:"#/properties/layer_types/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.layer_types.type,parentSchema:schema22.properties.layer_types,data:data32};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data.ffn_types !== undefined){let data34 = data.ffn_types;if(Array.isArray(data34)){const len1 = data34.length;for(let i1=0; i1<len1; i1++){let data35 = data34[i1];if(typeof data35 !== "string"){const err78 = {instancePath:instancePath+"/ffn_types/" + i1,schemaPath:"#/properties/ffn_types/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.ffn_types.items.type,parentSchema:schema22.properties.ffn_types.items,data:data35};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(!(((data35 === "dense") || (data35 === "moe")) || (data35 === "none"))){const err79 = {instancePath:instancePath+"/ffn_types/" + i1,schemaPath:"#/properties/ffn_types/items/enum",keyword:"enum",params:{allowedValues: schema22.properties.ffn_types.items.enum},message:"must be equal to one of the allowed values",schema:schema22.properties.ffn_types.items.enum,parentSchema:schema22.properties.ffn_types.items,data:data35};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}}else {const err80 = {instancePath:instancePath+"/ffn_types",schemaPath:"#/properties/ffn_types/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.ffn_types.type,parentSchema:schema22.properties.ffn_types,data:data34};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data.tie_word_embeddings !== undefined){let data36 = data.tie_word_embeddings;if(typeof data36 !== "boolean"){const err81 = {instancePath:instancePath+"/tie_word_embeddings",schemaPath:"#/properties/tie_word_embeddings/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties.tie_word_embeddings.type,parentSchema:schema22.properties.tie_word_embeddings,data:data36};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data.weight_precision !== undefined){let data37 = data.weight_precision;if(typeof data37 !== "string"){const err82 = {instancePath:instancePath+"/weight_precision",schemaPath:"#/properties/weight_precision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.weight_precision.type,parentSchema:schema22.properties.weight_precision,data:data37};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}if(!((((((((data37 === "bf16") || (data37 === "f32")) || (data37 === "fp8")) || (data37 === "int8")) || (data37 === "fp6")) || (data37 === "fp4")) || (data37 === "int4")) || (data37 === "int2"))){const err83 = {instancePath:instancePath+"/weight_precision",schemaPath:"#/properties/weight_precision/enum",keyword:"enum",params:{allowedValues: schema22.properties.weight_precision.enum},message:"must be equal to one of the allowed values",schema:schema22.properties.weight_precision.enum,parentSchema:schema22.properties.weight_precision,data:data37};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data.expert_weight_precision !== undefined){let data38 = data.expert_weight_precision;if(typeof data38 !== "string"){const err84 = {instancePath:instancePath+"/expert_weight_precision",schemaPath:"#/properties/expert_weight_precision/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.expert_weight_precision.type,parentSchema:schema22.properties.expert_weight_precision,data:data38};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}if(!((((((((data38 === "bf16") || (data38 === "f32")) || (data38 === "fp8")) || (data38 === "int8")) || (data38 === "fp6")) || (data38 === "fp4")) || (data38 === "int4")) || (data38 === "int2"))){const err85 = {instancePath:instancePath+"/expert_weight_precision",schemaPath:"#/properties/expert_weight_precision/enum",keyword:"enum",params:{allowedValues: schema22.properties.expert_weight_precision.enum},message:"must be equal to one of the allowed values",schema:schema22.properties.expert_weight_precision.enum,parentSchema:schema22.properties.expert_weight_precision,data:data38};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data.hidden_act !== undefined){let data39 = data.hidden_act;if(typeof data39 !== "string"){const err86 = {instancePath:instancePath+"/hidden_act",schemaPath:"#/properties/hidden_act/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.hidden_act.type,parentSchema:schema22.properties.hidden_act,data:data39};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data.max_model_len !== undefined){let data40 = data.max_model_len;if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){const err87 = {instancePath:instancePath+"/max_model_len",schemaPath:"#/properties/max_model_len/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.properties.max_model_len.type,parentSchema:schema22.properties.max_model_len,data:data40};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if((typeof data40 == "number") && (isFinite(data40))){if(data40 < 1 || isNaN(data40)){const err88 = {instancePath:instancePath+"/max_model_len",schemaPath:"#/properties/max_model_len/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema22.properties.max_model_len,data:data40};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}}else {const err89 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}validate16.errors = vErrors;return errors === 0;}const config = validate17;const schema23 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:genz-action:schema:config:1","title":"genz-action project config (genz.config.yaml)","description":"Project settings. Every field is optional.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Schema reference for editors; ignored."},"manifests":{"type":"array","minItems":1,"items":{"type":"string","minLength":1,"description":"A glob of scenario manifests. Relative to the project root (the folder of this file); must stay inside it."},"description":"Globs of scenario manifests. Default [\"perf/**/*.yaml\", \"perf/**/*.yml\", \"perf/**/*.json\"]."},"baselines":{"type":"string","minLength":1,"description":"Folder of the committed baselines. Default baselines. Relative to the project root (the folder of this file); must stay inside it."},"models":{"type":"string","minLength":1,"description":"Folder of custom model files, referable by file name without extension. Default models. Relative to the project root (the folder of this file); must stay inside it."},"hardware":{"type":"string","minLength":1,"description":"Folder of custom hardware files, referable by file name without extension. Default hardware. Relative to the project root (the folder of this file); must stay inside it."},"fail_on":{"type":"string","enum":["mismatch","regression","slo","never"],"description":"When the check fails: mismatch (any change), regression (a change in the worse direction), slo (a broken SLO budget), never. Default mismatch."},"fidelity":{"type":"string","enum":["corrected","genz"],"description":"Default fidelity of every scenario: corrected (the model of docs/model.md) or genz (GenZ exactly). Default corrected."},"calibration":{"type":"string","minLength":1,"description":"Default calibration of every scenario: builtin (default), none (the raw roofline), or a profile file written by genz calibrate (relative to the project root)."},"template":{"anyOf":[{"type":"string","minLength":1,"description":"A Handlebars template replacing the default report. Relative to the project root (the folder of this file); must stay inside it."},{"type":"null"}],"description":"A Handlebars template replacing the default report; null: the built-in one. Default null."},"limits":{"type":"object","additionalProperties":false,"description":"Safeguards against runaway work and oversized files (docs/security.md); each key raises or lowers one default.","properties":{"tokens_per_request":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most tokens of one request (input, output, and both together). Default 16777216."},"batch":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most requests in a batch. Default 65536."},"beam":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most beams. Default 1024."},"parallel_degree":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most devices of one parallel degree, and of all degrees together. Default 65536."},"speculative_tokens":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most tokens drafted per speculative step. Default 1024."},"scenarios":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most scenarios in one run (matrix expansions included). Default 100000."},"manifest_bytes":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most bytes of a manifest, model or hardware file. Default 16777216."},"config_bytes":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most bytes of genz.config.yaml. Default 1048576."},"baseline_bytes":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most bytes of a baseline file. Default 419430400."},"artifact_bytes":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most bytes of a run report or shard file. Default 419430400."},"nesting_depth":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Most nesting depth of a YAML or JSON document. Default 64."}}},"tolerances":{"type":"object","additionalProperties":false,"description":"Tolerance rules (primary metrics are exact unless a rule names them). Interpreted by the baselines module.","properties":{"default":{"$ref":"#/definitions/tolerance","description":"Tolerance of secondary metrics."},"metrics":{"$ref":"#/definitions/metricTolerances"},"scenarios":{"type":"array","description":"Per-scenario rules; later rules win.","items":{"type":"object","additionalProperties":false,"required":["match","metrics"],"properties":{"match":{"type":"string","minLength":1,"description":"Glob over scenario ids (* and ?)."},"metrics":{"$ref":"#/definitions/metricTolerances"}}}}}}},"definitions":{"tolerance":{"type":"object","additionalProperties":false,"description":"A tolerance: |current − baseline| <= abs + rel × |baseline|.","properties":{"rel":{"type":"number","minimum":0,"description":"Relative tolerance, a fraction of |baseline| (0.01 = 1 %). Default 0."},"abs":{"type":"number","minimum":0,"description":"Absolute tolerance in the metric's unit. Default 0."}}},"metricTolerances":{"type":"object","additionalProperties":false,"description":"Tolerances by metric key (boolean metrics are always exact).","properties":{"ttft_ms":{"$ref":"#/definitions/tolerance","description":"TTFT (ms)."},"tpot_ms":{"$ref":"#/definitions/tolerance","description":"TPOT (ms)."},"tpot_peak_ms":{"$ref":"#/definitions/tolerance","description":"TPOT peak (ms)."},"e2e_ms":{"$ref":"#/definitions/tolerance","description":"E2E latency (ms)."},"prefill_throughput_tps":{"$ref":"#/definitions/tolerance","description":"Prefill throughput (tokens/s)."},"decode_throughput_tps":{"$ref":"#/definitions/tolerance","description":"Decode throughput (tokens/s)."},"total_throughput_tps":{"$ref":"#/definitions/tolerance","description":"Total throughput (tokens/s)."},"tokens_per_ms":{"$ref":"#/definitions/tolerance","description":"Tokens per ms (tokens/ms)."},"ms_per_token":{"$ref":"#/definitions/tolerance","description":"ms per token (ms/token)."},"chunk_latency_ms":{"$ref":"#/definitions/tolerance","description":"Chunk latency (ms)."},"chunk_throughput_tps":{"$ref":"#/definitions/tolerance","description":"Chunk throughput (tokens/s)."},"weights_gb":{"$ref":"#/definitions/tolerance","description":"Weights (GB)."},"kv_cache_gb":{"$ref":"#/definitions/tolerance","description":"KV cache (GB)."},"total_memory_gb":{"$ref":"#/definitions/tolerance","description":"Memory (GB)."},"device_memory_gb":{"$ref":"#/definitions/tolerance","description":"Device memory (GB)."},"offloaded":{"$ref":"#/definitions/tolerance","description":"Offloaded (GB)."}}}}};const schema24 = {"type":"object","additionalProperties":false,"description":"A tolerance: |current − baseline| <= abs + rel × |baseline|.","properties":{"rel":{"type":"number","minimum":0,"description":"Relative tolerance, a fraction of |baseline| (0.01 = 1 %). Default 0."},"abs":{"type":"number","minimum":0,"description":"Absolute tolerance in the metric's unit. Default 0."}}};const schema25 = {"type":"object","additionalProperties":false,"description":"Tolerances by metric key (boolean metrics are always exact).","properties":{"ttft_ms":{"$ref":"#/definitions/tolerance","description":"TTFT (ms)."},"tpot_ms":{"$ref":"#/definitions/tolerance","description":"TPOT (ms)."},"tpot_peak_ms":{"$ref":"#/definitions/tolerance","description":"TPOT peak (ms)."},"e2e_ms":{"$ref":"#/definitions/tolerance","description":"E2E latency (ms)."},"prefill_throughput_tps":{"$ref":"#/definitions/tolerance","description":"Prefill throughput (tokens/s)."},"decode_throughput_tps":{"$ref":"#/definitions/tolerance","description":"Decode throughput (tokens/s)."},"total_throughput_tps":{"$ref":"#/definitions/tolerance","description":"Total throughput (tokens/s)."},"tokens_per_ms":{"$ref":"#/definitions/tolerance","description":"Tokens per ms (tokens/ms)."},"ms_per_token":{"$ref":"#/definitions/tolerance","description":"ms per token (ms/token)."},"chunk_latency_ms":{"$ref":"#/definitions/tolerance","description":"Chunk latency (ms)."},"chunk_throughput_tps":{"$ref":"#/definitions/tolerance","description":"Chunk throughput (tokens/s)."},"weights_gb":{"$ref":"#/definitions/tolerance","description":"Weights (GB)."},"kv_cache_gb":{"$ref":"#/definitions/tolerance","description":"KV cache (GB)."},"total_memory_gb":{"$ref":"#/definitions/tolerance","description":"Memory (GB)."},"device_memory_gb":{"$ref":"#/definitions/tolerance","description":"Device memory (GB)."},"offloaded":{"$ref":"#/definitions/tolerance","description":"Offloaded (GB)."}}};function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema25.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.ttft_ms !== undefined){let data0 = data.ttft_ms;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!((key1 === "rel") || (key1 === "abs"))){const err1 = {instancePath:instancePath+"/ttft_ms",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.rel !== undefined){let data1 = data0.rel;if((typeof data1 == "number") && (isFinite(data1))){if(data1 < 0 || isNaN(data1)){const err2 = {instancePath:instancePath+"/ttft_ms/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/ttft_ms/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.abs !== undefined){let data2 = data0.abs;if((typeof data2 == "number") && (isFinite(data2))){if(data2 < 0 || isNaN(data2)){const err4 = {instancePath:instancePath+"/ttft_ms/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/ttft_ms/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/ttft_ms",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data0};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.tpot_ms !== undefined){let data3 = data.tpot_ms;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key2 in data3){if(!((key2 === "rel") || (key2 === "abs"))){const err7 = {instancePath:instancePath+"/tpot_ms",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data3.rel !== undefined){let data4 = data3.rel;if((typeof data4 == "number") && (isFinite(data4))){if(data4 < 0 || isNaN(data4)){const err8 = {instancePath:instancePath+"/tpot_ms/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/tpot_ms/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data3.abs !== undefined){let data5 = data3.abs;if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){const err10 = {instancePath:instancePath+"/tpot_ms/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/tpot_ms/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/tpot_ms",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.tpot_peak_ms !== undefined){let data6 = data.tpot_peak_ms;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key3 in data6){if(!((key3 === "rel") || (key3 === "abs"))){const err13 = {instancePath:instancePath+"/tpot_peak_ms",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data6.rel !== undefined){let data7 = data6.rel;if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 0 || isNaN(data7)){const err14 = {instancePath:instancePath+"/tpot_peak_ms/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/tpot_peak_ms/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data6.abs !== undefined){let data8 = data6.abs;if((typeof data8 == "number") && (isFinite(data8))){if(data8 < 0 || isNaN(data8)){const err16 = {instancePath:instancePath+"/tpot_peak_ms/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/tpot_peak_ms/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/tpot_peak_ms",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data6};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.e2e_ms !== undefined){let data9 = data.e2e_ms;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){for(const key4 in data9){if(!((key4 === "rel") || (key4 === "abs"))){const err19 = {instancePath:instancePath+"/e2e_ms",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data9};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data9.rel !== undefined){let data10 = data9.rel;if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 0 || isNaN(data10)){const err20 = {instancePath:instancePath+"/e2e_ms/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data10};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/e2e_ms/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data10};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data9.abs !== undefined){let data11 = data9.abs;if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 0 || isNaN(data11)){const err22 = {instancePath:instancePath+"/e2e_ms/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data11};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/e2e_ms/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data11};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/e2e_ms",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data9};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.prefill_throughput_tps !== undefined){let data12 = data.prefill_throughput_tps;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key5 in data12){if(!((key5 === "rel") || (key5 === "abs"))){const err25 = {instancePath:instancePath+"/prefill_throughput_tps",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data12};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data12.rel !== undefined){let data13 = data12.rel;if((typeof data13 == "number") && (isFinite(data13))){if(data13 < 0 || isNaN(data13)){const err26 = {instancePath:instancePath+"/prefill_throughput_tps/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data13};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/prefill_throughput_tps/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data13};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data12.abs !== undefined){let data14 = data12.abs;if((typeof data14 == "number") && (isFinite(data14))){if(data14 < 0 || isNaN(data14)){const err28 = {instancePath:instancePath+"/prefill_throughput_tps/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data14};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/prefill_throughput_tps/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data14};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/prefill_throughput_tps",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data12};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.decode_throughput_tps !== undefined){let data15 = data.decode_throughput_tps;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){for(const key6 in data15){if(!((key6 === "rel") || (key6 === "abs"))){const err31 = {instancePath:instancePath+"/decode_throughput_tps",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data15};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data15.rel !== undefined){let data16 = data15.rel;if((typeof data16 == "number") && (isFinite(data16))){if(data16 < 0 || isNaN(data16)){const err32 = {instancePath:instancePath+"/decode_throughput_tps/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data16};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}else {const err33 = {instancePath:instancePath+"/decode_throughput_tps/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data16};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data15.abs !== undefined){let data17 = data15.abs;if((typeof data17 == "number") && (isFinite(data17))){if(data17 < 0 || isNaN(data17)){const err34 = {instancePath:instancePath+"/decode_throughput_tps/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data17};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/decode_throughput_tps/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data17};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/decode_throughput_tps",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data15};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data.total_throughput_tps !== undefined){let data18 = data.total_throughput_tps;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){for(const key7 in data18){if(!((key7 === "rel") || (key7 === "abs"))){const err37 = {instancePath:instancePath+"/total_throughput_tps",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data18};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data18.rel !== undefined){let data19 = data18.rel;if((typeof data19 == "number") && (isFinite(data19))){if(data19 < 0 || isNaN(data19)){const err38 = {instancePath:instancePath+"/total_throughput_tps/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data19};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/total_throughput_tps/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data19};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data18.abs !== undefined){let data20 = data18.abs;if((typeof data20 == "number") && (isFinite(data20))){if(data20 < 0 || isNaN(data20)){const err40 = {instancePath:instancePath+"/total_throughput_tps/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data20};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}else {const err41 = {instancePath:instancePath+"/total_throughput_tps/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data20};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/total_throughput_tps",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data18};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.tokens_per_ms !== undefined){let data21 = data.tokens_per_ms;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){for(const key8 in data21){if(!((key8 === "rel") || (key8 === "abs"))){const err43 = {instancePath:instancePath+"/tokens_per_ms",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data21};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data21.rel !== undefined){let data22 = data21.rel;if((typeof data22 == "number") && (isFinite(data22))){if(data22 < 0 || isNaN(data22)){const err44 = {instancePath:instancePath+"/tokens_per_ms/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data22};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/tokens_per_ms/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data22};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data21.abs !== undefined){let data23 = data21.abs;if((typeof data23 == "number") && (isFinite(data23))){if(data23 < 0 || isNaN(data23)){const err46 = {instancePath:instancePath+"/tokens_per_ms/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data23};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/tokens_per_ms/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data23};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath:instancePath+"/tokens_per_ms",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data21};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data.ms_per_token !== undefined){let data24 = data.ms_per_token;if(data24 && typeof data24 == "object" && !Array.isArray(data24)){for(const key9 in data24){if(!((key9 === "rel") || (key9 === "abs"))){const err49 = {instancePath:instancePath+"/ms_per_token",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data24};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data24.rel !== undefined){let data25 = data24.rel;if((typeof data25 == "number") && (isFinite(data25))){if(data25 < 0 || isNaN(data25)){const err50 = {instancePath:instancePath+"/ms_per_token/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data25};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}else {const err51 = {instancePath:instancePath+"/ms_per_token/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data25};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data24.abs !== undefined){let data26 = data24.abs;if((typeof data26 == "number") && (isFinite(data26))){if(data26 < 0 || isNaN(data26)){const err52 = {instancePath:instancePath+"/ms_per_token/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data26};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}else {const err53 = {instancePath:instancePath+"/ms_per_token/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data26};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/ms_per_token",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data24};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data.chunk_latency_ms !== undefined){let data27 = data.chunk_latency_ms;if(data27 && typeof data27 == "object" && !Array.isArray(data27)){for(const key10 in data27){if(!((key10 === "rel") || (key10 === "abs"))){const err55 = {instancePath:instancePath+"/chunk_latency_ms",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data27};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data27.rel !== undefined){let data28 = data27.rel;if((typeof data28 == "number") && (isFinite(data28))){if(data28 < 0 || isNaN(data28)){const err56 = {instancePath:instancePath+"/chunk_latency_ms/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data28};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}else {const err57 = {instancePath:instancePath+"/chunk_latency_ms/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data28};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data27.abs !== undefined){let data29 = data27.abs;if((typeof data29 == "number") && (isFinite(data29))){if(data29 < 0 || isNaN(data29)){const err58 = {instancePath:instancePath+"/chunk_latency_ms/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data29};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/chunk_latency_ms/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data29};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/chunk_latency_ms",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data27};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.chunk_throughput_tps !== undefined){let data30 = data.chunk_throughput_tps;if(data30 && typeof data30 == "object" && !Array.isArray(data30)){for(const key11 in data30){if(!((key11 === "rel") || (key11 === "abs"))){const err61 = {instancePath:instancePath+"/chunk_throughput_tps",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data30};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data30.rel !== undefined){let data31 = data30.rel;if((typeof data31 == "number") && (isFinite(data31))){if(data31 < 0 || isNaN(data31)){const err62 = {instancePath:instancePath+"/chunk_throughput_tps/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data31};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}else {const err63 = {instancePath:instancePath+"/chunk_throughput_tps/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data31};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data30.abs !== undefined){let data32 = data30.abs;if((typeof data32 == "number") && (isFinite(data32))){if(data32 < 0 || isNaN(data32)){const err64 = {instancePath:instancePath+"/chunk_throughput_tps/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data32};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}else {const err65 = {instancePath:instancePath+"/chunk_throughput_tps/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data32};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/chunk_throughput_tps",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data30};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data.weights_gb !== undefined){let data33 = data.weights_gb;if(data33 && typeof data33 == "object" && !Array.isArray(data33)){for(const key12 in data33){if(!((key12 === "rel") || (key12 === "abs"))){const err67 = {instancePath:instancePath+"/weights_gb",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data33};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data33.rel !== undefined){let data34 = data33.rel;if((typeof data34 == "number") && (isFinite(data34))){if(data34 < 0 || isNaN(data34)){const err68 = {instancePath:instancePath+"/weights_gb/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data34};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}else {const err69 = {instancePath:instancePath+"/weights_gb/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data34};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data33.abs !== undefined){let data35 = data33.abs;if((typeof data35 == "number") && (isFinite(data35))){if(data35 < 0 || isNaN(data35)){const err70 = {instancePath:instancePath+"/weights_gb/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data35};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}else {const err71 = {instancePath:instancePath+"/weights_gb/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data35};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath:instancePath+"/weights_gb",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data33};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data.kv_cache_gb !== undefined){let data36 = data.kv_cache_gb;if(data36 && typeof data36 == "object" && !Array.isArray(data36)){for(const key13 in data36){if(!((key13 === "rel") || (key13 === "abs"))){const err73 = {instancePath:instancePath+"/kv_cache_gb",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data36};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data36.rel !== undefined){let data37 = data36.rel;if((typeof data37 == "number") && (isFinite(data37))){if(data37 < 0 || isNaN(data37)){const err74 = {instancePath:instancePath+"/kv_cache_gb/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data37};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}else {const err75 = {instancePath:instancePath+"/kv_cache_gb/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data37};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data36.abs !== undefined){let data38 = data36.abs;if((typeof data38 == "number") && (isFinite(data38))){if(data38 < 0 || isNaN(data38)){const err76 = {instancePath:instancePath+"/kv_cache_gb/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data38};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}else {const err77 = {instancePath:instancePath+"/kv_cache_gb/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data38};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}else {const err78 = {instancePath:instancePath+"/kv_cache_gb",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data36};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data.total_memory_gb !== undefined){let data39 = data.total_memory_gb;if(data39 && typeof data39 == "object" && !Array.isArray(data39)){for(const key14 in data39){if(!((key14 === "rel") || (key14 === "abs"))){const err79 = {instancePath:instancePath+"/total_memory_gb",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data39};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data39.rel !== undefined){let data40 = data39.rel;if((typeof data40 == "number") && (isFinite(data40))){if(data40 < 0 || isNaN(data40)){const err80 = {instancePath:instancePath+"/total_memory_gb/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data40};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}else {const err81 = {instancePath:instancePath+"/total_memory_gb/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data40};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data39.abs !== undefined){let data41 = data39.abs;if((typeof data41 == "number") && (isFinite(data41))){if(data41 < 0 || isNaN(data41)){const err82 = {instancePath:instancePath+"/total_memory_gb/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data41};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}else {const err83 = {instancePath:instancePath+"/total_memory_gb/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data41};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/total_memory_gb",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data39};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data.device_memory_gb !== undefined){let data42 = data.device_memory_gb;if(data42 && typeof data42 == "object" && !Array.isArray(data42)){for(const key15 in data42){if(!((key15 === "rel") || (key15 === "abs"))){const err85 = {instancePath:instancePath+"/device_memory_gb",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data42};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data42.rel !== undefined){let data43 = data42.rel;if((typeof data43 == "number") && (isFinite(data43))){if(data43 < 0 || isNaN(data43)){const err86 = {instancePath:instancePath+"/device_memory_gb/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data43};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}else {const err87 = {instancePath:instancePath+"/device_memory_gb/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data43};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data42.abs !== undefined){let data44 = data42.abs;if((typeof data44 == "number") && (isFinite(data44))){if(data44 < 0 || isNaN(data44)){const err88 = {instancePath:instancePath+"/device_memory_gb/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data44};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}else {const err89 = {instancePath:instancePath+"/device_memory_gb/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data44};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}}else {const err90 = {instancePath:instancePath+"/device_memory_gb",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data42};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data.offloaded !== undefined){let data45 = data.offloaded;if(data45 && typeof data45 == "object" && !Array.isArray(data45)){for(const key16 in data45){if(!((key16 === "rel") || (key16 === "abs"))){const err91 = {instancePath:instancePath+"/offloaded",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data45};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data45.rel !== undefined){let data46 = data45.rel;if((typeof data46 == "number") && (isFinite(data46))){if(data46 < 0 || isNaN(data46)){const err92 = {instancePath:instancePath+"/offloaded/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data46};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}else {const err93 = {instancePath:instancePath+"/offloaded/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data46};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data45.abs !== undefined){let data47 = data45.abs;if((typeof data47 == "number") && (isFinite(data47))){if(data47 < 0 || isNaN(data47)){const err94 = {instancePath:instancePath+"/offloaded/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data47};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}else {const err95 = {instancePath:instancePath+"/offloaded/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data47};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}}else {const err96 = {instancePath:instancePath+"/offloaded",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data45};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}validate18.errors = vErrors;return errors === 0;}function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="urn:genz-action:schema:config:1" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema23.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.$schema.type,parentSchema:schema23.properties.$schema,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.manifests !== undefined){let data1 = data.manifests;if(Array.isArray(data1)){if(data1.length < 1){const err2 = {instancePath:instancePath+"/manifests",schemaPath:"#/properties/manifests/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema23.properties.manifests,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 === "string"){if(func3(data2) < 1){const err3 = {instancePath:instancePath+"/manifests/" + i0,schemaPath:"#/properties/manifests/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.manifests.items,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/manifests/" + i0,schemaPath:"#/properties/manifests/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.manifests.items.type,parentSchema:schema23.properties.manifests.items,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/manifests",schemaPath:"#/properties/manifests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.manifests.type,parentSchema:schema23.properties.manifests,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.baselines !== undefined){let data3 = data.baselines;if(typeof data3 === "string"){if(func3(data3) < 1){const err6 = {instancePath:instancePath+"/baselines",schemaPath:"#/properties/baselines/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.baselines,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/baselines",schemaPath:"#/properties/baselines/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.baselines.type,parentSchema:schema23.properties.baselines,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.models !== undefined){let data4 = data.models;if(typeof data4 === "string"){if(func3(data4) < 1){const err8 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.models,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.models.type,parentSchema:schema23.properties.models,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.hardware !== undefined){let data5 = data.hardware;if(typeof data5 === "string"){if(func3(data5) < 1){const err10 = {instancePath:instancePath+"/hardware",schemaPath:"#/properties/hardware/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.hardware,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/hardware",schemaPath:"#/properties/hardware/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.hardware.type,parentSchema:schema23.properties.hardware,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.fail_on !== undefined){let data6 = data.fail_on;if(typeof data6 !== "string"){const err12 = {instancePath:instancePath+"/fail_on",schemaPath:"#/properties/fail_on/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.fail_on.type,parentSchema:schema23.properties.fail_on,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(!((((data6 === "mismatch") || (data6 === "regression")) || (data6 === "slo")) || (data6 === "never"))){const err13 = {instancePath:instancePath+"/fail_on",schemaPath:"#/properties/fail_on/enum",keyword:"enum",params:{allowedValues: schema23.properties.fail_on.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.fail_on.enum,parentSchema:schema23.properties.fail_on,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.fidelity !== undefined){let data7 = data.fidelity;if(typeof data7 !== "string"){const err14 = {instancePath:instancePath+"/fidelity",schemaPath:"#/properties/fidelity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.fidelity.type,parentSchema:schema23.properties.fidelity,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(!((data7 === "corrected") || (data7 === "genz"))){const err15 = {instancePath:instancePath+"/fidelity",schemaPath:"#/properties/fidelity/enum",keyword:"enum",params:{allowedValues: schema23.properties.fidelity.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.fidelity.enum,parentSchema:schema23.properties.fidelity,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.calibration !== undefined){let data8 = data.calibration;if(typeof data8 === "string"){if(func3(data8) < 1){const err16 = {instancePath:instancePath+"/calibration",schemaPath:"#/properties/calibration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.calibration,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/calibration",schemaPath:"#/properties/calibration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.calibration.type,parentSchema:schema23.properties.calibration,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.template !== undefined){let data9 = data.template;const _errs21 = errors;let valid3 = false;const _errs22 = errors;if(typeof data9 === "string"){if(func3(data9) < 1){const err18 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.template.anyOf[0],data:data9};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.template.anyOf[0].type,parentSchema:schema23.properties.template.anyOf[0],data:data9};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}var _valid0 = _errs22 === errors;valid3 = valid3 || _valid0;if(!valid3){const _errs24 = errors;if(data9 !== null){const err20 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema23.properties.template.anyOf[1].type,parentSchema:schema23.properties.template.anyOf[1],data:data9};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}var _valid0 = _errs24 === errors;valid3 = valid3 || _valid0;}if(!valid3){const err21 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.properties.template.anyOf,parentSchema:schema23.properties.template,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}else {errors = _errs21;if(vErrors !== null){if(_errs21){vErrors.length = _errs21;}else {vErrors = null;}}}}if(data.limits !== undefined){let data10 = data.limits;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key1 in data10){if(!(func2.call(schema23.properties.limits.properties, key1))){const err22 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.limits,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data10.tokens_per_request !== undefined){let data11 = data10.tokens_per_request;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err23 = {instancePath:instancePath+"/limits/tokens_per_request",schemaPath:"#/properties/limits/properties/tokens_per_request/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.limits.properties.tokens_per_request.type,parentSchema:schema23.properties.limits.properties.tokens_per_request,data:data11};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 > 9007199254740991 || isNaN(data11)){const err24 = {instancePath:instancePath+"/limits/tokens_per_request",schemaPath:"#/properties/limits/properties/tokens_per_request/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema23.properties.limits.properties.tokens_per_request,data:data11};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data11 < 1 || isNaN(data11)){const err25 = {instancePath:instancePath+"/limits/tokens_per_request",schemaPath:"#/properties/limits/properties/tokens_per_request/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.limits.properties.tokens_per_request,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}if(data10.batch !== undefined){let data12 = data10.batch;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){const err26 = {instancePath:instancePath+"/limits/batch",schemaPath:"#/properties/limits/properties/batch/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.limits.properties.batch.type,parentSchema:schema23.properties.limits.properties.batch,data:data12};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if((typeof data12 == "number") && (isFinite(data12))){if(data12 > 9007199254740991 || isNaN(data12)){const err27 = {instancePath:instancePath+"/limits/batch",schemaPath:"#/properties/limits/properties/batch/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema23.properties.limits.properties.batch,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data12 < 1 || isNaN(data12)){const err28 = {instancePath:instancePath+"/limits/batch",schemaPath:"#/properties/limits/properties/batch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.limits.properties.batch,data:data12};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}if(data10.beam !== undefined){let data13 = data10.beam;if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){const err29 = {instancePath:instancePath+"/limits/beam",schemaPath:"#/properties/limits/properties/beam/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.limits.properties.beam.type,parentSchema:schema23.properties.limits.properties.beam,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if((typeof data13 == "number") && (isFinite(data13))){if(data13 > 9007199254740991 || isNaN(data13)){const err30 = {instancePath:instancePath+"/limits/beam",schemaPath:"#/properties/limits/properties/beam/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema23.properties.limits.properties.beam,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data13 < 1 || isNaN(data13)){const err31 = {instancePath:instancePath+"/limits/beam",schemaPath:"#/properties/limits/properties/beam/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.limits.properties.beam,data:data13};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}if(data10.parallel_degree !== undefined){let data14 = data10.parallel_degree;if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){const err32 = {instancePath:instancePath+"/limits/parallel_degree",schemaPath:"#/properties/limits/properties/parallel_degree/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.limits.properties.parallel_degree.type,parentSchema:schema23.properties.limits.properties.parallel_degree,data:data14};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 > 9007199254740991 || isNaN(data14)){const err33 = {instancePath:instancePath+"/limits/parallel_degree",schemaPath:"#/properties/limits/properties/parallel_degree/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema23.properties.limits.properties.parallel_degree,data:data14};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data14 < 1 || isNaN(data14)){const err34 = {instancePath:instancePath+"/limits/parallel_degree",schemaPath:"#/properties/limits/properties/parallel_degree/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.limits.properties.parallel_degree,data:data14};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}if(data10.speculative_tokens !== undefined){let data15 = data10.speculative_tokens;if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err35 = {instancePath:instancePath+"/limits/speculative_tokens",schemaPath:"#/properties/limits/properties/speculative_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.limits.properties.speculative_tokens.type,parentSchema:schema23.properties.limits.properties.speculative_tokens,data:data15};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 > 9007199254740991 || isNaN(data15)){const err36 = {instancePath:instancePath+"/limits/speculative_tokens",schemaPath:"#/properties/limits/properties/speculative_tokens/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema23.properties.limits.properties.speculative_tokens,data:data15};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(data15 < 1 || isNaN(data15)){const err37 = {instancePath:instancePath+"/limits/speculative_tokens",schemaPath:"#/properties/limits/properties/speculative_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.limits.properties.speculative_tokens,data:data15};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}if(data10.scenarios !== undefined){let data16 = data10.scenarios;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err38 = {instancePath:instancePath+"/limits/scenarios",schemaPath:"#/properties/limits/properties/scenarios/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.limits.properties.scenarios.type,parentSchema:schema23.properties.limits.properties.scenarios,data:data16};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if((typeof data16 == "number") && (isFinite(data16))){if(data16 > 9007199254740991 || isNaN(data16)){const err39 = {instancePath:instancePath+"/limits/scenarios",schemaPath:"#/properties/limits/properties/scenarios/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema23.properties.limits.properties.scenarios,data:data16};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data16 < 1 || isNaN(data16)){const err40 = {instancePath:instancePath+"/limits/scenarios",schemaPath:"#/properties/limits/properties/scenarios/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.limits.properties.scenarios,data:data16};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}if(data10.manifest_bytes !== undefined){let data17 = data10.manifest_bytes;if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){const err41 = {instancePath:instancePath+"/limits/manifest_bytes",schemaPath:"#/properties/limits/properties/manifest_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.limits.properties.manifest_bytes.type,parentSchema:schema23.properties.limits.properties.manifest_bytes,data:data17};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if((typeof data17 == "number") && (isFinite(data17))){if(data17 > 9007199254740991 || isNaN(data17)){const err42 = {instancePath:instancePath+"/limits/manifest_bytes",schemaPath:"#/properties/limits/properties/manifest_bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema23.properties.limits.properties.manifest_bytes,data:data17};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data17 < 1 || isNaN(data17)){const err43 = {instancePath:instancePath+"/limits/manifest_bytes",schemaPath:"#/properties/limits/properties/manifest_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.limits.properties.manifest_bytes,data:data17};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}if(data10.config_bytes !== undefined){let data18 = data10.config_bytes;if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){const err44 = {instancePath:instancePath+"/limits/config_bytes",schemaPath:"#/properties/limits/properties/config_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.limits.properties.config_bytes.type,parentSchema:schema23.properties.limits.properties.config_bytes,data:data18};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if((typeof data18 == "number") && (isFinite(data18))){if(data18 > 9007199254740991 || isNaN(data18)){const err45 = {instancePath:instancePath+"/limits/config_bytes",schemaPath:"#/properties/limits/properties/config_bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema23.properties.limits.properties.config_bytes,data:data18};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data18 < 1 || isNaN(data18)){const err46 = {instancePath:instancePath+"/limits/config_bytes",schemaPath:"#/properties/limits/properties/config_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.limits.properties.config_bytes,data:data18};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}if(data10.baseline_bytes !== undefined){let data19 = data10.baseline_bytes;if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){const err47 = {instancePath:instancePath+"/limits/baseline_bytes",schemaPath:"#/properties/limits/properties/baseline_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.limits.properties.baseline_bytes.type,parentSchema:schema23.properties.limits.properties.baseline_bytes,data:data19};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 > 9007199254740991 || isNaN(data19)){const err48 = {instancePath:instancePath+"/limits/baseline_bytes",schemaPath:"#/properties/limits/properties/baseline_bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema23.properties.limits.properties.baseline_bytes,data:data19};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(data19 < 1 || isNaN(data19)){const err49 = {instancePath:instancePath+"/limits/baseline_bytes",schemaPath:"#/properties/limits/properties/baseline_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.limits.properties.baseline_bytes,data:data19};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}if(data10.artifact_bytes !== undefined){let data20 = data10.artifact_bytes;if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){const err50 = {instancePath:instancePath+"/limits/artifact_bytes",schemaPath:"#/properties/limits/properties/artifact_bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.limits.properties.artifact_bytes.type,parentSchema:schema23.properties.limits.properties.artifact_bytes,data:data20};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if((typeof data20 == "number") && (isFinite(data20))){if(data20 > 9007199254740991 || isNaN(data20)){const err51 = {instancePath:instancePath+"/limits/artifact_bytes",schemaPath:"#/properties/limits/properties/artifact_bytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema23.properties.limits.properties.artifact_bytes,data:data20};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(data20 < 1 || isNaN(data20)){const err52 = {instancePath:instancePath+"/limits/artifact_bytes",schemaPath:"#/properties/limits/properties/artifact_bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.limits.properties.artifact_bytes,data:data20};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}if(data10.nesting_depth !== undefined){let data21 = data10.nesting_depth;if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){const err53 = {instancePath:instancePath+"/limits/nesting_depth",schemaPath:"#/properties/limits/properties/nesting_depth/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.limits.properties.nesting_depth.type,parentSchema:schema23.properties.limits.properties.nesting_depth,data:data21};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if((typeof data21 == "number") && (isFinite(data21))){if(data21 > 9007199254740991 || isNaN(data21)){const err54 = {instancePath:instancePath+"/limits/nesting_depth",schemaPath:"#/properties/limits/properties/nesting_depth/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema23.properties.limits.properties.nesting_depth,data:data21};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if(data21 < 1 || isNaN(data21)){const err55 = {instancePath:instancePath+"/limits/nesting_depth",schemaPath:"#/properties/limits/properties/nesting_depth/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.limits.properties.nesting_depth,data:data21};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}}else {const err56 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.limits.type,parentSchema:schema23.properties.limits,data:data10};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data.tolerances !== undefined){let data22 = data.tolerances;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){for(const key2 in data22){if(!(((key2 === "default") || (key2 === "metrics")) || (key2 === "scenarios"))){const err57 = {instancePath:instancePath+"/tolerances",schemaPath:"#/properties/tolerances/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.tolerances,data:data22};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data22.default !== undefined){let data23 = data22.default;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key3 in data23){if(!((key3 === "rel") || (key3 === "abs"))){const err58 = {instancePath:instancePath+"/tolerances/default",schemaPath:"#/definitions/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data23};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data23.rel !== undefined){let data24 = data23.rel;if((typeof data24 == "number") && (isFinite(data24))){if(data24 < 0 || isNaN(data24)){const err59 = {instancePath:instancePath+"/tolerances/default/rel",schemaPath:"#/definitions/tolerance/properties/rel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.rel,data:data24};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}else {const err60 = {instancePath:instancePath+"/tolerances/default/rel",schemaPath:"#/definitions/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.rel.type,parentSchema:schema24.properties.rel,data:data24};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data23.abs !== undefined){let data25 = data23.abs;if((typeof data25 == "number") && (isFinite(data25))){if(data25 < 0 || isNaN(data25)){const err61 = {instancePath:instancePath+"/tolerances/default/abs",schemaPath:"#/definitions/tolerance/properties/abs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema24.properties.abs,data:data25};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}else {const err62 = {instancePath:instancePath+"/tolerances/default/abs",schemaPath:"#/definitions/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema24.properties.abs.type,parentSchema:schema24.properties.abs,data:data25};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}else {const err63 = {instancePath:instancePath+"/tolerances/default",schemaPath:"#/definitions/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data23};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data22.metrics !== undefined){if(!(validate18(data22.metrics, {instancePath:instancePath+"/tolerances/metrics",parentData:data22,parentDataProperty:"metrics",rootData}))){vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);errors = vErrors.length;}}if(data22.scenarios !== undefined){let data27 = data22.scenarios;if(Array.isArray(data27)){const len1 = data27.length;for(let i1=0; i1<len1; i1++){let data28 = data27[i1];if(data28 && typeof data28 == "object" && !Array.isArray(data28)){if(data28.match === undefined){const err64 = {instancePath:instancePath+"/tolerances/scenarios/" + i1,schemaPath:"#/properties/tolerances/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "match"},message:"must have required property '"+"match"+"'",schema:schema23.properties.tolerances.properties.scenarios.items.required,parentSchema:schema23.properties.tolerances.properties.scenarios.items,data:data28};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(data28.metrics === undefined){const err65 = {instancePath:instancePath+"/tolerances/scenarios/" + i1,schemaPath:"#/properties/tolerances/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'",schema:schema23.properties.tolerances.properties.scenarios.items.required,parentSchema:schema23.properties.tolerances.properties.scenarios.items,data:data28};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}for(const key4 in data28){if(!((key4 === "match") || (key4 === "metrics"))){const err66 = {instancePath:instancePath+"/tolerances/scenarios/" + i1,schemaPath:"#/properties/tolerances/properties/scenarios/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.tolerances.properties.scenarios.items,data:data28};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data28.match !== undefined){let data29 = data28.match;if(typeof data29 === "string"){if(func3(data29) < 1){const err67 = {instancePath:instancePath+"/tolerances/scenarios/" + i1+"/match",schemaPath:"#/properties/tolerances/properties/scenarios/items/properties/match/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.tolerances.properties.scenarios.items.properties.match,data:data29};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}else {const err68 = {instancePath:instancePath+"/tolerances/scenarios/" + i1+"/match",schemaPath:"#/properties/tolerances/properties/scenarios/items/properties/match/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.tolerances.properties.scenarios.items.properties.match.type,parentSchema:schema23.properties.tolerances.properties.scenarios.items.properties.match,data:data29};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data28.metrics !== undefined){if(!(validate18(data28.metrics, {instancePath:instancePath+"/tolerances/scenarios/" + i1+"/metrics",parentData:data28,parentDataProperty:"metrics",rootData}))){vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);errors = vErrors.length;}}}else {const err69 = {instancePath:instancePath+"/tolerances/scenarios/" + i1,schemaPath:"#/properties/tolerances/properties/scenarios/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.tolerances.properties.scenarios.items.type,parentSchema:schema23.properties.tolerances.properties.scenarios.items,data:data28};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}else {const err70 = {instancePath:instancePath+"/tolerances/scenarios",schemaPath:"#/properties/tolerances/properties/scenarios/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.properties.tolerances.properties.scenarios.type,parentSchema:schema23.properties.tolerances.properties.scenarios,data:data27};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}}else {const err71 = {instancePath:instancePath+"/tolerances",schemaPath:"#/properties/tolerances/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.tolerances.type,parentSchema:schema23.properties.tolerances,data:data22};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}validate17.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/manifests/validate.ts







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
const compiled = new Map();
/**
 * The validator of a schema: the precompiled one when it was compiled from this very schema (see
 * precompiled.ts), else compiled now. Once per process either way.
 */
const PRECOMPILED = { manifest: manifest, hardware: hardware, model: model, config: config };
function validator(name) {
    let v = compiled.get(name);
    if (!v) {
        const schema = BUILDERS[name]();
        v = SCHEMA_HASHES[name] === (0,precompiled/* schemaHash */.i)(schema) ? PRECOMPILED[name] : newAjv().compile(schema);
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

/***/ 6511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   WB: () => (/* binding */ METRIC_KEYS),
/* harmony export */   bu: () => (/* binding */ METRIC_BY_KEY)
/* harmony export */ });
/* unused harmony export PRIMARY_METRICS */
/**
 * The metrics genz-action reports, with unit, direction and definition. This list is the single source
 * for the README's metrics table, the baseline diff (direction, primary/secondary) and the reports.
 * JSON keys carry their unit.
 */
const METRIC_KEYS = [
    'ttft_ms',
    'tpot_ms',
    'tpot_peak_ms',
    'e2e_ms',
    'prefill_throughput_tps',
    'decode_throughput_tps',
    'total_throughput_tps',
    'tokens_per_ms',
    'ms_per_token',
    'chunk_latency_ms',
    'chunk_throughput_tps',
    'weights_gb',
    'kv_cache_gb',
    'total_memory_gb',
    'device_memory_gb',
    'fits_in_memory',
    'offloaded',
];
const def = (key, label, unit, direction, primary, definition, kind = 'number') => Object.freeze({ key, label, unit, direction, primary, kind, definition });
const METRICS = Object.freeze([
    def('ttft_ms', 'TTFT', 'ms', 'lower', true, 'Time to first token: prefill latency of the whole batch (prefill emits the first token).'),
    def('tpot_ms', 'TPOT', 'ms', 'lower', true, 'Time per output token: mean of the o − 1 decode steps after the first token, every step computed; null when o = 1.'),
    def('tpot_peak_ms', 'TPOT peak', 'ms', 'lower', true, "GenZ's own decode step at the full context (output_tokens = o): an upper bound of TPOT."),
    def('e2e_ms', 'E2E latency', 'ms', 'lower', true, 'End-to-end request latency: TTFT + (o − 1) × TPOT.'),
    def('prefill_throughput_tps', 'Prefill throughput', 'tokens/s', 'higher', true, 'Prompt tokens processed per second: input_tokens × batch / TTFT.'),
    def('decode_throughput_tps', 'Decode throughput', 'tokens/s', 'higher', true, 'Generated tokens per second during decode: batch / TPOT.'),
    def('total_throughput_tps', 'Total throughput', 'tokens/s', 'higher', true, 'All tokens of the request per second: (input + output tokens) × batch / E2E.'),
    def('tokens_per_ms', 'Tokens per ms', 'tokens/ms', 'higher', false, 'All tokens of the batch (input + output) per millisecond of E2E latency.'),
    def('ms_per_token', 'ms per token', 'ms/token', 'lower', false, 'E2E latency divided by all tokens of the batch (input + output).'),
    def('chunk_latency_ms', 'Chunk latency', 'ms', 'lower', false, 'Chunked prefill: latency of one chunked iteration (prefill pieces plus decode entries).'),
    def('chunk_throughput_tps', 'Chunk throughput', 'tokens/s', 'higher', false, "Chunked prefill: GenZ's chunk throughput, (new prefill tokens + decode entries) / chunk latency."),
    def('weights_gb', 'Weights', 'GB', 'lower', false, 'Model weights per device (GB = 2^30 bytes).'),
    def('kv_cache_gb', 'KV cache', 'GB', 'lower', false, 'KV cache per device at the largest context of the request, input + output tokens (GB = 2^30 bytes).'),
    def('total_memory_gb', 'Memory', 'GB', 'lower', false, 'Weights + KV cache per device, as GenZ compares it with device memory (activations not counted; GB = 2^30 bytes).'),
    def('device_memory_gb', 'Device memory', 'GB', 'higher', false, 'Memory of one device (GB = 2^30 bytes).'),
    def('fits_in_memory', 'Fits in memory', '', 'higher', false, 'Whether weights + KV fit on the device; false only when memory_offload made the scenario run anyway.', 'boolean'),
    def('offloaded', 'Offloaded', 'GB', 'lower', false, 'Memory per device that did not fit and was offloaded over the host link (GB = 2^30 bytes); 0 when it fits.'),
]);
const METRIC_BY_KEY = new Map(METRICS.map((m) => [m.key, m]));
const PRIMARY_METRICS = METRICS.filter((m) => m.primary).map((m) => m.key);


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
/* harmony export */   pE: () => (/* binding */ writableInside)
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


/***/ })

};
