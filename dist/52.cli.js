export const id = 52;
export const ids = [52];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bQ: () => (/* binding */ parseFlags)
/* harmony export */ });
/* unused harmony exports nearestFlag, prepareArgs */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1916);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9102);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1604);
/**
 * Flag parsing shared by every command: node:util parseArgs, with two things it does not do.
 * - A negative number after a flag that takes a value is that flag's value (`--batch -4`), so it reaches
 *   the field's validation ("workload.batch must be an integer >= 1") instead of the parser's
 *   "argument is ambiguous".
 * - An unknown flag is a usage error naming the nearest known flag (`--bach`: did you mean '--batch'?).
 */




/** `-4`, `-0.5`, `-.5`, `-1e3`: what a user types as a negative number. */
const NEGATIVE_NUMBER = /^-(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
/** The nearest flag to `name` among `known`, when it is close enough to be a typo; else null. */
function nearestFlag(name, known) {
    if (known.length === 0)
        return null;
    const near = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(name, [...known]);
    return (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_1__/* .distance */ .Io)(name, near) <= Math.max(2, Math.floor(name.length / 3)) ? near : null;
}
/**
 * Rewrites `--flag -4` as `--flag=-4` for flags that take a value, and refuses unknown long flags with a
 * suggestion. Arguments after `--` are left alone.
 */
function prepareArgs(argv, options, command) {
    const out = [];
    const names = Object.keys(options);
    const shortToLong = new Map(Object.entries(options).flatMap(([n, o]) => (o.short ? [[o.short, n]] : [])));
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--') {
            out.push(...argv.slice(i));
            break;
        }
        let name;
        if (a.startsWith('--') && a.length > 2) {
            name = a.slice(2).split('=')[0];
            if (!(name in options)) {
                const near = nearestFlag(name, names);
                throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown option '--${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(name)}'${near ? ` (did you mean '--${near}'?)` : ''}; run 'genz ${command} --help' for the options`);
            }
            if (a.includes('='))
                name = undefined;
        }
        else if (/^-[A-Za-z]$/.test(a)) {
            name = shortToLong.get(a.slice(1));
        }
        const next = argv[i + 1];
        if (name !== undefined && options[name]?.type === 'string' && next !== undefined && NEGATIVE_NUMBER.test(next)) {
            out.push(`--${name}=${next}`);
            i++;
            continue;
        }
        out.push(a);
    }
    return out;
}
/** parseArgs over prepared arguments (strict: unknown flags and stray positionals are usage errors). */
function parseFlags(argv, options, command, allowPositionals = false) {
    return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: prepareArgs(argv, options, command), options, strict: true, allowPositionals });
}


/***/ }),

/***/ 6632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ kvCacheElements),
/* harmony export */   NH: () => (/* binding */ ffnParams),
/* harmony export */   OG: () => (/* binding */ mixerParams),
/* harmony export */   PZ: () => (/* binding */ cachedTokens),
/* harmony export */   Qd: () => (/* binding */ layerCache),
/* harmony export */   s2: () => (/* binding */ architecture)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The architecture of a model as the corrected model reads it (docs/model.md, "Layers"): one plan per
 * decoder layer (its mixer, attention window and FFN), the MLA shape, the expert widths, the Mamba
 * sizes, and the parameter counts that follow from them. GenZ's builders never read this; the corrected
 * builders (layered.ts) and the result figures do.
 */

const SPEC_LAYER_TYPES = ['full_attention', 'sliding_attention', 'chunked_attention', 'mamba'];
const SPEC_FFN_TYPES = ['dense', 'moe', 'none'];
function fail(name, field, msg) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GenzError */ .rp('invalid_model', 'ValueError', `model '${name}': ${msg}`, { field });
}
function optInt(spec, key, name, min = 1) {
    const v = spec[key];
    if (v === undefined || v === null)
        return null;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
        fail(name, key, `'${key}' must be an integer >= ${min}, got ${JSON.stringify(v)}`);
    return v;
}
function stringList(spec, key, n, allowed, name) {
    const v = spec[key];
    if (v === undefined || v === null)
        return null;
    if (!Array.isArray(v) || v.length !== n || v.some((x) => typeof x !== 'string' || !allowed.includes(x))) {
        fail(name, key, `'${key}' must list one of ${allowed.join(', ')} for each of the ${n} layers`);
    }
    return v;
}
function architecture(spec, m) {
    const name = m.name;
    const n = m.numLayers;
    const isMoe = m.numExperts > 1;
    const window = optInt(spec, 'sliding_window', name);
    const chunk = optInt(spec, 'attention_chunk_size', name);
    const types = stringList(spec, 'layer_types', n, SPEC_LAYER_TYPES, name);
    const ffnTypes = stringList(spec, 'ffn_types', n, SPEC_FFN_TYPES, name);
    const attnPeriod = optInt(spec, 'attn_layer_period', name);
    const attnOffset = optInt(spec, 'attn_layer_offset', name, 0) ?? 0;
    const mambaPeriod = optInt(spec, 'mamba_layer_period', name) ?? 1;
    const expertPeriod = optInt(spec, 'expert_layer_period', name) ?? 1;
    const expertOffset = optInt(spec, 'expert_layer_offset', name, 0) ?? 0;
    const hasFfn = m.intermediateSize > 0 && m.numFfi > 0;
    const layers = [];
    for (let i = 0; i < n; i++) {
        let mixer = 'attention';
        let w = null;
        if (types !== null) {
            const t = types[i];
            if (t === 'mamba')
                mixer = 'mamba';
            else if (t === 'sliding_attention') {
                if (window === null)
                    fail(name, 'sliding_window', `layer ${i} is 'sliding_attention' but no sliding_window is given`);
                w = window;
            }
            else if (t === 'chunked_attention') {
                if (chunk === null)
                    fail(name, 'attention_chunk_size', `layer ${i} is 'chunked_attention' but no attention_chunk_size is given`);
                w = chunk;
            }
        }
        else if (m.isMamba) {
            // Jamba-style schedule: attention every attn_layer_period layers at attn_layer_offset; without a
            // period, GenZ's rule (Mamba where i % mamba_layer_period == 0, attention elsewhere).
            const attention = attnPeriod !== null ? i % attnPeriod === attnOffset : i % mambaPeriod !== 0;
            mixer = attention ? 'attention' : 'mamba';
            if (attention)
                w = window;
        }
        else {
            w = window;
        }
        let ffn;
        if (ffnTypes !== null)
            ffn = ffnTypes[i];
        else if (isMoe && i % expertPeriod === expertOffset)
            ffn = 'moe';
        else
            ffn = hasFfn ? 'dense' : 'none';
        if (ffn === 'moe' && !isMoe)
            fail(name, 'ffn_types', `layer ${i} is 'moe' but the model has no experts`);
        layers.push(Object.freeze({ mixer, window: w, ffn }));
    }
    const groups = [];
    for (const p of layers) {
        const g = groups.find((x) => x.plan.mixer === p.mixer && x.plan.window === p.window && x.plan.ffn === p.ffn);
        if (g)
            g.count++;
        else
            groups.push({ plan: p, count: 1 });
    }
    const kvr = optInt(spec, 'kv_lora_rank', name);
    let mla = null;
    if (kvr !== null) {
        const need = (k) => optInt(spec, k, name) ?? fail(name, k, `MLA (kv_lora_rank given) needs '${k}'`);
        mla = Object.freeze({
            qLoraRank: optInt(spec, 'q_lora_rank', name) ?? 0,
            kvLoraRank: kvr,
            qkNopeHeadDim: need('qk_nope_head_dim'),
            qkRopeHeadDim: need('qk_rope_head_dim'),
            vHeadDim: need('v_head_dim'),
        });
    }
    const moeWidth = optInt(spec, 'moe_intermediate_size', name, 0);
    const expertWidth = moeWidth ?? m.intermediateSize;
    const nShared = optInt(spec, 'n_shared_experts', name, 0) ?? 0;
    const sharedEach = optInt(spec, 'shared_expert_intermediate_size', name, 0) ?? expertWidth;
    const tie = spec.tie_word_embeddings === true;
    const prec = (k) => (typeof spec[k] === 'string' ? spec[k] : null);
    const base = {
        layers: Object.freeze(layers),
        groups: Object.freeze(groups.map((g) => Object.freeze({ ...g }))),
        mla,
        tieEmbeddings: tie,
        denseWidth: m.intermediateSize,
        expertWidth,
        sharedWidth: nShared * sharedEach,
        mambaInner: m.hiddenSize * m.mambaExpand,
        weightPrecision: prec('weight_precision'),
        expertWeightPrecision: prec('expert_weight_precision') ?? prec('weight_precision'),
    };
    const params = countParams(m, base);
    return Object.freeze({ ...base, params });
}
/** Weights of one layer's mixer (unsharded), in elements. */
function mixerParams(m, a, plan) {
    const D = m.hiddenSize;
    if (plan.mixer === 'mamba') {
        const F = a.mambaInner;
        const S = m.mambaDState;
        const R = m.mambaDtRank;
        // in_proj, conv, x_proj (dt, B, C), dt_proj, A, D, out_proj.
        return D * 2 * F + F * m.mambaDConv + F * (R + 2 * S) + R * F + F * S + F + F * D;
    }
    const H = m.numHeads;
    if (a.mla) {
        const { qLoraRank: qr, kvLoraRank: kvr, qkNopeHeadDim: nope, qkRopeHeadDim: rope, vHeadDim: v } = a.mla;
        const q = qr > 0 ? D * qr + qr * H * (nope + rope) : D * H * (nope + rope);
        return q + D * (kvr + rope) + kvr * H * (nope + v) + H * v * D;
    }
    const hd = m.headDim;
    return D * (H + 2 * m.numKvHeads) * hd + H * hd * D;
}
/** FFN weights of one layer (unsharded): dense, or router + all routed experts + shared experts. */
function ffnParams(m, a, plan) {
    const D = m.hiddenSize;
    const mats = m.numFfi + 1;
    if (plan.ffn === 'none')
        return { dense: 0, experts: 0, perExpert: 0 };
    if (plan.ffn === 'dense')
        return { dense: mats * D * a.denseWidth, experts: 0, perExpert: 0 };
    const perExpert = mats * D * a.expertWidth;
    return { dense: m.numExperts * D + mats * D * a.sharedWidth, experts: m.numExperts * perExpert, perExpert };
}
function countParams(m, a) {
    const embed = m.vocabSize * m.hiddenSize;
    let total = a.tieEmbeddings ? embed : 2 * embed;
    let active = total;
    for (const plan of a.layers) {
        const f = ffnParams(m, a, plan);
        const mixer = mixerParams(m, a, plan);
        total += mixer + f.dense + f.experts;
        active += mixer + f.dense + Math.min(m.expertTopK, m.numExperts) * f.perExpert;
    }
    return Object.freeze({ total, active });
}
/** Cache elements of one layer (all heads, one sequence): per cached token, and fixed (Mamba state). */
function layerCache(m, a, plan) {
    if (plan.mixer === 'mamba')
        return { perToken: 0, fixed: a.mambaInner * (m.mambaDState + m.mambaDConv) };
    if (a.mla)
        return { perToken: a.mla.kvLoraRank + a.mla.qkRopeHeadDim, fixed: 0 };
    return { perToken: 2 * m.numKvHeads * m.headDim, fixed: 0 };
}
/** Tokens a layer caches at a context: the whole context, or at most its window (an explicit clamp). */
const cachedTokens = (plan, context) => (plan.window === null ? context : Math.min(context, plan.window));
/** KV-cache elements of the whole model for one sequence at a context (docs/model.md, "KV cache"). */
function kvCacheElements(m, a, context) {
    let total = 0;
    for (const plan of a.layers) {
        const c = layerCache(m, a, plan);
        total += c.perToken * cachedTokens(plan, context) + c.fixed;
    }
    return total;
}


/***/ }),

/***/ 3487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ chunkTokens),
/* harmony export */   Yr: () => (/* binding */ buildDecodeRows),
/* harmony export */   ew: () => (/* binding */ buildPrefillRows),
/* harmony export */   y_: () => (/* binding */ buildChunkedRows)
/* harmony export */ });
/* unused harmony exports buildPrefillLayerRows, buildDecodeLayerRows */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _operators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7742);
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
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('embeddings', model.hiddenSize, seq, Math.floor(model.vocabSize / s.tpa), 0));
    if (s.tpa > 1)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('Emb_AR', seq, model.hiddenSize, s.tpa, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllReduce));
}
function classifier(out, model, s, L) {
    const seq = L === 0 ? 0 : Math.max(1, Math.floor(L / SP));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('classifier', Math.floor(model.vocabSize / s.tpa), seq, model.hiddenSize, 0));
    if (s.tpa > 1)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('classifier_AG', seq, model.vocabSize, s.tpa, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllGather));
}
function qkvWidth(model, s) {
    return s.Hl * model.headDim + 2 * s.Hkvl * model.headDim;
}
/** §6.4 prefill attention: full (non-causal) L×L. */
function attentionPrefill(out, model, s, L) {
    const Ls = Math.floor(L / SP);
    const Dq = model.headDim;
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('QKV', qkvWidth(model, s), Ls, model.hiddenSize, 0));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .logit */ .i2)('Logit', s.Hl, L, Ls, Dq, s.Hkvl, 3));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .attend */ .JK)('Attend', s.Hl, L, Ls, Dq, s.Hkvl, 1));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('Out Proj', model.hiddenSize, Ls, s.Hl * Dq, 0));
    if (s.tpa > 1)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('MHA AR', Ls, model.hiddenSize, s.tpa, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllReduce));
}
/** §6.4 decode attention: the shared prompt KV ("Pre", beam-merged) and each beam's own KV ("Suf"). */
function attentionDecode(out, model, s, L, T) {
    const Ls = Math.floor(L / SP);
    const Dq = model.headDim;
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('QKV', qkvWidth(model, s), 1, model.hiddenSize, 5));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .logit */ .i2)('Logit Pre', s.Hl, 1, Ls, Dq, s.Hkvl, 5, true));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .logit */ .i2)('Logit Suf', s.Hl, 1, T, Dq, s.Hkvl, 5));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .attend */ .JK)('Attend Pre', s.Hl, 1, Ls, Dq, s.Hkvl, 5, true));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .attend */ .JK)('Attend Suf', s.Hl, 1, T, Dq, s.Hkvl, 5));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('Out Proj', model.hiddenSize, 1, s.Hl * Dq, 5));
    if (s.tpa > 1)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('MHA AR', 1, model.hiddenSize, s.tpa, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllReduce));
}
/** §6.4 chunked attention over a mix of prefill requests and decode entries. */
function attentionChunked(out, model, s, Cs, prefill, decode) {
    const Dq = model.headDim;
    const { Hl, Hkvl } = s;
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('QKV', qkvWidth(model, s), Cs, model.hiddenSize, 5));
    for (const [p, n] of prefill) {
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .logit */ .i2)('Logit Pre', Hl, n, p + n, Dq, Hkvl, 3));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .attend */ .JK)('Attend Pre', Hl, n, p + n, Dq, Hkvl, 1));
    }
    for (const entry of decode) {
        if (typeof entry !== 'number' && entry.length === 2) {
            const [nb, c] = entry;
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .logit */ .i2)('Logit Dec', nb * Hl, 1, c, Dq, nb * Hkvl, 5));
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .attend */ .JK)('Attend Dec', nb * Hl, 1, c, Dq, nb * Hkvl, 5));
        }
        else if (typeof entry !== 'number' && entry.length === 4) {
            // The beams share the KV: query heads scale with the beam count, KV heads do not (spec §13.20).
            const [pb, db, pc, dc] = entry;
            const pcs = Math.floor(pc / SP);
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .logit */ .i2)('Logit Pre', pb * Hl, 1, pcs, Dq, Hkvl, 5));
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .attend */ .JK)('Attend Pre', pb * Hl, 1, pcs, Dq, Hkvl, 5));
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .logit */ .i2)('Logit Suf', db * Hl, 1, dc, Dq, Hkvl, 5));
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .attend */ .JK)('Attend Suf', db * Hl, 1, dc, Dq, Hkvl, 5));
        }
        else {
            const c = typeof entry === 'number' ? entry : entry[0];
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .logit */ .i2)('Logit Dec', Hl, 1, c, Dq, Hkvl, 5));
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .attend */ .JK)('Attend Dec', Hl, 1, c, Dq, Hkvl, 5));
        }
    }
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('Out Proj', model.hiddenSize, Cs, Hl * Dq, 5));
    if (s.tpa > 1)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('MHA AR', Cs, model.hiddenSize, s.tpa, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllReduce));
}
function checkExperts(model, ep) {
    if (model.numExperts % ep !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GenzError */ .rp('experts_not_divisible', 'AssertionError', model.numExperts === 1
            ? `expert parallelism ${ep} needs a mixture-of-experts model; ${model.name} is dense`
            : `expert parallelism ${ep} does not divide the ${model.numExperts} experts of ${model.name}`, { experts: model.numExperts, expert_parallel: ep });
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
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('up+gate', Dfl * fi, Ls, D, 0));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('down', D, Ls, Dfl, 0));
    }
    else {
        const K = model.expertTopK;
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('Gate', E, Ls, Math.floor(D / tp), 0));
        if (tp > 1)
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('Gate AR', Ls, E, tp, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllReduce));
        const tpe = Math.floor((Ls * K) / E);
        if (ep > 1)
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('Dispatch A2A', Ls, K * D, ep, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllToAll));
        const local = Math.floor(E / ep);
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('up+gate', local * Dfl * fi, tpe, D, 0));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('down', D, tpe, local * Dfl, 0));
        if (ep > 1)
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('Collect A2A', Ls, K * D, ep, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllToAll));
    }
    if (tp > 1)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('FFN AR', Ls, D, tp, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllReduce));
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
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('up+gate', Dfl * fi, 1, D, 5));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('down', D, 1, Dfl, 5));
    }
    else {
        const K = model.expertTopK;
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('Gate', E, 1, Math.floor(D / tp), 0));
        if (tp > 1)
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('Gate AR', 1, D, tp, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllReduce));
        if (ep > 1)
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('Dispatch A2A', 1, K * D, ep, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllToAll));
        const act = Math.max(1, ceilDiv(K, ep));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('up+gate', act * Dfl * fi, 1, D, 5));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('down', D, 1, act * Dfl, 5));
        // Idle local experts: zero tokens, so only their weights count (spec §9); emitted even when 0.
        const unused = ceilDiv(E, ep) - act;
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('up+gate', unused * Dfl * fi, 0, D, 0));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('down', D, 0, unused * Dfl, 0));
        if (ep > 1)
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('Collect A2A', 1, K * D, ep, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllToAll));
    }
    if (tp > 1)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('FFN AR', 1, D, tp, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllReduce));
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
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('up+gate', Dfl * fi, Ls, D, 0));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('down', D, Ls, Dfl, 0));
    }
    else {
        const K = model.expertTopK;
        const Dm = Math.max(ceilDiv(model.moeIntermediateSize, tp), 1);
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('Gate', E, Ls, Math.floor(D / tp), 0));
        if (tp > 1)
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('Gate AR', Ls, E, tp, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllReduce));
        const A = Math.min(K * L, E);
        const act = Math.max(1, ceilDiv(A, ep));
        const tpe = A === 0 ? 0 : Math.floor((Ls * K) / A);
        if (ep > 1)
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('Dispatch A2A', Ls, K * D, ep, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllToAll));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('up+gate', act * Dm * fi, tpe, D, 0));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('down', D, tpe, act * Dm, 0));
        const unused = ceilDiv(E, ep) - act;
        if (unused !== 0) {
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('up+gate', unused * Dm * fi, 0, D, 0));
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('down', D, 0, unused * Dm, 0));
        }
        if (ep > 1)
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('Collect A2A', Ls, K * D, ep, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllToAll));
        const ns = model.nSharedExperts;
        if (ns > 0) {
            const Ds = Math.max(ceilDiv(model.sharedExpertIntermediateSize, tp), 1);
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('shared up+gate', Ds * fi * ns, Ls, D, 0));
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('shared down', D, Ls, Ds * ns, 0));
        }
    }
    if (tp > 1)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('FFN AR', Ls, D, tp, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllReduce));
}
/** §6.6 Mamba mixer; n = L in prefill, 1 in decode. The scans use the unsharded width (a GenZ quirk). */
function mamba(out, model, s, n, syncTokens) {
    const D = model.hiddenSize;
    const Dm = roundHalfEven(D / s.tpa);
    const F = Dm * model.mambaExpand;
    const S = model.mambaDState;
    const R = model.mambaDtRank;
    const Fs = D * model.mambaExpand;
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('Inproj', 2 * F, n, Dm, 0));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .conv1d */ .kA)('Conv', F, F, n, model.mambaDConv, 0));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('BC proj', R + 2 * S, n, F, 0));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('xt proj', F, n, R, 0));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .einsum */ ._3)('deltaA', Fs, n, S, 6));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .einsum */ ._3)('deltaB', Fs, n, S, 3));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .einsum */ ._3)('deltaBu', Fs, n, S, 0));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .einsum */ ._3)('x calc', Fs, n, S, 7));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .einsum */ ._3)('y calc', Fs, n, S, 7));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .einsum */ ._3)('D addition', Fs, n, S, 7));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .einsum */ ._3)('out mult z', Fs, n, S, 7));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .gemm */ .vE)('Out proj', Dm, n, F, 0));
    if (s.tpa > 1)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('Mamba AR', syncTokens, Dm, s.tpa, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllReduce));
}
/** §6.7 pipeline stages: `repeated(n)` = REPEAT(n) body ENDREPEAT(n), with message passes between stages. */
function repeated(out, n, body) {
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .repeat */ .ux)(n));
    body(out);
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .endRepeat */ .N8)(n));
}
function stages(out, model, pp, messageTokens, body) {
    const Ld = model.numLayers;
    if (pp === 1) {
        repeated(out, Ld, body);
        return;
    }
    const lps = ceilDiv(Ld, pp);
    // May be zero (GenZ then fails in the totals) or negative (kept as is: the totals still add up).
    const last = Ld - lps * (pp - 1);
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .repeat */ .ux)(pp - 1));
    repeated(out, lps, body);
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .sync */ .OH)('Message Pass', messageTokens, model.hiddenSize, 1, _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.MessagePass));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_1__/* .endRepeat */ .N8)(pp - 1));
    repeated(out, last, body);
}
function checkUniformLayers(model) {
    if (model.uniqueLayers !== 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GenzError */ .rp('hybrid_unsupported', 'ValueError', `model '${model.name}' mixes ${model.uniqueLayers} layer types (hybrid Jamba-style); GenZ supports only uniform layers in prefill and decode ("More then 1 unique layers not supported")`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GenzError */ .rp('invalid_model', 'ValueError', `model '${model.name}': unknown ffn_implementation '${impl}' (valid: default, deepseek)`, {
            field: 'ffn_implementation',
        });
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


/***/ }),

/***/ 1654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ collectiveTimeMs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _operators_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7742);


/** Fixed start-up cost of every collective except point-to-point messages (spec §8). */
const COLLECTIVE_START_S = 5e-6;
/**
 * Time of one collective under GenZ's strategy, in milliseconds (spec §8). `bytes` is the per-chip
 * payload, `nodes` the participants, `latency` (s) and `bandwidth` (B/s) those of one link. Sums are
 * evaluated left to right, as GenZ does, so results are bit-identical.
 */
function collectiveTimeMs(type, bytes, nodes, latency, bandwidth) {
    switch (type) {
        case _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllReduce:
            if (bytes === 0 || nodes === 1)
                return 0;
            return (COLLECTIVE_START_S + 2 * (nodes - 1) * latency + (2 * (nodes - 1) * (bytes / nodes)) / bandwidth) * 1000;
        case _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllGather:
        case _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.AllToAll:
            if (bytes === 0 || nodes === 1)
                return 0;
            return (COLLECTIVE_START_S + (nodes - 1) * latency + ((nodes - 1) * (bytes / nodes)) / bandwidth) * 1000;
        case _operators_js__WEBPACK_IMPORTED_MODULE_1__/* .CollectiveType */ .Td.MessagePass:
            if (bytes === 0)
                return 0;
            return (latency + bytes / bandwidth) * 1000;
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GenzError */ .rp('unsupported_setting', 'ValueError', `collective type ${String(type)} (ReduceScatter) is not supported by GenZ's collective strategy`);
    }
}


/***/ }),

/***/ 9318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KV: () => (/* binding */ fieldCuts),
/* harmony export */   YB: () => (/* binding */ sumStepLatencies),
/* harmony export */   ce: () => (/* binding */ rowAt),
/* harmony export */   jG: () => (/* binding */ inferContextFields)
/* harmony export */ });
/* unused harmony exports fieldValue, sumMaxAffine, sumRowExec */
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3540);
/**
 * Sums over decode steps in closed form (README, Metrics: "Decode in closed form").
 *
 * A request of o output tokens runs the decode steps T = 1 … o − 1; TPOT is the mean of their latencies.
 * Step T evaluates the same operator rows as every other step except for a few *context fields*: row
 * dimensions that follow the generated context (the per-beam "Suf" attention's N = T, or a sliding
 * window's N = clamp(T + offset, lo, hi)). Everything else is constant across steps.
 *
 * Within a range of T where every context field of a row is affine in T (no clamp switches inside),
 * the row's sizes are products of its dimensions, hence affine in T when only one field varies, and each
 * roofline term (compute, memory, communication time) is affine too. The row's time is the maximum of
 * those terms: a convex piecewise-affine function whose pieces meet where two terms cross. Summing it
 * over the integers of a piece where one term is the maximum is exact: Σ_{T=p}^{q} f(T) = n·(f(p)+f(q))/2.
 * So the sum over all steps costs O(rows × pieces), independent of o.
 *
 * Where that argument does not hold the code steps (evaluates every T of the piece), which is exact by
 * definition; each case is listed where it is decided:
 *  - a piece of at most SMALL_PIECE steps (cheaper to step than to split);
 *  - a row with two or more fields varying in the same piece (a product of two affine fields is quadratic);
 *  - a collective (Sync) row that varies (collective time is not known to be affine in its size);
 *  - sizes at or above 2^53, where the core switches to wrapped 64-bit products (spec §0.3);
 *  - compute that is zero at one end of a piece only (the zero-work rule switches memory off there);
 *  - a midpoint that does not match the piecewise-affine interpolation (a guard for row kinds whose
 *    terms are not multilinear in their dimensions, e.g. future calibration terms).
 * Stepping costs O(steps of the piece) row evaluations.
 *
 * API (for builders that add context-dependent rows, e.g. sliding-window attention):
 *  - `ContextField` describes one field as value(T) = clamp(offset + slope·T, lo, hi). An unclamped
 *    field has lo = −∞ and hi = +∞. Builders that know their fields may pass them explicitly to
 *    `sumStepLatencies`; `inferContextFields` finds them by building the rows at a few T (affine fields,
 *    and a clamp at one or both ends, which is the sliding-window shape).
 *  - `fieldCuts(f, from, to)` gives the T after which a field changes piece (its clamp breakpoints).
 *  - `sumRowExec(row, fields, ctx, from, to, extraCuts)` sums one row's time over a T range; extra
 *    breakpoints (any T after which the caller knows the row changes behaviour) may be passed.
 *  - `sumStepLatencies(rows, fields, ctx, from, to)` sums whole step latencies (ms) over a T range.
 *
 * Results are deterministic: the same inputs give the same float operations in the same order.
 * They equal the step-by-step sum (decodeStepLatencies, kept as the test oracle) within float rounding
 * (tests check 1e-12 relative).
 */

/** Pieces this short are stepped: splitting costs about as much as three evaluations. */
const SMALL_PIECE = 3;
/** Products at or above this switch to wrapped 64-bit arithmetic (exact.ts), which is not affine. */
const EXACT_LIMIT = 2 ** 53;
/** Relative tolerance of the midpoint guard (the interpolation itself is exact up to rounding). */
const MIDPOINT_TOL = 1e-9;
function fieldValue(f, T) {
    const v = f.offset + f.slope * T;
    return v < f.lo ? f.lo : Math.min(v, f.hi);
}
/**
 * The integer T in [from, to) after which the field enters another piece (a clamp starts or ends), so
 * that on every range between consecutive cuts the field is affine in T.
 */
function fieldCuts(f, from, to) {
    if (f.slope === 0)
        return [];
    const cuts = [];
    addCut(cuts, f, f.lo, from, to);
    addCut(cuts, f, f.hi, from, to);
    return cuts;
}
function addCut(cuts, f, bound, from, to) {
    if (!Number.isFinite(bound))
        return;
    // offset + slope·t = bound; the piece changes between floor(t) and floor(t) + 1.
    const t = Math.floor((bound - f.offset) / f.slope);
    if (t >= from && t < to)
        cuts.push(t);
}
/** A copy of `row` with its context fields set to their values at step T. */
function rowAt(row, fields, T) {
    const copy = { ...row };
    for (const f of fields)
        copy[f.field] = fieldValue(f, T);
    return copy;
}
const scratchA = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .newRowTerms */ .KZ)();
const scratchB = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .newRowTerms */ .KZ)();
const scratchM = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .newRowTerms */ .KZ)();
/** Σ exec(T) over T = p … q by evaluating every step (exact; O(q − p) row evaluations). */
function stepRange(row, fields, ctx, p, q) {
    let sum = 0;
    for (let T = p; T <= q; T++)
        sum += (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .rowTerms */ .ok)(rowAt(row, fields, T), ctx, scratchM).exec;
    return sum;
}
/** Sorts finite numbers ascending in place: insertion sort, as the lists here hold a handful (no copy, unlike Array.prototype.sort). */
function sortAscending(xs) {
    for (let i = 1; i < xs.length; i++) {
        const x = xs[i];
        let j = i - 1;
        while (j >= 0 && xs[j] > x) {
            xs[j + 1] = xs[j];
            j--;
        }
        xs[j + 1] = x;
    }
}
/** Value at T of the affine function through (p, a) and (q, b). Exact at both ends. */
function lerp(a, b, p, q, T) {
    return a + (b - a) * ((T - p) / (q - p));
}
/**
 * Σ_{T=p}^{q} max_k f_k(T) for affine f_k given by their values at p (`at`) and q (`bt`): split at the
 * integers where the maximising term changes, then sum each segment with the trapezoid rule, which is
 * exact for an affine function over consecutive integers.
 */
