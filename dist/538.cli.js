export const id = 538;
export const ids = [538];
export const modules = {

/***/ 8538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SIMULATE_USAGE: () => (/* binding */ SIMULATE_USAGE),
/* harmony export */   parseFeatureFlag: () => (/* binding */ parseFeatureFlag),
/* harmony export */   renderServing: () => (/* binding */ renderServing),
/* harmony export */   renderSimulation: () => (/* binding */ renderSimulation),
/* harmony export */   renderSlo: () => (/* binding */ renderSlo),
/* harmony export */   simulateCommand: () => (/* binding */ simulateCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _baselines_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1589);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9102);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(351);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6867);
/* harmony import */ var _manifests_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5732);
/* harmony import */ var _manifests_hub_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7605);
/* harmony import */ var _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6511);
/* harmony import */ var _metrics_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3914);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4031);
/* harmony import */ var _calibration_commands_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4033);
/* harmony import */ var _simulation_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4687);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1604);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(790);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7593);
















const SIMULATE_USAGE = `Usage: genz simulate [flags] | --scenario FILE  [--json] [--operators]

  --model NAME            catalog model (case-insensitive, aliases accepted)
  --hardware NAME         hardware preset, e.g. A100_40GB_GPU, H100_GPU
  --precision P           bf16 (default), f32, fp8, int8, fp6, fp4, int4, int2 (fp16 = bf16)
  --fidelity F            corrected (default: the model of docs/model.md) or genz (GenZ exactly)
  --efficiency E          compute and memory efficiency, 0 < E <= 1 (default 1)
  --tp N --pp N --ep N    tensor, pipeline, expert parallel degrees (default 1)
  --batch N               sequences (default 1)
  --input-tokens N        prompt tokens per sequence (default 1024)
  --output-tokens N       generated tokens per sequence (default 256)
  --beam N                beam size (default 1)
  --feature SPEC          repeatable: NAME, NAME=off, or NAME:opt=value,opt=value
                          e.g. --feature prefill, --feature lora:rank=16,strategy=dynamic,
                          --feature flash_attention=off, --feature lora:targets=q+k+v+o+gate+up+down
  --scenario FILE         one scenario (YAML or JSON): any field a manifest scenario takes (id optional;
                          a matrix only with one value per key), checked and resolved as manifests are:
                          model/hardware files of the project, its fidelity, calibration and limits
  --config FILE           the project config for --scenario (default: genz.config.yaml in this folder)
  --engine E              serving engine of the calibration profile: vllm, trtllm, sglang, generic (default)
  --calibration C         builtin (default), none (the raw roofline), or a profile file (genz calibrate)
  --json                  print the SimulationResult (metrics under "metrics") as one JSON object
  --operators             include the per-operator tables (with --json)

Exit 0 on success, 1 when the scenario cannot run (e.g. does not fit), 2 on bad input.
Run 'genz features' for every feature and its options.
`;
/** Manifest field → the flag that sets it, so errors name what the user typed. */
const FLAG_OF_FIELD = {
    model: '--model',
    hardware: '--hardware',
    precision: '--precision',
    efficiency: '--efficiency',
    'parallelism.tensor': '--tp',
    'parallelism.pipeline': '--pp',
    'parallelism.expert': '--ep',
    parallelism: '--tp/--pp/--ep',
    'workload.batch': '--batch',
    'workload.input_tokens': '--input-tokens',
    'workload.output_tokens': '--output-tokens',
    'workload.beam': '--beam',
    workload: '--batch/--input-tokens/--output-tokens',
    features: '--feature',
};
function parseScalar(text) {
    if (text === 'on' || text === 'true')
        return true;
    if (text === 'off' || text === 'false')
        return false;
    if (/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(text))
        return Number(text);
    if (text.startsWith('[') || text.startsWith('{')) {
        try {
            return JSON.parse(text);
        }
        catch {
            throw new _io_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`--feature: value ${text} is not valid JSON`);
        }
    }
    return text;
}
/** `lora:rank=16,strategy=dynamic` → {lora: {rank: 16, strategy: 'dynamic'}}; `x=off` → {x: false}. */
function parseFeatureFlag(spec) {
    const colon = spec.indexOf(':');
    const eq = spec.indexOf('=');
    if (colon === -1 && eq !== -1) {
        const value = parseScalar(spec.slice(eq + 1));
        if (typeof value !== 'boolean')
            throw new _io_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`--feature ${spec}: use NAME=on|off, or NAME:option=value`);
        return { [spec.slice(0, eq)]: value };
    }
    if (colon === -1)
        return spec;
    const name = spec.slice(0, colon);
    const options = {};
    // Split on commas that start a new "key=" pair, so JSON values with commas survive.
    for (const part of spec.slice(colon + 1).split(/,(?=[A-Za-z_]+=)/)) {
        const i = part.indexOf('=');
        if (i <= 0)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`--feature ${spec}: expected option=value, got '${part}'`);
        options[part.slice(0, i)] = parseScalar(part.slice(i + 1));
    }
    return { [name]: options };
}
function integerFlag(value, flag) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n))
        throw new _io_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`${flag} must be an integer, got '${value}'`);
    return n;
}
/**
 * A scenario file through the manifest schema and resolver (src/manifests): every field a manifest scenario
 * takes, models and hardware from the project's folders, the project config's fidelity, calibration and limits.
 * Problems are input errors at the file's line and column.
 */
