export const id = 904;
export const ids = [904];
export const modules = {

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
        const pre = passFeatures(p.operators(), layers, a.batch, undefined, 1, fidelity === 'genz', scale);
        if (steps === 0)
            return { prefill: pre, decode: [], steps, exceedsMemory: false, mem: p };
        const decodeArgs = { ...common, system_name: system, Bb: a.beam ?? 1 };
        const last = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .decode */ .D4)({ ...decodeArgs, output_tokens: steps });
        const tableAt = (T) => (T === steps ? last : (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .decode */ .D4)({ ...decodeArgs, output_tokens: T })).operators();
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
/* harmony import */ var _inference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(870);
/* harmony import */ var _architecture_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6632);
/**
 * The simulation core: a pure TypeScript implementation of the GenZ analytical (roofline) model of LLM
 * inference. No I/O, no global mutable state; inputs are never mutated.
 */














/***/ })

};
