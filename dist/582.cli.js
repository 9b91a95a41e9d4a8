export const id = 582;
export const ids = [582];
export const modules = {

/***/ 5452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J7: () => (/* binding */ calibratedFigures),
/* harmony export */   v_: () => (/* binding */ metricBands),
/* harmony export */   zQ: () => (/* binding */ calibratedChunkMs)
/* harmony export */ });
/* unused harmony exports calibratedStepsMs, BANDED_METRICS */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2513);
/**
 * Calibrated figures of a simulated scenario, from the per-operator tables of the core passes the
 * simulation engine ran (so LoRA, unfused attention and every other row transform are included).
 */


function setup(t, p) {
    // The decode steps 1 … steps and the peak step steps + 1, in pieces affine in T (model.ts decodePieces).
    const peak = t.steps + 1;
    const args = t.decodeArgs;
    const pieces = args
        ? (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .decodePieces */ .IJ)((T) => (T === peak && t.peakTable ? t.peakTable : (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .decode */ .D4)({ ...args, output_tokens: T }).timings()), (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeStepPieces */ .cs)(args, peak, t.decodeRows), t.layers, t.batch * t.beam, t.scale)
        : [];
    const features = {
        prefill: t.prefill
            ? (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .passFeatures */ .rY)(t.prefill, t.layers, t.batch, undefined, 1, t.fidelity === 'genz', t.scale)
            : { rows: [], layers: t.layers, sequences: t.batch },
        decode: pieces,
        steps: t.steps,
        exceedsMemory: false,
        weightsMb: t.weightsMb,
        kvMb: t.kvMb,
        deviceMb: t.deviceMb,
    };
    return { pieces, features, waves: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .kvOvercommit */ .hR)(features, p) };
}
function calibratedFigures(t, p) {
    const { pieces, features, waves } = setup(t, p);
    const ttftMs = t.prefill ? (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .passLatencyMs */ .y1)(features.prefill, p) : null;
    if (!t.decodeArgs)
        return { ttftMs, decodeSteps: null, peakStepMs: null, kvOvercommit: waves };
    const peak = t.steps + 1;
    const sumMs = t.steps > 0 ? (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeLatencyMs */ .Jx)(pieces, p, 1, t.steps, waves) : 0;
    return { ttftMs, decodeSteps: { sumMs, count: t.steps }, peakStepMs: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeLatencyMs */ .Jx)(pieces, p, peak, peak, waves), kvOvercommit: waves };
}
/**
 * The decode steps 1 … steps one at a time (ms each; null without decode): the oracle the closed-form
 * sum of `calibratedFigures` is tested against (O(steps × rows), not used by the simulation).
 */
function calibratedStepsMs(t, p) {
    if (!t.decodeArgs)
        return null;
    const { pieces, waves } = setup(t, p);
    const out = [];
    for (let T = 1; T <= t.steps; T++)
        out.push(decodeLatencyMs(pieces, p, T, T, waves));
    return out;
}
/**
 * Calibrated latency of one chunked-prefill iteration (ms): a single forward pass whose prefill pieces
 * are many-query attention and GEMM rows and whose decode entries are one-query attention, timed like
 * any other pass; `sequences` counts the chunk's entries (per-sequence host work).
 */
function calibratedChunkMs(table, layers, sequences, scale, fidelity, p) {
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .passLatencyMs */ .y1)((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .passFeatures */ .rY)(table, layers, sequences, undefined, 1, fidelity === 'genz', scale), p);
}
/** Metrics whose band comes from the TTFT residuals; every other absolute latency or throughput uses E2E's. */
const TTFT_BANDED = new Set(['ttft_ms', 'prefill_throughput_tps']);
const BANDED_METRICS = [
    'ttft_ms',
    'tpot_ms',
    'tpot_peak_ms',
    'e2e_ms',
    'prefill_throughput_tps',
    'decode_throughput_tps',
    'total_throughput_tps',
    'tokens_per_ms',
    'ms_per_token',
];
/**
 * The band (a fraction: 0.14 = ±14 %) of every absolute metric, from the profile's cross-validated
 * residuals (a profile fitted on too few TTFT rows carries the pooled TTFT band of all profiles).
 */
function metricBands(sel, genericBands) {
    const e2e = sel.bands.e2e ?? genericBands.e2e;
    const ttft = sel.bands.ttft ?? genericBands.ttft ?? e2e;
    const out = {};
    for (const k of BANDED_METRICS) {
        const b = TTFT_BANDED.has(k) ? ttft : e2e;
        if (b)
            out[k] = b.p90;
    }
    return out;
}


/***/ }),

/***/ 6777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GX: () => (/* binding */ builtinProfiles)
});

// UNUSED EXPORTS: BUILTIN_MEASUREMENTS, BUILTIN_PROFILE_PATH

;// CONCATENATED MODULE: ./data/calibration/builtin.json
const builtin_namespaceObject = /*#__PURE__*/JSON.parse('{"schema":"genz-action/calibration-profiles@2","source":"argonne-public.jsonl, argonne-ttft-public.jsonl, vendor-public.jsonl","generic":{"params":{"eta_compute":0.4962,"gemm_half_tokens":22.23,"eta_memory":0.777,"eta_attention":0.05289,"eta_link":0.4229,"collective_us":8.194,"pass_us":248.6,"layer_us":96.4,"seq_us":137.6,"memory_fraction":0.7148},"bands":{"e2e":{"p90":0.787,"mape":0.435,"n":1203},"ttft":{"p90":0.602,"mape":0.237,"n":73}},"rows":1276,"groups":80},"profiles":{"A100_40GB_GPU|trtllm|bf16":{"params":{"eta_compute":0.7091,"gemm_half_tokens":41.98,"eta_memory":0.7759,"eta_attention":0.009987,"eta_link":0.6475,"collective_us":2.967,"pass_us":195.8,"layer_us":65.47,"seq_us":12.9,"memory_fraction":0.7437},"bands":{"e2e":{"p90":0.222,"mape":0.099,"n":119},"ttft":{"p90":0.283,"mape":0.111,"n":73}},"rows":120,"groups":7,"tp":[1,2,4],"nvidia":true},"A100_40GB_GPU|vllm|bf16":{"params":{"eta_compute":0.6825,"gemm_half_tokens":85.14,"eta_memory":0.8309,"eta_attention":0.05289,"eta_link":0.386,"collective_us":5.438,"pass_us":159.9,"layer_us":57.94,"seq_us":99.53,"memory_fraction":0.7166},"bands":{"e2e":{"p90":0.24,"mape":0.113,"n":87},"ttft":{"p90":0.283,"mape":0.111,"n":73}},"rows":88,"groups":4,"tp":[1,2,4],"nvidia":true},"A100_80GB_GPU|trtllm|bf16":{"params":{"eta_compute":0.7748,"gemm_half_tokens":73.13,"eta_memory":0.958,"eta_attention":0.01539,"eta_link":0.7815,"collective_us":3.165,"pass_us":210.2,"layer_us":141.1,"seq_us":13.26,"memory_fraction":0.8082},"bands":{"e2e":{"p90":0.138,"mape":0.076,"n":47},"ttft":{"p90":0.207,"mape":0.068,"n":18}},"rows":65,"groups":8,"tp":[1,2,4,8],"nvidia":true},"GH200_GPU|trtllm|bf16":{"params":{"eta_compute":0.6769,"gemm_half_tokens":42.07,"eta_memory":0.8702,"eta_attention":0.01384,"eta_link":0.436,"collective_us":3.062,"pass_us":206.3,"layer_us":73.83,"seq_us":14.78,"memory_fraction":0.6527},"bands":{"e2e":{"p90":0.121,"mape":0.063,"n":40},"ttft":{"p90":0.283,"mape":0.111,"n":73}},"rows":42,"groups":2,"tp":[1],"nvidia":true},"GH200_GPU|vllm|bf16":{"params":{"eta_compute":0.6259,"gemm_half_tokens":85.13,"eta_memory":0.671,"eta_attention":0.05289,"eta_link":0.2156,"collective_us":5.762,"pass_us":164.2,"layer_us":74.91,"seq_us":94.27,"memory_fraction":0.645},"bands":{"e2e":{"p90":0.145,"mape":0.07,"n":76},"ttft":{"p90":0.056,"mape":0.028,"n":3}},"rows":79,"groups":4,"tp":[1],"nvidia":true},"H100_GPU|trtllm|bf16":{"params":{"eta_compute":0.5663,"gemm_half_tokens":42.13,"eta_memory":0.9764,"eta_attention":0.01127,"eta_link":0.6867,"collective_us":2.861,"pass_us":202.9,"layer_us":64.74,"seq_us":16.45,"memory_fraction":0.6514},"bands":{"e2e":{"p90":0.223,"mape":0.1,"n":131},"ttft":{"p90":0.283,"mape":0.111,"n":73}},"rows":132,"groups":9,"tp":[1,2,4],"nvidia":true},"H100_GPU|trtllm|fp8":{"params":{"eta_compute":0.5278,"gemm_half_tokens":48.52,"eta_memory":1,"eta_attention":0.008869,"eta_link":0.3709,"collective_us":3.002,"pass_us":214.4,"layer_us":133.3,"seq_us":10,"memory_fraction":0.8019},"bands":{"e2e":{"p90":0.324,"mape":0.143,"n":51},"ttft":{"p90":0.292,"mape":0.12,"n":18}},"rows":69,"groups":8,"tp":[1,2,4,8],"nvidia":true},"H100_GPU|vllm|bf16":{"params":{"eta_compute":0.5364,"gemm_half_tokens":84.96,"eta_memory":0.9006,"eta_attention":0.05289,"eta_link":0.4735,"collective_us":5.247,"pass_us":175.9,"layer_us":68.85,"seq_us":85.19,"memory_fraction":0.7212},"bands":{"e2e":{"p90":0.177,"mape":0.092,"n":184},"ttft":{"p90":0.283,"mape":0.111,"n":73}},"rows":186,"groups":11,"tp":[1,2,4],"nvidia":true},"H200_GPU|trtllm|fp8":{"params":{"eta_compute":0.5756,"gemm_half_tokens":52.79,"eta_memory":1,"eta_attention":0.01131,"eta_link":0.4249,"collective_us":3.075,"pass_us":213,"layer_us":111.4,"seq_us":12.92,"memory_fraction":0.8296},"bands":{"e2e":{"p90":0.334,"mape":0.183,"n":20},"ttft":{"p90":0.346,"mape":0.122,"n":10}},"rows":30,"groups":8,"tp":[1,2,4,8],"nvidia":true},"L40S_GPU|trtllm|fp8":{"params":{"eta_compute":0.5469,"gemm_half_tokens":41.75,"eta_memory":0.9162,"eta_attention":0.01437,"eta_link":0.325,"collective_us":3.11,"pass_us":213.6,"layer_us":160.3,"seq_us":13.7,"memory_fraction":0.7191},"bands":{"e2e":{"p90":0.454,"mape":0.117,"n":28},"ttft":{"p90":0.403,"mape":0.145,"n":14}},"rows":42,"groups":7,"tp":[1,2,4,8],"nvidia":true},"MI300X|vllm|bf16":{"params":{"eta_compute":0.06544,"gemm_half_tokens":20.65,"eta_memory":0.5767,"eta_attention":0.05289,"eta_link":0.2467,"collective_us":6.145,"pass_us":170.2,"layer_us":140,"seq_us":98.33,"memory_fraction":0.2173},"bands":{"e2e":{"p90":0.362,"mape":0.167,"n":420},"ttft":{"p90":0.116,"mape":0.101,"n":3}},"rows":423,"groups":14,"tp":[1,2,4,8],"nvidia":false}}}');
// EXTERNAL MODULE: ./src/calibration/profile.ts
var profile = __webpack_require__(8445);
;// CONCATENATED MODULE: ./src/calibration/builtin.ts
/**
 * The built-in profiles, fitted from data/measured/ by `genz calibrate` (docs/calibration.md); the
 * test suite checks that regenerating them from the shipped data gives this file byte for byte.
 */


const BUILTIN_PROFILE_PATH = 'data/calibration/builtin.json';
/** The measurement files the built-in profiles are fitted from, relative to the project root. */
const BUILTIN_MEASUREMENTS = (/* unused pure expression or super */ null && ([
    'data/measured/argonne-public.jsonl',
    'data/measured/argonne-ttft-public.jsonl',
    'data/measured/vendor-public.jsonl',
]));
let cached;
function builtinProfiles() {
    if (cached === undefined)
        cached = (0,profile/* parseProfiles */.Es)(JSON.stringify(builtin_namespaceObject));
    return cached;
}


/***/ }),

