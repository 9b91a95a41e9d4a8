export const id = 33;
export const ids = [33];
export const modules = {

/***/ 4033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACCURACY_USAGE: () => (/* binding */ ACCURACY_USAGE),
  CALIBRATE_USAGE: () => (/* binding */ CALIBRATE_USAGE),
  accuracyCommand: () => (/* binding */ accuracyCommand),
  accuracyJson: () => (/* binding */ accuracyJson),
  accuracyText: () => (/* binding */ accuracyText),
  calibrateCommand: () => (/* binding */ calibrateCommand),
  loadCalibrationArg: () => (/* binding */ loadCalibrationArg)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/calibration/model.ts
var model = __webpack_require__(2513);
;// CONCATENATED MODULE: ./src/calibration/fit.ts
/**
 * Fitting calibration parameters (docs/calibration.md): damped Gauss–Newton (Levenberg–Marquardt) on
 * log(predicted / measured), parameters in log space, each pulled towards a prior (the generic profile
 * for a device profile, nominal values for the generic one) so that a parameter the data cannot
 * identify stays where the prior puts it instead of fitting noise. Deterministic: fixed start, fixed
 * iteration order, no randomness.
 */

/** Nominal values for the generic fit's prior: typical of current GPUs and engines. */
const NOMINAL = Object.freeze({
    eta_compute: 0.6,
    gemm_half_tokens: 64,
    eta_memory: 0.75,
    eta_attention: 0.05,
    eta_link: 0.6,
    collective_us: 15,
    pass_us: 1000,
    layer_us: 30,
    seq_us: 20,
    memory_fraction: 0.9,
});
const toVec = (p) => model/* PARAM_KEYS */.rw.map((k) => Math.log(p[k]));
const fromVec = (u) => {
    const p = {};
    model/* PARAM_KEYS */.rw.forEach((k, i) => {
        p[k] = Math.min(Math.exp(u[i]), model/* PARAM_MAX */.Hk[k]);
    });
    return p;
};
/** TTFT rows are few beside E2E rows; each counts this many times so that prefill is fitted too. */
const TTFT_WEIGHT = 3;
/** Log residuals of every measured figure of every sample. */
function sampleResiduals(samples, p, out = []) {
    out.length = 0;
    for (const s of samples) {
        const pr = (0,model/* predictRequest */.$G)(s.features, p);
        if (s.e2eMs !== null)
            out.push(Math.log(pr.e2eMs / s.e2eMs));
        if (s.ttftMs !== null)
            out.push(TTFT_WEIGHT * Math.log(pr.ttftMs / s.ttftMs));
        if (s.tpotMs !== null && pr.tpotMs !== null)
            out.push(Math.log(pr.tpotMs / s.tpotMs));
    }
    return out;
}
/** Solves A x = b (small dense, Gaussian elimination with partial pivoting). */
function solve(A, b) {
    const n = b.length;
    const M = A.map((row, i) => [...row, b[i]]);
    for (let c = 0; c < n; c++) {
        let piv = c;
        for (let r = c + 1; r < n; r++)
            if (Math.abs(M[r][c]) > Math.abs(M[piv][c]))
                piv = r;
        [M[c], M[piv]] = [M[piv], M[c]];
        const d = M[c][c];
        if (d === 0)
            continue;
        for (let r = c + 1; r < n; r++) {
            const f = M[r][c] / d;
            if (f === 0)
                continue;
            for (let k = c; k <= n; k++)
                M[r][k] -= f * M[c][k];
        }
    }
    const x = new Array(n).fill(0);
    for (let r = n - 1; r >= 0; r--) {
        let s = M[r][n];
        for (let k = r + 1; k < n; k++)
            s -= M[r][k] * x[k];
        x[r] = M[r][r] === 0 ? 0 : s / M[r][r];
    }
    return x;
}
/**
 * Fits parameters to samples, starting from and pulled towards `prior`. Returns the prior unchanged when
 * there are no samples.
 */
function fitParams(samples, prior, opts) {
    if (samples.length === 0)
        return { ...prior };
    const u0 = toVec(prior);
    const free = model/* PARAM_KEYS */.rw.map((k, i) => (opts.fixed?.includes(k) ? -1 : i)).filter((i) => i >= 0);
    const w = Math.sqrt(opts.priorWeight);
    const maxU = model/* PARAM_KEYS */.rw.map((k) => Math.log(model/* PARAM_MAX */.Hk[k]));
    const residuals = (u) => {
        const r = sampleResiduals(samples, fromVec(u), []);
        for (const i of free)
            r.push(w * (u[i] - u0[i]));
        return r;
    };
    const cost = (r) => r.reduce((s, x) => s + x * x, 0);
    let u = opts.start ? toVec(opts.start) : [...u0];
    let r = residuals(u);
    let c = cost(r);
    let lambda = 1e-2;
    const h = 1e-5;
    for (let it = 0; it < (opts.maxIterations ?? 60); it++) {
        // Jacobian by forward differences over the free parameters.
        const J = free.map((i) => {
            const up = [...u];
            up[i] += h;
            const rp = residuals(up);
            return rp.map((x, k) => (x - r[k]) / h);
        });
        const n = free.length;
        const JtJ = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => J[a].reduce((s, x, k) => s + x * J[b][k], 0)));
        const Jtr = J.map((col) => col.reduce((s, x, k) => s + x * r[k], 0));
        let improved = false;
        for (let tries = 0; tries < 10; tries++) {
            const A = JtJ.map((row, a) => row.map((x, b) => (a === b ? x + lambda * (x + 1e-9) : x)));
            const step = solve(A, Jtr.map((x) => -x));
            const next = [...u];
            free.forEach((i, k) => {
                next[i] = Math.min(u[i] + step[k], maxU[i]);
            });
            const rn = residuals(next);
            const cn = cost(rn);
            if (cn < c) {
                const gain = c - cn;
                u = next;
                r = rn;
                c = cn;
                lambda = Math.max(lambda / 3, 1e-7);
                improved = gain > 1e-7 * Math.max(c, 1e-3);
                break;
            }
            lambda *= 4;
        }
        if (!improved)
            break;
    }
    return fromVec(u);
}
/** Rounds to `digits` significant digits, so a written profile is stable and short. */
function roundSig(x, digits = 4) {
    if (x === 0 || !Number.isFinite(x))
        return x;
    return Number(x.toPrecision(digits));
}
function roundParams(p) {
    const out = {};
    for (const k of model/* PARAM_KEYS */.rw)
        out[k] = roundSig(p[k]);
    return out;
}

