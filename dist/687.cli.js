export const id = 687;
export const ids = [687];
export const modules = {

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
    serving_requests: 200_000,
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
    serving_requests: 'requests of one serving scenario',
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

/***/ 6511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   WB: () => (/* binding */ METRIC_KEYS),
/* harmony export */   bu: () => (/* binding */ METRIC_BY_KEY),
/* harmony export */   zt: () => (/* binding */ SERVING_METRIC_KEYS)
/* harmony export */ });
/* unused harmony export PRIMARY_METRICS */
/* harmony import */ var _serving_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1225);
/**
 * The metrics genz-action reports, with unit, direction and definition. This list is the single source
 * for the README's metrics table, the baseline diff (direction, primary/secondary) and the reports.
 * JSON keys carry their unit.
 */

const SERVING_KEYS = [
    ..._serving_config_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVING_LATENCY_KEYS */ .ny,
    'request_throughput_rps',
    'output_throughput_tps',
    'goodput_rps',
    'kv_utilization',
    'preemptions',
    'max_rate_qps',
];
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
    ...SERVING_KEYS,
];
/** The metrics of serving scenarios (docs/serving.md "Metrics"); null for every other scenario. */
const SERVING_METRIC_KEYS = SERVING_KEYS;
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
    def('ttft_mean_ms', 'Serving TTFT mean', 'ms', 'lower', false, 'Serving: mean of the time to first token: arrival to the end of the iteration that samples the first token.'),
    def('ttft_p50_ms', 'Serving TTFT p50', 'ms', 'lower', true, 'Serving: median (nearest rank) of the time to first token: arrival to the end of the iteration that samples the first token.'),
    def('ttft_p90_ms', 'Serving TTFT p90', 'ms', 'lower', true, 'Serving: 90th percentile (nearest rank) of the time to first token: arrival to the end of the iteration that samples the first token.'),
    def('ttft_p99_ms', 'Serving TTFT p99', 'ms', 'lower', true, 'Serving: 99th percentile (nearest rank) of the time to first token: arrival to the end of the iteration that samples the first token.'),
    def('tpot_mean_ms', 'Serving TPOT mean', 'ms', 'lower', false, 'Serving: mean of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token.'),
    def('tpot_p50_ms', 'Serving TPOT p50', 'ms', 'lower', true, 'Serving: median (nearest rank) of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token.'),
    def('tpot_p90_ms', 'Serving TPOT p90', 'ms', 'lower', true, 'Serving: 90th percentile (nearest rank) of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token.'),
    def('tpot_p99_ms', 'Serving TPOT p99', 'ms', 'lower', true, 'Serving: 99th percentile (nearest rank) of the time per output token of a request: (last token − first token) / (output tokens − 1), requests with more than one output token.'),
    def('itl_mean_ms', 'Serving ITL mean', 'ms', 'lower', false, 'Serving: mean of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request.'),
    def('itl_p50_ms', 'Serving ITL p50', 'ms', 'lower', false, 'Serving: median (nearest rank) of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request.'),
    def('itl_p90_ms', 'Serving ITL p90', 'ms', 'lower', false, 'Serving: 90th percentile (nearest rank) of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request.'),
    def('itl_p99_ms', 'Serving ITL p99', 'ms', 'lower', true, 'Serving: 99th percentile (nearest rank) of the inter-token latency: the gap between consecutive tokens of a request, over every gap of every request.'),
    def('e2e_mean_ms', 'Serving E2E mean', 'ms', 'lower', false, 'Serving: mean of the end-to-end latency: arrival to the last token.'),
    def('e2e_p50_ms', 'Serving E2E p50', 'ms', 'lower', true, 'Serving: median (nearest rank) of the end-to-end latency: arrival to the last token.'),
    def('e2e_p90_ms', 'Serving E2E p90', 'ms', 'lower', true, 'Serving: 90th percentile (nearest rank) of the end-to-end latency: arrival to the last token.'),
    def('e2e_p99_ms', 'Serving E2E p99', 'ms', 'lower', true, 'Serving: 99th percentile (nearest rank) of the end-to-end latency: arrival to the last token.'),
    def('request_throughput_rps', 'Request throughput', 'requests/s', 'higher', true, 'Serving: requests completed per second, from the first arrival to the last token.'),
    def('output_throughput_tps', 'Output throughput', 'tokens/s', 'higher', true, 'Serving: output tokens generated per second, from the first arrival to the last token.'),
    def('goodput_rps', 'Goodput', 'requests/s', 'higher', true, "Serving: requests per second whose TTFT, TPOT and E2E each meet the scenario's tightest budget for that metric (all requests without serving SLOs)."),
    def('kv_utilization', 'KV utilisation', 'fraction', 'lower', false, 'Serving: mean fraction of the KV-cache blocks in use, weighted by iteration time.'),
    def('preemptions', 'Preemptions', 'count', 'lower', true, 'Serving: requests evicted from the KV cache (recomputed later) during the run.'),
    def('max_rate_qps', 'Max rate', 'requests/s', 'higher', true, 'Serving: the highest Poisson arrival rate at which every percentile SLO of the scenario holds, found by search (docs/serving.md); null without such SLOs.'),
]);
const METRIC_BY_KEY = new Map(METRICS.map((m) => [m.key, m]));
const PRIMARY_METRICS = METRICS.filter((m) => m.primary).map((m) => m.key);


/***/ }),

/***/ 8496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ FEATURE_BY_NAME),
/* harmony export */   Gv: () => (/* binding */ FEATURES),
/* harmony export */   K7: () => (/* binding */ FEATURE_NAMES),
/* harmony export */   wZ: () => (/* binding */ LORA_TARGETS)
/* harmony export */ });
/**
 * The feature registry: every feature a scenario may name, with its category, options (type and
 * default) and compatibility rules. Validation, the `features` CLI command, the manifest schema test
 * and the README all read this one table.
 */
const FEATURE_NAMES = [
    'prefill',
    'decode',
    'chunked',
    'tensor_parallel',
    'pipeline_parallel',
    'expert_parallel',
    'lora',
    'flash_attention',
    'memory_offload',
    'speculative_decode',
];
const LORA_TARGETS = ['q', 'k', 'v', 'o', 'gate', 'up', 'down'];
const f = (d) => Object.freeze(d);
const FEATURES = Object.freeze([
    f({
        name: 'prefill',
        category: 'mode',
        description: 'Simulate only the prefill pass (TTFT); no decode.',
        options: [],
        incompatible: ['decode', 'chunked', 'speculative_decode'],
    }),
    f({
        name: 'decode',
        category: 'mode',
        description: 'Simulate only decode: every step of the generation (TPOT), no prefill.',
        options: [],
        incompatible: ['prefill', 'chunked'],
    }),
    f({
        name: 'chunked',
        category: 'mode',
        description: 'Chunked prefill: one iteration over a mix of prefill pieces and decode requests.',
        options: [
            { name: 'prefill_kv_sizes', type: 'kv-list', default: [[1024, 511]], description: 'Prefill pieces as [past_tokens, new_tokens] pairs.' },
            {
                name: 'decode_kv_sizes',
                type: 'kv-list',
                default: [1600, 1601, 1602],
                description: 'Decode entries: a context length, [batches, context] or [prefill_beams, decode_beams, prefill_context, decode_context].',
            },
        ],
        incompatible: ['prefill', 'decode', 'speculative_decode'],
    }),
    f({
        name: 'tensor_parallel',
        category: 'parallelism',
        description: 'Shard heads and FFN width over `degree` devices (all-reduce after attention and FFN).',
        options: [{ name: 'degree', type: 'integer', default: 1, min: 1, description: 'Tensor-parallel degree (same as parallelism.tensor).' }],
        incompatible: [],
    }),
    f({
        name: 'pipeline_parallel',
        category: 'parallelism',
        description: 'Split the layers into `degree` stages; latencies are one micro-batch through all stages.',
        options: [{ name: 'degree', type: 'integer', default: 1, min: 1, description: 'Pipeline-parallel degree (same as parallelism.pipeline).' }],
        incompatible: [],
    }),
    f({
        name: 'expert_parallel',
        category: 'parallelism',
        description: 'Spread MoE experts over `degree` devices (all-to-all dispatch and collect).',
        options: [{ name: 'degree', type: 'integer', default: 1, min: 1, description: 'Expert-parallel degree (same as parallelism.expert); MoE models only.' }],
        incompatible: [],
    }),
    f({
        name: 'lora',
        category: 'optimization',
        description: 'LoRA adapters on the targeted projections: merged (free) or dynamic (two extra GEMMs per target).',
        options: [
            { name: 'rank', type: 'integer', default: 16, min: 1, description: 'Adapter rank r.' },
            {
                name: 'strategy',
                type: 'string',
                default: 'dynamic',
                choices: ['dynamic', 'merged'],
                description: 'merged: folded into the weights; dynamic: unmerged adapters as multi-adapter servers run them.',
            },
            { name: 'targets', type: 'string[]', default: ['q', 'k', 'v', 'o'], choices: LORA_TARGETS, description: 'Projections that carry an adapter.' },
            {
                name: 'include_experts',
                type: 'boolean',
                default: false,
                description: 'MoE models: also adapt the expert FFNs named in targets (gate, up, down); by default only dense FFNs are.',
            },
        ],
        incompatible: [],
    }),
    f({
        name: 'flash_attention',
        category: 'optimization',
        description: 'Fused attention (on by default, GenZ parity); off writes and re-reads the score matrix with a softmax pass.',
        options: [{ name: 'enabled', type: 'boolean', default: true, description: 'Use the fused attention kernels.' }],
        incompatible: [],
        defaultOn: true,
    }),
    f({
        name: 'memory_offload',
        category: 'memory',
        description: 'Run a model that does not fit by streaming the excess over the host link (GenZ offload).',
        options: [],
        incompatible: [],
    }),
    f({
        name: 'speculative_decode',
        category: 'optimization',
        description: 'Draft tokens with a small model and verify them in one pass of the full model.',
        options: [
            { name: 'draft_model', type: 'model', description: 'Draft model: a catalog name or a model file.' },
            { name: 'acceptance_rate', type: 'number', default: 0.7, min: 0, max: 1, description: 'Probability that a drafted token is accepted.' },
            { name: 'parallel_tokens', type: 'integer', default: 4, min: 2, description: 'Tokens drafted per step (N).' },
            { name: 'draft_hardware', type: 'hardware', description: 'Hardware of the draft model; omitted = the main hardware and layout.' },
            { name: 'draft_tensor_parallel', type: 'integer', min: 1, description: 'Tensor-parallel degree of the draft (with draft_hardware).' },
            { name: 'draft_pipeline_parallel', type: 'integer', min: 1, description: 'Pipeline-parallel degree of the draft (with draft_hardware).' },
        ],
        incompatible: ['prefill', 'chunked'],
        requiresOneOf: ['decode', 'full_request'],
    }),
]);
const FEATURE_BY_NAME = new Map(FEATURES.map((d) => [d.name, d]));