/***/ 2513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ predictRequest),
/* harmony export */   Hk: () => (/* binding */ PARAM_MAX),
/* harmony export */   IJ: () => (/* binding */ decodePieces),
/* harmony export */   Jx: () => (/* binding */ decodeLatencyMs),
/* harmony export */   Zs: () => (/* binding */ requestFeatures),
/* harmony export */   bP: () => (/* binding */ ROOFLINE),
/* harmony export */   hR: () => (/* binding */ kvOvercommit),
/* harmony export */   mA: () => (/* binding */ peakScale),
/* harmony export */   rY: () => (/* binding */ passFeatures),
/* harmony export */   rv: () => (/* binding */ computeEff),
/* harmony export */   rw: () => (/* binding */ PARAM_KEYS),
/* harmony export */   y1: () => (/* binding */ passLatencyMs)
/* harmony export */ });
/* unused harmony exports UNSCALED, sumMaxAffine */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/**
 * The calibrated latency model (docs/calibration.md). It re-times the core's per-operator table: each
 * operator runs at an achieved fraction of peak compute (lower for small GEMMs, which cannot fill the
 * machine) or of peak bandwidth, whichever is slower; each collective pays a fixed latency on top of its
 * transfer at an achieved link bandwidth; every forward pass pays a fixed overhead plus one per layer
 * (kernel launches, scheduling, sampling). The core is never changed: it supplies the operator table.
 */

const PARAM_KEYS = [
    'eta_compute',
    'gemm_half_tokens',
    'eta_memory',
    'eta_attention',
    'eta_link',
    'collective_us',
    'pass_us',
    'layer_us',
    'seq_us',
    'memory_fraction',
];
/** Fractions are at most 1 (the preset's peak); the rest are positive without an upper bound. */
const PARAM_MAX = {
    eta_compute: 1,
    gemm_half_tokens: 1e6,
    eta_memory: 1,
    eta_attention: 1,
    eta_link: 1,
    collective_us: 1e4,
    pass_us: 1e6,
    layer_us: 1e4,
    seq_us: 1e5,
    memory_fraction: 1,
};
/** Query tokens per sequence of an attention row (its query operand's third dimension). */
function queryLength(rec) {
    const d = rec.Dimension;
    if (!Array.isArray(d))
        return Infinity;
    const q = (rec['Op Type'] === 'Attend' ? d[2] : d[0]);
    return Array.isArray(q) && q.length === 4 ? q[2] : Infinity;
}
function tokensOf(rec) {
    const d = rec.Dimension;
    if (!Array.isArray(d))
        return Infinity;
    if (rec['Op Type'] === 'GEMM') {
        const a = d[0]?.[0];
        return Array.isArray(a) ? a[0] * a[1] : Infinity;
    }
    if (rec['Op Type'] === 'Logit' || rec['Op Type'] === 'Attend' || rec['Op Type'] === 'Softmax') {
        const q = (rec['Op Type'] === 'Attend' ? d[2] : d[0]);
        return Array.isArray(q) ? q[0] * q[2] : Infinity;
    }
    return Infinity;
}
/**
 * Pass features from one operator table, or from two (steps `firstStep` and `firstStep + span`) for a
 * piece of decode steps on which every row is affine in T. `causal`: the pass is a prefill whose
 * attention the core counts over the full score matrix (GenZ fidelity); causal kernels compute only the
 * lower triangle, so the attention compute is halved there (the corrected fidelity counts causal pairs).
 */
function passFeatures(first, layers, sequences, last, span = 1, causal = false, scale = UNSCALED, firstStep = 1) {
    const rows = [];
    first.forEach((rec, i) => {
        if (rec.Repeat === 0)
            return; // repeat markers
        const comm = rec['Communication time (msec)'];
        const c = rec['Compute time (msec)'];
        const m = rec['Memory time (msec)'];
        if (rec['Op Type'] === 'Sync') {
            if (comm > 0)
                rows.push({ sync: true, attention: false, decodeAttention: false, c0: 0, c1: 0, m0: 0, m1: 0, comm, tokens: Infinity, mult: rec.Repeat });
            return;
        }
        let c1 = 0;
        let m1 = 0;
        if (last && span > 0) {
            const l = last[i];
            c1 = (l['Compute time (msec)'] - c) / span;
            m1 = (l['Memory time (msec)'] - m) / span;
        }
        if (c === 0 && m === 0 && c1 === 0 && m1 === 0)
            return;
        // The intercept is the value at T = 0.
        const kind = rec['Op Type'];
        const attention = kind === 'Logit' || kind === 'Attend' || kind === 'Softmax';
        const decodeAttention = attention && queryLength(rec) === 1;
        const cf = (causal && attention && !decodeAttention ? 0.5 : 1) * scale.compute;
        const mf = scale.memory;
        rows.push({
            sync: false,
            attention,
            decodeAttention,
            c0: (c - c1 * firstStep) * cf,
            c1: c1 * cf,
            m0: (m - m1 * firstStep) * mf,
            m1: m1 * mf,
            comm: 0,
            tokens: tokensOf(rec),
            mult: rec.Repeat,
        });
    });
    return { rows, layers, sequences };
}
/**
 * The decode steps 1 … steps as affine pieces: the core splits them where a context field changes
 * piece (a sliding window fills up, the prompt part of a window shrinks; core decodeStepPieces, the
 * closed-form machinery of context-sum.ts), and each piece is read from the core's tables at its two
 * ends, so a windowed or hybrid model is summed exactly, not extrapolated from the first piece.
 */
function decodePieces(tableAt, ends, layers, sequences, scale) {
    const pieces = [];
    const tables = new Map();
    const at = (T) => {
        let t = tables.get(T);
        if (t === undefined) {
            t = tableAt(T);
            tables.set(T, t);
        }
        return t;
    };
    // A row whose work is zero at one end of a piece only (a window's prompt part shrinking to nothing) is
    // not on the affine line there (the core's zero-work rule): that end step becomes its own piece.
    const zero = (t, i) => t[i]['Op Type'] !== 'Sync' && t[i]['Compute time (msec)'] === 0 && t[i]['Memory time (msec)'] === 0;
    const add = (lo, hi) => {
        const first = at(lo);
        if (hi > lo) {
            const last = at(hi);
            const n = Math.min(first.length, last.length);
            for (let i = 0; i < n; i++) {
                if (zero(first, i) === zero(last, i))
                    continue;
                if (zero(last, i)) {
                    add(lo, hi - 1);
                    add(hi, hi);
                }
                else {
                    add(lo, lo);
                    add(lo + 1, hi);
                }
                return;
            }
        }
        pieces.push({ lo, hi, features: passFeatures(first, layers, sequences, hi > lo ? at(hi) : undefined, hi - lo, false, scale, lo) });
    };
    let lo = 1;
    for (const hi of ends) {
        add(lo, hi);
        lo = hi + 1;
    }
    return pieces;
}
/** Σ of decode steps lo … hi (ms) over the pieces. */
function decodeLatencyMs(pieces, p, lo, hi, waves = 1) {
    let total = 0;
    for (const q of pieces) {
        const a = Math.max(lo, q.lo);
        const b = Math.min(hi, q.hi);
        if (a <= b)
            total += passLatencyMs(q.features, p, a, b, waves);
    }
    return total;
}
const UNSCALED = Object.freeze({ compute: 1, memory: 1 });
/** Lower precisions without a native datasheet rate run at the 16-bit rate. */
const FALLBACK_RATE = { fp8: 'bf16', int8: 'bf16', fp6: 'bf16', fp4: 'fp8', int4: 'int8', int2: 'int8' };
function peakScale(system, precision, offloaded = false) {
    const peaks = system.peakFlopsByPrecision;
    let compute = 1;
    if (peaks) {
        let p = precision;
        while (p !== undefined && peaks[p] === undefined)
            p = FALLBACK_RATE[p];
        if (p !== undefined && peaks[p] > 0) {
            // Core: macs × computeMultiplier / opPerSec (opPerSec = flops / 2); datasheet: 2 × macs / peak.
            compute = (2 * system.opPerSec) / (system.computeMultiplier * peaks[p]);
        }
    }
    const memory = !offloaded && system.memoryBwDatasheet ? system.offchipBw / system.memoryBwDatasheet : 1;
    return { compute, memory };
}
function unbounded(hardware) {
    const spec = typeof hardware === 'string' ? (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .presetSpec */ .d8)(hardware) : hardware;
    return { ...spec, off_chip_mem_size: null, system_name: typeof hardware === 'string' ? hardware : (spec?.system_name ?? 'custom system') };
}
/**
 * Features of a static batch (prefill, then output − 1 decode steps), from the core's operator tables.
 * A request the core says does not fit is timed on the same hardware without the memory limit (the
 * benchmarks ran such configurations; the engine paged or recomputed, which this model does not see).
 */
function requestFeatures(a) {
    const fidelity = a.fidelity ?? 'corrected';
    const common = {
        model: a.model,
        bits: a.precision,
        tensor_parallel: a.tp,
        pipeline_parallel: a.pp ?? 1,
        expert_parallel: a.ep ?? 1,
        batch_size: a.batch,
        input_tokens: a.inputTokens,
        fidelity,
    };
    const steps = Math.max(a.outputTokens - 1, 0);
    const run = (system) => {
        const p = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .prefill */ .tv)({ ...common, system_name: system });
        const layers = p.model.numLayers;
        const scale = peakScale(p.system, a.precision);
        const pre = passFeatures(p.timings(), layers, a.batch, undefined, 1, fidelity === 'genz', scale);
        if (steps === 0)
            return { prefill: pre, decode: [], steps, exceedsMemory: false, mem: p };
        const decodeArgs = { ...common, system_name: system, Bb: a.beam ?? 1 };
        const last = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .decode */ .D4)({ ...decodeArgs, output_tokens: steps });
        const tableAt = (T) => (T === steps ? last : (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .decode */ .D4)({ ...decodeArgs, output_tokens: T })).timings();
        const pieces = decodePieces(tableAt, (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeStepPieces */ .cs)(decodeArgs, steps), layers, a.batch * (a.beam ?? 1), scale);
        return { prefill: pre, decode: pieces, steps, exceedsMemory: false, mem: last };
    };
    const finish = (r, exceeds, deviceMb) => {
        const pp = a.pp ?? 1;
        const { mem, ...rest } = r;
        return { ...rest, exceedsMemory: exceeds, weightsMb: mem.fitWeightsMb / pp, kvMb: mem.fitKvCacheMb / pp, deviceMb };
    };
    try {
        const r = run(a.hardware);
        return finish(r, false, r.mem.deviceMemoryMb);
    }
    catch (e) {
        if (!(e instanceof _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GenzError */ .rp) || e.kind !== 'does_not_fit')
            throw e;
        return finish(run(unbounded(a.hardware)), true, e.details.deviceMemoryMb);
    }
}
/** Achieved compute fraction of a row of `tokens` activation rows. */
function computeEff(p, tokens) {
    return tokens === Infinity ? p.eta_compute : (p.eta_compute * tokens) / (tokens + p.gemm_half_tokens);
}
/** Σ_{T=lo}^{hi} max(a0 + a1·T, b0 + b1·T), exactly (the maximum of two affine functions). */
function sumMaxAffine(a0, a1, b0, b1, lo, hi) {
    if (hi < lo)
        return 0;
    const sumAff = (x0, x1, from, to) => to < from ? 0 : x0 * (to - from + 1) + (x1 * (from + to) * (to - from + 1)) / 2;
    const d0 = a0 - b0;
    const d1 = a1 - b1;
    if (d1 === 0)
        return d0 >= 0 ? sumAff(a0, a1, lo, hi) : sumAff(b0, b1, lo, hi);
    // a ≥ b where d0 + d1·T ≥ 0.
    const cross = -d0 / d1;
    if (d1 > 0) {
        const first = Math.min(Math.max(Math.ceil(cross), lo), hi + 1);
        return sumAff(b0, b1, lo, first - 1) + sumAff(a0, a1, first, hi);
    }
    const lastA = Math.max(Math.min(Math.floor(cross), hi), lo - 1);
    return sumAff(a0, a1, lo, lastA) + sumAff(b0, b1, lastA + 1, hi);
}
/**
 * Sum of a pass's latency over steps lo … hi (ms); a prefill pass is the single step lo = hi = 0.
 * `waves` > 1: the batch runs in that many turns (KV cache overcommitted): each turn reads the weights
 * and pays the fixed costs again, while attention, per-sequence work and total compute stay the same.
 */