// EXTERNAL MODULE: ./src/calibration/names.ts
var calibration_names = __webpack_require__(9512);
;// CONCATENATED MODULE: ./src/calibration/measurements.ts
/**
 * Reading measurements: the two formats of the shipped data (Argonne LLM-Inference-Bench rows, the
 * TensorRT-LLM performance tables), a generic JSONL, and the JSON that vLLM's benchmark scripts write.
 * Every row becomes a Measurement; a row the static prefill + decode model cannot use is kept with the
 * reason it is skipped, so `genz accuracy` can list it.
 */

class MeasurementFormatError extends Error {
    source;
    constructor(source, message) {
        super(`${source}: ${message}`);
        this.source = source;
    }
}
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
/** Fills the resolved names and the first skip reason that applies. */
function finish(m, skip) {
    m.preset = (0,calibration_names/* hardwarePreset */.wS)(m.hardware);
    m.resolvedModel = (0,calibration_names/* measuredModel */.MY)(m.model);
    const eng = (0,calibration_names/* engineId */.U2)(m.engine);
    m.engineId = eng;
    if (skip)
        m.skip = skip;
    else if (!m.preset)
        m.skip = `unknown hardware '${m.hardware}' (no preset)`;
    else if (!m.resolvedModel)
        m.skip = `unknown model '${m.model}' (not in the catalog)`;
    else if (!eng)
        m.skip = `unknown engine '${m.engine}'`;
    else if (!m.precision)
        m.skip = 'unknown precision';
    else if (!(m.tp >= 1 && m.pp >= 1 && m.batch >= 1 && m.inputTokens >= 1 && m.outputTokens >= 1))
        m.skip = 'incomplete settings (tp, batch, input or output tokens)';
    else if (m.pp > 1)
        m.skip = 'pipeline parallelism is not calibrated';
    else if (m.e2eMs === null && m.ttftMs === null && m.tpotMs === null)
        m.skip = 'no latency figure';
    return m;
}
function argonneRow(r, source, hintModel) {
    const m = {
        source,
        hardware: str(r.hardware),
        model: hintModel,
        engine: str(r.framework),
        precision: 'bf16', // fp16 throughout (README); the core reads fp16 as bf16
        tp: num(r.count) ?? 0,
        pp: 1,
        batch: num(r.batch) ?? 0,
        inputTokens: num(r.input_tokens) ?? 0,
        outputTokens: num(r.output_tokens) ?? 0,
        e2eMs: null,
        ttftMs: null,
        tpotMs: null,
    };
    return m;
}
function readArgonne(r, source) {
    const m = argonneRow(r, source, str(r.genz_model) || str(r.model));
    const lat = num(r.measured_latency_s);
    m.e2eMs = lat === null ? null : lat * 1000;
    return finish(m, r.measured_plausible === false ? 'implausible measurement (faster than reading weights and KV cache at peak bandwidth)' : undefined);
}
function readArgonneTtft(r, source) {
    const m = argonneRow(r, source, str(r.genz_model) || str(r.model));
    const ttft = num(r.measured_ttft_s);
    m.ttftMs = ttft === null ? null : ttft * 1000;
    return finish(m, r.in_selection === false ? 'outside the main set of the source (in_selection: false)' : undefined);
}
function readVendor(r, source) {
    const derived = (r.derived ?? {});
    const m = {
        source: r.id ? `${source} (${str(r.id)})` : source,
        hardware: str(r.gpu),
        model: str(r.model),
        engine: str(r.engine),
        precision: (0,calibration_names/* precisionId */.Cd)(str(r.precision)),
        tp: num(r.tp) ?? 0,
        pp: num(r.pp) ?? 1,
        batch: num(r.batch_size) ?? 0,
        inputTokens: num(r.input_len) ?? 0,
        outputTokens: num(r.output_len) ?? 0,
        e2eMs: num(derived.batch_latency_ms) ?? num(r.e2e_latency_ms),
        ttftMs: num(r.ttft_ms),
        tpotMs: num(r.tpot_ms),
    };
    const skip = r.batching === 'inflight' ? 'in-flight batching: the runtime chose the batch, which the row does not state' : undefined;
    const requests = num(r.num_requests);
    const outTokS = num(r.out_tok_s);
    if (r.batching === 'inflight' && requests !== null && outTokS !== null)
        m.inflight = { requests, outTokS, engineVersion: str(r.engine_version), tool: str(r.benchmark_tool) };
    return finish(m, skip);
}
/**
 * The generic JSONL (docs/calibration.md): model, hardware, engine, precision, tp, batch,
 * input_tokens, output_tokens and at least one of e2e_ms, ttft_ms, tpot_ms (pp optional, default 1).
 */
