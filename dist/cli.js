#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(221);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(604);


process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .processIO */ .Wb)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   WV: () => (/* binding */ EXIT_FAIL),
/* harmony export */   Wb: () => (/* binding */ processIO),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
const processIO = () => ({
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stderr.isTTY),
});
/** A usage error: exit code 2 with a message naming the bad flag. */
class UsageError extends Error {
}
const EXIT_OK = 0;
const EXIT_FAIL = 1;
const EXIT_USAGE = 2;


/***/ }),

/***/ 221:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: usage

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(604);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/core/errors.ts
class GenzError extends Error {
    kind;
    genzType;
    /** Extra structured facts (e.g. memory figures for does_not_fit). */
    details;
    constructor(kind, genzType, message, details = {}) {
        super(message);
        this.name = 'GenzError';
        this.kind = kind;
        this.genzType = genzType;
        this.details = details;
    }
}
/**
 * Python's `repr` of a float, as GenZ's messages print numbers (40.0, not 40; 1e-05, not 1e-5).
 * Only used to build human-readable messages, never for results.
 */
function pyFloat(x) {
    if (Number.isNaN(x))
        return 'nan';
    if (x === Infinity)
        return 'inf';
    if (x === -Infinity)
        return '-inf';
    if (Number.isInteger(x) && Math.abs(x) < 1e16)
        return `${x}.0`;
    const s = String(x);
    // JS writes 1e-7 / 1e+21; Python writes 1e-07 / 1e+21.
    return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

;// CONCATENATED MODULE: ./src/core/operators.ts
/**
 * The intermediate representation (spec §5): an ordered list of operator rows. A batch size is attached
 * only when the list is evaluated (evaluate.ts), so one list serves every batch.
 */
var CollectiveType;
(function (CollectiveType) {
    CollectiveType[CollectiveType["AllReduce"] = 1] = "AllReduce";
    CollectiveType[CollectiveType["AllToAll"] = 2] = "AllToAll";
    CollectiveType[CollectiveType["AllGather"] = 3] = "AllGather";
    CollectiveType[CollectiveType["ReduceScatter"] = 4] = "ReduceScatter";
    CollectiveType[CollectiveType["MessagePass"] = 5] = "MessagePass";
})(CollectiveType || (CollectiveType = {}));
const gemm = (name, M, N, K, res) => ({ kind: 'GEMM', name, M, N, K, res });
const logit = (name, H, M, N, D, Hkv, res, beamMerge = false) => ({ kind: 'Logit', name, H, M, N, D, Hkv, res, beamMerge });
const attend = (name, H, M, N, D, Hkv, res, beamMerge = false) => ({ kind: 'Attend', name, H, M, N, D, Hkv, res, beamMerge });
const conv1d = (name, OF, IF, N, C, res) => ({ kind: 'CONV1D', name, OF, IF, N, C, res });
const einsum = (name, Fs, n, S, res) => ({ kind: 'Einsum', name, Fs, n, S, res });
const sync = (name, M, N, nodes, type) => ({ kind: 'Sync', name, M, N, nodes, type });
const repeat = (count) => ({ kind: 'Repeat', name: 'Repeat', count });
const endRepeat = (count) => ({ kind: 'EndRepeat', name: 'End Repeat', count });

;// CONCATENATED MODULE: ./src/core/collectives.ts


/** Fixed start-up cost of every collective except point-to-point messages (spec §8). */
const COLLECTIVE_START_S = 5e-6;
/**
 * Time of one collective under GenZ's strategy, in milliseconds (spec §8). `bytes` is the per-chip
 * payload, `nodes` the participants, `latency` (s) and `bandwidth` (B/s) those of one link. Sums are
 * evaluated left to right, as GenZ does, so results are bit-identical.
 */
function collectiveTimeMs(type, bytes, nodes, latency, bandwidth) {
    switch (type) {
        case CollectiveType.AllReduce:
            if (bytes === 0 || nodes === 1)
                return 0;
            return (COLLECTIVE_START_S + (2 * (nodes - 1)) * latency + ((2 * (nodes - 1)) * (bytes / nodes)) / bandwidth) * 1000;
        case CollectiveType.AllGather:
        case CollectiveType.AllToAll:
            if (bytes === 0 || nodes === 1)
                return 0;
            return (COLLECTIVE_START_S + (nodes - 1) * latency + ((nodes - 1) * (bytes / nodes)) / bandwidth) * 1000;
        case CollectiveType.MessagePass:
            if (bytes === 0)
                return 0;
            return (latency + bytes / bandwidth) * 1000;
        default:
            throw new GenzError('unsupported_setting', 'ValueError', `collective type ${String(type)} (ReduceScatter) is not supported by GenZ's collective strategy`);
    }
}

;// CONCATENATED MODULE: ./src/core/exact.ts
/**
 * Exact integer arithmetic where doubles would round (spec §0.3).
 *
 * GenZ multiplies tensor dimensions as signed 64-bit integers (numpy), which wrap modulo 2^64. Below
 * 2^53 a double product is exact and we use it directly (the hot path); above, the product is redone
 * in BigInt, wrapped like int64, and converted once, exactly as numpy converts int64 to float64.
 */
const EXACT_LIMIT = 2 ** 53;
function wide(factors) {
    let p = 1n;
    for (const f of factors)
        p *= BigInt(f);
    return Number(BigInt.asIntN(64, p));
}
function prod2(a, b) {
    const p = a * b;
    return Math.abs(p) <= EXACT_LIMIT ? p : wide([a, b]);
}
function prod3(a, b, c) {
    const p = a * b * c;
    return Math.abs(p) <= EXACT_LIMIT ? p : wide([a, b, c]);
}
function prod4(a, b, c, d) {
    const p = a * b * c * d;
    return Math.abs(p) <= EXACT_LIMIT ? p : wide([a, b, c, d]);
}
function prod5(a, b, c, d, e) {
    const p = a * b * c * d * e;
    return Math.abs(p) <= EXACT_LIMIT ? p : wide([a, b, c, d, e]);
}
/**
 * x^k correctly rounded, for 0 <= x and integer k >= 0, as Python's float power gives it (spec §0.3):
 * x = m·2^e exactly, m^k in BigInt, rounded once to 64 significant bits plus a sticky bit, converted
 * with Number() (round to nearest even), then scaled by a power of two.
 */
function exactPow(x, k) {
    if (k === 0)
        return 1;
    if (x === 0 || x === 1 || !Number.isFinite(x))
        return x ** k;
    // Decompose x = m · 2^e with m an odd-or-53-bit integer.
    let e = 0;
    let m = x;
    while (!Number.isInteger(m)) {
        m *= 2;
        e -= 1;
    }
    let big = BigInt(m) ** BigInt(k);
    let shift = e * k;
    const bits = big.toString(2).length;
    if (bits > 64) {
        const drop = BigInt(bits - 64);
        const kept = big >> drop;
        const sticky = (big & ((1n << drop) - 1n)) !== 0n ? 1n : 0n;
        big = (kept << 1n) | sticky;
        shift += bits - 64 - 1;
    }
    // Scale in steps so that neither factor under- or overflows on the way.
    let r = Number(big);
    while (shift < -1000) {
        r *= 2 ** -1000;
        shift += 1000;
    }
    while (shift > 1000) {
        r *= 2 ** 1000;
        shift -= 1000;
    }
    return r * 2 ** shift;
}

;// CONCATENATED MODULE: ./src/core/evaluate.ts
/**
 * Evaluating operator rows on a system (spec §7) and totalling them (spec §9).
 *
 * The hot path (`summarize`, `memoryTotals`) walks the rows once, reusing one scratch record, and never
 * builds the per-operator table; `operatorTable` builds it on request with GenZ's column names.
 * Every formula is evaluated in GenZ's order so results are bit-identical (spec §0.3).
 */




const MB = 1024 * 1024;
const newCost = () => ({
    macs: 0, elemsA: 0, elemsW: 0, elemsO: 0, bytesA: 0, bytesW: 0, bytesO: 0,
    pinA: false, pinW: false, pinO: false, compute: 0, memory: 0, comm: 0, exec: 0, syncElems: 0,
});
function checkHeads(H, Hkv) {
    if (H % Hkv !== 0) {
        throw new GenzError('heads_not_divisible', 'AssertionError', `H:${H} must be divisible by Hkv:${Hkv} (per-chip query heads must be a multiple of per-chip KV heads; choose a tensor/expert parallel degree that divides the heads evenly)`, { H, Hkv });
    }
}
/** Element counts, MACs and pinning of one row (spec §7.1–7.3). Timing fields are left untouched. */
function sizeRow(row, ctx, c) {
    const B = ctx.batch;
    let res = 0;
    c.pinA = false;
    c.pinW = false;
    c.pinO = false;
    c.syncElems = 0;
    switch (row.kind) {
        case 'GEMM':
            c.elemsA = prod3(B, row.N, row.K);
            c.elemsW = prod2(row.M, row.K);
            c.elemsO = prod3(B, row.N, row.M);
            c.macs = prod4(B, row.M, row.N, row.K);
            res = row.res;
            break;
        case 'Logit':
        case 'Attend': {
            checkHeads(row.H, row.Hkv);
            const b = row.beamMerge && ctx.beamMerge ? Math.trunc(B / ctx.beamSize) : B;
            const qd = prod4(b, row.H, row.M, row.D);
            const kv = prod4(b, row.Hkv, row.N, row.D);
            const scores = prod4(b, row.H, row.M, row.N);
            if (row.kind === 'Logit') {
                c.elemsA = qd;
                c.elemsO = scores;
                c.pinO = true; // intermediate_on_chip: the score matrix stays on chip (spec §7.2)
            }
            else {
                c.elemsA = scores;
                c.elemsO = qd;
                c.pinA = true;
            }
            c.elemsW = kv;
            c.macs = prod5(b, row.H, row.M, row.N, row.D);
            res = row.res;
            break;
        }
        case 'CONV1D':
            c.elemsA = prod3(B, row.N, row.IF);
            c.elemsW = prod2(row.OF, row.C);
            c.elemsO = prod3(B, row.N, row.OF);
            c.macs = prod4(B, row.OF, row.N, row.C);
            res = row.res;
            break;
        case 'Einsum': {
            const { Fs, n, S } = row;
            const state = prod4(B, Fs, n, S);
            const seq = prod3(B, Fs, n);
            switch (row.name) {
                case 'deltaA':
                    c.elemsA = seq;
                    c.elemsW = prod2(Fs, S);
                    c.elemsO = state;
                    c.macs = state;
                    break;
                case 'deltaB':
                    c.elemsA = seq;
                    c.elemsW = prod3(B, n, S);
                    c.elemsO = state;
                    c.macs = state;
                    break;
                case 'deltaBu':
                    c.elemsA = state;
                    c.elemsW = seq;
                    c.elemsO = state;
                    c.macs = state;
                    break;
                case 'x calc':
                    c.elemsA = state;
                    c.elemsW = state;
                    c.elemsO = state;
                    c.macs = prod4(n, B, Fs, S);
                    break;
                case 'y calc':
                    c.elemsA = state;
                    c.elemsW = prod3(n, B, S);
                    c.elemsO = seq;
                    c.macs = prod4(n, B, Fs, S);
                    break;
                default: // 'D addition', 'out mult z'
                    c.elemsA = seq;
                    c.elemsW = seq;
                    c.elemsO = seq;
                    c.macs = prod3(B, n, Fs);
            }
            res = row.res;
            break;
        }
        case 'Sync':
            c.elemsA = c.elemsW = c.elemsO = 0;
            c.macs = 0;
            c.syncElems = row.nodes === 1 && row.type !== CollectiveType.MessagePass ? 0 : prod3(B, row.M, row.N);
            break;
        default:
            c.elemsA = c.elemsW = c.elemsO = 0;
            c.macs = 0;
    }
    // Residency codes only ever pin more operands (spec §5, §7.2).
    if (res === 1 || res === 4 || res === 5 || res === 7)
        c.pinA = true;
    if (res === 2 || res === 4 || res === 6 || res === 7)
        c.pinW = true;
    if (res === 3 || res === 5 || res === 6 || res === 7)
        c.pinO = true;
    const bpe = ctx.system.bytesPerElement;
    c.bytesA = c.elemsA * bpe;
    c.bytesW = c.elemsW * bpe;
    c.bytesO = c.elemsO * bpe;
}
/** Roofline times of a sized row (spec §7.4). */
function timeRow(row, ctx, c) {
    const s = ctx.system;
    let compute = (c.macs * s.computeMultiplier) / s.opPerSec;
    compute = compute / s.computeEfficiency;
    let memory = 0 + c.bytesA / (c.pinA ? s.onchipBw : s.offchipBw);
    memory = memory + c.bytesW / (c.pinW ? s.onchipBw : s.offchipBw);
    memory = memory + c.bytesO / (c.pinO ? s.onchipBw : s.offchipBw);
    memory = memory / s.memoryEfficiency;
    let comm = 0;
    if (row.kind === 'Sync') {
        const bytes = c.syncElems * s.bytesPerElement;
        comm = collectiveTimeMs(row.type, bytes, row.nodes, s.icnLatency, s.icnBw) / 1000;
        comm = comm / s.commEfficiency;
    }
    // Zero-work rule: a row with nothing to compute moves nothing either (spec §7.4).
    if (compute === 0)
        memory = 0;
    c.compute = compute;
    c.memory = memory;
    c.comm = comm;
    c.exec = Math.max(compute, memory, comm);
}
const BREAKDOWN_FIELDS = (/* unused pure expression or super */ null && ([
    'Embedding', 'MHA', 'FFN', 'Collective', 'LA_layers', 'QKVO_layers', 'FFN_layers', 'Softmax',
    'AR_time', 'A2A_time', 'Send_Recv_time', 'Mamba_time',
]));
const emptyBreakdown = () => ({
    Embedding: 0, MHA: 0, FFN: 0, Collective: 0, LA_layers: 0, QKVO_layers: 0, FFN_layers: 0, Softmax: 0,
    AR_time: 0, A2A_time: 0, Send_Recv_time: 0, Mamba_time: 0,
});
/** Breakdown categories by row name (spec §9.4); an index into BREAKDOWN_GROUPS. */
const BREAKDOWN_GROUPS = [
    ['Embedding'],
    ['MHA', 'QKVO_layers'],
    ['MHA', 'LA_layers'],
    ['FFN', 'FFN_layers'],
    ['Collective', 'Send_Recv_time'],
    ['MHA', 'Collective', 'AR_time'],
    ['FFN', 'Collective', 'AR_time'],
    ['Collective', 'A2A_time', 'FFN'],
    ['AR_time', 'Embedding', 'Collective'],
    ['Mamba_time'],
];
const GROUP_OF_NAME = new Map([
    ...['embeddings', 'classifier'].map((n) => [n, 0]),
    ...['QKV', 'Out Proj'].map((n) => [n, 1]),
    ...['Logit', 'Attend', 'Logit Pre', 'Logit Suf', 'Attend Pre', 'Attend Suf', 'Logit Dec', 'Attend Dec'].map((n) => [n, 2]),
    ...['Gate', 'up+gate', 'down', 'shared up+gate', 'shared down'].map((n) => [n, 3]),
    ['Message Pass', 4],
    ...['MHA AR', 'Mamba AR'].map((n) => [n, 5]),
    ...['Gate AR', 'FFN AR'].map((n) => [n, 6]),
    ...['Dispatch A2A', 'Collect A2A'].map((n) => [n, 7]),
    ...['Emb_AR', 'classifier_AG'].map((n) => [n, 8]),
    ...['Inproj', 'Conv', 'BC proj', 'xt proj', 'deltaA', 'deltaB', 'deltaBu', 'x calc', 'y calc', 'D addition', 'out mult z', 'Out proj']
        .map((n) => [n, 9]),
]);
const SUMMARY_FIELDS = [
    'MACs (MFLOP)', 'Total Data (MB)', 'Total Weights (MB)', 'Unused Weights (MB)', 'KV Cache (MB)',
    'On-chip Memory Footprint (MB)', 'Latency (msec)', 'Cycles', 'Attn Latency (msec)', 'Linear Latency (msec)',
    'Comm Latency (msec)',
];
function stepMult(row, mult) {
    if (row.kind === 'Repeat')
        return mult * row.count;
    if (row.count === 0) {
        throw new GenzError('pipeline_empty_stage', 'ZeroDivisionError', 'the last pipeline stage has no layers (num_decoder_layers − ⌈layers/pp⌉·(pp−1) = 0): choose a pipeline degree that leaves every stage at least one layer');
    }
    return mult / row.count;
}
/** KV accounting of one sized row (spec §9.2): attention operands, conv weights, one SSM state per sequence. */
function addMemory(row, c, mult, t) {
    const inW = c.bytesW / MB;
    if (row.kind === 'Logit' || row.kind === 'Attend' || row.kind === 'CONV1D') {
        t.kvCacheMb += inW * mult;
    }
    else if (row.kind === 'Einsum' && row.name === 'x calc') {
        t.kvCacheMb += (inW * mult) / row.n;
    }
    else if (row.kind === 'GEMM') {
        t.weightsMb += inW * mult;
        if (c.macs === 0)
            t.unusedWeightsMb += inW * mult;
    }
}
function memoryTotals(rows, ctx) {
    const c = newCost();
    const t = { weightsMb: 0, kvCacheMb: 0, unusedWeightsMb: 0 };
    let mult = 1;
    for (const row of rows) {
        if (row.kind === 'Repeat' || row.kind === 'EndRepeat') {
            mult = stepMult(row, mult);
            continue;
        }
        sizeRow(row, ctx, c);
        addMemory(row, c, mult, t);
    }
    return t;
}
/** The roofline summary and runtime breakdown in one walk (spec §9.1, §9.2, §9.4). */
function summarize(rows, ctx) {
    const c = newCost();
    const mem = { weightsMb: 0, kvCacheMb: 0, unusedWeightsMb: 0 };
    const bd = emptyBreakdown();
    const freq = ctx.system.frequencyHz;
    let mflop = 0;
    let totalData = 0;
    let footprint = 0;
    let latency = 0;
    let cycles = 0;
    let attn = 0;
    let linear = 0;
    let comm = 0;
    let mult = 1;
    for (const row of rows) {
        if (row.kind === 'Repeat' || row.kind === 'EndRepeat') {
            mult = stepMult(row, mult);
            continue; // markers have zero sizes, so they never raise the footprint
        }
        sizeRow(row, ctx, c);
        timeRow(row, ctx, c);
        const inA = c.bytesA / MB;
        const inW = c.bytesW / MB;
        const out = c.bytesO / MB;
        const latMs = c.exec / 0.001;
        const lat = latMs * mult;
        mflop += ((2 * c.macs) / 1e6) * mult;
        totalData += (inA + inW + out) * mult;
        addMemory(row, c, mult, mem);
        const fp = inA + inW + out;
        if (fp > footprint)
            footprint = fp;
        latency += lat;
        cycles += c.exec * freq * mult;
        if (row.kind === 'Logit' || row.kind === 'Attend')
            attn += lat;
        else if (row.kind === 'GEMM')
            linear += lat;
        else if (row.kind === 'Sync')
            comm += lat;
        const group = GROUP_OF_NAME.get(row.name);
        if (group === undefined) {
            throw new GenzError('invalid_input', 'ValueError', `operator '${row.name}' has no runtime-breakdown category`);
        }
        for (const field of BREAKDOWN_GROUPS[group])
            bd[field] += lat;
    }
    return {
        summary: {
            'MACs (MFLOP)': mflop,
            'Total Data (MB)': totalData,
            'Total Weights (MB)': mem.weightsMb,
            'Unused Weights (MB)': mem.unusedWeightsMb,
            'KV Cache (MB)': mem.kvCacheMb,
            'On-chip Memory Footprint (MB)': footprint,
            'Latency (msec)': latency,
            Cycles: cycles,
            'Attn Latency (msec)': attn,
            'Linear Latency (msec)': linear,
            'Comm Latency (msec)': comm,
        },
        breakdown: bd,
    };
}
function dimension(row, ctx) {
    const B = ctx.batch;
    switch (row.kind) {
        case 'GEMM':
            return [[[B, row.N, row.K], [row.M, row.K], [B, row.N, row.M]]];
        case 'Logit':
        case 'Attend': {
            const b = row.beamMerge && ctx.beamMerge ? Math.trunc(B / ctx.beamSize) : B;
            const q = [b, row.H, row.M, row.D];
            const kv = [b, row.Hkv, row.N, row.D];
            const s = [b, row.H, row.M, row.N];
            return row.kind === 'Logit' ? [q, kv, s] : [s, kv, q];
        }
        case 'CONV1D':
            return [[B, row.N, row.IF], [row.OF, 1, row.C], [B, row.N, row.OF]];
        case 'Einsum': {
            const { Fs, n, S } = row;
            switch (row.name) {
                case 'deltaA': return [[B, Fs, n], [Fs, S], [B, Fs, n, S]];
                case 'deltaB': return [[B, Fs, n], [B, n, S], [B, Fs, n, S]];
                case 'deltaBu': return [[B, Fs, n, S], [B, Fs, n], [B, Fs, n, S]];
                case 'x calc': return [[n, B, Fs, S], [n, B, Fs, S], [n, B, Fs, S]];
                case 'y calc': return [[n, B, Fs, S], [n, B, S], [n, B, Fs]];
                default: return [[B, n, Fs], [B, n, Fs], [B, n, Fs]];
            }
        }
        case 'Sync':
            return row.nodes === 1 && row.type !== CollectiveType.MessagePass ? null : [B, row.M, row.N];
        default:
            return row.count;
    }
}
/** The full per-operator table, markers included (GenZ's `model_df`). Built only when asked for. */
function operatorTable(rows, ctx) {
    const s = ctx.system;
    const c = newCost();
    const table = [];
    let mult = 1;
    for (const row of rows) {
        const isMarker = row.kind === 'Repeat' || row.kind === 'EndRepeat';
        if (isMarker) {
            c.macs = c.bytesA = c.bytesW = c.bytesO = c.compute = c.memory = c.comm = c.exec = 0;
        }
        else {
            sizeRow(row, ctx, c);
            timeRow(row, ctx, c);
        }
        const exec = c.exec;
        const ratio = c.memory !== 0 ? c.compute / c.memory : 0;
        const totalBytes = 0 + c.bytesA + c.bytesW + c.bytesO;
        const flops = 2 * c.macs;
        const idealCompute = (c.macs * s.computeMultiplier) / s.opPerSec;
        const idealMem = 0 + c.bytesA / s.offchipBw + c.bytesW / s.offchipBw + c.bytesO / s.offchipBw;
        table.push({
            'Layer Name': row.name,
            'Op Type': row.kind,
            Dimension: dimension(row, ctx),
            Bound: ratio === 0 ? 'Collective' : ratio > 1 ? 'Compute' : 'Memory',
            'C/M ratio': ratio,
            'Op Intensity': totalBytes !== 0 ? flops / totalBytes : 0,
            'Latency (msec)': exec / 0.001,
            Cycles: exec * s.frequencyHz,
            'C Effcy': s.computeEfficiency,
            'Num ops (MFLOP)': flops / 1e6,
            'Input_a (MB)': c.bytesA / MB,
            'Input_w (MB)': c.bytesW / MB,
            'Output (MB)': c.bytesO / MB,
            'Total Data (MB)': totalBytes / MB,
            'Throughput (Tflops)': exec !== 0 ? flops / exec / 1e12 : 0,
            'Compute time (msec)': c.compute / 0.001,
            'Memory time (msec)': c.memory / 0.001,
            'Communication time (msec)': c.comm / 0.001,
            'Compute cycle': c.compute * s.frequencyHz,
            'Memory cycle': c.memory * s.frequencyHz,
            'Communication cycle': c.comm * s.frequencyHz,
            'Compute Utilization': exec !== 0 ? idealCompute / exec : 0,
            'Memory Utilization': exec !== 0 ? idealMem / exec : 0,
            'Communication Utilization': exec !== 0 ? c.comm / exec : 0,
            Repeat: isMarker ? 0 : mult,
        });
        if (row.kind === 'Repeat' || row.kind === 'EndRepeat')
            mult = stepMult(row, mult);
    }
    return table;
}

;// CONCATENATED MODULE: ./src/core/builders.ts
/**
 * Builders that turn a model and a parallel layout into operator rows (spec §6). Every formula and the
 * row order follow GenZ exactly; the spec section is named beside each part.
 */


/** Sequence parallelism exists in GenZ's builders but every entry point leaves it at 1 (spec §6.1). */
const SP = 1;
const ceilDiv = (a, b) => Math.ceil(a / b);
/** Python's round(): ties to even (used once, by Mamba, spec §0.3). */
function roundHalfEven(x) {
    const f = Math.floor(x);
    const diff = x - f;
    if (diff > 0.5)
        return f + 1;
    if (diff < 0.5)
        return f;
    return f % 2 === 0 ? f : f + 1;
}
function shards(model, par) {
    const tpa = par.tp * par.ep;
    return {
        tpa,
        Hl: Math.max(ceilDiv(model.numHeads, tpa), 1),
        Hkvl: Math.max(ceilDiv(model.numKvHeads, tpa), 1),
    };
}
function embedding(out, model, s, L) {
    const seq = L === 0 ? 0 : Math.max(1, Math.floor(L / SP));
    out.push(gemm('embeddings', model.hiddenSize, seq, Math.floor(model.vocabSize / s.tpa), 0));
    if (s.tpa > 1)
        out.push(sync('Emb_AR', seq, model.hiddenSize, s.tpa, CollectiveType.AllReduce));
}
function classifier(out, model, s, L) {
    const seq = L === 0 ? 0 : Math.max(1, Math.floor(L / SP));
    out.push(gemm('classifier', Math.floor(model.vocabSize / s.tpa), seq, model.hiddenSize, 0));
    if (s.tpa > 1)
        out.push(sync('classifier_AG', seq, model.vocabSize, s.tpa, CollectiveType.AllGather));
}
function qkvWidth(model, s) {
    return s.Hl * model.headDim + 2 * s.Hkvl * model.headDim;
}
/** §6.4 prefill attention: full (non-causal) L×L. */
function attentionPrefill(out, model, s, L) {
    const Ls = Math.floor(L / SP);
    const Dq = model.headDim;
    out.push(gemm('QKV', qkvWidth(model, s), Ls, model.hiddenSize, 0));
    out.push(logit('Logit', s.Hl, L, Ls, Dq, s.Hkvl, 3));
    out.push(attend('Attend', s.Hl, L, Ls, Dq, s.Hkvl, 1));
    out.push(gemm('Out Proj', model.hiddenSize, Ls, s.Hl * Dq, 0));
    if (s.tpa > 1)
        out.push(sync('MHA AR', Ls, model.hiddenSize, s.tpa, CollectiveType.AllReduce));
}
/** §6.4 decode attention: the shared prompt KV ("Pre", beam-merged) and each beam's own KV ("Suf"). */
function attentionDecode(out, model, s, L, T) {
    const Ls = Math.floor(L / SP);
    const Dq = model.headDim;
    out.push(gemm('QKV', qkvWidth(model, s), 1, model.hiddenSize, 5));
    out.push(logit('Logit Pre', s.Hl, 1, Ls, Dq, s.Hkvl, 5, true));
    out.push(logit('Logit Suf', s.Hl, 1, T, Dq, s.Hkvl, 5));
    out.push(attend('Attend Pre', s.Hl, 1, Ls, Dq, s.Hkvl, 5, true));
    out.push(attend('Attend Suf', s.Hl, 1, T, Dq, s.Hkvl, 5));
    out.push(gemm('Out Proj', model.hiddenSize, 1, s.Hl * Dq, 5));
    if (s.tpa > 1)
        out.push(sync('MHA AR', 1, model.hiddenSize, s.tpa, CollectiveType.AllReduce));
}
/** §6.4 chunked attention over a mix of prefill requests and decode entries. */
function attentionChunked(out, model, s, Cs, prefill, decode) {
    const Dq = model.headDim;
    const { Hl, Hkvl } = s;
    out.push(gemm('QKV', qkvWidth(model, s), Cs, model.hiddenSize, 5));
    for (const [p, n] of prefill) {
        out.push(logit('Logit Pre', Hl, n, p + n, Dq, Hkvl, 3));
        out.push(attend('Attend Pre', Hl, n, p + n, Dq, Hkvl, 1));
    }
    for (const entry of decode) {
        if (typeof entry !== 'number' && entry.length === 2) {
            const [nb, c] = entry;
            out.push(logit('Logit Dec', nb * Hl, 1, c, Dq, nb * Hkvl, 5));
            out.push(attend('Attend Dec', nb * Hl, 1, c, Dq, nb * Hkvl, 5));
        }
        else if (typeof entry !== 'number' && entry.length === 4) {
            // The beams share the KV: query heads scale with the beam count, KV heads do not (spec §13.20).
            const [pb, db, pc, dc] = entry;
            const pcs = Math.floor(pc / SP);
            out.push(logit('Logit Pre', pb * Hl, 1, pcs, Dq, Hkvl, 5));
            out.push(attend('Attend Pre', pb * Hl, 1, pcs, Dq, Hkvl, 5));
            out.push(logit('Logit Suf', db * Hl, 1, dc, Dq, Hkvl, 5));
            out.push(attend('Attend Suf', db * Hl, 1, dc, Dq, Hkvl, 5));
        }
        else {
            const c = typeof entry === 'number' ? entry : entry[0];
            out.push(logit('Logit Dec', Hl, 1, c, Dq, Hkvl, 5));
            out.push(attend('Attend Dec', Hl, 1, c, Dq, Hkvl, 5));
        }
    }
    out.push(gemm('Out Proj', model.hiddenSize, Cs, Hl * Dq, 5));
    if (s.tpa > 1)
        out.push(sync('MHA AR', Cs, model.hiddenSize, s.tpa, CollectiveType.AllReduce));
}
function checkExperts(model, ep) {
    if (model.numExperts % ep !== 0) {
        throw new GenzError('experts_not_divisible', 'AssertionError', `Number of experts:${model.numExperts} must be divisible by expert parallelism:${ep}` +
            (model.numExperts === 1 ? ' (a dense model cannot use expert parallelism)' : ''), { experts: model.numExperts, expert_parallel: ep });
    }
}
/** §6.5 default FFN over L tokens (prefill, and chunked for "default" models with L = Cs). */
function ffnPrefill(out, model, par, L) {
    checkExperts(model, par.ep);
    const { tp, ep } = par;
    const D = model.hiddenSize;
    const fi = model.numFfi;
    const Dfl = Math.max(ceilDiv(model.intermediateSize, tp), 1);
    const Ls = Math.floor(L / SP);
    const E = model.numExperts;
    if (E === 1) {
        out.push(gemm('up+gate', Dfl * fi, Ls, D, 0));
        out.push(gemm('down', D, Ls, Dfl, 0));
    }
    else {
        const K = model.expertTopK;
        out.push(gemm('Gate', E, Ls, Math.floor(D / tp), 0));
        if (tp > 1)
            out.push(sync('Gate AR', Ls, E, tp, CollectiveType.AllReduce));
        const tpe = Math.floor((Ls * K) / E);
        if (ep > 1)
            out.push(sync('Dispatch A2A', Ls, K * D, ep, CollectiveType.AllToAll));
        const local = Math.floor(E / ep);
        out.push(gemm('up+gate', local * Dfl * fi, tpe, D, 0));
        out.push(gemm('down', D, tpe, local * Dfl, 0));
        if (ep > 1)
            out.push(sync('Collect A2A', Ls, K * D, ep, CollectiveType.AllToAll));
    }
    if (tp > 1)
        out.push(sync('FFN AR', Ls, D, tp, CollectiveType.AllReduce));
}
/** §6.5 default FFN for one decode token; MoE always activates K experts (spec §13.11). */
function ffnDecode(out, model, par) {
    checkExperts(model, par.ep);
    const { tp, ep } = par;
    const D = model.hiddenSize;
    const fi = model.numFfi;
    const Dfl = Math.max(ceilDiv(model.intermediateSize, tp), 1);
    const E = model.numExperts;
    if (E === 1) {
        out.push(gemm('up+gate', Dfl * fi, 1, D, 5));
        out.push(gemm('down', D, 1, Dfl, 5));
    }
    else {
        const K = model.expertTopK;
        out.push(gemm('Gate', E, 1, Math.floor(D / tp), 0));
        if (tp > 1)
            out.push(sync('Gate AR', 1, D, tp, CollectiveType.AllReduce));
        if (ep > 1)
            out.push(sync('Dispatch A2A', 1, K * D, ep, CollectiveType.AllToAll));
        const act = Math.max(1, ceilDiv(K, ep));
        out.push(gemm('up+gate', act * Dfl * fi, 1, D, 5));
        out.push(gemm('down', D, 1, act * Dfl, 5));
        // Idle local experts: zero tokens, so only their weights count (spec §9); emitted even when 0.
        const unused = ceilDiv(E, ep) - act;
        out.push(gemm('up+gate', unused * Dfl * fi, 0, D, 0));
        out.push(gemm('down', D, 0, unused * Dfl, 0));
        if (ep > 1)
            out.push(sync('Collect A2A', 1, K * D, ep, CollectiveType.AllToAll));
    }
    if (tp > 1)
        out.push(sync('FFN AR', 1, D, tp, CollectiveType.AllReduce));
}
/** §6.5 "deepseek" FFN (chunked and speculative-verify paths only), with shared experts. */
function ffnDeepseek(out, model, par, L) {
    const { tp, ep } = par;
    const D = model.hiddenSize;
    const fi = model.numFfi;
    const Ls = Math.floor(L / SP);
    const E = model.numExperts;
    if (E === 1) {
        const Dfl = Math.max(ceilDiv(model.intermediateSize, tp), 1);
        out.push(gemm('up+gate', Dfl * fi, Ls, D, 0));
        out.push(gemm('down', D, Ls, Dfl, 0));
    }
    else {
        const K = model.expertTopK;
        const Dm = Math.max(ceilDiv(model.moeIntermediateSize, tp), 1);
        out.push(gemm('Gate', E, Ls, Math.floor(D / tp), 0));
        if (tp > 1)
            out.push(sync('Gate AR', Ls, E, tp, CollectiveType.AllReduce));
        const A = Math.min(K * L, E);
        const act = Math.max(1, ceilDiv(A, ep));
        const tpe = A === 0 ? 0 : Math.floor((Ls * K) / A);
        if (ep > 1)
            out.push(sync('Dispatch A2A', Ls, K * D, ep, CollectiveType.AllToAll));
        out.push(gemm('up+gate', act * Dm * fi, tpe, D, 0));
        out.push(gemm('down', D, tpe, act * Dm, 0));
        const unused = ceilDiv(E, ep) - act;
        if (unused !== 0) {
            out.push(gemm('up+gate', unused * Dm * fi, 0, D, 0));
            out.push(gemm('down', D, 0, unused * Dm, 0));
        }
        if (ep > 1)
            out.push(sync('Collect A2A', Ls, K * D, ep, CollectiveType.AllToAll));
        const ns = model.nSharedExperts;
        if (ns > 0) {
            const Ds = Math.max(ceilDiv(model.sharedExpertIntermediateSize, tp), 1);
            out.push(gemm('shared up+gate', Ds * fi * ns, Ls, D, 0));
            out.push(gemm('shared down', D, Ls, Ds * ns, 0));
        }
    }
    if (tp > 1)
        out.push(sync('FFN AR', Ls, D, tp, CollectiveType.AllReduce));
}
/** §6.6 Mamba mixer; n = L in prefill, 1 in decode. The scans use the unsharded width (a GenZ quirk). */
function mamba(out, model, s, n, syncTokens) {
    const D = model.hiddenSize;
    const Dm = roundHalfEven(D / s.tpa);
    const F = Dm * model.mambaExpand;
    const S = model.mambaDState;
    const R = model.mambaDtRank;
    const Fs = D * model.mambaExpand;
    out.push(gemm('Inproj', 2 * F, n, Dm, 0));
    out.push(conv1d('Conv', F, F, n, model.mambaDConv, 0));
    out.push(gemm('BC proj', R + 2 * S, n, F, 0));
    out.push(gemm('xt proj', F, n, R, 0));
    out.push(einsum('deltaA', Fs, n, S, 6));
    out.push(einsum('deltaB', Fs, n, S, 3));
    out.push(einsum('deltaBu', Fs, n, S, 0));
    out.push(einsum('x calc', Fs, n, S, 7));
    out.push(einsum('y calc', Fs, n, S, 7));
    out.push(einsum('D addition', Fs, n, S, 7));
    out.push(einsum('out mult z', Fs, n, S, 7));
    out.push(gemm('Out proj', Dm, n, F, 0));
    if (s.tpa > 1)
        out.push(sync('Mamba AR', syncTokens, Dm, s.tpa, CollectiveType.AllReduce));
}
/** §6.7 pipeline stages: `add(n)` = REPEAT(n) body ENDREPEAT(n), with message passes between stages. */
function stages(out, model, pp, messageTokens, body) {
    const add = (n) => {
        out.push(repeat(n));
        body(out);
        out.push(endRepeat(n));
    };
    const Ld = model.numLayers;
    if (pp === 1) {
        add(Ld);
        return;
    }
    const lps = ceilDiv(Ld, pp);
    // May be zero (GenZ then fails in the totals) or negative (kept as is: the totals still add up).
    const last = Ld - lps * (pp - 1);
    out.push(repeat(pp - 1));
    add(lps);
    out.push(sync('Message Pass', messageTokens, model.hiddenSize, 1, CollectiveType.MessagePass));
    out.push(endRepeat(pp - 1));
    add(last);
}
function checkUniformLayers(model) {
    if (model.uniqueLayers !== 1) {
        throw new GenzError('hybrid_unsupported', 'ValueError', `model '${model.name}' mixes ${model.uniqueLayers} layer types (hybrid Jamba-style); GenZ supports only uniform layers in prefill and decode ("More then 1 unique layers not supported")`);
    }
}
/** §6.7 prefill model: input embedding(L) + stages + classifier(L). */
function buildPrefillRows(model, par, L) {
    checkUniformLayers(model);
    const s = shards(model, par);
    const out = [];
    embedding(out, model, s, L);
    const isMamba = model.layerTypes[0][0] === 'Mamba';
    stages(out, model, par.pp, Math.floor(L / SP), (o) => {
        if (isMamba)
            mamba(o, model, s, L, Math.floor(L / SP));
        else
            attentionPrefill(o, model, s, L);
        ffnPrefill(o, model, par, L);
    });
    classifier(out, model, s, L);
    return out;
}
/** §6.7 decode model: stages + classifier(1); no input embedding. */
function buildDecodeRows(model, par, L, T) {
    checkUniformLayers(model);
    const s = shards(model, par);
    const out = [];
    const isMamba = model.layerTypes[0][0] === 'Mamba';
    stages(out, model, par.pp, 1, (o) => {
        if (isMamba)
            mamba(o, model, s, 1, 1);
        else
            attentionDecode(o, model, s, L, T);
        ffnDecode(o, model, par);
    });
    classifier(out, model, s, 1);
    return out;
}
/** Tokens of a chunk (spec §6.7): Σ new prefill tokens and Σ decode tokens (pairs nb, tuples db). */
function chunkTokens(prefill, decode) {
    let prefillLen = 0;
    for (const [, n] of prefill)
        prefillLen += n;
    let decodeLen = 0;
    for (const e of decode) {
        if (typeof e !== 'number' && e.length === 2)
            decodeLen += e[0];
        else if (typeof e !== 'number' && e.length === 4)
            decodeLen += e[1];
        else
            decodeLen += 1;
    }
    return { prefillLen, decodeLen };
}
/**
 * §6.7 chunked model. It checks neither unique layers nor layer types: every model, Mamba and Jamba
 * included, gets attention layers here (spec §13.15).
 */
function buildChunkedRows(model, par, prefill, decode) {
    const { prefillLen, decodeLen } = chunkTokens(prefill, decode);
    const Cs = prefillLen + decodeLen;
    const impl = model.ffnImplementation;
    if (impl !== 'default' && impl !== 'deepseek') {
        throw new GenzError('invalid_model', 'ValueError', `model '${model.name}': unknown ffn_implementation '${impl}' (valid: default, deepseek)`, { field: 'ffn_implementation' });
    }
    const s = shards(model, par);
    const out = [];
    embedding(out, model, s, prefillLen);
    stages(out, model, par.pp, Math.floor(Cs / SP), (o) => {
        attentionChunked(o, model, s, Cs, prefill, decode);
        if (impl === 'default')
            ffnPrefill(o, model, par, Cs);
        else
            ffnDeepseek(o, model, par, Cs);
    });
    classifier(out, model, s, Cs);
    return out;
}
/** GenZ's single-layer prefill builder (used by its golden tests): attention + default FFN, no repeat. */
function buildPrefillLayerRows(model, par, L) {
    const s = shards(model, par);
    const out = [];
    attentionPrefill(out, model, s, L);
    ffnPrefill(out, model, par, L);
    return out;
}
/** GenZ's single-layer decode builder (`output_gen_tokens` defaults to 32 there). */
function buildDecodeLayerRows(model, par, L, T = 32) {
    const s = shards(model, par);
    const out = [];
    attentionDecode(out, model, s, L, T);
    ffnDecode(out, model, par);
    return out;
}

;// CONCATENATED MODULE: ./data/models.json
const models_namespaceObject = /*#__PURE__*/JSON.parse('{"Jn":{"ai21labs/AI21-Jamba-1.5-Large":{"model":"ai21labs/AI21-Jamba-1.5-Large","vocab_size":65536,"max_model_len":262144,"num_decoder_layers":72,"num_encoder_layers":0,"hidden_size":8192,"intermediate_size":24576,"num_ffi":1,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":16,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":24576,"n_shared_experts":0,"shared_expert_intermediate_size":24576,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":true,"mamba_d_state":16,"mamba_d_conv":4,"mamba_expand":2,"mamba_dt_rank":512,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":4,"attn_layer_period":8,"expert_layer_offset":1,"expert_layer_period":2,"unique_layers":8,"layer_type":[["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"]],"model_quality":[{"benchmark":"MMLU","accuracy":81.2,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":36.9,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":87,"shots":null,"metric_type":"Accuracy"}]},"ai21labs/AI21-Jamba-1.5-Mini":{"model":"ai21labs/AI21-Jamba-1.5-Mini","vocab_size":65536,"max_model_len":262144,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":1,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":16,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":true,"mamba_d_state":16,"mamba_d_conv":4,"mamba_expand":2,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":4,"attn_layer_period":8,"expert_layer_offset":1,"expert_layer_period":2,"unique_layers":8,"layer_type":[["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"]],"model_quality":null},"ai21labs/Jamba-v0.1":{"model":"ai21labs/Jamba-v0.1","vocab_size":65536,"max_model_len":262144,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":1,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":16,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":true,"mamba_d_state":16,"mamba_d_conv":4,"mamba_expand":2,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":4,"attn_layer_period":8,"expert_layer_offset":1,"expert_layer_period":2,"unique_layers":8,"layer_type":[["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"]],"model_quality":null},"databricks/dbrx-base":{"model":"databricks/dbrx-base","vocab_size":100352,"max_model_len":32768,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":6144,"intermediate_size":10752,"num_ffi":2,"hidden_act":"silu","num_attention_heads":48,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":16,"expert_top_k":4,"moe_layer_freq":null,"moe_intermediate_size":10752,"n_shared_experts":0,"shared_expert_intermediate_size":10752,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":384,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":[{"benchmark":"IFEval","accuracy":54.16,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":12.19,"shots":null,"metric_type":"Accuracy"},{"benchmark":"MMLU","accuracy":29.81,"shots":null,"metric_type":"Accuracy"}]},"deepseek-ai/deepseek-moe-16b-base":{"model":"deepseek-ai/deepseek-moe-16b-base","vocab_size":102400,"max_model_len":4096,"num_decoder_layers":28,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":10944,"num_ffi":2,"hidden_act":"silu","num_attention_heads":16,"num_key_value_heads":2,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":64,"expert_top_k":6,"moe_layer_freq":null,"moe_intermediate_size":1408,"n_shared_experts":2,"shared_expert_intermediate_size":1408,"first_k_dense_replace":1,"ffn_implementation":"deepseek","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":null},"deepseek-ai/DeepSeek-V3-Base":{"model":"deepseek-ai/DeepSeek-V3-Base","vocab_size":129280,"max_model_len":163840,"num_decoder_layers":61,"num_encoder_layers":0,"hidden_size":7168,"intermediate_size":18432,"num_ffi":2,"hidden_act":"silu","num_attention_heads":128,"num_key_value_heads":2,"head_dim":56,"sliding_window":null,"is_moe":true,"num_experts":256,"expert_top_k":8,"moe_layer_freq":null,"moe_intermediate_size":2048,"n_shared_experts":1,"shared_expert_intermediate_size":18432,"first_k_dense_replace":3,"ffn_implementation":"deepseek","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":448,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":null},"facebook/OPT-1.3b":{"model":"facebook/OPT-1.3b","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":8192,"num_ffi":1,"hidden_act":"relu","num_attention_heads":32,"num_key_value_heads":32,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":8192,"n_shared_experts":0,"shared_expert_intermediate_size":8192,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"facebook/opt-125M":{"model":"facebook/opt-125M","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":12,"num_encoder_layers":0,"hidden_size":768,"intermediate_size":3072,"num_ffi":1,"hidden_act":"relu","num_attention_heads":12,"num_key_value_heads":12,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":3072,"n_shared_experts":0,"shared_expert_intermediate_size":3072,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":48,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"facebook/OPT-13B":{"model":"facebook/OPT-13B","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":5140,"intermediate_size":20560,"num_ffi":1,"hidden_act":"relu","num_attention_heads":40,"num_key_value_heads":40,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":20560,"n_shared_experts":0,"shared_expert_intermediate_size":20560,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":322,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"facebook/opt-30B":{"model":"facebook/opt-30B","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":48,"num_encoder_layers":0,"hidden_size":7168,"intermediate_size":28672,"num_ffi":1,"hidden_act":"relu","num_attention_heads":56,"num_key_value_heads":56,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":28672,"n_shared_experts":0,"shared_expert_intermediate_size":28672,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":448,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"facebook/OPT-350M":{"model":"facebook/OPT-350M","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":1024,"intermediate_size":4096,"num_ffi":1,"hidden_act":"relu","num_attention_heads":16,"num_key_value_heads":16,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":4096,"n_shared_experts":0,"shared_expert_intermediate_size":4096,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":64,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"facebook/opt-6.7b":{"model":"facebook/opt-6.7b","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":16384,"num_ffi":1,"hidden_act":"relu","num_attention_heads":32,"num_key_value_heads":32,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":16384,"n_shared_experts":0,"shared_expert_intermediate_size":16384,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"facebook/opt-66B":{"model":"facebook/opt-66B","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":64,"num_encoder_layers":0,"hidden_size":9216,"intermediate_size":36864,"num_ffi":1,"hidden_act":"relu","num_attention_heads":72,"num_key_value_heads":72,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":36864,"n_shared_experts":0,"shared_expert_intermediate_size":36864,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":576,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"google/gemma-2-27B":{"model":"google/gemma-2-27B","vocab_size":256000,"max_model_len":8192,"num_decoder_layers":46,"num_encoder_layers":0,"hidden_size":4608,"intermediate_size":36864,"num_ffi":2,"hidden_act":"gelu_pytorch_tanh","num_attention_heads":32,"num_key_value_heads":16,"head_dim":128,"sliding_window":4096,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":36864,"n_shared_experts":0,"shared_expert_intermediate_size":36864,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":288,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":75.2,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":86.4,"shots":10,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":42.3,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":74,"shots":5,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":83.7,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":74.9,"shots":3,"metric_type":"Accuracy"}]},"google/gemma-2-2B":{"model":"google/gemma-2-2B","vocab_size":256000,"max_model_len":8192,"num_decoder_layers":26,"num_encoder_layers":0,"hidden_size":2304,"intermediate_size":9216,"num_ffi":2,"hidden_act":"gelu_pytorch_tanh","num_attention_heads":8,"num_key_value_heads":4,"head_dim":256,"sliding_window":4096,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":9216,"n_shared_experts":0,"shared_expert_intermediate_size":9216,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":144,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":51.3,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":73,"shots":10,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":15,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":23.9,"shots":5,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":59.4,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":41.9,"shots":3,"metric_type":"Accuracy"}]},"google/gemma-2-9B":{"model":"google/gemma-2-9B","vocab_size":256000,"max_model_len":8192,"num_decoder_layers":42,"num_encoder_layers":0,"hidden_size":3584,"intermediate_size":14336,"num_ffi":2,"hidden_act":"gelu_pytorch_tanh","num_attention_heads":16,"num_key_value_heads":8,"head_dim":256,"sliding_window":4096,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":224,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":71.3,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":81.9,"shots":10,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":36.6,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":68.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":76.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":68.2,"shots":3,"metric_type":"Accuracy"}]},"google/gemma-2B":{"model":"google/gemma-2B","vocab_size":256000,"max_model_len":8192,"num_decoder_layers":18,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":16384,"num_ffi":2,"hidden_act":"gelu","num_attention_heads":8,"num_key_value_heads":1,"head_dim":256,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":16384,"n_shared_experts":0,"shared_expert_intermediate_size":16384,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":42.3,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":71.4,"shots":0,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":11.8,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":17.7,"shots":null,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":53.2,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":35.2,"shots":null,"metric_type":"Accuracy"}]},"google/gemma-3-12B":{"model":"google/gemma-3-12B","vocab_size":262144,"max_model_len":131072,"num_decoder_layers":26,"num_encoder_layers":0,"hidden_size":2304,"intermediate_size":9216,"num_ffi":2,"hidden_act":"gelu_pytorch_tanh","num_attention_heads":8,"num_key_value_heads":4,"head_dim":256,"sliding_window":4096,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":9216,"n_shared_experts":0,"shared_expert_intermediate_size":9216,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":144,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":74.5,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":84.2,"shots":10,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":43.3,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":71,"shots":8,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":78.2,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":41.9,"shots":3,"metric_type":"Accuracy"}]},"google/gemma-3-1B":{"model":"google/gemma-3-1B","vocab_size":262144,"max_model_len":32768,"num_decoder_layers":26,"num_encoder_layers":0,"hidden_size":1152,"intermediate_size":6912,"num_ffi":2,"hidden_act":"gelu_pytorch_tanh","num_attention_heads":4,"num_key_value_heads":1,"head_dim":256,"sliding_window":512,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":6912,"n_shared_experts":0,"shared_expert_intermediate_size":6912,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":72,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"Hellaswag","accuracy":62.3,"shots":10,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":39.8,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":41.9,"shots":3,"metric_type":"Accuracy"}]},"google/gemma-3-27B":{"model":"google/gemma-3-27B","vocab_size":262144,"max_model_len":131072,"num_decoder_layers":62,"num_encoder_layers":0,"hidden_size":5376,"intermediate_size":21504,"num_ffi":2,"hidden_act":"gelu_pytorch_tanh","num_attention_heads":32,"num_key_value_heads":16,"head_dim":128,"sliding_window":1024,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":21504,"n_shared_experts":0,"shared_expert_intermediate_size":21504,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":336,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":78.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":85.6,"shots":10,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":50,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":82.6,"shots":8,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":85.5,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":41.9,"shots":3,"metric_type":"Accuracy"}]},"google/gemma-3-4B":{"model":"google/gemma-3-4B","vocab_size":262144,"max_model_len":131072,"num_decoder_layers":34,"num_encoder_layers":0,"hidden_size":2560,"intermediate_size":10240,"num_ffi":2,"hidden_act":"gelu_pytorch_tanh","num_attention_heads":16,"num_key_value_heads":4,"head_dim":160,"sliding_window":1024,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":10240,"n_shared_experts":0,"shared_expert_intermediate_size":10240,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":160,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":59.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":77.2,"shots":10,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":24.2,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":38.4,"shots":8,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":65.8,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":41.9,"shots":3,"metric_type":"Accuracy"}]},"google/gemma-7B":{"model":"google/gemma-7B","vocab_size":256000,"max_model_len":8192,"num_decoder_layers":28,"num_encoder_layers":0,"hidden_size":3072,"intermediate_size":24576,"num_ffi":2,"hidden_act":"gelu","num_attention_heads":16,"num_key_value_heads":16,"head_dim":256,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":24576,"n_shared_experts":0,"shared_expert_intermediate_size":24576,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":192,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":64.3,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":81.2,"shots":0,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":24.3,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":46.4,"shots":null,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":63.4,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":55.1,"shots":null,"metric_type":"Accuracy"}]},"google/palm":{"model":"google/palm","vocab_size":32000,"max_model_len":128000,"num_decoder_layers":118,"num_encoder_layers":0,"hidden_size":18432,"intermediate_size":73728,"num_ffi":1,"hidden_act":"silu","num_attention_heads":48,"num_key_value_heads":48,"head_dim":384,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":73728,"n_shared_experts":0,"shared_expert_intermediate_size":73728,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":1152,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"HuggingFaceH4/zephyr-7b-beta":{"model":"HuggingFaceH4/zephyr-7b-beta","vocab_size":32000,"max_model_len":32768,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":4096,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Hypothetical/SuperLLM-10T-MoE":{"model":"Hypothetical/SuperLLM-10T-MoE","vocab_size":256000,"max_model_len":102400,"num_decoder_layers":128,"num_encoder_layers":0,"hidden_size":13824,"intermediate_size":55296,"num_ffi":2,"hidden_act":"silu","num_attention_heads":108,"num_key_value_heads":12,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":32,"expert_top_k":4,"moe_layer_freq":null,"moe_intermediate_size":55296,"n_shared_experts":0,"shared_expert_intermediate_size":55296,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":864,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":null},"Hypothetical/SuperLLM-5T-Dense":{"model":"Hypothetical/SuperLLM-5T-Dense","vocab_size":256000,"max_model_len":102400,"num_decoder_layers":128,"num_encoder_layers":0,"hidden_size":49152,"intermediate_size":196608,"num_ffi":2,"hidden_act":"silu","num_attention_heads":192,"num_key_value_heads":24,"head_dim":256,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":196608,"n_shared_experts":0,"shared_expert_intermediate_size":196608,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":3072,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"intfloat/e5-mistral-7b-instruct":{"model":"intfloat/e5-mistral-7b-instruct","vocab_size":32000,"max_model_len":32768,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"intfloat/multilingual-e5-base-instruct":{"model":"intfloat/multilingual-e5-base-instruct","vocab_size":250002,"max_model_len":514,"num_decoder_layers":12,"num_encoder_layers":0,"hidden_size":768,"intermediate_size":3072,"num_ffi":1,"hidden_act":"gelu","num_attention_heads":12,"num_key_value_heads":12,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":3072,"n_shared_experts":0,"shared_expert_intermediate_size":3072,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":48,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"intfloat/multilingual-e5-large-instruct":{"model":"intfloat/multilingual-e5-large-instruct","vocab_size":250002,"max_model_len":514,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":1024,"intermediate_size":4096,"num_ffi":1,"hidden_act":"gelu","num_attention_heads":16,"num_key_value_heads":16,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":4096,"n_shared_experts":0,"shared_expert_intermediate_size":4096,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":64,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"intfloat/multilingual-e5-small-instruct":{"model":"intfloat/multilingual-e5-small-instruct","vocab_size":250037,"max_model_len":512,"num_decoder_layers":12,"num_encoder_layers":0,"hidden_size":384,"intermediate_size":1536,"num_ffi":1,"hidden_act":"gelu","num_attention_heads":12,"num_key_value_heads":12,"head_dim":32,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":1536,"n_shared_experts":0,"shared_expert_intermediate_size":1536,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":24,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"meta-llama/Llama-2-13B":{"model":"meta-llama/Llama-2-13B","vocab_size":32000,"max_model_len":4096,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":13824,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":40,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":13824,"n_shared_experts":0,"shared_expert_intermediate_size":13824,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"meta-llama/Llama-2-70B":{"model":"meta-llama/Llama-2-70B","vocab_size":32000,"max_model_len":4096,"num_decoder_layers":80,"num_encoder_layers":0,"hidden_size":8192,"intermediate_size":28672,"num_ffi":2,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":28672,"n_shared_experts":0,"shared_expert_intermediate_size":28672,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":512,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"meta-llama/Llama-2-7B":{"model":"meta-llama/Llama-2-7B","vocab_size":32000,"max_model_len":4096,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":11008,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":32,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":11008,"n_shared_experts":0,"shared_expert_intermediate_size":11008,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"meta-llama/Llama-3.1-405B":{"model":"meta-llama/Llama-3.1-405B","vocab_size":128256,"max_model_len":131072,"num_decoder_layers":126,"num_encoder_layers":0,"hidden_size":16384,"intermediate_size":53248,"num_ffi":2,"hidden_act":"silu","num_attention_heads":128,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":53248,"n_shared_experts":0,"shared_expert_intermediate_size":53248,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":1024,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":87.3,"shots":5,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":73.8,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":96.8,"shots":8,"metric_type":"Accuracy"},{"benchmark":"IFEval","accuracy":88.6,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":50.7,"shots":0,"metric_type":"Accuracy"}]},"meta-llama/Llama-3.1-70B":{"model":"meta-llama/Llama-3.1-70B","vocab_size":128256,"max_model_len":131072,"num_decoder_layers":80,"num_encoder_layers":0,"hidden_size":8192,"intermediate_size":28672,"num_ffi":2,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":28672,"n_shared_experts":0,"shared_expert_intermediate_size":28672,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":512,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":83.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":68,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":95.1,"shots":8,"metric_type":"Accuracy"},{"benchmark":"IFEval","accuracy":87.5,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":46.7,"shots":0,"metric_type":"Accuracy"}]},"meta-llama/Llama-3.1-8B":{"model":"meta-llama/Llama-3.1-8B","vocab_size":128256,"max_model_len":131072,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":69.4,"shots":5,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":51.9,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":84.5,"shots":8,"metric_type":"Accuracy"},{"benchmark":"IFEval","accuracy":80.4,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":30.4,"shots":0,"metric_type":"Accuracy"}]},"meta-llama/Llama-3.2-1B":{"model":"meta-llama/Llama-3.2-1B","vocab_size":128256,"max_model_len":131072,"num_decoder_layers":16,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":8192,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":8192,"n_shared_experts":0,"shared_expert_intermediate_size":8192,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":49.3,"shots":5,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":30.6,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":44.4,"shots":8,"metric_type":"Accuracy"},{"benchmark":"IFEval","accuracy":59.5,"shots":0,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":41.2,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":27.2,"shots":0,"metric_type":"Accuracy"},{"benchmark":"TLDR","accuracy":16.8,"shots":1,"metric_type":"Accuracy"}]},"meta-llama/Llama-3.2-3B":{"model":"meta-llama/Llama-3.2-3B","vocab_size":128256,"max_model_len":131072,"num_decoder_layers":28,"num_encoder_layers":0,"hidden_size":3072,"intermediate_size":8192,"num_ffi":2,"hidden_act":"silu","num_attention_heads":24,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":8192,"n_shared_experts":0,"shared_expert_intermediate_size":8192,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":192,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":63.4,"shots":5,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":48,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":77.7,"shots":8,"metric_type":"Accuracy"},{"benchmark":"IFEval","accuracy":77.4,"shots":0,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":69.8,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":32.8,"shots":0,"metric_type":"Accuracy"},{"benchmark":"TLDR","accuracy":19,"shots":1,"metric_type":"Accuracy"}]},"meta-llama/Llama-33B":{"model":"meta-llama/Llama-33B","vocab_size":32000,"max_model_len":2048,"num_decoder_layers":60,"num_encoder_layers":0,"hidden_size":6656,"intermediate_size":17920,"num_ffi":2,"hidden_act":"silu","num_attention_heads":52,"num_key_value_heads":52,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":17920,"n_shared_experts":0,"shared_expert_intermediate_size":17920,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":416,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"meta-llama/Llama-4-Maverick-17B-128E":{"model":"meta-llama/Llama-4-Maverick-17B-128E","vocab_size":202048,"max_model_len":10485760,"num_decoder_layers":48,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":16384,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":128,"expert_top_k":1,"moe_layer_freq":2,"moe_intermediate_size":8192,"n_shared_experts":1,"shared_expert_intermediate_size":8192,"first_k_dense_replace":null,"ffn_implementation":"deepseek","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":null},"meta-llama/Llama-4-Scout-17B-16E":{"model":"meta-llama/Llama-4-Scout-17B-16E","vocab_size":202048,"max_model_len":10485760,"num_decoder_layers":48,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":8192,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":16,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":8192,"n_shared_experts":1,"shared_expert_intermediate_size":8192,"first_k_dense_replace":null,"ffn_implementation":"deepseek","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":null},"microsoft/Phi-3-medium":{"model":"microsoft/Phi-3-medium","vocab_size":32064,"max_model_len":4096,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":17920,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":10,"head_dim":128,"sliding_window":2047,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":17920,"n_shared_experts":0,"shared_expert_intermediate_size":17920,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":76.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":77.9,"shots":3,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":81.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":73.9,"shots":5,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":87.5,"shots":8,"metric_type":"Accuracy"}]},"microsoft/Phi-3-mini":{"model":"microsoft/Phi-3-mini","vocab_size":32064,"max_model_len":131072,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":3072,"intermediate_size":8192,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":32,"head_dim":96,"sliding_window":262144,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":8192,"n_shared_experts":0,"shared_expert_intermediate_size":8192,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":192,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":69.7,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":72.1,"shots":3,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":70.5,"shots":5,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":29.7,"shots":0,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":57.8,"shots":5,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":85.3,"shots":8,"metric_type":"Accuracy"}]},"microsoft/Phi-3-small":{"model":"microsoft/Phi-3-small","vocab_size":100352,"max_model_len":131072,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":2,"hidden_act":"gegelu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":75.5,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":77.6,"shots":3,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":79.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":66,"shots":5,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":87.3,"shots":8,"metric_type":"Accuracy"}]},"microsoft/Phi-3.5-MoE":{"model":"microsoft/Phi-3.5-MoE","vocab_size":32064,"max_model_len":131072,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":6400,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":131072,"is_moe":true,"num_experts":16,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":6400,"n_shared_experts":0,"shared_expert_intermediate_size":6400,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":[{"benchmark":"MMLU","accuracy":78.9,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":79.1,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":36.8,"shots":0,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":83.8,"shots":5,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":59.5,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":88.7,"shots":8,"metric_type":"Accuracy"}]},"mistralai/Ministral-8B-Instruct-2410":{"model":"mistralai/Ministral-8B-Instruct-2410","vocab_size":131072,"max_model_len":32768,"num_decoder_layers":36,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":12288,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":12288,"n_shared_experts":0,"shared_expert_intermediate_size":12288,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":65,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":64.5,"shots":null,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":54.5,"shots":null,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":65.5,"shots":null,"metric_type":"Accuracy"}]},"mistralai/Mistral-7B":{"model":"mistralai/Mistral-7B","vocab_size":32000,"max_model_len":32768,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":62.5,"shots":null,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":81,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":50,"shots":null,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":12.7,"shots":null,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":62.5,"shots":null,"metric_type":"Accuracy"}]},"mistralai/Mistral-Large":{"model":"mistralai/Mistral-Large","vocab_size":32768,"max_model_len":131072,"num_decoder_layers":88,"num_encoder_layers":0,"hidden_size":12288,"intermediate_size":28672,"num_ffi":2,"hidden_act":"silu","num_attention_heads":96,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":28672,"n_shared_experts":0,"shared_expert_intermediate_size":28672,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":768,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":81.2,"shots":null,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":89.2,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":91.21,"shots":8,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":45,"shots":null,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":82.7,"shots":null,"metric_type":"Accuracy"}]},"mistralai/Mistral-NeMo-12B-Instruct":{"model":"mistralai/Mistral-NeMo-12B-Instruct","vocab_size":131072,"max_model_len":1024000,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":14336,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":160,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":68,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":83.5,"shots":0,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":73.8,"shots":5,"metric_type":"Accuracy"}]},"mistralai/Mistral-Small":{"model":"mistralai/Mistral-Small","vocab_size":32768,"max_model_len":32768,"num_decoder_layers":56,"num_encoder_layers":0,"hidden_size":6144,"intermediate_size":16384,"num_ffi":2,"hidden_act":"silu","num_attention_heads":48,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":16384,"n_shared_experts":0,"shared_expert_intermediate_size":16384,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":384,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"mistralai/Mixtral-8x22B":{"model":"mistralai/Mixtral-8x22B","vocab_size":32768,"max_model_len":65536,"num_decoder_layers":56,"num_encoder_layers":0,"hidden_size":6144,"intermediate_size":16384,"num_ffi":2,"hidden_act":"silu","num_attention_heads":48,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":8,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":16384,"n_shared_experts":0,"shared_expert_intermediate_size":16384,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":384,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":[{"benchmark":"MMLU","accuracy":77.8,"shots":null,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":88.5,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":88.4,"shots":null,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":41.8,"shots":null,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":82.2,"shots":null,"metric_type":"Accuracy"}]},"mistralai/Mixtral-8x7B":{"model":"mistralai/Mixtral-8x7B","vocab_size":32000,"max_model_len":32768,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":8,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":[{"benchmark":"MMLU","accuracy":70.6,"shots":null,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":84.4,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":74.4,"shots":null,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":28.4,"shots":null,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":71.5,"shots":null,"metric_type":"Accuracy"}]},"nvidia/Mistral-NeMo-Minitron-8B-Base":{"model":"nvidia/Mistral-NeMo-Minitron-8B-Base","vocab_size":131072,"max_model_len":8192,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":11520,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":11520,"n_shared_experts":0,"shared_expert_intermediate_size":11520,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":69.5,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":58.5,"shots":null,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":83,"shots":null,"metric_type":"Accuracy"}]},"nvidia/Nemotron-4-15B":{"model":"nvidia/Nemotron-4-15B","vocab_size":256000,"max_model_len":4096,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":6144,"intermediate_size":24576,"num_ffi":1,"hidden_act":"relu","num_attention_heads":48,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":24576,"n_shared_experts":0,"shared_expert_intermediate_size":24576,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":384,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":64.2,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":46,"shots":null,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":47,"shots":null,"metric_type":"Accuracy"}]},"nvidia/Nemotron-4-340B-Instruct":{"model":"nvidia/Nemotron-4-340B-Instruct","vocab_size":256000,"max_model_len":4096,"num_decoder_layers":96,"num_encoder_layers":0,"hidden_size":18432,"intermediate_size":73728,"num_ffi":1,"hidden_act":"silu","num_attention_heads":96,"num_key_value_heads":8,"head_dim":192,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":73728,"n_shared_experts":0,"shared_expert_intermediate_size":73728,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":1152,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":78.7,"shots":0,"metric_type":"Accuracy"},{"benchmark":"IFEval","accuracy":86.1,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":92.3,"shots":0,"metric_type":"Accuracy"}]},"openai/GPT-4":{"model":"openai/GPT-4","vocab_size":128256,"max_model_len":131072,"num_decoder_layers":128,"num_encoder_layers":0,"hidden_size":10752,"intermediate_size":43008,"num_ffi":1,"hidden_act":"silu","num_attention_heads":84,"num_key_value_heads":84,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":16,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":43008,"n_shared_experts":0,"shared_expert_intermediate_size":43008,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":672,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":[{"benchmark":"MMLU","accuracy":86.4,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":95.3,"shots":10,"metric_type":"Accuracy"}]},"openai/gpt2":{"model":"openai/gpt2","vocab_size":50257,"max_model_len":1024,"num_decoder_layers":12,"num_encoder_layers":0,"hidden_size":768,"intermediate_size":3072,"num_ffi":1,"hidden_act":"gelu_new","num_attention_heads":12,"num_key_value_heads":12,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":3072,"n_shared_experts":0,"shared_expert_intermediate_size":3072,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":48,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"openai/GPT3-175B":{"model":"openai/GPT3-175B","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":96,"num_encoder_layers":0,"hidden_size":12288,"intermediate_size":49152,"num_ffi":1,"hidden_act":"relu","num_attention_heads":96,"num_key_value_heads":96,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":49152,"n_shared_experts":0,"shared_expert_intermediate_size":49152,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":768,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen-14B":{"model":"Qwen/Qwen-14B","vocab_size":152064,"max_model_len":2048,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":27392,"num_ffi":1,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":40,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":27392,"n_shared_experts":0,"shared_expert_intermediate_size":27392,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen-1_8B":{"model":"Qwen/Qwen-1_8B","vocab_size":151936,"max_model_len":8192,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":11008,"num_ffi":1,"hidden_act":"silu","num_attention_heads":16,"num_key_value_heads":16,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":11008,"n_shared_experts":0,"shared_expert_intermediate_size":11008,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen-72B":{"model":"Qwen/Qwen-72B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":80,"num_encoder_layers":0,"hidden_size":8192,"intermediate_size":49152,"num_ffi":1,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":64,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":49152,"n_shared_experts":0,"shared_expert_intermediate_size":49152,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":512,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen-7B":{"model":"Qwen/Qwen-7B","vocab_size":151936,"max_model_len":8192,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":22016,"num_ffi":1,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":32,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":22016,"n_shared_experts":0,"shared_expert_intermediate_size":22016,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-0.5B":{"model":"Qwen/Qwen1.5-0.5B","vocab_size":151936,"max_model_len":32768,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":1024,"intermediate_size":2816,"num_ffi":2,"hidden_act":"silu","num_attention_heads":16,"num_key_value_heads":16,"head_dim":64,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":2816,"n_shared_experts":0,"shared_expert_intermediate_size":2816,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":64,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-1.8B":{"model":"Qwen/Qwen1.5-1.8B","vocab_size":151936,"max_model_len":32768,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":5504,"num_ffi":2,"hidden_act":"silu","num_attention_heads":16,"num_key_value_heads":16,"head_dim":128,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":5504,"n_shared_experts":0,"shared_expert_intermediate_size":5504,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-110B":{"model":"Qwen/Qwen1.5-110B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":80,"num_encoder_layers":0,"hidden_size":8192,"intermediate_size":49152,"num_ffi":2,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":64,"head_dim":128,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":49152,"n_shared_experts":0,"shared_expert_intermediate_size":49152,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":512,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-14B":{"model":"Qwen/Qwen1.5-14B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":13696,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":40,"head_dim":128,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":13696,"n_shared_experts":0,"shared_expert_intermediate_size":13696,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-32B":{"model":"Qwen/Qwen1.5-32B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":64,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":27392,"num_ffi":2,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":8,"head_dim":80,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":27392,"n_shared_experts":0,"shared_expert_intermediate_size":27392,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-4B":{"model":"Qwen/Qwen1.5-4B","vocab_size":151936,"max_model_len":32768,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":2560,"intermediate_size":6912,"num_ffi":2,"hidden_act":"silu","num_attention_heads":20,"num_key_value_heads":20,"head_dim":128,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":6912,"n_shared_experts":0,"shared_expert_intermediate_size":6912,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":160,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-72B":{"model":"Qwen/Qwen1.5-72B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":80,"num_encoder_layers":0,"hidden_size":8192,"intermediate_size":24576,"num_ffi":2,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":64,"head_dim":128,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":24576,"n_shared_experts":0,"shared_expert_intermediate_size":24576,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":512,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-7B":{"model":"Qwen/Qwen1.5-7B","vocab_size":151936,"max_model_len":32768,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":11008,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":32,"head_dim":128,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":11008,"n_shared_experts":0,"shared_expert_intermediate_size":11008,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-MoE-A2.7B":{"model":"Qwen/Qwen1.5-MoE-A2.7B","vocab_size":151936,"max_model_len":8192,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":5632,"num_ffi":2,"hidden_act":"silu","num_attention_heads":16,"num_key_value_heads":16,"head_dim":128,"sliding_window":32768,"is_moe":true,"num_experts":60,"expert_top_k":4,"moe_layer_freq":null,"moe_intermediate_size":1408,"n_shared_experts":0,"shared_expert_intermediate_size":5632,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":null},"Qwen/Qwen2-0.5B":{"model":"Qwen/Qwen2-0.5B","vocab_size":151936,"max_model_len":131072,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":896,"intermediate_size":4864,"num_ffi":2,"hidden_act":"silu","num_attention_heads":14,"num_key_value_heads":2,"head_dim":64,"sliding_window":131072,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":4864,"n_shared_experts":0,"shared_expert_intermediate_size":4864,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":56,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen2.5-1.5B":{"model":"Qwen/Qwen2.5-1.5B","vocab_size":151936,"max_model_len":32768,"num_decoder_layers":28,"num_encoder_layers":0,"hidden_size":1536,"intermediate_size":8960,"num_ffi":2,"hidden_act":"silu","num_attention_heads":12,"num_key_value_heads":2,"head_dim":128,"sliding_window":131072,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":8960,"n_shared_experts":0,"shared_expert_intermediate_size":8960,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":96,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen2.5-14B":{"model":"Qwen/Qwen2.5-14B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":48,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":13824,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":8,"head_dim":128,"sliding_window":131072,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":13824,"n_shared_experts":0,"shared_expert_intermediate_size":13824,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen2.5-32B":{"model":"Qwen/Qwen2.5-32B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":64,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":27648,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":8,"head_dim":128,"sliding_window":131072,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":27648,"n_shared_experts":0,"shared_expert_intermediate_size":27648,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen2.5-3B":{"model":"Qwen/Qwen2.5-3B","vocab_size":151936,"max_model_len":32768,"num_decoder_layers":36,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":11008,"num_ffi":2,"hidden_act":"silu","num_attention_heads":16,"num_key_value_heads":2,"head_dim":128,"sliding_window":131072,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":11008,"n_shared_experts":0,"shared_expert_intermediate_size":11008,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen2.5-72B":{"model":"Qwen/Qwen2.5-72B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":80,"num_encoder_layers":0,"hidden_size":8192,"intermediate_size":29568,"num_ffi":2,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":8,"head_dim":128,"sliding_window":131072,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":29568,"n_shared_experts":0,"shared_expert_intermediate_size":29568,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":512,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen2.5-7B":{"model":"Qwen/Qwen2.5-7B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":28,"num_encoder_layers":0,"hidden_size":3584,"intermediate_size":18944,"num_ffi":2,"hidden_act":"silu","num_attention_heads":28,"num_key_value_heads":4,"head_dim":128,"sliding_window":131072,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":18944,"n_shared_experts":0,"shared_expert_intermediate_size":18944,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":224,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen3-14B":{"model":"Qwen/Qwen3-14B","vocab_size":151936,"max_model_len":40960,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":17408,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":17408,"n_shared_experts":0,"shared_expert_intermediate_size":17408,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen3-32B":{"model":"Qwen/Qwen3-32B","vocab_size":151936,"max_model_len":40960,"num_decoder_layers":64,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":25600,"num_ffi":2,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":25600,"n_shared_experts":0,"shared_expert_intermediate_size":25600,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen3-4B":{"model":"Qwen/Qwen3-4B","vocab_size":151936,"max_model_len":40960,"num_decoder_layers":36,"num_encoder_layers":0,"hidden_size":2560,"intermediate_size":9728,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":9728,"n_shared_experts":0,"shared_expert_intermediate_size":9728,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":160,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen3-8B":{"model":"Qwen/Qwen3-8B","vocab_size":151936,"max_model_len":40960,"num_decoder_layers":36,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":12288,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":12288,"n_shared_experts":0,"shared_expert_intermediate_size":12288,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"state-spaces/mamba-130m-hf":{"model":"state-spaces/mamba-130m-hf","vocab_size":50280,"max_model_len":131072,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":768,"intermediate_size":1536,"num_ffi":2,"hidden_act":"silu","num_attention_heads":1,"num_key_value_heads":1,"head_dim":768,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":1536,"n_shared_experts":0,"shared_expert_intermediate_size":1536,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":true,"mamba_d_state":16,"mamba_d_conv":4,"mamba_expand":2,"mamba_dt_rank":48,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["Mamba","Dense"]],"model_quality":null},"state-spaces/mamba-2.8b-hf":{"model":"state-spaces/mamba-2.8b-hf","vocab_size":50280,"max_model_len":131072,"num_decoder_layers":64,"num_encoder_layers":0,"hidden_size":2560,"intermediate_size":5120,"num_ffi":2,"hidden_act":"silu","num_attention_heads":1,"num_key_value_heads":1,"head_dim":2560,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":5120,"n_shared_experts":0,"shared_expert_intermediate_size":5120,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":true,"mamba_d_state":16,"mamba_d_conv":4,"mamba_expand":2,"mamba_dt_rank":160,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["Mamba","Dense"]],"model_quality":null},"THUDM/glm-4-9b-chat":{"model":"THUDM/glm-4-9b-chat","vocab_size":151552,"max_model_len":131072,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":13696,"num_ffi":2,"hidden_act":"gelu","num_attention_heads":32,"num_key_value_heads":2,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":13696,"n_shared_experts":0,"shared_expert_intermediate_size":13696,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"tiiuae/falcon-7b-instruct":{"model":"tiiuae/falcon-7b-instruct","vocab_size":65024,"max_model_len":2048,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4544,"intermediate_size":18176,"num_ffi":1,"hidden_act":"relu","num_attention_heads":71,"num_key_value_heads":71,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":18176,"n_shared_experts":0,"shared_expert_intermediate_size":18176,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":284,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"tiiuae/falcon-mamba-7b":{"model":"tiiuae/falcon-mamba-7b","vocab_size":50280,"max_model_len":131072,"num_decoder_layers":64,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":0,"num_ffi":0,"hidden_act":"silu","num_attention_heads":1,"num_key_value_heads":1,"head_dim":4096,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":0,"n_shared_experts":0,"shared_expert_intermediate_size":0,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":true,"mamba_d_state":16,"mamba_d_conv":4,"mamba_expand":2,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["Mamba","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":62.03,"shots":null,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":80.82,"shots":null,"metric_type":"Accuracy"},{"benchmark":"IFEval","accuracy":33.36,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":8.05,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":52.54,"shots":null,"metric_type":"Accuracy"}]},"xai-org/grok-1":{"model":"xai-org/grok-1","vocab_size":131072,"max_model_len":8192,"num_decoder_layers":64,"num_encoder_layers":0,"hidden_size":6144,"intermediate_size":49152,"num_ffi":1,"hidden_act":"gelu","num_attention_heads":48,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":8,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":49152,"n_shared_experts":0,"shared_expert_intermediate_size":49152,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":384,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":null}},"z2":{"ai21-jamba-1.5-large":"ai21labs/AI21-Jamba-1.5-Large","ai21-jamba-1.5-mini":"ai21labs/AI21-Jamba-1.5-Mini","ai21labs/ai21-jamba-1.5-large":"ai21labs/AI21-Jamba-1.5-Large","ai21labs/ai21-jamba-1.5-mini":"ai21labs/AI21-Jamba-1.5-Mini","ai21labs/jamba-v0.1":"ai21labs/Jamba-v0.1","databricks/dbrx-base":"databricks/dbrx-base","dbrx":"databricks/dbrx-base","dbrx-base":"databricks/dbrx-base","deepseek-ai/deepseek-moe-16b-base":"deepseek-ai/deepseek-moe-16b-base","deepseek-ai/deepseek-v3-base":"deepseek-ai/DeepSeek-V3-Base","deepseek-moe-16b-base":"deepseek-ai/deepseek-moe-16b-base","deepseek-v3-base":"deepseek-ai/DeepSeek-V3-Base","e5-mistral-7b-instruct":"intfloat/e5-mistral-7b-instruct","e5_base":"intfloat/multilingual-e5-base-instruct","e5_large":"intfloat/multilingual-e5-large-instruct","e5_mistral_7b":"mistralai/Mistral-7B","e5_small":"intfloat/multilingual-e5-small-instruct","facebook/opt-1.3b":"facebook/OPT-1.3b","facebook/opt-125m":"facebook/opt-125M","facebook/opt-13b":"facebook/OPT-13B","facebook/opt-175b":"openai/GPT3-175B","facebook/opt-30b":"facebook/opt-30B","facebook/opt-350m":"facebook/OPT-350M","facebook/opt-6.7b":"facebook/opt-6.7b","facebook/opt-66b":"facebook/opt-66B","facebook/opt-7b":"facebook/opt-6.7b","falcon-7b-instruct":"tiiuae/falcon-7b-instruct","falcon-mamba-7b":"tiiuae/falcon-mamba-7b","falcon7b":"tiiuae/falcon-7b-instruct","gemma-2-27b":"google/gemma-2-27B","gemma-2-2b":"google/gemma-2-2B","gemma-2-9b":"google/gemma-2-9B","gemma-2b":"google/gemma-2B","gemma-3-12b":"google/gemma-3-12B","gemma-3-1b":"google/gemma-3-1B","gemma-3-27b":"google/gemma-3-27B","gemma-3-4b":"google/gemma-3-4B","gemma-7b":"google/gemma-7B","gemma2_27b":"google/gemma-2-27B","gemma2_2b":"google/gemma-2-2B","gemma2_9b":"google/gemma-2-9B","gemma_2b":"google/gemma-2B","gemma_7b":"google/gemma-7B","glm-4-9b-chat":"THUDM/glm-4-9b-chat","glm-9b":"THUDM/glm-4-9b-chat","google/gemma-2-27b":"google/gemma-2-27B","google/gemma-2-27b-it":"google/gemma-2-27B","google/gemma-2-2b":"google/gemma-2-2B","google/gemma-2-9b":"google/gemma-2-9B","google/gemma-2b":"google/gemma-2B","google/gemma-2b-it":"google/gemma-2B","google/gemma-3-12b":"google/gemma-3-12B","google/gemma-3-1b":"google/gemma-3-1B","google/gemma-3-27b":"google/gemma-3-27B","google/gemma-3-4b":"google/gemma-3-4B","google/gemma-7b":"google/gemma-7B","google/gemma-7b-it":"google/gemma-7B","google/palm":"google/palm","gpt-2":"openai/gpt2","gpt-3":"openai/GPT3-175B","gpt-3_1b":"facebook/OPT-1.3b","gpt-3_7b":"facebook/opt-6.7b","gpt-4":"openai/GPT-4","gpt2":"openai/gpt2","gpt3-175b":"openai/GPT3-175B","grok-1":"xai-org/grok-1","huggingfaceh4/zephyr-7b-beta":"HuggingFaceH4/zephyr-7b-beta","hypothetical/superllm-10t-moe":"Hypothetical/SuperLLM-10T-MoE","hypothetical/superllm-5t-dense":"Hypothetical/SuperLLM-5T-Dense","intfloat/e5-mistral-7b-instruct":"intfloat/e5-mistral-7b-instruct","intfloat/multilingual-e5-base-instruct":"intfloat/multilingual-e5-base-instruct","intfloat/multilingual-e5-large-instruct":"intfloat/multilingual-e5-large-instruct","intfloat/multilingual-e5-small-instruct":"intfloat/multilingual-e5-small-instruct","jamba-v0.1":"ai21labs/Jamba-v0.1","llama-2-13b":"meta-llama/Llama-2-13B","llama-2-70b":"meta-llama/Llama-2-70B","llama-2-7b":"meta-llama/Llama-2-7B","llama-3.1-405b":"meta-llama/Llama-3.1-405B","llama-3.1-70b":"meta-llama/Llama-3.1-70B","llama-3.1-8b":"meta-llama/Llama-3.1-8B","llama-3.2-1b":"meta-llama/Llama-3.2-1B","llama-3.2-3b":"meta-llama/Llama-3.2-3B","llama-33b":"meta-llama/Llama-33B","llama-4-maverick-17b-128e":"meta-llama/Llama-4-Maverick-17B-128E","llama-4-scout-17b-16e":"meta-llama/Llama-4-Scout-17B-16E","llama2_13b":"meta-llama/Llama-2-13B","llama2_70b":"meta-llama/Llama-2-70B","llama2_7b":"meta-llama/Llama-2-7B","llama3_70b":"meta-llama/Llama-3.1-70B","llama3_8b":"meta-llama/Llama-3.1-8B","llama_33b":"meta-llama/Llama-33B","llama_405b":"meta-llama/Llama-3.1-405B","mamba-130m-hf":"state-spaces/mamba-130m-hf","mamba-2.8b-hf":"state-spaces/mamba-2.8b-hf","meta-llama/llama-2-13b":"meta-llama/Llama-2-13B","meta-llama/llama-2-33b":"meta-llama/Llama-33B","meta-llama/llama-2-70b":"meta-llama/Llama-2-70B","meta-llama/llama-2-7b":"meta-llama/Llama-2-7B","meta-llama/llama-3.1-405b":"meta-llama/Llama-3.1-405B","meta-llama/llama-3.1-70b":"meta-llama/Llama-3.1-70B","meta-llama/llama-3.1-8b":"meta-llama/Llama-3.1-8B","meta-llama/llama-3.2-1b":"meta-llama/Llama-3.2-1B","meta-llama/llama-3.2-3b":"meta-llama/Llama-3.2-3B","meta-llama/llama-33b":"meta-llama/Llama-33B","meta-llama/llama-4-maverick-17b-128e":"meta-llama/Llama-4-Maverick-17B-128E","meta-llama/llama-4-scout-17b-16e":"meta-llama/Llama-4-Scout-17B-16E","meta-llama/meta-llama-3.1-405b":"meta-llama/Llama-3.1-405B","meta-llama/meta-llama-3.1-70b":"meta-llama/Llama-2-70B","meta-llama/meta-llama-3.1-8b":"meta-llama/Llama-3.1-8B","meta-llama/meta-llama-4-128x17b":"meta-llama/Llama-4-Maverick-17B-128E","meta-llama/meta-llama-4-16x17b":"meta-llama/Llama-4-Scout-17B-16E","meta-llama/meta-llama-4-maverick":"meta-llama/Llama-4-Maverick-17B-128E","meta-llama/meta-llama-4-scout":"meta-llama/Llama-4-Scout-17B-16E","meta/llama3_405b":"meta-llama/Llama-3.1-405B","microsoft/phi-3-medium":"microsoft/Phi-3-medium","microsoft/phi-3-mini":"microsoft/Phi-3-mini","microsoft/phi-3-small":"microsoft/Phi-3-small","microsoft/phi-3.5-moe":"microsoft/Phi-3.5-MoE","microsoft/phi3medium":"microsoft/Phi-3-medium","microsoft/phi3mini":"microsoft/Phi-3-mini","microsoft/phi3moe":"microsoft/Phi-3.5-MoE","microsoft/phi3small":"microsoft/Phi-3-small","ministral-8b-instruct-2410":"mistralai/Ministral-8B-Instruct-2410","mistral-7b":"mistralai/Mistral-7B","mistral-large":"mistralai/Mistral-Large","mistral-nemo-12b-instruct":"mistralai/Mistral-NeMo-12B-Instruct","mistral-nemo-minitron-8b-base":"nvidia/Mistral-NeMo-Minitron-8B-Base","mistral-small":"mistralai/Mistral-Small","mistral_7b":"mistralai/Mistral-7B","mistralai/ministral-8b":"mistralai/Ministral-8B-Instruct-2410","mistralai/ministral-8b-instruct-2410":"mistralai/Ministral-8B-Instruct-2410","mistralai/mistral-7b":"mistralai/Mistral-7B","mistralai/mistral-large":"mistralai/Mistral-Large","mistralai/mistral-nemo-12b-instruct":"mistralai/Mistral-NeMo-12B-Instruct","mistralai/mistral-small":"mistralai/Mistral-Small","mistralai/mixtral-8x22b":"mistralai/Mixtral-8x22B","mistralai/mixtral-8x7b":"mistralai/Mixtral-8x7B","mixtral-8x22b":"mistralai/Mixtral-8x22B","mixtral-8x7b":"mistralai/Mixtral-8x7B","mixtral_8x7b":"mistralai/Mixtral-8x7B","multilingual-e5-base-instruct":"intfloat/multilingual-e5-base-instruct","multilingual-e5-large-instruct":"intfloat/multilingual-e5-large-instruct","multilingual-e5-small-instruct":"intfloat/multilingual-e5-small-instruct","nemotron-4-15b":"nvidia/Nemotron-4-15B","nemotron-4-340b-instruct":"nvidia/Nemotron-4-340B-Instruct","nvidia/mamba2-8b-3t-4k":"state-spaces/mamba-2.8b-hf","nvidia/mistral-nemo-minitron-8b-base":"nvidia/Mistral-NeMo-Minitron-8B-Base","nvidia/nemotron-4-15b":"nvidia/Nemotron-4-15B","nvidia/nemotron-4-340b":"nvidia/Nemotron-4-340B-Instruct","nvidia/nemotron-4-340b-instruct":"nvidia/Nemotron-4-340B-Instruct","openai/gpt-3":"openai/GPT3-175B","openai/gpt-4":"openai/GPT-4","openai/gpt2":"openai/gpt2","openai/gpt3-175b":"openai/GPT3-175B","opt-1.3b":"facebook/OPT-1.3b","opt-125m":"facebook/opt-125M","opt-13b":"facebook/OPT-13B","opt-30b":"facebook/opt-30B","opt-350m":"facebook/OPT-350M","opt-6.7b":"facebook/opt-6.7b","opt-66b":"facebook/opt-66B","opt_125m":"facebook/opt-125M","opt_13b":"facebook/OPT-13B","opt_175b":"openai/GPT3-175B","opt_1b":"facebook/OPT-1.3b","opt_30b":"facebook/opt-30B","opt_350m":"facebook/OPT-350M","opt_7b":"facebook/opt-6.7b","palm":"google/palm","phi-3-medium":"microsoft/Phi-3-medium","phi-3-mini":"microsoft/Phi-3-mini","phi-3-small":"microsoft/Phi-3-small","phi-3.5-moe":"microsoft/Phi-3.5-MoE","phi3medium":"microsoft/Phi-3-medium","phi3mini":"microsoft/Phi-3-mini","phi3small":"microsoft/Phi-3-small","qwen-14b":"Qwen/Qwen-14B","qwen-1_8b":"Qwen/Qwen-1_8B","qwen-72b":"Qwen/Qwen-72B","qwen-7b":"Qwen/Qwen-7B","qwen/qwen-14b":"Qwen/Qwen-14B","qwen/qwen-1_8b":"Qwen/Qwen-1_8B","qwen/qwen-72b":"Qwen/Qwen-72B","qwen/qwen-7b":"Qwen/Qwen-7B","qwen/qwen1.5-0.5b":"Qwen/Qwen1.5-0.5B","qwen/qwen1.5-1.8b":"Qwen/Qwen1.5-1.8B","qwen/qwen1.5-110b":"Qwen/Qwen1.5-110B","qwen/qwen1.5-14b":"Qwen/Qwen1.5-14B","qwen/qwen1.5-32b":"Qwen/Qwen1.5-32B","qwen/qwen1.5-4b":"Qwen/Qwen1.5-4B","qwen/qwen1.5-72b":"Qwen/Qwen1.5-72B","qwen/qwen1.5-7b":"Qwen/Qwen1.5-7B","qwen/qwen1.5-moe-a2.7b":"Qwen/Qwen1.5-MoE-A2.7B","qwen/qwen2-0.5b":"Qwen/Qwen2-0.5B","qwen/qwen2.5-1.5b":"Qwen/Qwen2.5-1.5B","qwen/qwen2.5-14b":"Qwen/Qwen2.5-14B","qwen/qwen2.5-32b":"Qwen/Qwen2.5-32B","qwen/qwen2.5-3b":"Qwen/Qwen2.5-3B","qwen/qwen2.5-72b":"Qwen/Qwen2.5-72B","qwen/qwen2.5-7b":"Qwen/Qwen2.5-7B","qwen/qwen3-14b":"Qwen/Qwen3-14B","qwen/qwen3-32b":"Qwen/Qwen3-32B","qwen/qwen3-4b":"Qwen/Qwen3-4B","qwen/qwen3-8b":"Qwen/Qwen3-8B","qwen1.5-0.5b":"Qwen/Qwen1.5-0.5B","qwen1.5-1.8b":"Qwen/Qwen1.5-1.8B","qwen1.5-110b":"Qwen/Qwen1.5-110B","qwen1.5-14b":"Qwen/Qwen1.5-14B","qwen1.5-32b":"Qwen/Qwen1.5-32B","qwen1.5-4b":"Qwen/Qwen1.5-4B","qwen1.5-72b":"Qwen/Qwen1.5-72B","qwen1.5-7b":"Qwen/Qwen1.5-7B","qwen1.5-moe-a2.7b":"Qwen/Qwen1.5-MoE-A2.7B","qwen2-0.5b":"Qwen/Qwen2-0.5B","qwen2.5-1.5b":"Qwen/Qwen2.5-1.5B","qwen2.5-14b":"Qwen/Qwen2.5-14B","qwen2.5-32b":"Qwen/Qwen2.5-32B","qwen2.5-3b":"Qwen/Qwen2.5-3B","qwen2.5-72b":"Qwen/Qwen2.5-72B","qwen2.5-7b":"Qwen/Qwen2.5-7B","qwen3-14b":"Qwen/Qwen3-14B","qwen3-32b":"Qwen/Qwen3-32B","qwen3-4b":"Qwen/Qwen3-4B","qwen3-8b":"Qwen/Qwen3-8B","state-spaces/mamba-130m-hf":"state-spaces/mamba-130m-hf","state-spaces/mamba-2.8b-hf":"state-spaces/mamba-2.8b-hf","super_llm":"Hypothetical/SuperLLM-10T-MoE","superllm-10t-moe":"Hypothetical/SuperLLM-10T-MoE","superllm-5t-dense":"Hypothetical/SuperLLM-5T-Dense","thudm/glm-4-9b-chat":"THUDM/glm-4-9b-chat","tiiuae/falcon-7b-instruct":"tiiuae/falcon-7b-instruct","tiiuae/falcon-mamba-7b":"tiiuae/falcon-mamba-7b","xai-org/grok-1":"xai-org/grok-1","zephyr-7b-beta":"HuggingFaceH4/zephyr-7b-beta"}}');
;// CONCATENATED MODULE: ./src/core/model.ts


/** ModelConfig keys that influence numbers (others are informational). */
const MODEL_SPEC_KEYS = (/* unused pure expression or super */ null && ([
    'model', 'vocab_size', 'hidden_size', 'intermediate_size', 'num_ffi', 'num_decoder_layers',
    'num_attention_heads', 'num_key_value_heads', 'head_dim', 'num_experts', 'expert_top_k',
    'moe_intermediate_size', 'n_shared_experts', 'shared_expert_intermediate_size', 'ffn_implementation',
    'mamba_d_state', 'mamba_d_conv', 'mamba_expand', 'mamba_dt_rank', 'mamba_layer_period',
    'expert_layer_period', 'expert_layer_offset', 'attn_layer_period', 'attn_layer_offset',
]));
function gcd(a, b) {
    while (b !== 0)
        [a, b] = [b, a % b];
    return a;
}
const lcm = (a, b) => (a / gcd(a, b)) * b;
function model_int(spec, key, fallback, name, min = 0) {
    const v = spec[key];
    if (v === undefined || v === null)
        return fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
        throw new GenzError('invalid_model', 'TypeError', `model '${name}': '${key}' must be an integer >= ${min}, got ${JSON.stringify(v)}`, { field: key });
    }
    return v;
}
/** GenZ's `ModelConfig.__init__` defaults and derivations (spec §4.1). */
function buildModel(spec) {
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
        throw new GenzError('invalid_model', 'TypeError', `model must be a catalog name or an object of ModelConfig fields, got ${JSON.stringify(spec)}`);
    }
    const name = typeof spec.model === 'string' ? spec.model : 'dummy';
    const hiddenSize = model_int(spec, 'hidden_size', 4096, name, 1);
    const numHeads = model_int(spec, 'num_attention_heads', 32, name, 1);
    const intermediateSize = model_int(spec, 'intermediate_size', 11008, name);
    const numExperts = model_int(spec, 'num_experts', 1, name, 1);
    const dState = spec.mamba_d_state;
    const isMamba = dState !== undefined && dState !== null;
    const isMoe = numExperts > 1;
    const mambaLayerPeriod = model_int(spec, 'mamba_layer_period', 1, name, 1);
    const expertLayerPeriod = model_int(spec, 'expert_layer_period', 1, name, 1);
    const expertLayerOffset = model_int(spec, 'expert_layer_offset', 0, name);
    const attnLayerPeriod = model_int(spec, 'attn_layer_period', 1, name, 1);
    const numLayers = model_int(spec, 'num_decoder_layers', 32, name, 1);
    let uniqueLayers = 1;
    if (isMamba && isMoe)
        uniqueLayers = lcm(lcm(mambaLayerPeriod, expertLayerPeriod), attnLayerPeriod);
    else if (isMamba)
        uniqueLayers = mambaLayerPeriod;
    else if (isMoe)
        uniqueLayers = expertLayerPeriod;
    if (numLayers % uniqueLayers !== 0) {
        throw new GenzError('invalid_model', 'AssertionError', `model '${name}': num_decoder_layers ${numLayers} is not a multiple of the ${uniqueLayers} unique layer types`, { field: 'num_decoder_layers' });
    }
    const layerTypes = [];
    for (let i = 0; i < uniqueLayers; i++) {
        const mixer = isMamba && i % mambaLayerPeriod === 0 ? 'Mamba' : 'MHA-global';
        const ffn = isMoe && i % expertLayerPeriod === expertLayerOffset ? 'MoE' : 'Dense';
        layerTypes.push(Object.freeze([mixer, ffn]));
    }
    const dtRank = spec.mamba_dt_rank;
    const ffnImplementation = spec.ffn_implementation ?? 'default';
    if (typeof ffnImplementation !== 'string') {
        throw new GenzError('invalid_model', 'TypeError', `model '${name}': 'ffn_implementation' must be a string`, { field: 'ffn_implementation' });
    }
    return Object.freeze({
        name,
        vocabSize: model_int(spec, 'vocab_size', 32000, name),
        hiddenSize,
        intermediateSize,
        numFfi: model_int(spec, 'num_ffi', 1, name),
        numLayers,
        numHeads,
        numKvHeads: model_int(spec, 'num_key_value_heads', numHeads, name, 1),
        headDim: model_int(spec, 'head_dim', Math.floor(hiddenSize / numHeads), name, 1),
        numExperts,
        expertTopK: model_int(spec, 'expert_top_k', 1, name, 1),
        moeIntermediateSize: model_int(spec, 'moe_intermediate_size', intermediateSize, name),
        nSharedExperts: model_int(spec, 'n_shared_experts', 0, name),
        sharedExpertIntermediateSize: model_int(spec, 'shared_expert_intermediate_size', intermediateSize, name),
        ffnImplementation,
        isMoe,
        isMamba,
        mambaDState: isMamba ? model_int(spec, 'mamba_d_state', 0, name) : 0,
        mambaDConv: model_int(spec, 'mamba_d_conv', 0, name),
        mambaExpand: model_int(spec, 'mamba_expand', 1, name),
        mambaDtRank: dtRank === undefined || dtRank === null || dtRank === 'auto' ? Math.ceil(hiddenSize / 16) : model_int(spec, 'mamba_dt_rank', 0, name),
        uniqueLayers,
        layerTypes: Object.freeze(layerTypes),
    });
}
const MODELS = models_namespaceObject.Jn;
const ALIASES = models_namespaceObject.z2;
/** Catalog models resolved once; they are frozen, so sharing them is safe. */
const RESOLVED = new Map(Object.entries(MODELS).map(([canonical, entry]) => [canonical, buildModel(entry)]));
/** Canonical catalog names, in catalog order. */
const MODEL_NAMES = Object.freeze(Object.keys(MODELS));
/** Every lookup key (lower-cased) a user may type, aliases included. */
const MODEL_ALIASES = Object.freeze(Object.keys(ALIASES));
/** The canonical catalog name for a user's model name (case-insensitive, aliases), or undefined. */
function canonicalModelName(name) {
    return ALIASES[name.toLowerCase()];
}
/** The raw catalog entry (GenZ's resolved fields, including informational ones), or undefined. */
function catalogModelSpec(name) {
    const canonical = canonicalModelName(name);
    return canonical === undefined ? undefined : MODELS[canonical];
}
/** GenZ's `get_configs` (spec §4.2): a config passes through; a name is looked up case-insensitively. */
function resolveModel(ref) {
    if (typeof ref === 'string') {
        const canonical = canonicalModelName(ref);
        if (canonical === undefined) {
            throw new GenzError('unknown_model', 'ValueError', `unknown model '${ref}': not in the catalog of ${MODEL_NAMES.length} models`, { name: ref });
        }
        return RESOLVED.get(canonical);
    }
    return buildModel(ref);
}