function readScenario(file, io, configPath) {
    const project = (0,_manifests_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadProjectConfig */ .WM)({ cwd: io.cwd, configPath });
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, file);
    const inside = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(project.root, abs);
    const outside = inside.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(inside);
    // A file outside the project is read as its own project (its folder is the root; no project settings).
    const root = outside ? node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(abs) : project.root;
    const loaded = (0,_manifests_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadScenarioFile */ .BM)({
        root,
        file: (outside ? node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(abs) : inside).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/'),
        ...(outside
            ? {}
            : {
                modelsDir: project.modelsDir,
                hardwareDir: project.hardwareDir,
                fidelity: project.fidelity,
                limits: project.limits,
                calibration: project.calibration,
            }),
        hub: { cacheDir: (0,_manifests_hub_js__WEBPACK_IMPORTED_MODULE_6__/* .hubEnv */ .D2)(io.env).cacheDir, failures: new Map() },
    });
    if (loaded.errors.length > 0)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(loaded.errors, { headline: `${loaded.errors.length} problem${loaded.errors.length === 1 ? '' : 's'} in ${file}` });
    if (loaded.scenarios.length !== 1) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`--scenario ${file}: its matrix makes ${loaded.scenarios.length} scenarios and genz simulate runs one; run the sweep with a manifest and 'genz run'`);
    }
    return loaded.scenarios[0];
}
/** The limits `genz simulate` holds a scenario to: the project's (genz.config.yaml in the folder) or the defaults. */
function simulateLimits(cwd, configPath) {
    try {
        return (0,_manifests_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadProjectConfig */ .WM)({ cwd, configPath }).limits;
    }
    catch {
        return _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_LIMITS */ .dR;
    }
}
function simulateCommand(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_13__/* .parseFlags */ .bQ)(argv, {
        model: { type: 'string' },
        hardware: { type: 'string' },
        precision: { type: 'string' },
        efficiency: { type: 'string' },
        fidelity: { type: 'string' },
        tp: { type: 'string' },
        pp: { type: 'string' },
        ep: { type: 'string' },
        batch: { type: 'string' },
        'input-tokens': { type: 'string' },
        'output-tokens': { type: 'string' },
        beam: { type: 'string' },
        feature: { type: 'string', multiple: true },
        scenario: { type: 'string' },
        config: { type: 'string' },
        engine: { type: 'string' },
        calibration: { type: 'string' },
        json: { type: 'boolean', default: false },
        operators: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
    }, 'simulate');
    if (values.help) {
        io.stdout(SIMULATE_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT_OK */ .Ij;
    }
    let config;
    let scenario = null;
    const limits = simulateLimits(io.cwd, values.config);
    const usingFlags = [
        'model',
        'hardware',
        'precision',
        'efficiency',
        'fidelity',
        'tp',
        'pp',
        'ep',
        'batch',
        'input-tokens',
        'output-tokens',
        'beam',
        'feature',
    ].filter((k) => values[k] !== undefined);
    if (values.scenario) {
        if (usingFlags.length > 0)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`--scenario cannot be combined with --${usingFlags[0]}`);
        scenario = readScenario(values.scenario, io, values.config);
        config = { ...scenario.config };
    }
    else {
        if (!values.model)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb('--model is required (or --scenario FILE)');
        if (!values.hardware)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb('--hardware is required (or --scenario FILE)');
        const efficiency = values.efficiency === undefined ? undefined : Number(values.efficiency);
        config = {
            model: values.model,
            hardware: values.hardware,
            precision: values.precision,
            efficiency,
            fidelity: values.fidelity,
            parallelism: { tensor: integerFlag(values.tp, '--tp'), pipeline: integerFlag(values.pp, '--pp'), expert: integerFlag(values.ep, '--ep') },
            workload: {
                batch: integerFlag(values.batch, '--batch'),
                input_tokens: integerFlag(values['input-tokens'], '--input-tokens'),
                output_tokens: integerFlag(values['output-tokens'], '--output-tokens'),
                beam: integerFlag(values.beam, '--beam'),
            },
            features: (values.feature ?? []).map(parseFeatureFlag),
        };
    }
    if (values.engine !== undefined)
        config.engine = values.engine;
    if (values.calibration === undefined && config.calibration === undefined)
        config.calibration = 'builtin';
    if (values.calibration !== undefined) {
        const set = (0,_calibration_commands_js__WEBPACK_IMPORTED_MODULE_10__.loadCalibrationArg)(values.calibration, io.cwd);
        config.calibration = set === null ? 'none' : values.calibration === 'builtin' ? 'builtin' : { path: values.calibration, profiles: set };
    }
    // The bounds of src/limits.ts before any work (a scenario file had them checked by the manifest loader).
    const over = scenario ? [] : (0,_manifests_index_js__WEBPACK_IMPORTED_MODULE_5__/* .simulationBoundIssues */ ._R)(config, limits);
    if (over.length > 0) {
        for (const issue of over) {
            const field = (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPath */ .jV)(issue.segments);
            const flag = FLAG_OF_FIELD[field] ?? (field.startsWith('features') ? '--feature' : field);
            io.stderr(`genz simulate: ${flag === field ? flag : `${flag} (${field})`}: ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(issue.message)}\n`);
        }
        return _io_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT_USAGE */ .Ri;
    }
    let result;
    try {
        result = (0,_simulation_index_js__WEBPACK_IMPORTED_MODULE_11__/* .simulate */ .JV)(config, { operators: values.operators });
    }
    catch (e) {
        if (!(e instanceof _simulation_index_js__WEBPACK_IMPORTED_MODULE_11__/* .ConfigError */ .xL))
            throw e;
        for (const issue of e.issues) {
            const flag = scenario ? issue.field : (FLAG_OF_FIELD[issue.field] ?? (issue.field.startsWith('features') ? '--feature' : issue.field));
            const where = scenario ? `${scenario.manifest}:${scenario.line}:${scenario.column}: ${flag}` : flag === issue.field ? flag : `${flag} (${issue.field})`;
            io.stderr(`genz simulate: ${where}: ${issue.message}\n`);
        }
        return _io_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT_USAGE */ .Ri;
    }
    if (values.json)
        io.stdout(JSON.stringify(result) + '\n');
    else {
        const text = renderSimulation(result);
        io.stdout((text.endsWith('\n') ? text : `${text}\n`) +
            (scenario?.slo && result.metrics ? renderSlo((0,_baselines_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSlo */ .$l)(result.metrics, scenario.slo, result.calibration?.bands)) : ''));
    }
    if (result.status === 'error') {
        if (!values.json)
            io.stderr(`genz simulate: ${result.error.message}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT_FAIL */ .WV;
    }
    return _io_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT_OK */ .Ij;
}
/** The scenario's SLO budgets against this run: one line each. */
function renderSlo(checks) {
    if (checks.length === 0)
        return '';
    const lines = checks.map((c) => c.status === 'violated'
        ? `  VIOLATED ${(0,_report_model_js__WEBPACK_IMPORTED_MODULE_4__/* .describeViolation */ .L6)(c)}`
        : `  ok       ${(0,_report_model_js__WEBPACK_IMPORTED_MODULE_4__/* .describeBudget */ .No)(c)}${c.status === 'not_applicable' ? ' (not measured in this mode)' : ''}`);
    return `\nSLO budgets:\n${lines.join('\n')}\n`;
}
function renderSimulation(r) {
    const c = r.config;
    const features = [
        c.features.lora ? `lora(r=${c.features.lora.rank}, ${c.features.lora.strategy}, ${c.features.lora.targets.join('+')})` : null,
        c.features.flash_attention.enabled ? null : 'flash_attention=off',
        c.features.memory_offload ? 'memory_offload' : null,
        c.features.speculative_decode
            ? `speculative_decode(${c.features.speculative_decode.draft_model.name}, p=${c.features.speculative_decode.acceptance_rate}, n=${c.features.speculative_decode.parallel_tokens})`
            : null,
    ].filter(Boolean);
    const tp = c.tensor_precision;
    const prec = tp === null || (tp.weights === tp.activations && tp.expert_weights === tp.weights && tp.kv_cache === tp.weights)
        ? c.precision
        : `weights ${tp.weights}${tp.expert_weights !== tp.weights ? ` (experts ${tp.expert_weights})` : ''}, activations ${tp.activations}, KV ${tp.kv_cache}`;
    let out = `${c.model.name} on ${c.hardware.name}, ${prec}, TP${c.parallelism.tensor} PP${c.parallelism.pipeline} EP${c.parallelism.expert}, fidelity ${c.fidelity}\n`;
    const f = r.model_figures;
    out += `model: ${(f.total_params / 1e9).toFixed(2)}B parameters (${(f.active_params / 1e9).toFixed(2)}B active per token), weights ${(f.weight_bytes / 2 ** 30).toFixed(2)} GiB, KV cache ${(f.kv_cache_bytes / 2 ** 30).toFixed(3)} GiB at ${f.kv_cache_context} tokens × ${f.kv_cache_sequences}\n`;
    out += `mode ${r.mode}: batch ${c.workload.batch}, ${c.workload.input_tokens} input tokens, ${c.workload.output_tokens} output tokens, beam ${c.workload.beam}`;
    out += features.length ? `; ${features.join(', ')}\n\n` : '\n\n';
    if (r.status === 'error')
        return out + `cannot run: ${r.error.message}\n` + r.notes.map((n) => `note: ${n}\n`).join('');
    const bands = r.calibration?.bands ?? {};
    const serving = new Set(_metrics_definitions_js__WEBPACK_IMPORTED_MODULE_7__/* .SERVING_METRIC_KEYS */ .zt);
    const rows = _metrics_definitions_js__WEBPACK_IMPORTED_MODULE_7__/* .METRICS */ .Cb.filter((m) => !serving.has(m.key)).map((m) => [
        m.label,
        (0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatMetric */ .gI)(m.key, r.metrics[m.key]),
        r.metrics[m.key] === null ? '' : (0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatBand */ .pI)(bands[m.key]),
        m.primary ? 'primary' : '',
    ]);
    out += (0,_table_js__WEBPACK_IMPORTED_MODULE_14__/* .renderTable */ .bo)([{ header: 'metric' }, { header: 'value', align: 'right' }, { header: 'band', align: 'right' }, { header: '' }], rows);
    if (r.serving)
        out += `\n${renderServing(r)}`;
    out += r.calibration
        ? `\ncalibrated: profile ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .plainText */ .wh)(r.calibration.profile)} (${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .plainText */ .wh)(r.calibration.source)} ${r.calibration.id}); bands are the 90th percentile of cross-validated error`
        : '\nraw roofline (calibration: none)';
    for (const note of r.notes)
        out += `\nnote: ${note}`;
    return r.notes.length ? out + '\n' : out;
}
/** The serving table of a serving scenario: percentiles of TTFT, TPOT, ITL and E2E, then the rates (docs/serving.md). */
function renderServing(r) {
    const m = r.metrics;
    const s = r.serving;
    const cfg = r.config.serving;
    const a = cfg.arrival;
    const arrival = a.kind === 'poisson'
        ? `Poisson ${a.rate_qps} req/s`
        : a.kind === 'concurrency'
            ? `closed loop, ${a.concurrency} clients`
            : a.kind === 'burst'
                ? 'all at t = 0'
                : `trace ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .plainText */ .wh)(a.path)}`;
    let out = `serving: ${s.requests} requests, ${arrival}, seed ${cfg.seed}; ${s.iterations} iterations over ${s.duration_s.toFixed(1)} s; KV cache ${s.kv_blocks ?? 'unbounded'} blocks of ${cfg.scheduler.block_size} tokens\n`;
    const ms = (v) => (v === null ? '—' : v.toFixed(2));
    const rows = ['ttft', 'tpot', 'itl', 'e2e'].map((k) => [
        k.toUpperCase(),
        ...['mean', 'p50', 'p90', 'p99'].map((st) => ms(m[`${k}_${st}_ms`])),
    ]);
    out += (0,_table_js__WEBPACK_IMPORTED_MODULE_14__/* .renderTable */ .bo)([
        { header: 'latency (ms)' },
        { header: 'mean', align: 'right' },
        { header: 'p50', align: 'right' },
        { header: 'p90', align: 'right' },
        { header: 'p99', align: 'right' },
    ], rows);
    const rate = (k) => m[k] === null ? 'n/a' : (0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatNumber */ .ZV)(m[k]);
    out += `\nrequest throughput ${rate('request_throughput_rps')} req/s, output ${rate('output_throughput_tps')} tokens/s, goodput ${rate('goodput_rps')} req/s`;
    out += `\nKV utilisation ${m.kv_utilization === null ? 'n/a' : `${(m.kv_utilization * 100).toFixed(1)}%`}, preemptions ${rate('preemptions')}, max rate within SLO ${m.max_rate_qps === null ? '— (no percentile SLO)' : `${rate('max_rate_qps')} req/s`}\n`;
    return out;
}


/***/ })

};