function sumMaxAffine(p, q, at, bt) {
    const cuts = [p - 1, q];
    for (let i = 0; i < at.length; i++) {
        for (let j = i + 1; j < at.length; j++) {
            const dp = at[i] - at[j];
            const dq = bt[i] - bt[j];
            if ((dp > 0 && dq < 0) || (dp < 0 && dq > 0)) {
                const k = Math.floor(p + (q - p) * (dp / (dp - dq)));
                if (k >= p && k < q)
                    cuts.push(k);
            }
        }
    }
    sortAscending(cuts);
    let sum = 0;
    for (let c = 0; c + 1 < cuts.length; c++) {
        const s0 = cuts[c] + 1;
        const s1 = cuts[c + 1];
        if (s0 > s1)
            continue;
        // No two terms cross strictly inside the segment: the term largest at its middle is largest throughout.
        const mid = (s0 + s1) / 2;
        let best = 0;
        let bestVal = -Infinity;
        for (let k = 0; k < at.length; k++) {
            const v = lerp(at[k], bt[k], p, q, mid);
            if (v > bestVal) {
                bestVal = v;
                best = k;
            }
        }
        sum += ((s1 - s0 + 1) * (lerp(at[best], bt[best], p, q, s0) + lerp(at[best], bt[best], p, q, s1))) / 2;
    }
    return sum;
}
function maxAffineAt(a, b, p, q, T) {
    return Math.max(lerp(a.compute, b.compute, p, q, T), lerp(a.memory, b.memory, p, q, T), lerp(a.comm, b.comm, p, q, T));
}
/** Σ exec(T) over one piece [p, q] on which every field is affine (no clamp switches inside). */
function sumPiece(row, fields, ctx, p, q) {
    const n = q - p + 1;
    if (n <= SMALL_PIECE)
        return stepRange(row, fields, ctx, p, q);
    let varying = 0;
    for (const f of fields)
        if (fieldValue(f, p) !== fieldValue(f, q))
            varying++;
    if (varying === 0)
        return n * (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .rowTerms */ .ok)(rowAt(row, fields, p), ctx, scratchA).exec;
    // Two varying fields multiply into a quadratic; collective times are not known to be affine.
    if (varying > 1 || row.kind === 'Sync')
        return stepRange(row, fields, ctx, p, q);
    const a = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .rowTerms */ .ok)(rowAt(row, fields, p), ctx, scratchA);
    const b = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .rowTerms */ .ok)(rowAt(row, fields, q), ctx, scratchB);
    // Sizes are monotone in the one varying field, so both ends bound the piece.
    if (!(a.largest < EXACT_LIMIT && b.largest < EXACT_LIMIT) || (a.macs === 0) !== (b.macs === 0))
        return stepRange(row, fields, ctx, p, q);
    const m = p + Math.floor(n / 2);
    const mid = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .rowTerms */ .ok)(rowAt(row, fields, m), ctx, scratchM).exec;
    const predicted = maxAffineAt(a, b, p, q, m);
    if (!(Math.abs(mid - predicted) <= MIDPOINT_TOL * Math.abs(mid)))
        return stepRange(row, fields, ctx, p, q);
    return sumMaxAffine(p, q, [a.compute, a.memory, a.comm], [b.compute, b.memory, b.comm]);
}
/**
 * Σ_{T=from}^{to} of one row's time (seconds, exec as summarize() computes it) with its context fields
 * set per step. `extraCuts` are further T after which the caller knows the row changes piece.
 */
function sumRowExec(row, fields, ctx, from, to, extraCuts = []) {
    if (to < from)
        return 0;
    const cuts = [from - 1, to];
    for (const f of fields) {
        if (f.slope === 0)
            continue;
        addCut(cuts, f, f.lo, from, to);
        addCut(cuts, f, f.hi, from, to);
    }
    for (const c of extraCuts)
        if (c >= from && c < to)
            cuts.push(c);
    sortAscending(cuts);
    let sum = 0;
    for (let i = 0; i + 1 < cuts.length; i++) {
        const p = cuts[i] + 1;
        const q = cuts[i + 1];
        if (p <= q)
            sum += sumPiece(row, fields, ctx, p, q);
    }
    return sum;
}
/**
 * Σ_{T=from}^{to} of the step latency (ms) of `rows`, whose row i has the context fields `fields[i]`
 * (null or empty: constant across steps). Equal to summing summarize(rows at T).latency per step within
 * float rounding; cost O(rows × pieces).
 */
function sumStepLatencies(rows, fields, ctx, from, to) {
    if (to < from)
        return 0;
    const n = to - from + 1;
    // Constant rows: their contributions (ms × repeat multiplier) at any step; varying rows are re-summed.
    const { contrib, mult } = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .latencyContributions */ .qu)(rows, ctx);
    let total = 0;
    for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        if (row.kind === 'Repeat' || row.kind === 'EndRepeat')
            continue;
        const f = fields[i];
        total += f === null || f.length === 0 ? contrib[i] * n : (sumRowExec(row, f, ctx, from, to) / 0.001) * mult[i];
    }
    return total;
}
/** Object.keys(o).length without building the array (the rows are compared thousands of times per scenario). */
function ownKeyCount(o) {
    let n = 0;
    for (const k in o)
        if (Object.hasOwn(o, k))
            n++;
    return n;
}
/**
 * Whether `b` equals `rowAt(a, fields, T)` (same own keys, each value ===), without building the copy:
 * `keys` are a's own keys; every field of `fields` is one of them.
 */
function matchesAt(a, keys, fields, T, b) {
    if (a === b && fields === null)
        return true;
    const ra = a;
    const rb = b;
    if (ownKeyCount(rb) !== keys.length)
        return false;
    for (let j = 0; j < keys.length; j++) {
        const k = keys[j];
        let expected = ra[k];
        if (fields !== null)
            for (let f = 0; f < fields.length; f++)
                if (fields[f].field === k)
                    expected = fieldValue(fields[f], T);
        if (expected !== rb[k])
            return false;
    }
    return true;
}
/**
 * Finds the context fields of the rows `rowsAt(T)` builds for T in [from, to] (to − from ≥ 4), by
 * building them at a few T: each field that changes must be affine, clamp(T + c, lo, ∞),
 * clamp(T + c, −∞, hi) or clamp(T + c, lo, hi) (slopes other than 1 only unclamped). The guess is then
 * checked against the rows built at every probe and at each side of each breakpoint. Returns the rows at
 * `from` with their fields, or null when the rows change in any other way (the caller then steps).
 * Cost: about 6 + 2·(clamped fields) + log2(to − from) row builds.
 */
function inferContextFields(rowsAt, from, to) {
    const built = new Map();
    const at = (T) => {
        let r = built.get(T);
        if (r === undefined) {
            r = rowsAt(T);
            built.set(T, r);
        }
        return r;
    };
    const first = at(from);
    const second = at(from + 1);
    const penult = at(to - 1);
    const last = at(to);
    const midT = from + Math.floor((to - from) / 2);
    const middle = at(midT);
    const count = first.length;
    if (second.length !== count || penult.length !== count || last.length !== count || middle.length !== count)
        return null;
    const fields = [];
    const rowKeys = [];
    for (let i = 0; i < count; i++) {
        const a = first[i];
        const ka = Object.keys(a);
        rowKeys.push(ka);
        const b0 = second[i];
        const b1 = penult[i];
        const b2 = last[i];
        const b3 = middle[i];
        const n = ka.length;
        if ((b0 !== a && ownKeyCount(b0) !== n) ||
            (b1 !== a && ownKeyCount(b1) !== n) ||
            (b2 !== a && ownKeyCount(b2) !== n) ||
            (b3 !== a && ownKeyCount(b3) !== n))
            return null;
        // The keys that differ at any probe (their order does not matter: each becomes one field of the row).
        let keys;
        for (let j = 0; j < n; j++) {
            const k = ka[j];
            const v = a[k];
            if (v !== b0[k] || v !== b1[k] || v !== b2[k] || v !== b3[k]) {
                if (keys === undefined)
                    keys = new Set();
                keys.add(k);
            }
        }
        if (keys === undefined) {
            fields.push(null);
            continue;
        }
        const rowFields = [];
        for (const k of keys) {
            const v = (T) => {
                const x = at(T)[i][k];
                return typeof x === 'number' && Number.isInteger(x) ? x : NaN;
            };
            const f1 = v(from);
            const s0 = v(from + 1) - f1;
            const fn = v(to);
            const s1 = fn - v(to - 1);
            if (!Number.isInteger(s0) || !Number.isInteger(s1))
                return null;
            let f;
            if (s0 === s1 && f1 + s0 * (to - from) === fn) {
                f = { field: k, offset: f1 - s0 * from, slope: s0, lo: -Infinity, hi: Infinity };
            }
            else if (s0 !== 0 && s1 === 0) {
                // Affine, then clamped from some step on (e.g. a window filling up, or the prompt part of a
                // window shrinking to make room for generated keys).
                const offset = f1 - s0 * from;
                f = s0 > 0 ? { field: k, offset, slope: s0, lo: -Infinity, hi: fn } : { field: k, offset, slope: s0, lo: fn, hi: Infinity };
            }
            else if (s0 === 0 && s1 !== 0) {
                // Clamped, then affine.
                const offset = fn - s1 * to;
                f = s1 > 0 ? { field: k, offset, slope: s1, lo: f1, hi: Infinity } : { field: k, offset, slope: s1, lo: -Infinity, hi: f1 };
            }
            else if (s0 === 0 && s1 === 0 && fn !== f1) {
                // Clamped at both ends: bisect for the first T past the first clamp; the slope is the step after it.
                let lo = from;
                let hi = to;
                while (hi - lo > 1) {
                    const m = lo + Math.floor((hi - lo) / 2);
                    if (v(m) !== f1)
                        hi = m;
                    else
                        lo = m;
                }
                const slope = hi + 1 <= to && v(hi + 1) !== fn ? v(hi + 1) - v(hi) : fn - f1;
                if (slope === 0 || Math.sign(slope) !== Math.sign(fn - f1))
                    return null;
                const offset = v(hi) - slope * hi;
                f = slope > 0 ? { field: k, offset, slope, lo: f1, hi: fn } : { field: k, offset, slope, lo: fn, hi: f1 };
            }
            else {
                return null;
            }
            rowFields.push(f);
        }
        fields.push(rowFields);
    }
    // Check the description at every probe and on both sides of every breakpoint.
    const checkAt = new Set([from, from + 1, midT, to - 1, to]);
    for (const rf of fields) {
        if (rf === null)
            continue;
        for (const f of rf)
            for (const c of fieldCuts(f, from, to))
                for (const T of [c - 1, c, c + 1, c + 2])
                    if (T >= from && T <= to)
                        checkAt.add(T);
    }
    // At the probes, the rows without fields were compared in full above (every key equal, same key count).
    const probes = new Set([from, from + 1, midT, to - 1, to]);
    for (const T of checkAt) {
        const rows = at(T);
        if (rows.length !== count)
            return null;
        const probed = probes.has(T);
        for (let i = 0; i < count; i++) {
            const rf = fields[i];
            if (rf === null && probed)
                continue;
            if (!matchesAt(first[i], rowKeys[i], rf, T, rows[i]))
                return null;
        }
    }
    return { rows: first, fields };
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qz: () => (/* binding */ pyFloat),
/* harmony export */   SA: () => (/* binding */ parallelLayoutProblems),
/* harmony export */   oA: () => (/* binding */ layoutFacts),
/* harmony export */   rp: () => (/* binding */ GenzError)
/* harmony export */ });
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
const list = (xs) => xs.join(', ');
function divisorsOf(n) {
    const out = [];
    for (let d = 1; d <= n; d++)
        if (n % d === 0)
            out.push(d);
    return out;
}
/** Attention shards over tensor × expert devices: the heads must split evenly, query heads a multiple of KV heads. */
function headsSplit(m, tpa) {
    return m.heads % tpa === 0 && Math.ceil(m.heads / tpa) % Math.ceil(m.kvHeads / tpa) === 0;
}
/**
 * The parallel layout's problems in the user's words, each with the field at fault and the degrees that would
 * work (docs/model.md "Parallelism"): expert parallelism must divide the experts (and needs a mixture-of-experts
 * model), tensor × expert parallelism must split the attention heads evenly with query heads a multiple of KV
 * heads per device, and every pipeline stage needs a layer. Manifests and `genz simulate` both check with it.
 */
function parallelLayoutProblems(m, par) {
    const out = [];
    const { tensor: tp, pipeline: pp, expert: ep } = par;
    let expertsOk = true;
    if (ep > 1 && m.experts <= 1) {
        out.push({
            field: 'parallelism.expert',
            message: `expert parallelism ${ep} needs a mixture-of-experts model; ${m.label} is dense (use expert parallelism 1)`,
        });
        expertsOk = false;
    }
    else if (ep > 1 && m.experts % ep !== 0) {
        out.push({
            field: 'parallelism.expert',
            message: `expert parallelism ${ep} does not divide the ${m.experts} experts of ${m.label}; valid degrees: ${list(divisorsOf(m.experts))}`,
        });
        expertsOk = false;
    }
    const tpa = tp * ep;
    if (expertsOk && m.hasAttention && tpa > 1 && !headsSplit(m, tpa)) {
        const field = tp > 1 || ep === 1 ? 'parallelism.tensor' : 'parallelism.expert';
        const what = ep > 1 ? `tensor × expert parallelism ${tp} × ${ep} = ${tpa}` : `tensor parallelism ${tp}`;
        const valid = [];
        for (let d = 1; d * ep <= m.heads; d++)
            if (headsSplit(m, d * ep))
                valid.push(d);
        const hint = valid.length === 0
            ? `no tensor parallel degree works with expert parallelism ${ep}`
            : `valid tensor parallel degrees${ep > 1 ? ` with expert parallelism ${ep}` : ''}: ${list(valid)}`;
        const message = m.heads % tpa !== 0
            ? `${what} does not divide the ${m.heads} attention heads / ${m.kvHeads} KV heads of ${m.label}; ${hint}`
            : `${what} leaves ${Math.ceil(m.heads / tpa)} attention heads and ${Math.ceil(m.kvHeads / tpa)} KV heads per device for ${m.label} ` +
                `(${m.heads} / ${m.kvHeads} in all): the attention heads per device must be a multiple of the KV heads; ${hint}`;
        out.push({ field, message });
    }
    if (pp > m.layers) {
        out.push({
            field: 'parallelism.pipeline',
            message: `pipeline parallelism ${pp} exceeds the ${m.layers} layers of ${m.label}: every stage needs at least one layer; valid degrees: 1 to ${m.layers} (${list(divisorsOf(m.layers))} split the layers evenly)`,
        });
    }
    return out;
}
/** The layout facts of a model (ModelConfig fields; structural, so this file imports nothing). */
function layoutFacts(label, model) {
    return {
        label,
        heads: model.numHeads,
        kvHeads: model.numKvHeads,
        experts: model.numExperts,
        layers: model.numLayers,
        hasAttention: model.layerTypes.some(([mixer]) => mixer === 'MHA-global'),
    };
}


/***/ }),

/***/ 3540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KZ: () => (/* binding */ newRowTerms),
/* harmony export */   PA: () => (/* binding */ operatorTable),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   h3: () => (/* binding */ rowLatencyMs),
/* harmony export */   ok: () => (/* binding */ rowTerms),
/* harmony export */   qu: () => (/* binding */ latencyContributions),
/* harmony export */   vT: () => (/* binding */ SUMMARY_FIELDS),
/* harmony export */   x2: () => (/* binding */ memoryTotals),
/* harmony export */   yE: () => (/* binding */ operatorTimings)
/* harmony export */ });
/* unused harmony exports BREAKDOWN_FIELDS, emptyBreakdown, SummaryTotals */
/* harmony import */ var _collectives_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1654);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _exact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8704);
/* harmony import */ var _operators_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7742);
/**
 * Evaluating operator rows on a system (spec §7) and totalling them (spec §9).
 *
 * The hot path (`summarize`, `memoryTotals`) walks the rows once, reusing one scratch record, and never
 * builds the per-operator table; `operatorTable` builds it on request with GenZ's column names.
 * Every formula is evaluated in GenZ's order so results are bit-identical (spec §0.3).
 */




const MB = 1024 * 1024;
const newCost = () => ({
    macs: 0,
    elemsA: 0,
    elemsW: 0,
    elemsO: 0,
    bytesA: 0,
    bytesW: 0,
    bytesO: 0,
    pinA: false,
    pinW: false,
    pinO: false,
    compute: 0,
    memory: 0,
    comm: 0,
    exec: 0,
    syncElems: 0,
});
function checkHeads(H, Hkv) {
    if (H % Hkv !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('heads_not_divisible', 'AssertionError', `${H} attention heads per device are not a multiple of ${Hkv} KV heads per device (GenZ asserts H % Hkv == 0): choose a tensor × expert parallel degree that splits the heads evenly`, { H, Hkv });
    }
}
/** 5 FLOPs per score (max, subtract, exp, sum, divide) = 2.5 MACs, as GenZ counts a MAC as 2 FLOPs. */
const SOFTMAX_MACS_PER_ELEMENT = 2.5;
/** Residency code with the given operand unpinned (codes in spec §5). */
function unpinScores(res, operand) {
    const a = res === 1 || res === 4 || res === 5 || res === 7;
    const w = res === 2 || res === 4 || res === 6 || res === 7;
    const o = res === 3 || res === 5 || res === 6 || res === 7;
    const pa = operand === 'A' ? false : a;
    const po = operand === 'O' ? false : o;
    if (pa && w && po)
        return 7;
    if (w && po)
        return 6;
    if (pa && po)
        return 5;
    if (pa && w)
        return 4;
    if (po)
        return 3;
    if (w)
        return 2;
    if (pa)
        return 1;
    return 0;
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
            c.elemsA = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod3 */ .xK)(B, row.N, row.K);
            c.elemsW = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod2 */ .qr)(row.M, row.K);
            c.elemsO = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod3 */ .xK)(B, row.N, row.M);
            c.macs = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod4 */ .EB)(B, row.M, row.N, row.K);
            res = row.res;
            break;
        case 'Logit':
        case 'Attend': {
            checkHeads(row.H, row.Hkv);
            const b = row.beamMerge && ctx.beamMerge ? Math.trunc(B / ctx.beamSize) : B;
            const qd = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod4 */ .EB)(b, row.H, row.M, row.D);
            const kv = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod4 */ .EB)(b, row.Hkv, row.N, row.D);
            const scores = row.pairs === undefined ? (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod4 */ .EB)(b, row.H, row.M, row.N) : (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod3 */ .xK)(b, row.H, row.pairs);
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
            c.macs = row.pairs === undefined ? (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod5 */ .xZ)(b, row.H, row.M, row.N, row.D) : (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod4 */ .EB)(b, row.H, row.pairs, row.D);
            res = row.res;
            if (row.unfused) {
                // The scores travel through memory: drop every pin on the score operand.
                c.pinA = c.pinO = false;
                res = unpinScores(res, row.kind === 'Logit' ? 'O' : 'A');
            }
            break;
        }
        case 'Softmax': {
            const b = row.beamMerge && ctx.beamMerge ? Math.trunc(B / ctx.beamSize) : B;
            const scores = row.pairs === undefined ? (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod4 */ .EB)(b, row.H, row.M, row.N) : (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod3 */ .xK)(b, row.H, row.pairs);
            c.elemsA = scores;
            c.elemsW = 0;
            c.elemsO = scores;
            c.macs = scores * SOFTMAX_MACS_PER_ELEMENT;
            res = 0;
            break;
        }
        case 'CONV1D':
            c.elemsA = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod3 */ .xK)(B, row.N, row.IF);
            c.elemsW = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod2 */ .qr)(row.OF, row.C);
            c.elemsO = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod3 */ .xK)(B, row.N, row.OF);
            c.macs = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod4 */ .EB)(B, row.OF, row.N, row.C);
            res = row.res;
            break;
        case 'Einsum': {
            const { Fs, n, S } = row;
            const state = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod4 */ .EB)(B, Fs, n, S);
            const seq = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod3 */ .xK)(B, Fs, n);
            switch (row.name) {
                case 'deltaA':
                    c.elemsA = seq;
                    c.elemsW = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod2 */ .qr)(Fs, S);
                    c.elemsO = state;
                    c.macs = state;
                    break;
                case 'deltaB':
                    c.elemsA = seq;
                    c.elemsW = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod3 */ .xK)(B, n, S);
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
                    c.macs = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod4 */ .EB)(n, B, Fs, S);
                    break;
                case 'y calc':
                    c.elemsA = state;
                    c.elemsW = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod3 */ .xK)(n, B, S);
                    c.elemsO = seq;
                    c.macs = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod4 */ .EB)(n, B, Fs, S);
                    break;
                default: // 'D addition', 'out mult z'
                    c.elemsA = seq;
                    c.elemsW = seq;
                    c.elemsO = seq;
                    c.macs = (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod3 */ .xK)(B, n, Fs);
            }
            res = row.res;
            break;
        }
        case 'Experts': {
            // docs/model.md "MoE": T routed tokens, T·k/ep expert-token products here, distinct experts read.
            const T = B * row.tokens;
            const routed = (T * row.topK) / row.ep;
            const hit = row.local * (1 - (1 - row.topK / row.experts) ** T);
            c.elemsA = routed * row.inDim;
            c.elemsW = hit * row.inDim * row.outDim;
            c.elemsO = routed * row.outDim;
            c.macs = routed * row.inDim * row.outDim;
            res = row.res;
            break;
        }
        case 'Sync':
            c.elemsA = c.elemsW = c.elemsO = 0;
            c.macs = 0;
            c.syncElems = row.nodes === 1 && row.type !== _operators_js__WEBPACK_IMPORTED_MODULE_2__/* .CollectiveType */ .Td.MessagePass ? 0 : (0,_exact_js__WEBPACK_IMPORTED_MODULE_3__/* .prod3 */ .xK)(B, row.M, row.N);
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
    const t = ctx.tensors;
    if (t === undefined) {
        const bpe = ctx.system.bytesPerElement;
        c.bytesA = c.elemsA * bpe;
        c.bytesW = c.elemsW * bpe;
        c.bytesO = c.elemsO * bpe;
        return;
    }
    // Per-tensor precision: W is a weight, an expert weight, or (attention) the KV cache; the rest activations.
    const w = row.kind === 'Logit' || row.kind === 'Attend'
        ? t.kv
        : row.kind === 'Experts'
            ? t.expertWeight
            : row.kind === 'Einsum' || row.kind === 'Softmax'
                ? t.act
                : t.weight;
    c.bytesA = c.elemsA * t.act;
    c.bytesW = c.elemsW * w;
    c.bytesO = c.elemsO * t.act;
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
        const bytes = c.syncElems * (ctx.tensors?.act ?? s.bytesPerElement);
        comm = (0,_collectives_js__WEBPACK_IMPORTED_MODULE_0__/* .collectiveTimeMs */ .g)(row.type, bytes, row.nodes, s.icnLatency, s.icnBw) / 1000;
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
const BREAKDOWN_FIELDS = [
    'Embedding',
    'MHA',
    'FFN',
    'Collective',
    'LA_layers',
    'QKVO_layers',
    'FFN_layers',
    'Softmax',
    'AR_time',
    'A2A_time',
    'Send_Recv_time',
    'Mamba_time',
];
const emptyBreakdown = () => ({
    Embedding: 0,
    MHA: 0,
    FFN: 0,
    Collective: 0,
    LA_layers: 0,
    QKVO_layers: 0,
    FFN_layers: 0,
    Softmax: 0,
    AR_time: 0,
    A2A_time: 0,
    Send_Recv_time: 0,
    Mamba_time: 0,
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
    ['MHA', 'Softmax'],
];
const GROUP_OF_NAME = new Map([
    ...['embeddings', 'classifier'].map((n) => [n, 0]),
    ...['QKV', 'Out Proj', 'Q', 'Q down', 'Q up', 'Q absorb', 'KV down', 'KV up', 'V absorb'].map((n) => [n, 1]),
    ...['Logit', 'Attend', 'Logit Pre', 'Logit Suf', 'Attend Pre', 'Attend Suf', 'Logit Dec', 'Attend Dec'].map((n) => [n, 2]),
    ...['Gate', 'up+gate', 'down', 'shared up+gate', 'shared down'].map((n) => [n, 3]),
    ['Message Pass', 4],
    ...['MHA AR', 'Mamba AR'].map((n) => [n, 5]),
    ...['Gate AR', 'FFN AR'].map((n) => [n, 6]),
    ...['Dispatch A2A', 'Collect A2A'].map((n) => [n, 7]),
    ...['Emb_AR', 'classifier_AG'].map((n) => [n, 8]),
    ...['Inproj', 'Conv', 'BC proj', 'xt proj', 'deltaA', 'deltaB', 'deltaBu', 'x calc', 'y calc', 'D addition', 'out mult z', 'Out proj'].map((n) => [n, 9]),
    ['Softmax', 10],
]);
/** BREAKDOWN_GROUPS as indices into BREAKDOWN_FIELDS (the hot path adds into a typed array, same order). */
const BREAKDOWN_GROUP_INDEX = BREAKDOWN_GROUPS.map((g) => g.map((f) => BREAKDOWN_FIELDS.indexOf(f)));
/**
 * Row name → its breakdown fields (indices), as one object with a property per name: a property load is
 * cheaper than a Map lookup on the hot path. Null prototype, so no inherited name resolves.
 */
const FIELDS_OF_NAME = Object.assign(Object.create(null), Object.fromEntries([...GROUP_OF_NAME].map(([name, group]) => [name, BREAKDOWN_GROUP_INDEX[group]])));
const SUMMARY_FIELDS = [
    'MACs (MFLOP)',
    'Total Data (MB)',
    'Total Weights (MB)',
    'Unused Weights (MB)',
    'KV Cache (MB)',
    'On-chip Memory Footprint (MB)',
    'Latency (msec)',
    'Cycles',
    'Attn Latency (msec)',
    'Linear Latency (msec)',
    'Comm Latency (msec)',
];
function stepMult(row, mult) {
    if (row.kind === 'Repeat')
        return mult * row.count;
    if (row.count === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('pipeline_empty_stage', 'ZeroDivisionError', 'the last pipeline stage has no layers (num_decoder_layers − ⌈layers/pp⌉·(pp−1) = 0): choose a pipeline degree that leaves every stage at least one layer');
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
/**
 * Storage accounting (corrected model, docs/model.md "Memory"): weights and cache are what the Storage
 * rows declare; operator rows add only the idle experts (unused weights) and extension GEMMs (LoRA).
 */
function addStored(row, c, mult, t, ctx) {
    const bytes = ctx.tensors;
    const bpe = ctx.system.bytesPerElement;
    if (row.kind === 'Storage') {
        const b = row.beamMerge && ctx.beamMerge ? Math.trunc(ctx.batch / ctx.beamSize) : ctx.batch;
        t.weightsMb += ((row.weights * (bytes?.weight ?? bpe) + row.expertWeights * (bytes?.expertWeight ?? bpe)) / MB) * mult;
        t.kvCacheMb += ((b * row.cachePerSeq * (bytes?.kv ?? bpe)) / MB) * mult;
    }
    else if (row.kind === 'Experts') {
        const all = row.local * row.inDim * row.outDim * (bytes?.expertWeight ?? bpe);
        t.unusedWeightsMb += ((all - c.bytesW) / MB) * mult;
    }
    else if (row.kind === 'GEMM' && row.breakdownAs !== undefined) {
        t.weightsMb += (c.bytesW / MB) * mult;
    }
}
function hasStorage(rows) {
    for (let i = 0; i < rows.length; i++)
        if (rows[i].kind === 'Storage')
            return true;
    return false;
}
function memoryTotals(rows, ctx) {
    const c = newCost();
    const t = { weightsMb: 0, kvCacheMb: 0, unusedWeightsMb: 0 };
    const stored = hasStorage(rows);
    let mult = 1;
    for (const row of rows) {
        if (row.kind === 'Repeat' || row.kind === 'EndRepeat') {
            mult = stepMult(row, mult);
            continue;
        }
        sizeRow(row, ctx, c);
        if (stored)
            addStored(row, c, mult, t, ctx);
        else
            addMemory(row, c, mult, t);
    }
    return t;
}
/** The roofline summary and runtime breakdown in one walk (spec §9.1, §9.2, §9.4). */
/** Scratch of `summarize` (it never re-enters): the row record and the breakdown sums, reset per call. */
const SCRATCH_COST = newCost();
const SCRATCH_ACC = new Float64Array(BREAKDOWN_FIELDS.length);
function summarize(rows, ctx) {
    const c = SCRATCH_COST;
    const acc = SCRATCH_ACC;
    acc.fill(0);
    // The system's constants in locals: timeRow()'s formulas below, in its order (bit-identical).
    const s = ctx.system;
    const freq = s.frequencyHz;
    const cm = s.computeMultiplier;
    const ops = s.opPerSec;
    const ce = s.computeEfficiency;
    const me = s.memoryEfficiency;
    const onBw = s.onchipBw;
    const offBw = s.offchipBw;
    let weightsMb = 0;
    let kvCacheMb = 0;
    let unusedWeightsMb = 0;
    let mflop = 0;
    let totalData = 0;
    let footprint = 0;
    let latency = 0;
    let cycles = 0;
    let attn = 0;
    let linear = 0;
    let comm = 0;
    let mult = 1;
    const stored = hasStorage(rows);
    const mem = stored ? { weightsMb: 0, kvCacheMb: 0, unusedWeightsMb: 0 } : undefined;
    for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        const kind = row.kind;
        if (kind === 'Repeat' || kind === 'EndRepeat') {
            mult = stepMult(row, mult);
            continue; // markers have zero sizes, so they never raise the footprint
        }
        sizeRow(row, ctx, c);
        if (kind === 'Storage') {
            addStored(row, c, mult, mem, ctx);
            continue; // memory only: no time, no breakdown category
        }
        // timeRow(), inlined.
        let compute = (c.macs * cm) / ops;
        compute = compute / ce;
        const bytesA = c.bytesA;
        const bytesW = c.bytesW;
        const bytesO = c.bytesO;
        let memory = 0 + bytesA / (c.pinA ? onBw : offBw);
        memory = memory + bytesW / (c.pinW ? onBw : offBw);
        memory = memory + bytesO / (c.pinO ? onBw : offBw);
        memory = memory / me;
        let commS = 0;
        if (kind === 'Sync') {
            const bytes = c.syncElems * (ctx.tensors?.act ?? s.bytesPerElement);
            commS = (0,_collectives_js__WEBPACK_IMPORTED_MODULE_0__/* .collectiveTimeMs */ .g)(row.type, bytes, row.nodes, s.icnLatency, s.icnBw) / 1000;
            commS = commS / s.commEfficiency;
        }
        if (compute === 0)
            memory = 0;
        const exec = Math.max(compute, memory, commS);
        const inA = bytesA / MB;
        const inW = bytesW / MB;
        const out = bytesO / MB;
        const latMs = exec / 0.001;
        const lat = latMs * mult;
        mflop += ((2 * c.macs) / 1e6) * mult;
        totalData += (inA + inW + out) * mult;
        if (stored) {
            addStored(row, c, mult, mem, ctx);
        }
        else if (kind === 'Logit' || kind === 'Attend' || kind === 'CONV1D') {
            // addMemory(), inlined.
            kvCacheMb += inW * mult;
        }
        else if (kind === 'Einsum') {
            if (row.name === 'x calc')
                kvCacheMb += (inW * mult) / row.n;
        }
        else if (kind === 'GEMM') {
            weightsMb += inW * mult;
            if (c.macs === 0)
                unusedWeightsMb += inW * mult;
        }
        const fp = inA + inW + out;
        if (fp > footprint)
            footprint = fp;
        latency += lat;
        cycles += exec * freq * mult;
        if (kind === 'Logit' || kind === 'Attend' || kind === 'Softmax')
            attn += lat;
        else if (kind === 'GEMM' || kind === 'Experts')
            linear += lat;
        else if (kind === 'Sync')
            comm += lat;
        const key = kind === 'Softmax' ? 'Softmax' : (kind === 'GEMM' && row.breakdownAs) || row.name;
        const fields = FIELDS_OF_NAME[key];
        if (fields === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('invalid_input', 'ValueError', `operator '${row.name}' has no runtime-breakdown category`);
        }
        for (let f = 0; f < fields.length; f++)
            acc[fields[f]] += lat;
    }
    if (mem !== undefined) {
        weightsMb = mem.weightsMb;
        kvCacheMb = mem.kvCacheMb;
        unusedWeightsMb = mem.unusedWeightsMb;
    }
    return new SummaryTotals([
        mflop,
        totalData,
        weightsMb,
        unusedWeightsMb,
        kvCacheMb,
        footprint,
        latency,
        cycles,
        attn,
        linear,
        comm,
        acc[0],
        acc[1],
        acc[2],
        acc[3],
        acc[4],
        acc[5],
        acc[6],
        acc[7],
        acc[8],
        acc[9],
        acc[10],
        acc[11],
    ]);
}
/**
 * What `summarize` returns: its 23 totals in one array of doubles (the summary fields in SUMMARY_FIELDS
 * order, then the breakdown in BREAKDOWN_FIELDS order), with the summary and breakdown records built on
 * first read. Callers that need only the latency or the memory totals never build them.
 */
class SummaryTotals {
    #v;
    #summary = undefined;
    #breakdown = undefined;
    constructor(values) {
        this.#v = values;
    }
    /** 'Latency (msec)'. */
    get latencyMs() {
        return this.#v[6];
    }
    /** 'Total Weights (MB)'. */
    get weightsMb() {
        return this.#v[2];
    }
    /** 'Unused Weights (MB)'. */
    get unusedWeightsMb() {
        return this.#v[3];
    }
    /** 'KV Cache (MB)'. */
    get kvCacheMb() {
        return this.#v[4];
    }
    get summary() {
        if (this.#summary === undefined) {
            const v = this.#v;
            this.#summary = {
                'MACs (MFLOP)': v[0],
                'Total Data (MB)': v[1],
                'Total Weights (MB)': v[2],
                'Unused Weights (MB)': v[3],
                'KV Cache (MB)': v[4],
                'On-chip Memory Footprint (MB)': v[5],
                'Latency (msec)': v[6],
                Cycles: v[7],
                'Attn Latency (msec)': v[8],
                'Linear Latency (msec)': v[9],
                'Comm Latency (msec)': v[10],
            };
        }
        return this.#summary;
    }
    get breakdown() {
        if (this.#breakdown === undefined) {
            const v = this.#v;
            this.#breakdown = {
                Embedding: v[11],
                MHA: v[12],
                FFN: v[13],
                Collective: v[14],
                LA_layers: v[15],
                QKVO_layers: v[16],
                FFN_layers: v[17],
                Softmax: v[18],
                AR_time: v[19],
                A2A_time: v[20],
                Send_Recv_time: v[21],
                Mamba_time: v[22],
            };
        }
        return this.#breakdown;
    }
}
function dimension(row, ctx) {
    const B = ctx.batch;
    switch (row.kind) {
        case 'GEMM':
            return [
                [
                    [B, row.N, row.K],
                    [row.M, row.K],
                    [B, row.N, row.M],
                ],
            ];
        case 'Logit':
        case 'Attend': {
            const b = row.beamMerge && ctx.beamMerge ? Math.trunc(B / ctx.beamSize) : B;
            const q = [b, row.H, row.M, row.D];
            const kv = [b, row.Hkv, row.N, row.D];
            const s = [b, row.H, row.M, row.N];
            return row.kind === 'Logit' ? [q, kv, s] : [s, kv, q];
        }
        case 'CONV1D':
            return [
                [B, row.N, row.IF],
                [row.OF, 1, row.C],
                [B, row.N, row.OF],
            ];
        case 'Softmax': {
            const b = row.beamMerge && ctx.beamMerge ? Math.trunc(B / ctx.beamSize) : B;
            const s = [b, row.H, row.M, row.N];
            return [s, 0, s];
        }
        case 'Einsum': {
            const { Fs, n, S } = row;
            switch (row.name) {
                case 'deltaA':
                    return [
                        [B, Fs, n],
                        [Fs, S],
                        [B, Fs, n, S],
                    ];
                case 'deltaB':
                    return [
                        [B, Fs, n],
                        [B, n, S],
                        [B, Fs, n, S],
                    ];
                case 'deltaBu':
                    return [
                        [B, Fs, n, S],
                        [B, Fs, n],
                        [B, Fs, n, S],
                    ];
                case 'x calc':
                    return [
                        [n, B, Fs, S],
                        [n, B, Fs, S],
                        [n, B, Fs, S],
                    ];
                case 'y calc':
                    return [
                        [n, B, Fs, S],
                        [n, B, S],
                        [n, B, Fs],
                    ];
                default:
                    return [
                        [B, n, Fs],
                        [B, n, Fs],
                        [B, n, Fs],
                    ];
            }
        }
        case 'Sync':
            return row.nodes === 1 && row.type !== _operators_js__WEBPACK_IMPORTED_MODULE_2__/* .CollectiveType */ .Td.MessagePass ? null : [B, row.M, row.N];
        case 'Experts':
            return { tokens: B * row.tokens, experts: row.experts, local: row.local, top_k: row.topK, shape: [row.inDim, row.outDim] };
        case 'Storage':
            return { weights: row.weights, expert_weights: row.expertWeights, cache_per_sequence: row.cachePerSeq };
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
/** Operand shapes are read only for GEMM and attention rows (token counts, query length). */
const SHAPED_KINDS = new Set(['GEMM', 'Logit', 'Attend', 'Softmax']);
/**
 * The table's timing columns only, row for row as `operatorTable` computes them (same values), with the
 * Dimension of GEMM and attention rows (null for the others): what calibration needs, at a fraction of
 * the table's cost.
 */
function operatorTimings(rows, ctx) {
    const c = newCost();
    const table = [];
    let mult = 1;
    for (const row of rows) {
        const isMarker = row.kind === 'Repeat' || row.kind === 'EndRepeat';
        if (isMarker) {
            c.compute = c.memory = c.comm = 0;
        }
        else {
            sizeRow(row, ctx, c);
            timeRow(row, ctx, c);
        }
        table.push({
            'Op Type': row.kind,
            Dimension: SHAPED_KINDS.has(row.kind) ? dimension(row, ctx) : null,
            'Compute time (msec)': c.compute / 0.001,
            'Memory time (msec)': c.memory / 0.001,
            'Communication time (msec)': c.comm / 0.001,
            Repeat: isMarker ? 0 : mult,
        });
        if (isMarker)
            mult = stepMult(row, mult);
    }
    return table;
}
/**
 * Per-row latency contributions (ms × repeat multiplier) in row order, markers as 0, plus each row's
 * multiplier. Summing the contributions from 0 in order repeats summarize()'s float operations exactly,
 * which lets callers re-evaluate only the rows that change between calls and stay bit-identical.
 */
function latencyContributions(rows, ctx) {
    const c = newCost();
    const contrib = new Float64Array(rows.length);
    const mults = new Float64Array(rows.length);
    let mult = 1;
    rows.forEach((row, i) => {
        if (row.kind === 'Repeat' || row.kind === 'EndRepeat') {
            mult = stepMult(row, mult);
            return;
        }
        sizeRow(row, ctx, c);
        timeRow(row, ctx, c);
        mults[i] = mult;
        contrib[i] = (c.exec / 0.001) * mult;
    });
    return { contrib, mult: mults };
}
/** Latency of one row in ms (exec / 0.001), as summarize() computes it. */
function rowLatencyMs(row, ctx) {
    const c = newCost();
    sizeRow(row, ctx, c);
    timeRow(row, ctx, c);
    return c.exec / 0.001;
}
const newRowTerms = () => ({ compute: 0, memory: 0, comm: 0, exec: 0, macs: 0, largest: 0 });
const termsScratch = newCost();
/** Sizes and times one row as summarize() does, into `out` (no allocation). */
function rowTerms(row, ctx, out) {
    const c = termsScratch;
    sizeRow(row, ctx, c);
    timeRow(row, ctx, c);
    out.compute = c.compute;
    out.memory = c.memory;
    out.comm = c.comm;
    out.exec = c.exec;
    out.macs = c.macs;
    out.largest = Math.max(Math.abs(c.macs), Math.abs(c.elemsA), Math.abs(c.elemsW), Math.abs(c.elemsO), Math.abs(c.syncElems));
    return out;
}


/***/ }),