function readGeneric(r, source) {
    const m = {
        source,
        hardware: str(r.hardware),
        model: str(r.model),
        engine: str(r.engine ?? 'generic'),
        precision: (0,calibration_names/* precisionId */.Cd)(str(r.precision ?? 'bf16')),
        tp: num(r.tp) ?? 1,
        pp: num(r.pp) ?? 1,
        batch: num(r.batch) ?? 0,
        inputTokens: num(r.input_tokens) ?? 0,
        outputTokens: num(r.output_tokens) ?? 0,
        e2eMs: num(r.e2e_ms),
        ttftMs: num(r.ttft_ms),
        tpotMs: num(r.tpot_ms),
    };
    return finish(m);
}
function detect(r) {
    if ('measured_latency_s' in r && 'framework' in r)
        return 'argonne';
    if ('measured_ttft_s' in r && 'framework' in r)
        return 'argonne-ttft';
    if ('batching' in r && 'gpu' in r)
        return 'vendor';
    if ('model' in r && 'hardware' in r && ('e2e_ms' in r || 'ttft_ms' in r || 'tpot_ms' in r))
        return 'generic';
    return undefined;
}
/** One JSONL line of any supported row format. */
function readRow(r, source) {
    switch (detect(r)) {
        case 'argonne':
            return readArgonne(r, source);
        case 'argonne-ttft':
            return readArgonneTtft(r, source);
        case 'vendor':
            return readVendor(r, source);
        case 'generic':
            return readGeneric(r, source);
        default:
            throw new MeasurementFormatError(source, 'not a measurement row: expected the Argonne, TensorRT-LLM table or generic JSONL fields (docs/calibration.md)');
    }
}
function fromSettings(s, source, figures, overrides = {}) {
    const m = {
        source,
        hardware: s.hardware ?? '',
        model: s.model ?? '',
        engine: s.engine ?? 'vllm',
        precision: (0,calibration_names/* precisionId */.Cd)(s.precision ?? 'bf16'),
        tp: s.tp ?? 1,
        pp: s.pp ?? 1,
        batch: s.batch ?? 0,
        inputTokens: s.input_tokens ?? 0,
        outputTokens: s.output_tokens ?? 0,
        ...figures,
        ...overrides,
    };
    return finish(m, !m.hardware ? 'hardware not given (pass --hardware or a settings file)' : !m.model ? 'model not given (pass --model or a settings file)' : undefined);
}
const mean = (xs) => {
    if (!Array.isArray(xs) || xs.length === 0)
        return null;
    let s = 0;
    for (const x of xs) {
        if (typeof x !== 'number')
            return null;
        s += x;
    }
    return s / xs.length;
};
/**
 * A JSON document: vLLM `benchmark_latency.py --output-json` ({avg_latency, latencies, percentiles}:
 * seconds for one batch of `batch` prompts) or `benchmark_serving.py --save-result` (mean_ttft_ms,
 * mean_tpot_ms, mean_e2el_ms, …; the concurrency is read as the batch). Missing settings come from `s`.
 */
function readBenchmarkJson(doc, source, s) {
    if (num(doc.avg_latency) !== null) {
        return [fromSettings(s, source, { e2eMs: num(doc.avg_latency) * 1000, ttftMs: null, tpotMs: null })];
    }
    if (num(doc.mean_ttft_ms) !== null || num(doc.mean_e2el_ms) !== null) {
        const completed = num(doc.completed) ?? num(doc.num_prompts);
        const input = num(doc.total_input_tokens) !== null && completed ? Math.round(num(doc.total_input_tokens) / completed) : null;
        const output = num(doc.total_output_tokens) !== null && completed ? Math.round(num(doc.total_output_tokens) / completed) : null;
        const overrides = {};
        const model = str(doc.model_id);
        if (!s.model && model)
            overrides.model = model;
        if (!s.engine && doc.backend)
            overrides.engine = str(doc.backend).startsWith('vllm') || str(doc.backend).startsWith('openai') ? 'vllm' : str(doc.backend);
        if (s.batch === undefined) {
            const c = num(doc.max_concurrency) ?? completed;
            if (c !== null)
                overrides.batch = c;
        }
        if (s.input_tokens === undefined && input !== null)
            overrides.inputTokens = input;
        if (s.output_tokens === undefined && output !== null)
            overrides.outputTokens = Math.max(1, Math.round(mean(doc.output_lens) ?? output));
        return [fromSettings(s, source, { e2eMs: num(doc.mean_e2el_ms), ttftMs: num(doc.mean_ttft_ms), tpotMs: num(doc.mean_tpot_ms) }, overrides)];
    }
    throw new MeasurementFormatError(source, 'not a measurement: expected JSONL rows (Argonne, TensorRT-LLM tables or the generic format of docs/calibration.md) or a vLLM benchmark_latency / benchmark_serving result');
}
/** A file's text: JSONL (one row a line) or one JSON document. */
function parseMeasurements(text, source, settings = {}) {
    const trimmed = text.trim();
    if (trimmed === '')
        return [];
    if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
        let doc;
        try {
            doc = JSON.parse(trimmed);
        }
        catch {
            doc = undefined;
        }
        if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
            const d = doc;
            if (detect(d) !== undefined)
                return [readRow(d, `${source}:1`)];
            return readBenchmarkJson(d, source, settings);
        }
    }
    const out = [];
    text.split('\n').forEach((line, i) => {
        if (line.trim() === '')
            return;
        let r;
        try {
            r = JSON.parse(line);
        }
        catch (e) {
            throw new MeasurementFormatError(`${source}:${i + 1}`, `invalid JSON (${e.message})`);
        }
        if (!r || typeof r !== 'object' || Array.isArray(r))
            throw new MeasurementFormatError(`${source}:${i + 1}`, 'expected a JSON object');
        out.push(readRow(r, `${source}:${i + 1}`));
    });
    return out;
}
/** The cross-validation group: model × hardware × engine × TP. */
function groupKey(m) {
    return `${m.resolvedModel?.name ?? m.model}|${m.preset ?? m.hardware}|${m.engineId ?? m.engine}|tp${m.tp}`;
}

// EXTERNAL MODULE: ./src/calibration/profile.ts
var calibration_profile = __webpack_require__(8445);
;// CONCATENATED MODULE: ./src/calibration/calibrate.ts
/**
 * `genz calibrate`'s engine: measurements in, a profile set out, with the leave-one-group-out
 * cross-validated error of every group (a group = model × hardware × engine × TP, never in-sample).
 */