function passLatencyMs(f, p, lo = 0, hi = 0, waves = 1) {
    if (hi < lo)
        return 0;
    const n = hi - lo + 1;
    let total = 0;
    const em = p.eta_memory;
    const collMs = p.collective_us / 1000;
    for (const r of f.rows) {
        if (r.sync) {
            total += r.mult * n * (waves * collMs + r.comm / p.eta_link);
            continue;
        }
        if (r.attention) {
            // Attention reads the cache at the achieved bandwidth; its compute runs at the decode-attention
            // fraction (one query token) or as a GEMM of its query rows (prefill).
            const ec = r.decodeAttention ? p.eta_attention : computeEff(p, r.tokens);
            if (r.c1 === 0 && r.m1 === 0)
                total += r.mult * n * Math.max(r.c0 / ec, r.m0 / em);
            else
                total += r.mult * sumMaxAffine(r.c0 / ec, r.c1 / ec, r.m0 / em, r.m1 / em, lo, hi);
            continue;
        }
        const ec = computeEff(p, r.tokens / waves);
        const wm = waves / em;
        if (r.c1 === 0 && r.m1 === 0)
            total += r.mult * n * Math.max(r.c0 / ec, r.m0 * wm);
        else
            total += r.mult * sumMaxAffine(r.c0 / ec, r.c1 / ec, r.m0 * wm, r.m1 * wm, lo, hi);
    }
    return total + (n * (waves * (p.pass_us + p.layer_us * f.layers) + p.seq_us * f.sequences)) / 1000;
}
/** How many times over the batch's KV cache overcommits the memory the engine has for it (≥ 1). */
function kvOvercommit(f, p) {
    if (!Number.isFinite(f.deviceMb) || f.kvMb <= 0)
        return 1;
    // At least 5 % of the device is left for KV cache, so a request whose weights alone overflow stays finite.
    const room = Math.max(p.memory_fraction * f.deviceMb - f.weightsMb, 0.05 * f.deviceMb);
    return Math.max(1, f.kvMb / room);
}
function predictRequest(f, p) {
    const ttftMs = passLatencyMs(f.prefill, p);
    const decodeMs = f.steps > 0 ? decodeLatencyMs(f.decode, p, 1, f.steps, kvOvercommit(f, p)) : 0;
    return { ttftMs, decodeMs, steps: f.steps, e2eMs: ttftMs + decodeMs, tpotMs: f.steps > 0 ? decodeMs / f.steps : null };
}
/** The raw roofline's figures from the same features (η = 1, no overheads, the core's collectives). */
const ROOFLINE = Object.freeze({
    eta_compute: 1,
    gemm_half_tokens: 0,
    eta_memory: 1,
    eta_attention: 1,
    eta_link: 1,
    collective_us: 0,
    pass_us: 0,
    layer_us: 0,
    seq_us: 0,
    memory_fraction: Infinity,
});


/***/ }),

/***/ 9512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ precisionId),
/* harmony export */   MY: () => (/* binding */ measuredModel),
/* harmony export */   U2: () => (/* binding */ engineId),
/* harmony export */   k4: () => (/* binding */ isNvidia),
/* harmony export */   ug: () => (/* binding */ ENGINES),
/* harmony export */   wS: () => (/* binding */ hardwarePreset)
/* harmony export */ });
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/**
 * How the names that benchmarks print map to this project's presets, catalog models and engine ids.
 * Measurements name parts the way their sources print them ("Nvidia A100 GPU", "H100-SXM5-80GB");
 * the calibration layer keys profiles by preset name.
 */

const ENGINES = ['vllm', 'trtllm', 'sglang', 'generic'];
/** Serving-engine names as benchmarks print them (lower-cased), to the engine ids of scenarios. */
const ENGINE_ALIASES = {
    vllm: 'vllm',
    'tensorrt-llm': 'trtllm',
    tensorrt_llm: 'trtllm',
    trtllm: 'trtllm',
    'trt-llm': 'trtllm',
    sglang: 'sglang',
    generic: 'generic',
};
function engineId(name) {
    return ENGINE_ALIASES[name.trim().toLowerCase()];
}
/**
 * Hardware names of the measurement sources, each with the presets it may be known as (the first that
 * exists wins, so a preset added later is picked up without touching the data). A name that is itself
 * a preset maps to itself.
 */
const HARDWARE_ALIASES = {
    'nvidia a100 gpu': ['A100_40GB_GPU'], // Argonne: the 40 GB SXM4 part
    'a100-sxm4-40gb': ['A100_40GB_GPU'],
    'a100-sxm4-80gb': ['A100_80GB_GPU'],
    'nvidia h100 gpu': ['H100_GPU'],
    'h100-sxm5-80gb': ['H100_GPU'],
    'nvidia gh200 gpu': ['GH200_GPU'],
    'gh200-120gb': ['GH200_120GB_GPU', 'GH200_GPU'],
    'amd mi300x gpu': ['MI300X'],
    'h200-sxm-141gb': ['H200_GPU', 'H200_SXM_GPU', 'H200'],
    'l40s-48gb': ['L40S_GPU', 'L40S_48GB_GPU', 'L40S'],
};
function hardwarePreset(name) {
    if (_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PRESET_NAMES */ .dO.includes(name))
        return name;
    const known = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupPreset */ .cR)(name);
    if (known)
        return known;
    const candidates = HARDWARE_ALIASES[name.trim().toLowerCase()];
    return candidates?.find((p) => _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PRESET_NAMES */ .dO.includes(p));
}
/** NVIDIA parts, for the per-vendor accuracy figures. */
function isNvidia(preset) {
    return /^(A100|H100|H200|GH200|B100|B200|GB200|L40S|L4|A10)/i.test(preset);
}
/**
 * Architectures that the benchmarks ran and the catalog lacks, as GenZ ModelConfig fields (from each
 * model's published config.json). Only the shapes matter: the runs use random token ids.
 */
const EXTRA_MODELS = {
    // EleutherAI/gpt-j-6b config.json: n_embd 4096, n_layer 28, n_head 16, rotary_dim 64, n_inner null (4 × n_embd), vocab 50400.
    'eleutherai/gpt-j-6b': {
        model: 'EleutherAI/gpt-j-6b',
        vocab_size: 50400,
        hidden_size: 4096,
        intermediate_size: 16384,
        num_ffi: 1,
        num_decoder_layers: 28,
        num_attention_heads: 16,
        num_key_value_heads: 16,
        head_dim: 256,
    },
    // tiiuae/falcon-180B config.json: hidden_size 14848, num_hidden_layers 80, num_attention_heads 232, num_kv_heads 8, vocab 65024, ffn 4 × hidden.
    'tiiuae/falcon-180b': {
        model: 'tiiuae/falcon-180B',
        vocab_size: 65024,
        hidden_size: 14848,
        intermediate_size: 59392,
        num_ffi: 1,
        num_decoder_layers: 80,
        num_attention_heads: 232,
        num_key_value_heads: 8,
        head_dim: 64,
    },
};
/** Models the catalog has under another name with the same shapes (same architecture, other weights). */
const MODEL_ALIASES = {
    'meta-llama/meta-llama-3-8b': 'meta-llama/llama-3.1-8b',
    'meta-llama/meta-llama-3-70b': 'meta-llama/llama-3.1-70b',
    'meta-llama/llama-2-7b-hf': 'meta-llama/llama-2-7b',
    'meta-llama/llama-2-70b-hf': 'meta-llama/llama-2-70b',
    'mistralai/mistral-7b-v0.1': 'mistralai/mistral-7b',
    'mistralai/mixtral-8x7b-v0.1': 'mistralai/mixtral-8x7b',
};
/** A measurement's model (and an optional catalog hint) as a catalog name or inline spec. */
function measuredModel(name, hint) {
    for (const n of [hint, name]) {
        if (!n)
            continue;
        const key = n.trim().toLowerCase();
        const canonical = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalModelName */ .V_)(key) ?? (MODEL_ALIASES[key] ? (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalModelName */ .V_)(MODEL_ALIASES[key]) : undefined);
        if (canonical)
            return { ref: canonical, name: canonical };
        const extra = EXTRA_MODELS[key];
        if (extra)
            return { ref: extra, name: extra.model };
    }
    return undefined;
}
/** Precision names as benchmarks print them, to the core's precision ids. */
function precisionId(name) {
    const p = name.trim().toLowerCase();
    if (p === 'fp16' || p === 'bf16' || p === 'float16' || p === 'bfloat16' || p === 'half' || p === 'mixed' || p === 'auto')
        return 'bf16';
    if (p === 'fp8' || p === 'fp8_e4m3' || p === 'float8')
        return 'fp8';
    if (p === 'int8' || p === 'w8a8')
        return 'int8';
    if (p === 'int4' || p === 'w4a16' || p === 'awq' || p === 'gptq')
        return 'int4';
    if (p === 'fp32' || p === 'f32' || p === 'float32')
        return 'f32';
    return undefined;
}


/***/ }),

/***/ 8445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ parseProfiles),
/* harmony export */   Ow: () => (/* binding */ PROFILE_SCHEMA),
/* harmony export */   Ro: () => (/* binding */ profileKey),
/* harmony export */   no: () => (/* binding */ profileSetId),
/* harmony export */   og: () => (/* binding */ selectProfile),
/* harmony export */   p$: () => (/* binding */ serializeProfiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2513);
/**
 * Calibration profiles: the fitted parameters per hardware × engine × precision, a generic profile
 * fitted on every device, and each one's error band from its cross-validated residuals. A profile file
 * is JSON (schema tag below); the built-in set is data/calibration/builtin.json.
 */


/**
 * @2: `eta_attention` is the decode-attention compute fraction of the peak (in @1 it scaled attention
 * relative to the GEMM roofline) and profiles are fitted on the corrected model's tables; an @1 file is
 * refused rather than read with the new meaning.
 */
const PROFILE_SCHEMA = 'genz-action/calibration-profiles@2';
function profileKey(preset, engine, precision) {
    return `${preset}|${engine}|${precision}`;
}
/** Canonical JSON of a profile set: fixed key order, two-space indent, trailing newline. */
function serializeProfiles(set) {
    const params = (p) => Object.fromEntries(_model_js__WEBPACK_IMPORTED_MODULE_1__/* .PARAM_KEYS */ .rw.map((k) => [k, p[k]]));
    const bands = (b) => ({ e2e: b.e2e, ttft: b.ttft });
    const ordered = {
        schema: set.schema,
        source: set.source,
        generic: { params: params(set.generic.params), bands: bands(set.generic.bands), rows: set.generic.rows, groups: set.generic.groups },
        profiles: Object.fromEntries(Object.keys(set.profiles)
            .sort()
            .map((k) => {
            const p = set.profiles[k];
            return [k, { params: params(p.params), bands: bands(p.bands), rows: p.rows, groups: p.groups, tp: p.tp, nvidia: p.nvidia }];
        })),
    };
    return `${JSON.stringify(ordered, null, 2)}\n`;
}
/** The identity recorded in baselines: a short hash of the canonical profile JSON. */
function profileSetId(set) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(serializeProfiles(set)).digest('hex').slice(0, 12);
}
const isNum = (v) => typeof v === 'number' && Number.isFinite(v);
function checkParams(v, where) {
    if (!v || typeof v !== 'object')
        return `${where}.params must be an object`;
    for (const k of _model_js__WEBPACK_IMPORTED_MODULE_1__/* .PARAM_KEYS */ .rw) {
        const x = v[k];
        if (!isNum(x) || !(x > 0))
            return `${where}.params.${k} must be a number > 0`;
    }
    return null;
}
/** Parses and checks a profile file's text; throws an Error naming the first problem. */
function parseProfiles(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`not JSON: ${e.message}`);
    }
    const schema = v && typeof v === 'object' ? v.schema : undefined;
    if (typeof schema === 'string' && schema !== PROFILE_SCHEMA && schema.startsWith('genz-action/calibration-profiles@'))
        throw new Error(`a calibration profile file of another version ('${schema}', expected '${PROFILE_SCHEMA}'): fit it again with genz calibrate`);
    const set = v;
    if (!set || typeof set !== 'object' || set.schema !== PROFILE_SCHEMA)
        throw new Error(`not a calibration profile file (expected schema '${PROFILE_SCHEMA}')`);
    if (!set.generic)
        throw new Error('missing the generic profile');
    const e = checkParams(set.generic.params, 'generic');
    if (e)
        throw new Error(e);
    if (!set.profiles || typeof set.profiles !== 'object')
        throw new Error('missing profiles');
    for (const [k, p] of Object.entries(set.profiles)) {
        if (k.split('|').length !== 3)
            throw new Error(`profile key '${k}' must be hardware|engine|precision`);
        const pe = checkParams(p.params, `profiles['${k}']`);
        if (pe)
            throw new Error(pe);
    }
    return set;
}
function selectProfile(set, hardware, engine, precision) {
    const key = hardware === null ? null : profileKey(hardware, engine, precision);
    const p = key === null || engine === 'generic' ? undefined : set.profiles[key];
    if (p)
        return { key: key, params: p.params, bands: p.bands, fallback: false };
    return { key: 'generic', params: set.generic.params, bands: set.generic.bands, fallback: true };
}


/***/ }),