/***/ 8704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ exactPow),
/* harmony export */   EB: () => (/* binding */ prod4),
/* harmony export */   qr: () => (/* binding */ prod2),
/* harmony export */   xK: () => (/* binding */ prod3),
/* harmony export */   xZ: () => (/* binding */ prod5)
/* harmony export */ });
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


/***/ }),

/***/ 4620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   HQ: () => (/* binding */ presetSystem),
/* harmony export */   Ko: () => (/* binding */ specDecode),
/* harmony export */   R$: () => (/* binding */ expectedTokens),
/* harmony export */   W: () => (/* binding */ decodeStepSum),
/* harmony export */   b$: () => (/* binding */ chunkedPassBuilder),
/* harmony export */   bD: () => (/* binding */ specDecodeStepSum),
/* harmony export */   cs: () => (/* binding */ decodeStepPieces),
/* harmony export */   jF: () => (/* binding */ nativeRates),
/* harmony export */   tT: () => (/* binding */ FIDELITIES),
/* harmony export */   tl: () => (/* binding */ resolveTensorPrecisions),
/* harmony export */   tv: () => (/* binding */ prefill),
/* harmony export */   z: () => (/* binding */ chunked)
/* harmony export */ });
/* unused harmony exports decodeStepLatencies, specPrefill */
/* harmony import */ var _builders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3487);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3540);
/* harmony import */ var _context_sum_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9318);
/* harmony import */ var _exact_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8704);
/* harmony import */ var _layered_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1835);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8246);
/* harmony import */ var _precision_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(683);
/* harmony import */ var _system_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(406);
/**
 * GenZ's entry points (spec §10): prefill, decode, chunked prefill and speculative decoding, with the
 * memory fit check and offload. Each returns totals; the per-operator table is built lazily.
 */









const FIDELITIES = ['genz', 'corrected'];
const GENZ_BUILDERS = { prefill: _builders_js__WEBPACK_IMPORTED_MODULE_0__/* .buildPrefillRows */ .ew, decode: _builders_js__WEBPACK_IMPORTED_MODULE_0__/* .buildDecodeRows */ .Yr, chunked: _builders_js__WEBPACK_IMPORTED_MODULE_0__/* .buildChunkedRows */ .y_ };
const CORRECTED_BUILDERS = {
    prefill: (m, par, L) => (0,_layered_js__WEBPACK_IMPORTED_MODULE_4__/* .buildLayeredRows */ .Q)(m, par, { kind: 'prefill', L }),
    decode: (m, par, L, T) => (0,_layered_js__WEBPACK_IMPORTED_MODULE_4__/* .buildLayeredRows */ .Q)(m, par, { kind: 'decode', L, T }),
    chunked: (m, par, prefill, decode) => (0,_layered_js__WEBPACK_IMPORTED_MODULE_4__/* .buildLayeredRows */ .Q)(m, par, { kind: 'chunked', prefill, decode }),
};
const MB = 1024 * 1024;
const GB = 1024 * 1024 * 1024;
/** Offload link bandwidth when the system names none, in GenZ "GB/s" (spec §10.2). */
const OFFLOAD_BW_GBPS = 128;
/** The per-tensor precisions of a corrected run: explicit classes, then the model's stated weights, then bits. */
function resolveTensorPrecisions(stated, bits, given) {
    const check = (p, field) => {
        if (p === undefined || p === null)
            return undefined;
        if (!(0,_precision_js__WEBPACK_IMPORTED_MODULE_6__/* .isPrecision */ .v)(p))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('unsupported_bits', 'KeyError', `unsupported precision '${p}' for ${field}`, { bits: p, field });
        return p;
    };
    const base = check(bits, 'bits');
    const weights = check(given?.weights, 'weights') ?? check(stated.weightPrecision, 'weight_precision') ?? base;
    return {
        weights,
        expertWeights: check(given?.expertWeights, 'expert weights') ??
            (given?.weights !== undefined ? weights : check(stated.expertWeightPrecision, 'expert_weight_precision')) ??
            weights,
        activations: check(given?.activations, 'activations') ?? base,
        kvCache: check(given?.kvCache, 'kv cache') ?? base,
    };
}
/** Native dense peak rates per precision, where the hardware's datasheet states them (presets). */
function nativeRates(system) {
    return system.peakFlopsByPrecision;
}
/**
 * The system a corrected run computes on: the compute precision follows the activations where the
 * hardware runs them natively (docs/model.md "Precision"), at that precision's stated peak rate.
 */
function correctedSystem(ref, acts, eff) {
    // Presets: resolved once per (preset, activations, efficiency), like presetSystem (a System is frozen).
    const cacheable = typeof ref === 'string' && typeof eff === 'number';
    if (cacheable) {
        const cached = correctedCache.get(ref, acts, eff);
        if (cached !== undefined)
            return cached;
    }
    const probe = presetSystem(ref, 'bf16', eff);
    const native = nativeRates(probe);
    const { bits } = (0,_precision_js__WEBPACK_IMPORTED_MODULE_6__/* .computePrecision */ .ej)(acts, native);
    const system = presetSystem(ref, bits, eff);
    const rate = native?.[bits];
    const out = rate === undefined ? system : Object.freeze({ ...system, opPerSec: rate / 2, computeMultiplier: 1 });
    if (cacheable)
        correctedCache.set(ref, acts, eff, out);
    return out;
}
function checkDegree(value, name) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
        // GenZ fails on a zero degree deep inside (ZeroDivisionError, or a bogus does-not-fit); we say why up front.
        const kind = value === 0 && (name === 'tensor_parallel' || name === 'pipeline_parallel') ? `zero_${name}` : 'invalid_parallelism';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp(kind, 'ValueError', `${name} must be an integer >= 1, got ${JSON.stringify(value)}`, { field: name });
    }
    return value;
}
function checkCount(value, name) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('invalid_input', 'ValueError', `${name} must be an integer >= 0, got ${JSON.stringify(value)}`, { field: name });
    }
    return value;
}
function resolveCommon(args) {
    const par = {
        tp: checkDegree(args.tensor_parallel ?? 1, 'tensor_parallel'),
        pp: checkDegree(args.pipeline_parallel ?? 1, 'pipeline_parallel'),
        ep: checkDegree(args.expert_parallel ?? 1, 'expert_parallel'),
    };
    const model = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveModel */ .AX)(args.model);
    const ref = args.system_name ?? 'A100_40GB_GPU';
    const bits = args.bits ?? 'bf16';
    const eff = args.system_eff ?? 1;
    const fidelity = args.fidelity ?? 'genz';
    if (fidelity === 'genz') {
        return { model, system: presetSystem(ref, bits, eff), par, offload: args.model_offload ?? false, rows: GENZ_BUILDERS, tensors: undefined };
    }
    if (fidelity !== 'corrected')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('invalid_input', 'ValueError', `fidelity must be 'genz' or 'corrected', got ${JSON.stringify(fidelity)}`, { field: 'fidelity' });
    const tp = resolveTensorPrecisions(model.arch, bits, args.tensors);
    const system = correctedSystem(ref, tp.activations, eff);
    return { model, system, par, offload: args.model_offload ?? false, rows: CORRECTED_BUILDERS, tensors: (0,_precision_js__WEBPACK_IMPORTED_MODULE_6__/* .tensorBytes */ .X2)(tp) };
}
/**
 * Systems of presets, resolved once per (preset, bits, efficiency): a System is frozen, so sharing it is
 * safe, and building one is a fifth of a small case's time. Inline specs are built every call (they may
 * be mutated between calls). Bounded: cleared when it grows past PRESET_CACHE_MAX entries.
 */
const PRESET_CACHE_MAX = 1024;
/** Systems by (preset, precision, efficiency) in nested maps: no key string is built per lookup. */
class SystemCache {
    byRef = new Map();
    size = 0;
    get(ref, bits, eff) {
        return this.byRef.get(ref)?.get(bits)?.get(eff);
    }
    set(ref, bits, eff, system) {
        if (this.size >= PRESET_CACHE_MAX) {
            this.byRef.clear();
            this.size = 0;
        }
        let byBits = this.byRef.get(ref);
        if (byBits === undefined) {
            byBits = new Map();
            this.byRef.set(ref, byBits);
        }
        let byEff = byBits.get(bits);
        if (byEff === undefined) {
            byEff = new Map();
            byBits.set(bits, byEff);
        }
        if (!byEff.has(eff))
            this.size++;
        byEff.set(eff, system);
    }
}
const presetCache = new SystemCache();
const correctedCache = new SystemCache();
function presetSystem(ref, bits, eff) {
    if (typeof ref !== 'string' || typeof bits !== 'string' || typeof eff !== 'number')
        return (0,_system_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveSystem */ .W9)(ref, bits, eff);
    let system = presetCache.get(ref, bits, eff);
    if (system === undefined) {
        system = (0,_system_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveSystem */ .W9)(ref, bits, eff);
        presetCache.set(ref, bits, eff, system);
    }
    return system;
}
function transform(args, rows, phase, r, model = r.model, par = r.par) {
    return args.transformRows ? args.transformRows(rows, phase, model, par) : rows;
}
/** Micro-batch of one pipeline pass (spec §10.1 step 1). */
function microBatch(batch, pp) {
    return pp > 1 ? Math.max(Math.floor(batch / pp), 1) : batch;
}
function perChipMb(system) {
    return system.offChipMemBytes / MB;
}
function doesNotFit(kind, system, mem, requiredMb) {
    const cap = perChipMb(system);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp(kind, 'ValueError', `All params would not fit on chip. System Memory Cap:${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .pyFloat */ .Qz)(cap / 1024)} GB , Weights : ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .pyFloat */ .Qz)(mem.weightsMb / 1024)} GB, KV Cache:${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .pyFloat */ .Qz)(mem.kvCacheMb / 1024)}. \n System:${system.name}`, { deviceMemoryMb: cap, requiredMb, weightsMb: mem.weightsMb, kvCacheMb: mem.kvCacheMb });
}
/**
 * Offload (spec §10.2): the memory time becomes the slower of streaming the resident part from HBM and
 * the rest over the offload link; only off-chip bandwidth changes, for every operator.
 */
function offloadSystem(system, requiredMbPerChip) {
    const req = requiredMbPerChip / 1024;
    const dev = perChipMb(system) / 1024;
    const off = req - dev;
    const obw = system.externalMemBw === 0 ? OFFLOAD_BW_GBPS : system.externalMemBw / GB;
    const hbm = system.offchipBw / GB;
    if (!(off > 0))
        return system;
    const bw = req / Math.max(Math.min(req, dev) / hbm, off / obw);
    return (0,_system_js__WEBPACK_IMPORTED_MODULE_7__/* .withOffchipBw */ .$e)(system, bw * GB);
}
/** Characteristics pass and fit check (spec §10.1 steps 4–5); returns the system for the timing pass. */
function fitOrOffload(rows, ctx, pp, offload) {
    const mem = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .memoryTotals */ .x2)(rows, ctx);
    const total = mem.weightsMb + mem.kvCacheMb;
    const requiredMb = total / pp;
    if (perChipMb(ctx.system) < requiredMb) {
        if (!offload)
            throw doesNotFit('does_not_fit', ctx.system, mem, requiredMb);
        return { system: offloadSystem(ctx.system, requiredMb), isOffload: true, mem, requiredMb };
    }
    return { system: ctx.system, isOffload: false, mem, requiredMb };
}
/**
 * Fit check and timing in one walk (spec §10.1 steps 4–6): the timing pass on the system as given also
 * totals weights and KV exactly as the characteristics pass does (same rows, same order), so it decides
 * the fit; only when the rows do not fit and offload is on are they timed again on the offload system.
 */
function timeWithFit(rows, sizing, pp, offload) {
    let totals = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .summarize */ .eh)(rows, sizing);
    const mem = { weightsMb: totals.weightsMb, kvCacheMb: totals.kvCacheMb, unusedWeightsMb: totals.unusedWeightsMb };
    const requiredMb = (mem.weightsMb + mem.kvCacheMb) / pp;
    if (!(perChipMb(sizing.system) < requiredMb))
        return { ctx: sizing, totals, fit: { isOffload: false, requiredMb, mem } };
    if (!offload)
        throw doesNotFit('does_not_fit', sizing.system, mem, requiredMb);
    const ctx = { ...sizing, system: offloadSystem(sizing.system, requiredMb) };
    totals = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .summarize */ .eh)(rows, ctx);
    return { ctx, totals, fit: { isOffload: true, requiredMb, mem } };
}
/**
 * The result of a single timed pass (prefill, decode, chunked): a class, so the lazy table is two
 * prototype methods over private fields rather than two closures allocated per call.
 */
class PassResult {
    latencyMs;
    throughput;
    isOffload;
    memoryRequiredMb;
    fitWeightsMb;
    fitKvCacheMb;
    deviceMemoryMb;
    model;
    system;
    #totals;
    #rows;
    #ctx;
    #table = undefined;
    #timing = undefined;
    constructor(rows, ctx, r, throughputTokens, fit, totals) {
        const latencyMs = totals.latencyMs;
        this.latencyMs = latencyMs;
        this.throughput = (1000 * throughputTokens) / latencyMs;
        this.isOffload = fit.isOffload;
        this.memoryRequiredMb = fit.requiredMb;
        this.fitWeightsMb = fit.mem.weightsMb;
        this.fitKvCacheMb = fit.mem.kvCacheMb;
        this.deviceMemoryMb = perChipMb(r.system);
        this.model = r.model;
        this.system = ctx.system;
        this.#totals = totals;
        this.#rows = rows;
        this.#ctx = ctx;
    }
    /** Built on first read (most callers read only the latency). */
    get breakdown() {
        return this.#totals.breakdown;
    }
    get summary() {
        return this.#totals.summary;
    }
    operators() {
        if (this.#table === undefined)
            this.#table = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .operatorTable */ .PA)(this.#rows, this.#ctx);
        return this.#table;
    }
    timings() {
        if (this.#table !== undefined)
            return this.#table;
        if (this.#timing === undefined)
            this.#timing = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .operatorTimings */ .yE)(this.#rows, this.#ctx);
        return this.#timing;
    }
}
function makeResult(rows, ctx, r, throughputTokens, fit, totals) {
    return new PassResult(rows, ctx, r, throughputTokens, fit, totals);
}
/** `prefill_moddeling` (spec §10.3): one pass over a micro-batch; throughput counts one token per sequence. */
function prefill(args) {
    const r = resolveCommon(args);
    const batch = checkCount(args.batch_size ?? 1, 'batch_size');
    const L = checkCount(args.input_tokens ?? 4096, 'input_tokens');
    const ub = microBatch(batch, r.par.pp);
    const rows = transform(args, r.rows.prefill(r.model, r.par, L), 'prefill', r);
    const sizing = { system: r.system, batch: ub, beamMerge: false, beamSize: 1, tensors: r.tensors };
    const t = timeWithFit(rows, sizing, r.par.pp, r.offload);
    return makeResult(rows, t.ctx, r, batch, t.fit, t.totals);
}
/** `decode_moddeling` (spec §10.4): one decode step at prompt KV L and per-beam generated KV T. */
function decode(args) {
    const r = resolveCommon(args);
    const batch = checkCount(args.batch_size ?? 1, 'batch_size');
    const L = checkCount(args.input_tokens ?? 4096, 'input_tokens');
    const T = checkCount(args.output_tokens ?? 0, 'output_tokens');
    const Bb = checkDegree(args.Bb ?? 4, 'Bb');
    const ub = microBatch(batch, r.par.pp);
    const rows = transform(args, r.rows.decode(r.model, r.par, L, T), 'decode', r);
    const sizing = { system: r.system, batch: ub * Bb, beamMerge: Bb > 1, beamSize: Bb, tensors: r.tensors };
    const t = timeWithFit(rows, sizing, r.par.pp, r.offload);
    return makeResult(rows, t.ctx, r, batch, t.fit, t.totals);
}
function checkChunk(prefillKv, decodeKv) {
    if (!Array.isArray(prefillKv))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('invalid_input', 'TypeError', 'prefill_kv_sizes must be a list of [past_tokens, new_tokens] pairs', { field: 'prefill_kv_sizes' });
    prefillKv.forEach((e, i) => {
        if (!Array.isArray(e) || e.length !== 2)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('invalid_input', 'TypeError', `prefill_kv_sizes[${i}] must be a [past_tokens, new_tokens] pair`, { field: 'prefill_kv_sizes' });
        e.forEach((v, j) => checkCount(v, `prefill_kv_sizes[${i}][${j}]`));
    });
    if (!Array.isArray(decodeKv))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('invalid_input', 'TypeError', 'decode_kv_sizes must be a list', { field: 'decode_kv_sizes' });
    decodeKv.forEach((e, i) => {
        if (typeof e === 'number')
            checkCount(e, `decode_kv_sizes[${i}]`);
        else if (Array.isArray(e) && (e.length === 2 || e.length === 4))
            e.forEach((v, j) => checkCount(v, `decode_kv_sizes[${i}][${j}]`));
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('invalid_input', 'TypeError', `decode_kv_sizes[${i}] must be a context length, [batches, context] or [prefill_beams, decode_beams, prefill_context, decode_context]`, { field: 'decode_kv_sizes' });
    });
}
/** `chunked_moddeling` (spec §10.5): one iteration over a mixed chunk, batch 1. */
function chunked(args) {
    const r = resolveCommon(args);
    const prefillKv = args.prefill_kv_sizes ?? [[1024, 511]];
    const decodeKv = args.decode_kv_sizes ?? [1600, 1601, 1602];
    checkChunk(prefillKv, decodeKv);
    const rows = transform(args, r.rows.chunked(r.model, r.par, prefillKv, decodeKv), 'chunked', r);
    // The characteristics pass runs with beam merge on at size 1 and the timing pass with it off: no effect.
    const ctx = { system: r.system, batch: 1, beamMerge: false, beamSize: 1, tensors: r.tensors };
    const t = timeWithFit(rows, ctx, r.par.pp, r.offload);
    const { prefillLen } = (0,_builders_js__WEBPACK_IMPORTED_MODULE_0__/* .chunkTokens */ .GE)(prefillKv, []);
    // Throughput counts decode entries, not the beams or batches inside them (spec §13.19).
    return makeResult(rows, t.ctx, r, prefillLen + decodeKv.length, t.fit, t.totals);
}
/**
 * `expected_tokens` (spec §10.6): expected accepted tokens per speculative step with N parallel tokens
 * and acceptance rate x, accumulated in GenZ's order with a correctly rounded power.
 */
function expectedTokens(N, x) {
    if (!(x >= 0 && x <= 1)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('spec_acceptance_rate', 'ValueError', `token acceptance rate must be between 0 and 1, got ${x}`, { field: 'token_acceptance_rate' });
    }
    if (!(N >= 1)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('spec_parallel_tokens', 'ValueError', `number of parallel tokens must be >= 1, got ${N}`, { field: 'num_parallel_tokens' });
    }
    let e = 1;
    for (let k = 1; k < N; k++)
        e += k * (0,_exact_js__WEBPACK_IMPORTED_MODULE_8__/* .exactPow */ .Ag)(x, k) * (1 - x);
    e += N * (0,_exact_js__WEBPACK_IMPORTED_MODULE_8__/* .exactPow */ .Ag)(x, N);
    return Math.min(e, N);
}
function sumSummaries(a, b) {
    const out = { ...a };
    for (const f of _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_FIELDS */ .vT)
        out[f] = a[f] + b[f];
    return out;
}
function specSetup(args) {
    const r = resolveCommon(args);
    const batch = checkCount(args.batch_size ?? 1, 'batch_size');
    const L = checkCount(args.input_tokens ?? 1024, 'input_tokens');
    checkCount(args.output_tokens ?? 1024, 'output_tokens');
    const Np = args.num_parallel_tokens ?? 8;
    const rate = args.token_acceptance_rate ?? 0.7;
    const { tp, pp, ep } = r.par;
    const ub = microBatch(batch, pp);
    const nmb = pp > 1 ? Math.floor(batch / ub) : 1;
    if (!(typeof Np === 'number' && Number.isInteger(Np) && Np > 1)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('spec_parallel_tokens', 'AssertionError', `num_parallel_tokens must be an integer > 1 for the full model to be useful, got ${JSON.stringify(Np)}`, { field: 'num_parallel_tokens' });
    }
    if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('spec_acceptance_rate', 'ValueError', `token_acceptance_rate must be between 0 and 1, got ${JSON.stringify(rate)}`, {
            field: 'token_acceptance_rate',
        });
    }
    const draftModel = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveModel */ .AX)(args.draft_model ?? 'meta-llama/meta-llama-3.1-8b');
    const cfg = args.draft_system_config;
    if (cfg === null || cfg === undefined || typeof cfg !== 'object' || Array.isArray(cfg)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('missing_draft_system_config', 'AttributeError', 'speculative decoding needs draft_system_config: {} to run the draft on the same system and layout, or {system, tp, pp, ub}', { field: 'draft_system_config' });
    }
    const sameSystem = Object.keys(cfg).length === 0;
    const draftTp = checkDegree(cfg.tp ?? tp, 'draft_system_config.tp');
    const draftPp = checkDegree(cfg.pp ?? pp, 'draft_system_config.pp');
    const draftUb = checkCount(cfg.ub ?? ub, 'draft_system_config.ub');
    // GenZ uses a given draft System as constructed: the call's bits and efficiency do not apply to it.
    const draftSystemOwn = !sameSystem && cfg.system !== undefined ? (0,_system_js__WEBPACK_IMPORTED_MODULE_7__/* .buildSystem */ .Sd)(cfg.system, 'draft system') : undefined;
    return {
        r,
        batch,
        L,
        Np,
        rate,
        ub,
        nmb,
        draftModel,
        sameSystem,
        draftPp,
        draftUb,
        draftSystemOwn,
        // The draft is sized on the main system with the main pp and ep, and timed with ep = 1 (step 5).
        draftSizingPar: { tp: draftTp, pp, ep },
        draftPar: { tp: draftTp, pp: draftPp, ep: 1 },
    };
}
const draftRowsAt = (args, s, par, T) => transform(args, s.r.rows.decode(s.draftModel, par, s.L, T), 'draft', s.r, s.draftModel, par);
const verifyRowsAt = (args, s, T) => transform(args, s.r.rows.chunked(s.r.model, s.r.par, [[s.L + T, s.Np]], []), 'chunked', s.r);
const draftContext = (s, system) => ({
    system: s.draftSystemOwn ?? system,
    batch: s.draftUb,
    beamMerge: false,
    beamSize: 1,
    tensors: s.r.tensors,
});
const verifyContext = (s, system) => ({ system, batch: s.ub, beamMerge: false, beamSize: 1, tensors: s.r.tensors });
/** A speculative step's latency from its draft and verify pass latencies (spec §10.6 step 5). */
function specLatency(s, draftMs, fullMs) {
    let latency = fullMs + s.Np * draftMs;
    if (s.r.par.pp > 1)
        latency = (s.nmb - 1) * (latency / s.r.par.pp) + latency;
    return latency;
}
/** `spec_decode_modeling` (spec §10.6): draft N tokens, verify them in one chunked pass of the full model. */
function specDecode(args) {
    const s = specSetup(args);
    const { r, batch, L, ub, sameSystem } = s;
    const T = checkCount(args.output_tokens ?? 1024, 'output_tokens');
    const { pp } = r.par;
    // Characteristics passes (step 3): the draft is sized on the main system with the main pp and ep.
    const fullRows = transform(args, r.rows.decode(r.model, r.par, L, T), 'decode', r);
    const fullMem = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .memoryTotals */ .x2)(fullRows, { system: r.system, batch: ub, beamMerge: true, beamSize: 1, tensors: r.tensors });
    const draftSizingRows = draftRowsAt(args, s, s.draftSizingPar, T);
    const draftMem = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .memoryTotals */ .x2)(draftSizingRows, { system: r.system, batch: Math.min(s.draftUb, ub), beamMerge: true, beamSize: 1, tensors: r.tensors });
    // Fit (step 4).
    let total = fullMem.weightsMb + fullMem.kvCacheMb;
    if (sameSystem) {
        total = total + draftMem.weightsMb + draftMem.kvCacheMb;
    }
    else {
        const ds = s.draftSystemOwn ?? r.system;
        const draftTotal = draftMem.weightsMb + draftMem.kvCacheMb;
        if (draftTotal > perChipMb(ds) * s.draftPp)
            throw doesNotFit('draft_does_not_fit', ds, draftMem, draftTotal / s.draftPp);
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
    const draftRows = draftRowsAt(args, s, s.draftPar, T);
    const draft = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .summarize */ .eh)(draftRows, draftContext(s, system));
    const verifyRows = verifyRowsAt(args, s, T);
    const verifyCtx = verifyContext(s, system);
    const verify = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .summarize */ .eh)(verifyRows, verifyCtx);
    const latency = specLatency(s, draft.summary['Latency (msec)'], verify.summary['Latency (msec)']);
    const tokens = expectedTokens(s.Np, s.rate);
    let table;
    let timing;
    return {
        latencyMs: latency,
        throughput: (1000 * batch * tokens) / latency,
        breakdown: verify.breakdown,
        isOffload,
        summary: sumSummaries(draft.summary, verify.summary),
        tokensGenerated: tokens,
        memoryRequiredMb: total / pp,
        fitWeightsMb: fullMem.weightsMb + (sameSystem ? draftMem.weightsMb : 0),
        fitKvCacheMb: fullMem.kvCacheMb + (sameSystem ? draftMem.kvCacheMb : 0),
        deviceMemoryMb: perChipMb(r.system),
        model: r.model,
        system,
        operators() {
            if (table === undefined)
                table = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .operatorTable */ .PA)(verifyRows, verifyCtx);
            return table;
        },
        timings() {
            if (table !== undefined)
                return table;
            if (timing === undefined)
                timing = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .operatorTimings */ .yE)(verifyRows, verifyCtx);
            return timing;
        },
    };
}
/**
 * Σ_{T=1}^{steps} specDecode({...args, output_tokens: T}).latencyMs, in closed form where the steps fit in
 * memory (context-sum.ts: the draft's decode rows and the verify pass's chunked rows each summed over T
 * with their context fields, then combined as one step combines them, which is linear), stepping where
 * they are offloaded (the offload bandwidth follows the KV size) or when the rows change in a way the
 * closed form does not describe. Equal to the step-by-step sum within float rounding (tests: 1e-12
 * relative); throws what the first failing step throws. Cost: O(rows × pieces + log steps) passes when
 * nothing is offloaded, plus one full step per offloaded step.
 */