/***/ }),

/***/ 4687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ ConfigError),
  Gv: () => (/* reexport */ simulation_features/* FEATURES */.Gv),
  yz: () => (/* reexport */ version/* SIMULATOR_VERSION */.y),
  JV: () => (/* reexport */ simulate),
  qL: () => (/* reexport */ simulateNormalized)
});

// UNUSED EXPORTS: FEATURE_BY_NAME, FEATURE_NAMES, LORA_TARGETS, RESULT_SCHEMA, nearestNames, normalizeConfig, parseResult, serializeResult

// EXTERNAL MODULE: ./src/simulation/features.ts
var simulation_features = __webpack_require__(8496);
// EXTERNAL MODULE: ./src/calibration/builtin.ts + 1 modules
var builtin = __webpack_require__(6777);
// EXTERNAL MODULE: ./src/calibration/names.ts
var names = __webpack_require__(9512);
// EXTERNAL MODULE: ./src/calibration/profile.ts
var profile = __webpack_require__(8445);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/model.ts + 1 modules
var core_model = __webpack_require__(8246);
// EXTERNAL MODULE: ./src/core/precision.ts
var core_precision = __webpack_require__(683);
// EXTERNAL MODULE: ./src/core/inference.ts
var inference = __webpack_require__(4620);
// EXTERNAL MODULE: ./src/core/system.ts
var system = __webpack_require__(406);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./src/serving/config.ts + 1 modules
var serving_config = __webpack_require__(1225);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
;// CONCATENATED MODULE: ./src/simulation/normalize.ts
/**
 * Turns a SimulationConfig as written into a NormalizedConfig: every default applied, the catalog
 * model and hardware preset expanded into their full fields, features parsed against the registry and
 * checked for compatibility. The normalized form is what baselines fingerprint, so a change to a
 * catalog entry or a hardware file shows up as an input change.
 */












/** Bad input: every problem found, each naming its field. Nothing was simulated. */
class ConfigError extends Error {
    issues;
    constructor(issues) {
        super(issues.map((i) => `${i.field}: ${i.message}`).join('\n'));
        this.name = 'ConfigError';
        this.issues = issues;
    }
}
/** Up to three nearest names, by edit distance on lower-cased names (and the part after "/"). */
function nearestNames(input, candidates, count = 3) {
    const q = input.toLowerCase();
    const score = (c) => {
        const l = c.toLowerCase();
        const tail = l.includes('/') ? l.slice(l.indexOf('/') + 1) : l;
        // A name that contains what was typed ("H100" in "H100_GPU") beats one a single edit away ("B100").
        if (q.length >= 3 && l.includes(q))
            return -1;
        return Math.min((0,mod/* distance */.Io)(q, l), (0,mod/* distance */.Io)(q, tail), (0,mod/* distance */.Io)(q.includes('/') ? q.slice(q.indexOf('/') + 1) : q, tail));
    };
    return [...candidates]
        .map((c) => [c, score(c)])
        .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
        .slice(0, count)
        .map(([c]) => c);
}
const didYouMean = (input, names) => `did you mean ${nearestNames(input, names)
    .map((n) => `'${n}'`)
    .join(', ')}?`;
const pick = (obj, keys) => Object.fromEntries(keys.filter((k) => obj[k] !== undefined).map((k) => [k, obj[k]]));
/** Deep-frozen: catalog and preset entries are shared by every scenario that names them (see catalogRef). */
function deepFreeze(value) {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
        for (const v of Object.values(value))
            deepFreeze(v);
        Object.freeze(value);
    }
    return value;
}
/**
 * The normalised entry of a catalog model or hardware preset, built once per name and shared (frozen) by every
 * scenario naming it: a 100,000-scenario sweep names a handful, and each copy would cost memory and hashing.
 */