;// CONCATENATED MODULE: ./data/systems.json
const systems_namespaceObject = /*#__PURE__*/JSON.parse('{"Fz":{"int8":{"compute_multiplier":0.5,"bytes_per_element":1},"bf16":{"compute_multiplier":1,"bytes_per_element":2},"f32":{"compute_multiplier":2,"bytes_per_element":4},"int4":{"compute_multiplier":0.25,"bytes_per_element":0.5},"int2":{"compute_multiplier":0.125,"bytes_per_element":0.25},"fp8":{"compute_multiplier":0.5,"bytes_per_element":1},"fp6":{"compute_multiplier":0.5,"bytes_per_element":0.75},"fp4":{"compute_multiplier":0.25,"bytes_per_element":0.5}},"v4":{"A100_40GB_GPU":{"preset":{"Flops":312,"Memory_size":40,"Memory_BW":1600,"ICN":150,"real_values":true},"system_args":{"flops_tflops":312,"offchip_mem_bw_GBps":1600,"off_chip_mem_size_MB":40960,"interchip_link_bw_GBps":150,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":312000000000000,"op_per_sec":156000000000000,"offchip_mem_bw_Bps":1717986918400,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":42949672960,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":161061273600,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000}},"A100_80GB_GPU":{"preset":{"Flops":312,"Memory_size":80,"Memory_BW":2039,"ICN":150,"real_values":true},"system_args":{"flops_tflops":312,"offchip_mem_bw_GBps":2039,"off_chip_mem_size_MB":81920,"interchip_link_bw_GBps":150,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":312000000000000,"op_per_sec":156000000000000,"offchip_mem_bw_Bps":2189359579136,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":85899345920,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":161061273600,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000}},"H100_GPU":{"preset":{"Flops":989,"Memory_size":80,"Memory_BW":3400,"ICN":450,"real_values":true},"system_args":{"flops_tflops":989,"offchip_mem_bw_GBps":3400,"off_chip_mem_size_MB":81920,"interchip_link_bw_GBps":450,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":989000000000000,"op_per_sec":494500000000000,"offchip_mem_bw_Bps":3650722201600,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":85899345920,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":483183820800,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000}},"GH200_GPU":{"preset":{"Flops":1979,"Memory_size":144,"Memory_BW":4900,"ICN":450,"real_values":true},"system_args":{"flops_tflops":1979,"offchip_mem_bw_GBps":4900,"off_chip_mem_size_MB":147456,"interchip_link_bw_GBps":450,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":1979000000000000,"op_per_sec":989500000000000,"offchip_mem_bw_Bps":5261334937600,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":154618822656,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":483183820800,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000}},"B100":{"preset":{"Flops":3500,"Memory_size":192,"Memory_BW":8000,"ICN":900,"ICN_LL":0.25,"real_values":true},"system_args":{"flops_tflops":3500,"offchip_mem_bw_GBps":8000,"off_chip_mem_size_MB":196608,"interchip_link_bw_GBps":900,"interchip_link_latency_us":0.25,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":3500000000000000,"op_per_sec":1750000000000000,"offchip_mem_bw_Bps":8589934592000,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":206158430208,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":966367641600,"interchip_link_latency_s":2.5e-7,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000}},"GB200":{"preset":{"Flops":4500,"Memory_size":192,"Memory_BW":8000,"ICN":900,"ICN_LL":0.25,"real_values":true},"system_args":{"flops_tflops":4500,"offchip_mem_bw_GBps":8000,"off_chip_mem_size_MB":196608,"interchip_link_bw_GBps":900,"interchip_link_latency_us":0.25,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":4500000000000000,"op_per_sec":2250000000000000,"offchip_mem_bw_Bps":8589934592000,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":206158430208,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":966367641600,"interchip_link_latency_s":2.5e-7,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000}},"TPUv6":{"preset":{"Flops":926,"Memory_size":32,"Memory_BW":1640,"ICN":100,"real_values":true},"system_args":{"flops_tflops":926,"offchip_mem_bw_GBps":1640,"off_chip_mem_size_MB":32768,"interchip_link_bw_GBps":100,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":926000000000000,"op_per_sec":463000000000000,"offchip_mem_bw_Bps":1760936591360,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":34359738368,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":107374182400,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000}},"TPUv5e":{"preset":{"Flops":197,"Memory_size":16,"Memory_BW":820,"ICN":50,"real_values":true},"system_args":{"flops_tflops":197,"offchip_mem_bw_GBps":820,"off_chip_mem_size_MB":16384,"interchip_link_bw_GBps":50,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":197000000000000,"op_per_sec":98500000000000,"offchip_mem_bw_Bps":880468295680,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":17179869184,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":53687091200,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000}},"TPUv5p":{"preset":{"Flops":459,"Memory_size":95,"Memory_BW":2765,"ICN":450,"real_values":true},"system_args":{"flops_tflops":459,"offchip_mem_bw_GBps":2765,"off_chip_mem_size_MB":97280,"interchip_link_bw_GBps":450,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":459000000000000,"op_per_sec":229500000000000,"offchip_mem_bw_Bps":2968896143360,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":102005473280,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":483183820800,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000}},"TPUv4":{"preset":{"Flops":275,"Memory_size":32,"Memory_BW":1228,"ICN":24,"real_values":true},"system_args":{"flops_tflops":275,"offchip_mem_bw_GBps":1228,"off_chip_mem_size_MB":32768,"interchip_link_bw_GBps":24,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":275000000000000,"op_per_sec":137500000000000,"offchip_mem_bw_Bps":1318554959872,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":34359738368,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":25769803776,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000}},"MI300X":{"preset":{"Flops":1307,"Memory_size":192,"Memory_BW":5300,"ICN":400,"real_values":true},"system_args":{"flops_tflops":1307,"offchip_mem_bw_GBps":5300,"off_chip_mem_size_MB":196608,"interchip_link_bw_GBps":400,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":1307000000000000,"op_per_sec":653500000000000,"offchip_mem_bw_Bps":5690831667200,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":206158430208,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":429496729600,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000}},"MI325X":{"preset":{"Flops":1307,"Memory_size":256,"Memory_BW":6000,"ICN":400,"real_values":true},"system_args":{"flops_tflops":1307,"offchip_mem_bw_GBps":6000,"off_chip_mem_size_MB":262144,"interchip_link_bw_GBps":400,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":1307000000000000,"op_per_sec":653500000000000,"offchip_mem_bw_Bps":6442450944000,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":274877906944,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":429496729600,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000}},"Gaudi3":{"preset":{"Flops":1835,"Memory_size":128,"Memory_BW":3675,"ICN":300,"real_values":true},"system_args":{"flops_tflops":1835,"offchip_mem_bw_GBps":3675,"off_chip_mem_size_MB":131072,"interchip_link_bw_GBps":300,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":1835000000000000,"op_per_sec":917500000000000,"offchip_mem_bw_Bps":3946001203200,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":137438953472,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":322122547200,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000}}},"KX":{"flops_tflops":123,"mxu_shape":null,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"offchip_mem_bw_GBps":900,"off_chip_mem_size_MB":null,"external_mem_bw_GBps":0,"frequency_MHz":940,"bits":"bf16","compute_efficiency":1,"memory_efficiency":1,"comm_efficiency":1,"interchip_link_bw_GBps":25,"num_nodes":1,"interchip_link_latency_us":1.9,"compute_engine":"GenZ","collective_strategy":"GenZ","topology":"FullyConnected","parallelism_hierarchy":"TP{1}_EP{1}_PP{1}","network_config":null,"gear_params":null,"system_name":null}}');
;// CONCATENATED MODULE: ./src/core/precision.ts