function specDecodeStepSum(args, steps) {
    if (steps <= 0)
        return 0;
    const stepAt = (T) => specDecode({ ...args, output_tokens: T }).latencyMs;
    const stepAll = (from, to) => {
        let sum = 0;
        for (let T = from; T <= to; T++)
            sum += stepAt(T);
        return sum;
    };
    if (steps < CLOSED_FORM_MIN_STEPS)
        return stepAll(1, steps);
    // Memory only grows with T: the last step decides whether any step fails the fit or is offloaded.
    let last;
    try {
        last = specDecode({ ...args, output_tokens: steps });
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp) || (e.kind !== 'does_not_fit' && e.kind !== 'draft_does_not_fit'))
            throw e;
        return stepAll(1, steps); // throws at the first step that does not fit, as stepping does
    }
    let fits = steps;
    if (last.isOffload) {
        let lo = 0; // fits (or no step)
        let hi = steps; // offloaded
        while (hi - lo > 1) {
            const m = lo + Math.floor((hi - lo) / 2);
            if (!specDecode({ ...args, output_tokens: m }).isOffload)
                lo = m;
            else
                hi = m;
        }
        fits = lo;
    }
    let total = 0;
    if (fits >= CLOSED_FORM_MIN_STEPS) {
        const s = specSetup(args);
        const draft = (0,_context_sum_js__WEBPACK_IMPORTED_MODULE_3__/* .inferContextFields */ .jG)((T) => draftRowsAt(args, s, s.draftPar, T), 1, fits);
        const verify = (0,_context_sum_js__WEBPACK_IMPORTED_MODULE_3__/* .inferContextFields */ .jG)((T) => verifyRowsAt(args, s, T), 1, fits);
        if (draft && verify) {
            const draftSum = (0,_context_sum_js__WEBPACK_IMPORTED_MODULE_3__/* .sumStepLatencies */ .YB)(draft.rows, draft.fields, draftContext(s, s.r.system), 1, fits);
            const verifySum = (0,_context_sum_js__WEBPACK_IMPORTED_MODULE_3__/* .sumStepLatencies */ .YB)(verify.rows, verify.fields, verifyContext(s, s.r.system), 1, fits);
            total = specLatency(s, draftSum, verifySum);
        }
        else
            total = stepAll(1, fits);
    }
    else
        total = stepAll(1, fits);
    return total + stepAll(fits + 1, steps);
}
function sameRow(a, b) {
    if (a === b)
        return true;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length)
        return false;
    for (const k of ka)
        if (a[k] !== b[k])
            return false;
    return true;
}
/** The numeric fields of `row` that equal `value` where `other` has `value + 1` (a row's dependence on T). */
function fieldsTracking(row, other, value) {
    const a = row;
    const b = other;
    const fields = [];
    for (const k of Object.keys(a)) {
        if (a[k] === b[k])
            continue;
        if (a[k] !== value || b[k] !== value + 1)
            return null;
        fields.push(k);
    }
    return fields;
}
function withFields(row, fields, value) {
    const copy = { ...row };
    for (const f of fields)
        copy[f] = value;
    return copy;
}
/**
 * Decode-step latencies for output_tokens = 1 … steps, each bit-identical to
 * `decode({...args, output_tokens: T}).latencyMs`, re-evaluating only the rows that depend on the
 * generated context (the per-beam "Suf" attention). Which rows and fields those are is found by building
 * the rows at T = 1 and T = 2, and checked against the rows the builder gives at the last step; the
 * other rows' contributions are summed from a cache in row order, so the float operations are exactly
 * those of the full evaluation. With offload the degraded bandwidth differs per step, so every step is
 * then computed in full.
 */
function decodeStepLatencies(args, steps) {
    if (steps <= 0)
        return [];
    const r = resolveCommon(args);
    const batch = checkCount(args.batch_size ?? 1, 'batch_size');
    const L = checkCount(args.input_tokens ?? 4096, 'input_tokens');
    const Bb = checkDegree(args.Bb ?? 4, 'Bb');
    const ub = microBatch(batch, r.par.pp);
    const ctx = { system: r.system, batch: ub * Bb, beamMerge: Bb > 1, beamSize: Bb, tensors: r.tensors };
    const rowsAt = (T) => transform(args, r.rows.decode(r.model, r.par, L, T), 'decode', r);
    // The largest context decides the fit: KV only grows with T.
    const last = rowsAt(steps);
    const fit = fitOrOffload(last, ctx, r.par.pp, r.offload);
    const full = () => {
        const out = [];
        for (let T = 1; T <= steps; T++)
            out.push(decode({ ...args, output_tokens: T }).latencyMs);
        return out;
    };
    if (fit.isOffload)
        return full();
    const base = rowsAt(1);
    const probe = rowsAt(2);
    if (probe.length !== base.length || last.length !== base.length)
        return full();
    const tracking = [];
    for (let i = 0; i < base.length; i++) {
        const fields = sameRow(base[i], probe[i]) ? [] : fieldsTracking(base[i], probe[i], 1);
        // A row that depends on T other than through a field equal to T: evaluate every step in full.
        if (fields === null || !sameRow(withFields(base[i], fields, steps), last[i]))
            return full();
        tracking.push(fields.length > 0 ? fields : null);
    }
    const { contrib, mult } = latencyContributions(base, ctx);
    const out = [];
    for (let T = 1; T <= steps; T++) {
        let latency = 0;
        for (let i = 0; i < base.length; i++) {
            const row = base[i];
            if (row.kind === 'Repeat' || row.kind === 'EndRepeat')
                continue;
            const fields = tracking[i];
            latency += fields === null ? contrib[i] : rowLatencyMs(withFields(row, fields, T), ctx) * mult[i];
        }
        out.push(latency);
    }
    return out;
}
/** Below this many steps the step-by-step sum is as cheap as finding the closed form's pieces. */
const CLOSED_FORM_MIN_STEPS = 8;
/** The decode rows of `args` at context T (row transforms applied), through `cache` when given. */
function decodeRowsAt(args, r, L, cache) {
    if (cache === undefined)
        return (T) => transform(args, r.rows.decode(r.model, r.par, L, T), 'decode', r);
    return (T) => {
        let rows = cache.get(T);
        if (rows === undefined) {
            rows = transform(args, r.rows.decode(r.model, r.par, L, T), 'decode', r);
            cache.set(T, rows);
        }
        return rows;
    };
}
function decodeStepSum(args, steps, cache) {
    if (steps <= 0)
        return 0;
    const r = resolveCommon(args);
    const batch = checkCount(args.batch_size ?? 1, 'batch_size');
    const L = checkCount(args.input_tokens ?? 4096, 'input_tokens');
    const Bb = checkDegree(args.Bb ?? 4, 'Bb');
    const ub = microBatch(batch, r.par.pp);
    const ctx = { system: r.system, batch: ub * Bb, beamMerge: Bb > 1, beamSize: Bb, tensors: r.tensors };
    const rowsAt = decodeRowsAt(args, r, L, cache);
    const stepAt = (T) => decode({ ...args, output_tokens: T }).latencyMs;
    // The fit check at the largest context decides whether any step is offloaded (KV only grows with T).
    let fits = steps;
    if (fitOrOffload(rowsAt(steps), ctx, r.par.pp, r.offload).isOffload) {
        const fitsAt = (T) => !fitOrOffload(rowsAt(T), ctx, r.par.pp, r.offload).isOffload;
        let lo = 0; // fits (or no step)
        let hi = steps; // offloaded
        while (hi - lo > 1) {
            const m = lo + Math.floor((hi - lo) / 2);
            if (fitsAt(m))
                lo = m;
            else
                hi = m;
        }
        fits = lo;
    }
    let total = 0;
    if (fits >= CLOSED_FORM_MIN_STEPS) {
        const found = (0,_context_sum_js__WEBPACK_IMPORTED_MODULE_3__/* .inferContextFields */ .jG)(rowsAt, 1, fits);
        if (found)
            total = (0,_context_sum_js__WEBPACK_IMPORTED_MODULE_3__/* .sumStepLatencies */ .YB)(found.rows, found.fields, ctx, 1, fits);
        else
            for (let T = 1; T <= fits; T++)
                total += stepAt(T);
    }
    else {
        for (let T = 1; T <= fits; T++)
            total += stepAt(T);
    }
    for (let T = fits + 1; T <= steps; T++)
        total += stepAt(T);
    return total;
}
/**
 * The decode steps 1 … steps split into pieces on which every operator row's dimensions are affine in
 * T (context-sum.ts: the clamp breakpoints of the context fields, e.g. a sliding window filling up).
 * Returns the last step of each piece, ascending, ending with `steps`; every step is its own piece
 * when the rows change in a way the closed form does not describe, or there are few steps. For the
 * calibration layer, which re-times each piece's operator tables at its two ends (docs/calibration.md).
 */
function decodeStepPieces(args, steps, cache) {
    if (steps <= 0)
        return [];
    const every = () => Array.from({ length: steps }, (_, i) => i + 1);
    if (steps < CLOSED_FORM_MIN_STEPS)
        return every();
    const r = resolveCommon(args);
    const L = checkCount(args.input_tokens ?? 4096, 'input_tokens');
    const rowsAt = decodeRowsAt(args, r, L, cache);
    const found = (0,_context_sum_js__WEBPACK_IMPORTED_MODULE_3__/* .inferContextFields */ .jG)(rowsAt, 1, steps);
    if (!found)
        return every();
    const ends = new Set([steps]);
    for (const rf of found.fields)
        if (rf)
            for (const f of rf)
                for (const c of (0,_context_sum_js__WEBPACK_IMPORTED_MODULE_3__/* .fieldCuts */ .KV)(f, 1, steps))
                    ends.add(c);
    return [...ends].sort((a, b) => a - b);
}
/**
 * `spec_prefill_modeling` (spec §10.6): prefill of the full model plus prefill of the draft, both at the
 * micro-batch. GenZ reports the un-pipelined sum P as Latency but a pipelined throughput, and its
 * summary and breakdown are the draft prefill's; all reproduced. Where GenZ's does-not-fit branch fails
 * with a NameError (a broken message), we raise the does-not-fit error it meant.
 */
function specPrefill(args) {
    const r = resolveCommon(args);
    const batch = checkCount(args.batch_size ?? 1, 'batch_size');
    const L = checkCount(args.input_tokens ?? 1024, 'input_tokens');
    const { pp } = r.par;
    const ub = microBatch(batch, pp);
    const nmb = pp > 1 ? Math.floor(batch / ub) : 1;
    const draftModel = resolveModel(args.draft_model ?? 'meta-llama/meta-llama-3.1-8b');
    const ctx = { system: r.system, batch: ub, beamMerge: false, beamSize: 1, tensors: r.tensors };
    const fullRows = transform(args, r.rows.prefill(r.model, r.par, L), 'prefill', r);
    const draftRows = transform(args, r.rows.prefill(draftModel, r.par, L), 'draft', r, draftModel);
    const fullMem = memoryTotals(fullRows, ctx);
    const draftMem = memoryTotals(draftRows, ctx);
    const total = fullMem.weightsMb + fullMem.kvCacheMb + draftMem.weightsMb + draftMem.kvCacheMb;
    let system = r.system;
    let isOffload = false;
    if (perChipMb(system) * pp < total) {
        if (!r.offload)
            throw doesNotFit('does_not_fit', system, { weightsMb: fullMem.weightsMb + draftMem.weightsMb, kvCacheMb: fullMem.kvCacheMb + draftMem.kvCacheMb, unusedWeightsMb: 0 }, total / pp);
        system = offloadSystem(system, total);
        isOffload = true;
    }
    const timed = { ...ctx, system };
    const full = summarize(fullRows, timed);
    const draft = summarize(draftRows, timed);
    const P = full.summary['Latency (msec)'] + draft.summary['Latency (msec)'];
    const T = pp > 1 ? (nmb - 1) * (P / pp) + P : P;
    let table;
    let timing;
    return {
        latencyMs: P,
        throughput: (1000 * batch) / T,
        breakdown: draft.breakdown,
        isOffload,
        summary: draft.summary,
        memoryRequiredMb: total / pp,
        fitWeightsMb: fullMem.weightsMb + draftMem.weightsMb,
        fitKvCacheMb: fullMem.kvCacheMb + draftMem.kvCacheMb,
        deviceMemoryMb: perChipMb(r.system),
        model: r.model,
        system,
        operators() {
            if (table === undefined)
                table = operatorTable(draftRows, timed);
            return table;
        },
        timings() {
            if (table !== undefined)
                return table;
            if (timing === undefined)
                timing = operatorTimings(draftRows, timed);
            return timing;
        },
    };
}
/** Resolves a scenario's arguments once and returns its chunked-pass row builder (docs/serving.md "Iteration latency"). */
function chunkedPassBuilder(args) {
    const r = resolveCommon(args);
    const ctx = { system: r.system, batch: 1, beamMerge: false, beamSize: 1, tensors: r.tensors };
    return {
        rows: (prefillKv, decodeKv) => transform(args, r.rows.chunked(r.model, r.par, prefillKv, decodeKv), 'chunked', r),
        ctx,
        model: r.model,
        system: r.system,
    };
}


/***/ }),

/***/ 1835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ buildLayeredRows),
/* harmony export */   p: () => (/* binding */ causalPairs)
/* harmony export */ });
/* harmony import */ var _architecture_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6632);
/* harmony import */ var _builders_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3487);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _operators_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7742);
/**
 * The corrected model's builders (docs/model.md): the same operator rows as GenZ's builders where GenZ
 * is right, built per layer group, so models with different layers (dense-first MoE, sliding and full
 * attention, Jamba's Mamba/attention schedule) run in prefill, decode and chunked. Memory is declared by
 * Storage rows (weights of every layer, the KV cache at each layer's own length, Mamba state); time by
 * the operator rows. Each deviation from GenZ is listed under "Corrections" in docs/model.md.
 */




const ceilDiv = (a, b) => Math.ceil(a / b);
/**
 * Query–key pairs of n causal queries after p cached tokens, each seeing at most w keys:
 * Σ_{i=1..n} min(p + i, w). Exact integer.
 */
function causalPairs(p, n, w) {
    const full = (from, to) => (to < from ? 0 : ((from + to) * (to - from + 1)) / 2);
    if (w === null || p + n <= w)
        return full(p + 1, p + n);
    if (p >= w)
        return n * w;
    // queries at positions p+1 … w see all their keys; the rest see w.
    return full(p + 1, w) + (p + n - w) * w;
}
/** MLA projections (counted with QKV in the breakdown). */
const qkv = (name, M, N, K, res) => (0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)(name, M, N, K, res);
/** Weights (elements per device) of one layer of a plan; expert weights apart. */
function layerWeights(c, plan) {
    const { m, a, par, tpa } = c;
    let mixer;
    const D = m.hiddenSize;
    if (plan.mixer === 'mamba') {
        mixer = (0,_architecture_js__WEBPACK_IMPORTED_MODULE_0__/* .mixerParams */ .OG)(m, a, plan) / tpa;
    }
    else if (a.mla) {
        const { qLoraRank: qr, kvLoraRank: kvr, qkNopeHeadDim: nope, qkRopeHeadDim: rope, vHeadDim: v } = a.mla;
        // The down-projections are replicated on every device; the per-head up-projections and the output shard.
        const q = qr > 0 ? D * qr + qr * c.Hl * (nope + rope) : D * c.Hl * (nope + rope);
        mixer = q + D * (kvr + rope) + kvr * c.Hl * (nope + v) + c.Hl * v * D;
    }
    else {
        mixer = D * (c.Hl + 2 * c.Hkvl) * m.headDim + c.Hl * m.headDim * D;
    }
    const f = (0,_architecture_js__WEBPACK_IMPORTED_MODULE_0__/* .ffnParams */ .NH)(m, a, plan);
    // Dense FFN and shared experts shard over tp; the router is replicated; routed experts split over ep, then tp.
    let dense = 0;
    if (plan.ffn === 'dense')
        dense = f.dense / par.tp;
    else if (plan.ffn === 'moe')
        dense = m.numExperts * D + (m.numFfi + 1) * D * Math.ceil(a.sharedWidth / par.tp);
    const expertWeights = plan.ffn === 'moe' ? (m.numExperts / par.ep) * (m.numFfi + 1) * D * Math.max(ceilDiv(a.expertWidth, par.tp), 1) : 0;
    return { weights: mixer + dense, expertWeights };
}
/** Cache elements per sequence per device of a layer holding `tokens` tokens. */
function cacheElems(c, plan, tokens) {
    const shape = (0,_architecture_js__WEBPACK_IMPORTED_MODULE_0__/* .layerCache */ .Qd)(c.m, c.a, plan);
    if (plan.mixer === 'mamba')
        return shape.fixed / c.tpa;
    if (c.a.mla)
        return shape.perToken * tokens; // the latent is shared by all heads: every device keeps it whole
    return 2 * c.Hkvl * c.m.headDim * tokens;
}
function attentionPrefill(out, c, plan, L) {
    const { m, a, Hl, Hkvl } = c;
    const D = m.hiddenSize;
    const keys = (0,_architecture_js__WEBPACK_IMPORTED_MODULE_0__/* .cachedTokens */ .PZ)(plan, L);
    const pairs = causalPairs(0, L, plan.window);
    if (a.mla) {
        const { qLoraRank: qr, kvLoraRank: kvr, qkNopeHeadDim: nope, qkRopeHeadDim: rope, vHeadDim: v } = a.mla;
        if (qr > 0) {
            out.push(qkv('Q down', qr, L, D, 0));
            out.push(qkv('Q up', Hl * (nope + rope), L, qr, 0));
        }
        else {
            out.push(qkv('Q', Hl * (nope + rope), L, D, 0));
        }
        out.push(qkv('KV down', kvr + rope, L, D, 0));
        // Prefill decompresses the latent into per-head K and V and runs standard attention.
        out.push(qkv('KV up', Hl * (nope + v), keys, kvr, 0));
        out.push({ ...(0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .logit */ .i2)('Logit', Hl, L, keys, nope + rope, Hl, 3), pairs });
        out.push({ ...(0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .attend */ .JK)('Attend', Hl, L, keys, v, Hl, 1), pairs });
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('Out Proj', D, L, Hl * v, 0));
    }
    else {
        const Dq = m.headDim;
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('QKV', Hl * Dq + 2 * Hkvl * Dq, L, D, 0));
        out.push({ ...(0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .logit */ .i2)('Logit', Hl, L, keys, Dq, Hkvl, 3), pairs });
        out.push({ ...(0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .attend */ .JK)('Attend', Hl, L, keys, Dq, Hkvl, 1), pairs });
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('Out Proj', D, L, Hl * Dq, 0));
    }
    if (c.tpa > 1)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .sync */ .OH)('MHA AR', L, D, c.tpa, _operators_js__WEBPACK_IMPORTED_MODULE_3__/* .CollectiveType */ .Td.AllReduce));
}
/**
 * Decode keys: the prompt part (shared by beams) and the generated part, clamped so together they stay
 * within the window: suf = min(T, w), pre = min(L, w − suf). Both are explicit clamps of the context.
 */
function decodeKeys(plan, L, T) {
    if (plan.window === null)
        return { pre: L, suf: T };
    const suf = Math.min(T, plan.window);
    return { pre: Math.min(L, plan.window - suf), suf };
}
function attentionDecode(out, c, plan, L, T) {
    const { m, a, Hl, Hkvl } = c;
    const D = m.hiddenSize;
    const { pre, suf } = decodeKeys(plan, L, T);
    if (a.mla) {
        const { qLoraRank: qr, kvLoraRank: kvr, qkNopeHeadDim: nope, qkRopeHeadDim: rope, vHeadDim: v } = a.mla;
        if (qr > 0) {
            out.push(qkv('Q down', qr, 1, D, 5));
            out.push(qkv('Q up', Hl * (nope + rope), 1, qr, 5));
        }
        else {
            out.push(qkv('Q', Hl * (nope + rope), 1, D, 5));
        }
        // Absorbed: q_nope goes through W_UK into the latent space; every head attends over the shared latent.
        out.push(qkv('Q absorb', Hl * kvr, 1, nope, 5));
        out.push(qkv('KV down', kvr + rope, 1, D, 5));
        const Dl = kvr + rope;
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .logit */ .i2)('Logit Pre', Hl, 1, pre, Dl, 1, 5, true));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .logit */ .i2)('Logit Suf', Hl, 1, suf, Dl, 1, 5));
        // The values are the latent the Logit just read (fused kernel): pinned, computed, not re-read.
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .attend */ .JK)('Attend Pre', Hl, 1, pre, kvr, 1, 7, true));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .attend */ .JK)('Attend Suf', Hl, 1, suf, kvr, 1, 7));
        out.push(qkv('V absorb', Hl * v, 1, kvr, 5));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('Out Proj', D, 1, Hl * v, 5));
    }
    else {
        const Dq = m.headDim;
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('QKV', Hl * Dq + 2 * Hkvl * Dq, 1, D, 5));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .logit */ .i2)('Logit Pre', Hl, 1, pre, Dq, Hkvl, 5, true));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .logit */ .i2)('Logit Suf', Hl, 1, suf, Dq, Hkvl, 5));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .attend */ .JK)('Attend Pre', Hl, 1, pre, Dq, Hkvl, 5, true));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .attend */ .JK)('Attend Suf', Hl, 1, suf, Dq, Hkvl, 5));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('Out Proj', D, 1, Hl * Dq, 5));
    }
    if (c.tpa > 1)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .sync */ .OH)('MHA AR', 1, D, c.tpa, _operators_js__WEBPACK_IMPORTED_MODULE_3__/* .CollectiveType */ .Td.AllReduce));
}
function attentionChunked(out, c, plan, Cs, prefill, decode) {
    const { m, a, Hl, Hkvl } = c;
    const D = m.hiddenSize;
    const w = plan.window;
    const clamp = (x) => (w === null ? x : Math.min(x, w));
    const mla = a.mla;
    const Dk = mla ? mla.kvLoraRank + mla.qkRopeHeadDim : m.headDim;
    const Dv = mla ? mla.kvLoraRank : m.headDim;
    const hkv = mla ? 1 : Hkvl;
    if (mla) {
        const { qLoraRank: qr, kvLoraRank: kvr, qkNopeHeadDim: nope, qkRopeHeadDim: rope, vHeadDim: v } = mla;
        if (qr > 0) {
            out.push(qkv('Q down', qr, Cs, D, 5));
            out.push(qkv('Q up', Hl * (nope + rope), Cs, qr, 5));
        }
        else {
            out.push(qkv('Q', Hl * (nope + rope), Cs, D, 5));
        }
        out.push(qkv('KV down', kvr + rope, Cs, D, 5));
        for (const [p, n] of prefill) {
            const keys = clamp(p + n);
            out.push(qkv('KV up', Hl * (nope + v), keys, kvr, 5));
            out.push({ ...(0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .logit */ .i2)('Logit Pre', Hl, n, keys, nope + rope, Hl, 3), pairs: causalPairs(p, n, w) });
            out.push({ ...(0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .attend */ .JK)('Attend Pre', Hl, n, keys, v, Hl, 1), pairs: causalPairs(p, n, w) });
        }
        out.push(qkv('Q absorb', Hl * kvr, Cs, nope, 5));
    }
    else {
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('QKV', Hl * m.headDim + 2 * Hkvl * m.headDim, Cs, D, 5));
        for (const [p, n] of prefill) {
            const keys = clamp(p + n);
            out.push({ ...(0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .logit */ .i2)('Logit Pre', Hl, n, keys, Dk, hkv, 3), pairs: causalPairs(p, n, w) });
            out.push({ ...(0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .attend */ .JK)('Attend Pre', Hl, n, keys, Dv, hkv, 1), pairs: causalPairs(p, n, w) });
        }
    }
    const attRes = mla ? 7 : 5;
    for (const entry of decode) {
        if (typeof entry !== 'number' && entry.length === 2) {
            const [nb, ctx] = entry;
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .logit */ .i2)('Logit Dec', nb * Hl, 1, clamp(ctx), Dk, nb * hkv, 5));
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .attend */ .JK)('Attend Dec', nb * Hl, 1, clamp(ctx), Dv, nb * hkv, attRes));
        }
        else if (typeof entry !== 'number' && entry.length === 4) {
            const [pb, db, pc, dc] = entry;
            const suf = clamp(dc);
            const pre = w === null ? pc : Math.min(pc, w - suf);
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .logit */ .i2)('Logit Pre', pb * Hl, 1, pre, Dk, hkv, 5));
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .attend */ .JK)('Attend Pre', pb * Hl, 1, pre, Dv, hkv, attRes));
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .logit */ .i2)('Logit Suf', db * Hl, 1, suf, Dk, hkv, 5));
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .attend */ .JK)('Attend Suf', db * Hl, 1, suf, Dv, hkv, attRes));
        }
        else {
            const ctx = typeof entry === 'number' ? entry : entry[0];
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .logit */ .i2)('Logit Dec', Hl, 1, clamp(ctx), Dk, hkv, 5));
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .attend */ .JK)('Attend Dec', Hl, 1, clamp(ctx), Dv, hkv, attRes));
        }
    }
    if (mla)
        out.push(qkv('V absorb', Hl * mla.vHeadDim, Cs, mla.kvLoraRank, 5));
    const Dout = mla ? mla.vHeadDim : m.headDim;
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('Out Proj', D, Cs, Hl * Dout, 5));
    if (c.tpa > 1)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .sync */ .OH)('MHA AR', Cs, D, c.tpa, _operators_js__WEBPACK_IMPORTED_MODULE_3__/* .CollectiveType */ .Td.AllReduce));
}
/** Mamba mixer over n tokens per sequence, every width sharded over tp × ep (docs/model.md "Mamba"). */
function mamba(out, c, n) {
    const { m, a } = c;
    const D = m.hiddenSize;
    const F = Math.max(ceilDiv(a.mambaInner, c.tpa), 1);
    const S = m.mambaDState;
    const R = m.mambaDtRank;
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('Inproj', 2 * F, n, D, 0));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .conv1d */ .kA)('Conv', F, F, n, m.mambaDConv, 0));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('BC proj', R + 2 * S, n, F, 0));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('xt proj', F, n, R, 0));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .einsum */ ._3)('deltaA', F, n, S, 6));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .einsum */ ._3)('deltaB', F, n, S, 3));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .einsum */ ._3)('deltaBu', F, n, S, 0));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .einsum */ ._3)('x calc', F, n, S, 7));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .einsum */ ._3)('y calc', F, n, S, 7));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .einsum */ ._3)('D addition', F, n, S, 7));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .einsum */ ._3)('out mult z', F, n, S, 7));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('Out proj', D, n, F, 0));
    if (c.tpa > 1)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .sync */ .OH)('Mamba AR', n, D, c.tpa, _operators_js__WEBPACK_IMPORTED_MODULE_3__/* .CollectiveType */ .Td.AllReduce));
}
function experts(name, c, n, inDim, outDim, res) {
    const { m, par } = c;
    return {
        kind: 'Experts',
        name,
        experts: m.numExperts,
        local: m.numExperts / par.ep,
        topK: Math.min(m.expertTopK, m.numExperts),
        ep: par.ep,
        tokens: n,
        inDim,
        outDim,
        res,
    };
}
/** FFN of a layer over n tokens per sequence (res 0 in prefill, 5 in decode, as GenZ pins them). */
function ffn(out, c, plan, n, res) {
    if (plan.ffn === 'none')
        return;
    const { m, a, par } = c;
    const { tp, ep } = par;
    const D = m.hiddenSize;
    const fi = m.numFfi;
    if (plan.ffn === 'dense') {
        const Dfl = Math.max(ceilDiv(a.denseWidth, tp), 1);
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('up+gate', Dfl * fi, n, D, res));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('down', D, n, Dfl, res));
    }
    else {
        const K = Math.min(m.expertTopK, m.numExperts);
        // Router: every token scores all experts (weights replicated).
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('Gate', m.numExperts, n, D, res));
        if (ep > 1)
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .sync */ .OH)('Dispatch A2A', n, K * D, ep, _operators_js__WEBPACK_IMPORTED_MODULE_3__/* .CollectiveType */ .Td.AllToAll));
        const We = Math.max(ceilDiv(a.expertWidth, tp), 1);
        out.push(experts('up+gate', c, n, D, We * fi, res));
        out.push(experts('down', c, n, We, D, res));
        if (ep > 1)
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .sync */ .OH)('Collect A2A', n, K * D, ep, _operators_js__WEBPACK_IMPORTED_MODULE_3__/* .CollectiveType */ .Td.AllToAll));
        if (a.sharedWidth > 0) {
            const Ws = Math.max(ceilDiv(a.sharedWidth, tp), 1);
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('shared up+gate', Ws * fi, n, D, res));
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('shared down', D, n, Ws, res));
        }
    }
    if (tp > 1)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .sync */ .OH)('FFN AR', n, D, tp, _operators_js__WEBPACK_IMPORTED_MODULE_3__/* .CollectiveType */ .Td.AllReduce));
}
function context(model, par) {
    if (model.numExperts % par.ep !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GenzError */ .rp('experts_not_divisible', 'AssertionError', model.numExperts === 1
            ? `expert parallelism ${par.ep} needs a mixture-of-experts model; ${model.name} is dense`
            : `expert parallelism ${par.ep} does not divide the ${model.numExperts} experts of ${model.name}`, { experts: model.numExperts, expert_parallel: par.ep });
    }
    if (par.pp > model.numLayers) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GenzError */ .rp('pipeline_empty_stage', 'ZeroDivisionError', `pipeline parallelism ${par.pp} exceeds the ${model.numLayers} layers of ${model.name}: every stage needs at least one layer`);
    }
    const tpa = par.tp * par.ep;
    return {
        m: model,
        a: model.arch,
        par,
        tpa,
        Hl: Math.max(ceilDiv(model.numHeads, tpa), 1),
        Hkvl: Math.max(ceilDiv(model.numKvHeads, tpa), 1),
    };
}
/** Rows of one pass of the corrected model (docs/model.md "Passes"). */
function buildLayeredRows(model, par, pass) {
    const c = context(model, par);
    const { m, a, tpa } = c;
    const D = m.hiddenSize;
    const V = m.vocabSize;
    const out = [];
    let tokens; // tokens per sequence through the layers
    let logits; // tokens whose logits are computed
    let inputs; // tokens embedded
    if (pass.kind === 'prefill') {
        tokens = pass.L;
        logits = pass.L === 0 ? 0 : 1;
        inputs = pass.L;
    }
    else if (pass.kind === 'decode') {
        tokens = 1;
        logits = 1;
        inputs = 1;
    }
    else {
        const { prefillLen, decodeLen } = (0,_builders_js__WEBPACK_IMPORTED_MODULE_1__/* .chunkTokens */ .GE)(pass.prefill, pass.decode);
        tokens = prefillLen + decodeLen;
        logits = pass.prefill.length + decodeLen;
        inputs = tokens;
    }
    // Input embedding: a row lookup (no GEMM); its table is in memory unless tied to the LM head.
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .storage */ .IG)('embeddings', a.tieEmbeddings ? 0 : Math.floor(V / tpa) * D, 0, 0));
    if (tpa > 1 && inputs > 0)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .sync */ .OH)('Emb_AR', inputs, D, tpa, _operators_js__WEBPACK_IMPORTED_MODULE_3__/* .CollectiveType */ .Td.AllReduce));
    for (const { plan, count } of a.groups) {
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .repeat */ .ux)(count));
        const w = layerWeights(c, plan);
        if (pass.kind === 'prefill') {
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .storage */ .IG)('layer weights', w.weights, w.expertWeights, 0));
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .storage */ .IG)('KV cache', 0, 0, cacheElems(c, plan, (0,_architecture_js__WEBPACK_IMPORTED_MODULE_0__/* .cachedTokens */ .PZ)(plan, pass.L))));
            if (plan.mixer === 'mamba')
                mamba(out, c, pass.L);
            else
                attentionPrefill(out, c, plan, pass.L);
            ffn(out, c, plan, pass.L, 0);
        }
        else if (pass.kind === 'decode') {
            const { pre, suf } = decodeKeys(plan, pass.L, pass.T);
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .storage */ .IG)('layer weights', w.weights, w.expertWeights, 0));
            if (plan.mixer === 'mamba') {
                out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .storage */ .IG)('KV cache', 0, 0, cacheElems(c, plan, 0)));
                mamba(out, c, 1);
            }
            else {
                out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .storage */ .IG)('KV cache Pre', 0, 0, cacheElems(c, plan, pre), true));
                out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .storage */ .IG)('KV cache Suf', 0, 0, cacheElems(c, plan, suf)));
                attentionDecode(out, c, plan, pass.L, pass.T);
            }
            ffn(out, c, plan, 1, 5);
        }
        else {
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .storage */ .IG)('layer weights', w.weights, w.expertWeights, 0));
            out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .storage */ .IG)('KV cache', 0, 0, chunkCache(c, plan, pass.prefill, pass.decode)));
            if (plan.mixer === 'mamba')
                mamba(out, c, tokens);
            else
                attentionChunked(out, c, plan, tokens, pass.prefill, pass.decode);
            ffn(out, c, plan, tokens, 0);
        }
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .endRepeat */ .N8)(count));
    }
    if (par.pp > 1) {
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .repeat */ .ux)(par.pp - 1));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .sync */ .OH)('Message Pass', pass.kind === 'decode' ? 1 : tokens, D, 1, _operators_js__WEBPACK_IMPORTED_MODULE_3__/* .CollectiveType */ .Td.MessagePass));
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .endRepeat */ .N8)(par.pp - 1));
    }
    // LM head: logits only for the tokens that sample (the last of each prefill, every decode token).
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .storage */ .IG)('classifier', Math.floor(V / tpa) * D, 0, 0));
    out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .gemm */ .vE)('classifier', Math.floor(V / tpa), logits, D, 0));
    if (tpa > 1)
        out.push((0,_operators_js__WEBPACK_IMPORTED_MODULE_3__/* .sync */ .OH)('classifier_AG', logits, V, tpa, _operators_js__WEBPACK_IMPORTED_MODULE_3__/* .CollectiveType */ .Td.AllGather));
    return out;
}
/** Cache elements of one layer for a chunk's sequences (batch 1: the entries are the sequences). */
function chunkCache(c, plan, prefill, decode) {
    let total = 0;
    const at = (tokens) => cacheElems(c, plan, (0,_architecture_js__WEBPACK_IMPORTED_MODULE_0__/* .cachedTokens */ .PZ)(plan, tokens));
    for (const [p, n] of prefill)
        total += at(p + n);
    for (const e of decode) {
        if (typeof e === 'number')
            total += at(e);
        else if (e.length === 2)
            total += e[0] * at(e[1]);
        else
            total += at(e[2]) + e[1] * at(e[3]);
    }
    return total;
}