const catalogRefs = new Map();
function catalogRef(key, build) {
    let ref = catalogRefs.get(key);
    if (ref === undefined) {
        ref = deepFreeze(build());
        catalogRefs.set(key, ref);
    }
    return ref;
}
function resolveModelRef(ref, field, issues) {
    if (typeof ref === 'string') {
        const canonical = (0,core_model/* canonicalModelName */.V_)(ref);
        if (!canonical) {
            issues.push({ field, message: `unknown model '${ref}'; ${didYouMean(ref, core_model/* MODEL_NAMES */.BQ)}` });
            return null;
        }
        return catalogRef(`model\u0000${canonical}`, () => {
            const entry = (0,core_model/* catalogModelSpec */.C1)(canonical);
            // The spec is frozen and shared: the entry's import notes are read from the catalog per run (catalogImportNotes).
            const spec = pick(entry, core_model/* MODEL_SPEC_KEYS */.tg);
            return { name: canonical, source: 'catalog', spec };
        });
    }
    if (ref !== null && typeof ref === 'object' && !Array.isArray(ref)) {
        const spec = ref;
        const picked = pick(spec, core_model/* MODEL_SPEC_KEYS */.tg);
        // What the import could not model travels with the spec as notes (docs/hf-fields.md).
        if (Array.isArray(spec.import_warnings))
            picked.import_warnings = [...spec.import_warnings];
        return { name: typeof spec.model === 'string' ? spec.model : 'inline model', source: 'inline', spec: picked };
    }
    issues.push({ field, message: `must be a catalog model name or an object of model fields, got ${JSON.stringify(ref)}` });
    return null;
}
function resolveHardwareRef(ref, field, issues) {
    if (typeof ref === 'string') {
        const preset = (0,system/* presetSpec */.d8)(ref);
        if (!preset) {
            issues.push({ field, message: `unknown hardware '${ref}'; ${didYouMean(ref, system/* PRESET_NAMES */.dO)} (preset names are case-sensitive)` });
            return null;
        }
        return catalogRef(`hardware\u0000${ref}`, () => ({ name: ref, source: 'preset', spec: preset }));
    }
    if (ref !== null && typeof ref === 'object' && !Array.isArray(ref)) {
        const spec = ref;
        const unknown = Object.keys(spec).filter((k) => !system/* SYSTEM_SPEC_KEYS */.BB.includes(k));
        for (const k of unknown)
            issues.push({ field: `${field}.${k}`, message: `unknown hardware field (known: ${system/* SYSTEM_SPEC_KEYS */.BB.join(', ')})` });
        return { name: typeof spec.system_name === 'string' ? spec.system_name : 'inline hardware', source: 'inline', spec: { ...spec } };
    }
    issues.push({ field, message: `must be a hardware preset name or an object of System fields, got ${JSON.stringify(ref)}` });
    return null;
}
function integer(v, field, min, fallback, issues) {
    if (v === undefined || v === null)
        return fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
        issues.push({ field, message: `must be an integer >= ${min}, got ${JSON.stringify(v)}` });
        return fallback;
    }
    return v;
}
function checkOption(opt, value, field, issues) {
    const bad = (what) => {
        issues.push({ field, message: `${what}, got ${JSON.stringify(value)}` });
        return undefined;
    };
    switch (opt.type) {
        case 'integer':
            if (typeof value !== 'number' || !Number.isInteger(value))
                return bad('must be an integer');
            break;
        case 'number':
            if (typeof value !== 'number' || !Number.isFinite(value))
                return bad('must be a number');
            break;
        case 'boolean':
            if (typeof value === 'string' && ['on', 'off', 'true', 'false'].includes(value))
                return value === 'on' || value === 'true';
            if (typeof value !== 'boolean')
                return bad('must be true or false');
            break;
        case 'string':
            if (typeof value !== 'string')
                return bad('must be a string');
            break;
        case 'string[]':
            if (typeof value === 'string')
                value = value.split(/[+|]/);
            if (!Array.isArray(value) || value.some((x) => typeof x !== 'string'))
                return bad('must be a list of strings');
            break;
        default:
            break;
    }
    if (typeof value === 'number') {
        if (opt.min !== undefined && value < opt.min)
            return bad(`must be >= ${opt.min}`);
        if (opt.max !== undefined && value > opt.max)
            return bad(`must be <= ${opt.max}`);
    }
    if (opt.choices) {
        const values = Array.isArray(value) ? value : [value];
        for (const v of values) {
            if (!opt.choices.includes(v))
                return bad(`must be ${Array.isArray(value) ? 'a list of ' : ''}one of ${opt.choices.join(', ')}`);
        }
    }
    return value;
}
/** Parses `features` into name → options (registry defaults applied), reporting every problem. */
function parseFeatures(features, issues) {
    const out = new Map();
    if (features === undefined || features === null)
        return out;
    if (!Array.isArray(features)) {
        issues.push({ field: 'features', message: 'must be a list of feature names or {name: options} objects' });
        return out;
    }
    features.forEach((entry, i) => {
        let name;
        let options;
        if (typeof entry === 'string') {
            name = entry;
            options = {};
        }
        else if (entry !== null && typeof entry === 'object' && !Array.isArray(entry) && Object.keys(entry).length === 1) {
            [name, options] = Object.entries(entry)[0];
        }
        else {
            issues.push({ field: `features[${i}]`, message: 'must be a feature name or an object with exactly one feature name as key' });
            return;
        }
        const field = `features[${i}].${name}`;
        const def = simulation_features/* FEATURE_BY_NAME */.FN.get(name);
        if (!def) {
            issues.push({ field: `features[${i}]`, message: `unknown feature '${name}'; ${didYouMean(name, simulation_features/* FEATURE_NAMES */.K7)}` });
            return;
        }
        if (out.has(def.name)) {
            issues.push({ field, message: `feature '${name}' is listed twice` });
            return;
        }
        if (options === false) {
            // Explicitly off: only meaningful for features that are on by default.
            if (def.defaultOn)
                out.set(def.name, { enabled: false });
            return;
        }
        if (options === true || options === null || options === undefined)
            options = {};
        if (typeof options !== 'object' || Array.isArray(options)) {
            issues.push({ field, message: 'options must be an object, true or false' });
            return;
        }
        const given = options;
        const parsed = {};
        for (const key of Object.keys(given)) {
            if (!def.options.some((o) => o.name === key)) {
                const known = def.options.map((o) => o.name);
                issues.push({
                    field: `${field}.${key}`,
                    message: `unknown option of '${name}'${known.length ? ` (options: ${known.join(', ')})` : ' (it takes none)'}`,
                });
            }
        }
        for (const opt of def.options) {
            if (given[opt.name] === undefined) {
                if (opt.default !== undefined)
                    parsed[opt.name] = structuredClone(opt.default);
                continue;
            }
            const v = checkOption(opt, given[opt.name], `${field}.${opt.name}`, issues);
            if (v !== undefined)
                parsed[opt.name] = v;
        }
        out.set(def.name, parsed);
    });
    return out;
}
function checkCompatibility(features, issues) {
    const on = (n) => features.has(n) && !(simulation_features/* FEATURE_BY_NAME */.FN.get(n).defaultOn && features.get(n).enabled === false);
    const reported = new Set();
    for (const name of simulation_features/* FEATURE_NAMES */.K7) {
        if (!on(name))
            continue;
        for (const other of simulation_features/* FEATURE_BY_NAME */.FN.get(name).incompatible) {
            const pair = [name, other].sort().join('+');
            if (on(other) && !reported.has(pair)) {
                reported.add(pair);
                issues.push({ field: 'features', message: `'${name}' and '${other}' cannot be used together` });
            }
        }
    }
    const modes = ['prefill', 'decode', 'chunked'].filter(on);
    const mode = modes.length === 1 ? modes[0] : 'full';
    for (const name of simulation_features/* FEATURE_NAMES */.K7) {
        const req = simulation_features/* FEATURE_BY_NAME */.FN.get(name).requiresOneOf;
        if (!on(name) || !req)
            continue;
        const satisfied = req.some((r) => (r === 'full_request' ? mode === 'full' : on(r)));
        if (!satisfied) {
            issues.push({
                field: 'features',
                message: `'${name}' needs ${req.map((r) => (r === 'full_request' ? 'a full request (no mode feature)' : `'${r}'`)).join(' or ')}`,
            });
        }
    }
    return mode;
}
/** Applies defaults and validates; throws ConfigError naming every bad field. */
function normalizeConfig(config) {
    const issues = [];
    const notes = [];
    if (config === null || typeof config !== 'object')
        throw new ConfigError([{ field: '(config)', message: 'must be an object' }]);
    for (const key of Object.keys(config)) {
        if (!['model', 'hardware', 'precision', 'efficiency', 'parallelism', 'workload', 'features', 'fidelity', 'engine', 'calibration', 'serving'].includes(key)) {
            issues.push({
                field: key,
                message: 'unknown field (fields: model, hardware, precision, efficiency, parallelism, workload, features, fidelity, engine, calibration, serving)',
            });
        }
    }
    if (config.model === undefined)
        issues.push({ field: 'model', message: 'is required' });
    if (config.hardware === undefined)
        issues.push({ field: 'hardware', message: 'is required' });
    const model = config.model === undefined ? null : resolveModelRef(config.model, 'model', issues);
    const hardware = config.hardware === undefined ? null : resolveHardwareRef(config.hardware, 'hardware', issues);
    const fidelity = (config.fidelity ?? 'corrected');
    if (!inference/* FIDELITIES */.tT.includes(fidelity))
        issues.push({ field: 'fidelity', message: `must be one of ${inference/* FIDELITIES */.tT.join(', ')}, got ${JSON.stringify(config.fidelity)}` });
    const readPrecision = (v, field) => {
        if (v === undefined)
            return undefined;
        if (v === 'fp16') {
            notes.push(`${field} fp16 is simulated as bf16 (same bytes per element and compute rate)`);
            return 'bf16';
        }
        if (!(0,core_precision/* isPrecision */.v)(v)) {
            issues.push({ field, message: `unknown precision ${JSON.stringify(v)}; valid: ${core_precision/* PRECISIONS */.st.join(', ')} (and fp16, read as bf16)` });
            return undefined;
        }
        return v;
    };
    const rawPrecision = config.precision ?? 'bf16';
    let precision = 'bf16';
    const perTensor = {};
    if (rawPrecision !== null && typeof rawPrecision === 'object' && !Array.isArray(rawPrecision)) {
        for (const k of Object.keys(rawPrecision)) {
            if (!['bits', 'weights', 'expert_weights', 'activations', 'kv_cache'].includes(k))
                issues.push({ field: `precision.${k}`, message: 'unknown field (fields: bits, weights, expert_weights, activations, kv_cache)' });
        }
        const p = rawPrecision;
        precision = readPrecision(p.bits, 'precision.bits') ?? 'bf16';
        for (const k of ['weights', 'expert_weights', 'activations', 'kv_cache'])
            perTensor[k] = readPrecision(p[k], `precision.${k}`);
        if (fidelity === 'genz' && Object.values(perTensor).some((x) => x !== undefined)) {
            issues.push({ field: 'precision', message: "per-tensor precision needs fidelity 'corrected' (GenZ has one precision for every tensor)" });
        }
    }
    else {
        precision = readPrecision(rawPrecision, 'precision') ?? 'bf16';
    }
    const efficiency = config.efficiency ?? 1;
    if (typeof efficiency !== 'number' || !(efficiency > 0 && efficiency <= 1)) {
        issues.push({ field: 'efficiency', message: `must be a number with 0 < efficiency <= 1, got ${JSON.stringify(efficiency)}` });
    }
    const features = parseFeatures(config.features, issues);
    const mode = checkCompatibility(features, issues);
    const par = config.parallelism ?? {};
    const parallelism = {
        tensor: integer(par.tensor, 'parallelism.tensor', 1, 1, issues),
        pipeline: integer(par.pipeline, 'parallelism.pipeline', 1, 1, issues),
        expert: integer(par.expert, 'parallelism.expert', 1, 1, issues),
    };
    // The parallelism features are another way to say the same degrees; both given must agree.
    for (const [feature, key] of [
        ['tensor_parallel', 'tensor'],
        ['pipeline_parallel', 'pipeline'],
        ['expert_parallel', 'expert'],
    ]) {
        const f = features.get(feature);
        if (!f)
            continue;
        const degree = f.degree;
        if (par[key] !== undefined && par[key] !== degree) {
            issues.push({ field: `parallelism.${key}`, message: `is ${par[key]} but feature '${feature}' says degree ${degree}` });
        }
        else {
            parallelism[key] = degree;
        }
    }
    // The layout against the model, in the same words as a manifest's (an invalid inline model is reported later).
    if (model && !issues.some((i) => i.field.startsWith('parallelism'))) {
        let facts = null;
        try {
            facts = (0,errors/* layoutFacts */.oA)(model.name, (0,core_model/* resolveModel */.AX)(model.source === 'catalog' ? model.name : model.spec));
        }
        catch (e) {
            if (!(e instanceof errors/* GenzError */.rp))
                throw e;
        }
        if (facts)
            for (const p of (0,errors/* parallelLayoutProblems */.SA)(facts, parallelism))
                issues.push(p);
    }
    const wl = config.workload ?? {};
    const workload = {
        batch: integer(wl.batch, 'workload.batch', 1, 1, issues),
        input_tokens: integer(wl.input_tokens, 'workload.input_tokens', 1, 1024, issues),
        output_tokens: integer(wl.output_tokens, 'workload.output_tokens', 1, 256, issues),
        beam: integer(wl.beam, 'workload.beam', 1, 1, issues),
    };
    // Beams are simulated in full requests and decode only: a speculative step drafts one sequence, and a chunk
    // states its beams in decode_kv_sizes ([prefill_beams, decode_beams, prefill_context, decode_context]).
    if (workload.beam > 1 && features.has('speculative_decode')) {
        issues.push({
            field: 'workload.beam',
            message: `is ${workload.beam}, but speculative decoding is simulated for one sequence per request (no beam search); use beam 1`,
        });
    }
    else if (workload.beam > 1 && mode === 'chunked') {
        issues.push({
            field: 'workload.beam',
            message: `is ${workload.beam}, but a chunked step takes its beams from the chunked feature's decode_kv_sizes ([prefill_beams, decode_beams, prefill_context, decode_context]); use beam 1`,
        });
    }
    let lora = null;
    const l = features.get('lora');
    if (l)
        lora = {
            rank: l.rank,
            strategy: l.strategy,
            targets: [...new Set(l.targets)].sort((a, b) => simulation_features/* LORA_TARGETS */.wZ.indexOf(a) - simulation_features/* LORA_TARGETS */.wZ.indexOf(b)),
            include_experts: Boolean(l.include_experts),
        };
    let speculative = null;
    const s = features.get('speculative_decode');
    if (s) {
        if (s.draft_model === undefined)
            issues.push({ field: 'features.speculative_decode.draft_model', message: 'is required (a catalog model name or model fields)' });
        const draft = s.draft_model === undefined ? null : resolveModelRef(s.draft_model, 'features.speculative_decode.draft_model', issues);
        const dh = s.draft_hardware === undefined ? null : resolveHardwareRef(s.draft_hardware, 'features.speculative_decode.draft_hardware', issues);
        if (draft) {
            speculative = {
                draft_model: draft,
                acceptance_rate: s.acceptance_rate,
                parallel_tokens: s.parallel_tokens,
                draft_hardware: dh,
                draft_tensor_parallel: s.draft_tensor_parallel ?? null,
                draft_pipeline_parallel: s.draft_pipeline_parallel ?? null,
            };
        }
    }
    // The draft's own layout (tensor and pipeline from its options, else the scenario's; no expert parallelism).
    if (speculative && !issues.some((i) => i.field.startsWith('parallelism'))) {
        const draft = speculative.draft_model;
        let facts = null;
        try {
            facts = (0,errors/* layoutFacts */.oA)(draft.name, (0,core_model/* resolveModel */.AX)(draft.source === 'catalog' ? draft.name : draft.spec));
        }
        catch (e) {
            if (!(e instanceof errors/* GenzError */.rp))
                throw e;
        }
        const par = {
            tensor: speculative.draft_tensor_parallel ?? parallelism.tensor,
            pipeline: speculative.draft_pipeline_parallel ?? parallelism.pipeline,
            expert: 1,
        };
        const option = { 'parallelism.tensor': 'draft_tensor_parallel', 'parallelism.pipeline': 'draft_pipeline_parallel', 'parallelism.expert': 'draft_model' };
        if (facts) {
            for (const p of (0,errors/* parallelLayoutProblems */.SA)(facts, par)) {
                const inherited = (p.field === 'parallelism.tensor' && speculative.draft_tensor_parallel === null) ||
                    (p.field === 'parallelism.pipeline' && speculative.draft_pipeline_parallel === null);
                const how = inherited ? ` (the draft takes the scenario's ${p.field} unless ${option[p.field]} is set)` : '';
                issues.push({ field: `features.speculative_decode.${option[p.field]}`, message: `the draft model${how}: ${p.message}` });
            }
        }
    }
    let chunked = null;
    const c = features.get('chunked');
    if (c)
        chunked = { prefill_kv_sizes: c.prefill_kv_sizes, decode_kv_sizes: c.decode_kv_sizes };
    let tensorPrecision = null;
    if (fidelity === 'corrected' && model) {
        const spec = model.spec;
        const stated = {
            weightPrecision: typeof spec.weight_precision === 'string' ? spec.weight_precision : null,
            expertWeightPrecision: typeof spec.expert_weight_precision === 'string' ? spec.expert_weight_precision : null,
        };
        for (const [k, v] of Object.entries(stated)) {
            if (v !== null && !(0,core_precision/* isPrecision */.v)(v))
                issues.push({ field: 'model', message: `the model states ${k} ${JSON.stringify(v)}, not a known precision` });
        }
        if (issues.length === 0) {
            const t = (0,inference/* resolveTensorPrecisions */.tl)(stated, precision, {
                weights: perTensor.weights,
                expertWeights: perTensor.expert_weights,
                activations: perTensor.activations,
                kvCache: perTensor.kv_cache,
            });
            tensorPrecision = { weights: t.weights, expert_weights: t.expertWeights, activations: t.activations, kv_cache: t.kvCache };
            if (perTensor.weights === undefined && stated.weightPrecision !== null) {
                notes.push(`weights at ${stated.weightPrecision} as the model's quantization config states`);
            }
            if (perTensor.expert_weights === undefined &&
                perTensor.weights === undefined &&
                stated.expertWeightPrecision !== null &&
                stated.expertWeightPrecision !== stated.weightPrecision) {
                notes.push(`expert weights at ${stated.expertWeightPrecision} as the model's quantization config states`);
            }
        }
    }
    // What the model's import could not model (scripts/catalog-add.ts, docs/hf-fields.md) is said in the run.
    const importNotes = model === null ? undefined : model.source === 'catalog' ? (0,core_model/* catalogModelSpec */.C1)(model.name)?.notes : model.spec.import_warnings;
    if (Array.isArray(importNotes))
        for (const w of importNotes)
            if (typeof w === 'string')
                notes.push(w);
    if (model !== null && model.source !== 'catalog')
        delete model.spec.import_warnings;
    const engine = config.engine ?? 'generic';
    if (!names/* ENGINES */.ug.includes(engine))
        issues.push({ field: 'engine', message: `unknown engine ${JSON.stringify(engine)}; valid: ${names/* ENGINES */.ug.join(', ')}` });
    // Serving (docs/serving.md): corrected fidelity, no speculative decoding or chunk feature; bounds of the run are checked by the loader.
    let serving = null;
    if (config.serving !== undefined) {
        serving = (0,serving_config/* normalizeServing */.uY)(config.serving, workload, { maxRequests: limits/* MAX_LIMIT */.tq, maxTokens: limits/* MAX_LIMIT */.tq }, issues);
        if (fidelity !== 'corrected')
            issues.push({ field: 'fidelity', message: 'serving scenarios need fidelity corrected (the chunked-prefill model of docs/model.md)' });
        if (speculative !== null || mode === 'chunked')
            issues.push({ field: 'features', message: 'serving scenarios do not combine with speculative_decode or chunked_prefill features' });
        if (parallelism.pipeline > 1)
            issues.push({ field: 'parallelism.pipeline', message: 'serving scenarios do not model pipeline schedules yet; use tensor parallelism' });
    }
    const calibration = normalizeCalibration(config.calibration, hardware, engine, precision, speculative !== null, issues);
    if (calibration?.applied && calibration.fallback) {
        notes.push(`calibration: no fitted profile for ${hardware?.name ?? 'this hardware'} × ${engine} × ${precision}; the generic profile (fitted on all devices, wider band) applies`);
    }
    else if (calibration && !calibration.applied && calibration.source !== 'none') {
        notes.push('calibration does not cover speculative decoding (docs/model.md): the figures are the raw roofline');
    }
    if (issues.length > 0)
        throw new ConfigError(issues);
    return {
        mode,
        fidelity,
        tensor_precision: tensorPrecision,
        model: model,
        hardware: hardware,
        precision,
        efficiency,
        parallelism,
        workload,
        features: {
            lora,
            flash_attention: { enabled: features.get('flash_attention')?.enabled !== false },
            memory_offload: features.has('memory_offload'),
            speculative_decode: speculative,
            chunked,
        },
        engine,
        calibration: calibration,
        ...(serving !== null ? { serving } : {}),
        notes,
    };
}
/** The profile set a calibration setting names (undefined for 'none'). */
function calibrationProfiles(setting) {
    if (setting === 'builtin')
        return (0,builtin/* builtinProfiles */.GX)();
    if (setting === undefined || setting === 'none')
        return undefined;
    return setting.profiles;
}
function normalizeCalibration(setting, hardware, engine, precision, uncovered, issues) {
    if (setting !== undefined && setting !== 'builtin' && setting !== 'none' && (typeof setting !== 'object' || setting === null || !setting.profiles)) {
        issues.push({ field: 'calibration', message: 'must be builtin, none, or a calibration profile file (genz calibrate --out)' });
        return null;
    }
    const set = calibrationProfiles(setting);
    if (!set)
        return { source: 'none', id: null, profile: null, fallback: false, applied: false };
    const source = setting === 'builtin' ? 'builtin' : setting.path;
    const sel = (0,profile/* selectProfile */.og)(set, hardware?.source === 'preset' ? hardware.name : null, engine, precision);
    return { source, id: setId(set), profile: sel.key, fallback: sel.fallback, applied: !uncovered };
}
/** profileSetId once per loaded set: every scenario of a run names the same set object, and sets are not changed once loaded. */
const setIds = new WeakMap();
function setId(set) {
    let id = setIds.get(set);
    if (id === undefined) {
        id = (0,profile/* profileSetId */.no)(set);
        setIds.set(set, id);
    }
    return id;
}