/** Precisions GenZ knows (spec §2). One precision applies to weights, activations, KV and collectives. */
const PRECISIONS = ['bf16', 'f32', 'fp8', 'int8', 'fp6', 'fp4', 'int4', 'int2'];
const TABLE = Object.freeze(Object.fromEntries(Object.entries(systems_namespaceObject.Fz).map(([bits, p]) => [
    bits,
    Object.freeze({ computeMultiplier: p.compute_multiplier, bytesPerElement: p.bytes_per_element }),
])));
function isPrecision(bits) {
    return typeof bits === 'string' && Object.prototype.hasOwnProperty.call(TABLE, bits);
}
/** Looks a precision up; any other string is GenZ's KeyError, reported with the valid names. */
function precisionInfo(bits) {
    if (!isPrecision(bits)) {
        throw new GenzError('unsupported_bits', 'KeyError', `unsupported precision '${String(bits)}': valid precisions are ${PRECISIONS.join(', ')}`, { bits });
    }
    return TABLE[bits];
}

;// CONCATENATED MODULE: ./src/core/system.ts



const GB = 1024 * 1024 * 1024; // GenZ's "GB" is 2^30 bytes (spec §1)
const system_MB = 1024 * 1024;
/** Every key `System(...)` accepts that this port models or tolerates (informational ones are ignored). */
const SYSTEM_SPEC_KEYS = [
    'flops', 'onchip_mem_bw', 'on_chip_mem_size', 'offchip_mem_bw', 'off_chip_mem_size', 'external_mem_bw',
    'frequency', 'bits', 'compute_efficiency', 'memory_efficiency', 'comm_efficiency', 'interchip_link_bw',
    'interchip_link_latency', 'num_nodes', 'topology', 'compute_engine', 'collective_strategy', 'system_name',
    'mxu_shape', 'parallelism_hierarchy', 'network_config',
];
const DEFAULTS = systems_namespaceObject.KX;
const PRESET_NAMES = Object.freeze(Object.keys(systems_namespaceObject.v4));
function num(spec, key, fallback, where) {
    const v = spec[key];
    if (v === undefined)
        return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        throw new GenzError('invalid_system', 'TypeError', `${where}: '${key}' must be a non-negative number, got ${JSON.stringify(v)}`, { field: key });
    }
    return v;
}
/**
 * Builds a System from `System(...)` keyword arguments exactly as GenZ converts units (spec §1, §3.1).
 * `bits` and the efficiencies are taken from the spec; entry points override them (spec §3.2 case 3).
 */