/***/ }),

/***/ 8246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Td: () => (/* binding */ MODEL_ALIASES),
  BQ: () => (/* binding */ MODEL_NAMES),
  tg: () => (/* binding */ MODEL_SPEC_KEYS),
  yK: () => (/* binding */ buildModel),
  V_: () => (/* binding */ canonicalModelName),
  C1: () => (/* binding */ catalogModelSpec),
  AX: () => (/* binding */ resolveModel)
});

;// CONCATENATED MODULE: ./data/models.json
const models_namespaceObject = /*#__PURE__*/JSON.parse('{"Jn":{"ai21labs/AI21-Jamba-1.5-Large":{"model":"ai21labs/AI21-Jamba-1.5-Large","vocab_size":65536,"max_model_len":262144,"num_decoder_layers":72,"num_encoder_layers":0,"hidden_size":8192,"intermediate_size":24576,"num_ffi":1,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":16,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":24576,"n_shared_experts":0,"shared_expert_intermediate_size":24576,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":true,"mamba_d_state":16,"mamba_d_conv":4,"mamba_expand":2,"mamba_dt_rank":512,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":4,"attn_layer_period":8,"expert_layer_offset":1,"expert_layer_period":2,"unique_layers":8,"layer_type":[["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"]],"model_quality":[{"benchmark":"MMLU","accuracy":81.2,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":36.9,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":87,"shots":null,"metric_type":"Accuracy"}]},"ai21labs/AI21-Jamba-1.5-Mini":{"model":"ai21labs/AI21-Jamba-1.5-Mini","vocab_size":65536,"max_model_len":262144,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":1,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":16,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":true,"mamba_d_state":16,"mamba_d_conv":4,"mamba_expand":2,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":4,"attn_layer_period":8,"expert_layer_offset":1,"expert_layer_period":2,"unique_layers":8,"layer_type":[["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"]],"model_quality":null},"ai21labs/Jamba-v0.1":{"model":"ai21labs/Jamba-v0.1","vocab_size":65536,"max_model_len":262144,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":1,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":16,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":true,"mamba_d_state":16,"mamba_d_conv":4,"mamba_expand":2,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":4,"attn_layer_period":8,"expert_layer_offset":1,"expert_layer_period":2,"unique_layers":8,"layer_type":[["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"],["Mamba","Dense"],["Mamba","MoE"]],"model_quality":null},"databricks/dbrx-base":{"model":"databricks/dbrx-base","vocab_size":100352,"max_model_len":32768,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":6144,"intermediate_size":10752,"num_ffi":2,"hidden_act":"silu","num_attention_heads":48,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":16,"expert_top_k":4,"moe_layer_freq":null,"moe_intermediate_size":10752,"n_shared_experts":0,"shared_expert_intermediate_size":10752,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":384,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":[{"benchmark":"IFEval","accuracy":54.16,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":12.19,"shots":null,"metric_type":"Accuracy"},{"benchmark":"MMLU","accuracy":29.81,"shots":null,"metric_type":"Accuracy"}]},"deepseek-ai/deepseek-moe-16b-base":{"model":"deepseek-ai/deepseek-moe-16b-base","vocab_size":102400,"max_model_len":4096,"num_decoder_layers":28,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":10944,"num_ffi":2,"hidden_act":"silu","num_attention_heads":16,"num_key_value_heads":2,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":64,"expert_top_k":6,"moe_layer_freq":null,"moe_intermediate_size":1408,"n_shared_experts":2,"shared_expert_intermediate_size":1408,"first_k_dense_replace":1,"ffn_implementation":"deepseek","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":null},"deepseek-ai/DeepSeek-V3-Base":{"model":"deepseek-ai/DeepSeek-V3-Base","vocab_size":129280,"max_model_len":163840,"num_decoder_layers":61,"num_encoder_layers":0,"hidden_size":7168,"intermediate_size":18432,"num_ffi":2,"hidden_act":"silu","num_attention_heads":128,"num_key_value_heads":2,"head_dim":56,"sliding_window":null,"is_moe":true,"num_experts":256,"expert_top_k":8,"moe_layer_freq":null,"moe_intermediate_size":2048,"n_shared_experts":1,"shared_expert_intermediate_size":18432,"first_k_dense_replace":3,"ffn_implementation":"deepseek","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":448,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":null},"facebook/OPT-1.3b":{"model":"facebook/OPT-1.3b","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":8192,"num_ffi":1,"hidden_act":"relu","num_attention_heads":32,"num_key_value_heads":32,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":8192,"n_shared_experts":0,"shared_expert_intermediate_size":8192,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"facebook/opt-125M":{"model":"facebook/opt-125M","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":12,"num_encoder_layers":0,"hidden_size":768,"intermediate_size":3072,"num_ffi":1,"hidden_act":"relu","num_attention_heads":12,"num_key_value_heads":12,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":3072,"n_shared_experts":0,"shared_expert_intermediate_size":3072,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":48,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"facebook/OPT-13B":{"model":"facebook/OPT-13B","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":5140,"intermediate_size":20560,"num_ffi":1,"hidden_act":"relu","num_attention_heads":40,"num_key_value_heads":40,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":20560,"n_shared_experts":0,"shared_expert_intermediate_size":20560,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":322,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"facebook/opt-30B":{"model":"facebook/opt-30B","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":48,"num_encoder_layers":0,"hidden_size":7168,"intermediate_size":28672,"num_ffi":1,"hidden_act":"relu","num_attention_heads":56,"num_key_value_heads":56,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":28672,"n_shared_experts":0,"shared_expert_intermediate_size":28672,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":448,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"facebook/OPT-350M":{"model":"facebook/OPT-350M","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":1024,"intermediate_size":4096,"num_ffi":1,"hidden_act":"relu","num_attention_heads":16,"num_key_value_heads":16,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":4096,"n_shared_experts":0,"shared_expert_intermediate_size":4096,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":64,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"facebook/opt-6.7b":{"model":"facebook/opt-6.7b","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":16384,"num_ffi":1,"hidden_act":"relu","num_attention_heads":32,"num_key_value_heads":32,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":16384,"n_shared_experts":0,"shared_expert_intermediate_size":16384,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"facebook/opt-66B":{"model":"facebook/opt-66B","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":64,"num_encoder_layers":0,"hidden_size":9216,"intermediate_size":36864,"num_ffi":1,"hidden_act":"relu","num_attention_heads":72,"num_key_value_heads":72,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":36864,"n_shared_experts":0,"shared_expert_intermediate_size":36864,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":576,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"google/gemma-2-27B":{"model":"google/gemma-2-27B","vocab_size":256000,"max_model_len":8192,"num_decoder_layers":46,"num_encoder_layers":0,"hidden_size":4608,"intermediate_size":36864,"num_ffi":2,"hidden_act":"gelu_pytorch_tanh","num_attention_heads":32,"num_key_value_heads":16,"head_dim":128,"sliding_window":4096,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":36864,"n_shared_experts":0,"shared_expert_intermediate_size":36864,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":288,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":75.2,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":86.4,"shots":10,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":42.3,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":74,"shots":5,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":83.7,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":74.9,"shots":3,"metric_type":"Accuracy"}]},"google/gemma-2-2B":{"model":"google/gemma-2-2B","vocab_size":256000,"max_model_len":8192,"num_decoder_layers":26,"num_encoder_layers":0,"hidden_size":2304,"intermediate_size":9216,"num_ffi":2,"hidden_act":"gelu_pytorch_tanh","num_attention_heads":8,"num_key_value_heads":4,"head_dim":256,"sliding_window":4096,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":9216,"n_shared_experts":0,"shared_expert_intermediate_size":9216,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":144,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":51.3,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":73,"shots":10,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":15,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":23.9,"shots":5,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":59.4,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":41.9,"shots":3,"metric_type":"Accuracy"}]},"google/gemma-2-9B":{"model":"google/gemma-2-9B","vocab_size":256000,"max_model_len":8192,"num_decoder_layers":42,"num_encoder_layers":0,"hidden_size":3584,"intermediate_size":14336,"num_ffi":2,"hidden_act":"gelu_pytorch_tanh","num_attention_heads":16,"num_key_value_heads":8,"head_dim":256,"sliding_window":4096,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":224,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":71.3,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":81.9,"shots":10,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":36.6,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":68.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":76.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":68.2,"shots":3,"metric_type":"Accuracy"}]},"google/gemma-2B":{"model":"google/gemma-2B","vocab_size":256000,"max_model_len":8192,"num_decoder_layers":18,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":16384,"num_ffi":2,"hidden_act":"gelu","num_attention_heads":8,"num_key_value_heads":1,"head_dim":256,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":16384,"n_shared_experts":0,"shared_expert_intermediate_size":16384,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":42.3,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":71.4,"shots":0,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":11.8,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":17.7,"shots":null,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":53.2,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":35.2,"shots":null,"metric_type":"Accuracy"}]},"google/gemma-3-12B":{"model":"google/gemma-3-12B","vocab_size":262144,"max_model_len":131072,"num_decoder_layers":26,"num_encoder_layers":0,"hidden_size":2304,"intermediate_size":9216,"num_ffi":2,"hidden_act":"gelu_pytorch_tanh","num_attention_heads":8,"num_key_value_heads":4,"head_dim":256,"sliding_window":4096,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":9216,"n_shared_experts":0,"shared_expert_intermediate_size":9216,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":144,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":74.5,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":84.2,"shots":10,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":43.3,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":71,"shots":8,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":78.2,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":41.9,"shots":3,"metric_type":"Accuracy"}]},"google/gemma-3-1B":{"model":"google/gemma-3-1B","vocab_size":262144,"max_model_len":32768,"num_decoder_layers":26,"num_encoder_layers":0,"hidden_size":1152,"intermediate_size":6912,"num_ffi":2,"hidden_act":"gelu_pytorch_tanh","num_attention_heads":4,"num_key_value_heads":1,"head_dim":256,"sliding_window":512,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":6912,"n_shared_experts":0,"shared_expert_intermediate_size":6912,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":72,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"Hellaswag","accuracy":62.3,"shots":10,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":39.8,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":41.9,"shots":3,"metric_type":"Accuracy"}]},"google/gemma-3-27B":{"model":"google/gemma-3-27B","vocab_size":262144,"max_model_len":131072,"num_decoder_layers":62,"num_encoder_layers":0,"hidden_size":5376,"intermediate_size":21504,"num_ffi":2,"hidden_act":"gelu_pytorch_tanh","num_attention_heads":32,"num_key_value_heads":16,"head_dim":128,"sliding_window":1024,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":21504,"n_shared_experts":0,"shared_expert_intermediate_size":21504,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":336,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":78.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":85.6,"shots":10,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":50,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":82.6,"shots":8,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":85.5,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":41.9,"shots":3,"metric_type":"Accuracy"}]},"google/gemma-3-4B":{"model":"google/gemma-3-4B","vocab_size":262144,"max_model_len":131072,"num_decoder_layers":34,"num_encoder_layers":0,"hidden_size":2560,"intermediate_size":10240,"num_ffi":2,"hidden_act":"gelu_pytorch_tanh","num_attention_heads":16,"num_key_value_heads":4,"head_dim":160,"sliding_window":1024,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":10240,"n_shared_experts":0,"shared_expert_intermediate_size":10240,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":160,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":59.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":77.2,"shots":10,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":24.2,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":38.4,"shots":8,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":65.8,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":41.9,"shots":3,"metric_type":"Accuracy"}]},"google/gemma-7B":{"model":"google/gemma-7B","vocab_size":256000,"max_model_len":8192,"num_decoder_layers":28,"num_encoder_layers":0,"hidden_size":3072,"intermediate_size":24576,"num_ffi":2,"hidden_act":"gelu","num_attention_heads":16,"num_key_value_heads":16,"head_dim":256,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":24576,"n_shared_experts":0,"shared_expert_intermediate_size":24576,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":192,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":64.3,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":81.2,"shots":0,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":24.3,"shots":4,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":46.4,"shots":null,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":63.4,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":55.1,"shots":null,"metric_type":"Accuracy"}]},"google/palm":{"model":"google/palm","vocab_size":32000,"max_model_len":128000,"num_decoder_layers":118,"num_encoder_layers":0,"hidden_size":18432,"intermediate_size":73728,"num_ffi":1,"hidden_act":"silu","num_attention_heads":48,"num_key_value_heads":48,"head_dim":384,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":73728,"n_shared_experts":0,"shared_expert_intermediate_size":73728,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":1152,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"HuggingFaceH4/zephyr-7b-beta":{"model":"HuggingFaceH4/zephyr-7b-beta","vocab_size":32000,"max_model_len":32768,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":4096,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Hypothetical/SuperLLM-10T-MoE":{"model":"Hypothetical/SuperLLM-10T-MoE","vocab_size":256000,"max_model_len":102400,"num_decoder_layers":128,"num_encoder_layers":0,"hidden_size":13824,"intermediate_size":55296,"num_ffi":2,"hidden_act":"silu","num_attention_heads":108,"num_key_value_heads":12,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":32,"expert_top_k":4,"moe_layer_freq":null,"moe_intermediate_size":55296,"n_shared_experts":0,"shared_expert_intermediate_size":55296,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":864,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":null},"Hypothetical/SuperLLM-5T-Dense":{"model":"Hypothetical/SuperLLM-5T-Dense","vocab_size":256000,"max_model_len":102400,"num_decoder_layers":128,"num_encoder_layers":0,"hidden_size":49152,"intermediate_size":196608,"num_ffi":2,"hidden_act":"silu","num_attention_heads":192,"num_key_value_heads":24,"head_dim":256,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":196608,"n_shared_experts":0,"shared_expert_intermediate_size":196608,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":3072,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"intfloat/e5-mistral-7b-instruct":{"model":"intfloat/e5-mistral-7b-instruct","vocab_size":32000,"max_model_len":32768,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"intfloat/multilingual-e5-base-instruct":{"model":"intfloat/multilingual-e5-base-instruct","vocab_size":250002,"max_model_len":514,"num_decoder_layers":12,"num_encoder_layers":0,"hidden_size":768,"intermediate_size":3072,"num_ffi":1,"hidden_act":"gelu","num_attention_heads":12,"num_key_value_heads":12,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":3072,"n_shared_experts":0,"shared_expert_intermediate_size":3072,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":48,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"intfloat/multilingual-e5-large-instruct":{"model":"intfloat/multilingual-e5-large-instruct","vocab_size":250002,"max_model_len":514,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":1024,"intermediate_size":4096,"num_ffi":1,"hidden_act":"gelu","num_attention_heads":16,"num_key_value_heads":16,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":4096,"n_shared_experts":0,"shared_expert_intermediate_size":4096,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":64,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"intfloat/multilingual-e5-small-instruct":{"model":"intfloat/multilingual-e5-small-instruct","vocab_size":250037,"max_model_len":512,"num_decoder_layers":12,"num_encoder_layers":0,"hidden_size":384,"intermediate_size":1536,"num_ffi":1,"hidden_act":"gelu","num_attention_heads":12,"num_key_value_heads":12,"head_dim":32,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":1536,"n_shared_experts":0,"shared_expert_intermediate_size":1536,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":24,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"meta-llama/Llama-2-13B":{"model":"meta-llama/Llama-2-13B","vocab_size":32000,"max_model_len":4096,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":13824,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":40,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":13824,"n_shared_experts":0,"shared_expert_intermediate_size":13824,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"meta-llama/Llama-2-70B":{"model":"meta-llama/Llama-2-70B","vocab_size":32000,"max_model_len":4096,"num_decoder_layers":80,"num_encoder_layers":0,"hidden_size":8192,"intermediate_size":28672,"num_ffi":2,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":28672,"n_shared_experts":0,"shared_expert_intermediate_size":28672,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":512,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"meta-llama/Llama-2-7B":{"model":"meta-llama/Llama-2-7B","vocab_size":32000,"max_model_len":4096,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":11008,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":32,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":11008,"n_shared_experts":0,"shared_expert_intermediate_size":11008,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"meta-llama/Llama-3.1-405B":{"model":"meta-llama/Llama-3.1-405B","vocab_size":128256,"max_model_len":131072,"num_decoder_layers":126,"num_encoder_layers":0,"hidden_size":16384,"intermediate_size":53248,"num_ffi":2,"hidden_act":"silu","num_attention_heads":128,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":53248,"n_shared_experts":0,"shared_expert_intermediate_size":53248,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":1024,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":87.3,"shots":5,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":73.8,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":96.8,"shots":8,"metric_type":"Accuracy"},{"benchmark":"IFEval","accuracy":88.6,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":50.7,"shots":0,"metric_type":"Accuracy"}]},"meta-llama/Llama-3.1-70B":{"model":"meta-llama/Llama-3.1-70B","vocab_size":128256,"max_model_len":131072,"num_decoder_layers":80,"num_encoder_layers":0,"hidden_size":8192,"intermediate_size":28672,"num_ffi":2,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":28672,"n_shared_experts":0,"shared_expert_intermediate_size":28672,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":512,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":83.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":68,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":95.1,"shots":8,"metric_type":"Accuracy"},{"benchmark":"IFEval","accuracy":87.5,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":46.7,"shots":0,"metric_type":"Accuracy"}]},"meta-llama/Llama-3.1-8B":{"model":"meta-llama/Llama-3.1-8B","vocab_size":128256,"max_model_len":131072,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":69.4,"shots":5,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":51.9,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":84.5,"shots":8,"metric_type":"Accuracy"},{"benchmark":"IFEval","accuracy":80.4,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":30.4,"shots":0,"metric_type":"Accuracy"}]},"meta-llama/Llama-3.2-1B":{"model":"meta-llama/Llama-3.2-1B","vocab_size":128256,"max_model_len":131072,"num_decoder_layers":16,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":8192,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":8192,"n_shared_experts":0,"shared_expert_intermediate_size":8192,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":49.3,"shots":5,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":30.6,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":44.4,"shots":8,"metric_type":"Accuracy"},{"benchmark":"IFEval","accuracy":59.5,"shots":0,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":41.2,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":27.2,"shots":0,"metric_type":"Accuracy"},{"benchmark":"TLDR","accuracy":16.8,"shots":1,"metric_type":"Accuracy"}]},"meta-llama/Llama-3.2-3B":{"model":"meta-llama/Llama-3.2-3B","vocab_size":128256,"max_model_len":131072,"num_decoder_layers":28,"num_encoder_layers":0,"hidden_size":3072,"intermediate_size":8192,"num_ffi":2,"hidden_act":"silu","num_attention_heads":24,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":8192,"n_shared_experts":0,"shared_expert_intermediate_size":8192,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":192,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":63.4,"shots":5,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":48,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":77.7,"shots":8,"metric_type":"Accuracy"},{"benchmark":"IFEval","accuracy":77.4,"shots":0,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":69.8,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":32.8,"shots":0,"metric_type":"Accuracy"},{"benchmark":"TLDR","accuracy":19,"shots":1,"metric_type":"Accuracy"}]},"meta-llama/Llama-33B":{"model":"meta-llama/Llama-33B","vocab_size":32000,"max_model_len":2048,"num_decoder_layers":60,"num_encoder_layers":0,"hidden_size":6656,"intermediate_size":17920,"num_ffi":2,"hidden_act":"silu","num_attention_heads":52,"num_key_value_heads":52,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":17920,"n_shared_experts":0,"shared_expert_intermediate_size":17920,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":416,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"meta-llama/Llama-4-Maverick-17B-128E":{"model":"meta-llama/Llama-4-Maverick-17B-128E","vocab_size":202048,"max_model_len":10485760,"num_decoder_layers":48,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":16384,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":128,"expert_top_k":1,"moe_layer_freq":2,"moe_intermediate_size":8192,"n_shared_experts":1,"shared_expert_intermediate_size":8192,"first_k_dense_replace":null,"ffn_implementation":"deepseek","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":null},"meta-llama/Llama-4-Scout-17B-16E":{"model":"meta-llama/Llama-4-Scout-17B-16E","vocab_size":202048,"max_model_len":10485760,"num_decoder_layers":48,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":8192,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":16,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":8192,"n_shared_experts":1,"shared_expert_intermediate_size":8192,"first_k_dense_replace":null,"ffn_implementation":"deepseek","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":null},"microsoft/Phi-3-medium":{"model":"microsoft/Phi-3-medium","vocab_size":32064,"max_model_len":4096,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":17920,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":10,"head_dim":128,"sliding_window":2047,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":17920,"n_shared_experts":0,"shared_expert_intermediate_size":17920,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":76.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":77.9,"shots":3,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":81.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":73.9,"shots":5,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":87.5,"shots":8,"metric_type":"Accuracy"}]},"microsoft/Phi-3-mini":{"model":"microsoft/Phi-3-mini","vocab_size":32064,"max_model_len":131072,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":3072,"intermediate_size":8192,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":32,"head_dim":96,"sliding_window":262144,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":8192,"n_shared_experts":0,"shared_expert_intermediate_size":8192,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":192,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":69.7,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":72.1,"shots":3,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":70.5,"shots":5,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":29.7,"shots":0,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":57.8,"shots":5,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":85.3,"shots":8,"metric_type":"Accuracy"}]},"microsoft/Phi-3-small":{"model":"microsoft/Phi-3-small","vocab_size":100352,"max_model_len":131072,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":2,"hidden_act":"gegelu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":75.5,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":77.6,"shots":3,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":79.6,"shots":5,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":66,"shots":5,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":87.3,"shots":8,"metric_type":"Accuracy"}]},"microsoft/Phi-3.5-MoE":{"model":"microsoft/Phi-3.5-MoE","vocab_size":32064,"max_model_len":131072,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":6400,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":131072,"is_moe":true,"num_experts":16,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":6400,"n_shared_experts":0,"shared_expert_intermediate_size":6400,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":[{"benchmark":"MMLU","accuracy":78.9,"shots":5,"metric_type":"Accuracy"},{"benchmark":"BIG_Bench","accuracy":79.1,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":36.8,"shots":0,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":83.8,"shots":5,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":59.5,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":88.7,"shots":8,"metric_type":"Accuracy"}]},"mistralai/Ministral-8B-Instruct-2410":{"model":"mistralai/Ministral-8B-Instruct-2410","vocab_size":131072,"max_model_len":32768,"num_decoder_layers":36,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":12288,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":12288,"n_shared_experts":0,"shared_expert_intermediate_size":12288,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":65,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":64.5,"shots":null,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":54.5,"shots":null,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":65.5,"shots":null,"metric_type":"Accuracy"}]},"mistralai/Mistral-7B":{"model":"mistralai/Mistral-7B","vocab_size":32000,"max_model_len":32768,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":62.5,"shots":null,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":81,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":50,"shots":null,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":12.7,"shots":null,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":62.5,"shots":null,"metric_type":"Accuracy"}]},"mistralai/Mistral-Large":{"model":"mistralai/Mistral-Large","vocab_size":32768,"max_model_len":131072,"num_decoder_layers":88,"num_encoder_layers":0,"hidden_size":12288,"intermediate_size":28672,"num_ffi":2,"hidden_act":"silu","num_attention_heads":96,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":28672,"n_shared_experts":0,"shared_expert_intermediate_size":28672,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":768,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":81.2,"shots":null,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":89.2,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":91.21,"shots":8,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":45,"shots":null,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":82.7,"shots":null,"metric_type":"Accuracy"}]},"mistralai/Mistral-NeMo-12B-Instruct":{"model":"mistralai/Mistral-NeMo-12B-Instruct","vocab_size":131072,"max_model_len":1024000,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":14336,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":160,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":68,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":83.5,"shots":0,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":73.8,"shots":5,"metric_type":"Accuracy"}]},"mistralai/Mistral-Small":{"model":"mistralai/Mistral-Small","vocab_size":32768,"max_model_len":32768,"num_decoder_layers":56,"num_encoder_layers":0,"hidden_size":6144,"intermediate_size":16384,"num_ffi":2,"hidden_act":"silu","num_attention_heads":48,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":16384,"n_shared_experts":0,"shared_expert_intermediate_size":16384,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":384,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"mistralai/Mixtral-8x22B":{"model":"mistralai/Mixtral-8x22B","vocab_size":32768,"max_model_len":65536,"num_decoder_layers":56,"num_encoder_layers":0,"hidden_size":6144,"intermediate_size":16384,"num_ffi":2,"hidden_act":"silu","num_attention_heads":48,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":8,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":16384,"n_shared_experts":0,"shared_expert_intermediate_size":16384,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":384,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":[{"benchmark":"MMLU","accuracy":77.8,"shots":null,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":88.5,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":88.4,"shots":null,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":41.8,"shots":null,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":82.2,"shots":null,"metric_type":"Accuracy"}]},"mistralai/Mixtral-8x7B":{"model":"mistralai/Mixtral-8x7B","vocab_size":32000,"max_model_len":32768,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":14336,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":8,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":14336,"n_shared_experts":0,"shared_expert_intermediate_size":14336,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":[{"benchmark":"MMLU","accuracy":70.6,"shots":null,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":84.4,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":74.4,"shots":null,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":28.4,"shots":null,"metric_type":"Accuracy"},{"benchmark":"TriviaQA","accuracy":71.5,"shots":null,"metric_type":"Accuracy"}]},"nvidia/Mistral-NeMo-Minitron-8B-Base":{"model":"nvidia/Mistral-NeMo-Minitron-8B-Base","vocab_size":131072,"max_model_len":8192,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":11520,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":11520,"n_shared_experts":0,"shared_expert_intermediate_size":11520,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":69.5,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":58.5,"shots":null,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":83,"shots":null,"metric_type":"Accuracy"}]},"nvidia/Nemotron-4-15B":{"model":"nvidia/Nemotron-4-15B","vocab_size":256000,"max_model_len":4096,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":6144,"intermediate_size":24576,"num_ffi":1,"hidden_act":"relu","num_attention_heads":48,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":24576,"n_shared_experts":0,"shared_expert_intermediate_size":24576,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":384,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":64.2,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":46,"shots":null,"metric_type":"Accuracy"},{"benchmark":"MATH","accuracy":47,"shots":null,"metric_type":"Accuracy"}]},"nvidia/Nemotron-4-340B-Instruct":{"model":"nvidia/Nemotron-4-340B-Instruct","vocab_size":256000,"max_model_len":4096,"num_decoder_layers":96,"num_encoder_layers":0,"hidden_size":18432,"intermediate_size":73728,"num_ffi":1,"hidden_act":"silu","num_attention_heads":96,"num_key_value_heads":8,"head_dim":192,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":73728,"n_shared_experts":0,"shared_expert_intermediate_size":73728,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":1152,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":78.7,"shots":0,"metric_type":"Accuracy"},{"benchmark":"IFEval","accuracy":86.1,"shots":null,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":92.3,"shots":0,"metric_type":"Accuracy"}]},"openai/GPT-4":{"model":"openai/GPT-4","vocab_size":128256,"max_model_len":131072,"num_decoder_layers":128,"num_encoder_layers":0,"hidden_size":10752,"intermediate_size":43008,"num_ffi":1,"hidden_act":"silu","num_attention_heads":84,"num_key_value_heads":84,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":16,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":43008,"n_shared_experts":0,"shared_expert_intermediate_size":43008,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":672,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":[{"benchmark":"MMLU","accuracy":86.4,"shots":5,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":95.3,"shots":10,"metric_type":"Accuracy"}]},"openai/gpt2":{"model":"openai/gpt2","vocab_size":50257,"max_model_len":1024,"num_decoder_layers":12,"num_encoder_layers":0,"hidden_size":768,"intermediate_size":3072,"num_ffi":1,"hidden_act":"gelu_new","num_attention_heads":12,"num_key_value_heads":12,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":3072,"n_shared_experts":0,"shared_expert_intermediate_size":3072,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":48,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"openai/GPT3-175B":{"model":"openai/GPT3-175B","vocab_size":50272,"max_model_len":2048,"num_decoder_layers":96,"num_encoder_layers":0,"hidden_size":12288,"intermediate_size":49152,"num_ffi":1,"hidden_act":"relu","num_attention_heads":96,"num_key_value_heads":96,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":49152,"n_shared_experts":0,"shared_expert_intermediate_size":49152,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":768,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen-14B":{"model":"Qwen/Qwen-14B","vocab_size":152064,"max_model_len":2048,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":27392,"num_ffi":1,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":40,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":27392,"n_shared_experts":0,"shared_expert_intermediate_size":27392,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen-1_8B":{"model":"Qwen/Qwen-1_8B","vocab_size":151936,"max_model_len":8192,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":11008,"num_ffi":1,"hidden_act":"silu","num_attention_heads":16,"num_key_value_heads":16,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":11008,"n_shared_experts":0,"shared_expert_intermediate_size":11008,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen-72B":{"model":"Qwen/Qwen-72B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":80,"num_encoder_layers":0,"hidden_size":8192,"intermediate_size":49152,"num_ffi":1,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":64,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":49152,"n_shared_experts":0,"shared_expert_intermediate_size":49152,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":512,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen-7B":{"model":"Qwen/Qwen-7B","vocab_size":151936,"max_model_len":8192,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":22016,"num_ffi":1,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":32,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":22016,"n_shared_experts":0,"shared_expert_intermediate_size":22016,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-0.5B":{"model":"Qwen/Qwen1.5-0.5B","vocab_size":151936,"max_model_len":32768,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":1024,"intermediate_size":2816,"num_ffi":2,"hidden_act":"silu","num_attention_heads":16,"num_key_value_heads":16,"head_dim":64,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":2816,"n_shared_experts":0,"shared_expert_intermediate_size":2816,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":64,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-1.8B":{"model":"Qwen/Qwen1.5-1.8B","vocab_size":151936,"max_model_len":32768,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":5504,"num_ffi":2,"hidden_act":"silu","num_attention_heads":16,"num_key_value_heads":16,"head_dim":128,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":5504,"n_shared_experts":0,"shared_expert_intermediate_size":5504,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-110B":{"model":"Qwen/Qwen1.5-110B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":80,"num_encoder_layers":0,"hidden_size":8192,"intermediate_size":49152,"num_ffi":2,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":64,"head_dim":128,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":49152,"n_shared_experts":0,"shared_expert_intermediate_size":49152,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":512,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-14B":{"model":"Qwen/Qwen1.5-14B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":13696,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":40,"head_dim":128,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":13696,"n_shared_experts":0,"shared_expert_intermediate_size":13696,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-32B":{"model":"Qwen/Qwen1.5-32B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":64,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":27392,"num_ffi":2,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":8,"head_dim":80,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":27392,"n_shared_experts":0,"shared_expert_intermediate_size":27392,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-4B":{"model":"Qwen/Qwen1.5-4B","vocab_size":151936,"max_model_len":32768,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":2560,"intermediate_size":6912,"num_ffi":2,"hidden_act":"silu","num_attention_heads":20,"num_key_value_heads":20,"head_dim":128,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":6912,"n_shared_experts":0,"shared_expert_intermediate_size":6912,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":160,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-72B":{"model":"Qwen/Qwen1.5-72B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":80,"num_encoder_layers":0,"hidden_size":8192,"intermediate_size":24576,"num_ffi":2,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":64,"head_dim":128,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":24576,"n_shared_experts":0,"shared_expert_intermediate_size":24576,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":512,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-7B":{"model":"Qwen/Qwen1.5-7B","vocab_size":151936,"max_model_len":32768,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":11008,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":32,"head_dim":128,"sliding_window":32768,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":11008,"n_shared_experts":0,"shared_expert_intermediate_size":11008,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen1.5-MoE-A2.7B":{"model":"Qwen/Qwen1.5-MoE-A2.7B","vocab_size":151936,"max_model_len":8192,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":5632,"num_ffi":2,"hidden_act":"silu","num_attention_heads":16,"num_key_value_heads":16,"head_dim":128,"sliding_window":32768,"is_moe":true,"num_experts":60,"expert_top_k":4,"moe_layer_freq":null,"moe_intermediate_size":1408,"n_shared_experts":0,"shared_expert_intermediate_size":5632,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":null},"Qwen/Qwen2-0.5B":{"model":"Qwen/Qwen2-0.5B","vocab_size":151936,"max_model_len":131072,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":896,"intermediate_size":4864,"num_ffi":2,"hidden_act":"silu","num_attention_heads":14,"num_key_value_heads":2,"head_dim":64,"sliding_window":131072,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":4864,"n_shared_experts":0,"shared_expert_intermediate_size":4864,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":56,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen2.5-1.5B":{"model":"Qwen/Qwen2.5-1.5B","vocab_size":151936,"max_model_len":32768,"num_decoder_layers":28,"num_encoder_layers":0,"hidden_size":1536,"intermediate_size":8960,"num_ffi":2,"hidden_act":"silu","num_attention_heads":12,"num_key_value_heads":2,"head_dim":128,"sliding_window":131072,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":8960,"n_shared_experts":0,"shared_expert_intermediate_size":8960,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":96,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen2.5-14B":{"model":"Qwen/Qwen2.5-14B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":48,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":13824,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":8,"head_dim":128,"sliding_window":131072,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":13824,"n_shared_experts":0,"shared_expert_intermediate_size":13824,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen2.5-32B":{"model":"Qwen/Qwen2.5-32B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":64,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":27648,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":8,"head_dim":128,"sliding_window":131072,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":27648,"n_shared_experts":0,"shared_expert_intermediate_size":27648,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen2.5-3B":{"model":"Qwen/Qwen2.5-3B","vocab_size":151936,"max_model_len":32768,"num_decoder_layers":36,"num_encoder_layers":0,"hidden_size":2048,"intermediate_size":11008,"num_ffi":2,"hidden_act":"silu","num_attention_heads":16,"num_key_value_heads":2,"head_dim":128,"sliding_window":131072,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":11008,"n_shared_experts":0,"shared_expert_intermediate_size":11008,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":128,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen2.5-72B":{"model":"Qwen/Qwen2.5-72B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":80,"num_encoder_layers":0,"hidden_size":8192,"intermediate_size":29568,"num_ffi":2,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":8,"head_dim":128,"sliding_window":131072,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":29568,"n_shared_experts":0,"shared_expert_intermediate_size":29568,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":512,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen2.5-7B":{"model":"Qwen/Qwen2.5-7B","vocab_size":152064,"max_model_len":32768,"num_decoder_layers":28,"num_encoder_layers":0,"hidden_size":3584,"intermediate_size":18944,"num_ffi":2,"hidden_act":"silu","num_attention_heads":28,"num_key_value_heads":4,"head_dim":128,"sliding_window":131072,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":18944,"n_shared_experts":0,"shared_expert_intermediate_size":18944,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":224,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen3-14B":{"model":"Qwen/Qwen3-14B","vocab_size":151936,"max_model_len":40960,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":17408,"num_ffi":2,"hidden_act":"silu","num_attention_heads":40,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":17408,"n_shared_experts":0,"shared_expert_intermediate_size":17408,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen3-32B":{"model":"Qwen/Qwen3-32B","vocab_size":151936,"max_model_len":40960,"num_decoder_layers":64,"num_encoder_layers":0,"hidden_size":5120,"intermediate_size":25600,"num_ffi":2,"hidden_act":"silu","num_attention_heads":64,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":25600,"n_shared_experts":0,"shared_expert_intermediate_size":25600,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":320,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen3-4B":{"model":"Qwen/Qwen3-4B","vocab_size":151936,"max_model_len":40960,"num_decoder_layers":36,"num_encoder_layers":0,"hidden_size":2560,"intermediate_size":9728,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":9728,"n_shared_experts":0,"shared_expert_intermediate_size":9728,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":160,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"Qwen/Qwen3-8B":{"model":"Qwen/Qwen3-8B","vocab_size":151936,"max_model_len":40960,"num_decoder_layers":36,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":12288,"num_ffi":2,"hidden_act":"silu","num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":12288,"n_shared_experts":0,"shared_expert_intermediate_size":12288,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"state-spaces/mamba-130m-hf":{"model":"state-spaces/mamba-130m-hf","vocab_size":50280,"max_model_len":131072,"num_decoder_layers":24,"num_encoder_layers":0,"hidden_size":768,"intermediate_size":1536,"num_ffi":2,"hidden_act":"silu","num_attention_heads":1,"num_key_value_heads":1,"head_dim":768,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":1536,"n_shared_experts":0,"shared_expert_intermediate_size":1536,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":true,"mamba_d_state":16,"mamba_d_conv":4,"mamba_expand":2,"mamba_dt_rank":48,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["Mamba","Dense"]],"model_quality":null},"state-spaces/mamba-2.8b-hf":{"model":"state-spaces/mamba-2.8b-hf","vocab_size":50280,"max_model_len":131072,"num_decoder_layers":64,"num_encoder_layers":0,"hidden_size":2560,"intermediate_size":5120,"num_ffi":2,"hidden_act":"silu","num_attention_heads":1,"num_key_value_heads":1,"head_dim":2560,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":5120,"n_shared_experts":0,"shared_expert_intermediate_size":5120,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":true,"mamba_d_state":16,"mamba_d_conv":4,"mamba_expand":2,"mamba_dt_rank":160,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["Mamba","Dense"]],"model_quality":null},"THUDM/glm-4-9b-chat":{"model":"THUDM/glm-4-9b-chat","vocab_size":151552,"max_model_len":131072,"num_decoder_layers":40,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":13696,"num_ffi":2,"hidden_act":"gelu","num_attention_heads":32,"num_key_value_heads":2,"head_dim":128,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":13696,"n_shared_experts":0,"shared_expert_intermediate_size":13696,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"tiiuae/falcon-7b-instruct":{"model":"tiiuae/falcon-7b-instruct","vocab_size":65024,"max_model_len":2048,"num_decoder_layers":32,"num_encoder_layers":0,"hidden_size":4544,"intermediate_size":18176,"num_ffi":1,"hidden_act":"relu","num_attention_heads":71,"num_key_value_heads":71,"head_dim":64,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":18176,"n_shared_experts":0,"shared_expert_intermediate_size":18176,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":284,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","Dense"]],"model_quality":null},"tiiuae/falcon-mamba-7b":{"model":"tiiuae/falcon-mamba-7b","vocab_size":50280,"max_model_len":131072,"num_decoder_layers":64,"num_encoder_layers":0,"hidden_size":4096,"intermediate_size":0,"num_ffi":0,"hidden_act":"silu","num_attention_heads":1,"num_key_value_heads":1,"head_dim":4096,"sliding_window":null,"is_moe":false,"num_experts":1,"expert_top_k":1,"moe_layer_freq":null,"moe_intermediate_size":0,"n_shared_experts":0,"shared_expert_intermediate_size":0,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":true,"mamba_d_state":16,"mamba_d_conv":4,"mamba_expand":2,"mamba_dt_rank":256,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["Mamba","Dense"]],"model_quality":[{"benchmark":"MMLU","accuracy":62.03,"shots":null,"metric_type":"Accuracy"},{"benchmark":"Hellaswag","accuracy":80.82,"shots":null,"metric_type":"Accuracy"},{"benchmark":"IFEval","accuracy":33.36,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GPQA","accuracy":8.05,"shots":0,"metric_type":"Accuracy"},{"benchmark":"GSM8K","accuracy":52.54,"shots":null,"metric_type":"Accuracy"}]},"xai-org/grok-1":{"model":"xai-org/grok-1","vocab_size":131072,"max_model_len":8192,"num_decoder_layers":64,"num_encoder_layers":0,"hidden_size":6144,"intermediate_size":49152,"num_ffi":1,"hidden_act":"gelu","num_attention_heads":48,"num_key_value_heads":8,"head_dim":128,"sliding_window":null,"is_moe":true,"num_experts":8,"expert_top_k":2,"moe_layer_freq":null,"moe_intermediate_size":49152,"n_shared_experts":0,"shared_expert_intermediate_size":49152,"first_k_dense_replace":null,"ffn_implementation":"default","is_mamba":false,"mamba_d_state":null,"mamba_d_conv":null,"mamba_expand":1,"mamba_dt_rank":384,"mamba_conv_bias":true,"mamba_proj_bias":false,"mamba_layer_period":1,"attn_layer_offset":0,"attn_layer_period":1,"expert_layer_offset":0,"expert_layer_period":1,"unique_layers":1,"layer_type":[["MHA-global","MoE"]],"model_quality":null},"deepseek-ai/DeepSeek-V3":{"model":"deepseek-ai/DeepSeek-V3","vocab_size":129280,"hidden_size":7168,"intermediate_size":18432,"num_ffi":2,"num_decoder_layers":61,"num_attention_heads":128,"num_key_value_heads":128,"num_experts":256,"expert_top_k":8,"moe_intermediate_size":2048,"n_shared_experts":1,"ffn_implementation":"deepseek","hidden_act":"silu","max_model_len":163840,"tie_word_embeddings":false,"kv_lora_rank":512,"qk_nope_head_dim":128,"qk_rope_head_dim":64,"v_head_dim":128,"q_lora_rank":1536,"ffn_types":["dense","dense","dense","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe"],"weight_precision":"fp8","source":"https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json; second source: DeepSeek-V3 technical report, table of hyper-parameters","notes":["quantization_config (fp8): weights at fp8","rope_scaling ignored: no effect on the roofline (position encoding costs no matrix work)","num_nextn_predict_layers: the multi-token-prediction layers are not simulated (nor counted)","n_group/topk_group: group-limited routing is simulated as uniform routing over all experts"]},"deepseek-ai/DeepSeek-R1":{"model":"deepseek-ai/DeepSeek-R1","vocab_size":129280,"hidden_size":7168,"intermediate_size":18432,"num_ffi":2,"num_decoder_layers":61,"num_attention_heads":128,"num_key_value_heads":128,"num_experts":256,"expert_top_k":8,"moe_intermediate_size":2048,"n_shared_experts":1,"ffn_implementation":"deepseek","hidden_act":"silu","max_model_len":163840,"tie_word_embeddings":false,"kv_lora_rank":512,"qk_nope_head_dim":128,"qk_rope_head_dim":64,"v_head_dim":128,"q_lora_rank":1536,"ffn_types":["dense","dense","dense","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe"],"weight_precision":"fp8","source":"https://huggingface.co/deepseek-ai/DeepSeek-R1/blob/main/config.json (same architecture as DeepSeek-V3); second source: DeepSeek-V3 technical report","notes":["quantization_config (fp8): weights at fp8","rope_scaling ignored: no effect on the roofline (position encoding costs no matrix work)","num_nextn_predict_layers: the multi-token-prediction layers are not simulated (nor counted)","n_group/topk_group: group-limited routing is simulated as uniform routing over all experts"]},"moonshotai/Kimi-K2-Instruct":{"model":"moonshotai/Kimi-K2-Instruct","vocab_size":163840,"hidden_size":7168,"intermediate_size":18432,"num_ffi":2,"num_decoder_layers":61,"num_attention_heads":64,"num_key_value_heads":64,"num_experts":384,"expert_top_k":8,"moe_intermediate_size":2048,"n_shared_experts":1,"ffn_implementation":"deepseek","hidden_act":"silu","max_model_len":131072,"tie_word_embeddings":false,"kv_lora_rank":512,"qk_nope_head_dim":128,"qk_rope_head_dim":64,"v_head_dim":128,"q_lora_rank":1536,"ffn_types":["dense","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe"],"weight_precision":"fp8","source":"https://huggingface.co/moonshotai/Kimi-K2-Instruct/blob/main/config.json; second source: the Kimi K2 technical report (384 experts, 64 heads, 1 dense layer)","notes":["quantization_config (fp8): weights at fp8","rope_scaling ignored: no effect on the roofline (position encoding costs no matrix work)","num_nextn_predict_layers: the multi-token-prediction layers are not simulated (nor counted)"]},"Qwen/Qwen3-30B-A3B":{"model":"Qwen/Qwen3-30B-A3B","vocab_size":151936,"hidden_size":2048,"intermediate_size":6144,"num_ffi":2,"num_decoder_layers":48,"num_attention_heads":32,"num_key_value_heads":4,"head_dim":128,"num_experts":128,"expert_top_k":8,"moe_intermediate_size":768,"hidden_act":"silu","max_model_len":40960,"tie_word_embeddings":false,"ffn_types":["moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe"],"source":"https://huggingface.co/Qwen/Qwen3-30B-A3B/blob/main/config.json; second source: Qwen3 technical report, MoE architecture table"},"Qwen/Qwen3-235B-A22B":{"model":"Qwen/Qwen3-235B-A22B","vocab_size":151936,"hidden_size":4096,"intermediate_size":12288,"num_ffi":2,"num_decoder_layers":94,"num_attention_heads":64,"num_key_value_heads":4,"head_dim":128,"num_experts":128,"expert_top_k":8,"moe_intermediate_size":1536,"hidden_act":"silu","max_model_len":40960,"tie_word_embeddings":false,"ffn_types":["moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe"],"source":"https://huggingface.co/Qwen/Qwen3-235B-A22B/blob/main/config.json; second source: Qwen3 technical report, MoE architecture table"},"openai/gpt-oss-120b":{"model":"openai/gpt-oss-120b","vocab_size":201088,"hidden_size":2880,"intermediate_size":2880,"num_ffi":2,"num_decoder_layers":36,"num_attention_heads":64,"num_key_value_heads":8,"head_dim":64,"num_experts":128,"expert_top_k":4,"hidden_act":"silu","max_model_len":131072,"tie_word_embeddings":false,"sliding_window":128,"layer_types":["sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention"],"expert_weight_precision":"fp4","source":"https://huggingface.co/openai/gpt-oss-120b/blob/main/config.json; second source: gpt-oss model card (36 layers, 128 experts, 116.8B total)","notes":["quantization_config (mxfp4): expert weights at fp4","rope_scaling ignored: no effect on the roofline (position encoding costs no matrix work)","attention_bias: biases are not counted (under 0.1% of the weights)","swiglu_limit ignored: element-wise, no effect on the roofline","attention sinks (gpt-oss) not simulated: one extra logit per head, no effect on the roofline"]},"openai/gpt-oss-20b":{"model":"openai/gpt-oss-20b","vocab_size":201088,"hidden_size":2880,"intermediate_size":2880,"num_ffi":2,"num_decoder_layers":24,"num_attention_heads":64,"num_key_value_heads":8,"head_dim":64,"num_experts":32,"expert_top_k":4,"hidden_act":"silu","max_model_len":131072,"tie_word_embeddings":false,"sliding_window":128,"layer_types":["sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention","sliding_attention","full_attention"],"expert_weight_precision":"fp4","source":"https://huggingface.co/openai/gpt-oss-20b/blob/main/config.json; second source: gpt-oss model card (24 layers, 32 experts, 20.9B total)","notes":["quantization_config (mxfp4): expert weights at fp4","rope_scaling ignored: no effect on the roofline (position encoding costs no matrix work)","attention_bias: biases are not counted (under 0.1% of the weights)","swiglu_limit ignored: element-wise, no effect on the roofline","attention sinks (gpt-oss) not simulated: one extra logit per head, no effect on the roofline"]},"meta-llama/Llama-4-Scout-17B-16E-Instruct":{"model":"meta-llama/Llama-4-Scout-17B-16E-Instruct","vocab_size":202048,"hidden_size":5120,"intermediate_size":16384,"num_ffi":2,"num_decoder_layers":48,"num_attention_heads":40,"num_key_value_heads":8,"head_dim":128,"num_experts":16,"expert_top_k":1,"hidden_act":"silu","max_model_len":262144,"tie_word_embeddings":false,"attention_chunk_size":8192,"layer_types":["chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention"],"moe_intermediate_size":8192,"n_shared_experts":1,"shared_expert_intermediate_size":8192,"ffn_types":["moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe","moe"],"source":"https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct/blob/main/config.json; second source: Llama 4 model card (16 experts, 109B total with vision)","notes":["vision_config: the vision tower is not simulated (the language model in text_config is)","rope_scaling ignored: no effect on the roofline (position encoding costs no matrix work)","no_rope_layers: used only to find the global-attention layers (every other layer is chunked)"]},"meta-llama/Llama-4-Maverick-17B-128E-Instruct":{"model":"meta-llama/Llama-4-Maverick-17B-128E-Instruct","vocab_size":202048,"hidden_size":5120,"intermediate_size":16384,"num_ffi":2,"num_decoder_layers":48,"num_attention_heads":40,"num_key_value_heads":8,"head_dim":128,"num_experts":128,"expert_top_k":1,"hidden_act":"silu","max_model_len":1048576,"tie_word_embeddings":false,"attention_chunk_size":8192,"layer_types":["chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention","chunked_attention","chunked_attention","chunked_attention","full_attention"],"moe_intermediate_size":8192,"n_shared_experts":1,"shared_expert_intermediate_size":8192,"ffn_types":["dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe","dense","moe"],"source":"https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct/blob/main/config.json; second source: Llama 4 model card (128 experts, MoE every other layer, 400B total with vision)","notes":["vision_config: the vision tower is not simulated (the language model in text_config is)","rope_scaling ignored: no effect on the roofline (position encoding costs no matrix work)","no_rope_layers: used only to find the global-attention layers (every other layer is chunked)"]},"google/gemma-3-27b-it":{"model":"google/gemma-3-27b-it","vocab_size":262208,"hidden_size":5376,"intermediate_size":21504,"num_ffi":2,"num_decoder_layers":62,"num_attention_heads":32,"num_key_value_heads":16,"head_dim":128,"tie_word_embeddings":true,"sliding_window":1024,"layer_types":["sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention"],"source":"https://huggingface.co/google/gemma-3-27b-it/blob/main/config.json; second source: Gemma 3 technical report, parameter table","notes":["vision_config: the vision tower is not simulated (the language model in text_config is)","rope_scaling ignored: no effect on the roofline (position encoding costs no matrix work)"]},"google/gemma-3-12b-it":{"model":"google/gemma-3-12b-it","vocab_size":262208,"hidden_size":3840,"intermediate_size":15360,"num_ffi":2,"num_decoder_layers":48,"num_attention_heads":16,"num_key_value_heads":8,"head_dim":256,"tie_word_embeddings":true,"sliding_window":1024,"layer_types":["sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention"],"source":"https://huggingface.co/google/gemma-3-12b-it/blob/main/config.json; second source: Gemma 3 technical report, parameter table","notes":["vision_config: the vision tower is not simulated (the language model in text_config is)","rope_scaling ignored: no effect on the roofline (position encoding costs no matrix work)"]},"google/gemma-3-4b-it":{"model":"google/gemma-3-4b-it","vocab_size":262208,"hidden_size":2560,"intermediate_size":10240,"num_ffi":2,"num_decoder_layers":34,"num_attention_heads":8,"num_key_value_heads":4,"head_dim":256,"tie_word_embeddings":true,"sliding_window":1024,"layer_types":["sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention","full_attention","sliding_attention","sliding_attention","sliding_attention","sliding_attention"],"source":"https://huggingface.co/google/gemma-3-4b-it/blob/main/config.json; second source: Gemma 3 technical report, parameter table","notes":["vision_config: the vision tower is not simulated (the language model in text_config is)","rope_scaling ignored: no effect on the roofline (position encoding costs no matrix work)"]},"mistralai/Mistral-Small-24B-Instruct-2501":{"model":"mistralai/Mistral-Small-24B-Instruct-2501","vocab_size":131072,"hidden_size":5120,"intermediate_size":32768,"num_ffi":2,"num_decoder_layers":40,"num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"hidden_act":"silu","max_model_len":32768,"tie_word_embeddings":false,"source":"https://huggingface.co/mistralai/Mistral-Small-24B-Instruct-2501/blob/main/config.json; second source: the Mistral Small 3.1 text config (same text model)"},"microsoft/phi-4":{"model":"microsoft/phi-4","vocab_size":100352,"hidden_size":5120,"intermediate_size":17920,"num_ffi":2,"num_decoder_layers":40,"num_attention_heads":40,"num_key_value_heads":10,"hidden_act":"silu","max_model_len":16384,"tie_word_embeddings":false,"source":"https://huggingface.co/microsoft/phi-4/blob/main/config.json; second source: Phi-4 technical report (40 layers, 5120 wide, 14.7B)"}},"z2":{"ai21-jamba-1.5-large":"ai21labs/AI21-Jamba-1.5-Large","ai21-jamba-1.5-mini":"ai21labs/AI21-Jamba-1.5-Mini","ai21labs/ai21-jamba-1.5-large":"ai21labs/AI21-Jamba-1.5-Large","ai21labs/ai21-jamba-1.5-mini":"ai21labs/AI21-Jamba-1.5-Mini","ai21labs/jamba-v0.1":"ai21labs/Jamba-v0.1","databricks/dbrx-base":"databricks/dbrx-base","dbrx":"databricks/dbrx-base","dbrx-base":"databricks/dbrx-base","deepseek-ai/deepseek-moe-16b-base":"deepseek-ai/deepseek-moe-16b-base","deepseek-ai/deepseek-v3-base":"deepseek-ai/DeepSeek-V3-Base","deepseek-moe-16b-base":"deepseek-ai/deepseek-moe-16b-base","deepseek-v3-base":"deepseek-ai/DeepSeek-V3-Base","e5-mistral-7b-instruct":"intfloat/e5-mistral-7b-instruct","e5_base":"intfloat/multilingual-e5-base-instruct","e5_large":"intfloat/multilingual-e5-large-instruct","e5_mistral_7b":"mistralai/Mistral-7B","e5_small":"intfloat/multilingual-e5-small-instruct","facebook/opt-1.3b":"facebook/OPT-1.3b","facebook/opt-125m":"facebook/opt-125M","facebook/opt-13b":"facebook/OPT-13B","facebook/opt-175b":"openai/GPT3-175B","facebook/opt-30b":"facebook/opt-30B","facebook/opt-350m":"facebook/OPT-350M","facebook/opt-6.7b":"facebook/opt-6.7b","facebook/opt-66b":"facebook/opt-66B","facebook/opt-7b":"facebook/opt-6.7b","falcon-7b-instruct":"tiiuae/falcon-7b-instruct","falcon-mamba-7b":"tiiuae/falcon-mamba-7b","falcon7b":"tiiuae/falcon-7b-instruct","gemma-2-27b":"google/gemma-2-27B","gemma-2-2b":"google/gemma-2-2B","gemma-2-9b":"google/gemma-2-9B","gemma-2b":"google/gemma-2B","gemma-3-12b":"google/gemma-3-12B","gemma-3-1b":"google/gemma-3-1B","gemma-3-27b":"google/gemma-3-27B","gemma-3-4b":"google/gemma-3-4B","gemma-7b":"google/gemma-7B","gemma2_27b":"google/gemma-2-27B","gemma2_2b":"google/gemma-2-2B","gemma2_9b":"google/gemma-2-9B","gemma_2b":"google/gemma-2B","gemma_7b":"google/gemma-7B","glm-4-9b-chat":"THUDM/glm-4-9b-chat","glm-9b":"THUDM/glm-4-9b-chat","google/gemma-2-27b":"google/gemma-2-27B","google/gemma-2-27b-it":"google/gemma-2-27B","google/gemma-2-2b":"google/gemma-2-2B","google/gemma-2-9b":"google/gemma-2-9B","google/gemma-2b":"google/gemma-2B","google/gemma-2b-it":"google/gemma-2B","google/gemma-3-12b":"google/gemma-3-12B","google/gemma-3-1b":"google/gemma-3-1B","google/gemma-3-27b":"google/gemma-3-27B","google/gemma-3-4b":"google/gemma-3-4B","google/gemma-7b":"google/gemma-7B","google/gemma-7b-it":"google/gemma-7B","google/palm":"google/palm","gpt-2":"openai/gpt2","gpt-3":"openai/GPT3-175B","gpt-3_1b":"facebook/OPT-1.3b","gpt-3_7b":"facebook/opt-6.7b","gpt-4":"openai/GPT-4","gpt2":"openai/gpt2","gpt3-175b":"openai/GPT3-175B","grok-1":"xai-org/grok-1","huggingfaceh4/zephyr-7b-beta":"HuggingFaceH4/zephyr-7b-beta","hypothetical/superllm-10t-moe":"Hypothetical/SuperLLM-10T-MoE","hypothetical/superllm-5t-dense":"Hypothetical/SuperLLM-5T-Dense","intfloat/e5-mistral-7b-instruct":"intfloat/e5-mistral-7b-instruct","intfloat/multilingual-e5-base-instruct":"intfloat/multilingual-e5-base-instruct","intfloat/multilingual-e5-large-instruct":"intfloat/multilingual-e5-large-instruct","intfloat/multilingual-e5-small-instruct":"intfloat/multilingual-e5-small-instruct","jamba-v0.1":"ai21labs/Jamba-v0.1","llama-2-13b":"meta-llama/Llama-2-13B","llama-2-70b":"meta-llama/Llama-2-70B","llama-2-7b":"meta-llama/Llama-2-7B","llama-3.1-405b":"meta-llama/Llama-3.1-405B","llama-3.1-70b":"meta-llama/Llama-3.1-70B","llama-3.1-8b":"meta-llama/Llama-3.1-8B","llama-3.2-1b":"meta-llama/Llama-3.2-1B","llama-3.2-3b":"meta-llama/Llama-3.2-3B","llama-33b":"meta-llama/Llama-33B","llama-4-maverick-17b-128e":"meta-llama/Llama-4-Maverick-17B-128E","llama-4-scout-17b-16e":"meta-llama/Llama-4-Scout-17B-16E","llama2_13b":"meta-llama/Llama-2-13B","llama2_70b":"meta-llama/Llama-2-70B","llama2_7b":"meta-llama/Llama-2-7B","llama3_70b":"meta-llama/Llama-3.1-70B","llama3_8b":"meta-llama/Llama-3.1-8B","llama_33b":"meta-llama/Llama-33B","llama_405b":"meta-llama/Llama-3.1-405B","mamba-130m-hf":"state-spaces/mamba-130m-hf","mamba-2.8b-hf":"state-spaces/mamba-2.8b-hf","meta-llama/llama-2-13b":"meta-llama/Llama-2-13B","meta-llama/llama-2-33b":"meta-llama/Llama-33B","meta-llama/llama-2-70b":"meta-llama/Llama-2-70B","meta-llama/llama-2-7b":"meta-llama/Llama-2-7B","meta-llama/llama-3.1-405b":"meta-llama/Llama-3.1-405B","meta-llama/llama-3.1-70b":"meta-llama/Llama-3.1-70B","meta-llama/llama-3.1-8b":"meta-llama/Llama-3.1-8B","meta-llama/llama-3.2-1b":"meta-llama/Llama-3.2-1B","meta-llama/llama-3.2-3b":"meta-llama/Llama-3.2-3B","meta-llama/llama-33b":"meta-llama/Llama-33B","meta-llama/llama-4-maverick-17b-128e":"meta-llama/Llama-4-Maverick-17B-128E","meta-llama/llama-4-scout-17b-16e":"meta-llama/Llama-4-Scout-17B-16E","meta-llama/meta-llama-3.1-405b":"meta-llama/Llama-3.1-405B","meta-llama/meta-llama-3.1-70b":"meta-llama/Llama-2-70B","meta-llama/meta-llama-3.1-8b":"meta-llama/Llama-3.1-8B","meta-llama/meta-llama-4-128x17b":"meta-llama/Llama-4-Maverick-17B-128E","meta-llama/meta-llama-4-16x17b":"meta-llama/Llama-4-Scout-17B-16E","meta-llama/meta-llama-4-maverick":"meta-llama/Llama-4-Maverick-17B-128E","meta-llama/meta-llama-4-scout":"meta-llama/Llama-4-Scout-17B-16E","meta/llama3_405b":"meta-llama/Llama-3.1-405B","microsoft/phi-3-medium":"microsoft/Phi-3-medium","microsoft/phi-3-mini":"microsoft/Phi-3-mini","microsoft/phi-3-small":"microsoft/Phi-3-small","microsoft/phi-3.5-moe":"microsoft/Phi-3.5-MoE","microsoft/phi3medium":"microsoft/Phi-3-medium","microsoft/phi3mini":"microsoft/Phi-3-mini","microsoft/phi3moe":"microsoft/Phi-3.5-MoE","microsoft/phi3small":"microsoft/Phi-3-small","ministral-8b-instruct-2410":"mistralai/Ministral-8B-Instruct-2410","mistral-7b":"mistralai/Mistral-7B","mistral-large":"mistralai/Mistral-Large","mistral-nemo-12b-instruct":"mistralai/Mistral-NeMo-12B-Instruct","mistral-nemo-minitron-8b-base":"nvidia/Mistral-NeMo-Minitron-8B-Base","mistral-small":"mistralai/Mistral-Small","mistral_7b":"mistralai/Mistral-7B","mistralai/ministral-8b":"mistralai/Ministral-8B-Instruct-2410","mistralai/ministral-8b-instruct-2410":"mistralai/Ministral-8B-Instruct-2410","mistralai/mistral-7b":"mistralai/Mistral-7B","mistralai/mistral-large":"mistralai/Mistral-Large","mistralai/mistral-nemo-12b-instruct":"mistralai/Mistral-NeMo-12B-Instruct","mistralai/mistral-small":"mistralai/Mistral-Small","mistralai/mixtral-8x22b":"mistralai/Mixtral-8x22B","mistralai/mixtral-8x7b":"mistralai/Mixtral-8x7B","mixtral-8x22b":"mistralai/Mixtral-8x22B","mixtral-8x7b":"mistralai/Mixtral-8x7B","mixtral_8x7b":"mistralai/Mixtral-8x7B","multilingual-e5-base-instruct":"intfloat/multilingual-e5-base-instruct","multilingual-e5-large-instruct":"intfloat/multilingual-e5-large-instruct","multilingual-e5-small-instruct":"intfloat/multilingual-e5-small-instruct","nemotron-4-15b":"nvidia/Nemotron-4-15B","nemotron-4-340b-instruct":"nvidia/Nemotron-4-340B-Instruct","nvidia/mamba2-8b-3t-4k":"state-spaces/mamba-2.8b-hf","nvidia/mistral-nemo-minitron-8b-base":"nvidia/Mistral-NeMo-Minitron-8B-Base","nvidia/nemotron-4-15b":"nvidia/Nemotron-4-15B","nvidia/nemotron-4-340b":"nvidia/Nemotron-4-340B-Instruct","nvidia/nemotron-4-340b-instruct":"nvidia/Nemotron-4-340B-Instruct","openai/gpt-3":"openai/GPT3-175B","openai/gpt-4":"openai/GPT-4","openai/gpt2":"openai/gpt2","openai/gpt3-175b":"openai/GPT3-175B","opt-1.3b":"facebook/OPT-1.3b","opt-125m":"facebook/opt-125M","opt-13b":"facebook/OPT-13B","opt-30b":"facebook/opt-30B","opt-350m":"facebook/OPT-350M","opt-6.7b":"facebook/opt-6.7b","opt-66b":"facebook/opt-66B","opt_125m":"facebook/opt-125M","opt_13b":"facebook/OPT-13B","opt_175b":"openai/GPT3-175B","opt_1b":"facebook/OPT-1.3b","opt_30b":"facebook/opt-30B","opt_350m":"facebook/OPT-350M","opt_7b":"facebook/opt-6.7b","palm":"google/palm","phi-3-medium":"microsoft/Phi-3-medium","phi-3-mini":"microsoft/Phi-3-mini","phi-3-small":"microsoft/Phi-3-small","phi-3.5-moe":"microsoft/Phi-3.5-MoE","phi3medium":"microsoft/Phi-3-medium","phi3mini":"microsoft/Phi-3-mini","phi3small":"microsoft/Phi-3-small","qwen-14b":"Qwen/Qwen-14B","qwen-1_8b":"Qwen/Qwen-1_8B","qwen-72b":"Qwen/Qwen-72B","qwen-7b":"Qwen/Qwen-7B","qwen/qwen-14b":"Qwen/Qwen-14B","qwen/qwen-1_8b":"Qwen/Qwen-1_8B","qwen/qwen-72b":"Qwen/Qwen-72B","qwen/qwen-7b":"Qwen/Qwen-7B","qwen/qwen1.5-0.5b":"Qwen/Qwen1.5-0.5B","qwen/qwen1.5-1.8b":"Qwen/Qwen1.5-1.8B","qwen/qwen1.5-110b":"Qwen/Qwen1.5-110B","qwen/qwen1.5-14b":"Qwen/Qwen1.5-14B","qwen/qwen1.5-32b":"Qwen/Qwen1.5-32B","qwen/qwen1.5-4b":"Qwen/Qwen1.5-4B","qwen/qwen1.5-72b":"Qwen/Qwen1.5-72B","qwen/qwen1.5-7b":"Qwen/Qwen1.5-7B","qwen/qwen1.5-moe-a2.7b":"Qwen/Qwen1.5-MoE-A2.7B","qwen/qwen2-0.5b":"Qwen/Qwen2-0.5B","qwen/qwen2.5-1.5b":"Qwen/Qwen2.5-1.5B","qwen/qwen2.5-14b":"Qwen/Qwen2.5-14B","qwen/qwen2.5-32b":"Qwen/Qwen2.5-32B","qwen/qwen2.5-3b":"Qwen/Qwen2.5-3B","qwen/qwen2.5-72b":"Qwen/Qwen2.5-72B","qwen/qwen2.5-7b":"Qwen/Qwen2.5-7B","qwen/qwen3-14b":"Qwen/Qwen3-14B","qwen/qwen3-32b":"Qwen/Qwen3-32B","qwen/qwen3-4b":"Qwen/Qwen3-4B","qwen/qwen3-8b":"Qwen/Qwen3-8B","qwen1.5-0.5b":"Qwen/Qwen1.5-0.5B","qwen1.5-1.8b":"Qwen/Qwen1.5-1.8B","qwen1.5-110b":"Qwen/Qwen1.5-110B","qwen1.5-14b":"Qwen/Qwen1.5-14B","qwen1.5-32b":"Qwen/Qwen1.5-32B","qwen1.5-4b":"Qwen/Qwen1.5-4B","qwen1.5-72b":"Qwen/Qwen1.5-72B","qwen1.5-7b":"Qwen/Qwen1.5-7B","qwen1.5-moe-a2.7b":"Qwen/Qwen1.5-MoE-A2.7B","qwen2-0.5b":"Qwen/Qwen2-0.5B","qwen2.5-1.5b":"Qwen/Qwen2.5-1.5B","qwen2.5-14b":"Qwen/Qwen2.5-14B","qwen2.5-32b":"Qwen/Qwen2.5-32B","qwen2.5-3b":"Qwen/Qwen2.5-3B","qwen2.5-72b":"Qwen/Qwen2.5-72B","qwen2.5-7b":"Qwen/Qwen2.5-7B","qwen3-14b":"Qwen/Qwen3-14B","qwen3-32b":"Qwen/Qwen3-32B","qwen3-4b":"Qwen/Qwen3-4B","qwen3-8b":"Qwen/Qwen3-8B","state-spaces/mamba-130m-hf":"state-spaces/mamba-130m-hf","state-spaces/mamba-2.8b-hf":"state-spaces/mamba-2.8b-hf","super_llm":"Hypothetical/SuperLLM-10T-MoE","superllm-10t-moe":"Hypothetical/SuperLLM-10T-MoE","superllm-5t-dense":"Hypothetical/SuperLLM-5T-Dense","thudm/glm-4-9b-chat":"THUDM/glm-4-9b-chat","tiiuae/falcon-7b-instruct":"tiiuae/falcon-7b-instruct","tiiuae/falcon-mamba-7b":"tiiuae/falcon-mamba-7b","xai-org/grok-1":"xai-org/grok-1","zephyr-7b-beta":"HuggingFaceH4/zephyr-7b-beta","deepseek-ai/deepseek-v3":"deepseek-ai/DeepSeek-V3","deepseek-v3":"deepseek-ai/DeepSeek-V3","deepseek-ai/deepseek-r1":"deepseek-ai/DeepSeek-R1","deepseek-r1":"deepseek-ai/DeepSeek-R1","moonshotai/kimi-k2-instruct":"moonshotai/Kimi-K2-Instruct","kimi-k2-instruct":"moonshotai/Kimi-K2-Instruct","qwen/qwen3-30b-a3b":"Qwen/Qwen3-30B-A3B","qwen3-30b-a3b":"Qwen/Qwen3-30B-A3B","qwen/qwen3-235b-a22b":"Qwen/Qwen3-235B-A22B","qwen3-235b-a22b":"Qwen/Qwen3-235B-A22B","openai/gpt-oss-120b":"openai/gpt-oss-120b","gpt-oss-120b":"openai/gpt-oss-120b","openai/gpt-oss-20b":"openai/gpt-oss-20b","gpt-oss-20b":"openai/gpt-oss-20b","meta-llama/llama-4-scout-17b-16e-instruct":"meta-llama/Llama-4-Scout-17B-16E-Instruct","llama-4-scout-17b-16e-instruct":"meta-llama/Llama-4-Scout-17B-16E-Instruct","meta-llama/llama-4-maverick-17b-128e-instruct":"meta-llama/Llama-4-Maverick-17B-128E-Instruct","llama-4-maverick-17b-128e-instruct":"meta-llama/Llama-4-Maverick-17B-128E-Instruct","google/gemma-3-27b-it":"google/gemma-3-27b-it","gemma-3-27b-it":"google/gemma-3-27b-it","google/gemma-3-12b-it":"google/gemma-3-12b-it","gemma-3-12b-it":"google/gemma-3-12b-it","google/gemma-3-4b-it":"google/gemma-3-4b-it","gemma-3-4b-it":"google/gemma-3-4b-it","mistralai/mistral-small-24b-instruct-2501":"mistralai/Mistral-Small-24B-Instruct-2501","mistral-small-24b-instruct-2501":"mistralai/Mistral-Small-24B-Instruct-2501","microsoft/phi-4":"microsoft/phi-4","phi-4":"microsoft/phi-4"}}');
// EXTERNAL MODULE: ./src/core/architecture.ts
var architecture = __webpack_require__(6632);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/model.ts