// EXTERNAL MODULE: ./src/core/architecture.ts
var architecture = __webpack_require__(6632);
// EXTERNAL MODULE: ./src/metrics/definitions.ts
var definitions = __webpack_require__(6511);
;// CONCATENATED MODULE: ./src/metrics/compute.ts
/**
 * The industry-standard metrics from the core's passes (definitions in definitions.ts and the README).
 *
 * For a request with batch b, input tokens i and output tokens o: prefill emits the first token, each
 * of the o − 1 decode steps one more, so TPOT = (E2E − TTFT)/(o − 1), the mean of those steps.
 */

const GB_IN_MB = 1024; // GB = 2^30 bytes, MB = 2^20 bytes
function computeMetrics(m) {
    const { batch: b, inputTokens: i, outputTokens: o } = m;
    const ttft = m.ttftMs;
    const tpot = m.decodeSteps && m.decodeSteps.count > 0 ? m.decodeSteps.sumMs / m.decodeSteps.count : null;
    const full = m.mode === 'full' && ttft !== null;
    // With o = 1 the request is prefill alone: E2E = TTFT.
    const e2e = full ? (o === 1 ? ttft : tpot === null ? null : ttft + (o - 1) * tpot) : null;
    const allTokens = (i + o) * b;
    const device = Number.isFinite(m.memory.deviceMb) ? m.memory.deviceMb / GB_IN_MB : null;
    const required = m.memory.requiredMb / GB_IN_MB;
    return {
        ttft_ms: ttft,
        tpot_ms: tpot,
        tpot_peak_ms: m.peakStepMs,
        e2e_ms: e2e,
        prefill_throughput_tps: ttft === null ? null : (i * b) / (ttft / 1000),
        decode_throughput_tps: tpot === null ? null : b / (tpot / 1000),
        total_throughput_tps: e2e === null ? null : allTokens / (e2e / 1000),
        tokens_per_ms: e2e === null ? null : allTokens / e2e,
        ms_per_token: e2e === null ? null : e2e / allTokens,
        chunk_latency_ms: m.chunk?.latencyMs ?? null,
        chunk_throughput_tps: m.chunk?.throughput ?? null,
        weights_gb: m.memory.weightsMb / GB_IN_MB,
        kv_cache_gb: m.memory.kvCacheMb / GB_IN_MB,
        total_memory_gb: required,
        device_memory_gb: device,
        fits_in_memory: !m.memory.isOffload,
        offloaded: m.memory.isOffload && device !== null ? Math.max(0, required - device) : 0,
        ...NO_SERVING_METRICS,
    };
}
/** Serving metrics of a scenario without a serving block: all null. */
function noServingMetrics() {
    const out = {};
    for (const k of definitions/* SERVING_METRIC_KEYS */.zt)
        out[k] = null;
    return out;
}
/** noServingMetrics() built once (computeMetrics copies it into every result). */
const NO_SERVING_METRICS = Object.freeze(noServingMetrics());