/***/ 3483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* reexport safe */ _model_js__WEBPACK_IMPORTED_MODULE_3__.AX),
/* harmony export */   BQ: () => (/* reexport safe */ _model_js__WEBPACK_IMPORTED_MODULE_3__.BQ),
/* harmony export */   D4: () => (/* reexport safe */ _inference_js__WEBPACK_IMPORTED_MODULE_7__.D4),
/* harmony export */   Td: () => (/* reexport safe */ _model_js__WEBPACK_IMPORTED_MODULE_3__.Td),
/* harmony export */   V_: () => (/* reexport safe */ _model_js__WEBPACK_IMPORTED_MODULE_3__.V_),
/* harmony export */   cR: () => (/* reexport safe */ _system_js__WEBPACK_IMPORTED_MODULE_2__.cR),
/* harmony export */   cs: () => (/* reexport safe */ _inference_js__WEBPACK_IMPORTED_MODULE_7__.cs),
/* harmony export */   d8: () => (/* reexport safe */ _system_js__WEBPACK_IMPORTED_MODULE_2__.d8),
/* harmony export */   dO: () => (/* reexport safe */ _system_js__WEBPACK_IMPORTED_MODULE_2__.dO),
/* harmony export */   fb: () => (/* reexport safe */ _system_js__WEBPACK_IMPORTED_MODULE_2__.fb),
/* harmony export */   rp: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.rp),
/* harmony export */   tv: () => (/* reexport safe */ _inference_js__WEBPACK_IMPORTED_MODULE_7__.tv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _precision_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(683);
/* harmony import */ var _system_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(406);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8246);
/* harmony import */ var _builders_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3487);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3540);
/* harmony import */ var _collectives_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1654);
/* harmony import */ var _inference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4620);
/* harmony import */ var _architecture_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6632);
/**
 * The simulation core: a pure TypeScript implementation of the GenZ analytical (roofline) model of LLM
 * inference. No I/O, no global mutable state; inputs are never mutated.
 */














/***/ }),

/***/ 3717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ calibratedRowMs),
/* harmony export */   e6: () => (/* binding */ passOverheadMs),
/* harmony export */   zV: () => (/* binding */ servingBands)
/* harmony export */ });
/* harmony import */ var _core_evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3540);
/* harmony import */ var _calibration_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2513);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1225);



const terms = (0,_core_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .newRowTerms */ .KZ)();
/** The calibrated time of one operator row (ms, one repeat), as passLatencyMs counts it in a one-step pass. */
function calibratedRowMs(row, ctx, cal) {
    if (row.kind === 'Repeat' || row.kind === 'EndRepeat')
        return 0;
    (0,_core_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .rowTerms */ .ok)(row, ctx, terms);
    const p = cal.params;
    if (row.kind === 'Sync') {
        const comm = terms.comm / 0.001;
        // A collective without transfer (one device) is not a row of the calibrated pass.
        return comm > 0 ? p.collective_us / 1000 + comm / p.eta_link : 0;
    }
    const c = terms.compute / 0.001;
    const m = terms.memory / 0.001;
    if (c === 0 && m === 0)
        return 0;
    const c0 = c * cal.scale.compute;
    const m0 = m * cal.scale.memory;
    if (row.kind === 'Logit' || row.kind === 'Attend' || row.kind === 'Softmax') {
        // Query rows of the attention: the sequences (beam-merged as the core sizes them) × query tokens.
        const b = row.beamMerge && ctx.beamMerge ? Math.trunc(ctx.batch / ctx.beamSize) : ctx.batch;
        const ec = row.M === 1 ? p.eta_attention : (0,_calibration_model_js__WEBPACK_IMPORTED_MODULE_1__/* .computeEff */ .rv)(p, b * row.M);
        return Math.max(c0 / ec, m0 / p.eta_memory);
    }
    const ec = (0,_calibration_model_js__WEBPACK_IMPORTED_MODULE_1__/* .computeEff */ .rv)(p, row.kind === 'GEMM' ? ctx.batch * row.N : Infinity);
    return Math.max(c0 / ec, m0 * (1 / p.eta_memory));
}
/** The fixed costs of one pass over `sequences` sequences (ms). */
function passOverheadMs(p, layers, sequences) {
    return (p.pass_us + p.layer_us * layers + p.seq_us * sequences) / 1000;
}
/** Serving metrics whose band comes from the profile's TTFT residuals; the other latencies and rates take E2E's. */
const SERVING_TTFT_BANDED = _config_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVING_LATENCY_KEYS */ .ny.filter((k) => k.startsWith('ttft_'));
const SERVING_E2E_BANDED = [
    ..._config_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVING_LATENCY_KEYS */ .ny.filter((k) => !k.startsWith('ttft_')),
    'request_throughput_rps',
    'output_throughput_tps',
    'goodput_rps',
    'max_rate_qps',
];
/**
 * Bands of the serving metrics (docs/serving.md "Calibration") from the static ones the profile gives:
 * TTFT percentiles carry the TTFT band (ttft_ms's), every other latency percentile, throughput, goodput
 * and max_rate_qps the E2E band (e2e_ms's). KV utilisation and preemptions carry none.
 */
function servingBands(staticBands) {
    const out = {};
    const ttft = staticBands.ttft_ms;
    const e2e = staticBands.e2e_ms;
    if (ttft !== undefined)
        for (const k of SERVING_TTFT_BANDED)
            out[k] = ttft;
    if (e2e !== undefined)
        for (const k of SERVING_E2E_BANDED)
            out[k] = e2e;
    return out;
}


/***/ }),

/***/ 1225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ny: () => (/* binding */ SERVING_LATENCY_KEYS),
  vt: () => (/* binding */ SERVING_SLO_KEYS),
  uY: () => (/* binding */ normalizeServing),
  G8: () => (/* binding */ servingSchema),
  D$: () => (/* binding */ servingSlo)
});

// UNUSED EXPORTS: SERVING_BOUNDS, SERVING_DEFAULTS, SERVING_LATENCIES, SERVING_STATISTICS

// EXTERNAL MODULE: ./src/serving/random.ts
var random = __webpack_require__(5);
;// CONCATENATED MODULE: ./src/serving/types.ts
/**
 * The serving block of a scenario (docs/serving.md), normalised: every default applied. The manifest
 * schema (src/manifests/schema-defs.ts) checks the written form; normalizeServing() (config.ts) turns it
 * into this.
 */
const POLICY_NAMES = ['fcfs', 'shortest-prompt-first'];

;// CONCATENATED MODULE: ./src/serving/config.ts
/**
 * The `serving:` block of a scenario as written (ServingInput), its JSON Schema, and its normalisation
 * into ServingConfig (every default applied, every bound checked). docs/serving.md documents each field.
 */


/** The per-request latencies of a serving run and the statistics reported for each (docs/serving.md "Metrics"). */
const SERVING_LATENCIES = ['ttft', 'tpot', 'itl', 'e2e'];
const SERVING_STATISTICS = ['mean', 'p50', 'p90', 'p99'];
/** Every latency metric key of a serving run, each latency's statistics together: ttft_mean_ms, ttft_p50_ms, … */
const SERVING_LATENCY_KEYS = SERVING_LATENCIES.flatMap((l) => SERVING_STATISTICS.map((stat) => `${l}_${stat}_ms`));
/** Serving metrics that can carry an SLO budget (maxima): the percentiles of each latency. */
const SERVING_SLO_KEYS = SERVING_LATENCY_KEYS.filter((k) => !k.endsWith('_mean_ms'));
const SERVING_DEFAULTS = Object.freeze({
    requests: 1000,
    seed: 1,
    max_num_seqs: 256,
    max_batched_tokens: 8192,
    chunked_prefill: true,
    block_size: 16,
    memory_utilization: 0.9,
    policy: 'fcfs',
    lognormal_min: 1,
});
/** Bounds of a serving run: requests and tokens are further bounded by the run's limits (src/limits.ts). */
const SERVING_BOUNDS = Object.freeze({ max_rate_qps: 1_000_000, max_concurrency: 1_000_000, max_bins: 10_000 });
const lengthSchema = (what) => ({
    description: `${what} per request: a fixed number, or a distribution.`,
    anyOf: [
        { type: 'integer', minimum: 1, description: 'Every request has this many tokens.' },
        {
            type: 'object',
            additionalProperties: false,
            required: ['distribution', 'value'],
            properties: { distribution: { const: 'fixed', description: 'A fixed length.' }, value: { type: 'integer', minimum: 1, description: 'Tokens.' } },
        },
        {
            type: 'object',
            additionalProperties: false,
            required: ['distribution', 'mean', 'p99'],
            description: `Lognormal with this mean and 99th percentile (p99 at most ${random/* MAX_P99_OVER_MEAN */.PP.toFixed(2)} × mean), rounded to integers and clamped to [min, max].`,
            properties: {
                distribution: { const: 'lognormal', description: 'A lognormal length.' },
                mean: { type: 'number', exclusiveMinimum: 0, description: 'Mean tokens (>= 1).' },
                p99: { type: 'number', exclusiveMinimum: 0, description: '99th percentile of tokens (> mean).' },
                min: { type: 'integer', minimum: 1, description: 'Default 1.' },
                max: { type: 'integer', minimum: 1, description: 'Default 8 × p99.' },
            },
        },
        {
            type: 'object',
            additionalProperties: false,
            required: ['distribution', 'bins'],
            description: 'Token counts with relative weights.',
            properties: {
                distribution: { const: 'histogram', description: 'Lengths drawn from weighted bins.' },
                bins: {
                    type: 'array',
                    minItems: 1,
                    maxItems: SERVING_BOUNDS.max_bins,
                    items: {
                        type: 'array',
                        minItems: 2,
                        maxItems: 2,
                        items: [
                            { type: 'integer', minimum: 1 },
                            { type: 'number', minimum: 0 },
                        ],
                    },
                    description: '[tokens, weight] pairs; weights need not sum to 1.',
                },
            },
        },
    ],
});
/** The JSON Schema of the `serving:` block (manifests). */
function servingSchema() {
    return {
        type: 'object',
        additionalProperties: false,
        description: 'Serving under load (docs/serving.md): a stream of requests through a continuous-batching scheduler.',
        properties: {
            arrival: {
                type: 'object',
                additionalProperties: false,
                minProperties: 1,
                maxProperties: 1,
                description: 'How requests arrive: exactly one of rate_qps, concurrency, burst, trace.',
                properties: {
                    rate_qps: { type: 'number', exclusiveMinimum: 0, maximum: SERVING_BOUNDS.max_rate_qps, description: 'Poisson arrivals at this rate (requests/s).' },
                    concurrency: {
                        type: 'integer',
                        minimum: 1,
                        maximum: SERVING_BOUNDS.max_concurrency,
                        description: 'Closed loop: this many clients, each sending its next request when the last finishes.',
                    },
                    burst: { const: true, description: 'Every request arrives at t = 0 (offline throughput runs).' },
                    trace: {
                        type: 'string',
                        minLength: 1,
                        description: 'A JSONL file (relative to the project root) of {arrival_s, input_tokens, output_tokens} per line.',
                    },
                },
            },
            requests: {
                type: 'integer',
                minimum: 1,
                description: `Requests simulated (not with trace). Default ${SERVING_DEFAULTS.requests}; at most limits.serving_requests.`,
            },
            input_tokens: lengthSchema('Prompt tokens'),
            output_tokens: lengthSchema('Generated tokens (the first comes from prefill)'),
            scheduler: {
                type: 'object',
                additionalProperties: false,
                description: 'The continuous-batching scheduler (vLLM-style names).',
                properties: {
                    max_num_seqs: { type: 'integer', minimum: 1, description: `Sequences in the running batch at most. Default ${SERVING_DEFAULTS.max_num_seqs}.` },
                    max_batched_tokens: { type: 'integer', minimum: 1, description: `Tokens per iteration at most. Default ${SERVING_DEFAULTS.max_batched_tokens}.` },
                    chunked_prefill: { type: 'boolean', description: 'Split prompts across iterations. Default true.' },
                    block_size: { type: 'integer', minimum: 1, maximum: 4096, description: `Tokens per KV-cache block. Default ${SERVING_DEFAULTS.block_size}.` },
                    memory_utilization: {
                        type: 'number',
                        exclusiveMinimum: 0,
                        maximum: 1,
                        description: `Fraction of device memory for weights and KV cache; the rest is the reserve (activations, runtime). Default ${SERVING_DEFAULTS.memory_utilization}.`,
                    },
                    policy: { type: 'string', enum: [...POLICY_NAMES], description: 'Admission order of waiting requests. Default fcfs.' },
                },
            },
            seed: { type: 'integer', minimum: 0, maximum: 4294967295, description: `Seed of the lengths and arrival gaps. Default ${SERVING_DEFAULTS.seed}.` },
            search_max_rate: { type: 'boolean', description: 'Search max_rate_qps (needs a percentile SLO). Default true.' },
        },
    };
}
function config_length(v, field, fallback, issues) {
    if (v === undefined)
        return { distribution: 'fixed', value: fallback };
    if (typeof v === 'number') {
        if (!Number.isInteger(v) || v < 1)
            issues.push({ field, message: `must be an integer >= 1, got ${v}` });
        return { distribution: 'fixed', value: v };
    }
    if (v === null || typeof v !== 'object') {
        issues.push({ field, message: 'must be a number or a distribution' });
        return { distribution: 'fixed', value: fallback };
    }
    if (v.distribution === 'fixed') {
        if (!Number.isInteger(v.value) || v.value < 1)
            issues.push({ field: `${field}.value`, message: 'must be an integer >= 1' });
        return { distribution: 'fixed', value: v.value };
    }
    if (v.distribution === 'lognormal') {
        const mean = v.mean;
        const p99 = v.p99;
        if (!(typeof mean === 'number' && mean >= 1))
            issues.push({ field: `${field}.mean`, message: 'must be a number >= 1' });
        if (!(typeof p99 === 'number' && p99 > mean))
            issues.push({ field: `${field}.p99`, message: `must be greater than the mean (${mean}); for a fixed length write the number` });
        else if (p99 / mean > random/* MAX_P99_OVER_MEAN */.PP)
            issues.push({
                field: `${field}.p99`,
                message: `a lognormal's p99 is at most ${random/* MAX_P99_OVER_MEAN */.PP.toFixed(2)} × its mean; got ${(p99 / mean).toFixed(2)} ×`,
            });
        const min = v.min ?? SERVING_DEFAULTS.lognormal_min;
        const max = v.max ?? Math.max(min, Math.ceil(8 * (p99 || 1)));
        if (!(Number.isInteger(min) && min >= 1))
            issues.push({ field: `${field}.min`, message: 'must be an integer >= 1' });
        if (!(Number.isInteger(max) && max >= min))
            issues.push({ field: `${field}.max`, message: `must be an integer >= min (${min})` });
        return { distribution: 'lognormal', mean, p99, min, max };
    }
    if (v.distribution === 'histogram') {
        const bins = v.bins;
        const ok = Array.isArray(bins) &&
            bins.length > 0 &&
            bins.length <= SERVING_BOUNDS.max_bins &&
            bins.every((b) => Array.isArray(b) && b.length === 2 && Number.isInteger(b[0]) && b[0] >= 1 && typeof b[1] === 'number' && b[1] >= 0 && Number.isFinite(b[1])) &&
            bins.some((b) => b[1] > 0);
        if (!ok) {
            issues.push({ field: `${field}.bins`, message: `must be 1 to ${SERVING_BOUNDS.max_bins} [tokens >= 1, weight >= 0] pairs with a positive weight` });
            return { distribution: 'fixed', value: fallback };
        }
        return { distribution: 'histogram', bins: bins.map(([t, w]) => [t, w]) };
    }
    issues.push({ field: `${field}.distribution`, message: `must be fixed, lognormal or histogram, got ${JSON.stringify(v.distribution)}` });
    return { distribution: 'fixed', value: fallback };
}
/**
 * Normalises a serving block. `defaults` gives the fixed lengths used when input_tokens/output_tokens are
 * not written (the scenario's workload); `maxRequests` and `maxTokens` are the run's limits.
 */