/** ModelConfig keys that influence numbers (others are informational). */
const MODEL_SPEC_KEYS = [
    'model',
    'vocab_size',
    'hidden_size',
    'intermediate_size',
    'num_ffi',
    'num_decoder_layers',
    'num_attention_heads',
    'num_key_value_heads',
    'head_dim',
    'num_experts',
    'expert_top_k',
    'moe_intermediate_size',
    'n_shared_experts',
    'shared_expert_intermediate_size',
    'ffn_implementation',
    'mamba_d_state',
    'mamba_d_conv',
    'mamba_expand',
    'mamba_dt_rank',
    'mamba_layer_period',
    'expert_layer_period',
    'expert_layer_offset',
    'attn_layer_period',
    'attn_layer_offset',
    'q_lora_rank',
    'kv_lora_rank',
    'qk_nope_head_dim',
    'qk_rope_head_dim',
    'v_head_dim',
    'sliding_window',
    'attention_chunk_size',
    'layer_types',
    'ffn_types',
    'tie_word_embeddings',
    'weight_precision',
    'expert_weight_precision',
];
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
        throw new errors/* GenzError */.rp('invalid_model', 'TypeError', `model '${name}': '${key}' must be an integer >= ${min}, got ${JSON.stringify(v)}`, { field: key });
    }
    return v;
}
/** GenZ's `ModelConfig.__init__` defaults and derivations (spec §4.1). */
function buildModel(spec) {
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
        throw new errors/* GenzError */.rp('invalid_model', 'TypeError', `model must be a catalog name or an object of ModelConfig fields, got ${JSON.stringify(spec)}`);
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
        throw new errors/* GenzError */.rp('invalid_model', 'AssertionError', `model '${name}': num_decoder_layers ${numLayers} is not a multiple of the ${uniqueLayers} unique layer types`, { field: 'num_decoder_layers' });
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
        throw new errors/* GenzError */.rp('invalid_model', 'TypeError', `model '${name}': 'ffn_implementation' must be a string`, { field: 'ffn_implementation' });
    }
    const basics = {
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
    };
    return Object.freeze({
        ...basics,
        uniqueLayers,
        layerTypes: Object.freeze(layerTypes),
        arch: (0,architecture/* architecture */.s2)(spec, basics),
    });
}
const MODELS = models_namespaceObject.Jn;
const ALIASES = models_namespaceObject.z2;
/**
 * Catalog models resolved once each, on first use (building all of them at start-up was a good part of the
 * action's cold start); they are frozen, so sharing them is safe.
 */