;// CONCATENATED MODULE: ./src/simulation/result.ts
const RESULT_SCHEMA = 'genz-action/simulation-result@1';
function serializeResult(result) {
    return JSON.stringify(result);
}
/** Reads a serialised result back, checking its schema tag and shape. */
function parseResult(text) {
    const value = JSON.parse(text);
    if (value === null || typeof value !== 'object' || value.schema !== RESULT_SCHEMA) {
        throw new Error(`not a simulation result (expected schema ${RESULT_SCHEMA})`);
    }
    for (const key of ['simulator', 'status', 'mode', 'config', 'phases', 'feature_metrics', 'notes']) {
        if (value[key] === undefined)
            throw new Error(`simulation result lacks '${key}'`);
    }
    return value;
}

// EXTERNAL MODULE: ./src/calibration/apply.ts
var apply = __webpack_require__(5452);
// EXTERNAL MODULE: ./src/calibration/model.ts
var model = __webpack_require__(2513);
;// CONCATENATED MODULE: ./src/simulation/transforms.ts
const ceilDiv = (a, b) => Math.ceil(a / b);
function adapterPair(name, source, inDim, outDim, rank, copies = 1) {
    return [
        { kind: 'GEMM', name: `LoRA ${name} A`, M: copies * rank, N: source.N, K: inDim, res: source.res, breakdownAs: source.name },
        { kind: 'GEMM', name: `LoRA ${name} B`, M: copies * outDim, N: source.N, K: rank, res: source.res, breakdownAs: source.name },
    ];
}
/** Adapter rows for one GenZ row (empty when the row carries no targeted projection). */
function loraRowsFor(row, lora, model, par) {
    const r = lora.rank;
    const has = (t) => lora.targets.includes(t);
    const tpa = par.tp * par.ep;
    const D = model.hiddenSize;
    const Dq = model.headDim;
    const Hl = Math.max(ceilDiv(model.numHeads, tpa), 1);
    const Hkvl = Math.max(ceilDiv(model.numKvHeads, tpa), 1);
    const out = [];
    if (row.name === 'QKV') {
        // Column-parallel: A (D × r) whole on every shard, B split with the heads.
        if (has('q'))
            out.push(...adapterPair('q', row, D, Hl * Dq, r));
        if (has('k'))
            out.push(...adapterPair('k', row, D, Hkvl * Dq, r));
        if (has('v'))
            out.push(...adapterPair('v', row, D, Hkvl * Dq, r));
    }
    else if (row.name === 'Out Proj') {
        // Row-parallel: A split (its input is the sharded heads), B (r × D) whole.
        if (has('o'))
            out.push(...adapterPair('o', row, Hl * Dq, D, r));
    }
    else if (row.name === 'up+gate' || row.name === 'down') {
        const moe = model.numExperts > 1;
        if (moe && !lora.include_experts)
            return out;
        const Dfl = Math.max(ceilDiv(model.intermediateSize, par.tp), 1);
        const fi = model.numFfi;
        // GenZ fuses a chip's experts into one GEMM; one adapter per expert, so scale by the experts in it.
        const copies = moe ? (row.name === 'up+gate' ? row.M / (Dfl * fi) : row.K / Dfl) : 1;
        if (copies === 0 || !Number.isInteger(copies))
            return out;
        if (row.name === 'up+gate') {
            if (has('gate') && fi >= 2)
                out.push(...adapterPair('gate', row, D, Dfl, r, copies));
            if (has('up'))
                out.push(...adapterPair('up', row, D, Dfl, r, copies));
        }
        else if (has('down')) {
            out.push(...adapterPair('down', row, Dfl, D, r, copies));
        }
    }
    return out;
}
function loraTransform(lora) {
    return (rows, phase, model, par) => {
        if (lora.strategy === 'merged' || phase === 'draft')
            return rows;
        const out = [];
        for (const row of rows) {
            out.push(row);
            if (row.kind === 'GEMM')
                out.push(...loraRowsFor(row, lora, model, par));
        }
        return out;
    };
}
const unfusedAttentionTransform = (rows) => {
    const out = [];
    for (const row of rows) {
        if (row.kind === 'Logit' || row.kind === 'Attend') {
            const unfused = { ...row, unfused: true };
            out.push(unfused);
            if (row.kind === 'Logit') {
                const softmax = {
                    kind: 'Softmax',
                    name: `Softmax${row.name.slice('Logit'.length)}`,
                    H: row.H,
                    M: row.M,
                    N: row.N,
                    beamMerge: row.beamMerge,
                    ...(row.pairs === undefined ? {} : { pairs: row.pairs }),
                };
                out.push(softmax);
            }
        }
        else {
            out.push(row);
        }
    }
    return out;
};
/** Chains transforms in order; undefined when there are none (GenZ's rows, untouched). */
function composeTransforms(transforms) {
    if (transforms.length === 0)
        return undefined;
    return (rows, phase, model, par) => transforms.reduce((acc, t) => t(acc, phase, model, par), rows);
}