function buildSystem(spec, name = 'custom system') {
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
        throw new GenzError('invalid_system_type', 'TypeError', `system must be a preset name or an object of System arguments, got ${JSON.stringify(spec)}`);
    }
    for (const key of Object.keys(spec)) {
        if (!SYSTEM_SPEC_KEYS.includes(key)) {
            throw new GenzError('invalid_system', 'TypeError', `${name}: unknown System argument '${key}' (known: ${SYSTEM_SPEC_KEYS.join(', ')})`, { field: key });
        }
    }
    const engine = spec.compute_engine ?? 'GenZ';
    if (typeof engine !== 'string' || engine.toLowerCase() !== 'genz') {
        throw new GenzError('unsupported_setting', 'ValueError', `${name}: compute_engine '${String(engine)}' needs an external simulator; only 'GenZ' is supported`, { field: 'compute_engine' });
    }
    const strategy = spec.collective_strategy ?? 'GenZ';
    if (strategy !== 'GenZ') {
        throw new GenzError('unsupported_setting', 'ValueError', `${name}: collective_strategy '${String(strategy)}' needs an external simulator; only 'GenZ' is supported`, { field: 'collective_strategy' });
    }
    const flops = num(spec, 'flops', DEFAULTS.flops_tflops, name);
    const flopsRaw = flops * 1e12;
    const offSize = spec.off_chip_mem_size;
    let offChipMemBytes = Infinity;
    if (offSize !== undefined && offSize !== null)
        offChipMemBytes = num(spec, 'off_chip_mem_size', 0, name) * system_MB;
    const bits = spec.bits ?? DEFAULTS.bits;
    // Unknown precisions are GenZ's KeyError at the first operator; checking here reports it up front.
    const p = precisionInfo(bits);
    return Object.freeze({
        name: spec.system_name ?? name,
        flopsRaw,
        opPerSec: flopsRaw / 2,
        offchipBw: num(spec, 'offchip_mem_bw', DEFAULTS.offchip_mem_bw_GBps, name) * GB,
        onchipBw: num(spec, 'onchip_mem_bw', DEFAULTS.onchip_mem_bw_GBps, name) * GB,
        offChipMemBytes,
        externalMemBw: num(spec, 'external_mem_bw', DEFAULTS.external_mem_bw_GBps, name) * GB,
        frequencyHz: num(spec, 'frequency', DEFAULTS.frequency_MHz, name) * 1e6,
        bits,
        computeMultiplier: p.computeMultiplier,
        bytesPerElement: p.bytesPerElement,
        computeEfficiency: num(spec, 'compute_efficiency', DEFAULTS.compute_efficiency, name),
        memoryEfficiency: num(spec, 'memory_efficiency', DEFAULTS.memory_efficiency, name),
        commEfficiency: num(spec, 'comm_efficiency', DEFAULTS.comm_efficiency, name),
        icnBw: num(spec, 'interchip_link_bw', DEFAULTS.interchip_link_bw_GBps, name) * GB,
        icnLatency: num(spec, 'interchip_link_latency', DEFAULTS.interchip_link_latency_us, name) * 1e-6,
    });
}
/** The System arguments GenZ's `get_inference_system` builds for a preset (spec §3.2 case 2). */
function presetSpec(name) {
    if (!Object.prototype.hasOwnProperty.call(systems_namespaceObject.v4, name))
        return undefined;
    const a = systems_namespaceObject.v4[name].system_args;
    return {
        flops: a.flops_tflops,
        offchip_mem_bw: a.offchip_mem_bw_GBps,
        off_chip_mem_size: a.off_chip_mem_size_MB,
        interchip_link_bw: a.interchip_link_bw_GBps,
        interchip_link_latency: a.interchip_link_latency_us,
        external_mem_bw: a.external_mem_bw_GBps,
        onchip_mem_bw: a.onchip_mem_bw_GBps,
        frequency: a.frequency_MHz,
        comm_efficiency: 1,
        system_name: name,
    };
}
/**
 * GenZ's `get_inference_system` (spec §3.2): resolve, then impose the call's `bits` and `system_eff` on
 * both efficiencies. Returns a fresh immutable System: GenZ mutates a passed System, we compute as if it
 * had been freshly built, which is what the reference cases record.
 */