/** Features for every usable measurement; rows the core rejects or the roofline rules out get a skip reason. */
function prepare(measurements) {
    return measurements.map((m) => {
        if (m.skip)
            return { m, skip: m.skip };
        let features;
        try {
            features = (0,model/* requestFeatures */.Zs)({
                model: m.resolvedModel.ref,
                hardware: m.preset,
                precision: m.precision,
                tp: m.tp,
                pp: m.pp,
                batch: m.batch,
                inputTokens: m.inputTokens,
                outputTokens: m.outputTokens,
            });
        }
        catch (e) {
            return { m, skip: `the core cannot run it: ${e.message.split('\n')[0]}` };
        }
        const raw = (0,model/* predictRequest */.$G)(features, model/* ROOFLINE */.bP);
        // The roofline is a lower bound: a run faster than it did not do the work it claims.
        const faster = (meas, pred) => meas !== null && pred !== null && meas < pred;
        if (faster(m.e2eMs, raw.e2eMs) || faster(m.ttftMs, raw.ttftMs) || faster(m.tpotMs, raw.tpotMs)) {
            return { m, features, skip: 'implausible measurement: faster than the raw roofline allows' };
        }
        return { m, features };
    });
}
const sampleOf = (p) => ({ features: p.features, e2eMs: p.m.e2eMs, ttftMs: p.m.ttftMs, tpotMs: p.m.tpotMs });
const GENERIC_PRIOR_WEIGHT = 0.5;
const PROFILE_PRIOR_WEIGHT = 0.5;
/** The collective parameters need multi-device rows; without them they stay at the prior. */
function fixedFor(rows) {
    return rows.some((r) => r.m.tp > 1) ? [] : ['eta_link', 'collective_us'];
}
function fitGeneric(rows, start) {
    return fitParams(rows.map(sampleOf), NOMINAL, { priorWeight: GENERIC_PRIOR_WEIGHT, fixed: fixedFor(rows), start });
}
function fitProfile(rows, generic, start) {
    return fitParams(rows.map(sampleOf), generic, { priorWeight: PROFILE_PRIOR_WEIGHT, fixed: fixedFor(rows), start });
}
function keyOf(m) {
    return (0,calibration_profile/* profileKey */.Ro)(m.preset, m.engineId, m.precision);
}
/** |relative error| percentile (nearest rank) of a list, as a fraction. */
function percentile(xs, q) {
    if (xs.length === 0)
        return NaN;
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
/** The band of a list of relative errors: their 90th percentile of |error|, with MAPE and count. */
function bandOf(relErrors) {
    if (relErrors.length === 0)
        return null;
    const abs = relErrors.map(Math.abs);
    return { p90: roundBand(percentile(abs, 0.9)), mape: roundBand(abs.reduce((s, x) => s + x, 0) / abs.length), n: abs.length };
}
const roundBand = (x) => Math.round(x * 1000) / 1000;
const rel = (p) => (p ? p.predicted / p.measured - 1 : null);
/** Fits the generic and every device profile, and cross-validates leaving one group out at a time. */
function calibrate(measurements, source) {
    const prepared = prepare(measurements);
    const used = prepared.filter((p) => !p.skip);
    const skipped = prepared.filter((p) => p.skip);
    const byProfile = new Map();
    for (const p of used) {
        const k = keyOf(p.m);
        if (!byProfile.has(k))
            byProfile.set(k, []);
        byProfile.get(k).push(p);
    }
    const generic = fitGeneric(used);
    const engineOf = (k) => k.split('|')[1];
    const engines = new Map();
    const engineRows = (e, rows) => rows.filter((p) => p.m.engineId === e);
    for (const e of [...new Set([...byProfile.keys()].map(engineOf))].sort())
        engines.set(e, fitProfile(engineRows(e, used), generic));
    const fitted = new Map();
    for (const [k, rows] of [...byProfile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        fitted.set(k, fitProfile(rows, engines.get(engineOf(k))));
    // Leave one group out: every fit that predicts a group's rows is made without them.
    const groups = new Map();
    for (const p of used) {
        const g = groupKey(p.m);
        if (!groups.has(g))
            groups.set(g, []);
        groups.get(g).push(p);
    }
    const cv = [];
    for (const [g, rows] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const rest = used.filter((p) => groupKey(p.m) !== g);
        const genericCv = fitGeneric(rest, generic);
        // A group may hold rows of several precisions (profiles): each is predicted by its own profile's fit.
        const foldFits = new Map();
        const engineCvs = new Map();
        const foldFit = (k) => {
            let f = foldFits.get(k);
            if (f)
                return f;
            const e = engineOf(k);
            let engineCv = engineCvs.get(e);
            if (!engineCv) {
                engineCv = fitProfile(engineRows(e, rest), genericCv, engines.get(e));
                engineCvs.set(e, engineCv);
            }
            const siblings = byProfile.get(k).filter((p) => groupKey(p.m) !== g);
            f = siblings.length > 0 ? { params: fitProfile(siblings, engineCv, fitted.get(k)), via: 'profile' } : { params: genericCv, via: 'generic' };
            foldFits.set(k, f);
            return f;
        };
        for (const row of rows) {
            const k = keyOf(row.m);
            const { params, via } = foldFit(k);
            const pr = (0,model/* predictRequest */.$G)(row.features, params);
            const gp = (0,model/* predictRequest */.$G)(row.features, genericCv);
            const m = row.m;
            cv.push({
                row,
                group: g,
                profile: k,
                via,
                e2e: m.e2eMs !== null ? { predicted: pr.e2eMs, measured: m.e2eMs } : null,
                ttft: m.ttftMs !== null ? { predicted: pr.ttftMs, measured: m.ttftMs } : null,
                tpot: m.tpotMs !== null && pr.tpotMs !== null ? { predicted: pr.tpotMs, measured: m.tpotMs } : null,
                genericE2e: m.e2eMs !== null ? gp.e2eMs / m.e2eMs - 1 : null,
                genericTtft: m.ttftMs !== null ? gp.ttftMs / m.ttftMs - 1 : null,
            });
        }
    }
    const genericBands = {
        e2e: bandOf(cv.flatMap((c) => (c.genericE2e === null ? [] : [c.genericE2e]))),
        ttft: bandOf(cv.flatMap((c) => (c.genericTtft === null ? [] : [c.genericTtft]))),
    };
    // A profile with fewer than 3 TTFT measurements takes the TTFT band of every profile's cross-validated TTFT.
    const pooledTtft = bandOf(cv.flatMap((c) => (c.ttft ? [rel(c.ttft)] : [])));
    const profiles = {};
    for (const [k, params] of fitted) {
        const points = cv.filter((c) => c.profile === k);
        const e2e = bandOf(points.flatMap((c) => (c.e2e ? [rel(c.e2e)] : [])));
        const ownTtft = bandOf(points.flatMap((c) => (c.ttft ? [rel(c.ttft)] : [])));
        const ttft = ownTtft && ownTtft.n >= 3 ? ownTtft : pooledTtft;
        const rows = byProfile.get(k);
        profiles[k] = {
            params: roundParams(params),
            bands: { e2e, ttft },
            rows: rows.length,
            groups: new Set(rows.map((r) => groupKey(r.m))).size,
            tp: [...new Set(rows.map((r) => r.m.tp))].sort((a, b) => a - b),
            nvidia: (0,calibration_names/* isNvidia */.k4)(rows[0].m.preset),
        };
    }
    return {
        profiles: {
            schema: calibration_profile/* PROFILE_SCHEMA */.Ow,
            source,
            generic: { params: roundParams(generic), bands: genericBands, rows: used.length, groups: groups.size },
            profiles,
        },
        cv,
        used,
        skipped,
    };
}

;// CONCATENATED MODULE: ./src/calibration/accuracy.ts
/**
 * `genz accuracy`: every measured row simulated with a calibration, predicted vs measured. A row's
 * figure is its E2E latency when measured, otherwise its TTFT, otherwise its TPOT.
 */



function stat(points) {
    let abs = 0;
    let log = 0;
    for (const p of points) {
        abs += Math.abs(p.predicted / p.measured - 1);
        log += Math.log(p.predicted / p.measured);
    }
    const n = points.length;
    return { rows: n, mape: n ? round((100 * abs) / n, 2) : NaN, gmr: n ? round(Math.exp(log / n), 4) : NaN };
}
const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;
function groupBy(rows, key) {
    const m = new Map();
    for (const r of rows) {
        const k = key(r);
        if (!m.has(k))
            m.set(k, []);
        m.get(k).push(r);
    }
    return Object.fromEntries([...m.keys()].sort().map((k) => [k, stat(m.get(k))]));
}
/** Simulates every row with `set` (null: the raw roofline). */
function accuracy(measurements, set) {
    const prepared = prepare(measurements);
    const rows = [];
    const ttftPoints = [];
    for (const p of prepared) {
        if (p.skip)
            continue;
        const m = p.m;
        const sel = set ? (0,calibration_profile/* selectProfile */.og)(set, m.preset, m.engineId, m.precision) : null;
        const params = sel ? sel.params : model/* ROOFLINE */.bP;
        const pr = (0,model/* predictRequest */.$G)(p.features, params);
        const profile = sel ? sel.key : 'roofline';
        if (m.ttftMs !== null)
            ttftPoints.push({ predicted: pr.ttftMs, measured: m.ttftMs });
        if (m.e2eMs !== null)
            rows.push({ row: p, metric: 'e2e', predicted: pr.e2eMs, measured: m.e2eMs, profile });
        else if (m.ttftMs !== null)
            rows.push({ row: p, metric: 'ttft', predicted: pr.ttftMs, measured: m.ttftMs, profile });
        else if (m.tpotMs !== null && pr.tpotMs !== null)
            rows.push({ row: p, metric: 'tpot', predicted: pr.tpotMs, measured: m.tpotMs, profile });
    }
    return {
        overall: stat(rows),
        ttft: ttftPoints.length ? stat(ttftPoints) : null,
        groups: groupBy(rows, (r) => `${r.row.m.preset}|${r.row.m.engineId}`),
        byTp: groupBy(rows, (r) => `tp${r.row.m.tp}`),
        byModel: groupBy(rows, (r) => r.row.m.resolvedModel.name),
        rows,
        skipped: prepared.filter((p) => p.skip).map((p) => ({ source: p.m.source, reason: p.skip })),
    };
}

// EXTERNAL MODULE: ./src/serving/config.ts + 1 modules
var config = __webpack_require__(1225);
// EXTERNAL MODULE: ./src/serving/run.ts + 3 modules
var run = __webpack_require__(3981);
;// CONCATENATED MODULE: ./src/serving/inflight.ts
/**
 * The in-flight ("max throughput") rows of the TensorRT-LLM performance tables
 * (shared/measured/vendor-public.jsonl, `batching: inflight`), simulated as serving runs: every request
 * queued at t = 0, the row's input and output lengths fixed, and the predicted output-token throughput
 * compared with the measured one (docs/serving.md "Accuracy").
 *
 * Settings per row: TensorRT-LLM 0.10.0's command line states max_batch_size 2048, max_num_tokens 2048,
 * chunked context and kv_cache_free_gpu_mem_fraction 0.9 (the cache takes 90% of the memory left after the
 * weights); 0.12.0's trtllm-bench rows state none, so the same batch limit with 8,192 tokens per iteration
 * is assumed. FP8 rows run fp8 weights, activations and KV cache; FP16 and "Mixed" rows bf16. At most
 * MAX_REQUESTS requests of a row are simulated: with everything queued at t = 0 the engine holds its steady
 * batch after the first wave and only the last wave drains (docs/serving.md "Accuracy": 1,000 instead of
 * 2,000 moves the calibrated MAPE by 0.4 points and halves the time). The iterations are timed with the
 * command's calibration (the row's hardware × engine × precision profile, else the generic one).
 */




const MAX_REQUESTS = 1000;
function settings(m) {
    const flag = (name) => {
        const x = new RegExp(`--${name}\\s+(\\d+)`).exec(m.inflight.tool);
        return x ? Number(x[1]) : null;
    };
    return { maxSeqs: flag('max_batch_size') ?? 2048, maxTokens: flag('max_num_tokens') ?? 8192 };
}
/**
 * Simulates the in-flight rows; `set`: the calibration profiles the iterations are timed with (the
 * row's hardware × engine × precision profile, else the generic one), null for the raw roofline.
 */
function inflightAccuracy(measurements, set, onRow) {
    const rows = [];
    const skipped = [];
    const todo = measurements.filter((m) => m.inflight !== undefined);
    todo.forEach((m, i) => {
        onRow?.(i, todo.length);
        const inf = m.inflight;
        let reason = null;
        if (!m.preset)
            reason = `unknown hardware '${m.hardware}' (no preset)`;
        else if (!m.resolvedModel)
            reason = `unknown model '${m.model}' (not in the catalog)`;
        else if (!(m.tp >= 1) || m.pp !== 1)
            reason = 'tensor parallelism only';
        else if (!(m.inputTokens >= 1 && m.outputTokens >= 1))
            reason = 'incomplete lengths';
        if (reason !== null) {
            skipped.push({ source: m.source, reason });
            return;
        }
        const { maxSeqs, maxTokens } = settings(m);
        const requests = Math.min(inf.requests, MAX_REQUESTS);
        const cfg = {
            arrival: { kind: 'burst' },
            requests,
            input_tokens: { distribution: 'fixed', value: m.inputTokens },
            output_tokens: { distribution: 'fixed', value: m.outputTokens },
            scheduler: {
                max_num_seqs: maxSeqs,
                max_batched_tokens: maxTokens,
                chunked_prefill: true,
                block_size: 64,
                memory_utilization: 0.9,
                policy: 'fcfs',
                free_memory_fraction: 0.9,
            },
            seed: 1,
            search_max_rate: false,
            slo: (0,config/* servingSlo */.D$)({}),
        };
        const bits = m.precision === 'fp8' ? 'fp8' : 'bf16';
        const calibration = set === null ? null : { params: (0,calibration_profile/* selectProfile */.og)(set, m.preset ?? null, m.engineId ?? 'trtllm', bits).params, precision: bits };
        try {
            const r = (0,run/* simulateServing */.P7)({
                model: m.resolvedModel.ref,
                system_name: m.preset,
                fidelity: 'corrected',
                tensor_parallel: m.tp,
                bits,
                tensors: { weights: bits, expertWeights: bits, activations: bits, kvCache: bits },
            }, cfg, calibration);
            rows.push({ m, predicted: r.stats.outputThroughput, measured: inf.outTokS, requests });
        }
        catch (e) {
            if (e instanceof run/* ServingInputError */.jF || (e instanceof Error && e.name === 'GenzError'))
                skipped.push({ source: m.source, reason: e.message });
            else
                throw e;
        }
    });
    const groups = new Map();
    for (const r of rows) {
        const k = `${r.m.preset}|${r.m.precision}`;
        if (!groups.has(k))
            groups.set(k, []);
        groups.get(k).push(r);
    }
    return {
        overall: stat(rows),
        groups: Object.fromEntries([...groups.keys()].sort().map((k) => [k, stat(groups.get(k))])),
        rows,
        skipped,
    };
}
/** The in-flight error table `genz accuracy` prints (plain text; names are escaped by the caller's `esc`). */
function inflightText(r, label, table, esc) {
    const pct = (x) => (Number.isFinite(x) ? `${x.toFixed(1)}%` : 'n/a');
    const row = (k, s) => [esc(k), String(s.rows), pct(s.mape), Number.isFinite(s.gmr) ? s.gmr.toFixed(3) : 'n/a'];
    let out = `\nServing: TensorRT-LLM in-flight "max throughput" rows, simulated (all requests at t = 0; calibration: ${esc(label)})\n`;
    out += 'Figure: output tokens per second; GMR: geometric mean of predicted / measured.\n';
    out += table(['', 'Rows', 'MAPE', 'GMR'], [row('all', r.overall), ...Object.entries(r.groups).map(([k, s]) => row(k, s))]);
    if (r.skipped.length > 0) {
        const reasons = new Map();
        for (const s of r.skipped) {
            const reason = s.reason.replace(/'[^']*'/, "'…'");
            reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        }
        out += `\nSkipped ${r.skipped.length} in-flight rows\n`;
        out += table(['Reason', 'Rows'], [...reasons].map(([k, n]) => [esc(k), String(n)]));
    }
    return out;
}

// EXTERNAL MODULE: ./src/calibration/builtin.ts + 1 modules
var builtin = __webpack_require__(6777);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
;// CONCATENATED MODULE: ./src/cli/calibration-commands.ts
/**
 * `genz calibrate` (fit profiles from measurements, print their cross-validated error) and
 * `genz accuracy` (simulate measured rows with a calibration, print predicted vs measured).
 */














/** A table whose first column is left-aligned and the others right-aligned. */
function renderTable(headers, rows) {
    return (0,table/* renderTable */.bo)(headers.map((header, i) => ({ header, align: i === 0 ? 'left' : 'right' })), rows);
}
const SETTINGS_FLAGS = `  --model NAME --hardware NAME --engine ENGINE --precision P --tp N --batch N
  --input-tokens N --output-tokens N
                          settings for benchmark JSON that lacks them (vLLM benchmark_latency /
                          benchmark_serving); a file FILE.settings.json or FILE.settings.yaml beside
                          a measurement file gives them too (flags win)`;
const CALIBRATE_USAGE = `Usage: genz calibrate --measurements FILE... --out PROFILE [settings flags]

  --measurements FILE...  measurement files: the Argonne or TensorRT-LLM JSONL of data/measured/, the
                          generic JSONL (docs/calibration.md), or vLLM benchmark JSON
  --out PROFILE           where to write the profile file (JSON; reference it with calibration: PROFILE)
${SETTINGS_FLAGS}

Fits a profile per hardware × engine × precision and a generic one, prints the leave-one-group-out
cross-validated error of every group (model × hardware × engine × TP) and writes the profile file.
`;
const ACCURACY_USAGE = `Usage: genz accuracy --measurements FILE... [--calibration builtin|none|PROFILE] [--json] [--fail-above PCT]

  --measurements FILE...  measurement files (as for genz calibrate)
  --calibration C         builtin (default), none (the raw roofline), or a profile file
  --json                  print {rows, skipped, mape, gmr, groups} as one JSON object
  --fail-above PCT        exit 1 when the overall MAPE exceeds PCT percent
  --skip-serving          do not simulate the in-flight ("max throughput") rows as serving runs
${SETTINGS_FLAGS}
`;
const settingsOptions = {
    model: { type: 'string' },
    hardware: { type: 'string' },
    engine: { type: 'string' },
    precision: { type: 'string' },
    tp: { type: 'string' },
    batch: { type: 'string' },
    'input-tokens': { type: 'string' },
    'output-tokens': { type: 'string' },
};
function intFlag(v, flag) {
    if (v === undefined)
        return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1)
        throw new cli_io/* UsageError */.eb(`${flag} must be an integer >= 1, got '${v}'`);
    return n;
}
function flagSettings(values) {
    const s = {};
    const str = (k) => (typeof values[k] === 'string' ? values[k] : undefined);
    if (str('model'))
        s.model = str('model');
    if (str('hardware'))
        s.hardware = str('hardware');
    if (str('engine'))
        s.engine = str('engine');
    if (str('precision'))
        s.precision = str('precision');
    const tp = intFlag(str('tp'), '--tp');
    if (tp !== undefined)
        s.tp = tp;
    const batch = intFlag(str('batch'), '--batch');
    if (batch !== undefined)
        s.batch = batch;
    const i = intFlag(str('input-tokens'), '--input-tokens');
    if (i !== undefined)
        s.input_tokens = i;
    const o = intFlag(str('output-tokens'), '--output-tokens');
    if (o !== undefined)
        s.output_tokens = o;
    return s;
}
/** Settings from FILE.settings.json / .yaml / .yml beside a measurement file, if one exists. */
function besideSettings(file) {
    const base = file.replace(/\.(jsonl|json)$/i, '');
    for (const ext of ['.settings.json', '.settings.yaml', '.settings.yml']) {
        const p = base + ext;
        if (external_node_fs_default().existsSync(p)) {
            const text = external_node_fs_default().readFileSync(p, 'utf8');
            const v = ext === '.settings.json' ? JSON.parse(text) : (0,dist/* parse */.qg)(text);
            if (!v || typeof v !== 'object' || Array.isArray(v))
                throw new cli_io/* UsageError */.eb(`${p}: expected an object of settings`);
            return v;
        }
    }
    return {};
}
/** Reads every measurement file; an unreadable or malformed file is a usage error (exit 2). */
function readMeasurements(files, cwd, flags) {
    if (files.length === 0)
        throw new cli_io/* UsageError */.eb('--measurements needs at least one file');
    const measurements = [];
    const names = [];
    for (const f of files) {
        const abs = external_node_path_default().resolve(cwd, f);
        let text;
        try {
            text = external_node_fs_default().readFileSync(abs, 'utf8');
        }
        catch (e) {
            throw new cli_io/* UsageError */.eb(`cannot read measurement file '${f}': ${e.code ?? e.message}`);
        }
        const name = external_node_path_default().basename(f);
        names.push(name);
        try {
            measurements.push(...parseMeasurements(text, name, { ...besideSettings(abs), ...flags }));
        }
        catch (e) {
            if (e instanceof MeasurementFormatError || e instanceof SyntaxError)
                throw new cli_io/* UsageError */.eb(e.message);
            throw e;
        }
    }
    return { measurements, names };
}
function measurementFiles(values, positionals) {
    return [...(values.measurements ?? []), ...positionals];
}
const pct = (x) => (Number.isFinite(x) ? `${x.toFixed(1)}%` : '–');
function calibrateCommand(argv, io) {
    const { values, positionals } = (0,args/* parseFlags */.bQ)(argv, { measurements: { type: 'string', multiple: true }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...settingsOptions }, 'calibrate', true);
    if (values.help) {
        io.stdout(CALIBRATE_USAGE);
        return cli_io/* EXIT_OK */.Ij;
    }
    if (!values.out)
        throw new cli_io/* UsageError */.eb('--out PROFILE is required');
    const { measurements, names } = readMeasurements(measurementFiles(values, positionals), io.cwd, flagSettings(values));
    const run = calibrate(measurements, [...names].sort().join(', '));
    if (run.used.length === 0) {
        io.stderr('genz calibrate: no usable measurement (every row was skipped; run genz accuracy to see why)\n');
        return cli_io/* EXIT_USAGE */.Ri;
    }
    // Cross-validated error per group, then per profile and overall.
    const groups = new Map();
    for (const c of run.cv) {
        if (!groups.has(c.group))
            groups.set(c.group, []);
        groups.get(c.group).push(c);
    }
    const e2eOf = (cs) => cs.flatMap((c) => (c.e2e ? [c.e2e] : []));
    const ttftOf = (cs) => cs.flatMap((c) => (c.ttft ? [c.ttft] : []));
    const table = [...groups].map(([g, cs]) => {
        const e = stat(e2eOf(cs));
        const t = stat(ttftOf(cs));
        return [(0,report_escape/* plainText */.wh)(g), cs[0].via, String(cs.length), e.rows ? pct(e.mape) : '–', t.rows ? pct(t.mape) : '–'];
    });
    io.stdout(`Leave-one-group-out cross-validation (each group predicted by fits made without it)\n\n`);
    io.stdout(renderTable(['Group (model|hardware|engine|TP)', 'Predicted by', 'Rows', 'E2E MAPE', 'TTFT MAPE'], table));
    const summary = [];
    const add = (label, cs) => {
        const e = stat(e2eOf(cs));
        const t = stat(ttftOf(cs));
        summary.push([label, String(e.rows), pct(e.mape), e.rows ? e.gmr.toFixed(3) : '–', String(t.rows), pct(t.mape)]);
    };
    for (const k of Object.keys(run.profiles.profiles).sort())
        add((0,report_escape/* plainText */.wh)(k), run.cv.filter((c) => c.profile === k));
    add('NVIDIA', run.cv.filter((c) => (0,calibration_names/* isNvidia */.k4)(c.row.m.preset)));
    add('all', run.cv);
    io.stdout(`\n`);
    io.stdout(renderTable(['Profile', 'E2E rows', 'E2E MAPE', 'E2E GMR', 'TTFT rows', 'TTFT MAPE'], summary));
    io.stdout(`\n${run.used.length} rows used, ${run.skipped.length} skipped (genz accuracy lists them with reasons).\n`);
    const out = external_node_path_default().resolve(io.cwd, values.out);
    external_node_fs_default().mkdirSync(external_node_path_default().dirname(out), { recursive: true });
    external_node_fs_default().writeFileSync(out, (0,calibration_profile/* serializeProfiles */.p$)(run.profiles));
    io.stderr(`wrote ${values.out}\n`);
    return cli_io/* EXIT_OK */.Ij;
}
/** `builtin`, `none`, or a profile file (relative to cwd). */
function loadCalibrationArg(value, cwd) {
    if (value === undefined || value === 'builtin')
        return (0,builtin/* builtinProfiles */.GX)();
    if (value === 'none')
        return null;
    let text;
    try {
        text = external_node_fs_default().readFileSync(external_node_path_default().resolve(cwd, value), 'utf8');
    }
    catch (e) {
        throw new cli_io/* UsageError */.eb(`cannot read calibration profile '${value}': ${e.code ?? e.message}`);
    }
    try {
        return (0,calibration_profile/* parseProfiles */.Es)(text);
    }
    catch (e) {
        throw new cli_io/* UsageError */.eb(`calibration profile '${value}': ${e.message}`);
    }
}
function accuracyJson(r) {
    const groups = Object.fromEntries(Object.entries(r.groups).map(([k, s]) => [k, { rows: s.rows, mape: s.mape, gmr: s.gmr }]));
    return `${JSON.stringify({ rows: r.overall.rows, skipped: r.skipped.length, mape: r.overall.mape, gmr: r.overall.gmr, groups })}\n`;
}
function accuracyText(r, label) {
    const row = (k, s) => [(0,report_escape/* plainText */.wh)(k), String(s.rows), pct(s.mape), s.gmr.toFixed(3)];
    const parts = [];
    parts.push(`Calibration: ${label}\n\n`);
    parts.push(renderTable(['', 'Rows', 'MAPE', 'GMR'], [row('all', r.overall), ...(r.ttft ? [row('TTFT (rows that measure it)', r.ttft)] : [])]));
    parts.push(`\nPer hardware × engine\n`);
    parts.push(renderTable(['Hardware|engine', 'Rows', 'MAPE', 'GMR'], Object.entries(r.groups).map(([k, s]) => row(k, s))));
    parts.push(`\nPer TP degree\n`);
    parts.push(renderTable(['TP', 'Rows', 'MAPE', 'GMR'], Object.entries(r.byTp).map(([k, s]) => row(k, s))));
    parts.push(`\nPer model\n`);
    parts.push(renderTable(['Model', 'Rows', 'MAPE', 'GMR'], Object.entries(r.byModel).map(([k, s]) => row(k, s))));
    if (r.skipped.length > 0) {
        const reasons = new Map();
        for (const s of r.skipped) {
            if (!reasons.has(s.reason))
                reasons.set(s.reason, []);
            reasons.get(s.reason).push(s.source);
        }
        parts.push(`\nSkipped ${r.skipped.length} rows\n`);
        parts.push(renderTable(['Reason', 'Rows', 'First'], [...reasons].map(([reason, srcs]) => [(0,report_escape/* plainText */.wh)(reason), String(srcs.length), (0,report_escape/* plainText */.wh)(srcs[0])])));
    }
    parts.push(`\nMAPE: mean |predicted / measured − 1|; GMR: geometric mean of predicted / measured. A row's figure is its E2E latency when measured, else its TTFT.\n`);
    return parts.join('');
}
function accuracyCommand(argv, io) {
    const { values, positionals } = (0,args/* parseFlags */.bQ)(argv, {
        measurements: { type: 'string', multiple: true },
        calibration: { type: 'string' },
        json: { type: 'boolean' },
        'fail-above': { type: 'string' },
        'skip-serving': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...settingsOptions,
    }, 'accuracy', true);
    if (values.help) {
        io.stdout(ACCURACY_USAGE);
        return cli_io/* EXIT_OK */.Ij;
    }
    let failAbove;
    if (values['fail-above'] !== undefined) {
        failAbove = Number(values['fail-above'].replace(/%$/, ''));
        if (!Number.isFinite(failAbove) || failAbove < 0)
            throw new cli_io/* UsageError */.eb(`--fail-above must be a percentage >= 0, got '${values['fail-above']}'`);
    }
    const set = loadCalibrationArg(values.calibration, io.cwd);
    const { measurements } = readMeasurements(measurementFiles(values, positionals), io.cwd, flagSettings(values));
    const report = accuracy(measurements, set);
    io.stdout(values.json ? accuracyJson(report) : accuracyText(report, values.calibration ?? 'builtin'));
    // In-flight rows (docs/serving.md "Accuracy"): simulated by the serving simulator, their own table.
    if (!values.json && !values['skip-serving'] && measurements.some((m) => m.inflight !== undefined)) {
        const inflight = inflightAccuracy(measurements, set, (i, n) => {
            if (i % 50 === 0)
                io.stderr(`simulating in-flight rows: ${i}/${n}\n`);
        });
        io.stdout(inflightText(inflight, values.calibration ?? 'builtin', (h, rows) => renderTable(h, rows), report_escape/* plainText */.wh));
    }
    if (report.overall.rows === 0) {
        io.stderr('genz accuracy: no usable measurement row\n');
        return cli_io/* EXIT_USAGE */.Ri;
    }
    if (failAbove !== undefined && report.overall.mape > failAbove) {
        io.stderr(`genz accuracy: MAPE ${report.overall.mape.toFixed(2)}% exceeds --fail-above ${failAbove}%\n`);
        return cli_io/* EXIT_FAIL */.WV;
    }
    return cli_io/* EXIT_OK */.Ij;
}


/***/ })

};