function normalizeServing(s, defaults, bounds, issues) {
    const start = issues.length;
    if (s === null || typeof s !== 'object' || Array.isArray(s)) {
        issues.push({ field: 'serving', message: 'must be a mapping' });
        return null;
    }
    const known = ['arrival', 'requests', 'input_tokens', 'output_tokens', 'scheduler', 'seed', 'search_max_rate', 'slo', 'trace_requests'];
    for (const k of Object.keys(s))
        if (!known.includes(k))
            issues.push({ field: `serving.${k}`, message: `unknown field (fields: ${known.slice(0, 7).join(', ')})` });
    const a = s.arrival ?? { rate_qps: 1 };
    const forms = Object.keys(a);
    let arrival = { kind: 'burst' };
    if (forms.length !== 1)
        issues.push({ field: 'serving.arrival', message: 'must set exactly one of rate_qps, concurrency, burst, trace' });
    else if (a.rate_qps !== undefined) {
        if (!(typeof a.rate_qps === 'number' && a.rate_qps > 0 && a.rate_qps <= SERVING_BOUNDS.max_rate_qps))
            issues.push({ field: 'serving.arrival.rate_qps', message: `must be a number in (0, ${SERVING_BOUNDS.max_rate_qps}]` });
        arrival = { kind: 'poisson', rate_qps: a.rate_qps };
    }
    else if (a.concurrency !== undefined) {
        if (!(Number.isInteger(a.concurrency) && a.concurrency >= 1 && a.concurrency <= SERVING_BOUNDS.max_concurrency))
            issues.push({ field: 'serving.arrival.concurrency', message: `must be an integer in [1, ${SERVING_BOUNDS.max_concurrency}]` });
        arrival = { kind: 'concurrency', concurrency: a.concurrency };
    }
    else if (a.burst !== undefined) {
        if (a.burst !== true)
            issues.push({ field: 'serving.arrival.burst', message: 'must be true (every request at t = 0)' });
    }
    else if (a.trace !== undefined) {
        if (!Array.isArray(s.trace_requests))
            issues.push({ field: 'serving.arrival.trace', message: 'the trace file was not read (traces are read by the manifest loader)' });
        else
            arrival = { kind: 'trace', path: a.trace, requests: s.trace_requests };
    }
    else
        issues.push({ field: 'serving.arrival', message: 'must set one of rate_qps, concurrency, burst, trace' });
    const requests = arrival.kind === 'trace' ? arrival.requests.length : (s.requests ?? SERVING_DEFAULTS.requests);
    if (!(Number.isInteger(requests) && requests >= 1))
        issues.push({ field: 'serving.requests', message: 'must be an integer >= 1' });
    else if (requests > bounds.maxRequests)
        issues.push({
            field: 'serving.requests',
            message: `${requests} requests is over the limit of ${bounds.maxRequests} (limits.serving_requests in genz.config.yaml)`,
        });
    const input_tokens = config_length(s.input_tokens, 'serving.input_tokens', defaults.input_tokens, issues);
    const output_tokens = config_length(s.output_tokens, 'serving.output_tokens', defaults.output_tokens, issues);
    const sc = s.scheduler ?? {};
    const int = (v, field, dflt, max = Number.MAX_SAFE_INTEGER) => {
        if (v === undefined)
            return dflt;
        if (!(Number.isInteger(v) && v >= 1 && v <= max))
            issues.push({ field: `serving.scheduler.${field}`, message: `must be an integer in [1, ${max}]` });
        return v;
    };
    const scheduler = {
        max_num_seqs: int(sc.max_num_seqs, 'max_num_seqs', SERVING_DEFAULTS.max_num_seqs, 1_000_000),
        max_batched_tokens: int(sc.max_batched_tokens, 'max_batched_tokens', SERVING_DEFAULTS.max_batched_tokens, bounds.maxTokens),
        chunked_prefill: sc.chunked_prefill ?? SERVING_DEFAULTS.chunked_prefill,
        block_size: int(sc.block_size, 'block_size', SERVING_DEFAULTS.block_size, 4096),
        memory_utilization: sc.memory_utilization ?? SERVING_DEFAULTS.memory_utilization,
        policy: (sc.policy ?? SERVING_DEFAULTS.policy),
    };
    if (typeof scheduler.chunked_prefill !== 'boolean')
        issues.push({ field: 'serving.scheduler.chunked_prefill', message: 'must be true or false' });
    if (!(typeof scheduler.memory_utilization === 'number' && scheduler.memory_utilization > 0 && scheduler.memory_utilization <= 1))
        issues.push({ field: 'serving.scheduler.memory_utilization', message: 'must be a number in (0, 1]' });
    if (!POLICY_NAMES.includes(scheduler.policy))
        issues.push({ field: 'serving.scheduler.policy', message: `must be one of ${POLICY_NAMES.join(', ')}` });
    const maxLen = (d) => d.distribution === 'fixed' ? d.value : d.distribution === 'lognormal' ? d.max : Math.max(...d.bins.map((b) => b[0]));
    for (const [d, f] of [
        [input_tokens, 'serving.input_tokens'],
        [output_tokens, 'serving.output_tokens'],
    ])
        if (issues.length === start && maxLen(d) > bounds.maxTokens)
            issues.push({ field: f, message: `up to ${maxLen(d)} tokens is over the limit of ${bounds.maxTokens} tokens per request (limits.tokens_per_request)` });
    const seed = s.seed ?? SERVING_DEFAULTS.seed;
    if (!(Number.isInteger(seed) && seed >= 0 && seed <= 4294967295))
        issues.push({ field: 'serving.seed', message: 'must be an integer in [0, 2^32 − 1]' });
    const slo = servingSlo(s.slo ?? {});
    if (issues.length > start)
        return null;
    return { arrival, requests, input_tokens, output_tokens, scheduler, seed, search_max_rate: s.search_max_rate ?? true, slo };
}
/** The per-request budgets (the tightest percentile budget of each metric) and the percentile budgets. */
function servingSlo(budgets) {
    const percentiles = {};
    const tightest = (metric) => {
        let b = null;
        for (const [k, v] of Object.entries(budgets))
            if (k.startsWith(`${metric}_p`) && typeof v === 'number')
                b = b === null ? v : Math.min(b, v);
        return b;
    };
    for (const k of SERVING_SLO_KEYS)
        if (typeof budgets[k] === 'number')
            percentiles[k] = budgets[k];
    return { ttft_ms: tightest('ttft'), tpot_ms: tightest('tpot'), e2e_ms: tightest('e2e'), percentiles };
}


/***/ }),

/***/ 5:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ exponential),
/* harmony export */   PP: () => (/* binding */ MAX_P99_OVER_MEAN),
/* harmony export */   _8: () => (/* binding */ makeRng),
/* harmony export */   kB: () => (/* binding */ lognormalParams),
/* harmony export */   qb: () => (/* binding */ normal)
/* harmony export */ });
/* unused harmony export Z99 */
/**
 * Seeded randomness for the serving simulator (docs/serving.md "Determinism"): a small counter-free
 * generator (sfc32, 32-bit integer operations only) and the samplers built on it. Every draw is a
 * function of the seed and the draw's position, and uses only operations V8 computes the same way on
 * every platform (32-bit integer arithmetic, and Math.log/Math.exp/Math.sqrt/Math.cos, which V8
 * implements in software), so a seed gives the same requests to the last bit on Node 20 and 24.
 */
/** sfc32 seeded from a 32-bit seed through splitmix32 (12 warm-up draws). */
function makeRng(seed) {
    let s = seed >>> 0;
    const split = () => {
        s = (s + 0x9e3779b9) | 0;
        let z = s;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
        return (z ^ (z >>> 16)) >>> 0;
    };
    let a = split();
    let b = split();
    let c = split();
    let d = split();
    const u32 = () => {
        a |= 0;
        b |= 0;
        c |= 0;
        d |= 0;
        const t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        c = (c + t) | 0;
        return t >>> 0;
    };
    for (let i = 0; i < 12; i++)
        u32();
    return { next: () => (u32() + 0.5) / 4294967296 };
}
/** Standard normal by Box–Muller (one of the pair; the other is discarded so each draw uses two uniforms). */
function normal(rng) {
    const u = rng.next();
    const v = rng.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
/** Exponential with the given rate (mean 1/rate). */
function exponential(rng, rate) {
    return -Math.log(rng.next()) / rate;
}
/** z of the standard normal's 99th percentile. */
const Z99 = 2.3263478740408408;
/**
 * The lognormal (μ, σ) with the given mean and 99th percentile: mean = e^(μ + σ²/2), p99 = e^(μ + z·σ).
 * Subtracting the logs gives σ²/2 − z·σ + ln(p99/mean) = 0, whose smaller root is taken (the larger one
 * puts most of the mass far below the mean). A root exists when ln(p99/mean) ≤ z²/2, i.e. p99 ≤ 14.97 × mean.
 */
function lognormalParams(mean, p99) {
    if (!(mean > 0) || !(p99 > mean))
        return null;
    const r = Math.log(p99 / mean);
    const disc = Z99 * Z99 - 2 * r;
    if (disc < 0)
        return null;
    const sigma = Z99 - Math.sqrt(disc);
    return { mu: Math.log(mean) - (sigma * sigma) / 2, sigma };
}
/** The largest p99/mean ratio a lognormal can have (see lognormalParams). */
const MAX_P99_OVER_MEAN = Math.exp((Z99 * Z99) / 2);


/***/ }),

/***/ 3981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jF: () => (/* binding */ ServingInputError),
  P7: () => (/* binding */ simulateServing)
});

// UNUSED EXPORTS: SEARCH_STEPS, kvCapacity, searchMaxRate, setupServing

// EXTERNAL MODULE: ./src/core/context-sum.ts
var context_sum = __webpack_require__(9318);
// EXTERNAL MODULE: ./src/core/evaluate.ts
var evaluate = __webpack_require__(3540);
// EXTERNAL MODULE: ./src/calibration/apply.ts
var apply = __webpack_require__(5452);
// EXTERNAL MODULE: ./src/core/inference.ts
var inference = __webpack_require__(4620);
// EXTERNAL MODULE: ./src/core/layered.ts
var layered = __webpack_require__(1835);
// EXTERNAL MODULE: ./src/serving/calibrated.ts
var calibrated = __webpack_require__(3717);
// EXTERNAL MODULE: ./src/calibration/model.ts
var model = __webpack_require__(2513);
;// CONCATENATED MODULE: ./src/serving/cost.ts
/**
 * Iteration latency of a mixed batch (docs/serving.md "Iteration latency"): one forward pass over
 * prefill chunks and decode tokens, as the core's chunked-prefill model (corrected fidelity) times it,
 * without running the core per iteration.
 *
 * The chunked pass's rows split into four families whose times add up to the pass's latency:
 *  - the body: every row that depends only on the iteration's token count (projections, FFN, experts,
 *    collectives, embeddings, Mamba), a function body(tokens);
 *  - the head: the LM head rows, a function of the sequences that sample (logits);
 *  - the prefill attention of each chunk (keys after p cached tokens, n new ones): prefillAttention(p, n);
 *  - the decode attention of each decoding sequence at its context: decodeAttention(context).
 * body, head and decodeAttention are single-variable families whose row fields are affine in the
 * variable up to window clamps: the core's inferContextFields finds and checks those fields, and values
 * are cached in tables, filled on first use. prefillAttention has a quadratic field (the causal pairs):
 * its rows are rebuilt from a template by substitution (checked against the builder at several shapes
 * when the model is set up), cached per (p, n). Storage rows carry no time.
 *
 * The sum is the chunked pass's latency up to float rounding (the order of additions differs); a test
 * compares it with the core's chunked() on random batches.
 */