function resolveSystem(ref, bits, systemEff) {
    let spec;
    let name;
    if (typeof ref === 'string') {
        const preset = presetSpec(ref);
        if (!preset) {
            throw new GenzError('unknown_system', 'ValueError', `unknown hardware '${ref}': not a preset (presets: ${PRESET_NAMES.join(', ')})`, { name: ref });
        }
        spec = preset;
        name = ref;
    }
    else if (ref !== null && typeof ref === 'object' && !Array.isArray(ref)) {
        spec = ref;
        name = typeof ref.system_name === 'string' ? ref.system_name : 'custom system';
    }
    else {
        throw new GenzError('invalid_system_type', 'TypeError', `hardware must be a preset name or an object of System arguments, got ${JSON.stringify(ref)}`);
    }
    if (typeof systemEff !== 'number' || !(systemEff > 0)) {
        throw new GenzError('invalid_input', 'ValueError', `system efficiency must be a number > 0, got ${JSON.stringify(systemEff)}`, { field: 'system_eff' });
    }
    return buildSystem({ ...spec, bits, compute_efficiency: systemEff, memory_efficiency: systemEff }, name);
}
/** A copy of `system` whose off-chip bandwidth is replaced (offload, spec §10.2). */
function withOffchipBw(system, offchipBw) {
    return Object.freeze({ ...system, offchipBw });
}