const RESOLVED = new Map();
function resolvedCatalogModel(canonical) {
    let m = RESOLVED.get(canonical);
    if (m === undefined) {
        m = buildModel(MODELS[canonical]);
        RESOLVED.set(canonical, m);
    }
    return m;
}
/** Canonical catalog names, in catalog order. */
const MODEL_NAMES = Object.freeze(Object.keys(MODELS));
/** Every lookup key (lower-cased) a user may type, aliases included. */
const MODEL_ALIASES = Object.freeze(Object.keys(ALIASES));
/**
 * Names as given → canonical names (only names that resolve), so a mixed-case name is lower-cased once,
 * not per call. Bounded: cleared when it reaches CANONICAL_MEMO_MAX entries.
 */
const CANONICAL_MEMO = new Map();
const CANONICAL_MEMO_MAX = 1024;
/** The canonical catalog name for a user's model name (case-insensitive, aliases), or undefined. */
function canonicalModelName(name) {
    const known = CANONICAL_MEMO.get(name);
    if (known !== undefined)
        return known;
    // Own keys only: a model named `constructor` or `__proto__` is unknown, not Object's.
    const key = name.toLowerCase();
    if (!Object.prototype.hasOwnProperty.call(ALIASES, key))
        return undefined;
    const canonical = ALIASES[key];
    if (CANONICAL_MEMO.size >= CANONICAL_MEMO_MAX)
        CANONICAL_MEMO.clear();
    CANONICAL_MEMO.set(name, canonical);
    return canonical;
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
            throw new errors/* GenzError */.rp('unknown_model', 'ValueError', `unknown model '${ref}': not in the catalog of ${MODEL_NAMES.length} models`, { name: ref });
        }
        return resolvedCatalogModel(canonical);
    }
    return buildModel(ref);
}


/***/ }),

/***/ 7742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IG: () => (/* binding */ storage),
/* harmony export */   JK: () => (/* binding */ attend),
/* harmony export */   N8: () => (/* binding */ endRepeat),
/* harmony export */   OH: () => (/* binding */ sync),
/* harmony export */   Td: () => (/* binding */ CollectiveType),
/* harmony export */   _3: () => (/* binding */ einsum),
/* harmony export */   i2: () => (/* binding */ logit),
/* harmony export */   kA: () => (/* binding */ conv1d),
/* harmony export */   ux: () => (/* binding */ repeat),
/* harmony export */   vE: () => (/* binding */ gemm)
/* harmony export */ });
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
const logit = (name, H, M, N, D, Hkv, res, beamMerge = false) => ({
    kind: 'Logit',
    name,
    H,
    M,
    N,
    D,
    Hkv,
    res,
    beamMerge,
});
const attend = (name, H, M, N, D, Hkv, res, beamMerge = false) => ({
    kind: 'Attend',
    name,
    H,
    M,
    N,
    D,
    Hkv,
    res,
    beamMerge,
});
const conv1d = (name, OF, IF, N, C, res) => ({ kind: 'CONV1D', name, OF, IF, N, C, res });
const einsum = (name, Fs, n, S, res) => ({ kind: 'Einsum', name, Fs, n, S, res });
const sync = (name, M, N, nodes, type) => ({ kind: 'Sync', name, M, N, nodes, type });
const repeat = (count) => ({ kind: 'Repeat', name: 'Repeat', count });
const endRepeat = (count) => ({ kind: 'EndRepeat', name: 'End Repeat', count });
const storage = (name, weights, expertWeights, cachePerSeq, beamMerge = false) => ({
    kind: 'Storage',
    name,
    weights,
    expertWeights,
    cachePerSeq,
    beamMerge,
});


/***/ }),

/***/ 683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ precisionInfo),
/* harmony export */   X2: () => (/* binding */ tensorBytes),
/* harmony export */   ej: () => (/* binding */ computePrecision),
/* harmony export */   st: () => (/* binding */ PRECISIONS),
/* harmony export */   v: () => (/* binding */ isPrecision)
/* harmony export */ });
/* harmony import */ var _data_systems_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9939);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** Precisions GenZ knows (spec §2). One precision applies to weights, activations, KV and collectives. */
const PRECISIONS = ['bf16', 'f32', 'fp8', 'int8', 'fp6', 'fp4', 'int4', 'int2'];
const TABLE = Object.freeze(Object.fromEntries(Object.entries(_data_systems_json__WEBPACK_IMPORTED_MODULE_0__/* .precision */ .Fz).map(([bits, p]) => [
    bits,
    Object.freeze({ computeMultiplier: p.compute_multiplier, bytesPerElement: p.bytes_per_element }),
])));
function isPrecision(bits) {
    return typeof bits === 'string' && Object.prototype.hasOwnProperty.call(TABLE, bits);
}
/** Looks a precision up; any other string is GenZ's KeyError, reported with the valid names. */
function precisionInfo(bits) {
    if (!isPrecision(bits)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('unsupported_bits', 'KeyError', `unsupported precision '${String(bits)}': valid precisions are ${PRECISIONS.join(', ')}`, { bits });
    }
    return TABLE[bits];
}
function tensorBytes(p) {
    return Object.freeze({
        weight: precisionInfo(p.weights).bytesPerElement,
        expertWeight: precisionInfo(p.expertWeights).bytesPerElement,
        act: precisionInfo(p.activations).bytesPerElement,
        kv: precisionInfo(p.kvCache).bytesPerElement,
    });
}
/**
 * The precision matrix products run at (docs/model.md "Precision"): the activations' precision when
 * the hardware has it natively; else bf16 (weights are dequantized on the fly, e.g. fp8 weights as
 * W8A16 on A100). Lower-precision weights under wider activations run at the activations' rate.
 */
function computePrecision(activations, native) {
    if (native === undefined || native[activations] !== undefined)
        return { bits: activations, fallback: false };
    for (const p of WIDER[activations])
        if (native[p] !== undefined)
            return { bits: p, fallback: true };
    return { bits: 'bf16', fallback: true };
}
/** Where a precision's products run when the hardware lacks it: the next wider format of its kind, then bf16. */
const WIDER = {
    fp4: ['fp6', 'fp8', 'bf16', 'f32'],
    fp6: ['fp8', 'bf16', 'f32'],
    fp8: ['bf16', 'f32'],
    int2: ['int4', 'int8', 'bf16', 'f32'],
    int4: ['int8', 'bf16', 'f32'],
    int8: ['bf16', 'f32'],
    bf16: ['f32'],
    f32: [],
};


/***/ }),

/***/ 406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ withOffchipBw),
/* harmony export */   BB: () => (/* binding */ SYSTEM_SPEC_KEYS),
/* harmony export */   Sd: () => (/* binding */ buildSystem),
/* harmony export */   W9: () => (/* binding */ resolveSystem),
/* harmony export */   cR: () => (/* binding */ lookupPreset),
/* harmony export */   d8: () => (/* binding */ presetSpec),
/* harmony export */   dO: () => (/* binding */ PRESET_NAMES),
/* harmony export */   fb: () => (/* binding */ presetDatasheet)
/* harmony export */ });
/* harmony import */ var _data_systems_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9939);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _precision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(683);



const GB = 1024 * 1024 * 1024; // GenZ's "GB" is 2^30 bytes (spec §1)
const MB = 1024 * 1024;
/** Every key `System(...)` accepts that this port models or tolerates (informational ones are ignored). */
const SYSTEM_SPEC_KEYS = [
    'flops',
    'onchip_mem_bw',
    'on_chip_mem_size',
    'offchip_mem_bw',
    'off_chip_mem_size',
    'external_mem_bw',
    'frequency',
    'bits',
    'compute_efficiency',
    'memory_efficiency',
    'comm_efficiency',
    'interchip_link_bw',
    'interchip_link_latency',
    'num_nodes',
    'topology',
    'compute_engine',
    'collective_strategy',
    'system_name',
    'mxu_shape',
    'parallelism_hierarchy',
    'network_config',
];
const SPEC_KEY_SET = new Set(SYSTEM_SPEC_KEYS);
const DEFAULTS = _data_systems_json__WEBPACK_IMPORTED_MODULE_0__/* .system_class_defaults */ .KX;
const PRESET_NAMES = Object.freeze(Object.keys(_data_systems_json__WEBPACK_IMPORTED_MODULE_0__/* .presets */ .v4));
const DATASHEETS = new Map(Object.entries(_data_systems_json__WEBPACK_IMPORTED_MODULE_0__/* .presets */ .v4).map(([name, p]) => {
    const d = p.datasheet;
    const sheet = Object.freeze({
        device: d.device,
        aliases: Object.freeze([...d.aliases]),
        peakTflops: Object.freeze({ ...d.peak_tflops }),
        memoryGb: d.memory_gb,
        memoryUnit: d.memory_unit === 'GiB' ? 'GiB' : 'GB',
        memoryType: d.memory_type,
        memoryBwGBps: d.memory_bw_GBps,
        scaleUp: Object.freeze({
            link: d.scale_up.link,
            bwGBps: d.scale_up.bw_GBps,
            domain: d.scale_up.domain,
            ...(d.scale_up.domain_note !== undefined ? { domainNote: d.scale_up.domain_note } : {}),
        }),
        source: d.source,
        ...(d.notes !== undefined ? { notes: d.notes } : {}),
    });
    return [name, sheet];
}));
/** Lower-cased preset names and aliases -> preset name. */
const LOOKUP = (() => {
    const m = new Map();
    for (const name of PRESET_NAMES)
        m.set(name.toLowerCase(), name);
    for (const [name, d] of DATASHEETS) {
        for (const a of d.aliases) {
            const key = a.toLowerCase();
            const prior = m.get(key);
            if (prior !== undefined && prior !== name)
                throw new Error(`data/systems.json: alias '${a}' names both ${prior} and ${name}`);
            m.set(key, name);
        }
    }
    return m;
})();
/**
 * The preset a name refers to: a preset name or one of its aliases (e.g. `H200-SXM-141GB`,
 * `Nvidia A100 GPU`), compared case-insensitively. Undefined when nothing matches.
 */
function lookupPreset(nameOrAlias) {
    if (typeof nameOrAlias !== 'string')
        return undefined;
    return LOOKUP.get(nameOrAlias.trim().toLowerCase());
}
/** A preset's datasheet figures (by preset name or alias), or undefined. */
function presetDatasheet(nameOrAlias) {
    const name = lookupPreset(nameOrAlias);
    return name === undefined ? undefined : DATASHEETS.get(name);
}
const DATASHEET_BYTES = { GB: 1e9, GiB: GB };
/** The System fields carrying a preset's datasheet figures, in SI units. */
/** The datasheet fields of each preset's datasheet, derived once (they are constants; the object is frozen). */
const datasheetFieldsCache = new WeakMap();
function datasheetFields(d) {
    let f = datasheetFieldsCache.get(d);
    if (f === undefined) {
        f = Object.freeze(deriveDatasheetFields(d));
        datasheetFieldsCache.set(d, f);
    }
    return f;
}
function deriveDatasheetFields(d) {
    return {
        device: d.device,
        peakFlopsByPrecision: Object.freeze(Object.fromEntries(Object.entries(d.peakTflops).map(([p, t]) => [p, t * 1e12]))),
        memoryBytesDatasheet: d.memoryGb * DATASHEET_BYTES[d.memoryUnit],
        memoryBwDatasheet: d.memoryBwGBps * 1e9,
        scaleUpLink: d.scaleUp.link,
        ...(d.scaleUp.bwGBps !== null ? { scaleUpBw: d.scaleUp.bwGBps * 1e9 } : {}),
        scaleUpDomain: d.scaleUp.domain,
        datasheetSource: d.source,
    };
}
/** The GenZ arguments a preset fixes; a spec naming a preset carries its datasheet only if it keeps all of them. */
const PRESET_KEYS = [
    'flops',
    'offchip_mem_bw',
    'off_chip_mem_size',
    'interchip_link_bw',
    'interchip_link_latency',
    'external_mem_bw',
    'onchip_mem_bw',
    'frequency',
];
function presetDatasheetFor(spec) {
    const name = spec.system_name;
    if (typeof name !== 'string')
        return undefined;
    const preset = presetSpec(name);
    if (!preset)
        return undefined;
    return PRESET_KEYS.every((k) => spec[k] === preset[k]) ? DATASHEETS.get(name) : undefined;
}
function num(spec, key, fallback, where) {
    return numValue(spec[key], key, fallback, where);
}
function numValue(v, key, fallback, where) {
    if (v === undefined)
        return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('invalid_system', 'TypeError', `${where}: '${key}' must be a non-negative number, got ${JSON.stringify(v)}`, { field: key });
    }
    return v;
}
/**
 * Builds a System from `System(...)` keyword arguments exactly as GenZ converts units (spec §1, §3.1).
 * `bits` and the efficiencies are taken from the spec; entry points override them (spec §3.2 case 3).
 */
function buildSystem(spec, name = 'custom system') {
    return buildWith(spec, name, undefined);
}
function buildWith(spec, name, imposed) {
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('invalid_system_type', 'TypeError', `system must be a preset name or an object of System arguments, got ${JSON.stringify(spec)}`);
    }
    for (const key in spec) {
        if (!Object.prototype.hasOwnProperty.call(spec, key))
            continue;
        if (!SPEC_KEY_SET.has(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('invalid_system', 'TypeError', `${name}: unknown System argument '${key}' (known: ${SYSTEM_SPEC_KEYS.join(', ')})`, { field: key });
        }
    }
    const engine = spec.compute_engine ?? 'GenZ';
    if (engine !== 'GenZ' && (typeof engine !== 'string' || engine.toLowerCase() !== 'genz')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('unsupported_setting', 'ValueError', `${name}: compute_engine '${String(engine)}' needs an external simulator; only 'GenZ' is supported`, { field: 'compute_engine' });
    }
    const strategy = spec.collective_strategy ?? 'GenZ';
    if (strategy !== 'GenZ') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('unsupported_setting', 'ValueError', `${name}: collective_strategy '${String(strategy)}' needs an external simulator; only 'GenZ' is supported`, { field: 'collective_strategy' });
    }
    const flops = num(spec, 'flops', DEFAULTS.flops_tflops, name);
    const flopsRaw = flops * 1e12;
    const offSize = spec.off_chip_mem_size;
    let offChipMemBytes = Infinity;
    if (offSize !== undefined && offSize !== null)
        offChipMemBytes = num(spec, 'off_chip_mem_size', 0, name) * MB;
    const bits = imposed ? imposed.bits : (spec.bits ?? DEFAULTS.bits);
    // Unknown precisions are GenZ's KeyError at the first operator; checking here reports it up front.
    const p = (0,_precision_js__WEBPACK_IMPORTED_MODULE_2__/* .precisionInfo */ .Tc)(bits);
    const sheet = presetDatasheetFor(spec);
    const system = {
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
        computeEfficiency: imposed ? numValue(imposed.eff, 'compute_efficiency', 0, name) : num(spec, 'compute_efficiency', DEFAULTS.compute_efficiency, name),
        memoryEfficiency: imposed ? numValue(imposed.eff, 'memory_efficiency', 0, name) : num(spec, 'memory_efficiency', DEFAULTS.memory_efficiency, name),
        commEfficiency: num(spec, 'comm_efficiency', DEFAULTS.comm_efficiency, name),
        icnBw: num(spec, 'interchip_link_bw', DEFAULTS.interchip_link_bw_GBps, name) * GB,
        icnLatency: num(spec, 'interchip_link_latency', DEFAULTS.interchip_link_latency_us, name) * 1e-6,
    };
    return Object.freeze(sheet ? Object.assign(system, datasheetFields(sheet)) : system);
}
/** The System arguments GenZ's `get_inference_system` builds for a preset (spec §3.2 case 2). */
function presetSpec(name) {
    if (!Object.prototype.hasOwnProperty.call(_data_systems_json__WEBPACK_IMPORTED_MODULE_0__/* .presets */ .v4, name))
        return undefined;
    const a = _data_systems_json__WEBPACK_IMPORTED_MODULE_0__/* .presets */ .v4[name].system_args;
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('unknown_system', 'ValueError', `unknown hardware '${ref}': not a preset (presets: ${PRESET_NAMES.join(', ')})`, { name: ref });
        }
        spec = preset;
        name = ref;
    }
    else if (ref !== null && typeof ref === 'object' && !Array.isArray(ref)) {
        spec = ref;
        name = typeof ref.system_name === 'string' ? ref.system_name : 'custom system';
    }
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('invalid_system_type', 'TypeError', `hardware must be a preset name or an object of System arguments, got ${JSON.stringify(ref)}`);
    }
    if (typeof systemEff !== 'number' || !(systemEff > 0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GenzError */ .rp('invalid_input', 'ValueError', `system efficiency must be a number > 0, got ${JSON.stringify(systemEff)}`, { field: 'system_eff' });
    }
    return buildWith(spec, name, { bits, eff: systemEff });
}
/** A copy of `system` whose off-chip bandwidth is replaced (offload, spec §10.2). */
function withOffchipBw(system, offchipBw) {
    return Object.freeze({ ...system, offchipBw });
}