const PREFILL_ENTRY = new Set(['KV up', 'Logit Pre', 'Attend Pre', 'Softmax Pre']);
const DECODE_ENTRY = new Set(['Logit Dec', 'Attend Dec', 'Softmax Dec']);
const HEAD = new Set(['classifier', 'classifier_AG']);
const isMarker = (r) => r.kind === 'Repeat' || r.kind === 'EndRepeat';
/** A function of one integer variable on [1, max], cached in a table. */
class Family {
    time;
    max;
    table;
    value;
    constructor(time, ctx, rowsAt, max) {
        this.time = time;
        this.max = max;
        this.table = new Float64Array(max + 1).fill(Number.NaN);
        const found = max >= 6 ? (0,context_sum/* inferContextFields */.jG)(rowsAt, 1, max) : null;
        if (found === null) {
            // Rows that change other than by affine/clamped fields: evaluate the built rows per value.
            this.value = (x) => sumRows(rowsAt(x), ctx, time);
            return;
        }
        const { rows, fields } = found;
        const { mult } = (0,evaluate/* latencyContributions */.qu)(rows, ctx);
        let constant = 0;
        const varying = [];
        rows.forEach((row, i) => {
            if (isMarker(row))
                return;
            const f = fields[i];
            if (f === null)
                constant += time(row) * mult[i];
            else
                varying.push({ row, fields: f, mult: mult[i] });
        });
        this.value = (x) => {
            let s = constant;
            for (const v of varying)
                s += this.time((0,context_sum/* rowAt */.ce)(v.row, v.fields, x)) * v.mult;
            return s;
        };
    }
    at(x) {
        if (x > this.max)
            return this.value(x);
        let v = this.table[x];
        if (Number.isNaN(v)) {
            v = this.value(x);
            this.table[x] = v;
        }
        return v;
    }
}
function sumRows(rows, ctx, time) {
    const { mult } = (0,evaluate/* latencyContributions */.qu)(rows, ctx);
    let s = 0;
    for (let i = 0; i < rows.length; i++)
        if (!isMarker(rows[i]))
            s += time(rows[i]) * mult[i];
    return s;
}
/** Sentinels of the prefill template: no model dimension or window equals them. */
const P0 = 3;
const N0 = 4_194_319;
class IterationCost {
    builder;
    body;
    head;
    decode;
    pre = new Map();
    preRows;
    /** Weights per device (MB, all pipeline stages) and KV per token and per sequence (MB, all stages). */
    weightsMb;
    kvPerTokenMb;
    kvPerSeqMb;
    deviceMb;
    /** The calibration the iterations are timed with (null: the raw roofline). */
    calibration;
    time;
    /** Layers of the model (the calibrated pass's per-layer cost). */
    layers;
    constructor(args, limits, calibration = null) {
        const b = (0,inference/* chunkedPassBuilder */.b$)(args);
        this.builder = b;
        const { ctx } = b;
        const cal = calibration === null ? null : { params: calibration.params, scale: (0,model/* peakScale */.mA)(b.system, calibration.precision) };
        this.calibration = cal;
        this.layers = b.model.numLayers;
        this.time = cal === null ? (row) => (0,evaluate/* rowLatencyMs */.h3)(row, ctx) : (row) => (0,calibrated/* calibratedRowMs */.Gh)(row, ctx, cal);
        const keep = (names) => (rows) => rows.filter((r) => isMarker(r) || names.has(r.name));
        const bodyRows = (rows) => rows.filter((r) => isMarker(r) || !(PREFILL_ENTRY.has(r.name) || DECODE_ENTRY.has(r.name) || HEAD.has(r.name)));
        this.body = new Family(this.time, ctx, (x) => bodyRows(b.rows([[0, x]], [])), Math.max(limits.maxTokens, 8));
        this.head = new Family(this.time, ctx, (x) => keep(HEAD)(b.rows([], new Array(x).fill(1))), Math.max(limits.maxSeqs, 8));
        this.decode = new Family(this.time, ctx, (x) => keep(DECODE_ENTRY)(b.rows([], [x])), Math.max(limits.maxContext, 8));
        this.preRows = this.prefillTemplate(keep(PREFILL_ENTRY));
        // Memory: weights, and the cache of one sequence at 1 and 2 tokens (per-token slope and fixed state).
        const m1 = (0,evaluate/* memoryTotals */.x2)(b.rows([[0, 1]], []), ctx);
        const m2 = (0,evaluate/* memoryTotals */.x2)(b.rows([[0, 2]], []), ctx);
        this.weightsMb = m1.weightsMb;
        this.kvPerTokenMb = m2.kvCacheMb - m1.kvCacheMb;
        this.kvPerSeqMb = Math.max(0, m1.kvCacheMb - this.kvPerTokenMb);
        this.deviceMb = b.system.offChipMemBytes / (1024 * 1024);
    }
    /** Rows of one prefill entry as substitutions into a template, or null when the builder's rows do not follow it. */
    prefillTemplate(filter) {
        const b = this.builder;
        const rows = filter(b.rows([[P0, N0]], []));
        const { mult } = (0,evaluate/* latencyContributions */.qu)(rows, b.ctx);
        const out = [];
        rows.forEach((row, i) => {
            if (isMarker(row))
                return;
            const rec = row;
            const keys = typeof rec.N === 'number' ? rec.N : P0 + N0;
            const w = keys === P0 + N0 ? null : keys;
            const subs = [];
            for (const [k, v] of Object.entries(rec)) {
                if (typeof v !== 'number')
                    continue;
                if (k === 'pairs')
                    subs.push({ field: k, kind: 'pairs' });
                else if (v === N0)
                    subs.push({ field: k, kind: 'n' });
                else if (v === P0 + N0)
                    subs.push({ field: k, kind: 'end' });
                else if (k === 'N' && w !== null && v === w)
                    subs.push({ field: k, kind: 'keys' });
            }
            out.push({ row, mult: mult[i], w, subs });
        });
        // Check the substitution against the builder, across window edges.
        const windows = [...new Set(out.map((r) => r.w).filter((w) => w !== null))];
        const shapes = [
            [0, 1],
            [0, 777],
            [129, 64],
            [5000, 3],
        ];
        for (const w of windows)
            shapes.push([Math.max(0, w - 10), 20], [w + 5, 7], [0, w + 1]);
        for (const [p, n] of shapes) {
            const built = filter(b.rows([[p, n]], [])).filter((r) => !isMarker(r));
            if (built.length !== out.length)
                return null;
            for (let i = 0; i < built.length; i++)
                if (!sameRow(substitute(out[i], p, n), built[i]))
                    return null;
        }
        return out;
    }
    /** Body rows at `tokens` tokens in the iteration (ms). */
    bodyMs(tokens) {
        return this.body.at(tokens);
    }
    /**
     * LM head rows for `logits` sequences in the iteration (ms); calibrated, with the pass's fixed costs
     * (per pass, per layer and per sequence: they depend on the same count).
     */
    headMs(logits) {
        const p = this.calibration?.params;
        return p === undefined ? this.head.at(logits) : this.head.at(logits) + (0,calibrated/* passOverheadMs */.e6)(p, this.layers, logits);
    }
    /** Attention of one decoding sequence whose new token sees `context` keys (ms). */
    decodeAttentionMs(context) {
        return this.decode.at(context);
    }
    /** Attention of one prefill chunk of n tokens after p cached ones (ms). */
    prefillAttentionMs(p, n) {
        const key = p * 16_777_259 + n;
        let v = this.pre.get(key);
        if (v === undefined) {
            if (this.preRows !== null) {
                v = 0;
                for (const r of this.preRows)
                    v += this.time(substitute(r, p, n)) * r.mult;
            }
            else {
                v = sumRows(this.builder.rows([[p, n]], []).filter((r) => isMarker(r) || PREFILL_ENTRY.has(r.name)), this.builder.ctx, this.time);
            }
            if (this.pre.size > 1_000_000)
                this.pre.clear();
            this.pre.set(key, v);
        }
        return v;
    }
    /** Latency (ms) of one iteration, computed from the parts (for tests: the core's own evaluation is `coreMs`). */
    iterationMs(prefill, decodeContexts) {
        let tokens = decodeContexts.length;
        let ms = 0;
        for (const [p, n] of prefill) {
            tokens += n;
            ms += this.prefillAttentionMs(p, n);
        }
        for (const c of decodeContexts)
            ms += this.decodeAttentionMs(c);
        return this.bodyMs(tokens) + this.headMs(prefill.length + decodeContexts.length) + ms;
    }
    /**
     * The same iteration timed in full (for tests): the core's chunked pass, or with a calibration its
     * operator table timed by the calibrated model (apply.ts calibratedChunkMs).
     */
    coreMs(prefill, decodeContexts) {
        const rows = this.builder.rows(prefill, decodeContexts);
        const cal = this.calibration;
        if (cal === null)
            return (0,evaluate/* summarize */.eh)(rows, this.builder.ctx).summary['Latency (msec)'];
        const table = (0,evaluate/* operatorTable */.PA)(rows, this.builder.ctx);
        return (0,apply/* calibratedChunkMs */.zQ)(table, this.layers, prefill.length + decodeContexts.length, cal.scale, 'corrected', cal.params);
    }
}
function substitute(t, p, n) {
    const copy = { ...t.row };
    const end = p + n;
    const keys = t.w === null ? end : Math.min(end, t.w);
    for (const s of t.subs) {
        copy[s.field] = s.kind === 'n' ? n : s.kind === 'end' ? end : s.kind === 'keys' ? keys : (0,layered/* causalPairs */.p)(p, n, t.w);
    }
    return copy;
}
function sameRow(a, b) {
    const x = a;
    const y = b;
    const ka = Object.keys(x);
    if (ka.length !== Object.keys(y).length)
        return false;
    for (const k of ka)
        if (x[k] !== y[k])
            return false;
    return true;
}

// EXTERNAL MODULE: ./src/serving/scheduler.ts
var scheduler = __webpack_require__(3833);
;// CONCATENATED MODULE: ./src/serving/stats.ts
function rank(sorted, p) {
    const k = Math.max(1, Math.ceil((p * sorted.length) / 100));
    return sorted[k - 1];
}
function summarize(values) {
    if (values.length === 0)
        return { mean: null, p50: null, p90: null, p99: null };
    const s = Float64Array.from(values).sort();
    let sum = 0;
    for (let i = 0; i < values.length; i++)
        sum += values[i];
    return { mean: sum / values.length, p50: rank(s, 50), p90: rank(s, 90), p99: rank(s, 99) };
}
/**
 * The values whose cumulative weight first reaches each k of `ks` when the values are sorted (weighted
 * nearest rank), by one multi-quickselect that reorders `v` and `w` in place (expected O(n log |ks|); ties
 * resolved by value, so each result is exact: the same value whatever the partition order).
 */