// EXTERNAL MODULE: ./src/simulation/version.ts
var version = __webpack_require__(6171);
// EXTERNAL MODULE: ./src/serving/run.ts + 3 modules
var run = __webpack_require__(3981);
// EXTERNAL MODULE: ./src/serving/scheduler.ts
var scheduler = __webpack_require__(3833);
// EXTERNAL MODULE: ./src/serving/calibrated.ts
var calibrated = __webpack_require__(3717);
;// CONCATENATED MODULE: ./src/simulation/engine.ts
/**
 * The engine: SimulationConfig in, SimulationResult out. It runs the core's passes a scenario needs
 * (prefill for TTFT, every decode step for TPOT, a chunk, speculative steps) and derives the metrics.
 */
















/** Core errors that are the scenario's own fault (bad input, exit 2), with the field that causes them. */
const INPUT_ERROR_FIELDS = {
    heads_not_divisible: 'parallelism.tensor',
    experts_not_divisible: 'parallelism.expert',
    invalid_parallelism: 'parallelism',
    zero_tensor_parallel: 'parallelism.tensor',
    zero_pipeline_parallel: 'parallelism.pipeline',
    unsupported_bits: 'precision',
    unknown_model: 'model',
    unknown_system: 'hardware',
    invalid_system_type: 'hardware',
    invalid_system: 'hardware',
    invalid_model: 'model',
    unsupported_setting: 'hardware',
    spec_parallel_tokens: 'features.speculative_decode.parallel_tokens',
    spec_acceptance_rate: 'features.speculative_decode.acceptance_rate',
    invalid_input: 'workload',
    hybrid_unsupported: 'fidelity',
    pipeline_empty_stage: 'parallelism.pipeline',
};
const gb = (mb) => ((mb ?? NaN) / 1024).toFixed(2);
/**
 * A core error in the scenario's own terms: the model and hardware as named, the field at fault, what to
 * change. The core's messages speak GenZ's variables (H, Hkv, Ld); these speak the manifest's.
 */