/***/ }),

/***/ 9939:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"Fz":{"int8":{"compute_multiplier":0.5,"bytes_per_element":1},"bf16":{"compute_multiplier":1,"bytes_per_element":2},"f32":{"compute_multiplier":2,"bytes_per_element":4},"int4":{"compute_multiplier":0.25,"bytes_per_element":0.5},"int2":{"compute_multiplier":0.125,"bytes_per_element":0.25},"fp8":{"compute_multiplier":0.5,"bytes_per_element":1},"fp6":{"compute_multiplier":0.5,"bytes_per_element":0.75},"fp4":{"compute_multiplier":0.25,"bytes_per_element":0.5}},"v4":{"A100_40GB_GPU":{"preset":{"Flops":312,"Memory_size":40,"Memory_BW":1600,"ICN":150,"real_values":true},"system_args":{"flops_tflops":312,"offchip_mem_bw_GBps":1600,"off_chip_mem_size_MB":40960,"interchip_link_bw_GBps":150,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":312000000000000,"op_per_sec":156000000000000,"offchip_mem_bw_Bps":1717986918400,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":42949672960,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":161061273600,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"NVIDIA A100 40GB SXM4","aliases":["A100-SXM4-40GB","Nvidia A100 GPU","A100 40GB SXM"],"peak_tflops":{"bf16":312,"int8":624,"int4":1248},"memory_gb":40,"memory_unit":"GB","memory_type":"HBM2","memory_bw_GBps":1555,"scale_up":{"link":"NVLink 3 (NVSwitch)","bw_GBps":600,"domain":8,"domain_note":"HGX A100 8-GPU board"},"source":"NVIDIA A100 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/a100, datasheet rev. June 2021): SXM column; dense = the figure without sparsity"}},"A100_80GB_GPU":{"preset":{"Flops":312,"Memory_size":80,"Memory_BW":2039,"ICN":150,"real_values":true},"system_args":{"flops_tflops":312,"offchip_mem_bw_GBps":2039,"off_chip_mem_size_MB":81920,"interchip_link_bw_GBps":150,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":312000000000000,"op_per_sec":156000000000000,"offchip_mem_bw_Bps":2189359579136,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":85899345920,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":161061273600,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"NVIDIA A100 80GB SXM4","aliases":["A100-SXM4-80GB","A100 80GB SXM"],"peak_tflops":{"bf16":312,"int8":624,"int4":1248},"memory_gb":80,"memory_unit":"GB","memory_type":"HBM2e","memory_bw_GBps":2039,"scale_up":{"link":"NVLink 3 (NVSwitch)","bw_GBps":600,"domain":8,"domain_note":"HGX A100 8-GPU board"},"source":"NVIDIA A100 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/a100, datasheet rev. June 2021): A100 80GB SXM column"}},"H100_GPU":{"preset":{"Flops":989,"Memory_size":80,"Memory_BW":3400,"ICN":450,"real_values":true},"system_args":{"flops_tflops":989,"offchip_mem_bw_GBps":3400,"off_chip_mem_size_MB":81920,"interchip_link_bw_GBps":450,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":989000000000000,"op_per_sec":494500000000000,"offchip_mem_bw_Bps":3650722201600,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":85899345920,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":483183820800,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"NVIDIA H100 SXM5 80GB","aliases":["H100-SXM5-80GB","Nvidia H100 GPU","H100 SXM","H100"],"peak_tflops":{"bf16":989.5,"fp8":1979,"int8":1979},"memory_gb":80,"memory_unit":"GB","memory_type":"HBM3","memory_bw_GBps":3350,"scale_up":{"link":"NVLink 4 (NVSwitch)","bw_GBps":900,"domain":8,"domain_note":"HGX H100 8-GPU board"},"source":"NVIDIA H100 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/h100, 2023): H100 SXM column; dense = half the printed with-sparsity figure"}},"GH200_GPU":{"preset":{"Flops":1979,"Memory_size":144,"Memory_BW":4900,"ICN":450,"real_values":true},"system_args":{"flops_tflops":1979,"offchip_mem_bw_GBps":4900,"off_chip_mem_size_MB":147456,"interchip_link_bw_GBps":450,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":1979000000000000,"op_per_sec":989500000000000,"offchip_mem_bw_Bps":5261334937600,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":154618822656,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":483183820800,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"NVIDIA GH200 Grace Hopper Superchip (144GB HBM3e)","aliases":["GH200-120GB","GH200-144GB","Nvidia GH200 GPU","GH200"],"peak_tflops":{"bf16":989.5,"fp8":1979,"int8":1979},"memory_gb":144,"memory_unit":"GB","memory_type":"HBM3e","memory_bw_GBps":4900,"scale_up":{"link":"NVLink 4 (NVLink Switch System)","bw_GBps":900,"domain":256,"domain_note":"DGX GH200 joins up to 256 superchips over NVLink; single-superchip servers have none"},"source":"NVIDIA GH200 Grace Hopper Superchip datasheet (nvidia.com/en-us/data-center/grace-hopper-superchip, 2024): HBM3e variant; dense = half the printed with-sparsity figure","notes":"The 96 GB HBM3 variant has 4 TB/s. GenZ\'s preset Flops (1979) is the with-sparsity bf16 figure; the dense table here is 989.5."}},"B100":{"preset":{"Flops":3500,"Memory_size":192,"Memory_BW":8000,"ICN":900,"ICN_LL":0.25,"real_values":true},"system_args":{"flops_tflops":3500,"offchip_mem_bw_GBps":8000,"off_chip_mem_size_MB":196608,"interchip_link_bw_GBps":900,"interchip_link_latency_us":0.25,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":3500000000000000,"op_per_sec":1750000000000000,"offchip_mem_bw_Bps":8589934592000,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":206158430208,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":966367641600,"interchip_link_latency_s":2.5e-7,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"NVIDIA B100 (HGX B100)","aliases":["B100-SXM-192GB","B100 SXM"],"peak_tflops":{"bf16":1750,"fp8":3500,"fp6":3500,"fp4":7000,"int8":3500},"memory_gb":192,"memory_unit":"GB","memory_type":"HBM3e","memory_bw_GBps":8000,"scale_up":{"link":"NVLink 5 (NVSwitch)","bw_GBps":1800,"domain":8,"domain_note":"HGX B100 8-GPU board"},"source":"NVIDIA Blackwell architecture technical brief (nvidia.com, March 2024): HGX B100 column, per GPU = board figure / 8; dense = half the printed with-sparsity figure"}},"GB200":{"preset":{"Flops":4500,"Memory_size":192,"Memory_BW":8000,"ICN":900,"ICN_LL":0.25,"real_values":true},"system_args":{"flops_tflops":4500,"offchip_mem_bw_GBps":8000,"off_chip_mem_size_MB":196608,"interchip_link_bw_GBps":900,"interchip_link_latency_us":0.25,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":4500000000000000,"op_per_sec":2250000000000000,"offchip_mem_bw_Bps":8589934592000,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":206158430208,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":966367641600,"interchip_link_latency_s":2.5e-7,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"NVIDIA GB200 NVL72 (per Blackwell GPU)","aliases":["GB200-NVL72","GB200 NVL72","GB200"],"peak_tflops":{"bf16":2500,"fp8":5000,"fp6":5000,"fp4":10000,"int8":5000},"memory_gb":186,"memory_unit":"GB","memory_type":"HBM3e","memory_bw_GBps":8000,"scale_up":{"link":"NVLink 5 (NVLink Switch)","bw_GBps":1800,"domain":72,"domain_note":"NVL72 rack"},"source":"NVIDIA GB200 NVL72 specifications (nvidia.com/en-us/data-center/gb200-nvl72, 2024): rack figures / 72 GPUs (13.4 TB, 576 TB/s, 130 TB/s NVLink); dense = half the printed with-sparsity figure","notes":"The GB200 superchip sheet prints up to 384 GB per two GPUs (192 GB each); the NVL72 rack total gives 186 GB."}},"TPUv6":{"preset":{"Flops":926,"Memory_size":32,"Memory_BW":1640,"ICN":100,"real_values":true},"system_args":{"flops_tflops":926,"offchip_mem_bw_GBps":1640,"off_chip_mem_size_MB":32768,"interchip_link_bw_GBps":100,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":926000000000000,"op_per_sec":463000000000000,"offchip_mem_bw_Bps":1760936591360,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":34359738368,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":107374182400,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"Google Cloud TPU v6e (Trillium)","aliases":["TPU v6e","TPUv6e","Trillium","v6e"],"peak_tflops":{"bf16":918,"int8":1836},"memory_gb":32,"memory_unit":"GiB","memory_type":"HBM","memory_bw_GBps":1638,"scale_up":{"link":"ICI (2D torus)","bw_GBps":800,"domain":256,"domain_note":"pod"},"source":"Google Cloud TPU v6e documentation (docs.cloud.google.com/tpu/docs/v6e, read 2026): key specifications table","notes":"The TPU7x page lists v6e FP8 at the bf16 rate (918); FP8 has no rate of its own here."}},"TPUv5e":{"preset":{"Flops":197,"Memory_size":16,"Memory_BW":820,"ICN":50,"real_values":true},"system_args":{"flops_tflops":197,"offchip_mem_bw_GBps":820,"off_chip_mem_size_MB":16384,"interchip_link_bw_GBps":50,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":197000000000000,"op_per_sec":98500000000000,"offchip_mem_bw_Bps":880468295680,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":17179869184,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":53687091200,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"Google Cloud TPU v5e","aliases":["TPU v5e","v5e"],"peak_tflops":{"bf16":197,"int8":393},"memory_gb":16,"memory_unit":"GiB","memory_type":"HBM2","memory_bw_GBps":819,"scale_up":{"link":"ICI (2D torus)","bw_GBps":400,"domain":256,"domain_note":"pod"},"source":"Google Cloud TPU v5e documentation (docs.cloud.google.com/tpu/docs/v5e, read 2026): key chip specifications"}},"TPUv5p":{"preset":{"Flops":459,"Memory_size":95,"Memory_BW":2765,"ICN":450,"real_values":true},"system_args":{"flops_tflops":459,"offchip_mem_bw_GBps":2765,"off_chip_mem_size_MB":97280,"interchip_link_bw_GBps":450,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":459000000000000,"op_per_sec":229500000000000,"offchip_mem_bw_Bps":2968896143360,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":102005473280,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":483183820800,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"Google Cloud TPU v5p","aliases":["TPU v5p","v5p"],"peak_tflops":{"bf16":459,"int8":918},"memory_gb":95,"memory_unit":"GiB","memory_type":"HBM2e","memory_bw_GBps":2765,"scale_up":{"link":"ICI (3D torus)","bw_GBps":1200,"domain":8960,"domain_note":"pod"},"source":"Google Cloud TPU v5p documentation (docs.cloud.google.com/tpu/docs/v5p, read 2026): key specifications; INT8 918 TOPS from the same family of pages","notes":"Google lists 95 GiB usable of 96 GiB physical HBM. FP8 runs at the bf16 rate (459) and has no rate of its own here."}},"TPUv4":{"preset":{"Flops":275,"Memory_size":32,"Memory_BW":1228,"ICN":24,"real_values":true},"system_args":{"flops_tflops":275,"offchip_mem_bw_GBps":1228,"off_chip_mem_size_MB":32768,"interchip_link_bw_GBps":24,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":275000000000000,"op_per_sec":137500000000000,"offchip_mem_bw_Bps":1318554959872,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":34359738368,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":25769803776,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"Google Cloud TPU v4","aliases":["TPU v4","v4"],"peak_tflops":{"bf16":275,"int8":275},"memory_gb":32,"memory_unit":"GiB","memory_type":"HBM2","memory_bw_GBps":1200,"scale_up":{"link":"ICI (3D torus)","bw_GBps":null,"domain":4096,"domain_note":"pod; the per-chip ICI bandwidth is not printed on the Cloud TPU v4 page"},"source":"Google Cloud TPU v4 documentation (docs.cloud.google.com/tpu/docs/v4, read 2026): peak compute per chip (bf16 or int8), HBM2 capacity and bandwidth, pod size"}},"MI300X":{"preset":{"Flops":1307,"Memory_size":192,"Memory_BW":5300,"ICN":400,"real_values":true},"system_args":{"flops_tflops":1307,"offchip_mem_bw_GBps":5300,"off_chip_mem_size_MB":196608,"interchip_link_bw_GBps":400,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":1307000000000000,"op_per_sec":653500000000000,"offchip_mem_bw_Bps":5690831667200,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":206158430208,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":429496729600,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"AMD Instinct MI300X","aliases":["MI300X-192GB","AMD MI300X GPU","Instinct MI300X"],"peak_tflops":{"bf16":1307.4,"fp8":2614.9,"int8":2614.9},"memory_gb":192,"memory_unit":"GB","memory_type":"HBM3","memory_bw_GBps":5300,"scale_up":{"link":"Infinity Fabric (7 links to peers)","bw_GBps":896,"domain":8,"domain_note":"8-GPU OAM platform, fully connected"},"source":"AMD Instinct MI300X data sheet (amd.com/en/products/accelerators/instinct/mi300/mi300x.html, 2023): dense = the figure without sparsity; 896 GB/s = 7 x 128 GB/s peak Infinity Fabric links"}},"MI325X":{"preset":{"Flops":1307,"Memory_size":256,"Memory_BW":6000,"ICN":400,"real_values":true},"system_args":{"flops_tflops":1307,"offchip_mem_bw_GBps":6000,"off_chip_mem_size_MB":262144,"interchip_link_bw_GBps":400,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":1307000000000000,"op_per_sec":653500000000000,"offchip_mem_bw_Bps":6442450944000,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":274877906944,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":429496729600,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"AMD Instinct MI325X","aliases":["MI325X-256GB","AMD MI325X GPU","Instinct MI325X"],"peak_tflops":{"bf16":1307.4,"fp8":2614.9,"int8":2614.9},"memory_gb":256,"memory_unit":"GB","memory_type":"HBM3E","memory_bw_GBps":6000,"scale_up":{"link":"Infinity Fabric (7 links to peers)","bw_GBps":896,"domain":8,"domain_note":"8-GPU OAM platform, fully connected"},"source":"AMD Instinct MI325X data sheet (amd.com/en/products/accelerators/instinct/mi300/mi325x.html, October 2024): dense = the figure without sparsity"}},"Gaudi3":{"preset":{"Flops":1835,"Memory_size":128,"Memory_BW":3675,"ICN":300,"real_values":true},"system_args":{"flops_tflops":1835,"offchip_mem_bw_GBps":3675,"off_chip_mem_size_MB":131072,"interchip_link_bw_GBps":300,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":1835000000000000,"op_per_sec":917500000000000,"offchip_mem_bw_Bps":3946001203200,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":137438953472,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":322122547200,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"Intel Gaudi 3 (OAM HL-325L)","aliases":["Gaudi 3","HL-325L"],"peak_tflops":{"bf16":1835,"fp8":1835},"memory_gb":128,"memory_unit":"GB","memory_type":"HBM2e","memory_bw_GBps":3700,"scale_up":{"link":"24 x 200 GbE RoCE (21 to peers in an 8-card node)","bw_GBps":1200,"domain":8,"domain_note":"8-accelerator node"},"source":"Intel Gaudi 3 AI Accelerator white paper (intel.com, 2024): MME BF16 and FP8 1835 TFLOPS, 128 GB HBM2e at 3.7 TB/s, 24 x 200 GbE"}},"H200_GPU":{"preset":{"Flops":989.5,"Memory_size":141,"Memory_BW":4800,"ICN":450,"real_values":true},"system_args":{"flops_tflops":989.5,"offchip_mem_bw_GBps":4800,"off_chip_mem_size_MB":144384,"interchip_link_bw_GBps":450,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":989500000000000,"op_per_sec":494750000000000,"offchip_mem_bw_Bps":5153960755200,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":151397597184,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":483183820800,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"NVIDIA H200 SXM 141GB","aliases":["H200-SXM-141GB","H200 SXM","H200"],"peak_tflops":{"bf16":989.5,"fp8":1979,"int8":1979},"memory_gb":141,"memory_unit":"GB","memory_type":"HBM3e","memory_bw_GBps":4800,"scale_up":{"link":"NVLink 4 (NVSwitch)","bw_GBps":900,"domain":8,"domain_note":"HGX H200 8-GPU board"},"source":"NVIDIA H200 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/h200, 2024): H200 SXM column; dense = half the printed with-sparsity figure"}},"H100_PCIe_GPU":{"preset":{"Flops":756.5,"Memory_size":80,"Memory_BW":2000,"ICN":64,"real_values":true},"system_args":{"flops_tflops":756.5,"offchip_mem_bw_GBps":2000,"off_chip_mem_size_MB":81920,"interchip_link_bw_GBps":64,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":756500000000000,"op_per_sec":378250000000000,"offchip_mem_bw_Bps":2147483648000,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":85899345920,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":68719476736,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"NVIDIA H100 PCIe 80GB","aliases":["H100-PCIe-80GB","H100 PCIe"],"peak_tflops":{"bf16":756.5,"fp8":1513,"int8":1513},"memory_gb":80,"memory_unit":"GB","memory_type":"HBM2e","memory_bw_GBps":2000,"scale_up":{"link":"PCIe Gen5 x16","bw_GBps":128,"domain":8,"domain_note":"no NVSwitch; peers talk over PCIe in a typical 8-GPU server (an optional NVLink bridge joins 2 GPUs at 600 GB/s)"},"source":"NVIDIA H100 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/h100, 2022 edition with SXM and PCIe columns): H100 PCIe column; dense = half the printed with-sparsity figure"}},"A100_80GB_PCIe_GPU":{"preset":{"Flops":312,"Memory_size":80,"Memory_BW":1935,"ICN":32,"real_values":true},"system_args":{"flops_tflops":312,"offchip_mem_bw_GBps":1935,"off_chip_mem_size_MB":81920,"interchip_link_bw_GBps":32,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":312000000000000,"op_per_sec":156000000000000,"offchip_mem_bw_Bps":2077690429440,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":85899345920,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":34359738368,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"NVIDIA A100 80GB PCIe","aliases":["A100-PCIe-80GB","A100 80GB PCIe"],"peak_tflops":{"bf16":312,"int8":624,"int4":1248},"memory_gb":80,"memory_unit":"GB","memory_type":"HBM2e","memory_bw_GBps":1935,"scale_up":{"link":"PCIe Gen4 x16","bw_GBps":64,"domain":8,"domain_note":"no NVSwitch; peers talk over PCIe in a typical 8-GPU server (an optional NVLink bridge joins 2 GPUs at 600 GB/s)"},"source":"NVIDIA A100 Tensor Core GPU datasheet (nvidia.com/en-us/data-center/a100, datasheet rev. June 2021): A100 80GB PCIe column"}},"B200_GPU":{"preset":{"Flops":2250,"Memory_size":180,"Memory_BW":8000,"ICN":900,"ICN_LL":0.25,"real_values":true},"system_args":{"flops_tflops":2250,"offchip_mem_bw_GBps":8000,"off_chip_mem_size_MB":184320,"interchip_link_bw_GBps":900,"interchip_link_latency_us":0.25,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":2250000000000000,"op_per_sec":1125000000000000,"offchip_mem_bw_Bps":8589934592000,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":193273528320,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":966367641600,"interchip_link_latency_s":2.5e-7,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"NVIDIA B200 (HGX B200)","aliases":["B200-SXM-180GB","B200 SXM","B200"],"peak_tflops":{"bf16":2250,"fp8":4500,"fp6":4500,"fp4":9000,"int8":4500},"memory_gb":180,"memory_unit":"GB","memory_type":"HBM3e","memory_bw_GBps":8000,"scale_up":{"link":"NVLink 5 (NVSwitch)","bw_GBps":1800,"domain":8,"domain_note":"HGX B200 8-GPU board"},"source":"NVIDIA HGX platform specifications (nvidia.com/en-us/data-center/hgx, 2025): HGX B200 column (1.4 TB, 8 GPUs), per GPU = board figure / 8; dense = half the printed with-sparsity figure","notes":"Early Blackwell material printed 192 GB per B200; the HGX B200 board lists 1.4 TB for 8 GPUs (180 GB each)."}},"B300_GPU":{"preset":{"Flops":2250,"Memory_size":288,"Memory_BW":8000,"ICN":900,"ICN_LL":0.25,"real_values":true},"system_args":{"flops_tflops":2250,"offchip_mem_bw_GBps":8000,"off_chip_mem_size_MB":294912,"interchip_link_bw_GBps":900,"interchip_link_latency_us":0.25,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":2250000000000000,"op_per_sec":1125000000000000,"offchip_mem_bw_Bps":8589934592000,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":309237645312,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":966367641600,"interchip_link_latency_s":2.5e-7,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"NVIDIA B300 Blackwell Ultra (HGX B300)","aliases":["B300-SXM-288GB","B300 SXM","B300"],"peak_tflops":{"bf16":2250,"fp8":4500,"fp6":4500,"fp4":13500},"memory_gb":288,"memory_unit":"GB","memory_type":"HBM3e","memory_bw_GBps":8000,"scale_up":{"link":"NVLink 5 (NVSwitch)","bw_GBps":1800,"domain":8,"domain_note":"HGX B300 8-GPU board"},"source":"NVIDIA HGX platform specifications (nvidia.com/en-us/data-center/hgx, 2025): HGX B300 column (8 GPUs, 2.3 TB), per GPU = board figure / 8; FP4 dense as printed (108 PFLOPS / 8), other rates = half the with-sparsity figure","notes":"Blackwell Ultra cuts INT8 tensor throughput (the board prints 2 POPS); INT8 is left out of the native table."}},"GB300":{"preset":{"Flops":2500,"Memory_size":288,"Memory_BW":8000,"ICN":900,"ICN_LL":0.25,"real_values":true},"system_args":{"flops_tflops":2500,"offchip_mem_bw_GBps":8000,"off_chip_mem_size_MB":294912,"interchip_link_bw_GBps":900,"interchip_link_latency_us":0.25,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":2500000000000000,"op_per_sec":1250000000000000,"offchip_mem_bw_Bps":8589934592000,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":309237645312,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":966367641600,"interchip_link_latency_s":2.5e-7,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"NVIDIA GB300 NVL72 (per Blackwell Ultra GPU)","aliases":["GB300-NVL72","GB300 NVL72"],"peak_tflops":{"bf16":2500,"fp8":5000,"fp6":5000,"fp4":15000},"memory_gb":288,"memory_unit":"GB","memory_type":"HBM3e","memory_bw_GBps":8000,"scale_up":{"link":"NVLink 5 (NVLink Switch)","bw_GBps":1800,"domain":72,"domain_note":"NVL72 rack"},"source":"NVIDIA GB300 NVL72 specifications (nvidia.com/en-us/data-center/gb300-nvl72, 2025): rack figures / 72 GPUs (FP4 1,080 PFLOPS dense, 576 TB/s, 130 TB/s NVLink); 288 GB HBM3e per GPU; other rates = half the with-sparsity figure","notes":"INT8 tensor throughput is cut on Blackwell Ultra and left out of the native table. The rack total (about 20 TB) is slightly under 72 x 288 GB."}},"L40S_GPU":{"preset":{"Flops":362.05,"Memory_size":48,"Memory_BW":864,"ICN":32,"real_values":true},"system_args":{"flops_tflops":362.05,"offchip_mem_bw_GBps":864,"off_chip_mem_size_MB":49152,"interchip_link_bw_GBps":32,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":362050000000000,"op_per_sec":181025000000000,"offchip_mem_bw_Bps":927712935936,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":51539607552,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":34359738368,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"NVIDIA L40S 48GB","aliases":["L40S-48GB","L40S"],"peak_tflops":{"bf16":362.05,"fp8":733,"int8":733},"memory_gb":48,"memory_unit":"GB","memory_type":"GDDR6 (ECC)","memory_bw_GBps":864,"scale_up":{"link":"PCIe Gen4 x16","bw_GBps":64,"domain":8,"domain_note":"no NVLink; peers talk over PCIe in a typical 8-GPU server"},"source":"NVIDIA L40S GPU datasheet (nvidia.com/en-us/data-center/l40s, 2023): dense = the figure without sparsity"}},"RTX_PRO_6000_GPU":{"preset":{"Flops":500,"Memory_size":96,"Memory_BW":1597,"ICN":64,"real_values":true},"system_args":{"flops_tflops":500,"offchip_mem_bw_GBps":1597,"off_chip_mem_size_MB":98304,"interchip_link_bw_GBps":64,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":500000000000000,"op_per_sec":250000000000000,"offchip_mem_bw_Bps":1714765692928,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":103079215104,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":68719476736,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"NVIDIA RTX PRO 6000 Blackwell Server Edition","aliases":["RTX-PRO-6000-96GB","RTX PRO 6000 Blackwell Server Edition","RTX PRO 6000"],"peak_tflops":{"bf16":500,"fp8":1000,"fp6":1000,"fp4":2000,"int8":1000},"memory_gb":96,"memory_unit":"GB","memory_type":"GDDR7 (ECC)","memory_bw_GBps":1597,"scale_up":{"link":"PCIe Gen5 x16","bw_GBps":128,"domain":8,"domain_note":"no NVLink; peers talk over PCIe in a typical 8-GPU server"},"source":"NVIDIA RTX PRO 6000 Blackwell Server Edition datasheet (nvidia.com/en-us/data-center/rtx-pro-6000-blackwell-server-edition, 2025): 96 GB GDDR7, 1,597 GB/s, 4 PFLOPS FP4 with sparsity","notes":"Only the FP4 (with sparsity) peak is printed; the dense table is derived from it with the Blackwell tensor-core ratios (FP4 = 2 x FP8/FP6/INT8 = 4 x BF16) and is approximate."}},"MI355X":{"preset":{"Flops":2516.6,"Memory_size":288,"Memory_BW":8000,"ICN":537.6,"real_values":true},"system_args":{"flops_tflops":2516.6,"offchip_mem_bw_GBps":8000,"off_chip_mem_size_MB":294912,"interchip_link_bw_GBps":537.6,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":2516600000000000,"op_per_sec":1258300000000000,"offchip_mem_bw_Bps":8589934592000,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":309237645312,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":577243604582.4,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"AMD Instinct MI355X","aliases":["MI355X-288GB","AMD MI355X GPU","Instinct MI355X"],"peak_tflops":{"bf16":2516.6,"fp8":5033.2,"fp6":10066.3,"fp4":10066.3,"int8":5033.2},"memory_gb":288,"memory_unit":"GB","memory_type":"HBM3E","memory_bw_GBps":8000,"scale_up":{"link":"Infinity Fabric (7 links to peers)","bw_GBps":1075.2,"domain":8,"domain_note":"8-GPU OAM platform, fully connected"},"source":"AMD Instinct MI355X data sheet (amd.com/en/products/accelerators/instinct/mi350/mi355x.html, June 2025): dense = the figure without sparsity (MXFP6 and MXFP4 share the 10 PFLOPS rate); 1075.2 GB/s = 7 x 153.6 GB/s links"}},"TPUv7":{"preset":{"Flops":2307,"Memory_size":192,"Memory_BW":7370,"ICN":600,"real_values":true},"system_args":{"flops_tflops":2307,"offchip_mem_bw_GBps":7370,"off_chip_mem_size_MB":196608,"interchip_link_bw_GBps":600,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":2307000000000000,"op_per_sec":1153500000000000,"offchip_mem_bw_Bps":7913477242880,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":206158430208,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":644245094400,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"Google Cloud TPU7x (Ironwood)","aliases":["TPU v7","TPU7x","Ironwood","v7"],"peak_tflops":{"bf16":2307,"fp8":4614},"memory_gb":192,"memory_unit":"GiB","memory_type":"HBM3e","memory_bw_GBps":7370,"scale_up":{"link":"ICI (3D torus, optical circuit switches)","bw_GBps":1200,"domain":9216,"domain_note":"pod"},"source":"Google Cloud TPU7x (Ironwood) documentation (docs.cloud.google.com/tpu/docs/tpu7x, read 2026): peak compute per chip BF16 2307 / FP8 4614 TFLOPs, 192 GiB HBM, 9216 chips per pod; HBM bandwidth 7.37 TB/s and ICI 1.2 TB/s bidirectional from Google\'s Ironwood announcement (April 2025)"}},"Trainium2":{"preset":{"Flops":667,"Memory_size":96,"Memory_BW":2900,"ICN":640,"real_values":true},"system_args":{"flops_tflops":667,"offchip_mem_bw_GBps":2900,"off_chip_mem_size_MB":98304,"interchip_link_bw_GBps":640,"interchip_link_latency_us":1,"external_mem_bw_GBps":128,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"frequency_MHz":1000,"num_nodes":1,"topology":"FullyConnected"},"raw_si":{"flops_per_s":667000000000000,"op_per_sec":333500000000000,"offchip_mem_bw_Bps":3113851289600,"onchip_mem_bw_Bps":19327352832000,"off_chip_mem_size_B":103079215104,"on_chip_mem_size_B":null,"interchip_link_bw_Bps":687194767360,"interchip_link_latency_s":0.000001,"external_mem_bw_Bps":137438953472,"frequency_Hz":1000000000},"datasheet":{"device":"AWS Trainium2","aliases":["Trn2","Trainium 2","trn2"],"peak_tflops":{"bf16":667,"fp8":1299},"memory_gb":96,"memory_unit":"GiB","memory_type":"HBM","memory_bw_GBps":2900,"scale_up":{"link":"NeuronLink-v3","bw_GBps":1280,"domain":64,"domain_note":"Trn2 UltraServer (a trn2.48xlarge instance has 16 chips)"},"source":"AWS Neuron documentation, Trainium2 architecture (awsdocs-neuron.readthedocs-hosted.com, about-neuron/arch/neuron-hardware/trainium2, 2025): 1,299 FP8 and 667 BF16 dense TFLOPS, 96 GiB at 2.9 TB/s, NeuronLink-v3 1.28 TB/s per chip"}}},"KX":{"flops_tflops":123,"mxu_shape":null,"onchip_mem_bw_GBps":18000,"on_chip_mem_size_MB":null,"offchip_mem_bw_GBps":900,"off_chip_mem_size_MB":null,"external_mem_bw_GBps":0,"frequency_MHz":940,"bits":"bf16","compute_efficiency":1,"memory_efficiency":1,"comm_efficiency":1,"interchip_link_bw_GBps":25,"num_nodes":1,"interchip_link_latency_us":1.9,"compute_engine":"GenZ","collective_strategy":"GenZ","topology":"FullyConnected","parallelism_hierarchy":"TP{1}_EP{1}_PP{1}","network_config":null,"gear_params":null,"system_name":null}}');

/***/ })

};