function weightedSelect(v, w, ks) {
    const out = new Array(ks.length).fill(Number.NaN);
    // Ranges still to partition: [lo, hi], the weight below lo, and the targets that fall in the range.
    const stack = [{ lo: 0, hi: v.length - 1, before: 0, targets: ks.map((_, i) => i) }];
    while (stack.length > 0) {
        const { lo, hi, before, targets } = stack.pop();
        if (lo >= hi) {
            for (const t of targets)
                out[t] = v[lo];
            continue;
        }
        const pivot = v[lo + ((hi - lo) >> 1)];
        // Three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot.
        let lt = lo;
        let gt = hi;
        let i = lo;
        while (i <= gt) {
            if (v[i] < pivot) {
                swap(v, w, lt++, i++);
            }
            else if (v[i] > pivot) {
                swap(v, w, i, gt--);
            }
            else
                i++;
        }
        let below = 0;
        for (let j = lo; j < lt; j++)
            below += w[j];
        let equal = 0;
        for (let j = lt; j <= gt; j++)
            equal += w[j];
        const left = [];
        const right = [];
        for (const t of targets) {
            const need = ks[t] - before;
            if (need <= below)
                left.push(t);
            else if (need <= below + equal)
                out[t] = pivot;
            else
                right.push(t);
        }
        if (left.length > 0)
            stack.push({ lo, hi: lt - 1, before, targets: left });
        if (right.length > 0)
            stack.push({ lo: gt + 1, hi, before: before + below + equal, targets: right });
    }
    return out;
}
function swap(v, w, a, b) {
    const x = v[a];
    v[a] = v[b];
    v[b] = x;
    const y = w[a];
    w[a] = w[b];
    w[b] = y;
}
/** Percentiles of values given with integer weights (each value counted weight times), plus values of weight 1. */
function summarizeWeighted(values, weights, extra) {
    let m = 0;
    for (let i = 0; i < values.length; i++)
        if (weights[i] > 0)
            m++;
    const v = new Float64Array(m + extra.length);
    const w = new Float64Array(m + extra.length);
    let total = 0;
    let sum = 0;
    let j = 0;
    for (let i = 0; i < values.length; i++) {
        if (weights[i] === 0)
            continue;
        v[j] = values[i];
        w[j++] = weights[i];
        total += weights[i];
        sum += values[i] * weights[i];
    }
    for (let i = 0; i < extra.length; i++) {
        v[j] = extra[i];
        w[j++] = 1;
        total += 1;
        sum += extra[i];
    }
    if (total === 0)
        return { mean: null, p50: null, p90: null, p99: null };
    const rank = (p) => Math.max(1, Math.ceil((p * total) / 100));
    const [p50, p90, p99] = weightedSelect(v, w, [rank(50), rank(90), rank(99)]);
    return { mean: sum / total, p50, p90, p99 };
}
/** Per-request TTFT, TPOT (requests with more than one output token) and E2E, in ms. */
function requestLatencies(t) {
    const n = t.arrivalMs.length;
    const ttft = new Float64Array(n);
    const e2e = new Float64Array(n);
    const tpotOf = new Float64Array(n).fill(Number.NaN);
    const tpot = [];
    for (let i = 0; i < n; i++) {
        ttft[i] = t.firstTokenMs[i] - t.arrivalMs[i];
        e2e[i] = t.finishMs[i] - t.arrivalMs[i];
        if (t.output[i] > 1) {
            tpotOf[i] = (t.finishMs[i] - t.firstTokenMs[i]) / (t.output[i] - 1);
            tpot.push(tpotOf[i]);
        }
    }
    return { ttft, tpot: Float64Array.from(tpot), e2e, tpotOf };
}
/** Whether request i meets every per-request budget (TTFT, TPOT, E2E) the SLO sets. */
function meetsSlo(slo, ttft, tpot, e2e) {
    if (slo.ttft_ms !== null && !(ttft <= slo.ttft_ms))
        return false;
    if (slo.tpot_ms !== null && !Number.isNaN(tpot) && !(tpot <= slo.tpot_ms))
        return false;
    if (slo.e2e_ms !== null && !(e2e <= slo.e2e_ms))
        return false;
    return true;
}
function servingStats(t, slo) {
    const n = t.arrivalMs.length;
    const lat = requestLatencies(t);
    let first = Number.POSITIVE_INFINITY;
    let last = 0;
    let outTokens = 0;
    let good = 0;
    for (let i = 0; i < n; i++) {
        first = Math.min(first, t.arrivalMs[i]);
        last = Math.max(last, t.finishMs[i]);
        outTokens += t.output[i];
        if (meetsSlo(slo, lat.ttft[i], lat.tpotOf[i], lat.e2e[i]))
            good++;
    }
    const makespanMs = last - first;
    const perS = (x) => (makespanMs > 0 ? x / (makespanMs / 1000) : 0);
    return {
        requests: n,
        ttft: summarize(lat.ttft),
        tpot: summarize(lat.tpot),
        itl: summarizeWeighted(t.iterLatencyMs, t.iterRegularGaps, t.otherGaps),
        e2e: summarize(lat.e2e),
        requestThroughput: perS(n),
        outputThroughput: perS(outTokens),
        goodput: perS(good),
        kvUtilization: Number.isFinite(t.blocks) && t.busyMs > 0 ? t.blockMsUsed / (t.blocks * t.busyMs) : 0,
        preemptions: t.preemptions,
        makespanMs,
        iterations: t.iterations,
    };
}
/** The value of a percentile metric key (e.g. ttft_p99_ms) in the stats, or undefined for another key. */
function percentileValue(s, key) {
    const m = /^(ttft|tpot|itl|e2e)_(mean|p50|p90|p99)_ms$/.exec(key);
    if (m === null)
        return undefined;
    return s[m[1]][m[2]];
}
/** Whether every percentile budget of the SLO holds. */
function percentilesHold(s, slo) {
    for (const [key, bound] of Object.entries(slo.percentiles)) {
        const v = percentileValue(s, key);
        if (v === undefined)
            continue;
        if (v !== null && !(v <= bound))
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./src/serving/random.ts
var random = __webpack_require__(5);
;// CONCATENATED MODULE: ./src/serving/workload.ts
/**
 * The requests of a serving run: arrival times and token lengths, drawn from the seed
 * (docs/serving.md "Workload"). Lengths are drawn first (inputs, then outputs, in request order), then
 * the arrival gaps, each from its own generator, so a change of arrival rate keeps the same lengths and
 * the same unit-rate gaps (the max-rate search compares rates on common random numbers).
 */

function sampler(d, rng) {
    switch (d.distribution) {
        case 'fixed':
            return () => d.value;
        case 'lognormal': {
            const p = (0,random/* lognormalParams */.kB)(d.mean, d.p99);
            if (p === null)
                throw new Error(`lognormal mean ${d.mean}, p99 ${d.p99}: no such distribution`);
            return () => {
                const x = Math.round(Math.exp(p.mu + p.sigma * (0,random/* normal */.qb)(rng)));
                return Math.min(d.max, Math.max(d.min, x));
            };
        }
        case 'histogram': {
            let total = 0;
            for (const [, w] of d.bins)
                total += w;
            const cum = [];
            let acc = 0;
            for (const [, w] of d.bins) {
                acc += w;
                cum.push(acc / total);
            }
            return () => {
                const u = rng.next();
                for (let i = 0; i < cum.length; i++)
                    if (u < cum[i])
                        return d.bins[i][0];
                return d.bins[d.bins.length - 1][0];
            };
        }
    }
}
/** Unit-rate (1 per ms) Poisson gaps of n requests; arrival i is the sum of the first i + 1 gaps divided by the rate. */
function unitGaps(seed, n) {
    const rng = (0,random/* makeRng */._8)((seed ^ 0x5bd1e995) >>> 0);
    const out = new Float64Array(n);
    let t = 0;
    for (let i = 0; i < n; i++) {
        t += (0,random/* exponential */.EV)(rng, 1);
        out[i] = t;
    }
    return out;
}
/** Arrival times (ms) at a Poisson rate from unit-rate cumulative gaps. */
function poissonArrivals(unit, rateQps) {
    const out = new Float64Array(unit.length);
    const scale = 1000 / rateQps;
    for (let i = 0; i < unit.length; i++)
        out[i] = unit[i] * scale;
    return out;
}
function drawRequests(arrival, requests, input, output, seed) {
    if (arrival.kind === 'trace') {
        const n = arrival.requests.length;
        const r = { arrivalMs: new Float64Array(n), input: new Int32Array(n), output: new Int32Array(n) };
        arrival.requests.forEach((q, i) => {
            r.arrivalMs[i] = q.arrival_s * 1000;
            r.input[i] = q.input_tokens;
            r.output[i] = q.output_tokens;
        });
        return r;
    }
    const n = requests;
    const inRng = (0,random/* makeRng */._8)(seed >>> 0);
    const outRng = (0,random/* makeRng */._8)((seed ^ 0x27d4eb2f) >>> 0);
    const inS = sampler(input, inRng);
    const outS = sampler(output, outRng);
    const r = { arrivalMs: new Float64Array(n), input: new Int32Array(n), output: new Int32Array(n) };
    for (let i = 0; i < n; i++)
        r.input[i] = inS();
    for (let i = 0; i < n; i++)
        r.output[i] = outS();
    if (arrival.kind === 'poisson')
        r.arrivalMs.set(poissonArrivals(unitGaps(seed, n), arrival.rate_qps));
    else if (arrival.kind === 'concurrency')
        r.arrivalMs.fill(Number.NaN);
    // burst: every request at t = 0 (already zero)
    return r;
}
/** The largest token count a distribution can draw. */
function maxLength(d) {
    if (d.distribution === 'fixed')
        return d.value;
    if (d.distribution === 'lognormal')
        return d.max;
    let m = 0;
    for (const [t] of d.bins)
        m = Math.max(m, t);
    return m;
}

;// CONCATENATED MODULE: ./src/serving/run.ts




/** A serving configuration the hardware cannot run (not enough memory for one request): an input error. */
class ServingInputError extends Error {
    field;
    constructor(field, message) {
        super(message);
        this.field = field;
    }
}
const MB_PER_GB = 1024;
/** KV blocks from device memory − weights − reserve (docs/serving.md "KV cache"). */
function kvCapacity(cost, cfg, pp) {
    const s = cfg.scheduler;
    const weightsGb = cost.weightsMb / pp / MB_PER_GB;
    if (!Number.isFinite(cost.deviceMb)) {
        return {
            cap: { blocks: Number.POSITIVE_INFINITY, fixedBlocksPerSeq: 0 },
            fig: { blocks: null, tokens: null, weightsGb, kvCacheGb: null, reserveGb: null },
        };
    }
    const free = cost.deviceMb - cost.weightsMb / pp;
    const reserveMb = s.free_memory_fraction !== undefined ? free * (1 - s.free_memory_fraction) : cost.deviceMb * (1 - s.memory_utilization);
    const kvMbPerDevice = cost.deviceMb - reserveMb - cost.weightsMb / pp;
    if (!(kvMbPerDevice > 0)) {
        throw new ServingInputError('serving.scheduler.memory_utilization', `no memory left for the KV cache: the device has ${(cost.deviceMb / MB_PER_GB).toFixed(2)} GB, the weights take ${weightsGb.toFixed(2)} GB per device and the reserve ${(reserveMb / MB_PER_GB).toFixed(2)} GB; add tensor or pipeline parallelism, a smaller precision, or raise memory_utilization`);
    }
    const perTokenMb = cost.kvPerTokenMb / pp;
    const blockMb = perTokenMb * s.block_size;
    const blocks = blockMb > 0 ? Math.floor(kvMbPerDevice / blockMb) : Number.POSITIVE_INFINITY;
    const fixed = blockMb > 0 ? Math.ceil(cost.kvPerSeqMb / pp / blockMb) : 0;
    return {
        cap: { blocks, fixedBlocksPerSeq: fixed },
        fig: {
            blocks: Number.isFinite(blocks) ? blocks : null,
            tokens: Number.isFinite(blocks) ? blocks * s.block_size : null,
            weightsGb,
            kvCacheGb: kvMbPerDevice / MB_PER_GB,
            reserveGb: reserveMb / MB_PER_GB,
        },
    };
}
/**
 * Builds the cost model, the capacity and the requests, checking that one request of the longest kind fits.
 * `calibration`: time the iterations with the calibrated model (docs/serving.md "Calibration"); null: raw.
 */
function setupServing(args, cfg, calibration = null) {
    const requests = drawRequests(cfg.arrival, cfg.requests, cfg.input_tokens, cfg.output_tokens, cfg.seed);
    let maxIn = 0;
    let maxCtx = 0;
    for (let i = 0; i < requests.input.length; i++) {
        maxIn = Math.max(maxIn, requests.input[i]);
        maxCtx = Math.max(maxCtx, requests.input[i] + requests.output[i]);
    }
    if (cfg.arrival.kind !== 'trace')
        maxCtx = Math.max(maxCtx, maxLength(cfg.input_tokens) + maxLength(cfg.output_tokens));
    const s = cfg.scheduler;
    if (!s.chunked_prefill && maxIn > s.max_batched_tokens)
        throw new ServingInputError('serving.scheduler.max_batched_tokens', `a prompt of ${maxIn} tokens does not fit max_batched_tokens ${s.max_batched_tokens} without chunked prefill; raise max_batched_tokens or set chunked_prefill: true`);
    const cost = new IterationCost(args, { maxTokens: s.max_batched_tokens, maxSeqs: s.max_num_seqs, maxContext: maxCtx + 1 }, calibration);
    const { cap, fig } = kvCapacity(cost, cfg, args.pipeline_parallel ?? 1);
    const need = Math.ceil(maxCtx / s.block_size) + cap.fixedBlocksPerSeq;
    if (need > cap.blocks)
        throw new ServingInputError('serving', `the KV cache holds ${cap.blocks} blocks of ${s.block_size} tokens, the longest request (${maxCtx} tokens) needs ${need}; shorten the requests, add parallelism or raise memory_utilization`);
    return { cost, cap, fig, requests };
}
function runAt(setup, cfg, requests) {
    const concurrency = cfg.arrival.kind === 'concurrency' ? cfg.arrival.concurrency : 0;
    return servingStats((0,scheduler/* runScheduler */.Vz)(requests, cfg.scheduler, setup.cost, setup.cap, concurrency), cfg.slo);
}
/** Bisection steps of the max-rate search: the rate is found to within 1/2^STEPS of the saturated throughput. */
const SEARCH_STEPS = 12;
/**
 * max_rate_qps (docs/serving.md "Max rate"): the saturated request throughput R (every request at t = 0)
 * bounds the search; rates double from R while the SLO holds (at most 6 times), then bisection between
 * the last rate that held and the first that did not, SEARCH_STEPS times. Every rate uses the same
 * lengths and the same unit-rate Poisson gaps (common random numbers). 0 when the SLO fails even at
 * R/2^SEARCH_STEPS (an idle server).
 */
function searchMaxRate(setup, cfg, curve) {
    const base = setup.requests;
    const unit = unitGaps(cfg.seed, base.input.length);
    const at = (rate) => {
        const r = { arrivalMs: poissonArrivals(unit, rate), input: base.input, output: base.output };
        const st = runAt(setup, { ...cfg, arrival: { kind: 'poisson', rate_qps: rate } }, r);
        const holds = percentilesHold(st, cfg.slo);
        curve.push({ rateQps: rate, ttftP99Ms: st.ttft.p99, tpotP99Ms: st.tpot.p99, holds });
        return holds;
    };
    const burst = { arrivalMs: new Float64Array(base.input.length), input: base.input, output: base.output };
    const sat = runAt(setup, { ...cfg, arrival: { kind: 'burst' } }, burst).requestThroughput;
    if (!(sat > 0))
        return 0;
    let lo = sat / 2 ** SEARCH_STEPS;
    if (!at(lo))
        return 0;
    let hi = sat;
    let doublings = 0;
    while (at(hi)) {
        lo = hi;
        if (++doublings > 6)
            return lo;
        hi *= 2;
    }
    for (let i = 0; i < SEARCH_STEPS; i++) {
        const mid = (lo + hi) / 2;
        if (at(mid))
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}
function simulateServing(args, cfg, calibration = null) {
    const setup = setupServing(args, cfg, calibration);
    const stats = runAt(setup, cfg, setup.requests);
    const curve = [];
    const search = cfg.search_max_rate && Object.keys(cfg.slo.percentiles).length > 0;
    const maxRateQps = search ? searchMaxRate(setup, cfg, curve) : null;
    curve.sort((a, b) => a.rateQps - b.rateQps);
    return { stats, maxRateQps, curve, kv: setup.fig };
}


/***/ }),

/***/ 3833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vz: () => (/* binding */ runScheduler),
/* harmony export */   r7: () => (/* binding */ SimulationLimitError)
/* harmony export */ });
/* unused harmony exports MAX_ITERATIONS, POLICIES */
class SimulationLimitError extends Error {
}
/** Iterations one run may take at most (a guard against a configuration that cannot progress). */
const MAX_ITERATIONS = 50_000_000;
class Growable {
    data;
    n = 0;
    constructor(cap = 1024) {
        this.data = new Float64Array(cap);
    }
    push(x) {
        if (this.n === this.data.length) {
            const d = new Float64Array(this.data.length * 2);
            d.set(this.data);
            this.data = d;
        }
        this.data[this.n++] = x;
    }
    view() {
        return this.data.subarray(0, this.n);
    }
}
class GrowableInt {
    data;
    n = 0;
    constructor(cap = 1024) {
        this.data = new Int32Array(cap);
    }
    push(x) {
        if (this.n === this.data.length) {
            const d = new Int32Array(this.data.length * 2);
            d.set(this.data);
            this.data = d;
        }
        this.data[this.n++] = x;
    }
    view() {
        return this.data.subarray(0, this.n);
    }
}
const POLICIES = {
    fcfs: () => 0,
    'shortest-prompt-first': (waiting, known) => {
        let best = 0;
        for (let i = 1; i < waiting.length; i++)
            if (known[waiting[i]] < known[waiting[best]])
                best = i;
        return best;
    },
};
/**
 * Runs the requests through the scheduler. `concurrency` > 0 makes the arrivals closed-loop: that many
 * clients, each sending its next request when the previous one finishes (arrivalMs is then filled in).
 * `decodeWindows` false runs every iteration through the general pass (tests: the same figures).
 */