;// CONCATENATED MODULE: ./src/core/inference.ts
/**
 * GenZ's entry points (spec §10): prefill, decode, chunked prefill and speculative decoding, with the
 * memory fit check and offload. Each returns totals; the per-operator table is built lazily.
 */






const inference_MB = 1024 * 1024;
const inference_GB = 1024 * 1024 * 1024;
/** Offload link bandwidth when the system names none, in GenZ "GB/s" (spec §10.2). */
const OFFLOAD_BW_GBPS = 128;
function checkDegree(value, name) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
        // GenZ fails on a zero degree deep inside (ZeroDivisionError, or a bogus does-not-fit); we say why up front.
        const kind = value === 0 && (name === 'tensor_parallel' || name === 'pipeline_parallel') ? `zero_${name}` : 'invalid_parallelism';
        throw new GenzError(kind, 'ValueError', `${name} must be an integer >= 1, got ${JSON.stringify(value)}`, { field: name });
    }
    return value;
}
function checkCount(value, name) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        throw new GenzError('invalid_input', 'ValueError', `${name} must be an integer >= 0, got ${JSON.stringify(value)}`, { field: name });
    }
    return value;
}
function resolveCommon(args) {
    const par = {
        tp: checkDegree(args.tensor_parallel ?? 1, 'tensor_parallel'),
        pp: checkDegree(args.pipeline_parallel ?? 1, 'pipeline_parallel'),
        ep: checkDegree(args.expert_parallel ?? 1, 'expert_parallel'),
    };
    const model = resolveModel(args.model);
    const system = resolveSystem(args.system_name ?? 'A100_40GB_GPU', args.bits ?? 'bf16', args.system_eff ?? 1);
    return { model, system, par, offload: args.model_offload ?? false };
}
/** Micro-batch of one pipeline pass (spec §10.1 step 1). */
function microBatch(batch, pp) {
    return pp > 1 ? Math.max(Math.floor(batch / pp), 1) : batch;
}
function perChipMb(system) {
    return system.offChipMemBytes / inference_MB;
}
function doesNotFit(kind, system, mem, requiredMb) {
    const cap = perChipMb(system);
    return new GenzError(kind, 'ValueError', `All params would not fit on chip. System Memory Cap:${pyFloat(cap / 1024)} GB , Weights : ${pyFloat(mem.weightsMb / 1024)} GB, KV Cache:${pyFloat(mem.kvCacheMb / 1024)}. \n System:${system.name}`, { deviceMemoryMb: cap, requiredMb, weightsMb: mem.weightsMb, kvCacheMb: mem.kvCacheMb });
}
/**
 * Offload (spec §10.2): the memory time becomes the slower of streaming the resident part from HBM and
 * the rest over the offload link; only off-chip bandwidth changes, for every operator.
 */