function userMessage(e, n) {
    const model = n.model.name;
    const { tensor: tp, pipeline: pp, expert: ep } = n.parallelism;
    const d = e.details;
    switch (e.kind) {
        case 'does_not_fit':
        case 'draft_does_not_fit': {
            const draft = e.kind === 'draft_does_not_fit';
            const spec = n.features.speculative_decode;
            const what = draft ? `the draft model ${spec?.draft_model.name ?? ''}` : model;
            const where = draft ? (spec?.draft_hardware?.name ?? n.hardware.name) : n.hardware.name;
            const dtp = draft ? (spec?.draft_tensor_parallel ?? tp) : tp;
            const dpp = draft ? (spec?.draft_pipeline_parallel ?? pp) : pp;
            const times = d.requiredMb !== undefined && d.deviceMemoryMb ? Math.ceil(d.requiredMb / d.deviceMemoryMb) : null;
            const more = times !== null && times > 1 ? `at least ${times}× the devices` : 'more devices';
            const hint = draft
                ? `give the draft ${more} (features.speculative_decode draft_tensor_parallel or draft_pipeline_parallel), a larger draft_hardware or a smaller draft model`
                : `spread it over ${more} (parallelism.tensor or parallelism.pipeline), use a smaller precision, or turn on the memory_offload feature`;
            const perDevice = (mb) => gb(mb === undefined ? undefined : mb / dpp);
            return (`does not fit in memory: needs ${gb(d.requiredMb)} GB per device, the device has ${gb(d.deviceMemoryMb)} GB ` +
                `(${what} on ${where} at ${n.precision}, tensor ${dtp} × pipeline ${dpp}: weights ${perDevice(d.weightsMb)} GB + KV cache ${perDevice(d.kvCacheMb)} GB per device); ${hint}`);
        }
        case 'hybrid_unsupported':
            return `fidelity genz cannot simulate ${model}: it mixes layer types (e.g. attention and Mamba), and GenZ models only uniform layers; use fidelity corrected`;
        case 'pipeline_empty_stage':
            return `pipeline parallelism ${pp} leaves a pipeline stage of ${model} without layers; choose a degree that divides the layers more evenly`;
        case 'heads_not_divisible':
            return `tensor × expert parallelism ${tp} × ${ep} does not split the attention heads of ${model} evenly (${e.message})`;
        case 'experts_not_divisible':
            return `expert parallelism ${ep} does not divide the experts of ${model}`;
        default:
            return e.message;
    }
}
function coreArgs(n, transformRows) {
    return {
        // Catalog models go by name (resolved once per process); inline ones by their fields.
        model: n.model.source === 'catalog' ? n.model.name : n.model.spec,
        system_name: n.hardware.source === 'preset' ? n.hardware.name : n.hardware.spec,
        bits: n.precision,
        system_eff: n.efficiency,
        tensor_parallel: n.parallelism.tensor,
        pipeline_parallel: n.parallelism.pipeline,
        expert_parallel: n.parallelism.expert,
        model_offload: n.features.memory_offload,
        transformRows,
        fidelity: n.fidelity,
        tensors: n.tensor_precision === null
            ? undefined
            : {
                weights: n.tensor_precision.weights,
                expertWeights: n.tensor_precision.expert_weights,
                activations: n.tensor_precision.activations,
                kvCache: n.tensor_precision.kv_cache,
            },
    };
}
/** Parameter counts, weight bytes and KV bytes of the scenario's model, from its architecture alone. */
function modelFigures(n) {
    const m = (0,core_model/* resolveModel */.AX)(n.model.source === 'catalog' ? n.model.name : n.model.spec);
    const a = m.arch;
    const t = n.tensor_precision;
    const bytes = (p) => (0,core_precision/* precisionInfo */.Tc)(p).bytesPerElement;
    const context = n.workload.input_tokens + n.workload.output_tokens;
    const sequences = n.workload.batch * n.workload.beam;
    let expertParams = 0;
    for (const plan of a.layers)
        if (plan.ffn === 'moe')
            expertParams += m.numExperts * (m.numFfi + 1) * m.hiddenSize * a.expertWidth;
    const wBytes = t ? bytes(t.weights) : bytes(n.precision);
    const eBytes = t ? bytes(t.expert_weights) : bytes(n.precision);
    return {
        total_params: a.params.total,
        active_params: a.params.active,
        kv_cache_bytes: sequences * (0,architecture/* kvCacheElements */.N5)(m, a, context) * (t ? bytes(t.kv_cache) : bytes(n.precision)),
        kv_cache_context: context,
        kv_cache_sequences: sequences,
        weight_bytes: (a.params.total - expertParams) * wBytes + expertParams * eBytes,
    };
}
function phase(r, withOperators) {
    const p = {
        latency_ms: r.latencyMs,
        throughput_tps: r.throughput,
        runtime_breakdown: r.breakdown,
        summary: r.summary,
        is_offload: r.isOffload,
    };
    if (withOperators)
        p.operators = r.operators();
    return p;
}
function passFigures(r, pp) {
    return {
        // What the fit check counted, so weights + KV is the memory compared with the device (for speculative
        // decoding both models when they share it; GenZ's summary table there sums the draft-step and verify
        // tables, which is not what was compared).
        weightsMb: r.fitWeightsMb / pp,
        kvCacheMb: r.fitKvCacheMb / pp,
        requiredMb: r.memoryRequiredMb,
        deviceMb: r.deviceMemoryMb,
        isOffload: r.isOffload,
    };
}
function featureMetrics(n, offloaded, tokensPerStep) {
    const { lora, speculative_decode: spec } = n.features;
    return {
        tensor_parallel: { degree: n.parallelism.tensor, enabled: n.parallelism.tensor > 1 },
        pipeline_parallel: { degree: n.parallelism.pipeline, enabled: n.parallelism.pipeline > 1 },
        expert_parallel: { degree: n.parallelism.expert, enabled: n.parallelism.expert > 1 },
        lora: { enabled: lora !== null, rank: lora?.rank ?? null, strategy: lora?.strategy ?? null, targets: lora?.targets ?? [] },
        flash_attention: { enabled: n.features.flash_attention.enabled },
        memory_offload: { enabled: n.features.memory_offload, offloaded },
        speculative_decode: {
            enabled: spec !== null,
            acceptance_rate: spec?.acceptance_rate ?? null,
            draft_model: spec?.draft_model.name ?? null,
            tokens_per_step: tokensPerStep,
            parallel_tokens: spec?.parallel_tokens ?? null,
        },
    };
}
/**
 * Simulates one scenario. Throws ConfigError for bad input (naming the fields); a scenario that cannot
 * run (e.g. it does not fit without memory_offload) is a result with status 'error' that says how much
 * memory one device needs and has.
 */
function simulate(config, options = {}) {
    return simulateNormalized(normalizeConfig(config), { ...options, profiles: calibrationProfiles(config.calibration) });
}
/**
 * Simulates an already normalised configuration, e.g. the resolved inputs a baseline entry recorded (with
 * `notes: []`), to recompute what the baseline run did operator by operator.
 */