function runScheduler(req, sched, cost, kv, concurrency = 0, decodeWindows = true) {
    const n = req.input.length;
    const arrivalMs = Float64Array.from(req.arrivalMs);
    if (concurrency > 0)
        for (let i = 0; i < Math.min(concurrency, n); i++)
            arrivalMs[i] = 0;
    const input = req.input;
    const output = req.output;
    const known = new Int32Array(n); // prompt + generated
    const computed = new Int32Array(n);
    const generated = new Int32Array(n);
    const held = new Float64Array(n); // blocks
    const lastIter = new Float64Array(n).fill(-2);
    const lastTokenMs = new Float64Array(n);
    const firstTokenMs = new Float64Array(n).fill(Number.NaN);
    const finishMs = new Float64Array(n).fill(Number.NaN);
    for (let i = 0; i < n; i++)
        known[i] = input[i];
    const bs = sched.block_size;
    const policy = POLICIES[sched.policy];
    let free = kv.blocks;
    let running = [];
    const waiting = [];
    let nextArrival = 0;
    let spawned = concurrency > 0 ? Math.min(concurrency, n) : n;
    let done = 0;
    let now = 0;
    let preemptions = 0;
    let iterations = 0;
    let blockMsUsed = 0;
    let busyMs = 0;
    const iterLat = new Growable();
    const iterGaps = new GrowableInt();
    const otherGaps = new Growable();
    // Scratch of one iteration.
    const schedId = [];
    const schedTokens = [];
    const scheduled = new Uint8Array(n);
    const blocksFor = (tokens) => Math.ceil(tokens / bs) + kv.fixedBlocksPerSeq;
    /**
     * Decode windows (docs/serving.md "Speed"): when every running request is decoding, all fit the token
     * budget and no waiting request can be admitted, the iterations until the next arrival, the next
     * finish or the next step whose blocks do not fit are pure decode steps of an unchanged batch. They are
     * run here without the scheduling pass, with the same operations in the same order as the general
     * iteration below, so the figures are identical to the last bit.
     */
    const decodeWindowOpen = () => {
        if (running.length > sched.max_batched_tokens)
            return false;
        for (let k = 0; k < running.length; k++) {
            const id = running[k];
            if (generated[id] === 0 || known[id] - computed[id] !== 1)
                return false;
        }
        if (waiting.length === 0)
            return true;
        // Admission is blocked now, and stays blocked while the batch only grows: no free sequence slot, no
        // budget left, or the request the policy picks does not fit (blocks only get fewer).
        const budget = sched.max_batched_tokens - running.length;
        if (running.length >= sched.max_num_seqs || budget <= 0)
            return true;
        const id = waiting[policy(waiting, known)];
        const remaining = known[id] - computed[id];
        if (!sched.chunked_prefill && remaining > budget)
            return true;
        return blocksFor(computed[id] + Math.min(remaining, budget)) - held[id] > free;
    };
    /** Runs decode steps of the unchanged batch; returns how many (0: the next step needs the general pass). */
    const decodeWindow = () => {
        const ids = running;
        const r = ids.length;
        let left = Number.POSITIVE_INFINITY;
        for (let k = 0; k < r; k++)
            left = Math.min(left, output[ids[k]] - generated[ids[k]]);
        // Steps in which nobody finishes (the finishing step goes through the general pass).
        const maxSteps = left - 1;
        const arrival = nextArrival < spawned ? arrivalMs[nextArrival] : Number.POSITIVE_INFINITY;
        const bodyHead = cost.bodyMs(r) + cost.headMs(r);
        let steps = 0;
        while (steps < maxSteps && !(steps > 0 && arrival <= now)) {
            let want = 0;
            for (let k = 0; k < r; k++) {
                const id = ids[k];
                want += blocksFor(computed[id] + 1) - held[id];
            }
            if (want > free)
                break;
            if (++iterations > MAX_ITERATIONS)
                throw new SimulationLimitError(`serving simulation exceeded ${MAX_ITERATIONS} iterations`);
            let attn = 0;
            for (let k = 0; k < r; k++) {
                const id = ids[k];
                const w = blocksFor(computed[id] + 1) - held[id];
                free -= w;
                held[id] += w;
                attn += cost.decodeAttentionMs(computed[id] + 1);
            }
            const latency = bodyHead + attn;
            blockMsUsed += (kv.blocks - free) * latency;
            busyMs += latency;
            now += latency;
            let regular = 0;
            for (let k = 0; k < r; k++) {
                const id = ids[k];
                computed[id]++;
                generated[id]++;
                known[id]++;
                if (lastIter[id] === iterations - 1)
                    regular++;
                else
                    otherGaps.push(now - lastTokenMs[id]);
                lastIter[id] = iterations;
                lastTokenMs[id] = now;
            }
            iterLat.push(latency);
            iterGaps.push(regular);
            steps++;
        }
        return steps;
    };
    while (done < n) {
        while (nextArrival < spawned && arrivalMs[nextArrival] <= now)
            waiting.push(nextArrival++);
        if (running.length === 0 && waiting.length === 0) {
            // Idle until the next arrival.
            now = arrivalMs[nextArrival];
            continue;
        }
        if (decodeWindows && running.length > 0 && decodeWindowOpen()) {
            const steps = decodeWindow();
            if (steps > 0)
                continue;
        }
        if (++iterations > MAX_ITERATIONS)
            throw new SimulationLimitError(`serving simulation exceeded ${MAX_ITERATIONS} iterations`);
        let budget = sched.max_batched_tokens;
        schedId.length = 0;
        schedTokens.length = 0;
        let preempted = false;
        // (1) Running requests, in admission order.
        for (let i = 0; i < running.length && budget > 0; i++) {
            const id = running[i];
            const need = Math.min(known[id] - computed[id], budget);
            const want = blocksFor(computed[id] + need) - held[id];
            let self = false;
            while (want > free) {
                const victim = running[running.length - 1];
                running.pop();
                free += held[victim];
                held[victim] = 0;
                computed[victim] = 0;
                waiting.unshift(victim);
                preemptions++;
                preempted = true;
                if (victim === id) {
                    self = true;
                    break;
                }
            }
            if (self)
                break;
            free -= want;
            held[id] += want;
            schedId.push(id);
            schedTokens.push(need);
            budget -= need;
        }
        // (2) Admission, when nothing was preempted.
        if (!preempted) {
            while (waiting.length > 0 && running.length < sched.max_num_seqs && budget > 0) {
                const w = policy(waiting, known);
                const id = waiting[w];
                const remaining = known[id] - computed[id];
                if (!sched.chunked_prefill && remaining > budget)
                    break;
                const need = Math.min(remaining, budget);
                const want = blocksFor(computed[id] + need) - held[id];
                if (want > free)
                    break;
                waiting.splice(w, 1);
                free -= want;
                held[id] += want;
                running.push(id);
                schedId.push(id);
                schedTokens.push(need);
                budget -= need;
            }
        }
        if (schedId.length === 0) {
            // Everything is blocked (cannot happen when one request fits the cache, checked before the run).
            if (nextArrival < spawned && running.length === 0) {
                now = Math.max(now, arrivalMs[nextArrival]);
                continue;
            }
            throw new SimulationLimitError('serving simulation cannot make progress: the KV cache cannot hold a request');
        }
        // (3) The iteration's latency.
        let tokens = 0;
        let attn = 0;
        for (let k = 0; k < schedId.length; k++) {
            const id = schedId[k];
            const t = schedTokens[k];
            tokens += t;
            if (t === 1 && generated[id] > 0 && known[id] - computed[id] === 1)
                attn += cost.decodeAttentionMs(computed[id] + 1);
            else
                attn += cost.prefillAttentionMs(computed[id], t);
        }
        const latency = cost.bodyMs(tokens) + cost.headMs(schedId.length) + attn;
        const used = kv.blocks - free;
        blockMsUsed += used * latency;
        busyMs += latency;
        now += latency;
        let regular = 0;
        let finished = false;
        for (let k = 0; k < schedId.length; k++) {
            const id = schedId[k];
            computed[id] += schedTokens[k];
            if (computed[id] < known[id])
                continue;
            // The iteration samples this sequence's next token.
            generated[id]++;
            known[id]++;
            if (generated[id] === 1 && Number.isNaN(firstTokenMs[id]))
                firstTokenMs[id] = now;
            else if (lastIter[id] === iterations - 1)
                regular++;
            else
                otherGaps.push(now - lastTokenMs[id]);
            lastIter[id] = iterations;
            lastTokenMs[id] = now;
            if (generated[id] >= output[id]) {
                finishMs[id] = now;
                free += held[id];
                held[id] = 0;
                scheduled[id] = 1;
                finished = true;
                done++;
                if (concurrency > 0 && spawned < n)
                    arrivalMs[spawned++] = now;
            }
        }
        iterLat.push(latency);
        iterGaps.push(regular);
        if (finished) {
            running = running.filter((id) => scheduled[id] === 0);
        }
    }
    return {
        arrivalMs,
        firstTokenMs,
        finishMs,
        output,
        input,
        iterLatencyMs: iterLat.view(),
        iterRegularGaps: iterGaps.view(),
        otherGaps: otherGaps.view(),
        iterations,
        preemptions,
        blockMsUsed,
        busyMs,
        blocks: kv.blocks,
    };
}


/***/ })

};