function offloadSystem(system, requiredMbPerChip) {
    const req = requiredMbPerChip / 1024;
    const dev = perChipMb(system) / 1024;
    const off = req - dev;
    const obw = system.externalMemBw === 0 ? OFFLOAD_BW_GBPS : system.externalMemBw / inference_GB;
    const hbm = system.offchipBw / inference_GB;
    if (!(off > 0))
        return system;
    const bw = req / Math.max(Math.min(req, dev) / hbm, off / obw);
    return withOffchipBw(system, bw * inference_GB);
}
/** Characteristics pass and fit check (spec §10.1 steps 4–5); returns the system for the timing pass. */
function fitOrOffload(rows, ctx, pp, offload) {
    const mem = memoryTotals(rows, ctx);
    const total = mem.weightsMb + mem.kvCacheMb;
    const requiredMb = total / pp;
    if (perChipMb(ctx.system) < requiredMb) {
        if (!offload)
            throw doesNotFit('does_not_fit', ctx.system, mem, requiredMb);
        return { system: offloadSystem(ctx.system, requiredMb), isOffload: true, mem, requiredMb };
    }
    return { system: ctx.system, isOffload: false, mem, requiredMb };
}
function makeResult(rows, ctx, r, throughputTokens, isOffload, requiredMb) {
    const { summary, breakdown } = summarize(rows, ctx);
    const latencyMs = summary['Latency (msec)'];
    let table;
    return {
        latencyMs,
        throughput: (1000 * throughputTokens) / latencyMs,
        breakdown,
        isOffload,
        summary,
        memoryRequiredMb: requiredMb,
        deviceMemoryMb: perChipMb(r.system),
        model: r.model,
        system: ctx.system,
        operators: () => (table ??= operatorTable(rows, ctx)),
    };
}
/** `prefill_moddeling` (spec §10.3): one pass over a micro-batch; throughput counts one token per sequence. */
function prefill(args) {
    const r = resolveCommon(args);
    const batch = checkCount(args.batch_size ?? 1, 'batch_size');
    const L = checkCount(args.input_tokens ?? 4096, 'input_tokens');
    const ub = microBatch(batch, r.par.pp);
    const rows = buildPrefillRows(r.model, r.par, L);
    const sizing = { system: r.system, batch: ub, beamMerge: false, beamSize: 1 };
    const fit = fitOrOffload(rows, sizing, r.par.pp, r.offload);
    return makeResult(rows, { ...sizing, system: fit.system }, r, batch, fit.isOffload, fit.requiredMb);
}
/** `decode_moddeling` (spec §10.4): one decode step at prompt KV L and per-beam generated KV T. */
function decode(args) {
    const r = resolveCommon(args);
    const batch = checkCount(args.batch_size ?? 1, 'batch_size');
    const L = checkCount(args.input_tokens ?? 4096, 'input_tokens');
    const T = checkCount(args.output_tokens ?? 0, 'output_tokens');
    const Bb = checkDegree(args.Bb ?? 4, 'Bb');
    const ub = microBatch(batch, r.par.pp);
    const rows = buildDecodeRows(r.model, r.par, L, T);
    const sizing = { system: r.system, batch: ub * Bb, beamMerge: Bb > 1, beamSize: Bb };
    const fit = fitOrOffload(rows, sizing, r.par.pp, r.offload);
    return makeResult(rows, { ...sizing, system: fit.system }, r, batch, fit.isOffload, fit.requiredMb);
}
function checkChunk(prefillKv, decodeKv) {
    if (!Array.isArray(prefillKv))
        throw new GenzError('invalid_input', 'TypeError', 'prefill_kv_sizes must be a list of [past_tokens, new_tokens] pairs', { field: 'prefill_kv_sizes' });
    prefillKv.forEach((e, i) => {
        if (!Array.isArray(e) || e.length !== 2)
            throw new GenzError('invalid_input', 'TypeError', `prefill_kv_sizes[${i}] must be a [past_tokens, new_tokens] pair`, { field: 'prefill_kv_sizes' });
        e.forEach((v, j) => checkCount(v, `prefill_kv_sizes[${i}][${j}]`));
    });
    if (!Array.isArray(decodeKv))
        throw new GenzError('invalid_input', 'TypeError', 'decode_kv_sizes must be a list', { field: 'decode_kv_sizes' });
    decodeKv.forEach((e, i) => {
        if (typeof e === 'number')
            checkCount(e, `decode_kv_sizes[${i}]`);
        else if (Array.isArray(e) && (e.length === 2 || e.length === 4))
            e.forEach((v, j) => checkCount(v, `decode_kv_sizes[${i}][${j}]`));
        else
            throw new GenzError('invalid_input', 'TypeError', `decode_kv_sizes[${i}] must be a context length, [batches, context] or [prefill_beams, decode_beams, prefill_context, decode_context]`, { field: 'decode_kv_sizes' });
    });
}
/** `chunked_moddeling` (spec §10.5): one iteration over a mixed chunk, batch 1. */
function chunked(args) {
    const r = resolveCommon(args);
    const prefillKv = args.prefill_kv_sizes ?? [[1024, 511]];
    const decodeKv = args.decode_kv_sizes ?? [1600, 1601, 1602];
    checkChunk(prefillKv, decodeKv);
    const rows = buildChunkedRows(r.model, r.par, prefillKv, decodeKv);
    // The characteristics pass runs with beam merge on at size 1 and the timing pass with it off: no effect.
    const ctx = { system: r.system, batch: 1, beamMerge: false, beamSize: 1 };
    const fit = fitOrOffload(rows, ctx, r.par.pp, r.offload);
    const { prefillLen } = chunkTokens(prefillKv, []);
    // Throughput counts decode entries, not the beams or batches inside them (spec §13.19).
    return makeResult(rows, { ...ctx, system: fit.system }, r, prefillLen + decodeKv.length, fit.isOffload, fit.requiredMb);
}
/**
 * `expected_tokens` (spec §10.6): expected accepted tokens per speculative step with N parallel tokens
 * and acceptance rate x, accumulated in GenZ's order with a correctly rounded power.
 */