function simulateNormalized(n, options = {}) {
    const transforms = [];
    if (n.features.lora)
        transforms.push(loraTransform(n.features.lora));
    const loraExpertsSkipped = n.features.lora?.include_experts === true && n.fidelity === 'corrected' && n.model.spec.num_experts !== undefined && Number(n.model.spec.num_experts) > 1;
    if (!n.features.flash_attention.enabled)
        transforms.push(unfusedAttentionTransform);
    const args = coreArgs(n, composeTransforms(transforms));
    const { batch, input_tokens: i, output_tokens: o, beam } = n.workload;
    const pp = n.parallelism.pipeline;
    const ops = options.operators === true;
    // The decode rows by context, shared by the closed-form decode sum and the calibration's pieces of this
    // scenario (both build them at a few T, several the same; rows are never mutated once built).
    const decodeRows = new Map();
    const rowsCache = { get: (T) => decodeRows.get(T), set: (T, rows) => decodeRows.set(T, rows) };
    const phases = {};
    let tokensPerStep = null;
    let figures;
    try {
        figures = modelFigures(n);
    }
    catch (e) {
        if (e instanceof errors/* GenzError */.rp && INPUT_ERROR_FIELDS[e.kind])
            throw new ConfigError([{ field: INPUT_ERROR_FIELDS[e.kind], message: userMessage(e, n) }]);
        throw e;
    }
    const base = {
        schema: RESULT_SCHEMA,
        simulator: version/* SIMULATOR_VERSION */.y,
        mode: n.mode,
        config: n,
        model_figures: figures,
        notes: [...n.notes],
    };
    if (n.tensor_precision !== null) {
        // Say when the activations' precision is not native on this hardware (docs/model.md "Precision").
        const probe = (0,inference/* presetSystem */.HQ)(n.hardware.source === 'preset' ? n.hardware.name : n.hardware.spec, 'bf16', 1);
        const acts = n.tensor_precision.activations;
        const cp = (0,core_precision/* computePrecision */.ej)(acts, (0,inference/* nativeRates */.jF)(probe));
        if (cp.fallback)
            base.notes.push(`${n.hardware.name} has no native ${acts} compute: matrix products run at its ${cp.bits} rate (weights and cache keep their precision)`);
    }
    if (loraExpertsSkipped)
        base.notes.push('lora include_experts: adapters on routed experts are not simulated by the corrected model (fidelity genz simulates them)');
    try {
        let prefillPass;
        let peakPass;
        let chunkPass;
        // Sum and count of the decode steps' latencies (ms per generated token): TPOT is their mean.
        let stepSum = 0;
        let stepCount = 0;
        const spec = n.features.speculative_decode;
        if (n.mode === 'full' || n.mode === 'prefill') {
            prefillPass = (0,inference/* prefill */.tv)({ ...args, batch_size: batch, input_tokens: i });
            phases.prefill = phase(prefillPass, ops);
        }
        if ((n.mode === 'full' || n.mode === 'decode') && spec) {
            const specArgs = {
                ...args,
                draft_model: spec.draft_model.source === 'catalog' ? spec.draft_model.name : spec.draft_model.spec,
                batch_size: batch,
                input_tokens: i,
                token_acceptance_rate: spec.acceptance_rate,
                num_parallel_tokens: spec.parallel_tokens,
                draft_system_config: spec.draft_hardware
                    ? { system: spec.draft_hardware.spec, tp: spec.draft_tensor_parallel ?? undefined, pp: spec.draft_pipeline_parallel ?? undefined }
                    : {},
            };
            tokensPerStep = (0,inference/* expectedTokens */.R$)(spec.parallel_tokens, spec.acceptance_rate);
            // A speculative step yields tokensPerStep tokens; per generated token it costs step / tokensPerStep.
            // Σ over the steps T = 1 … o − 1 in closed form where they fit in memory (specDecodeStepSum).
            stepSum = (0,inference/* specDecodeStepSum */.bD)(specArgs, o - 1) / tokensPerStep;
            stepCount = Math.max(o - 1, 0);
            peakPass = (0,inference/* specDecode */.Ko)({ ...specArgs, output_tokens: o });
            phases.speculative = phase(peakPass, ops);
            base.notes.push(`speculative decoding: ${tokensPerStep} tokens accepted per step on average; TPOT is the step latency divided by that`);
        }
        else if (n.mode === 'full' || n.mode === 'decode') {
            const decodeArgs = { ...args, batch_size: batch, input_tokens: i, Bb: beam };
            peakPass = (0,inference/* decode */.D4)({ ...decodeArgs, output_tokens: o });
            phases.decode = phase(peakPass, ops);
            stepSum = (0,inference/* decodeStepSum */.W)(decodeArgs, o - 1, rowsCache);
            stepCount = Math.max(o - 1, 0);
        }
        if (n.mode === 'chunked') {
            const c = n.features.chunked;
            chunkPass = (0,inference/* chunked */.z)({ ...args, prefill_kv_sizes: c.prefill_kv_sizes, decode_kv_sizes: c.decode_kv_sizes });
            phases.chunked = phase(chunkPass, ops);
        }
        if (pp > 1)
            base.notes.push(`pipeline parallelism ${pp}: latencies are one micro-batch of ${Math.max(Math.floor(batch / pp), 1)} sequence(s) through all stages (GenZ models no pipeline schedule)`);
        const memoryPass = peakPass ?? chunkPass ?? prefillPass;
        const rawInputs = {
            mode: n.mode,
            batch,
            inputTokens: i,
            outputTokens: o,
            ttftMs: prefillPass?.latencyMs ?? null,
            decodeSteps: peakPass ? { sumMs: stepSum, count: stepCount } : null,
            peakStepMs: peakPass ? (spec ? peakPass.latencyMs / tokensPerStep : peakPass.latencyMs) : null,
            chunk: chunkPass ? { latencyMs: chunkPass.latencyMs, throughput: chunkPass.throughput } : null,
            memory: passFigures(memoryPass, pp),
        };
        const roofline = computeMetrics(rawInputs);
        const offloaded = Object.values(phases).some((p) => p?.is_offload);
        const done = { ...base, status: 'ok', error: null, phases, feature_metrics: featureMetrics(n, offloaded, tokensPerStep) };
        const set = options.profiles ?? (n.calibration.source === 'builtin' ? calibrationProfiles('builtin') : undefined);
        if (!n.calibration.applied || set === undefined) {
            if (n.serving) {
                // Raw roofline (calibration: none): the iterations are the core's chunked passes as they are.
                const served = runServing(args, n, null);
                return { ...done, metrics: { ...roofline, ...servingMetrics(served) }, serving: servingSummary(served), calibration: null };
            }
            return { ...done, metrics: roofline, calibration: null };
        }
        // Calibrated mode: re-time the operator tables of the passes above (docs/calibration.md).
        const sel = (0,profile/* selectProfile */.og)(set, n.hardware.source === 'preset' ? n.hardware.name : null, n.engine, n.precision);
        const decodeArgs = { ...args, batch_size: batch, input_tokens: i, Bb: beam };
        const nSteps = o - 1;
        const withDecode = n.mode === 'full' || n.mode === 'decode';
        const fig = (0,apply/* calibratedFigures */.J7)({
            prefill: prefillPass?.timings(),
            decodeArgs: withDecode ? decodeArgs : undefined,
            // The plain decode's peak step is the engine's peak pass (a speculative run's peak pass is another table).
            peakTable: withDecode && !spec && peakPass ? peakPass.timings() : undefined,
            decodeRows: rowsCache,
            fidelity: n.fidelity,
            steps: nSteps,
            layers: memoryPass.model.numLayers,
            batch,
            beam,
            weightsMb: memoryPass.fitWeightsMb / pp,
            kvMb: memoryPass.fitKvCacheMb / pp,
            deviceMb: memoryPass.isOffload ? Infinity : memoryPass.deviceMemoryMb,
            scale: (0,model/* peakScale */.mA)(memoryPass.system, n.precision, memoryPass.isOffload),
        }, sel.params);
        const decodeSteps = fig.decodeSteps;
        let chunk = rawInputs.chunk;
        if (chunkPass) {
            const c = n.features.chunked;
            const ms = (0,apply/* calibratedChunkMs */.zQ)(chunkPass.timings(), chunkPass.model.numLayers, c.prefill_kv_sizes.length + c.decode_kv_sizes.length, (0,model/* peakScale */.mA)(chunkPass.system, n.precision, chunkPass.isOffload), n.fidelity, sel.params);
            chunk = { latencyMs: ms, throughput: (chunkPass.throughput * chunkPass.latencyMs) / ms };
        }
        const metrics = computeMetrics({ ...rawInputs, ttftMs: fig.ttftMs, decodeSteps, peakStepMs: fig.peakStepMs, chunk });
        if (fig.kvOvercommit > 1)
            base.notes.push(`calibration: the batch's KV cache needs ${fig.kvOvercommit.toFixed(2)}× the memory the engine has for it; decode runs the sequences in turns`);
        const bands = (0,apply/* metricBands */.v_)(sel, set.generic.bands);
        const calibration = {
            source: n.calibration.source,
            id: n.calibration.id,
            profile: sel.key,
            fallback: sel.fallback,
            bands: bands,
            kv_overcommit: fig.kvOvercommit,
        };
        if (n.serving) {
            // Calibrated serving (docs/serving.md "Calibration"): every iteration timed by the profile's model.
            const served = runServing(args, n, { params: sel.params, precision: n.precision });
            return {
                ...done,
                notes: base.notes,
                metrics: { ...metrics, ...servingMetrics(served) },
                roofline_metrics: roofline,
                serving: servingSummary(served),
                calibration: { ...calibration, bands: { ...bands, ...(0,calibrated/* servingBands */.zV)(bands) } },
            };
        }
        return { ...done, notes: base.notes, metrics, roofline_metrics: roofline, calibration };
    }
    catch (e) {
        if (!(e instanceof errors/* GenzError */.rp))
            throw e;
        let field = INPUT_ERROR_FIELDS[e.kind];
        const detail = e.details.field;
        // The core names the chunk entry at fault; say where it is in the scenario.
        if (typeof detail === 'string' && /^(prefill|decode)_kv_sizes/.test(detail))
            field = `features.chunked.${detail}`;
        if (field)
            throw new ConfigError([{ field, message: userMessage(e, n) }]);
        const d = e.details;
        const fit = e.kind === 'does_not_fit' || e.kind === 'draft_does_not_fit';
        const message = userMessage(e, n);
        return {
            ...base,
            status: 'error',
            error: {
                kind: e.kind,
                message,
                required_memory_gb: fit && d.requiredMb !== undefined ? d.requiredMb / 1024 : null,
                device_memory_gb: fit && d.deviceMemoryMb !== undefined ? d.deviceMemoryMb / 1024 : null,
            },
            phases,
            metrics: null,
            feature_metrics: featureMetrics(n, false, tokensPerStep),
        };
    }
}
/** Runs a scenario's serving block (docs/serving.md); its input problems are the scenario's (exit 2). */
function runServing(args, n, calibration) {
    try {
        return (0,run/* simulateServing */.P7)(args, n.serving, calibration);
    }
    catch (e) {
        if (e instanceof run/* ServingInputError */.jF)
            throw new ConfigError([{ field: e.field, message: e.message }]);
        if (e instanceof scheduler/* SimulationLimitError */.r7)
            throw new ConfigError([{ field: 'serving', message: e.message }]);
        throw e;
    }
}
function servingMetrics(r) {
    const s = r.stats;
    return {
        ttft_mean_ms: s.ttft.mean,
        ttft_p50_ms: s.ttft.p50,
        ttft_p90_ms: s.ttft.p90,
        ttft_p99_ms: s.ttft.p99,
        tpot_mean_ms: s.tpot.mean,
        tpot_p50_ms: s.tpot.p50,
        tpot_p90_ms: s.tpot.p90,
        tpot_p99_ms: s.tpot.p99,
        itl_mean_ms: s.itl.mean,
        itl_p50_ms: s.itl.p50,
        itl_p90_ms: s.itl.p90,
        itl_p99_ms: s.itl.p99,
        e2e_mean_ms: s.e2e.mean,
        e2e_p50_ms: s.e2e.p50,
        e2e_p90_ms: s.e2e.p90,
        e2e_p99_ms: s.e2e.p99,
        request_throughput_rps: s.requestThroughput,
        output_throughput_tps: s.outputThroughput,
        goodput_rps: s.goodput,
        kv_utilization: s.kvUtilization,
        preemptions: s.preemptions,
        max_rate_qps: r.maxRateQps,
    };
}
function servingSummary(r) {
    return {
        requests: r.stats.requests,
        iterations: r.stats.iterations,
        duration_s: r.stats.makespanMs / 1000,
        kv_blocks: r.kv.blocks,
        kv_tokens: r.kv.tokens,
        kv_cache_gb: r.kv.kvCacheGb,
        reserve_gb: r.kv.reserveGb,
        load_curve: r.curve.map((c) => ({ rate_qps: c.rateQps, ttft_p99_ms: c.ttftP99Ms, tpot_p99_ms: c.tpotP99Ms, slo_holds: c.holds })),
    };
}

;// CONCATENATED MODULE: ./src/simulation/index.ts







/***/ })

};