function expectedTokens(N, x) {
    if (!(x >= 0 && x <= 1)) {
        throw new GenzError('spec_acceptance_rate', 'ValueError', `token acceptance rate must be between 0 and 1, got ${x}`, { field: 'token_acceptance_rate' });
    }
    if (!(N >= 1)) {
        throw new GenzError('spec_parallel_tokens', 'ValueError', `number of parallel tokens must be >= 1, got ${N}`, { field: 'num_parallel_tokens' });
    }
    let e = 1;
    for (let k = 1; k < N; k++)
        e += k * exactPow(x, k) * (1 - x);
    e += N * exactPow(x, N);
    return Math.min(e, N);
}
function sumSummaries(a, b) {
    const out = { ...a };
    for (const f of SUMMARY_FIELDS)
        out[f] = a[f] + b[f];
    return out;
}
/** `spec_decode_modeling` (spec §10.6): draft N tokens, verify them in one chunked pass of the full model. */
function specDecode(args) {
    const r = resolveCommon(args);
    const batch = checkCount(args.batch_size ?? 1, 'batch_size');
    const L = checkCount(args.input_tokens ?? 1024, 'input_tokens');
    const T = checkCount(args.output_tokens ?? 1024, 'output_tokens');
    const Np = args.num_parallel_tokens ?? 8;
    const rate = args.token_acceptance_rate ?? 0.7;
    const { tp, pp, ep } = r.par;
    const ub = microBatch(batch, pp);
    const nmb = pp > 1 ? Math.floor(batch / ub) : 1;
    if (!(typeof Np === 'number' && Number.isInteger(Np) && Np > 1)) {
        throw new GenzError('spec_parallel_tokens', 'AssertionError', `num_parallel_tokens must be an integer > 1 for the full model to be useful, got ${JSON.stringify(Np)}`, { field: 'num_parallel_tokens' });
    }
    if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) {
        throw new GenzError('spec_acceptance_rate', 'ValueError', `token_acceptance_rate must be between 0 and 1, got ${JSON.stringify(rate)}`, { field: 'token_acceptance_rate' });
    }
    const draftModel = resolveModel(args.draft_model ?? 'meta-llama/meta-llama-3.1-8b');
    const cfg = args.draft_system_config;
    if (cfg === null || cfg === undefined || typeof cfg !== 'object' || Array.isArray(cfg)) {
        throw new GenzError('missing_draft_system_config', 'AttributeError', 'speculative decoding needs draft_system_config: {} to run the draft on the same system and layout, or {system, tp, pp, ub}', { field: 'draft_system_config' });
    }
    const sameSystem = Object.keys(cfg).length === 0;
    const draftTp = checkDegree(cfg.tp ?? tp, 'draft_system_config.tp');
    const draftPp = checkDegree(cfg.pp ?? pp, 'draft_system_config.pp');
    const draftUb = checkCount(cfg.ub ?? ub, 'draft_system_config.ub');
    // GenZ uses a given draft System as constructed: the call's bits and efficiency do not apply to it.
    const draftSystemOwn = !sameSystem && cfg.system !== undefined ? buildSystem(cfg.system, 'draft system') : undefined;
    // Characteristics passes (step 3): the draft is sized on the main system with the main pp and ep.
    const fullRows = buildDecodeRows(r.model, r.par, L, T);
    const fullMem = memoryTotals(fullRows, { system: r.system, batch: ub, beamMerge: true, beamSize: 1 });
    const draftSizingRows = buildDecodeRows(draftModel, { tp: draftTp, pp, ep }, L, T);
    const draftMem = memoryTotals(draftSizingRows, { system: r.system, batch: Math.min(draftUb, ub), beamMerge: true, beamSize: 1 });
    // Fit (step 4).
    let total = fullMem.weightsMb + fullMem.kvCacheMb;
    if (sameSystem) {
        total = total + draftMem.weightsMb + draftMem.kvCacheMb;
    }
    else {
        const ds = draftSystemOwn ?? r.system;
        const draftTotal = draftMem.weightsMb + draftMem.kvCacheMb;
        if (draftTotal > perChipMb(ds) * draftPp)
            throw doesNotFit('draft_does_not_fit', ds, draftMem, draftTotal / draftPp);
    }
    let system = r.system;
    let isOffload = false;
    if (perChipMb(system) * pp < total) {
        if (!r.offload)
            throw doesNotFit('does_not_fit', system, { weightsMb: total - fullMem.kvCacheMb, kvCacheMb: fullMem.kvCacheMb, unusedWeightsMb: 0 }, total / pp);
        system = offloadSystem(system, total);
        isOffload = true;
    }
    // Timing (step 5): draft step with ep = 1, no beam merge; verify = chunked rows of the full model at batch ub.
    const draftSystem = draftSystemOwn ?? system;
    const draftRows = buildDecodeRows(draftModel, { tp: draftTp, pp: draftPp, ep: 1 }, L, T);
    const draftCtx = { system: draftSystem, batch: draftUb, beamMerge: false, beamSize: 1 };
    const draft = summarize(draftRows, draftCtx);
    const verifyRows = buildChunkedRows(r.model, r.par, [[L + T, Np]], []);
    const verifyCtx = { system, batch: ub, beamMerge: false, beamSize: 1 };
    const verify = summarize(verifyRows, verifyCtx);
    const draftMs = draft.summary['Latency (msec)'];
    const fullMs = verify.summary['Latency (msec)'];
    let latency = fullMs + Np * draftMs;
    if (pp > 1)
        latency = (nmb - 1) * (latency / pp) + latency;
    const tokens = expectedTokens(Np, rate);
    let table;
    return {
        latencyMs: latency,
        throughput: (1000 * batch * tokens) / latency,
        breakdown: verify.breakdown,
        isOffload,
        summary: sumSummaries(draft.summary, verify.summary),
        tokensGenerated: tokens,
        memoryRequiredMb: total / pp,
        deviceMemoryMb: perChipMb(r.system),
        model: r.model,
        system,
        operators: () => (table ??= operatorTable(verifyRows, verifyCtx)),
    };
}

;// CONCATENATED MODULE: ./src/validate/reference.ts
/**
 * The parity harness: runs GenZ reference cases (shared/reference/README.md format) through the core and
 * compares every output they record. Pure: takes parsed cases, returns a structured report.
 */



const REFERENCE_MODES = ['prefill', 'decode', 'chunked', 'spec_decode'];
class ReferenceFormatError extends Error {
}
/** Parses JSON Lines; every problem names the line. Non-finite numbers arrive as the strings GenZ wrote. */
function parseReferenceCases(text, file = 'reference') {
    const cases = [];
    const lines = text.split('\n');
    lines.forEach((line, i) => {
        if (line.trim() === '')
            return;
        let obj;
        try {
            obj = JSON.parse(line);
        }
        catch (e) {
            throw new ReferenceFormatError(`${file}:${i + 1}: not valid JSON (${e.message})`);
        }
        const c = obj;
        if (typeof c !== 'object' || c === null || typeof c.id !== 'string')
            throw new ReferenceFormatError(`${file}:${i + 1}: a case needs a string "id"`);
        if (!REFERENCE_MODES.includes(c.mode))
            throw new ReferenceFormatError(`${file}:${i + 1}: case ${c.id}: "mode" must be one of ${REFERENCE_MODES.join(', ')}`);
        if (typeof c.inputs !== 'object' || c.inputs === null)
            throw new ReferenceFormatError(`${file}:${i + 1}: case ${c.id}: "inputs" must be an object`);
        if (c.outputs === undefined && c.error === undefined)
            throw new ReferenceFormatError(`${file}:${i + 1}: case ${c.id}: needs "outputs" or "error"`);
        cases.push(c);
    });
    return cases;
}
/** Runs one case's inputs through the matching entry point. */
function runReferenceCase(c) {
    const args = c.inputs;
    switch (c.mode) {
        case 'prefill': return prefill(args);
        case 'decode': return decode(args);
        case 'chunked': return chunked(args);
        case 'spec_decode': return specDecode(args);
    }
}
/** The outputs of a result in the reference's shape, so comparison is one walk over the expected keys. */
function referenceOutputs(r) {
    const s = r.summary;
    const out = {
        latency_ms: r.latencyMs,
        throughput: r.throughput,
        runtime_breakdown: r.breakdown,
        is_offload: r.isOffload,
        memory: {
            weights_mb: s['Total Weights (MB)'],
            kv_cache_mb: s['KV Cache (MB)'],
            unused_weights_mb: s['Unused Weights (MB)'],
            total_mb: s['Total Weights (MB)'] + s['KV Cache (MB)'],
        },
        summary_table: [s],
    };
    if (r.tokensGenerated !== undefined)
        out.tokens_generated = r.tokensGenerated;
    return out;
}
const NON_FINITE = { Infinity: Infinity, '-Infinity': -Infinity, NaN: NaN };
function compareValue(expected, actual, path, w) {
    if (typeof expected === 'string' && expected in NON_FINITE)
        expected = NON_FINITE[expected];
    if (typeof expected === 'number') {
        w.values++;
        if (typeof actual !== 'number') {
            w.mismatches.push({ path, expected, actual });
            return;
        }
        if (!Number.isFinite(expected) || !Number.isFinite(actual)) {
            if (!Object.is(expected, actual))
                w.mismatches.push({ path, expected, actual, relError: Infinity });
            return;
        }
        if (expected === 0) {
            if (Math.abs(actual) > w.absZero)
                w.mismatches.push({ path, expected, actual });
            return;
        }
        const rel = Math.abs(actual - expected) / Math.abs(expected);
        if (rel > w.maxRel)
            w.maxRel = rel;
        if (!(rel <= w.tolerance))
            w.mismatches.push({ path, expected, actual, relError: rel });
        return;
    }
    if (Array.isArray(expected)) {
        if (!Array.isArray(actual) || actual.length !== expected.length) {
            w.values++;
            w.mismatches.push({ path, expected: `array of ${expected.length}`, actual: Array.isArray(actual) ? `array of ${actual.length}` : actual });
            return;
        }
        expected.forEach((e, i) => compareValue(e, actual[i], `${path}[${i}]`, w));
        return;
    }
    if (expected !== null && typeof expected === 'object') {
        if (actual === null || typeof actual !== 'object') {
            w.values++;
            w.mismatches.push({ path, expected: 'object', actual });
            return;
        }
        for (const [k, v] of Object.entries(expected))
            compareValue(v, actual[k], path ? `${path}.${k}` : k, w);
        return;
    }
    // strings, booleans, null: exact
    w.values++;
    if (expected !== actual)
        w.mismatches.push({ path, expected, actual });
}
/** Runs and compares one case. Never throws for a simulation error: that is an outcome. */
function checkReferenceCase(c, opts = {}) {
    const w = { tolerance: opts.tolerance ?? 1e-9, absZero: opts.absZero ?? 1e-12, values: 0, maxRel: 0, mismatches: [] };
    const expectError = c.error !== undefined;
    let result;
    let raised;
    try {
        result = runReferenceCase(c);
    }
    catch (e) {
        if (!(e instanceof GenzError))
            throw e;
        raised = { kind: e.kind, genzType: e.genzType, message: e.message };
    }
    if (expectError) {
        w.values++;
        if (!raised)
            w.mismatches.push({ path: 'error', expected: c.error, actual: 'no error' });
        return { id: c.id, mode: 'errors', passed: w.mismatches.length === 0, values: w.values, maxRelError: 0, mismatches: w.mismatches, raised };
    }
    if (!result) {
        w.values++;
        w.mismatches.push({ path: 'error', expected: 'outputs', actual: `${raised.genzType}: ${raised.message}` });
    }
    else {
        compareValue(c.outputs, referenceOutputs(result), '', w);
        if (c.operators) {
            const table = result.operators();
            compareValue(c.operators, table, 'operators', w);
        }
    }
    return { id: c.id, mode: c.mode, passed: w.mismatches.length === 0, values: w.values, maxRelError: w.maxRel, mismatches: w.mismatches, raised };
}
/** Runs every case and summarises per mode (prefill, decode, chunked, spec_decode, errors). */
function validateReference(cases, opts = {}) {
    const tolerance = opts.tolerance ?? 1e-9;
    const modes = new Map();
    for (const m of [...REFERENCE_MODES, 'errors']) {
        modes.set(m, { mode: m, passed: true, cases: 0, failedCases: 0, values: 0, maxRelError: 0, maxRelErrorCase: null });
    }
    const failures = [];
    for (const c of cases) {
        const o = checkReferenceCase(c, opts);
        const m = modes.get(o.mode);
        m.cases++;
        m.values += o.values;
        // The case is named only where some error occurred: with every value exact there is no "worst" case.
        if (o.maxRelError > m.maxRelError) {
            m.maxRelError = o.maxRelError;
            m.maxRelErrorCase = o.id;
        }
        if (!o.passed) {
            m.failedCases++;
            m.passed = false;
            failures.push(o);
        }
    }
    const list = [...modes.values()].filter((m) => m.cases > 0);
    let worst;
    for (const m of list)
        if (!worst || m.maxRelError > worst.maxRelError)
            worst = m;
    return {
        tolerance,
        passed: failures.length === 0,
        cases: cases.length,
        failedCases: failures.length,
        values: list.reduce((a, m) => a + m.values, 0),
        maxRelError: worst?.maxRelError ?? 0,
        maxRelErrorCase: worst?.maxRelErrorCase ?? null,
        modes: list,
        failures,
    };
}

;// CONCATENATED MODULE: ./src/cli/table.ts
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

;// CONCATENATED MODULE: ./src/cli/validate-command.ts






const VALIDATE_USAGE = `Usage: genz validate --reference FILE.jsonl [--tolerance 1e-9] [--json]

Runs every GenZ reference case in FILE (JSON Lines) through the simulation core and compares every
recorded output. Prints, per mode, PASS/FAIL, cases, values compared and the maximum relative error.
Exit 0 when everything passes, 1 when a case fails, 2 on bad usage or an unreadable file.
`;
function validateCommand(argv, io) {
    const { values } = (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        options: {
            reference: { type: 'string' },
            tolerance: { type: 'string' },
            json: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
        allowPositionals: false,
    });
    if (values.help) {
        io.stdout(VALIDATE_USAGE);
        return cli_io/* EXIT_OK */.Ij;
    }
    if (!values.reference)
        throw new cli_io/* UsageError */.eb('validate: --reference FILE.jsonl is required');
    const tolerance = values.tolerance === undefined ? 1e-9 : Number(values.tolerance);
    if (!Number.isFinite(tolerance) || tolerance < 0)
        throw new cli_io/* UsageError */.eb(`validate: --tolerance must be a number >= 0, got '${values.tolerance}'`);
    const file = external_node_path_default().resolve(io.cwd, values.reference);
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw new cli_io/* UsageError */.eb(`validate: cannot read --reference ${values.reference}: ${e.code ?? e.message}`);
    }
    let report;
    try {
        const cases = parseReferenceCases(text, values.reference);
        if (cases.length === 0)
            throw new cli_io/* UsageError */.eb(`validate: ${values.reference} holds no cases`);
        report = validateReference(cases, { tolerance });
    }
    catch (e) {
        if (e instanceof ReferenceFormatError)
            throw new cli_io/* UsageError */.eb(`validate: ${e.message}`);
        throw e;
    }
    if (values.json)
        io.stdout(JSON.stringify(report) + '\n');
    else
        io.stdout(renderValidation(report, values.reference));
    return report.passed ? cli_io/* EXIT_OK */.Ij : cli_io/* EXIT_FAIL */.WV;
}
function renderValidation(report, source) {
    const rows = report.modes.map((m) => [
        m.mode, m.passed ? 'PASS' : 'FAIL', formatCount(m.cases), formatCount(m.failedCases), formatCount(m.values),
        formatRelError(m.maxRelError), m.maxRelErrorCase ?? '-',
    ]);
    rows.push([
        'overall', report.passed ? 'PASS' : 'FAIL', formatCount(report.cases), formatCount(report.failedCases), formatCount(report.values),
        formatRelError(report.maxRelError), report.maxRelErrorCase ?? '-',
    ]);
    let out = `GenZ reference validation of ${source}: ${formatCount(report.cases)} cases, relative tolerance ${report.tolerance}\n\n`;
    out += renderTable([
        { header: 'mode' }, { header: 'result' }, { header: 'cases', align: 'right' }, { header: 'failed', align: 'right' },
        { header: 'values', align: 'right' }, { header: 'max rel error', align: 'right' }, { header: 'at case' },
    ], rows);
    if (report.failures.length > 0) {
        out += `\nFailures (first 20 of ${report.failures.length}):\n`;
        for (const f of report.failures.slice(0, 20)) {
            const m = f.mismatches[0];
            const rel = m.relError !== undefined ? ` (relative error ${formatRelError(m.relError)})` : '';
            out += `  ${f.id}: ${m.path}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}${rel}` +
                (f.mismatches.length > 1 ? ` and ${f.mismatches.length - 1} more` : '') + '\n';
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The `genz` command line. Each command lives in its own module; this file only dispatches and maps
 * errors to exit codes (0 ok, 1 the command's own failure verdict, 2 bad input or usage).
 */


const COMMANDS = {
    validate: { run: validateCommand, summary: 'compare the core with GenZ reference cases (JSON Lines)' },
};
function usage() {
    const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
    const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
    return `Usage: genz <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'genz <command> --help' for a command's options.\n`;
}
async function main(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(usage());
        return name === undefined ? cli_io/* EXIT_USAGE */.Ri : 0;
    }
    const command = COMMANDS[name];
    if (!command) {
        io.stderr(`genz: unknown command '${name}'\n\n${usage()}`);
        return cli_io/* EXIT_USAGE */.Ri;
    }
    try {
        return await command.run(rest, io);
    }
    catch (e) {
        // parseArgs reports unknown or malformed flags with a code; both are usage errors.
        const code = e.code;
        if (e instanceof cli_io/* UsageError */.eb || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
            io.stderr(`genz ${name}: ${e.message}\n`);
            return cli_io/* EXIT_USAGE */.Ri;
        }
        throw e;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
