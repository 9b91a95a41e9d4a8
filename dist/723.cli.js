export const id = 723;
export const ids = [723];
export const modules = {

/***/ 4723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PROJECT_USAGE: () => (/* binding */ PROJECT_USAGE),
  checkCommand: () => (/* binding */ checkCommand),
  dryRunCommand: () => (/* binding */ dryRunCommand),
  runCommand: () => (/* binding */ runCommand),
  updateCommand: () => (/* binding */ updateCommand),
  validateManifestsCommand: () => (/* binding */ validateManifestsCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors/index.ts + 2 modules
var errors = __webpack_require__(9102);
// EXTERNAL MODULE: ./src/baselines/canonical-json.ts
var canonical_json = __webpack_require__(7793);
// EXTERNAL MODULE: ./src/baselines/file.ts + 1 modules
var baselines_file = __webpack_require__(4263);
// EXTERNAL MODULE: ./src/baselines/tolerance.ts
var tolerance = __webpack_require__(1831);
// EXTERNAL MODULE: ./src/baselines/diff.ts
var diff = __webpack_require__(1589);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/baselines/lock.ts
/**
 * One `update` at a time on a baselines folder: an exclusive lock file (`.genz-update.lock`, created with
 * O_EXCL) held from reading the old baselines to writing the new ones. A second run waits for it (polling) and
 * then reads the files the first one wrote, so no entry is lost; after `timeoutMs` it fails with a clear message.
 *
 * The lock file records who holds it: `{"host", "pid", "time", "token"}` (JSON). While it holds the lock, a run
 * touches the file every {@link LOCK_HEARTBEAT_MS} (its modification time is the heartbeat). A lock is stale, and
 * is taken over, when
 *  - it was written on this host by a process that no longer runs, or
 *  - its last heartbeat (the later of the file's mtime and its recorded time) is older than
 *    {@link LOCK_STALE_MS} (10 minutes), whatever host wrote it: a run on another machine (a shared or network
 *    folder, a container with another hostname) that crashed cannot be asked whether it still runs, and a live
 *    holder refreshes its heartbeat long before then (the work under the lock is reading and writing the files).
 *  - a lock file that cannot be read as a lock (empty, garbage, an older format) is judged by its mtime alone.
 * Taking over is race-free: the stale file is renamed to a unique name and removed only if it is still the one
 * judged stale; a lock is released only by the run whose token it holds (docs/security.md, "Concurrent updates").
 */





const LOCK_FILE = '.genz-update.lock';
/** A lock whose last heartbeat is older than this is stale on any host. */
const LOCK_STALE_MS = 10 * 60_000;
/** How often a holder refreshes its lock's mtime. */
const LOCK_HEARTBEAT_MS = 30_000;
class BaselineLockError extends errors/* UserMessageError */.TV {
    constructor(message, where) {
        super(message, where);
        this.name = 'BaselineLockError';
    }
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/** The owner recorded in a lock file's text, or null when it is not a lock this version wrote. */
function parseLockOwner(text) {
    try {
        const o = JSON.parse(text);
        if (o === null || typeof o !== 'object')
            return null;
        if (typeof o.host !== 'string' || !Number.isSafeInteger(o.pid) || !Number.isFinite(o.time) || typeof o.token !== 'string')
            return null;
        return o;
    }
    catch {
        return null;
    }
}
/**
 * Why the lock (its text and mtime) is stale, or null while it is held: the rule of this module's header.
 * `now`, `host` and `isAlive` are parameters so the rule can be tested for other hosts and clocks.
 */
function staleReason(text, mtimeMs, opts = {}) {
    const now = opts.now ?? Date.now();
    const staleMs = opts.staleMs ?? LOCK_STALE_MS;
    const owner = parseLockOwner(text);
    if (owner && owner.host === (opts.host ?? (0,external_node_os_.hostname)()) && !(opts.isAlive ?? alive)(owner.pid))
        return `process ${owner.pid} on this host has ended`;
    const heartbeat = Math.max(mtimeMs, owner?.time ?? Number.NEGATIVE_INFINITY);
    if (now - heartbeat > staleMs)
        return `no heartbeat for ${Math.round((now - heartbeat) / 1000)} s (more than ${Math.round(staleMs / 1000)} s)`;
    return null;
}
function readLock(file) {
    try {
        return { text: (0,external_node_fs_.readFileSync)(file, 'utf8'), mtimeMs: (0,external_node_fs_.statSync)(file).mtimeMs };
    }
    catch {
        return null;
    }
}
/**
 * Removes the stale lock at `file` whose text was `text`, unless another run replaced it meanwhile: the file is
 * moved aside first, and put back when what was moved is not the lock judged stale.
 */
function takeOver(file, text) {
    const aside = `${file}.stale-${(0,external_node_crypto_.randomUUID)()}`;
    try {
        (0,external_node_fs_.renameSync)(file, aside);
    }
    catch {
        return; // gone already (another run took it over first)
    }
    let moved = null;
    try {
        moved = (0,external_node_fs_.readFileSync)(aside, 'utf8');
    }
    catch {
        // unreadable: treat as the stale one
    }
    if (moved !== null && moved !== text) {
        // A fresh lock was taken between our check and the rename: give it back (unless yet another run has the path).
        try {
            (0,external_node_fs_.linkSync)(aside, file);
        }
        catch {
            // the path is taken again; the owner of `aside` will find its lock gone and its release is a no-op
        }
    }
    try {
        (0,external_node_fs_.unlinkSync)(aside);
    }
    catch {
        // nothing to remove
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Takes the lock of `dir` (created when missing), waiting up to `timeoutMs`; returns its release function. */
async function acquireBaselineLock(dir, opts = {}) {
    const timeoutMs = opts.timeoutMs ?? 120_000;
    const pollMs = opts.pollMs ?? 100;
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, LOCK_FILE);
    const start = Date.now();
    for (;;) {
        const owner = { host: (0,external_node_os_.hostname)(), pid: process.pid, time: Date.now(), token: (0,external_node_crypto_.randomUUID)() };
        const text = `${JSON.stringify(owner)}\n`;
        let fd = null;
        try {
            fd = (0,external_node_fs_.openSync)(file, 'wx');
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
        if (fd !== null) {
            try {
                (0,external_node_fs_.writeSync)(fd, text);
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
            return holdLock(file, text, opts.heartbeatMs ?? LOCK_HEARTBEAT_MS);
        }
        const held = readLock(file);
        if (held && staleReason(held.text, held.mtimeMs, { staleMs: opts.staleMs }) !== null) {
            takeOver(file, held.text);
            continue;
        }
        if (Date.now() - start >= timeoutMs) {
            const who = held ? parseLockOwner(held.text) : null;
            const by = who ? ` by process ${who.pid} on ${JSON.stringify(who.host)} since ${new Date(who.time).toISOString()}` : '';
            throw new BaselineLockError(`another 'genz update' is writing these baselines (lock ${opts.label ?? file}${by}); waited ${Math.round(timeoutMs / 1000)} s. ` +
                `Run again when it has finished; a lock without a heartbeat for ${Math.round((opts.staleMs ?? LOCK_STALE_MS) / 60_000)} minutes is taken over.`, opts.label ?? file);
        }
        await sleep(pollMs);
    }
}
/** The release function of a lock just taken; a heartbeat refreshes its mtime until then. */
function holdLock(file, text, heartbeatMs) {
    const ours = () => {
        try {
            return (0,external_node_fs_.readFileSync)(file, 'utf8') === text;
        }
        catch {
            return false;
        }
    };
    const timer = setInterval(() => {
        try {
            if (ours()) {
                const now = new Date();
                (0,external_node_fs_.utimesSync)(file, now, now);
            }
        }
        catch {
            // the next beat tries again
        }
    }, heartbeatMs);
    timer.unref();
    let released = false;
    return () => {
        if (released)
            return;
        released = true;
        clearInterval(timer);
        // Only our own lock: after a takeover the file may be another run's.
        if (!ours())
            return;
        try {
            (0,external_node_fs_.unlinkSync)(file);
        }
        catch {
            // already gone
        }
    };
}

;// CONCATENATED MODULE: ./src/baselines/index.ts
/** Baselines: canonical JSON, baseline files, tolerance rules and the diff/classification/policy. */







// EXTERNAL MODULE: ./src/safe-fs.ts
var safe_fs = __webpack_require__(1168);
// EXTERNAL MODULE: ./src/manifests/index.ts + 1 modules
var manifests = __webpack_require__(5732);
// EXTERNAL MODULE: ./src/manifests/load.ts + 3 modules
var load = __webpack_require__(7536);
// EXTERNAL MODULE: ./src/manifests/hub.ts
var manifests_hub = __webpack_require__(7605);
// EXTERNAL MODULE: ./src/metrics/definitions.ts
var definitions = __webpack_require__(6511);
;// CONCATENATED MODULE: ./src/run-report/contract.ts
const contract_RUN_REPORT_SCHEMA = 'genz-action/run-report@1';
/** At most this many points in a load curve (the max-rate search tries about 20 rates; docs/serving.md "Max rate"). */
const contract_LOAD_CURVE_MAX_POINTS = 64;
/** How many fail-on reasons a report lists (policy.reasons); policy.reasonCount counts them all. */
const POLICY_REASONS_LISTED = 1000;
/**
 * report.json on disk (`--report-json`, the action's report artifact): the RunReport with its scenarios in a
 * compact, lossless encoding (./compact.ts). Readers decode it back to a RunReport before validating it; a file
 * without `encoding` is a plain RunReport (older versions wrote that, and it is still read).
 */
const contract_RUN_REPORT_ENCODING = 'genz-action/run-report-compact@1';

// EXTERNAL MODULE: ./src/metrics/format.ts
var format = __webpack_require__(3914);
// EXTERNAL MODULE: ./src/run-report/severity.ts
var severity = __webpack_require__(3331);
;// CONCATENATED MODULE: ./src/run-report/finalize.ts
/**
 * Finalizing a RunReport: the derived fields (summary, fail-on policy and its reasons, the verdict line) computed
 * from the scenario diffs, the same way by every mode (the pipeline, `mode: post` from an artifact, `mode: merge`
 * from shard reports). Nothing here trusts a derived field it is given.
 */




const count = (n, singular, pluralForm = `${singular}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? singular : pluralForm}`;
/** "TTFT +100.0%", "Fits in memory yes → no", "TPOT no value now". */
function describeRegression(m) {
    if (m.verdict === 'missing')
        return `${m.label} no value now`;
    if (m.relDelta !== null)
        return `${m.label} ${(0,format/* formatSignedPercent */.h9)(m.relDelta)}`;
    return `${m.label} ${(0,format/* formatMetric */.gI)(m.key, m.baseline)} → ${(0,format/* formatMetric */.gI)(m.key, m.current)}`;
}
/** The one-line verdict a reviewer reads first. */
function verdictLine(summary, scenarios) {
    const n = count(summary.total, 'scenario');
    if (summary.errors > 0)
        return `${summary.errors.toLocaleString('en-US')} of ${n} could not run`;
    if (summary.regressions > 0 || summary.sloViolations > 0) {
        const parts = [];
        if (summary.regressions > 0)
            parts.push(count(summary.regressions, 'regression'));
        if (summary.sloViolations > 0)
            parts.push(count(summary.sloViolations, 'SLO violation'));
        const worst = (0,severity/* worstRegressionOfRun */.Nk)(scenarios);
        return `${parts.join(' and ')} in ${n}${worst ? ` (worst: ${describeRegression(worst.metric)} on ${worst.scenario.id})` : ''}`;
    }
    if (summary.changed > 0)
        return `${summary.changed.toLocaleString('en-US')} of ${n} changed, none worse`;
    return `No performance changes in ${n}`;
}
/** The report with summary, policy and verdict computed from its scenarios. */
function finalize_finalizeReport(draft) {
    const summary = (0,diff/* summarize */.eh)(draft.scenarios);
    const failOn = draft.policy.failOn;
    const policy = (0,diff/* evaluatePolicy */.Uz)(draft.scenarios, failOn, POLICY_REASONS_LISTED);
    return {
        schema: draft.schema,
        tool: draft.tool,
        runtime: draft.runtime,
        project: draft.project,
        policy: { failOn, fail: policy.fail, reasons: policy.reasons, reasonCount: policy.count },
        summary,
        verdict: verdictLine(summary, draft.scenarios),
        scenarios: draft.scenarios,
        shard: draft.shard,
    };
}

// EXTERNAL MODULE: ./src/simulation/index.ts + 5 modules
var simulation = __webpack_require__(4687);
;// CONCATENATED MODULE: ./src/run-report/explain.ts
const GROUP_BY_NAME = new Map([
    ...['Logit', 'Attend', 'Logit Pre', 'Logit Suf', 'Attend Pre', 'Attend Suf', 'Logit Dec', 'Attend Dec', 'Softmax'].map((n) => [n, 'attention']),
    ...['QKV', 'Out Proj'].map((n) => [n, 'QKV/O projections']),
    ...['Gate', 'up+gate', 'down', 'shared up+gate', 'shared down'].map((n) => [n, 'FFN/experts']),
    ...['embeddings', 'classifier'].map((n) => [n, 'LM head/embeddings']),
    ...['Inproj', 'Conv', 'BC proj', 'xt proj', 'deltaA', 'deltaB', 'deltaBu', 'x calc', 'y calc', 'D addition', 'out mult z', 'Out proj'].map((n) => [n, 'SSM']),
]);
/** The operator group of a row of the per-operator table. */
function operatorGroup(op) {
    if (op['Op Type'] === 'Sync')
        return 'collectives';
    const name = op['Layer Name'];
    const known = GROUP_BY_NAME.get(name);
    if (known)
        return known;
    if (/lora/i.test(name))
        return 'LoRA adapters';
    return 'other';
}
const BOUND_OF = { Compute: 'compute', Memory: 'memory', Collective: 'interconnect' };
function groupPhase(p) {
    if (!p?.operators)
        return null;
    const groups = new Map();
    const bounds = new Map();
    for (const op of p.operators) {
        if (op['Op Type'] === 'Repeat' || op['Op Type'] === 'EndRepeat' || op.Repeat === 0)
            continue;
        const ms = op['Latency (msec)'] * op.Repeat;
        if (!(ms > 0))
            continue;
        const g = operatorGroup(op);
        groups.set(g, (groups.get(g) ?? 0) + ms);
        const b = BOUND_OF[op.Bound];
        bounds.set(b, (bounds.get(b) ?? 0) + ms);
    }
    return { groups, bounds };
}
function dominantBound(p) {
    let best = null;
    let ms = 0;
    for (const [b, v] of p.bounds)
        if (v > ms)
            [best, ms] = [b, v];
    return best;
}
function sharesOf(parts) {
    const raw = [];
    const bounds = [];
    for (const part of parts) {
        const names = new Set([...(part.base?.groups.keys() ?? []), ...(part.cur?.groups.keys() ?? [])]);
        let moved = false;
        for (const g of names) {
            const before = (part.base?.groups.get(g) ?? 0) * part.weight;
            const after = (part.cur?.groups.get(g) ?? 0) * part.weight;
            const d = after - before;
            if (d !== 0) {
                moved = true;
                raw.push({ phase: part.phase, group: g, share: 0, deltaMs: d, bound: 'compute' });
            }
        }
        const b = part.cur ? dominantBound(part.cur) : null;
        if (moved && b)
            bounds.push({ phase: part.phase, bound: b });
    }
    const total = raw.reduce((a, x) => a + x.deltaMs, 0);
    if (total === 0)
        return { shares: [], bounds };
    for (const x of raw)
        x.share = x.deltaMs / total;
    raw.sort((a, b) => Math.abs(b.share) - Math.abs(a.share) || (a.group < b.group ? -1 : 1));
    return { shares: raw.slice(0, 6), bounds };
}
const decodePhase = (r) => r.phases.decode ?? r.phases.speculative;
/**
 * Why lines for the given primary metrics (those that changed), from a baseline and a current simulation run
 * with operators. Metrics whose phases have no operator table are left out.
 */
function explainChange(base, cur, changed) {
    const pb = groupPhase(base.phases.prefill);
    const pc = groupPhase(cur.phases.prefill);
    const db = groupPhase(decodePhase(base));
    const dc = groupPhase(decodePhase(cur));
    const ob = base.config.workload.output_tokens;
    const oc = cur.config.workload.output_tokens;
    const lines = [];
    for (const m of changed) {
        let parts;
        if (m.key === 'ttft_ms')
            parts = [{ phase: 'prefill', weight: 1, base: pb, cur: pc }];
        else if (m.key === 'tpot_ms' || m.key === 'tpot_peak_ms')
            parts = [{ phase: 'decode', weight: 1, base: db, cur: dc }];
        else if (m.key === 'e2e_ms')
            parts = [{ phase: 'prefill', weight: 1, base: pb, cur: pc }, ...decodeParts(db, dc, ob, oc)];
        else
            continue;
        if (parts.every((p) => p.base === null && p.cur === null))
            continue;
        const { shares, bounds } = sharesOf(parts);
        for (const x of shares) {
            const cp = x.phase === 'prefill' ? pc : dc;
            x.bound = cp ? (dominantBoundOfGroup(cp === pc ? cur.phases.prefill : decodePhase(cur), x.group) ?? x.bound) : x.bound;
        }
        lines.push({ metric: m.key, label: m.label, relDelta: m.relDelta, bounds, shares });
    }
    return lines;
}
/** Decode over a generation: (o − 1) steps, each run weighted by its own output length. */
function decodeParts(db, dc, ob, oc) {
    const wb = Math.max(0, ob - 1);
    const wc = Math.max(0, oc - 1);
    const scale = (p, w) => p && { groups: new Map([...p.groups].map(([k, v]) => [k, v * w])), bounds: new Map([...p.bounds].map(([k, v]) => [k, v * w])) };
    return [{ phase: 'decode', weight: 1, base: scale(db, wb), cur: scale(dc, wc) }];
}
function dominantBoundOfGroup(p, group) {
    if (!p?.operators)
        return null;
    const by = new Map();
    for (const op of p.operators) {
        if (op.Repeat === 0 || operatorGroup(op) !== group)
            continue;
        const b = BOUND_OF[op.Bound];
        by.set(b, (by.get(b) ?? 0) + op['Latency (msec)'] * op.Repeat);
    }
    let best = null;
    let ms = 0;
    for (const [b, v] of by)
        if (v > ms)
            [best, ms] = [b, v];
    return best;
}
/** The latency of each phase's pass split by operator group, from a run with operators (phases without a table are left out). */
function breakdownOf(run) {
    const out = [];
    const phases = [
        ['prefill', run.phases.prefill],
        ['decode', decodePhase(run)],
        ['chunk', run.phases.chunked],
    ];
    for (const [phase, p] of phases) {
        const g = groupPhase(p);
        if (!g || g.groups.size === 0)
            continue;
        const groups = [...g.groups]
            .map(([group, ms]) => ({ group, ms, bound: dominantBoundOfGroup(p, group) ?? 'compute' }))
            .sort((a, b) => b.ms - a.ms || (a.group < b.group ? -1 : 1));
        out.push({ phase, totalMs: groups.reduce((t, x) => t + x.ms, 0), groups });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/pipeline/capacity.ts
/**
 * Capacity within SLO budgets: the largest batch and the longest input that still meet every budget of a
 * scenario, found by search over the simulator (the other inputs as the scenario has them).
 *
 * The search probes powers of two up to a limit, then bisects between the largest power that meets the budgets
 * and the next one. It assumes that, above the smallest size meeting them, growing the batch or the input only
 * makes latencies worse (true of the roofline model: every operator's time grows with M, N and the context).
 * A size that cannot run (does not fit, invalid for the parallelism) misses the budgets.
 */


const CAPACITY_LIMITS = { batch: 4096, input_tokens: 131_072 };
/** The first budget a size misses, or null when it meets all. */
function missed(config, budgets) {
    let result;
    try {
        result = (0,simulation/* simulateNormalized */.qL)(config);
    }
    catch {
        return 'invalid';
    }
    if (result.status !== 'ok' || !result.metrics)
        return result.error?.kind === 'does_not_fit' ? 'must_fit' : (result.error?.kind ?? 'error');
    for (const c of (0,diff/* checkSlo */.$l)(result.metrics, budgets))
        if (c.status === 'violated')
            return c.budget;
    return null;
}
/** The largest n in [1, limit] meeting the budgets (0 when none does), and the budget that stops it. */
function largest(limit, probe) {
    let good = 0;
    let stop = null;
    let bad = 0;
    for (let n = 1; n <= limit; n *= 2) {
        const m = probe(n);
        if (m === null)
            good = n;
        else if (good > 0) {
            bad = n;
            stop = m;
            break;
        }
        else {
            stop ??= m;
            // Larger sizes only need more memory.
            if (m === 'must_fit')
                break;
        }
    }
    if (good === 0)
        return { value: 0, binding: stop };
    if (bad === 0) {
        if (good === limit)
            return { value: limit, binding: null };
        const m = probe(limit);
        if (m === null)
            return { value: limit, binding: null };
        bad = limit;
        stop = m;
    }
    while (bad - good > 1) {
        const mid = Math.floor((good + bad) / 2);
        const m = probe(mid);
        if (m === null)
            good = mid;
        else {
            bad = mid;
            stop = m;
        }
    }
    return { value: good, binding: stop };
}
/**
 * Capacity of a scenario with budgets; null without budgets, for chunked-prefill scenarios, and for serving
 * scenarios (their capacity is max_rate_qps, docs/serving.md).
 */
function capacityWithinSlo(config, budgets) {
    if (!budgets || Object.keys(budgets).length === 0 || config.mode === 'chunked' || config.serving !== undefined)
        return null;
    const base = { ...config, notes: [] };
    const batch = largest(CAPACITY_LIMITS.batch, (b) => missed({ ...base, workload: { ...base.workload, batch: b } }, budgets));
    const input = largest(CAPACITY_LIMITS.input_tokens, (i) => missed({ ...base, workload: { ...base.workload, input_tokens: i } }, budgets));
    return {
        max_batch_within_slo: batch.value,
        max_input_tokens_within_slo: input.value,
        limits: { ...CAPACITY_LIMITS },
        binding: { batch: batch.binding, input_tokens: input.binding },
    };
}

// EXTERNAL MODULE: ./src/pipeline/version.ts + 1 modules
var version = __webpack_require__(8001);
;// CONCATENATED MODULE: ./src/pipeline/pipeline.ts
/**
 * The product's main loop, shared by the CLI and the action: project config → manifests → simulation →
 * diff against committed baselines → RunReport. Nothing here talks to GitHub; writing baselines is a
 * separate step (updateBaselines) so a check never changes a file.
 */








// From the modules themselves, not the run-report index: that also exports the report validator (a large
// precompiled schema) which a check or report run loads only after simulating (action/sinks.ts).






/** Bad input: every problem with file, line, column and field. Nothing was written. */
class InputError extends errors/* UserError */.yo {
    constructor(problems) {
        super(problems);
        this.name = 'InputError';
    }
}
function leanResult(r) {
    return {
        status: r.status,
        error: r.error,
        config: r.config,
        metrics: r.metrics,
        calibration: r.calibration,
        notes: r.notes,
        simulator: r.simulator,
        ...(r.serving ? { serving: r.serving } : {}),
    };
}
const rel = (root, abs) => external_node_path_default().relative(root, abs).split((external_node_path_default()).sep).join('/') || '.';
/**
 * loadProject after fetching the Hugging Face Hub configs the manifests name (`hf:` models) into the cache
 * (src/manifests/hub.ts); a failed fetch is reported at the manifest by the loader.
 */
async function loadProjectWithHub(opts) {
    let files = [];
    try {
        const config = (0,manifests/* loadProjectConfig */.WM)({ cwd: opts.cwd, configPath: opts.configPath });
        files = (0,load/* discoverManifests */.Su)(config.root, opts.overrides?.manifests ?? config.manifests).map((f) => external_node_path_default().resolve(config.root, f));
    }
    catch {
        // A broken project config is reported by loadProject itself.
    }
    const refs = (0,manifests_hub/* hubRefsIn */.R4)(files);
    const env = (0,manifests_hub/* hubEnv */.D2)();
    const failures = refs.length > 0 ? await (0,manifests_hub/* prefetchHubModels */.lR)(refs, env) : new Map();
    return loadProject(opts, { cacheDir: env.cacheDir, failures });
}
/** Loads and validates everything before anything runs; throws InputError with every problem. */
function loadProject(opts, hub) {
    const config = (0,manifests/* loadProjectConfig */.WM)({ cwd: opts.cwd, configPath: opts.configPath });
    const o = opts.overrides ?? {};
    if (o.manifests)
        config.manifests = o.manifests;
    if (o.baselinesDir)
        config.baselinesDir = external_node_path_default().resolve(config.root, o.baselinesDir);
    if (o.failOn)
        config.failOn = o.failOn;
    if (o.template)
        config.template = external_node_path_default().resolve(config.root, o.template);
    const configLabel = config.configFile ? rel(config.root, config.configFile) : 'genz.config.yaml';
    const errors = [];
    const tol = (0,tolerance/* validateToleranceConfig */.cR)(config.tolerances ?? {});
    if (!tol.ok)
        for (const e of tol.errors)
            errors.push({ file: configLabel, line: 1, column: 1, fieldPath: e.path, message: e.message });
    const loaded = (0,manifests/* loadScenarios */.qC)({
        root: config.root,
        manifests: config.manifests,
        modelsDir: config.modelsDir,
        hardwareDir: config.hardwareDir,
        fidelity: config.fidelity,
        hub: hub ?? { cacheDir: (0,manifests_hub/* hubEnv */.D2)().cacheDir, failures: new Map() },
        limits: config.limits,
        calibration: config.calibration,
    });
    errors.push(...loaded.errors);
    // A glob that matches nothing would otherwise pass every check with zero scenarios.
    if (loaded.errors.length === 0 && loaded.files.length === 0) {
        errors.push({
            file: configLabel,
            line: 1,
            column: 1,
            fieldPath: 'manifests',
            message: `no manifest matches ${config.manifests.map((g) => `'${g}'`).join(', ')} (relative to ${config.root})`,
        });
    }
    const baselinesRel = rel(config.root, config.baselinesDir);
    if (baselinesRel.startsWith('../'))
        errors.push({ file: configLabel, line: 1, column: 1, fieldPath: 'baselines', message: 'must be a folder inside the repository' });
    const baselineOf = new Map();
    if (errors.length === 0) {
        for (const [target, manifests] of (0,baselines_file/* baselinePathCollisions */.CY)(loaded.files, baselinesRel)) {
            errors.push({
                file: manifests[1],
                line: 1,
                column: 1,
                fieldPath: '',
                message: `shares its baseline file ${target} with ${manifests[0]}; rename one of them`,
            });
        }
        for (const m of loaded.files)
            baselineOf.set(m, (0,baselines_file/* baselinePathFor */.gr)(m, baselinesRel));
    }
    if (errors.length > 0)
        throw new InputError(errors);
    return { config, scenarios: loaded.scenarios, manifests: loaded.files, tolerances: tol.ok ? tol.value : {}, baselineOf };
}
/** Inputs with their fingerprint, computed from the same object. */
function fingerprinted(inputs) {
    return { fingerprint: (0,canonical_json/* sha256Fingerprint */._7)(inputs), inputs };
}
/** What a baseline fingerprints: the normalised, resolved inputs (catalog entries included), no notes. */
function baselineInputs(config) {
    const { notes: _notes, ...inputs } = config;
    return inputs;
}
function simulateScenarios(project, opts, full = false) {
    const outcomes = [];
    forEachOutcome(project, opts, full, (o) => outcomes.push(o));
    return outcomes;
}
/** The scenarios a run selects: `filter`, then `select`, in manifest order. */
function selectedScenarios(project, opts) {
    return project.scenarios.filter((s) => (!opts.filter || (0,tolerance/* globMatch */.eu)(opts.filter, s.id)) && (!opts.select || opts.select(s.id)));
}
/**
 * Simulates the selected scenarios one at a time and hands each outcome to `visit` as soon as it exists, so a
 * caller that folds outcomes into something smaller (the check's report) never holds them all. Inputs the engine
 * rejects are collected and thrown together as one InputError after the last scenario.
 */
function forEachOutcome(project, opts, full, visit) {
    const selected = selectedScenarios(project, opts);
    const errors = [];
    for (let i = 0; i < selected.length; i++) {
        const scenario = selected[i];
        let outcome = null;
        try {
            const result = (0,simulation/* simulate */.JV)(scenario.config);
            outcome = { scenario, result: full ? result : leanResult(result), run: result.status === 'ok' ? runOf(result) : null };
        }
        catch (e) {
            if (!(e instanceof simulation/* ConfigError */.xL))
                throw e;
            for (const issue of e.issues) {
                errors.push({
                    file: scenario.manifest,
                    line: scenario.line,
                    column: scenario.column,
                    fieldPath: `${scenario.id}.${issue.field}`,
                    message: issue.message,
                });
            }
        }
        if (outcome)
            visit(outcome);
        opts.onProgress?.(i + 1, selected.length, scenario.id);
    }
    if (errors.length > 0)
        throw new InputError(errors);
}
/** What a scenario that ran would write to its baseline entry. */
function runOf(result) {
    return { ...fingerprinted(baselineInputs(result.config)), simulator: result.simulator, metrics: result.metrics };
}
/** Reads the committed baseline files of every manifest (absent files are empty). */
async function readBaselines(project) {
    const out = new Map();
    const errors = [];
    for (const [manifest, file] of project.baselineOf) {
        try {
            out.set(manifest, await (0,baselines_file/* readBaselineFile */.s$)(external_node_path_default().join(project.config.root, file), { root: project.config.root, limits: project.config.limits }));
        }
        catch (e) {
            if (!(e instanceof baselines_file/* BaselineFileError */.G5))
                throw e;
            for (const p of e.problems)
                errors.push({ ...p, file });
        }
    }
    if (errors.length > 0)
        throw new InputError(errors);
    return out;
}
function setupLine(c) {
    const parts = [c.precision, `TP${c.parallelism.tensor}`];
    if (c.parallelism.pipeline > 1)
        parts.push(`PP${c.parallelism.pipeline}`);
    if (c.parallelism.expert > 1)
        parts.push(`EP${c.parallelism.expert}`);
    parts.push(`batch ${c.workload.batch}`);
    if (c.mode === 'chunked')
        parts.push('chunked prefill');
    else
        parts.push(`${c.workload.input_tokens}→${c.workload.output_tokens} tokens${c.mode === 'full' ? '' : ` (${c.mode} only)`}`);
    if (c.workload.beam > 1)
        parts.push(`beam ${c.workload.beam}`);
    const f = c.features;
    if (f.lora)
        parts.push(`LoRA r${f.lora.rank} ${f.lora.strategy}`);
    if (!f.flash_attention.enabled)
        parts.push('no flash attention');
    if (f.memory_offload)
        parts.push('offload');
    if (f.speculative_decode)
        parts.push(`speculative (${f.speculative_decode.draft_model.name})`);
    return parts.join(' · ');
}
/** What a manifest named (a catalog/preset name, or a file) and what it resolved to, for reports. */
function resolvedName(requestedName, source, resolved) {
    const path = source.kind === 'file' ? source.path : null;
    return { requested: path ?? requestedName ?? resolved, resolved, source: source.kind, path };
}
/** `<prefix> check [--config X]`: the part of every scenario's reproduce command that does not name it. */
function reproduceBase(prefix, configFile, root) {
    const config = configFile && rel(root, configFile) !== 'genz.config.yaml' ? ` --config ${rel(root, configFile)}` : '';
    return `${prefix} check${config}`;
}
function reproduceCommand(base, id) {
    return `${base} --filter '${id.replace(/'/g, "'\\''")}'`;
}
/**
 * Every scenario id a run reports, in the report's order: the scenarios `filter` selects (manifest order), then
 * the removed baseline entries it selects, manifest by manifest. `select` is ignored: this is the whole run that
 * shards split (and that merging them restores).
 */
function runScenarioIds(project, baselines, opts) {
    const selected = (id) => !opts.filter || (0,tolerance/* globMatch */.eu)(opts.filter, id);
    const ids = project.scenarios.map((s) => s.id).filter(selected);
    for (const m of project.manifests) {
        const current = project.scenarios.filter((s) => s.manifest === m).map((s) => s.id);
        for (const r of (0,diff/* removedScenarios */.Kv)(baselines.get(m) ?? null, current))
            if (selected(r.id))
                ids.push(r.id);
    }
    return ids;
}
/**
 * One frozen copy of a value that many scenarios of a sweep repeat (their notes, calibration bands, resolved model
 * and hardware names): a 100,000-scenario report would otherwise hold 100,000 equal copies of each, and comparing
 * identical references is what makes report.json's encoder cheap. `key` identifies the value.
 */
function shared(ctx, key, value) {
    const hit = ctx.shared.get(key);
    if (hit !== undefined)
        return hit;
    ctx.shared.set(key, Object.freeze(value));
    return value;
}
/**
 * Simulates the selected scenarios, diffs each against its committed baseline entry and builds the RunReport.
 * One scenario at a time, start to finish (simulate → diff → scenario report), so what a run holds is its
 * reports, not every simulation result as well: a 100,000-scenario sweep needs that (docs/performance.md).
 * `acceptedBaselines` are the base branch's baselines (pull requests): a scenario whose entry this change
 * rewrote is also compared with the entry it replaced.
 */
function compareScenarios(project, baselines, opts, acceptedBaselines) {
    const ctx = {
        project,
        baselines,
        acceptedBaselines,
        reproduce: reproduceBase(opts.reproducePrefix ?? 'npx genz', project.config.configFile, project.config.root),
        shared: new Map(),
        tolerances: new Map(),
    };
    const scenarios = [];
    const seen = new Set();
    const once = (id) => {
        if (seen.has(id))
            throw new Error(`duplicate scenario id ${JSON.stringify(id)} in the diff input`);
        seen.add(id);
    };
    const differ = (0,diff/* scenarioDiffer */.Z5)(project.tolerances);
    forEachOutcome(project, opts, false, (o) => {
        const id = o.scenario.id;
        once(id);
        const baseline = baselines.get(o.scenario.manifest)?.scenarios.get(id) ?? null;
        const d = differ({
            id,
            current: o.run,
            error: o.result.status === 'error' ? o.result.error.message : null,
            baseline,
            slo: o.scenario.slo,
            bands: o.result.calibration?.bands ?? null,
        });
        scenarios.push(withEqualRowsView(ctx, scenarioReport(ctx, o, d, baseline)));
    });
    // Removed: baseline entries without a scenario. With a filter, only entries the filter selects.
    for (const m of project.manifests) {
        const ids = project.scenarios.filter((s) => s.manifest === m).map((s) => s.id);
        for (const r of (0,diff/* removedScenarios */.Kv)(baselines.get(m) ?? null, ids)) {
            if ((opts.filter && !(0,tolerance/* globMatch */.eu)(opts.filter, r.id)) || (opts.select && !opts.select(r.id)))
                continue;
            once(r.id);
            scenarios.push(removedReport(ctx, (0,diff/* diffRemoved */.GN)(r), m));
        }
    }
    const root = project.config.root;
    const report = finalize_finalizeReport({
        schema: contract_RUN_REPORT_SCHEMA,
        tool: { name: 'genz-action', version: version/* TOOL_VERSION */.wr, simulator: simulation/* SIMULATOR_VERSION */.yz },
        runtime: { node: process.version, platform: process.platform, arch: process.arch },
        project: {
            config: project.config.configFile ? rel(root, project.config.configFile) : null,
            manifests: project.manifests,
            baselines: rel(root, project.config.baselinesDir),
        },
        policy: { failOn: project.config.failOn },
        scenarios,
        shard: null,
    });
    return { report };
}
/** The row shape of scenario reports that rebuild their rows from their current values (see withEqualRowsView). */
const EQUAL_ROWS = Symbol('genz-action: equal metric rows');
/** The `metrics` of a report viewed by {@link withEqualRowsView}: built anew from the shape and `current` on each read. */
function equalRows() {
    const current = this.current;
    return this[EQUAL_ROWS].map(({ def, tolerance }) => {
        const v = current[def.key];
        const numeric = typeof v === 'number';
        return {
            key: def.key,
            label: def.label,
            unit: def.unit,
            direction: def.direction,
            primary: def.primary,
            kind: def.kind,
            baseline: v,
            current: v,
            delta: numeric ? 0 : null,
            relDelta: numeric && v !== 0 ? 0 : null,
            tolerance,
            verdict: 'equal',
        };
    });
}
/** Whether `equalRows` gives `m` back for a report whose current values are `current`. */
function rebuildsAsEqual(m, current) {
    const v = m.current;
    const numeric = typeof v === 'number';
    const def = definitions/* METRIC_BY_KEY */.bu.get(m.key);
    return (def !== undefined &&
        m.verdict === 'equal' &&
        Object.is(m.baseline, v) &&
        Object.is(current[m.key], v) &&
        m.delta === (numeric ? 0 : null) &&
        Object.is(m.relDelta, numeric && v !== 0 ? 0 : null) &&
        m.label === def.label &&
        m.unit === def.unit &&
        m.direction === def.direction &&
        m.primary === def.primary &&
        m.kind === def.kind);
}
/**
 * Most scenarios of a sweep are unchanged: every metric row says "equal" and repeats the scenario's current value.
 * Such a report keeps one shared row shape instead of its rows (about 2 KB of a 4.5 KB report; a 100,000-scenario
 * check held 200 MB of them) and its `metrics` property rebuilds equal rows from `current` each time it is read:
 * an own enumerable accessor, so JSON, spreads and equality see the same rows as before. Only where every row
 * rebuilds exactly (checked here) and the report has its current values; other reports are returned as they are.
 */
function withEqualRowsView(ctx, r) {
    const current = r.current;
    if (r.classification !== 'unchanged' || current === null || r.metrics.length === 0 || !r.metrics.every((m) => rebuildsAsEqual(m, current)))
        return r;
    const key = `rows:${r.metrics.map((m) => `${m.key}#${toleranceIndex(ctx, m.tolerance)}`).join(',')}`;
    const shape = shared(ctx, key, r.metrics.map((m) => ({ def: definitions/* METRIC_BY_KEY */.bu.get(m.key), tolerance: m.tolerance })));
    const view = new EqualRowsReport(r, shape);
    // Every property of the report must have been carried over (a field added to ScenarioReport and not to the
    // class below would be lost): else the report stays as it is.
    return Object.keys(view).length === Object.keys(r).length ? view : r;
}
/**
 * A scenario report whose `metrics` is the equal-rows accessor (one shared getter), its properties in the order
 * scenarioReport gives them. Named stores in a constructor keep every such report in one hidden class with its
 * properties in the object (an object grown by computed keys turns into a dictionary of about 1.5 KB).
 */
class EqualRowsReport {
    constructor(r, shape) {
        this.id = r.id;
        this.classification = r.classification;
        this.hasRegression = r.hasRegression;
        this.hasImprovement = r.hasImprovement;
        this.hasMetricChanges = r.hasMetricChanges;
        this.inputsChanged = r.inputsChanged;
        this.changedInputs = r.changedInputs;
        this.simulatorChanged = r.simulatorChanged;
        this.baselineFingerprint = r.baselineFingerprint;
        this.currentFingerprint = r.currentFingerprint;
        this.baselineSimulator = r.baselineSimulator;
        this.currentSimulator = r.currentSimulator;
        this.error = r.error;
        Object.defineProperty(this, 'metrics', { get: equalRows, enumerable: true, configurable: true });
        this.slo = r.slo;
        this.sloViolated = r.sloViolated;
        this.description = r.description;
        this.manifest = r.manifest;
        this.line = r.line;
        this.column = r.column;
        this.model = r.model;
        this.hardware = r.hardware;
        this.setup = r.setup;
        this.current = r.current;
        if (Object.hasOwn(r, 'bands'))
            this.bands = r.bands;
        this.reproduce = r.reproduce;
        this.notes = r.notes;
        this.accepted = r.accepted;
        this.errorKind = r.errorKind;
        this.inputChanges = r.inputChanges;
        this.capacity = r.capacity;
        this.why = r.why;
        if (Object.hasOwn(r, 'breakdown'))
            this.breakdown = r.breakdown;
        if (Object.hasOwn(r, 'loadCurve'))
            this.loadCurve = r.loadCurve;
        Object.defineProperty(this, EQUAL_ROWS, { value: shape });
    }
}
/** A small number per distinct tolerance object of the run (they are shared, frozen objects). */
function toleranceIndex(ctx, t) {
    let i = ctx.tolerances.get(t);
    if (i === undefined) {
        i = ctx.tolerances.size;
        ctx.tolerances.set(t, i);
    }
    return i;
}
/** The report of a scenario that was simulated. */
function scenarioReport(ctx, o, d, baseline) {
    const { project } = ctx;
    const s = o.scenario;
    const c = o.result.config;
    const ok = o.result.status === 'ok';
    let accepted = null;
    if (ctx.acceptedBaselines && o.run) {
        const before = ctx.acceptedBaselines.get(s.manifest)?.scenarios.get(d.id) ?? null;
        // Only where this PR rewrote the baseline entry: compare with the base branch's.
        if (before && baseline && !(0,baselines_file/* sameBaselineEntry */.mw)(before, baseline)) {
            const a = (0,diff/* diffScenario */.Av)({ id: d.id, current: o.run, baseline: before }, project.tolerances);
            accepted = { classification: a.classification, hasRegression: a.hasRegression, metrics: a.metrics };
        }
    }
    return {
        ...d,
        description: s.description ?? null,
        manifest: s.manifest,
        line: s.line,
        column: s.column,
        model: sharedName(ctx, resolvedName(s.modelSource.kind === 'catalog' ? s.modelSource.requested : null, s.modelSource, c.model.name)),
        hardware: sharedName(ctx, resolvedName(s.hardwareSource.kind === 'preset' ? s.hardwareSource.name : null, s.hardwareSource, c.hardware.name)),
        setup: setupLine(c),
        current: o.result.metrics ?? null,
        ...(o.result.calibration ? { bands: shared(ctx, `bands:${JSON.stringify(o.result.calibration.bands)}`, o.result.calibration.bands) } : {}),
        reproduce: reproduceCommand(ctx.reproduce, d.id),
        notes: shared(ctx, `notes:${JSON.stringify(o.result.notes ?? [])}`, o.result.notes ?? []),
        accepted,
        errorKind: o.result.error?.kind ?? null,
        inputChanges: d.inputsChanged && o.run ? inputChangesOf(baseline?.inputs, o.run.inputs) : [],
        capacity: ok && s.slo ? capacityWithinSlo(c, s.slo) : null,
        why: d.inputsChanged ? whyItMoved(o, baseline?.inputs, d) : [],
        ...(ok && d.classification !== 'unchanged' ? { breakdown: breakdownFor(o) } : {}),
        ...(ok && o.result.serving && o.result.serving.load_curve.length > 0 ? { loadCurve: loadCurveFor(o.result) } : {}),
    };
}
function sharedName(ctx, n) {
    return shared(ctx, `name:${JSON.stringify([n.requested, n.resolved, n.source, n.path])}`, n);
}
/** The report of a baseline entry whose scenario is gone. */
function removedReport(ctx, d, manifest) {
    return {
        ...d,
        description: null,
        manifest,
        line: null,
        column: null,
        model: null,
        hardware: null,
        setup: null,
        current: null,
        reproduce: reproduceCommand(ctx.reproduce, d.id),
        notes: [],
        accepted: null,
        errorKind: null,
        inputChanges: [],
        capacity: null,
        why: [],
    };
}
/** Changed inputs with their baseline and current values (the report describes them; see describeInputChanges). */
function inputChangesOf(before, after) {
    return (0,diff/* diffInputValues */.gj)(before, after);
}
const EXPLAINED = ['ttft_ms', 'tpot_ms', 'e2e_ms'];
/**
 * Why the primary latencies moved: the baseline run is re-simulated from the inputs its entry recorded (so
 * baselines stay small: no per-operator data in them), the current one with its per-operator tables, and the
 * change split by phase and operator group (src/run-report/explain.ts). Only when the inputs changed: with the
 * same inputs, a change comes from the simulator, whose old version is not here to ask. Empty when the
 * recorded inputs no longer simulate (e.g. written by an older simulator with another input shape).
 */
function whyItMoved(o, baselineInputs, d) {
    const changed = d.metrics.filter((m) => m.primary &&
        EXPLAINED.includes(m.key) &&
        m.verdict !== 'equal' &&
        m.verdict !== 'within' &&
        typeof m.baseline === 'number' &&
        typeof m.current === 'number');
    if (changed.length === 0 || o.result.status !== 'ok' || typeof baselineInputs !== 'object' || baselineInputs === null)
        return [];
    try {
        const base = (0,simulation/* simulateNormalized */.qL)({ ...baselineInputs, notes: [] }, { operators: true });
        if (base.status !== 'ok')
            return [];
        const cur = (0,simulation/* simulateNormalized */.qL)(o.result.config, { operators: true });
        return explainChange(base, cur, changed);
    }
    catch {
        return [];
    }
}
/** The current run's latency by phase and operator group (the HTML report's breakdown chart). */
function breakdownFor(o) {
    try {
        return breakdownOf((0,simulation/* simulateNormalized */.qL)(o.result.config, { operators: true }));
    }
    catch {
        return [];
    }
}
/**
 * A serving run's latency-vs-load curve (the rates its max-rate search tried; the HTML report's chart), with
 * its p99 budgets and max_rate_qps. Already computed by the run: nothing is re-simulated. A longer curve than
 * LOAD_CURVE_MAX_POINTS keeps evenly spaced points, the first and the last among them.
 */
function loadCurveFor(result) {
    const all = result.serving?.load_curve ?? [];
    const n = Math.min(all.length, contract_LOAD_CURVE_MAX_POINTS);
    const picked = all.length <= n ? all : Array.from({ length: n }, (_, i) => all[Math.round((i * (all.length - 1)) / (n - 1))]);
    const budgets = result.config.serving?.slo.percentiles ?? {};
    const finite = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
    const maxRate = result.metrics?.max_rate_qps;
    return {
        points: picked.map((p) => ({ rateQps: p.rate_qps, ttftP99Ms: finite(p.ttft_p99_ms), tpotP99Ms: finite(p.tpot_p99_ms), sloHolds: p.slo_holds })),
        ttftP99BudgetMs: finite(budgets.ttft_p99_ms),
        tpotP99BudgetMs: finite(budgets.tpot_p99_ms),
        maxRateQps: typeof maxRate === 'number' ? finite(maxRate) : null,
    };
}
/** The one-line verdict (kept here for callers of the pipeline; defined in src/run-report/finalize.ts). */

/**
 * A `filter` that selects nothing (no scenario, and no baseline entry when `baselines` are given) is an input
 * error, like a manifest glob that matches nothing: otherwise a typo passes every check with zero scenarios.
 */
function assertFilterMatches(project, opts, baselines) {
    if (!opts.filter)
        return;
    const ids = baselines ? runScenarioIds(project, baselines, opts) : project.scenarios.map((s) => s.id).filter((id) => (0,tolerance/* globMatch */.eu)(opts.filter, id));
    if (ids.length > 0)
        return;
    const configLabel = project.config.configFile ? rel(project.config.root, project.config.configFile) : 'genz.config.yaml';
    const known = project.scenarios.map((s) => s.id);
    const shown = known
        .slice(0, 5)
        .map((id) => `'${id}'`)
        .join(', ');
    throw new InputError([
        {
            file: configLabel,
            line: 1,
            column: 1,
            fieldPath: 'filter',
            message: `--filter '${opts.filter}' matches no scenario${baselines ? ' or baseline entry' : ''} (use * and ? as wildcards; scenarios include ${shown}${known.length > 5 ? `, … ${known.length} in all` : ''})`,
        },
    ]);
}
/** check / dry-run: the whole loop, reading baselines, writing nothing. */
async function runCheck(opts) {
    const project = await loadProjectWithHub(opts);
    const baselines = await readBaselines(project);
    assertFilterMatches(project, opts, baselines);
    return { ...compareScenarios(project, baselines, opts), project };
}
/**
 * Rewrites the baseline files from fresh simulations. Scenarios that cannot run keep their old entry
 * (and are reported); with a filter, entries the filter does not select are kept as they were.
 * Files are written atomically and only when their bytes change: running it twice changes nothing.
 */
async function updateBaselines(opts) {
    const project = await loadProjectWithHub(opts);
    const outcomes = simulateScenarios(project, opts);
    // The baselines folder must really be inside the repository (a committed symlink may lead elsewhere).
    const root = project.config.root;
    const where = (0,safe_fs/* writableInside */.pE)(root, external_node_path_default().join(project.config.baselinesDir, LOCK_FILE));
    if (!where.ok) {
        throw new InputError([
            {
                file: rel(root, project.config.baselinesDir),
                line: 1,
                column: 1,
                fieldPath: 'baselines',
                message: `the baselines folder is ${where.reason.replace(/^refused: /, '')}`,
            },
        ]);
    }
    // One update at a time per baselines folder, from reading the old entries to writing the new ones.
    const release = await acquireBaselineLock(project.config.baselinesDir, {
        label: rel(project.config.root, external_node_path_default().join(project.config.baselinesDir, LOCK_FILE)),
    });
    try {
        return await updateLocked(project, outcomes, opts);
    }
    finally {
        release();
    }
}
async function updateLocked(project, outcomes, opts) {
    const existing = await readBaselines(project);
    assertFilterMatches(project, opts, existing);
    const changes = [];
    const failed = outcomes.filter((o) => o.run === null);
    // Linear in the scenarios: outcomes and scenarios indexed once (sweeps have 100,000 of them).
    const outcomeById = new Map(outcomes.map((o) => [o.scenario.id, o]));
    const idsOf = new Map();
    for (const s of project.scenarios) {
        const list = idsOf.get(s.manifest);
        if (list)
            list.push(s.id);
        else
            idsOf.set(s.manifest, [s.id]);
    }
    for (const manifest of project.manifests) {
        const file = project.baselineOf.get(manifest);
        // Scenario ids are user data: Maps only (an id may be `constructor` or `__proto__`).
        const stored = existing.get(manifest)?.scenarios;
        const old = new Map((stored?.ids() ?? []).map((id) => [id, stored.get(id)]));
        const runs = new Map();
        const ids = idsOf.get(manifest) ?? [];
        const idSet = new Set(ids);
        for (const id of ids) {
            const o = outcomeById.get(id);
            if (o?.run)
                runs.set(id, o.run);
            else if (old.has(id))
                runs.set(id, old.get(id)); // not selected by the filter, or could not run: keep
        }
        if (opts.filter) {
            // Keep entries of removed scenarios the filter does not select.
            for (const [id, entry] of old)
                if (!idSet.has(id) && !(0,tolerance/* globMatch */.eu)(opts.filter, id))
                    runs.set(id, entry);
        }
        const next = (0,diff/* buildBaselineFile */.M)(manifest, Object.fromEntries(runs));
        const outcome = await (0,baselines_file/* writeBaselineFileAtomic */.Oy)(external_node_path_default().join(project.config.root, file), next, { root: project.config.root });
        const nextIds = Object.keys(next.scenarios);
        const nextSet = new Set(nextIds);
        const added = nextIds.filter((id) => !old.has(id));
        const removed = [...old.keys()].filter((id) => !nextSet.has(id));
        const changed = nextIds.filter((id) => old.has(id) && !(0,baselines_file/* sameBaselineEntry */.mw)(old.get(id), next.scenarios[id]));
        changes.push({ file, outcome, added, changed, removed });
    }
    return { changes, failed, project };
}

// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(8508);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/report/templates.ts
// Generated by scripts/embed-templates.mjs from templates/*.md.hbs. Do not edit: edit the template and rerun
// `node scripts/embed-templates.mjs`.
/** The default report (full and collapsed levels). Source: templates/report.md.hbs. */
const REPORT_TEMPLATE = "{{!--\n  The default genz-action report: GitHub-flavoured Markdown for the pull request comment and the job summary.\n\n  Compiled WITHOUT HTML escaping. Every user-provided string (scenario ids, descriptions, paths, model and\n  hardware names, error messages) must go through {{md …}} (inline text) or {{code …}} (a code span; add\n  table=true inside table cells). The other helpers return text genz-action produced, safe as is.\n  Context and helpers: src/report/render.ts. After rendering, runs of blank lines collapse to one and trailing\n  spaces are removed, so blank lines here only need to be \"at least one\".\n\n  After editing, run `node scripts/embed-templates.mjs` (src/report/templates.ts embeds this file).\n--}}\n{{#*inline \"scenario\"}}\n**{{md scenario.id}}**{{#if (target scenario)}} — {{target scenario}}{{/if}}{{#if scenario.setup}} · {{md scenario.setup}}{{/if}}\n{{#if scenario.description}}\n\n_{{md scenario.description}}_\n{{/if}}\n{{/inline}}\n{{#*inline \"metrics\"}}\n| Metric | {{baselineHeader}} | Current | Change |\n| :-- | --: | --: | :-- |\n{{#each rows}}\n| {{label this}} | {{metric key baseline}} | {{metric key current}} | {{change this}} |\n{{/each}}\n{{/inline}}\n{{#*inline \"values\"}}\n{{#if (anyValue entries \"chunk_latency_ms\")}}\n| Scenario | Model on hardware | TTFT | TPOT | E2E | Chunk | Total throughput | Memory |\n| :-- | :-- | --: | --: | --: | --: | --: | --: |\n{{#each entries}}\n{{#unless values.ttft_p99_ms}}\n| {{md scenario.id}} | {{target scenario}} | {{metric \"ttft_ms\" values.ttft_ms bands.ttft_ms}} | {{metric \"tpot_ms\" values.tpot_ms bands.tpot_ms}} | {{metric \"e2e_ms\" values.e2e_ms bands.e2e_ms}} | {{metric \"chunk_latency_ms\" values.chunk_latency_ms bands.chunk_latency_ms}} | {{metric \"total_throughput_tps\" values.total_throughput_tps bands.total_throughput_tps}} | {{metric \"total_memory_gb\" values.total_memory_gb}} |\n{{/unless}}\n{{/each}}\n{{else}}\n| Scenario | Model on hardware | TTFT | TPOT | E2E | Total throughput | Memory |\n| :-- | :-- | --: | --: | --: | --: | --: |\n{{#each entries}}\n{{#unless values.ttft_p99_ms}}\n| {{md scenario.id}} | {{target scenario}} | {{metric \"ttft_ms\" values.ttft_ms bands.ttft_ms}} | {{metric \"tpot_ms\" values.tpot_ms bands.tpot_ms}} | {{metric \"e2e_ms\" values.e2e_ms bands.e2e_ms}} | {{metric \"total_throughput_tps\" values.total_throughput_tps bands.total_throughput_tps}} | {{metric \"total_memory_gb\" values.total_memory_gb}} |\n{{/unless}}\n{{/each}}\n{{/if}}\n{{#if (anyValue entries \"ttft_p99_ms\")}}\n\n| Serving scenario | p99 TTFT | p99 TPOT | Goodput | Max rate within SLO |\n| :-- | --: | --: | --: | --: |\n{{#each entries}}\n{{#if values.ttft_p99_ms}}\n| {{md scenario.id}} | {{metric \"ttft_p99_ms\" values.ttft_p99_ms}} | {{metric \"tpot_p99_ms\" values.tpot_p99_ms}} | {{metric \"goodput_rps\" values.goodput_rps}} | {{metric \"max_rate_qps\" values.max_rate_qps}} |\n{{/if}}\n{{/each}}\n{{/if}}\n{{/inline}}\n### {{emoji}} {{md report.verdict}}\n\n{{plural report.summary.total \"scenario\"}}{{#if counts.length}}: {{join counts \" · \"}}{{/if}}{{#if report.summary.sloViolations}} · {{plural report.summary.sloViolations \"SLO violation\"}}{{/if}}{{#if report.summary.withinTolerance}} · {{plural report.summary.withinTolerance \"metric difference\"}} within tolerance{{/if}}\n{{#if accepted.length}}\n\n⚠️ {{plural accepted.length \"regression\"}} accepted in this pull request by refreshing baselines (see below).\n{{/if}}\n{{#if overview.length}}\n\n#### Changed scenarios ({{count changedTotal}})\n\nWorst first: 🔴 worse · 🟢 better · 🔧 inputs changed, nothing worse · 🔁 simulator changed. Baseline → current (change).\n\n| | Scenario | Inputs changed | TTFT | TPOT | E2E | Total throughput |\n| :-: | :-- | :-- | --: | --: | --: | --: |\n{{#each overview}}\n| {{status}} | {{md scenario.id}} | {{inputsText}} | {{ttft}} | {{tpot}} | {{e2e}} | {{total}} |\n{{/each}}\n{{#if overviewServing.length}}\n\nServing under load (docs/serving.md):\n\n| | Scenario | p99 TTFT | p99 TPOT | Goodput | Max rate within SLO |\n| :-: | :-- | --: | --: | --: | --: |\n{{#each overviewServing}}\n| {{status}} | {{md scenario.id}} | {{serving.ttftP99}} | {{serving.tpotP99}} | {{serving.goodput}} | {{serving.maxRate}} |\n{{/each}}\n{{/if}}\n{{#if overviewMore}}\n\n… and {{count overviewMore}} more changed scenarios ({{join overviewMoreCounts \", \"}}), left out to fit the size limit: see {{hint}}.\n{{/if}}\n{{else}}\n{{#if changedTotal}}\n\n{{plural changedTotal \"changed scenario\"}} ({{join overviewMoreCounts \", \"}}), left out to fit the size limit: see {{hint}}.\n{{/if}}\n{{/if}}\n{{#if chart}}\n\n{{chart}}\n{{/if}}\n{{#if sloRows.length}}\n\n#### 🎯 SLO violations ({{count report.summary.sloViolations}})\n\n| Scenario | Missed | Headroom | Max batch within SLO | Max input within SLO |\n| :-- | :-- | --: | --: | --: |\n{{#each sloRows}}\n| {{md scenario.id}} | {{join missed \"<br>\"}} | {{join headroom \"<br>\"}} | {{maxBatch}} | {{maxInput}} |\n{{/each}}\n{{#if sloMore}}\n\n… and {{plural sloMore \"more scenario\"}} over budget: see {{hint}}.\n{{/if}}\n{{/if}}\n{{#if capacityRows.length}}\n\n<details><summary>Capacity within SLO budgets ({{plural capacityRows.length \"scenario\"}} meeting them)</summary>\n\n| Scenario | Budgets | Max batch within SLO | Max input within SLO |\n| :-- | :-- | --: | --: |\n{{#each capacityRows}}\n| {{md scenario.id}} | {{join budgets \"<br>\"}} | {{maxBatch}} | {{maxInput}} |\n{{/each}}\n\n</details>\n{{/if}}\n{{#if details.length}}\n\n<details><summary>Details of {{plural details.length \"changed scenario\"}}{{#if detailsMore}} (the first; {{count detailsMore}} more in report.json){{/if}}</summary>\n{{#each details}}\n\n{{> scenario}}\n{{#if why.length}}\n\n{{#each why}}\n- {{md this}}\n{{/each}}\n{{/if}}\n{{#if inputChanges.length}}\n\nInputs changed: {{mdLines inputChanges \", \"}}\n{{/if}}\n\n{{> metrics baselineHeader=\"Baseline\"}}\n\nReproduce: {{code scenario.reproduce}}\n{{/each}}\n\n</details>\n{{/if}}\n{{#if accepted.length}}\n\n#### ⚠️ Accepted in this PR ({{count accepted.length}})\n\nThis pull request rewrote these baselines; compared with the base branch's baselines, they regressed.\n{{#each accepted}}\n\n{{> scenario}}\n\n{{> metrics baselineHeader=\"Base branch\"}}\n{{/each}}\n{{/if}}\n{{#if errorGroups.length}}\n\n#### 💥 Errors ({{count errors.length}})\n{{#each errorGroups}}\n\n{{#if (or (gt entries.length 1) more)}}\n**{{plural (plus entries.length more) \"scenario\"}}: {{md title}}.**{{#if fix}} {{fix}}{{/if}}\n\n<details><summary>{{plural (plus entries.length more) \"scenario\"}}</summary>\n\n{{#each entries}}\n- {{md scenario.id}}{{#if ../varied}}: {{md scenario.error}}{{/if}}\n{{/each}}\n{{#if more}}\n- … and {{count more}} more\n{{/if}}\n\nReproduce one: {{code entries.0.scenario.reproduce}}\n\n</details>\n{{else}}\n**{{md entries.0.scenario.id}}**{{#if (target entries.0.scenario)}} — {{target entries.0.scenario}}{{/if}}: {{md entries.0.scenario.error}}{{#if fix}} {{fix}}{{/if}}<br>Reproduce: {{code entries.0.scenario.reproduce}}\n{{/if}}\n{{/each}}\n{{/if}}\n{{#if added.length}}\n\n{{#if collapsed}}\n🆕 {{plural added.length \"new scenario\"}} without a baseline.\n{{else}}\n<details><summary>🆕 {{plural added.length \"new scenario\"}} without a baseline</summary>\n\n{{> values entries=addedListed}}\n{{#if addedMore}}\n\n… and {{count addedMore}} more (every scenario is in report.json).\n{{/if}}\n\n</details>\n{{/if}}\n{{/if}}\n{{#if removed.length}}\n\n<details><summary>🗑️ {{plural removed.length \"removed scenario\"}} (baseline entries remain until refreshed)</summary>\n\n{{#each removedListed}}\n- {{md scenario.id}}{{#if scenario.manifest}} ({{md scenario.manifest}}){{/if}}\n{{/each}}\n{{#if removedMore}}\n- … and {{count removedMore}} more\n{{/if}}\n\n</details>\n{{/if}}\n{{#if simulatorChanged.length}}\n\n<details><summary>🔁 {{plural simulatorChanged.length \"scenario\"}} with another simulator version, metrics within tolerance</summary>\n\n{{#each simulatorChangedListed}}\n- {{md scenario.id}}: {{code scenario.baselineSimulator}} → {{code scenario.currentSimulator}}\n{{/each}}\n{{#if simulatorChangedMore}}\n- … and {{count simulatorChangedMore}} more\n{{/if}}\n\n</details>\n{{/if}}\n{{#if noteGroups.length}}\n\n<details><summary>ℹ️ Simulator notes on changed scenarios ({{count noteGroups.length}})</summary>\n\n{{#each noteGroups}}\n- {{md text}} ({{#each ids}}{{#if @index}}, {{/if}}{{md this}}{{/each}}{{#if more}}, … and {{count more}} more{{/if}})\n{{/each}}\n\n</details>\n{{/if}}\n{{#if unchanged.length}}\n\n{{#if collapsed}}\n{{plural unchanged.length \"unchanged scenario\"}}.\n{{else}}\n<details><summary>{{plural unchanged.length \"unchanged scenario\"}}</summary>\n\n{{> values entries=unchangedListed}}\n{{#if unchangedMore}}\n\n… and {{count unchangedMore}} more (every scenario is in report.json).\n{{/if}}\n\n</details>\n{{/if}}\n{{/if}}\n\n---\n\n{{#if report.policy.fail}}❌ **This check fails**{{else}}This check passes{{/if}} under the fail-on policy {{code report.policy.failOn}}{{#if report.policy.reasonCount}} ({{plural report.policy.reasonCount \"reason\"}}){{/if}}.\n{{#if showRefresh}}\nIf these changes are intended, refresh the baselines with {{code updateCommand}} and commit the files under {{code report.project.baselines}}.\n{{/if}}\n\n<sub>genz-action {{md report.tool.version}} · simulator {{md report.tool.simulator}}{{#if report.shard}} · shard {{report.shard.index}} of {{report.shard.total}}{{/if}}</sub>\n";
/** The short report, when the full one does not fit. Source: templates/short.md.hbs. */
const SHORT_TEMPLATE = "{{!--\n  The short genz-action report, used when the full report does not fit in a comment or job summary: the verdict,\n  counts per classification and the most severe flagged scenarios with their reproduce commands.\n  Same rules and helpers as report.md.hbs (user strings through {{md …}} or {{code …}}).\n\n  After editing, run `node scripts/embed-templates.mjs` (src/report/templates.ts embeds this file).\n--}}\n### {{emoji}} {{md report.verdict}}\n\n{{plural report.summary.total \"scenario\"}}{{#if counts.length}}: {{join counts \" · \"}}{{/if}}{{#if report.summary.sloViolations}} · {{plural report.summary.sloViolations \"SLO violation\"}}{{/if}}\n{{#if accepted.length}}\n\n⚠️ {{plural accepted.length \"regression\"}} accepted in this pull request by refreshing baselines.\n{{/if}}\n{{#if top.length}}\n\n#### Most severe ({{count top.length}} of {{count flagged}})\n\n{{#each top}}\n- **{{md scenario.id}}**{{#if (target scenario)}} — {{target scenario}}{{/if}}: {{md headline}} · {{code scenario.reproduce}}\n{{/each}}\n{{#if (gt flagged top.length)}}\n- … and {{count (minus flagged top.length)}} more\n{{/if}}\n{{/if}}\n\nThe full report is too long for this {{medium}}: see {{hint}}.\n\n---\n\n{{#if report.policy.fail}}❌ **This check fails**{{else}}This check passes{{/if}} under the fail-on policy {{code report.policy.failOn}}{{#if report.policy.reasonCount}} ({{plural report.policy.reasonCount \"reason\"}}){{/if}}.\n\n{{#if showRefresh}}\nIf these changes are intended, refresh the baselines with {{code updateCommand}} and commit the files under {{code report.project.baselines}}.\n{{/if}}\n\n<sub>genz-action {{md report.tool.version}} · simulator {{md report.tool.simulator}}{{#if report.shard}} · shard {{report.shard.index}} of {{report.shard.total}}{{/if}}</sub>\n";

;// CONCATENATED MODULE: ./src/report/templates.precompiled.js
// Generated by scripts/embed-templates.mjs from templates/*.md.hbs (Handlebars.precompile, noEscape). Do not edit:
// edit the template and rerun `node scripts/embed-templates.mjs`.
/* eslint-disable */

/** REPORT_TEMPLATE, precompiled. Source: templates/report.md.hbs. */
const REPORT_TEMPLATE_SPEC = {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"id") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":2},"end":{"line":13,"column":20}}})) != null ? stack1 : "")
    + "**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"target")||(depth0 && lookupProperty(depth0,"target"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"scenario") : depth0),{"name":"target","hash":{},"data":data,"loc":{"start":{"line":13,"column":28},"end":{"line":13,"column":45}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":22},"end":{"line":13,"column":76}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"setup") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":76},"end":{"line":13,"column":129}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"description") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " — "
    + ((stack1 = (lookupProperty(helpers,"target")||(depth0 && lookupProperty(depth0,"target"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"scenario") : depth0),{"name":"target","hash":{},"data":data,"loc":{"start":{"line":13,"column":50},"end":{"line":13,"column":69}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"setup") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":101},"end":{"line":13,"column":122}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n_"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"description") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":1},"end":{"line":16,"column":28}}})) != null ? stack1 : "")
    + "_\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Metric | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"baselineHeader") || (depth0 != null ? lookupProperty(depth0,"baselineHeader") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"baselineHeader","hash":{},"data":data,"loc":{"start":{"line":20,"column":11},"end":{"line":20,"column":29}}}) : helper))) != null ? stack1 : "")
    + " | Current | Change |\n| :-- | --: | --: | :-- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"rows") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":24,"column":9}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"label")||(depth0 && lookupProperty(depth0,"label"))||alias2).call(alias1,depth0,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":23,"column":2},"end":{"line":23,"column":16}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"key") : depth0),(depth0 != null ? lookupProperty(depth0,"baseline") : depth0),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":23,"column":19},"end":{"line":23,"column":42}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"key") : depth0),(depth0 != null ? lookupProperty(depth0,"current") : depth0),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":23,"column":45},"end":{"line":23,"column":67}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"change")||(depth0 && lookupProperty(depth0,"change"))||alias2).call(alias1,depth0,{"name":"change","hash":{},"data":data,"loc":{"start":{"line":23,"column":70},"end":{"line":23,"column":85}}})) != null ? stack1 : "")
    + " |\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"anyValue")||(depth0 && lookupProperty(depth0,"anyValue"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"entries") : depth0),"chunk_latency_ms",{"name":"anyValue","hash":{},"data":data,"loc":{"start":{"line":27,"column":6},"end":{"line":27,"column":43}}}),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":43,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"anyValue")||(depth0 && lookupProperty(depth0,"anyValue"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"entries") : depth0),"ttft_p99_ms",{"name":"anyValue","hash":{},"data":data,"loc":{"start":{"line":44,"column":6},"end":{"line":44,"column":38}}}),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":53,"column":7}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Scenario | Model on hardware | TTFT | TPOT | E2E | Chunk | Total throughput | Memory |\n| :-- | :-- | --: | --: | --: | --: | --: | --: |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"entries") : depth0),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":34,"column":9}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"ttft_p99_ms") : stack1),{"name":"unless","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":33,"column":11}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"id") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":2},"end":{"line":32,"column":20}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"target")||(depth0 && lookupProperty(depth0,"target"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"scenario") : depth0),{"name":"target","hash":{},"data":data,"loc":{"start":{"line":32,"column":23},"end":{"line":32,"column":42}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,"ttft_ms",((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"ttft_ms") : stack1),((stack1 = (depth0 != null ? lookupProperty(depth0,"bands") : depth0)) != null ? lookupProperty(stack1,"ttft_ms") : stack1),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":32,"column":45},"end":{"line":32,"column":94}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,"tpot_ms",((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"tpot_ms") : stack1),((stack1 = (depth0 != null ? lookupProperty(depth0,"bands") : depth0)) != null ? lookupProperty(stack1,"tpot_ms") : stack1),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":32,"column":97},"end":{"line":32,"column":146}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,"e2e_ms",((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"e2e_ms") : stack1),((stack1 = (depth0 != null ? lookupProperty(depth0,"bands") : depth0)) != null ? lookupProperty(stack1,"e2e_ms") : stack1),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":32,"column":149},"end":{"line":32,"column":195}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,"chunk_latency_ms",((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"chunk_latency_ms") : stack1),((stack1 = (depth0 != null ? lookupProperty(depth0,"bands") : depth0)) != null ? lookupProperty(stack1,"chunk_latency_ms") : stack1),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":32,"column":198},"end":{"line":32,"column":274}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,"total_throughput_tps",((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"total_throughput_tps") : stack1),((stack1 = (depth0 != null ? lookupProperty(depth0,"bands") : depth0)) != null ? lookupProperty(stack1,"total_throughput_tps") : stack1),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":32,"column":277},"end":{"line":32,"column":365}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,"total_memory_gb",((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"total_memory_gb") : stack1),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":32,"column":368},"end":{"line":32,"column":419}}})) != null ? stack1 : "")
    + " |\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Scenario | Model on hardware | TTFT | TPOT | E2E | Total throughput | Memory |\n| :-- | :-- | --: | --: | --: | --: | --: |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"entries") : depth0),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":42,"column":9}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"ttft_p99_ms") : stack1),{"name":"unless","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":41,"column":11}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"id") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":40,"column":2},"end":{"line":40,"column":20}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"target")||(depth0 && lookupProperty(depth0,"target"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"scenario") : depth0),{"name":"target","hash":{},"data":data,"loc":{"start":{"line":40,"column":23},"end":{"line":40,"column":42}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,"ttft_ms",((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"ttft_ms") : stack1),((stack1 = (depth0 != null ? lookupProperty(depth0,"bands") : depth0)) != null ? lookupProperty(stack1,"ttft_ms") : stack1),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":40,"column":45},"end":{"line":40,"column":94}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,"tpot_ms",((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"tpot_ms") : stack1),((stack1 = (depth0 != null ? lookupProperty(depth0,"bands") : depth0)) != null ? lookupProperty(stack1,"tpot_ms") : stack1),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":40,"column":97},"end":{"line":40,"column":146}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,"e2e_ms",((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"e2e_ms") : stack1),((stack1 = (depth0 != null ? lookupProperty(depth0,"bands") : depth0)) != null ? lookupProperty(stack1,"e2e_ms") : stack1),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":40,"column":149},"end":{"line":40,"column":195}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,"total_throughput_tps",((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"total_throughput_tps") : stack1),((stack1 = (depth0 != null ? lookupProperty(depth0,"bands") : depth0)) != null ? lookupProperty(stack1,"total_throughput_tps") : stack1),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":40,"column":198},"end":{"line":40,"column":286}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,"total_memory_gb",((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"total_memory_gb") : stack1),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":40,"column":289},"end":{"line":40,"column":340}}})) != null ? stack1 : "")
    + " |\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n| Serving scenario | p99 TTFT | p99 TPOT | Goodput | Max rate within SLO |\n| :-- | --: | --: | --: | --: |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"entries") : depth0),{"name":"each","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":0},"end":{"line":52,"column":9}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"ttft_p99_ms") : stack1),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":0},"end":{"line":51,"column":7}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"id") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":50,"column":2},"end":{"line":50,"column":20}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,"ttft_p99_ms",((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"ttft_p99_ms") : stack1),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":50,"column":23},"end":{"line":50,"column":66}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,"tpot_p99_ms",((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"tpot_p99_ms") : stack1),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":50,"column":69},"end":{"line":50,"column":112}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,"goodput_rps",((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"goodput_rps") : stack1),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":50,"column":115},"end":{"line":50,"column":158}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"metric")||(depth0 && lookupProperty(depth0,"metric"))||alias2).call(alias1,"max_rate_qps",((stack1 = (depth0 != null ? lookupProperty(depth0,"values") : depth0)) != null ? lookupProperty(stack1,"max_rate_qps") : stack1),{"name":"metric","hash":{},"data":data,"loc":{"start":{"line":50,"column":161},"end":{"line":50,"column":206}}})) != null ? stack1 : "")
    + " |\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": "
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"counts") : depth0)," · ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":57,"column":65},"end":{"line":57,"column":86}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"sloViolations") : stack1),"SLO violation",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":57,"column":132},"end":{"line":57,"column":187}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"withinTolerance") : stack1),"metric difference",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":57,"column":235},"end":{"line":57,"column":296}}})) != null ? stack1 : "")
    + " within tolerance";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n⚠️ "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"accepted") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),"regression",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":60,"column":3},"end":{"line":60,"column":42}}})) != null ? stack1 : "")
    + " accepted in this pull request by refreshing baselines (see below).\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n#### Changed scenarios ("
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"changedTotal") : depth0),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":64,"column":24},"end":{"line":64,"column":46}}})) != null ? stack1 : "")
    + ")\n\nWorst first: \ud83d\udd34 worse · \ud83d\udfe2 better · \ud83d\udd27 inputs changed, nothing worse · \ud83d\udd01 simulator changed. Baseline → current (change).\n\n| | Scenario | Inputs changed | TTFT | TPOT | E2E | Total throughput |\n| :-: | :-- | :-- | --: | --: | --: | --: |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"overview") : depth0),{"name":"each","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":70,"column":0},"end":{"line":72,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"overviewServing") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":73,"column":0},"end":{"line":82,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"overviewMore") : depth0),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":83,"column":0},"end":{"line":86,"column":7}}})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"status") || (depth0 != null ? lookupProperty(depth0,"status") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":71,"column":2},"end":{"line":71,"column":12}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"id") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":71,"column":15},"end":{"line":71,"column":33}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"inputsText") || (depth0 != null ? lookupProperty(depth0,"inputsText") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"inputsText","hash":{},"data":data,"loc":{"start":{"line":71,"column":36},"end":{"line":71,"column":50}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"ttft") || (depth0 != null ? lookupProperty(depth0,"ttft") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"ttft","hash":{},"data":data,"loc":{"start":{"line":71,"column":53},"end":{"line":71,"column":61}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"tpot") || (depth0 != null ? lookupProperty(depth0,"tpot") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"tpot","hash":{},"data":data,"loc":{"start":{"line":71,"column":64},"end":{"line":71,"column":72}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"e2e") || (depth0 != null ? lookupProperty(depth0,"e2e") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"e2e","hash":{},"data":data,"loc":{"start":{"line":71,"column":75},"end":{"line":71,"column":82}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"total") || (depth0 != null ? lookupProperty(depth0,"total") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"total","hash":{},"data":data,"loc":{"start":{"line":71,"column":85},"end":{"line":71,"column":94}}}) : helper))) != null ? stack1 : "")
    + " |\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nServing under load (docs/serving.md):\n\n| | Scenario | p99 TTFT | p99 TPOT | Goodput | Max rate within SLO |\n| :-: | :-- | --: | --: | --: | --: |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"overviewServing") : depth0),{"name":"each","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":0},"end":{"line":81,"column":9}}})) != null ? stack1 : "");
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"status") || (depth0 != null ? lookupProperty(depth0,"status") : depth0)) != null ? helper : alias2),(typeof helper === "function" ? helper.call(alias1,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":80,"column":2},"end":{"line":80,"column":12}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"id") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":80,"column":15},"end":{"line":80,"column":33}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"serving") : depth0)) != null ? lookupProperty(stack1,"ttftP99") : stack1), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"serving") : depth0)) != null ? lookupProperty(stack1,"tpotP99") : stack1), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"serving") : depth0)) != null ? lookupProperty(stack1,"goodput") : stack1), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias3(((stack1 = (depth0 != null ? lookupProperty(depth0,"serving") : depth0)) != null ? lookupProperty(stack1,"maxRate") : stack1), depth0)) != null ? stack1 : "")
    + " |\n";
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n… and "
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"overviewMore") : depth0),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":85,"column":6},"end":{"line":85,"column":28}}})) != null ? stack1 : "")
    + " more changed scenarios ("
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"overviewMoreCounts") : depth0),", ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":85,"column":53},"end":{"line":85,"column":85}}})) != null ? stack1 : "")
    + "), left out to fit the size limit: see "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"hint") || (depth0 != null ? lookupProperty(depth0,"hint") : depth0)) != null ? helper : alias2),(typeof helper === "function" ? helper.call(alias1,{"name":"hint","hash":{},"data":data,"loc":{"start":{"line":85,"column":124},"end":{"line":85,"column":132}}}) : helper))) != null ? stack1 : "")
    + ".\n";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"changedTotal") : depth0),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":88,"column":0},"end":{"line":91,"column":7}}})) != null ? stack1 : "");
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"changedTotal") : depth0),"changed scenario",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":90,"column":0},"end":{"line":90,"column":42}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"overviewMoreCounts") : depth0),", ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":90,"column":44},"end":{"line":90,"column":76}}})) != null ? stack1 : "")
    + "), left out to fit the size limit: see "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"hint") || (depth0 != null ? lookupProperty(depth0,"hint") : depth0)) != null ? helper : alias2),(typeof helper === "function" ? helper.call(alias1,{"name":"hint","hash":{},"data":data,"loc":{"start":{"line":90,"column":115},"end":{"line":90,"column":123}}}) : helper))) != null ? stack1 : "")
    + ".\n";
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"chart") || (depth0 != null ? lookupProperty(depth0,"chart") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"chart","hash":{},"data":data,"loc":{"start":{"line":95,"column":0},"end":{"line":95,"column":9}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"28":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n#### \ud83c\udfaf SLO violations ("
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||container.hooks.helperMissing).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"sloViolations") : stack1),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":99,"column":24},"end":{"line":99,"column":62}}})) != null ? stack1 : "")
    + ")\n\n| Scenario | Missed | Headroom | Max batch within SLO | Max input within SLO |\n| :-- | :-- | --: | --: | --: |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"sloRows") : depth0),{"name":"each","hash":{},"fn":container.program(29, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":103,"column":0},"end":{"line":105,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"sloMore") : depth0),{"name":"if","hash":{},"fn":container.program(30, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":106,"column":0},"end":{"line":109,"column":7}}})) != null ? stack1 : "");
},"29":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"id") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":104,"column":2},"end":{"line":104,"column":20}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"missed") : depth0),"<br>",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":104,"column":23},"end":{"line":104,"column":45}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"headroom") : depth0),"<br>",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":104,"column":48},"end":{"line":104,"column":72}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"maxBatch") || (depth0 != null ? lookupProperty(depth0,"maxBatch") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"maxBatch","hash":{},"data":data,"loc":{"start":{"line":104,"column":75},"end":{"line":104,"column":87}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"maxInput") || (depth0 != null ? lookupProperty(depth0,"maxInput") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"maxInput","hash":{},"data":data,"loc":{"start":{"line":104,"column":90},"end":{"line":104,"column":102}}}) : helper))) != null ? stack1 : "")
    + " |\n";
},"30":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n… and "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"sloMore") : depth0),"more scenario",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":108,"column":6},"end":{"line":108,"column":40}}})) != null ? stack1 : "")
    + " over budget: see "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"hint") || (depth0 != null ? lookupProperty(depth0,"hint") : depth0)) != null ? helper : alias2),(typeof helper === "function" ? helper.call(alias1,{"name":"hint","hash":{},"data":data,"loc":{"start":{"line":108,"column":58},"end":{"line":108,"column":66}}}) : helper))) != null ? stack1 : "")
    + ".\n";
},"31":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<details><summary>Capacity within SLO budgets ("
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"capacityRows") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),"scenario",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":113,"column":47},"end":{"line":113,"column":88}}})) != null ? stack1 : "")
    + " meeting them)</summary>\n\n| Scenario | Budgets | Max batch within SLO | Max input within SLO |\n| :-- | :-- | --: | --: |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"capacityRows") : depth0),{"name":"each","hash":{},"fn":container.program(32, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":117,"column":0},"end":{"line":119,"column":9}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"32":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"id") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":118,"column":2},"end":{"line":118,"column":20}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"budgets") : depth0),"<br>",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":118,"column":23},"end":{"line":118,"column":46}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"maxBatch") || (depth0 != null ? lookupProperty(depth0,"maxBatch") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"maxBatch","hash":{},"data":data,"loc":{"start":{"line":118,"column":49},"end":{"line":118,"column":61}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"maxInput") || (depth0 != null ? lookupProperty(depth0,"maxInput") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"maxInput","hash":{},"data":data,"loc":{"start":{"line":118,"column":64},"end":{"line":118,"column":76}}}) : helper))) != null ? stack1 : "")
    + " |\n";
},"33":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<details><summary>Details of "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"details") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),"changed scenario",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":125,"column":29},"end":{"line":125,"column":73}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"detailsMore") : depth0),{"name":"if","hash":{},"fn":container.program(34, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":125,"column":73},"end":{"line":125,"column":154}}})) != null ? stack1 : "")
    + "</summary>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"details") : depth0),{"name":"each","hash":{},"fn":container.program(35, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":126,"column":0},"end":{"line":143,"column":9}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"34":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (the first; "
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"detailsMore") : depth0),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":125,"column":105},"end":{"line":125,"column":126}}})) != null ? stack1 : "")
    + " more in report.json)";
},"35":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"scenario"),depth0,{"name":"scenario","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"why") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(36, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":129,"column":0},"end":{"line":134,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"inputChanges") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(38, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":135,"column":0},"end":{"line":138,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"metrics"),depth0,{"name":"metrics","hash":{"baselineHeader":"Baseline"},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\nReproduce: "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"reproduce") : stack1),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":142,"column":11},"end":{"line":142,"column":38}}})) != null ? stack1 : "")
    + "\n";
},"36":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"why") : depth0),{"name":"each","hash":{},"fn":container.program(37, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":131,"column":0},"end":{"line":133,"column":9}}})) != null ? stack1 : "");
},"37":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":132,"column":2},"end":{"line":132,"column":13}}})) != null ? stack1 : "")
    + "\n";
},"38":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nInputs changed: "
    + ((stack1 = (lookupProperty(helpers,"mdLines")||(depth0 && lookupProperty(depth0,"mdLines"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"inputChanges") : depth0),", ",{"name":"mdLines","hash":{},"data":data,"loc":{"start":{"line":137,"column":16},"end":{"line":137,"column":45}}})) != null ? stack1 : "")
    + "\n";
},"39":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n#### ⚠️ Accepted in this PR ("
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"accepted") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":149,"column":29},"end":{"line":149,"column":54}}})) != null ? stack1 : "")
    + ")\n\nThis pull request rewrote these baselines; compared with the base branch's baselines, they regressed.\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"accepted") : depth0),{"name":"each","hash":{},"fn":container.program(40, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":152,"column":0},"end":{"line":157,"column":9}}})) != null ? stack1 : "");
},"40":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"scenario"),depth0,{"name":"scenario","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"metrics"),depth0,{"name":"metrics","hash":{"baselineHeader":"Base branch"},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"41":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n#### \ud83d\udca5 Errors ("
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"errors") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":161,"column":16},"end":{"line":161,"column":39}}})) != null ? stack1 : "")
    + ")\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"errorGroups") : depth0),{"name":"each","hash":{},"fn":container.program(42, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":162,"column":0},"end":{"line":182,"column":9}}})) != null ? stack1 : "");
},"42":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"or")||(depth0 && lookupProperty(depth0,"or"))||alias2).call(alias1,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"entries") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),1,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":164,"column":10},"end":{"line":164,"column":31}}}),(depth0 != null ? lookupProperty(depth0,"more") : depth0),{"name":"or","hash":{},"data":data,"loc":{"start":{"line":164,"column":6},"end":{"line":164,"column":37}}}),{"name":"if","hash":{},"fn":container.program(43, data, 0, blockParams, depths),"inverse":container.program(48, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":164,"column":0},"end":{"line":181,"column":7}}})) != null ? stack1 : "");
},"43":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias2).call(alias1,(lookupProperty(helpers,"plus")||(depth0 && lookupProperty(depth0,"plus"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"entries") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),(depth0 != null ? lookupProperty(depth0,"more") : depth0),{"name":"plus","hash":{},"data":data,"loc":{"start":{"line":165,"column":11},"end":{"line":165,"column":37}}}),"scenario",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":165,"column":2},"end":{"line":165,"column":50}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":165,"column":52},"end":{"line":165,"column":64}}})) != null ? stack1 : "")
    + ".**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"fix") : depth0),{"name":"if","hash":{},"fn":container.program(44, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":165,"column":67},"end":{"line":165,"column":93}}})) != null ? stack1 : "")
    + "\n\n<details><summary>"
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias2).call(alias1,(lookupProperty(helpers,"plus")||(depth0 && lookupProperty(depth0,"plus"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"entries") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),(depth0 != null ? lookupProperty(depth0,"more") : depth0),{"name":"plus","hash":{},"data":data,"loc":{"start":{"line":167,"column":27},"end":{"line":167,"column":53}}}),"scenario",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":167,"column":18},"end":{"line":167,"column":66}}})) != null ? stack1 : "")
    + "</summary>\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"entries") : depth0),{"name":"each","hash":{},"fn":container.program(45, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":169,"column":0},"end":{"line":171,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"more") : depth0),{"name":"if","hash":{},"fn":container.program(47, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":172,"column":0},"end":{"line":174,"column":7}}})) != null ? stack1 : "")
    + "\nReproduce one: "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"entries") : depth0)) != null ? lookupProperty(stack1,"0") : stack1)) != null ? lookupProperty(stack1,"scenario") : stack1)) != null ? lookupProperty(stack1,"reproduce") : stack1),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":176,"column":15},"end":{"line":176,"column":52}}})) != null ? stack1 : "")
    + "\n\n</details>\n";
},"44":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"fix") || (depth0 != null ? lookupProperty(depth0,"fix") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"fix","hash":{},"data":data,"loc":{"start":{"line":165,"column":79},"end":{"line":165,"column":86}}}) : helper))) != null ? stack1 : "");
},"45":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"id") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":170,"column":2},"end":{"line":170,"column":20}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depths[1] != null ? lookupProperty(depths[1],"varied") : depths[1]),{"name":"if","hash":{},"fn":container.program(46, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":170,"column":20},"end":{"line":170,"column":67}}})) != null ? stack1 : "")
    + "\n";
},"46":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"error") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":170,"column":39},"end":{"line":170,"column":60}}})) != null ? stack1 : "");
},"47":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- … and "
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"more") : depth0),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":173,"column":8},"end":{"line":173,"column":22}}})) != null ? stack1 : "")
    + " more\n";
},"48":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"entries") : depth0)) != null ? lookupProperty(stack1,"0") : stack1)) != null ? lookupProperty(stack1,"scenario") : stack1)) != null ? lookupProperty(stack1,"id") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":180,"column":2},"end":{"line":180,"column":30}}})) != null ? stack1 : "")
    + "**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"target")||(depth0 && lookupProperty(depth0,"target"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"entries") : depth0)) != null ? lookupProperty(stack1,"0") : stack1)) != null ? lookupProperty(stack1,"scenario") : stack1),{"name":"target","hash":{},"data":data,"loc":{"start":{"line":180,"column":38},"end":{"line":180,"column":65}}}),{"name":"if","hash":{},"fn":container.program(49, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":180,"column":32},"end":{"line":180,"column":106}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"entries") : depth0)) != null ? lookupProperty(stack1,"0") : stack1)) != null ? lookupProperty(stack1,"scenario") : stack1)) != null ? lookupProperty(stack1,"error") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":180,"column":108},"end":{"line":180,"column":139}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"fix") : depth0),{"name":"if","hash":{},"fn":container.program(44, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":180,"column":139},"end":{"line":180,"column":165}}})) != null ? stack1 : "")
    + "<br>Reproduce: "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"entries") : depth0)) != null ? lookupProperty(stack1,"0") : stack1)) != null ? lookupProperty(stack1,"scenario") : stack1)) != null ? lookupProperty(stack1,"reproduce") : stack1),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":180,"column":180},"end":{"line":180,"column":217}}})) != null ? stack1 : "")
    + "\n";
},"49":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " — "
    + ((stack1 = (lookupProperty(helpers,"target")||(depth0 && lookupProperty(depth0,"target"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"entries") : depth0)) != null ? lookupProperty(stack1,"0") : stack1)) != null ? lookupProperty(stack1,"scenario") : stack1),{"name":"target","hash":{},"data":data,"loc":{"start":{"line":180,"column":70},"end":{"line":180,"column":99}}})) != null ? stack1 : "");
},"50":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"collapsed") : depth0),{"name":"if","hash":{},"fn":container.program(51, data, 0),"inverse":container.program(52, data, 0),"data":data,"loc":{"start":{"line":186,"column":0},"end":{"line":198,"column":7}}})) != null ? stack1 : "");
},"51":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\ud83c\udd95 "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"added") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),"new scenario",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":187,"column":3},"end":{"line":187,"column":41}}})) != null ? stack1 : "")
    + " without a baseline.\n";
},"52":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details><summary>\ud83c\udd95 "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"added") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),"new scenario",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":189,"column":21},"end":{"line":189,"column":59}}})) != null ? stack1 : "")
    + " without a baseline</summary>\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"values"),depth0,{"name":"values","hash":{"entries":(depth0 != null ? lookupProperty(depth0,"addedListed") : depth0)},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"addedMore") : depth0),{"name":"if","hash":{},"fn":container.program(53, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":192,"column":0},"end":{"line":195,"column":7}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"53":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n… and "
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"addedMore") : depth0),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":194,"column":6},"end":{"line":194,"column":25}}})) != null ? stack1 : "")
    + " more (every scenario is in report.json).\n";
},"54":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<details><summary>\ud83d\uddd1️ "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"removed") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),"removed scenario",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":202,"column":22},"end":{"line":202,"column":66}}})) != null ? stack1 : "")
    + " (baseline entries remain until refreshed)</summary>\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"removedListed") : depth0),{"name":"each","hash":{},"fn":container.program(55, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":204,"column":0},"end":{"line":206,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"removedMore") : depth0),{"name":"if","hash":{},"fn":container.program(57, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":207,"column":0},"end":{"line":209,"column":7}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"55":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"id") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":205,"column":2},"end":{"line":205,"column":20}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"manifest") : stack1),{"name":"if","hash":{},"fn":container.program(56, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":205,"column":20},"end":{"line":205,"column":79}}})) != null ? stack1 : "")
    + "\n";
},"56":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"manifest") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":205,"column":47},"end":{"line":205,"column":71}}})) != null ? stack1 : "")
    + ")";
},"57":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- … and "
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"removedMore") : depth0),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":208,"column":8},"end":{"line":208,"column":29}}})) != null ? stack1 : "")
    + " more\n";
},"58":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<details><summary>\ud83d\udd01 "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"simulatorChanged") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),"scenario",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":215,"column":21},"end":{"line":215,"column":66}}})) != null ? stack1 : "")
    + " with another simulator version, metrics within tolerance</summary>\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"simulatorChangedListed") : depth0),{"name":"each","hash":{},"fn":container.program(59, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":217,"column":0},"end":{"line":219,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"simulatorChangedMore") : depth0),{"name":"if","hash":{},"fn":container.program(60, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":220,"column":0},"end":{"line":222,"column":7}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"59":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"id") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":218,"column":2},"end":{"line":218,"column":20}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"baselineSimulator") : stack1),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":218,"column":22},"end":{"line":218,"column":57}}})) != null ? stack1 : "")
    + " → "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"currentSimulator") : stack1),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":218,"column":60},"end":{"line":218,"column":94}}})) != null ? stack1 : "")
    + "\n";
},"60":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- … and "
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"simulatorChangedMore") : depth0),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":221,"column":8},"end":{"line":221,"column":38}}})) != null ? stack1 : "")
    + " more\n";
},"61":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<details><summary>ℹ️ Simulator notes on changed scenarios ("
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"noteGroups") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":228,"column":59},"end":{"line":228,"column":86}}})) != null ? stack1 : "")
    + ")</summary>\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"noteGroups") : depth0),{"name":"each","hash":{},"fn":container.program(62, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":230,"column":0},"end":{"line":232,"column":9}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"62":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"text") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":231,"column":2},"end":{"line":231,"column":13}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"ids") : depth0),{"name":"each","hash":{},"fn":container.program(63, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":231,"column":15},"end":{"line":231,"column":71}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"more") : depth0),{"name":"if","hash":{},"fn":container.program(65, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":231,"column":71},"end":{"line":231,"column":117}}})) != null ? stack1 : "")
    + ")\n";
},"63":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(data && lookupProperty(data,"index")),{"name":"if","hash":{},"fn":container.program(64, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":231,"column":28},"end":{"line":231,"column":51}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":231,"column":51},"end":{"line":231,"column":62}}})) != null ? stack1 : "");
},"64":function(container,depth0,helpers,partials,data) {
    return ", ";
},"65":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", … and "
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"more") : depth0),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":231,"column":91},"end":{"line":231,"column":105}}})) != null ? stack1 : "")
    + " more";
},"66":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"collapsed") : depth0),{"name":"if","hash":{},"fn":container.program(67, data, 0),"inverse":container.program(68, data, 0),"data":data,"loc":{"start":{"line":238,"column":0},"end":{"line":250,"column":7}}})) != null ? stack1 : "");
},"67":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"unchanged") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),"unchanged scenario",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":239,"column":0},"end":{"line":239,"column":48}}})) != null ? stack1 : "")
    + ".\n";
},"68":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details><summary>"
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"unchanged") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),"unchanged scenario",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":241,"column":18},"end":{"line":241,"column":66}}})) != null ? stack1 : "")
    + "</summary>\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"values"),depth0,{"name":"values","hash":{"entries":(depth0 != null ? lookupProperty(depth0,"unchangedListed") : depth0)},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"unchangedMore") : depth0),{"name":"if","hash":{},"fn":container.program(69, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":244,"column":0},"end":{"line":247,"column":7}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"69":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n… and "
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"unchangedMore") : depth0),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":246,"column":6},"end":{"line":246,"column":29}}})) != null ? stack1 : "")
    + " more (every scenario is in report.json).\n";
},"70":function(container,depth0,helpers,partials,data) {
    return "❌ **This check fails**";
},"71":function(container,depth0,helpers,partials,data) {
    return "This check passes";
},"72":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"policy") : stack1)) != null ? lookupProperty(stack1,"reasonCount") : stack1),"reason",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":255,"column":170},"end":{"line":255,"column":215}}})) != null ? stack1 : "")
    + ")";
},"73":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "If these changes are intended, refresh the baselines with "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"updateCommand") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":257,"column":58},"end":{"line":257,"column":80}}})) != null ? stack1 : "")
    + " and commit the files under "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"project") : stack1)) != null ? lookupProperty(stack1,"baselines") : stack1),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":257,"column":108},"end":{"line":257,"column":141}}})) != null ? stack1 : "")
    + ".\n";
},"74":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · shard "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"shard") : stack1)) != null ? lookupProperty(stack1,"index") : stack1), depth0)) != null ? stack1 : "")
    + " of "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"shard") : stack1)) != null ? lookupProperty(stack1,"total") : stack1), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"emoji") || (depth0 != null ? lookupProperty(depth0,"emoji") : depth0)) != null ? helper : alias2),(typeof helper === "function" ? helper.call(alias1,{"name":"emoji","hash":{},"data":data,"loc":{"start":{"line":55,"column":4},"end":{"line":55,"column":13}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"verdict") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":55,"column":14},"end":{"line":55,"column":35}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"total") : stack1),"scenario",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":57,"column":0},"end":{"line":57,"column":42}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(16, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":57,"column":42},"end":{"line":57,"column":93}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"sloViolations") : stack1),{"name":"if","hash":{},"fn":container.program(17, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":57,"column":93},"end":{"line":57,"column":194}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"withinTolerance") : stack1),{"name":"if","hash":{},"fn":container.program(18, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":57,"column":194},"end":{"line":57,"column":320}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"accepted") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(19, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":58,"column":0},"end":{"line":61,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"overview") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(20, data, 0, blockParams, depths),"inverse":container.program(25, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":62,"column":0},"end":{"line":92,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"chart") : depth0),{"name":"if","hash":{},"fn":container.program(27, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":93,"column":0},"end":{"line":96,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"sloRows") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(28, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":97,"column":0},"end":{"line":110,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"capacityRows") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(31, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":111,"column":0},"end":{"line":122,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"details") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(33, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":123,"column":0},"end":{"line":146,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"accepted") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(39, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":147,"column":0},"end":{"line":158,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"errorGroups") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(41, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":159,"column":0},"end":{"line":183,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"added") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(50, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":184,"column":0},"end":{"line":199,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"removed") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(54, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":200,"column":0},"end":{"line":212,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"simulatorChanged") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(58, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":213,"column":0},"end":{"line":225,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"noteGroups") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(61, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":226,"column":0},"end":{"line":235,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"unchanged") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(66, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":236,"column":0},"end":{"line":251,"column":7}}})) != null ? stack1 : "")
    + "\n---\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"policy") : stack1)) != null ? lookupProperty(stack1,"fail") : stack1),{"name":"if","hash":{},"fn":container.program(70, data, 0, blockParams, depths),"inverse":container.program(71, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":255,"column":0},"end":{"line":255,"column":80}}})) != null ? stack1 : "")
    + " under the fail-on policy "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"policy") : stack1)) != null ? lookupProperty(stack1,"failOn") : stack1),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":255,"column":106},"end":{"line":255,"column":135}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"policy") : stack1)) != null ? lookupProperty(stack1,"reasonCount") : stack1),{"name":"if","hash":{},"fn":container.program(72, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":255,"column":135},"end":{"line":255,"column":223}}})) != null ? stack1 : "")
    + ".\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"showRefresh") : depth0),{"name":"if","hash":{},"fn":container.program(73, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":256,"column":0},"end":{"line":258,"column":7}}})) != null ? stack1 : "")
    + "\n<sub>genz-action "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"tool") : stack1)) != null ? lookupProperty(stack1,"version") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":260,"column":17},"end":{"line":260,"column":43}}})) != null ? stack1 : "")
    + " · simulator "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"tool") : stack1)) != null ? lookupProperty(stack1,"simulator") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":260,"column":56},"end":{"line":260,"column":84}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"shard") : stack1),{"name":"if","hash":{},"fn":container.program(74, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":260,"column":84},"end":{"line":260,"column":168}}})) != null ? stack1 : "")
    + "</sub>\n";
},"main_d":  function(fn, props, container, depth0, data, blockParams, depths) {

  var decorators = container.decorators, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  var decorator = lookupProperty(decorators,"inline");
  if (typeof decorator !== "function") { throw new Error("Missing decorator: \"inline\""); }
  fn = decorator(fn,props,container,{"name":"inline","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"args":["scenario"],"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":18,"column":11}}}) || fn;
  var decorator = lookupProperty(decorators,"inline");
  if (typeof decorator !== "function") { throw new Error("Missing decorator: \"inline\""); }
  fn = decorator(fn,props,container,{"name":"inline","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.noop,"args":["metrics"],"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":25,"column":11}}}) || fn;
  var decorator = lookupProperty(decorators,"inline");
  if (typeof decorator !== "function") { throw new Error("Missing decorator: \"inline\""); }
  fn = decorator(fn,props,container,{"name":"inline","hash":{},"fn":container.program(6, data, 0, blockParams, depths),"inverse":container.noop,"args":["values"],"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":54,"column":11}}}) || fn;
  return fn;
  }

,"useDecorators":true,"usePartial":true,"useData":true,"useDepths":true};

/** SHORT_TEMPLATE, precompiled. Source: templates/short.md.hbs. */
const SHORT_TEMPLATE_SPEC = {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": "
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"counts") : depth0)," · ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":10,"column":65},"end":{"line":10,"column":86}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"sloViolations") : stack1),"SLO violation",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":10,"column":132},"end":{"line":10,"column":187}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n⚠️ "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"accepted") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),"regression",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":13,"column":3},"end":{"line":13,"column":42}}})) != null ? stack1 : "")
    + " accepted in this pull request by refreshing baselines.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n#### Most severe ("
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"top") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":17,"column":18},"end":{"line":17,"column":38}}})) != null ? stack1 : "")
    + " of "
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"flagged") : depth0),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":17,"column":42},"end":{"line":17,"column":59}}})) != null ? stack1 : "")
    + ")\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"top") : depth0),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":21,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"flagged") : depth0),((stack1 = (depth0 != null ? lookupProperty(depth0,"top") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":22,"column":6},"end":{"line":22,"column":29}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"id") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":4},"end":{"line":20,"column":22}}})) != null ? stack1 : "")
    + "**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"target")||(depth0 && lookupProperty(depth0,"target"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"scenario") : depth0),{"name":"target","hash":{},"data":data,"loc":{"start":{"line":20,"column":30},"end":{"line":20,"column":47}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":24},"end":{"line":20,"column":78}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"headline") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":80},"end":{"line":20,"column":95}}})) != null ? stack1 : "")
    + " · "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"scenario") : depth0)) != null ? lookupProperty(stack1,"reproduce") : stack1),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":20,"column":98},"end":{"line":20,"column":125}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " — "
    + ((stack1 = (lookupProperty(helpers,"target")||(depth0 && lookupProperty(depth0,"target"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"scenario") : depth0),{"name":"target","hash":{},"data":data,"loc":{"start":{"line":20,"column":52},"end":{"line":20,"column":71}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- … and "
    + ((stack1 = (lookupProperty(helpers,"count")||(depth0 && lookupProperty(depth0,"count"))||alias2).call(alias1,(lookupProperty(helpers,"minus")||(depth0 && lookupProperty(depth0,"minus"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"flagged") : depth0),((stack1 = (depth0 != null ? lookupProperty(depth0,"top") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"minus","hash":{},"data":data,"loc":{"start":{"line":23,"column":16},"end":{"line":23,"column":42}}}),{"name":"count","hash":{},"data":data,"loc":{"start":{"line":23,"column":8},"end":{"line":23,"column":44}}})) != null ? stack1 : "")
    + " more\n";
},"7":function(container,depth0,helpers,partials,data) {
    return "❌ **This check fails**";
},"8":function(container,depth0,helpers,partials,data) {
    return "This check passes";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"policy") : stack1)) != null ? lookupProperty(stack1,"reasonCount") : stack1),"reason",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":31,"column":170},"end":{"line":31,"column":215}}})) != null ? stack1 : "")
    + ")";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "If these changes are intended, refresh the baselines with "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"updateCommand") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":34,"column":58},"end":{"line":34,"column":80}}})) != null ? stack1 : "")
    + " and commit the files under "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"project") : stack1)) != null ? lookupProperty(stack1,"baselines") : stack1),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":34,"column":108},"end":{"line":34,"column":141}}})) != null ? stack1 : "")
    + ".\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · shard "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"shard") : stack1)) != null ? lookupProperty(stack1,"index") : stack1), depth0)) != null ? stack1 : "")
    + " of "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"shard") : stack1)) != null ? lookupProperty(stack1,"total") : stack1), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"emoji") || (depth0 != null ? lookupProperty(depth0,"emoji") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"emoji","hash":{},"data":data,"loc":{"start":{"line":8,"column":4},"end":{"line":8,"column":13}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"verdict") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":14},"end":{"line":8,"column":35}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"total") : stack1),"scenario",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":42}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":42},"end":{"line":10,"column":93}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"sloViolations") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":93},"end":{"line":10,"column":194}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"accepted") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"top") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "")
    + "\nThe full report is too long for this "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"medium") || (depth0 != null ? lookupProperty(depth0,"medium") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"medium","hash":{},"data":data,"loc":{"start":{"line":27,"column":37},"end":{"line":27,"column":47}}}) : helper))) != null ? stack1 : "")
    + ": see "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"hint") || (depth0 != null ? lookupProperty(depth0,"hint") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"hint","hash":{},"data":data,"loc":{"start":{"line":27,"column":53},"end":{"line":27,"column":61}}}) : helper))) != null ? stack1 : "")
    + ".\n\n---\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"policy") : stack1)) != null ? lookupProperty(stack1,"fail") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":31,"column":80}}})) != null ? stack1 : "")
    + " under the fail-on policy "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"policy") : stack1)) != null ? lookupProperty(stack1,"failOn") : stack1),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":31,"column":106},"end":{"line":31,"column":135}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"policy") : stack1)) != null ? lookupProperty(stack1,"reasonCount") : stack1),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":135},"end":{"line":31,"column":223}}})) != null ? stack1 : "")
    + ".\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"showRefresh") : depth0),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":35,"column":7}}})) != null ? stack1 : "")
    + "\n<sub>genz-action "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"tool") : stack1)) != null ? lookupProperty(stack1,"version") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":37,"column":17},"end":{"line":37,"column":43}}})) != null ? stack1 : "")
    + " · simulator "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"tool") : stack1)) != null ? lookupProperty(stack1,"simulator") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":37,"column":56},"end":{"line":37,"column":84}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"report") : depth0)) != null ? lookupProperty(stack1,"shard") : stack1),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":84},"end":{"line":37,"column":168}}})) != null ? stack1 : "")
    + "</sub>\n";
},"useData":true};

;// CONCATENATED MODULE: ./src/report/render.ts
/**
 * The Markdown report (pull request comment and job summary), rendered from a RunReport with Handlebars.
 *
 * Templates are compiled with `noEscape: true` in a private Handlebars environment: Handlebars' HTML escaping
 * would mangle Markdown, so every user-provided string goes through the `md` helper (or `code` for code spans)
 * explicitly, and everything else the template prints is text produced here. The default templates are embedded
 * at build time (./templates.ts, generated from templates/*.md.hbs) so the bundled action reads no files.
 *
 * Helpers available to templates (user templates included):
 *  - `{{md text}}`                     user text as inert Markdown (HTML and Markdown specials escaped, one line);
 *  - `{{code text}}`                   user text as a code span; `table=true` inside table cells;
 *  - `{{target scenario}}`             "alias → canonical model on hardware", escaped;
 *  - `{{name resolvedName}}`           "requested → resolved" (or the name when equal), escaped;
 *  - `{{metric key value}}`            a metric value with its unit ("12.35 ms", "yes", "n/a");
 *  - `{{pct fraction}}`                a signed percentage ("+12.3%", "−4.00%");
 *  - `{{arrow metricDiff}}`            "🔴 ↑" / "🟢 ↓" (worse/better for that metric's direction), "↑" within tolerance;
 *  - `{{change metricDiff}}`           the Change cell: arrow and signed percentage, or what changed;
 *  - `{{label metricDiff}}`            the metric's label, bold when a primary metric changed;
 *  - `{{changes metricDiffs [sep]}}`   "TTFT 12.35 ms → 11.1 ms (🟢 ↓ −10.1%)" joined by sep (default `<br>`);
 *  - `{{inputs paths}}`                changed input paths as code spans;
 *  - `{{sloLimit check}}` `{{sloActual check}}` `{{headroom check}}`  SLO table cells;
 *  - `{{plural n "word" ["words"]}}`   "1 word" / "3,000 words"; `{{count n}}` "3,000";
 *  - `{{join list sep}}`               joins strings genz-action produced (does not escape);
 *  - `eq ne gt lt and or not minus`    for sub-expressions: `{{#if (eq scenario.classification "new")}}`.
 *
 * After rendering, runs of blank lines collapse to one, trailing spaces go and the text ends with one newline
 * (templates stay readable without whitespace control). A user template replaces the full and collapsed levels
 * (it sees `collapsed`); the short level always uses the embedded short template.
 */








// ---------------------------------------------------------------------------------------------------------------
// Helpers
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const metricValue = (v) => (typeof v === 'number' || typeof v === 'boolean' ? v : null);
/** ↑ / ↓ for the direction the value moved ('' when it did not or is not comparable). */
function direction(m) {
    if (typeof m.baseline === 'boolean' && typeof m.current === 'boolean')
        return m.baseline === m.current ? '' : m.current ? '↑' : '↓';
    if (m.delta === null || m.delta === 0)
        return '';
    return m.delta > 0 ? '↑' : '↓';
}
/** The arrow of a metric row: 🔴/🟢 when it got worse/better beyond tolerance, then ↑/↓. */
function arrowFor(m) {
    const arrow = direction(m);
    const color = m.verdict === 'regression' ? '🔴' : m.verdict === 'improvement' ? '🟢' : '';
    return [color, arrow].filter(Boolean).join(' ');
}
/** The signed change of a numeric row: the percentage, or the absolute delta when the baseline is 0. */
function signedChange(m) {
    if (m.relDelta !== null)
        return (0,format/* formatSignedPercent */.h9)(m.relDelta);
    if (m.delta !== null)
        return (0,model/* formatSignedMetric */.an)(m.key, m.delta);
    return '';
}
/** The Change cell of a metric row. */
function changeCell(m) {
    switch (m.verdict) {
        case 'equal':
            return '—';
        case 'new':
            return 'new';
        case 'missing':
            return 'no value now';
        case 'changed':
            return m.current === null ? 'no value now' : m.baseline === null ? 'now defined' : 'changed';
        case 'within':
            return [direction(m), signedChange(m), '(within tolerance)'].filter(Boolean).join(' ');
        default:
            return [arrowFor(m), signedChange(m)].filter(Boolean).join(' ');
    }
}
function changeSummary(m) {
    const values = m.verdict === 'new' ? (0,format/* formatMetric */.gI)(m.key, m.current) : `${(0,format/* formatMetric */.gI)(m.key, m.baseline)} → ${(0,format/* formatMetric */.gI)(m.key, m.current)}`;
    return `${m.label} ${values} (${changeCell(m)})`;
}
function sloLimit(c) {
    if (c.kind === 'must_fit')
        return 'must fit';
    return `${c.kind === 'max' ? '≤' : '≥'} ${(0,format/* formatMetric */.gI)(c.metric, c.limit)}`;
}
function sloActual(c) {
    if (c.kind === 'must_fit')
        return c.actual === false ? 'does not fit' : c.actual === true ? 'fits' : 'n/a';
    const value = (0,format/* formatMetric */.gI)(c.metric, typeof c.actual === 'number' ? c.actual : null);
    return c.band != null && typeof c.actual === 'number' ? `${value} ${(0,format/* formatBand */.pI)(c.band)}${c.atRisk ? ' ⚠️ at risk' : ''}` : value;
}
function headroomCell(c) {
    if (c.headroom === null)
        return '—';
    const pct = c.headroomPct === null ? '' : ` (${(0,format/* formatSignedPercent */.h9)(c.headroomPct)})`;
    return `${(0,model/* formatSignedMetric */.an)(c.metric, c.headroom)}${pct}`;
}
function inputsList(paths) {
    if (!Array.isArray(paths) || paths.length === 0)
        return 'none reported';
    const shown = paths.slice(0, 12).map((p) => (0,report_escape/* codeSpan */.SS)(p));
    if (paths.length > shown.length)
        shown.push(`and ${(0,model/* formatCount */.B4)(paths.length - shown.length)} more`);
    return shown.join(', ');
}
/** Joins each number to the unit or percent sign after it with a non-breaking space (cells never wrap between them). */
function nb(text) {
    return text.replace(/(\d) (?=ms\b|tokens\/s|tokens\/ms|ms\/token|GB\b|%)/g, `$1${format/* NBSP */.MK}`);
}
/** An overview cell: "435.8 → 871.5 ms (🔴 +100.0%)", the current value when equal, "n/a" when absent. */
function overviewCell(m) {
    if (!m)
        return 'n/a';
    const unit = definitions/* METRIC_BY_KEY */.bu.get(m.key)?.unit ?? '';
    const withUnit = (x) => (unit ? `${x}${format/* NBSP */.MK}${unit}` : x);
    if (m.verdict === 'equal' || (m.verdict === 'within' && m.relDelta === null))
        return (0,format/* formatMetric */.gI)(m.key, m.current, format/* NBSP */.MK);
    if (typeof m.baseline === 'number' && typeof m.current === 'number') {
        const color = m.verdict === 'regression' ? '🔴 ' : m.verdict === 'improvement' ? '🟢 ' : '';
        const pct = m.relDelta !== null ? ` (${color}${(0,format/* formatSignedPercent */.h9)(m.relDelta)})` : '';
        return `${(0,format/* formatNumber */.ZV)(m.baseline)} → ${withUnit((0,format/* formatNumber */.ZV)(m.current))}${pct}`;
    }
    return `${(0,format/* formatMetric */.gI)(m.key, m.baseline, format/* NBSP */.MK)} → ${(0,format/* formatMetric */.gI)(m.key, m.current, format/* NBSP */.MK)}`;
}
/** Handlebars passes its options object last; these helpers take plain positional arguments. */
function args(list) {
    return list.slice(0, -1);
}
/** A private Handlebars environment with the report helpers registered (the global one stays untouched). */
function createReportEnvironment() {
    const hb = lib_default().create();
    const helpers = {
        md: (...a) => (0,report_escape/* escapeMarkdown */.FV)(args(a)[0]),
        code: (...a) => {
            const options = a[a.length - 1];
            return (0,report_escape/* codeSpan */.SS)(args(a)[0], { table: Boolean(options?.hash?.table) });
        },
        target: (...a) => {
            const s = args(a)[0];
            return s ? (0,report_escape/* escapeMarkdown */.FV)((0,model/* describeTarget */.ff)({ model: s.model ?? null, hardware: s.hardware ?? null })) : '';
        },
        name: (...a) => (0,report_escape/* escapeMarkdown */.FV)((0,model/* describeName */.T_)(args(a)[0] ?? null)),
        metric: (...a) => {
            const [key, value, band] = args(a);
            const text = (0,format/* formatMetric */.gI)(String(key), metricValue(value), format/* NBSP */.MK);
            return typeof band === 'number' && metricValue(value) !== null ? `${text}${format/* NBSP */.MK}${(0,format/* formatBand */.pI)(band)}` : text;
        },
        pct: (...a) => (0,format/* formatSignedPercent */.h9)(num(args(a)[0])),
        arrow: (...a) => arrowFor(args(a)[0]),
        change: (...a) => changeCell(args(a)[0]),
        label: (...a) => {
            const m = args(a)[0];
            return m.primary && (0,model/* isChange */.Xb)(m.verdict) ? `**${m.label}**` : m.label;
        },
        changes: (...a) => {
            const [rows, sep] = args(a);
            return (rows ?? []).map((m) => nb(changeSummary(m))).join(typeof sep === 'string' ? sep : '<br>');
        },
        inputs: (...a) => inputsList(args(a)[0]),
        sloLimit: (...a) => nb(sloLimit(args(a)[0])),
        sloActual: (...a) => nb(sloActual(args(a)[0])),
        headroom: (...a) => nb(headroomCell(args(a)[0])),
        /** Plain-text lines escaped and joined (default "<br>"). */
        mdLines: (...a) => {
            const [list, sep] = args(a);
            return Array.isArray(list) ? list.map((x) => (0,report_escape/* escapeMarkdown */.FV)(x)).join(typeof sep === 'string' ? sep : '<br>') : '';
        },
        plural: (...a) => {
            const [n, singular, pluralForm] = args(a);
            return (0,model/* plural */.LS)(Number(n) || 0, String(singular), typeof pluralForm === 'string' ? pluralForm : undefined);
        },
        count: (...a) => (0,model/* formatCount */.B4)(Number(args(a)[0]) || 0),
        join: (...a) => {
            const [list, sep] = args(a);
            return Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : '';
        },
        eq: (...a) => args(a)[0] === args(a)[1],
        ne: (...a) => args(a)[0] !== args(a)[1],
        gt: (...a) => Number(args(a)[0]) > Number(args(a)[1]),
        lt: (...a) => Number(args(a)[0]) < Number(args(a)[1]),
        minus: (...a) => Number(args(a)[0]) - Number(args(a)[1]),
        plus: (...a) => Number(args(a)[0]) + Number(args(a)[1]),
        and: (...a) => args(a).every(Boolean),
        or: (...a) => args(a).some(Boolean),
        not: (...a) => !args(a)[0],
        /** Whether some entry has a number for the metric (e.g. a chunk latency): optional table columns. */
        anyValue: (...a) => {
            const [entries, key] = args(a);
            return Array.isArray(entries) && entries.some((e) => typeof e.values?.[String(key)] === 'number');
        },
    };
    for (const [name, fn] of Object.entries(helpers))
        hb.registerHelper(name, fn);
    return hb;
}
// ---------------------------------------------------------------------------------------------------------------
// Context
function headline(s) {
    if (s.classification === 'error')
        return `could not run: ${s.error ?? 'unknown error'}`;
    const parts = [];
    const worst = (0,model/* worstRegression */.ti)(s);
    if (worst)
        parts.push((0,model/* describeChange */.uQ)(worst));
    for (const c of s.slo)
        if (c.status === 'violated')
            parts.push(`SLO: ${(0,model/* describeViolation */.L6)(c)}`);
    return parts.join('; ');
}
/**
 * A scenario's template entry. Its derived parts (rows, changes, headline, input changes, why) are computed when a
 * template first reads them: a report lists at most LIST_MAX scenarios of a section, and building every part for
 * each of 100,000 unchanged scenarios was most of the time spent rendering one.
 */
function entry(s) {
    let rows;
    let changes;
    let line;
    let inputChanges;
    let why;
    let values;
    return {
        scenario: s,
        get rows() {
            rows ??= (0,model/* metricRows */.IN)(s.metrics);
            return rows;
        },
        get changes() {
            changes ??= s.metrics.filter((m) => (0,model/* isChange */.Xb)(m.verdict));
            return changes;
        },
        // Current values (the baseline's for removed scenarios).
        get values() {
            if (values === undefined) {
                values = {};
                if (s.current)
                    Object.assign(values, s.current);
                else
                    for (const m of s.metrics)
                        values[m.key] = m.current ?? m.baseline;
            }
            return values;
        },
        bands: s.bands ?? {},
        get headline() {
            line ??= headline(s);
            return line;
        },
        get inputChanges() {
            inputChanges ??= s.inputsChanged ? (0,model/* describeInputChanges */.Ve)(s) : [];
            return inputChanges;
        },
        get why() {
            why ??= (0,model/* describeWhy */.QQ)(s);
            return why;
        },
    };
}
/** Changed scenarios: metrics moved against the baseline (not new, removed or failed ones). */
function isChanged(s) {
    switch (s.classification) {
        case 'regression':
        case 'mixed':
        case 'improvement':
        case 'inputs_changed':
            return true;
        case 'simulator_changed':
            return s.hasMetricChanges;
        default:
            return false;
    }
}
function largestPrimaryChange(s) {
    let worst = 0;
    for (const m of s.metrics)
        if (m.primary && (0,model/* isChange */.Xb)(m.verdict))
            worst = Math.max(worst, m.relDelta === null ? Number.POSITIVE_INFINITY : Math.abs(m.relDelta));
    return worst;
}
/** Worst first: the severity order, then the largest change of a primary metric, then id. */
function compareChanged(a, b) {
    const fa = a.hasRegression || a.sloViolated;
    const fb = b.hasRegression || b.sloViolated;
    if (fa || fb)
        return (0,model/* compareSeverity */.zK)(a, b);
    return largestPrimaryChange(b) - largestPrimaryChange(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function statusOf(s) {
    if (s.hasRegression)
        return '🔴';
    if (s.classification === 'inputs_changed')
        return '🔧';
    if (s.classification === 'simulator_changed')
        return '🔁';
    return '🟢';
}
function overviewRow(s) {
    const byKey = new Map(s.metrics.map((m) => [m.key, m]));
    const inputs = s.inputsChanged ? (0,model/* describeInputChanges */.Ve)(s) : [];
    const shown = inputs.slice(0, 4).map((x) => (0,report_escape/* escapeMarkdown */.FV)(x));
    if (inputs.length > shown.length)
        shown.push(`+${(0,model/* formatCount */.B4)(inputs.length - shown.length)} more`);
    return {
        scenario: s,
        status: statusOf(s),
        inputsText: shown.length > 0 ? shown.join('; ') : '—',
        ttft: overviewCell(byKey.get('ttft_ms')),
        tpot: overviewCell(byKey.get('tpot_ms')),
        e2e: overviewCell(byKey.get('e2e_ms')),
        total: overviewCell(byKey.get('total_throughput_tps')),
        ...(typeof byKey.get('ttft_p99_ms')?.current === 'number'
            ? {
                serving: {
                    ttftP99: overviewCell(byKey.get('ttft_p99_ms')),
                    tpotP99: overviewCell(byKey.get('tpot_p99_ms')),
                    goodput: overviewCell(byKey.get('goodput_rps')),
                    maxRate: overviewCell(byKey.get('max_rate_qps')),
                },
            }
            : {}),
    };
}
const BINDING_LABELS = { must_fit: 'memory' };
/** A capacity cell: "32 (TTFT)" with the budget that stops it, "≥ 4,096" at the search limit, "none (TPOT)", '—' without a search. */
function capacityCell(value, limit, binding) {
    if (value === null || value === undefined)
        return '—';
    if (value === limit)
        return `≥${format/* NBSP */.MK}${(0,model/* formatCount */.B4)(value)}`;
    const by = binding ? (BINDING_LABELS[binding] ?? definitions/* METRIC_BY_KEY */.bu.get(binding)?.label ?? binding) : null;
    const text = value === 0 ? 'none' : (0,model/* formatCount */.B4)(value);
    return by ? `${text} (${by})` : text;
}
function sloRow(s) {
    const violated = s.slo.filter((c) => c.status === 'violated');
    const cap = s.capacity ?? null;
    return {
        scenario: s,
        missed: violated.map((c) => nb(c.kind === 'must_fit'
            ? 'does not fit in memory'
            : `${definitions/* METRIC_BY_KEY */.bu.get(c.metric)?.label ?? c.metric} ${sloActual(c)} ${c.kind === 'max' ? '>' : '<'} ${(0,format/* formatMetric */.gI)(c.metric, c.limit)}`)),
        headroom: violated.map((c) => nb(headroomCell(c))),
        budgets: s.slo.map((c) => nb((0,model/* describeBudget */.No)(c))),
        maxBatch: capacityCell(cap?.max_batch_within_slo, cap?.limits.batch, cap?.binding.batch),
        maxInput: capacityCell(cap?.max_input_tokens_within_slo, cap?.limits.input_tokens, cap?.binding.input_tokens),
    };
}
const FIT_FIX = 'Raise tensor or pipeline parallelism, lower the batch or the sequence lengths, choose a lower precision, or set `memory_offload: true`.';
const ERROR_TITLES = {
    does_not_fit: ['do not fit in device memory', FIT_FIX],
    draft_does_not_fit: [
        'have a draft model that does not fit in device memory',
        'Give the draft model more devices or a smaller precision, or pick a smaller draft model.',
    ],
};
/** Scenario ids listed under one note at most; the rest are counted. */
const NOTE_IDS_SHOWN = 20;
/**
 * The notes of the scenarios that are not unchanged (an unchanged scenario's notes were shown when it changed;
 * every note stays in report.json and the CLI output), e.g. "rope_scaling ignored: …", "vision tower not simulated", calibration fallbacks),
 * each text once with the scenarios it applies to, most common first.
 */
function noteGroups(scenarios, cap) {
    const groups = new Map();
    for (const s of scenarios) {
        for (const text of s.notes ?? []) {
            let g = groups.get(text);
            if (!g) {
                g = { text, ids: [], more: 0 };
                groups.set(text, g);
            }
            if (g.ids.length < cap)
                g.ids.push(s.id);
            else
                g.more++;
        }
    }
    return [...groups.values()].sort((a, b) => b.ids.length + b.more - (a.ids.length + a.more) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}
/** Errors grouped by cause: the simulator's error kind (fit errors), else the message with its numbers blanked. */
function errorGroups(entries, cap) {
    const groups = new Map();
    for (const e of entries) {
        const kind = e.scenario.errorKind ?? null;
        const message = e.scenario.error ?? 'unknown error';
        const known = kind !== null ? ERROR_TITLES[kind] : undefined;
        const key = known ? `kind:${kind}` : `msg:${message.replace(/\d+(\.\d+)?/g, '#')}`;
        let g = groups.get(key);
        if (!g) {
            g = { title: known ? known[0] : message, fix: known ? known[1] : '', entries: [], varied: false, more: 0 };
            groups.set(key, g);
        }
        if (g.entries.length > 0 && (g.entries[0].scenario.error ?? '') !== message)
            g.varied = true;
        g.entries.push(e);
    }
    const out = [...groups.values()].sort((a, b) => b.entries.length - a.entries.length);
    for (const g of out) {
        if (g.entries.length > cap) {
            g.more = g.entries.length - cap;
            g.entries = g.entries.slice(0, Math.max(1, cap));
        }
    }
    return out;
}
/** How many regressions the chart shows at most. */
const CHART_TOP = 8;
/** A scenario id as a mermaid string: no quotes, backticks, brackets or line breaks; at most 28 characters. */
function chartLabel(id) {
    const clean = id
        .replace(/[\u0000-\u001f\u007f"'`[\]{}<>\\|;#&]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return clean.length > 28 ? `${clean.slice(0, 27)}…` : clean || '?';
}
/**
 * A mermaid xychart (GitHub renders it) of the top regressions: the worst metric of each as a percentage of its
 * baseline (bars; the line at 100 is the baseline). '' when no regression has a relative change.
 */
function regressionChart(changed) {
    const points = [];
    for (const s of changed) {
        if (points.length >= CHART_TOP)
            break;
        const w = s.hasRegression ? (0,model/* worstRegression */.ti)(s) : null;
        if (!w || w.relDelta === null || !Number.isFinite(w.relDelta))
            continue;
        points.push({ label: `${chartLabel(s.id)} · ${w.label}`, pct: Math.round((1 + w.relDelta) * 1000) / 10, metric: w.label });
    }
    if (points.length === 0)
        return '';
    const max = Math.max(110, ...points.map((p) => p.pct));
    const top = Math.ceil(max / 10) * 10;
    return [
        '```mermaid',
        'xychart-beta',
        `  title "Top ${points.length === 1 ? 'regression' : `${points.length} regressions`}: worst metric, % of baseline"`,
        `  x-axis [${points.map((p) => `"${p.label}"`).join(', ')}]`,
        `  y-axis "% of baseline" 0 --> ${top}`,
        `  bar [${points.map((p) => p.pct).join(', ')}]`,
        `  line [${points.map(() => 100).join(', ')}]`,
        '```',
    ].join('\n');
}
/** Whether `update` would rewrite a baseline: some scenario differs from its entry (not errors or SLO alone). */
function baselinesDiffer(report) {
    return report.scenarios.some((s) => s.classification !== 'unchanged' && s.classification !== 'error');
}
function acceptedEntry(s) {
    const metrics = s.accepted?.metrics ?? [];
    return { ...entry(s), rows: (0,model/* metricRows */.IN)(metrics), changes: metrics.filter((m) => (0,model/* isChange */.Xb)(m.verdict)) };
}
/** `<prefix> check [--config X] --filter '…'` → `<prefix> update [--config X]`. */
function defaultUpdateCommand(report) {
    for (const s of report.scenarios) {
        const m = /^(.*?) check((?: --config \S+)?)(?: |$)/.exec(s.reproduce ?? '');
        if (m)
            return `${m[1]} update${m[2]}`;
    }
    return 'npx genz update';
}
function emojiFor(report) {
    if (report.policy.fail)
        return '❌';
    if (report.summary.status === 'clean' && !report.scenarios.some(model/* hasAcceptedRegression */.tZ))
        return '✅';
    return '⚠️';
}
/** How many fail-on reasons the full report lists. */
const MAX_REASONS = 20;
const HINTS = {
    comment: "this run's job summary or the report JSON (the `report-json` output)",
    summary: 'the report JSON (the `report-json` output, `--report-json` on the command line)',
};
/** How many entries the report lists at most in each long list (the rest are counted; report.json has all). */
const LIST_MAX = 1000;
/** The first LIST_MAX of `list`, and how many are left out. */
function listed(list) {
    return list.length <= LIST_MAX ? [list, 0] : [list.slice(0, LIST_MAX), list.length - LIST_MAX];
}
/**
 * The level-independent part of a report's context (sections with their entries, rankings). `fit` renders a
 * report at several levels and sizes; preparing once keeps that linear in the scenarios (a 100,000-scenario
 * report took a minute to fit in a comment when each try rebuilt it).
 */
function prepareContext(report) {
    const sections = {
        errors: [],
        removed: [],
        added: [],
        regressions: [],
        inputsChanged: [],
        simulatorChanged: [],
        improvements: [],
        unchanged: [],
    };
    const regressed = [];
    for (const s of report.scenarios) {
        const section = (0,model/* sectionOf */.ZE)(s);
        if (section === 'regressions')
            regressed.push(s);
        else
            sections[section].push(entry(s));
    }
    sections.regressions = (0,model/* rankFlagged */.p7)(regressed).map(entry);
    const simulatorOnly = sections.simulatorChanged.filter((e) => !e.scenario.hasMetricChanges);
    const slo = [];
    for (const s of report.scenarios)
        for (const check of s.slo)
            if (check.status === 'violated' || check.atRisk)
                slo.push({ scenario: s, check });
    const flagged = (0,model/* rankFlagged */.p7)(report.scenarios);
    const changed = report.scenarios.filter(isChanged).sort(compareChanged);
    const withSlo = report.scenarios.filter((s) => s.slo.length > 0);
    const violating = withSlo.filter((s) => s.sloViolated).sort(model/* compareSeverity */.zK);
    return { report, sections, simulatorOnly, slo, flagged, changed, withSlo, violating };
}
/** The template context of a report at a level. `top` caps how many flagged scenarios the short level lists. */
function buildContext(report, level = 'full', options = {}, prepared = prepareContext(report)) {
    const { sections, simulatorOnly, slo, flagged, changed, withSlo, violating } = prepared;
    const medium = options.medium ?? 'comment';
    const cap = level === 'capped' ? Math.max(0, options.top ?? changed.length) : changed.length;
    const left = changed.slice(cap);
    const leftCounts = [];
    const bump = (label, n) => {
        if (n > 0)
            leftCounts.push(`${(0,model/* formatCount */.B4)(n)} ${label}`);
    };
    bump('worse', left.filter((s) => s.hasRegression).length);
    bump('better', left.filter((s) => !s.hasRegression && s.classification !== 'inputs_changed' && s.classification !== 'simulator_changed').length);
    bump('inputs changed', left.filter((s) => !s.hasRegression && s.classification === 'inputs_changed').length);
    bump('simulator changed', left.filter((s) => !s.hasRegression && s.classification === 'simulator_changed').length);
    const overview = changed.slice(0, cap).map(overviewRow);
    const sloCap = level === 'capped' ? Math.max(0, options.top ?? violating.length) : violating.length;
    const [unchangedListed, unchangedMore] = listed(sections.unchanged);
    const [addedListed, addedMore] = listed(sections.added);
    const [removedListed, removedMore] = listed(sections.removed);
    const [simulatorChangedListed, simulatorChangedMore] = listed(simulatorOnly);
    const [details, detailsMore] = level === 'full' ? listed(changed) : [[], 0];
    return {
        report,
        level,
        collapsed: level !== 'full',
        emoji: emojiFor(report),
        counts: (0,model/* classificationCounts */.hY)(report),
        ...sections,
        slo,
        sloAtRisk: slo.filter((e) => e.check.atRisk).length,
        accepted: report.scenarios.filter(model/* hasAcceptedRegression */.tZ).map(acceptedEntry),
        overview,
        overviewServing: overview.filter((r) => r.serving !== undefined),
        changedTotal: changed.length,
        overviewMore: left.length,
        overviewMoreCounts: leftCounts,
        details: details.map(entry),
        detailsMore,
        unchangedListed,
        unchangedMore,
        addedListed,
        addedMore,
        removedListed,
        removedMore,
        simulatorChangedListed,
        simulatorChangedMore,
        sloRows: violating.slice(0, sloCap).map(sloRow),
        sloMore: violating.length - Math.min(sloCap, violating.length),
        capacityRows: level === 'capped' ? [] : withSlo.filter((s) => !s.sloViolated && s.capacity).map(sloRow),
        simulatorChanged: simulatorOnly,
        chart: level === 'full' || level === 'collapsed' ? regressionChart(changed) : '',
        errorGroups: errorGroups(sections.errors, level === 'capped' ? Math.max(1, cap) : LIST_MAX),
        noteGroups: level === 'full'
            ? noteGroups(report.scenarios.filter((x) => x.classification !== 'unchanged'), NOTE_IDS_SHOWN)
            : [],
        showRefresh: baselinesDiffer(report),
        top: level === 'short' ? flagged.slice(0, Math.max(0, options.top ?? flagged.length)).map(entry) : [],
        flagged: flagged.length,
        showReasons: level === 'full' && report.policy.fail && report.policy.reasons.length > 0,
        reasons: report.policy.reasons.slice(0, MAX_REASONS),
        moreReasons: Math.max(0, report.policy.reasonCount - Math.min(MAX_REASONS, report.policy.reasons.length)),
        updateCommand: options.updateCommand ?? defaultUpdateCommand(report),
        medium: medium === 'comment' ? 'comment' : 'job summary',
        hint: HINTS[medium],
    };
}
let environment = null;
const PRECOMPILED = new Map([
    [REPORT_TEMPLATE, REPORT_TEMPLATE_SPEC],
    [SHORT_TEMPLATE, SHORT_TEMPLATE_SPEC],
]);
const compiled = new Map();
const MAX_CACHED_TEMPLATES = 8;
function compile(source, what) {
    const cached = compiled.get(source);
    if (cached)
        return cached;
    environment ??= createReportEnvironment();
    let fn;
    try {
        // The default templates were compiled at build time (scripts/embed-templates.mjs): compiling them here took
        // most of a small run's time after its simulations. A project's own template is compiled now.
        const spec = PRECOMPILED.get(source);
        fn = spec !== undefined ? environment.template(spec) : environment.compile(source, { noEscape: true });
    }
    catch (e) {
        throw new errors/* UserMessageError */.TV(`${what}: ${e.message}`, what);
    }
    const run = (context) => {
        try {
            return fn(context);
        }
        catch (e) {
            throw new errors/* UserMessageError */.TV(`${what}: ${e.message}`, what);
        }
    };
    if (compiled.size >= MAX_CACHED_TEMPLATES)
        compiled.delete(compiled.keys().next().value);
    compiled.set(source, run);
    return run;
}
/** Collapses runs of blank lines, drops trailing spaces and leading blank lines, ends with exactly one newline. */
function tidy(markdown) {
    return markdown
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t]+$/gm, '')
        .replace(/\n{3,}/g, '\n\n')
        .replace(/^\n+/, '')
        .replace(/\n*$/, '\n');
}
function renderLevel(report, level, options, prepared) {
    const context = buildContext(report, level, options, prepared);
    const template = level === 'short'
        ? compile(SHORT_TEMPLATE, 'short report template')
        : options.template !== undefined
            ? compile(options.template, 'report template')
            : compile(REPORT_TEMPLATE, 'default report template');
    return tidy(template(context));
}
/**
 * The Markdown report. With `maxLength`, shrinks like {@link fitComment} to at most that many characters.
 * Throws when a user template does not compile or fails to render (the message starts with "report template:").
 */
function renderMarkdown(report, options = {}) {
    if (options.maxLength !== undefined)
        return fit(report, options.maxLength, (s) => s.length, 'comment', options).markdown;
    return renderLevel(report, 'full', options);
}
function fitArgs(limitOrOptions, options, defaultLimit) {
    if (typeof limitOrOptions === 'object' && limitOrOptions !== null)
        return [limitOrOptions.limit ?? defaultLimit, limitOrOptions];
    return [limitOrOptions ?? options.limit ?? defaultLimit, options];
}
/**
 * A pull request comment of at most `maxChars` characters (GitHub's limit is 65,536). Also callable as
 * `fitComment(report, { template, limit })`.
 */
function fitComment(report, maxChars = 65536, options = {}) {
    const [limit, opts] = fitArgs(maxChars, options, 65536);
    return fit(report, limit, (s) => s.length, 'comment', opts);
}
/**
 * A job summary of at most `maxBytes` UTF-8 bytes (GitHub's limit is 1 MiB per step). Also callable as
 * `fitSummary(report, { template, limit })`.
 */
function fitSummary(report, maxBytes = 1024 * 1024, options = {}) {
    const [limit, opts] = fitArgs(maxBytes, options, 1024 * 1024);
    return fit(report, limit, (s) => Buffer.byteLength(s, 'utf8'), 'summary', opts);
}
/** Characters a scenario's row in the default template takes besides its id, at least (a list item "- " and a newline). */
const ROW_OVERHEAD = 3;
/** How many flagged scenarios the short report lists at most. */
const SHORT_TOP = 25;
/**
 * Full; else unchanged/improvement/new details collapsed to counts; else the short report with the first N most
 * severe flagged scenarios (N halving until it fits); else the short report cut hard at the limit.
 */
function fit(report, limit, size, medium, options) {
    const base = { template: options.template, updateCommand: options.updateCommand, medium };
    // The default template writes every scenario's id in a row of its own at the full level, and every changed
    // scenario's at the collapsed level: when those rows alone exceed the limit, the level cannot fit and is not
    // rendered (a sweep of 100,000 scenarios would otherwise render them all only to discard them). A user
    // template may leave rows out, so it is always rendered. Characters ≤ UTF-8 bytes, so the bound holds for both.
    const rowsAlone = (list) => {
        let n = 0;
        for (const s of list)
            n += s.id.length + ROW_OVERHEAD;
        return n;
    };
    const prepared = prepareContext(report);
    const { sections, changed } = prepared;
    // The full level lists every changed scenario in the overview and up to LIST_MAX of each other list.
    const firstOf = (list) => list.slice(0, LIST_MAX).map((e) => e.scenario);
    const fullRows = rowsAlone(changed) +
        rowsAlone(firstOf(sections.unchanged)) +
        rowsAlone(firstOf(sections.added)) +
        rowsAlone(firstOf(sections.removed)) +
        rowsAlone(firstOf(sections.errors));
    const defaultTemplate = options.template === undefined;
    if (!defaultTemplate || fullRows <= limit) {
        const full = renderLevel(report, 'full', base, prepared);
        if (size(full) <= limit)
            return { markdown: full, level: 'full' };
    }
    if (!defaultTemplate || rowsAlone(changed) <= limit) {
        const collapsed = renderLevel(report, 'collapsed', base, prepared);
        if (size(collapsed) <= limit)
            return { markdown: collapsed, level: 'collapsed' };
    }
    // Capped: the overview and SLO tables keep their most severe rows; every other change is counted.
    // The largest number of rows that fits (binary search; at least one row, else the short report). A row takes
    // well over 50 characters, which bounds the search.
    let lo = 0;
    let hi = Math.min(report.scenarios.length, Math.ceil(limit / 50));
    let best = null;
    while (lo < hi) {
        const top = Math.ceil((lo + hi) / 2);
        const capped = renderLevel(report, 'capped', { ...base, top }, prepared);
        if (size(capped) <= limit) {
            lo = top;
            best = capped;
        }
        else
            hi = top - 1;
    }
    if (best !== null)
        return { markdown: best, level: 'capped' };
    const flagged = prepared.flagged.length;
    let smallest = '';
    for (let top = Math.min(flagged, SHORT_TOP);; top = Math.floor(top / 2)) {
        smallest = renderLevel(report, 'short', { ...base, top }, prepared);
        if (size(smallest) <= limit)
            return { markdown: smallest, level: 'short' };
        if (top === 0)
            break;
    }
    return { markdown: truncate(smallest, limit, size), level: 'truncated' };
}
const TRUNCATION_NOTE = '\n\n… (truncated)\n';
/**
 * Cuts `text` so that it (plus a truncation note when room allows) measures at most `limit`; never splits a
 * surrogate pair (nor, therefore, a UTF-8 sequence).
 */
function truncate(text, limit, size = (s) => s.length) {
    if (size(text) <= limit)
        return text;
    if (limit <= 0)
        return '';
    const note = size(TRUNCATION_NOTE) < limit ? TRUNCATION_NOTE : '';
    const budget = limit - size(note);
    // Binary search for the longest prefix within budget (size is monotonic in the prefix length).
    let lo = 0;
    let hi = Math.min(text.length, budget);
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (size(safePrefix(text, mid)) <= budget)
            lo = mid;
        else
            hi = mid - 1;
    }
    return safePrefix(text, lo) + note;
}
/** The first `n` code units of `text`, one fewer when that would split a surrogate pair. */
function safePrefix(text, n) {
    if (n <= 0)
        return '';
    if (n >= text.length)
        return text;
    const last = text.charCodeAt(n - 1);
    return last >= 0xd800 && last <= 0xdbff ? text.slice(0, n - 1) : text.slice(0, n);
}

;// CONCATENATED MODULE: ./src/report/html.ts




/** Text as HTML (element content and quoted attribute values). */
function escapeHtml(value) {
    return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1200px;padding:0 16px;color:#1f2328}
h1{font-size:20px}h2{font-size:16px;margin-top:28px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0;font-size:13px}th,td{border:1px solid #d0d7de;padding:4px 8px;vertical-align:top}
th{background:#f6f8fa;text-align:left}td.n{text-align:right;white-space:nowrap}.worse{color:#cf222e}.better{color:#1a7f37}
.why{margin:4px 0 8px 0;padding-left:18px}.muted{color:#59636e}details{margin:8px 0}summary{cursor:pointer}
svg text{font:11px system-ui,sans-serif;fill:#1f2328}figure.sweep svg{margin-right:8px}
.legend{list-style:none;padding:0;margin:4px 0;font-size:12px}.sw{display:inline-block;width:10px;height:10px;margin:0 4px 0 8px;vertical-align:middle}`;
function cls(m) {
    if (!m)
        return '';
    return m.verdict === 'regression' ? 'worse' : m.verdict === 'improvement' ? 'better' : '';
}
function table(head, rows, numeric = []) {
    const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
    const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric[i] ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`).join('\n');
    return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
/** Grouped bars: for each scenario (group), baseline and current of one metric, scaled to the largest value. */
function barChart(title, groups, unit) {
    if (groups.length === 0)
        return '';
    const w = 760;
    const rowH = 34;
    const left = 230;
    const h = groups.length * rowH + 30;
    const max = Math.max(...groups.flatMap((g) => [g.baseline, g.current])) || 1;
    const scale = (v) => Math.max(1, ((w - left - 90) * v) / max);
    const bars = groups
        .map((g, i) => {
        const y = 22 + i * rowH;
        const label = g.label.length > 34 ? `${g.label.slice(0, 33)}…` : g.label;
        return (`<text x="${left - 6}" y="${y + 12}" text-anchor="end">${escapeHtml(label)}</text>` +
            `<rect x="${left}" y="${y}" width="${scale(g.baseline).toFixed(1)}" height="12" fill="#8c959f"><title>baseline ${escapeHtml((0,format/* formatNumber */.ZV)(g.baseline))} ${escapeHtml(unit)}</title></rect>` +
            `<text x="${(left + scale(g.baseline) + 4).toFixed(1)}" y="${y + 10}">${escapeHtml((0,format/* formatNumber */.ZV)(g.baseline))}</text>` +
            `<rect x="${left}" y="${y + 14}" width="${scale(g.current).toFixed(1)}" height="12" fill="${g.worse ? '#cf222e' : '#1a7f37'}"><title>current ${escapeHtml((0,format/* formatNumber */.ZV)(g.current))} ${escapeHtml(unit)}</title></rect>` +
            `<text x="${(left + scale(g.current) + 4).toFixed(1)}" y="${y + 24}">${escapeHtml((0,format/* formatNumber */.ZV)(g.current))}</text>`);
    })
        .join('\n');
    return (`<figure><figcaption>${escapeHtml(title)} <span class="muted">(grey: baseline, colour: current, ${escapeHtml(unit)})</span></figcaption>` +
        `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(title)}">\n${bars}\n</svg></figure>`);
}
/** Horizontal bars of a why line's shares (signed), one per phase and operator group. */
function shareChart(s) {
    const line = s.why?.[0];
    if (!line || line.shares.length === 0)
        return '';
    const w = 520;
    const left = 200;
    const mid = left + 140;
    const rows = line.shares
        .map((x, i) => {
        const y = 8 + i * 20;
        const len = Math.min(140, Math.abs(x.share) * 140);
        const x0 = x.share >= 0 ? mid : mid - len;
        return (`<text x="${left - 6}" y="${y + 10}" text-anchor="end">${escapeHtml(`${x.phase} ${x.group}`)}</text>` +
            `<rect x="${x0.toFixed(1)}" y="${y}" width="${len.toFixed(1)}" height="12" fill="${x.share >= 0 ? '#0969da' : '#bf8700'}"></rect>` +
            `<text x="${mid + 146}" y="${y + 10}">${escapeHtml(`${Math.round(x.share * 100)}% (${x.bound})`)}</text>`);
    })
        .join('\n');
    return (`<figure><figcaption>${escapeHtml(line.label)} change by phase and operator group</figcaption>` +
        `<svg xmlns="http://www.w3.org/2000/svg" width="${w + 120}" height="${line.shares.length * 20 + 12}">\n<line x1="${mid}" y1="0" x2="${mid}" y2="${line.shares.length * 20 + 8}" stroke="#8c959f"/>\n${rows}\n</svg></figure>`);
}
function metricChart(changed, key) {
    const def = definitions/* METRIC_BY_KEY */.bu.get(key);
    const groups = changed
        .filter((s) => s.hasRegression)
        .slice(0, 10)
        .flatMap((s) => {
        const m = s.metrics.find((x) => x.key === key);
        return m && typeof m.baseline === 'number' && typeof m.current === 'number' && m.baseline !== m.current
            ? [{ label: s.id, baseline: m.baseline, current: m.current, worse: m.verdict === 'regression' }]
            : [];
    });
    return barChart(`${def.label}: top regressions`, groups, def.unit);
}
const GROUP_COLOURS = {
    attention: '#0969da',
    'QKV/O projections': '#8250df',
    'FFN/experts': '#bf8700',
    collectives: '#cf222e',
    'LM head/embeddings': '#1a7f37',
    SSM: '#0550ae',
    'LoRA adapters': '#bc4c00',
    other: '#8c959f',
};
const colourOf = (group) => GROUP_COLOURS[group] ?? '#6e7781';
/** The current run's latency per pass, one stacked bar per phase split by operator group, with a legend. */
function breakdownChart(s) {
    const phases = (s.breakdown ?? []).filter((p) => p.totalMs > 0);
    if (phases.length === 0)
        return '';
    const w = 760;
    const left = 70;
    const barW = w - left - 20;
    const rowH = 30;
    const bars = phases
        .map((p, i) => {
        const y = 8 + i * rowH;
        let x = left;
        const segs = p.groups
            .map((g) => {
            const len = (barW * g.ms) / p.totalMs;
            const tip = `${p.phase} · ${g.group}: ${(0,format/* formatNumber */.ZV)(g.ms)} ms (${(0,format/* formatNumber */.ZV)((100 * g.ms) / p.totalMs)}%), ${g.bound}-bound`;
            const rect = `<rect class="op" x="${x.toFixed(1)}" y="${y}" width="${Math.max(len, 0.5).toFixed(1)}" height="18" fill="${colourOf(g.group)}"><title>${escapeHtml(tip)}</title></rect>`;
            x += len;
            return rect;
        })
            .join('');
        return `<text x="${left - 6}" y="${y + 13}" text-anchor="end">${escapeHtml(p.phase)}</text>${segs}`;
    })
        .join('\n');
    const legend = phases
        .map((p) => `<li><strong>${escapeHtml(p.phase)}</strong> ${escapeHtml(`${(0,format/* formatNumber */.ZV)(p.totalMs)}${format/* NBSP */.MK}ms per pass`)}: ` +
        p.groups
            .map((g) => `<span class="sw" style="background:${colourOf(g.group)}"></span>${escapeHtml(`${g.group} ${(0,format/* formatNumber */.ZV)((100 * g.ms) / p.totalMs)}% (${g.bound})`)}`)
            .join(' · ') +
        '</li>')
        .join('');
    return (`<figure class="breakdown"><figcaption>Per-operator breakdown of the current run <span class="muted">(the roofline's latency of each pass by operator group, before calibration; hover for ms)</span></figcaption>` +
        `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${phases.length * rowH + 10}" role="img" aria-label="per-operator breakdown of ${escapeHtml(s.id)}">\n${bars}\n</svg>` +
        `<ul class="legend">${legend}</ul></figure>`);
}
const BATCH = /(^| · )batch (\d+)(?= · |$)/;
/** Scenarios that differ only in batch (same model, hardware and setup otherwise), two batch sizes or more. */
function batchSweeps(report) {
    const groups = new Map();
    for (const s of report.scenarios) {
        const m = s.setup ? BATCH.exec(s.setup) : null;
        if (!m || !s.current)
            continue;
        const rest = s.setup.replace(BATCH, '').replace(/^ · /, '');
        const title = `${s.model?.resolved ?? '?'} on ${s.hardware?.resolved ?? '?'} · ${rest}`;
        let g = groups.get(title);
        if (!g) {
            g = { title, points: [] };
            groups.set(title, g);
        }
        g.points.push({ batch: Number(m[2]), scenario: s });
    }
    return [...groups.values()]
        .map((g) => ({ ...g, points: [...new Map(g.points.map((p) => [p.batch, p])).values()].sort((a, b) => a.batch - b.batch) }))
        .filter((g) => g.points.length >= 2);
}
const SWEEP_METRICS = ['ttft_ms', 'tpot_ms', 'e2e_ms'];
const PANEL = { w: 250, h: 170, l: 46, r: 10, t: 18, b: 30 };
/** A panel's opening <svg>, title and axes (y from 0 to `max`); the caller adds ticks, lines and the closing tag. */
function panelFrame(p, label, title, max) {
    const { w, h, l, r, t, b } = p;
    return (`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(label)}">` +
        `<text x="${l}" y="12">${escapeHtml(title)}</text>` +
        `<line x1="${l}" y1="${h - b}" x2="${w - r}" y2="${h - b}" stroke="#8c959f"/><line x1="${l}" y1="${t}" x2="${l}" y2="${h - b}" stroke="#8c959f"/>` +
        `<text x="${l - 4}" y="${t + 4}" text-anchor="end">${escapeHtml((0,format/* formatNumber */.ZV)(max))}</text><text x="${l - 4}" y="${h - b}" text-anchor="end">0</text>`);
}
/** One panel: a metric against batch (current solid, baseline dashed where it differs), batches evenly spaced. */
function sweepPanel(points, key) {
    const def = definitions/* METRIC_BY_KEY */.bu.get(key);
    const { w, h, l, r, t, b } = PANEL;
    const cur = points.map((p) => p.scenario.current?.[key] ?? null);
    const base = points.map((p) => {
        const m = p.scenario.metrics.find((x) => x.key === key);
        return typeof m?.baseline === 'number' ? m.baseline : null;
    });
    const values = [...cur, ...base].filter((v) => v !== null && Number.isFinite(v));
    if (values.length === 0)
        return '';
    const max = Math.max(...values) || 1;
    const xs = (i) => l + (points.length === 1 ? 0 : ((w - l - r) * i) / (points.length - 1));
    const ys = (v) => t + (h - t - b) * (1 - v / max);
    const line = (vals, attrs, cls) => {
        const pts = vals.flatMap((v, i) => (v === null ? [] : [`${xs(i).toFixed(1)},${ys(v).toFixed(1)}`]));
        return pts.length > 1 ? `<polyline class="${cls}" fill="none" ${attrs} points="${pts.join(' ')}"/>` : '';
    };
    const differs = base.some((v, i) => v !== null && v !== cur[i]);
    const dots = cur
        .map((v, i) => v === null
        ? ''
        : `<circle cx="${xs(i).toFixed(1)}" cy="${ys(v).toFixed(1)}" r="3" fill="#0969da"><title>${escapeHtml(`batch ${points[i].batch}: ${(0,format/* formatMetric */.gI)(key, v)} (${points[i].scenario.id})`)}</title></circle>`)
        .join('');
    const ticks = points.map((p, i) => `<text x="${xs(i).toFixed(1)}" y="${h - b + 14}" text-anchor="middle">${p.batch}</text>`).join('');
    return (panelFrame(PANEL, `${def.label} vs batch`, `${def.label} (${def.unit})`, max) +
        ticks +
        `<text x="${(l + w - r) / 2}" y="${h - 2}" text-anchor="middle">batch</text>` +
        (differs ? line(base, 'stroke="#8c959f" stroke-dasharray="4 3"', 'baseline') : '') +
        line(cur, 'stroke="#0969da" stroke-width="2"', 'current') +
        dots +
        '</svg>');
}
const LOAD_PANEL = { w: 340, h: 190, l: 50, r: 14, t: 18, b: 30 };
/**
 * One panel of a serving scenario's latency-vs-load curve: a p99 latency against the Poisson request rate
 * (linear axes from 0), each point coloured by whether the SLO held there, the budget as a dashed horizontal
 * line when the scenario sets one, and max_rate_qps as a dashed vertical line.
 */
function loadPanel(s, key) {
    const curve = s.loadCurve;
    const def = definitions/* METRIC_BY_KEY */.bu.get(key);
    const { w, h, l, r, t, b } = LOAD_PANEL;
    const pts = curve.points
        .filter((p) => Number.isFinite(p.rateQps) && p.rateQps >= 0)
        .map((p) => ({ rate: p.rateQps, v: key === 'ttft_p99_ms' ? p.ttftP99Ms : p.tpotP99Ms, holds: p.sloHolds }))
        .filter((p) => p.v !== null && Number.isFinite(p.v))
        .sort((a, c) => a.rate - c.rate);
    if (pts.length === 0)
        return '';
    const budget = key === 'ttft_p99_ms' ? curve.ttftP99BudgetMs : curve.tpotP99BudgetMs;
    const maxRate = curve.maxRateQps !== null && Number.isFinite(curve.maxRateQps) ? curve.maxRateQps : null;
    const xMax = Math.max(...pts.map((p) => p.rate), maxRate ?? 0) || 1;
    const yMax = Math.max(...pts.map((p) => p.v), budget !== null && Number.isFinite(budget) ? budget : 0) || 1;
    const xs = (v) => l + ((w - l - r) * v) / xMax;
    const ys = (v) => t + (h - t - b) * (1 - v / yMax);
    const line = pts.length > 1
        ? `<polyline class="current" fill="none" stroke="#0969da" stroke-width="2" points="${pts.map((p) => `${xs(p.rate).toFixed(1)},${ys(p.v).toFixed(1)}`).join(' ')}"/>`
        : '';
    const dots = pts
        .map((p) => `<circle cx="${xs(p.rate).toFixed(1)}" cy="${ys(p.v).toFixed(1)}" r="3" fill="${p.holds ? '#0969da' : '#cf222e'}"><title>${escapeHtml(`${(0,format/* formatNumber */.ZV)(p.rate)} req/s: ${(0,format/* formatMetric */.gI)(key, p.v)}${p.holds ? '' : ' (SLO missed)'}`)}</title></circle>`)
        .join('');
    const slo = budget !== null && Number.isFinite(budget)
        ? `<line class="budget" x1="${l}" y1="${ys(budget).toFixed(1)}" x2="${w - r}" y2="${ys(budget).toFixed(1)}" stroke="#bf8700" stroke-dasharray="5 4"><title>${escapeHtml(`budget ${(0,format/* formatMetric */.gI)(key, budget)}`)}</title></line>`
        : '';
    const rate = maxRate !== null
        ? `<line class="max-rate" x1="${xs(maxRate).toFixed(1)}" y1="${t}" x2="${xs(maxRate).toFixed(1)}" y2="${h - b}" stroke="#1a7f37" stroke-dasharray="2 3"><title>${escapeHtml(`max rate within SLO ${(0,format/* formatNumber */.ZV)(maxRate)} req/s`)}</title></line>`
        : '';
    const ticks = [0, xMax / 2, xMax]
        .map((v) => `<text x="${xs(v).toFixed(1)}" y="${h - b + 14}" text-anchor="middle">${escapeHtml((0,format/* formatNumber */.ZV)(v))}</text>`)
        .join('');
    return (panelFrame(LOAD_PANEL, `${def.label} vs request rate of ${s.id}`, `${def.label} (${def.unit})`, yMax) +
        ticks +
        `<text x="${(l + w - r) / 2}" y="${h - 2}" text-anchor="middle">request rate (req/s)</text>` +
        slo +
        rate +
        line +
        dots +
        '</svg>');
}
/** A serving scenario's latency-vs-load chart (p99 TTFT and TPOT against the request rate), '' without a curve. */
function loadChart(s) {
    if (!s.loadCurve || s.loadCurve.points.length === 0)
        return '';
    const panels = ['ttft_p99_ms', 'tpot_p99_ms'].map((k) => loadPanel(s, k)).join('');
    if (panels === '')
        return '';
    const c = s.loadCurve;
    const notes = [
        c.maxRateQps !== null ? `dotted green: max rate within SLO, ${(0,format/* formatNumber */.ZV)(c.maxRateQps)} req/s` : '',
        c.ttftP99BudgetMs !== null || c.tpotP99BudgetMs !== null ? 'dashed: the p99 budget' : '',
        'red points: a rate where an SLO was missed',
    ].filter(Boolean);
    return (`<figure class="load sweep"><figcaption>Latency vs load <span class="muted">${escapeHtml(`(the rates the max-rate search simulated; ${notes.join('; ')})`)}</span></figcaption>` +
        `${panels}</figure>`);
}
/** Latency vs load of the serving scenarios without a details section (unchanged, new), at most `limit`. */
function loadSection(report, detailed, limit = 20) {
    const rest = report.scenarios.filter((s) => !detailed.has(s) && s.loadCurve && s.loadCurve.points.length > 0);
    if (rest.length === 0)
        return '';
    const out = [`<h2 id="load">Latency vs load (${rest.length} serving scenario${rest.length === 1 ? '' : 's'})</h2>`];
    for (const s of rest.slice(0, limit)) {
        out.push(`<h3 id="load-${escapeHtml(encodeURIComponent(s.id))}">${escapeHtml(s.id)} <span class="muted">${escapeHtml((0,model/* describeTarget */.ff)(s))}</span></h3>`);
        out.push(loadChart(s));
    }
    if (rest.length > limit)
        out.push(`<p class="muted">${escapeHtml(`and ${rest.length - limit} more serving scenarios (see the JSON report)`)}</p>`);
    return out.join('\n');
}
/** Latency vs batch for every batch sweep of the run (at most `limit` groups; the rest counted). */
function batchSection(report, limit = 20) {
    const sweeps = batchSweeps(report);
    if (sweeps.length === 0)
        return '';
    const out = [`<h2 id="batch">Latency vs batch (${sweeps.length} sweep${sweeps.length === 1 ? '' : 's'})</h2>`];
    out.push('<p class="muted">Scenarios that differ only in batch. Blue: current; dashed grey: baseline, where it differs.</p>');
    for (const g of sweeps.slice(0, limit)) {
        out.push(`<figure class="sweep"><figcaption>${escapeHtml(g.title)}</figcaption>${SWEEP_METRICS.map((k) => sweepPanel(g.points, k)).join('')}</figure>`);
    }
    if (sweeps.length > limit)
        out.push(`<p class="muted">${escapeHtml(`and ${sweeps.length - limit} more sweeps (see the JSON report)`)}</p>`);
    return out.join('\n');
}
/** The HTML report of a run. */
function renderHtml(report) {
    const ctx = buildContext(report, 'full');
    const changed = ctx.overview.map((r) => r.scenario);
    const out = [];
    out.push(`<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`);
    out.push(`<title>${escapeHtml(report.verdict)}</title><style>${CSS}</style></head><body>`);
    out.push(`<h1>${escapeHtml(ctx.emoji)} ${escapeHtml(report.verdict)}</h1>`);
    out.push(`<p>${escapeHtml(`${report.summary.total.toLocaleString('en-US')} scenarios: ${ctx.counts.join(' · ')}`)}</p>`);
    if (ctx.overview.length > 0) {
        out.push(`<h2 id="changed">Changed scenarios (${changed.length})</h2>`);
        out.push(table(['', 'Scenario', 'Inputs changed', 'TTFT', 'TPOT', 'E2E', 'Total throughput'], ctx.overview.map((r) => {
            const by = new Map(r.scenario.metrics.map((m) => [m.key, m]));
            const cell = (k) => `<span class="${cls(by.get(k))}">${escapeHtml(overviewCell(by.get(k)))}</span>`;
            return [
                escapeHtml(r.status),
                `<a href="#s-${escapeHtml(encodeURIComponent(r.scenario.id))}">${escapeHtml(r.scenario.id)}</a>`,
                escapeHtml((r.scenario.inputsChanged ? (0,model/* describeInputChanges */.Ve)(r.scenario) : []).join('; ') || '—'),
                cell('ttft_ms'),
                cell('tpot_ms'),
                cell('e2e_ms'),
                cell('total_throughput_tps'),
            ];
        }), [false, false, false, true, true, true, true]));
        for (const key of ['ttft_ms', 'tpot_ms', 'e2e_ms'])
            out.push(metricChart(changed, key));
    }
    const slo = [...ctx.sloRows, ...ctx.capacityRows];
    if (slo.length > 0) {
        out.push(`<h2 id="slo">SLO budgets (${ctx.sloRows.length} over budget)</h2>`);
        out.push(table(['Scenario', 'Budgets', 'Missed', 'Headroom', 'Max batch within SLO', 'Max input within SLO'], slo.map((r) => [
            escapeHtml(r.scenario.id),
            r.budgets.map(escapeHtml).join('<br>'),
            r.missed.map(escapeHtml).join('<br>') || '—',
            r.headroom.map(escapeHtml).join('<br>') || '—',
            escapeHtml(r.maxBatch),
            escapeHtml(r.maxInput),
        ]), [false, false, false, true, true, true]));
    }
    out.push(batchSection(report));
    out.push(loadSection(report, new Set(ctx.details.map((e) => e.scenario))));
    if (ctx.details.length > 0) {
        out.push('<h2 id="details">Details</h2>');
        for (const e of ctx.details) {
            const s = e.scenario;
            out.push(`<h3 id="s-${escapeHtml(encodeURIComponent(s.id))}">${escapeHtml(s.id)} <span class="muted">${escapeHtml((0,model/* describeTarget */.ff)(s))}${s.setup ? ` · ${escapeHtml(s.setup)}` : ''}</span></h3>`);
            if (e.why.length > 0)
                out.push(`<ul class="why">${e.why.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`);
            out.push(shareChart(s));
            out.push(breakdownChart(s));
            out.push(loadChart(s));
            out.push(table(['Metric', 'Baseline', 'Current', 'Change'], (0,model/* metricRows */.IN)(s.metrics).map((m) => [
                escapeHtml(m.label),
                escapeHtml((0,format/* formatMetric */.gI)(m.key, m.baseline, format/* NBSP */.MK)),
                escapeHtml((0,format/* formatMetric */.gI)(m.key, m.current, format/* NBSP */.MK)),
                `<span class="${cls(m)}">${escapeHtml(changeCell(m))}</span>`,
            ]), [false, true, true, false]));
            out.push(`<p class="muted">Reproduce: <code>${escapeHtml(s.reproduce)}</code></p>`);
        }
    }
    if (ctx.errorGroups.length > 0) {
        out.push(`<h2 id="errors">Errors (${ctx.errors.length})</h2>`);
        for (const g of ctx.errorGroups) {
            out.push(`<p><strong>${escapeHtml(`${g.entries.length + g.more} scenario${g.entries.length + g.more === 1 ? '' : 's'}: ${g.title}`)}</strong> ${escapeHtml(g.fix)}</p>`);
            out.push(`<details><summary>Scenarios</summary><ul>${g.entries.map((e) => `<li>${escapeHtml(e.scenario.id)}: ${escapeHtml(e.scenario.error ?? '')}</li>`).join('')}</ul></details>`);
        }
    }
    if (ctx.unchanged.length > 0) {
        out.push(`<details><summary>${escapeHtml(`${ctx.unchanged.length.toLocaleString('en-US')} unchanged scenarios`)}</summary>`);
        out.push(table(['Scenario', 'Model on hardware', 'TTFT', 'TPOT', 'E2E', 'Total throughput'], ctx.unchangedListed.map((e) => [
            escapeHtml(e.scenario.id),
            escapeHtml((0,model/* describeTarget */.ff)(e.scenario)),
            ...['ttft_ms', 'tpot_ms', 'e2e_ms', 'total_throughput_tps'].map((k) => escapeHtml((0,format/* formatMetric */.gI)(k, (e.values[k] ?? null), format/* NBSP */.MK))),
        ]), [false, false, true, true, true, true]));
        if (ctx.unchangedMore > 0)
            out.push(`<p class="muted">${escapeHtml(`… and ${ctx.unchangedMore.toLocaleString('en-US')} more (every scenario is in report.json).`)}</p>`);
        out.push('</details>');
    }
    if (ctx.detailsMore > 0) {
        out.push(`<p class="muted">${escapeHtml(`Details are shown for the first ${ctx.details.length.toLocaleString('en-US')} changed scenarios; ${ctx.detailsMore.toLocaleString('en-US')} more are in report.json.`)}</p>`);
    }
    const worst = changed.find((s) => s.hasRegression);
    const w = worst ? (0,model/* worstRegression */.ti)(worst) : null;
    out.push(`<hr><p class="muted">${escapeHtml(`${report.policy.fail ? 'The check fails' : 'The check passes'} under fail-on ${report.policy.failOn}.${w ? ` Worst: ${w.label} ${(0,format/* formatSignedPercent */.h9)(w.relDelta)} on ${worst.id}.` : ''} genz-action ${report.tool.version} · simulator ${report.tool.simulator}`)}</p>`);
    out.push('</body></html>\n');
    return out.filter(Boolean).join('\n');
}

// EXTERNAL MODULE: ./src/report/table.ts
var report_table = __webpack_require__(790);
;// CONCATENATED MODULE: ./src/report/text.ts





const SUMMARY_METRICS = (/* unused pure expression or super */ null && (['ttft_ms', 'tpot_ms', 'e2e_ms', 'total_throughput_tps']));
function text_valueOf(s, key) {
    if (s.current)
        return s.current[key];
    const row = s.metrics.find((m) => m.key === key);
    return row ? row.current : null;
}
function text_status(s) {
    let text = classificationLabel(s.classification);
    if (s.hasRegression && s.classification !== 'regression' && s.classification !== 'mixed')
        text += ', worse';
    if (s.sloViolated)
        text += ', SLO';
    return text;
}
/** The change worth a column: the worst regression, else the largest other change (primary metrics first). */
function mainChange(s) {
    const worst = worstRegression(s);
    if (worst)
        return describeChange(worst);
    if (s.classification === 'new' || s.classification === 'removed' || s.classification === 'error')
        return '';
    const changes = s.metrics.filter((m) => isChange(m.verdict));
    changes.sort((a, b) => Number(b.primary) - Number(a.primary) || Math.abs(b.relDelta ?? 0) - Math.abs(a.relDelta ?? 0));
    return changes.length > 0 ? describeChange(changes[0]) : '';
}
function cell(s, key) {
    if (s.classification === 'removed' || s.classification === 'error')
        return '—';
    return formatMetric(key, text_valueOf(s, key));
}
function outcomeLine(report) {
    const p = report.policy;
    const reasons = p.reasonCount > 0 ? ` (${plural(p.reasonCount, 'reason')})` : '';
    return `fail-on ${p.failOn}: the check ${p.fail ? 'fails' : 'passes'}${reasons}`;
}
/**
 * A check summary for a terminal: verdict, counts, one row per scenario (status, model on hardware, current TTFT,
 * TPOT, E2E and total throughput, the main change), then SLO violations, errors, accepted regressions, reproduce
 * commands of flagged scenarios and the fail-on outcome.
 */
function renderTextSummary(report) {
    const lines = [];
    const mark = report.policy.fail ? 'FAIL' : report.summary.status === 'clean' ? 'OK' : 'WARN';
    lines.push(`${mark}  ${plainText(report.verdict)}`);
    const extra = [
        report.summary.sloViolations > 0 ? plural(report.summary.sloViolations, 'SLO violation') : '',
        report.summary.withinTolerance > 0 ? `${plural(report.summary.withinTolerance, 'metric difference')} within tolerance` : '',
    ].filter(Boolean);
    lines.push(`${plural(report.summary.total, 'scenario')}: ${classificationCounts(report).join(', ')}${extra.length ? `; ${extra.join(', ')}` : ''}`);
    if (report.shard)
        lines.push(`shard ${report.shard.index} of ${report.shard.total}`);
    if (report.scenarios.length > 0) {
        const columns = [
            { header: 'Scenario' },
            { header: 'Status' },
            { header: 'Model on hardware' },
            ...SUMMARY_METRICS.map((k) => ({ header: METRIC_BY_KEY.get(k).label, align: 'right' })),
            { header: 'Change' },
        ];
        const rows = report.scenarios.map((s) => [
            plainText(s.id),
            text_status(s),
            plainText(describeTarget(s)),
            ...SUMMARY_METRICS.map((k) => cell(s, k)),
            mainChange(s),
        ]);
        lines.push('', renderTable(columns, rows).trimEnd());
    }
    const section = (title, items) => {
        if (items.length === 0)
            return;
        lines.push('', `${title}:`, ...items.map((i) => `  ${i}`));
    };
    section('SLO violations', report.scenarios.flatMap((s) => s.slo.filter((c) => c.status === 'violated').map((c) => `${plainText(s.id)}: ${describeViolation(c)}`)));
    section('Errors', report.scenarios.filter((s) => s.classification === 'error').map((s) => `${plainText(s.id)}: ${plainText(s.error ?? 'unknown error')}`));
    section('Regressions accepted in this pull request by refreshing baselines', report.scenarios.filter(hasAcceptedRegression).map((s) => {
        const accepted = s.accepted;
        const worst = worstRegression({ metrics: accepted.metrics, inputsChanged: accepted.classification === 'inputs_changed', hasRegression: true });
        return `${plainText(s.id)}${worst ? `: ${describeChange(worst)}` : ''}`;
    }));
    section('Changed inputs', report.scenarios.filter((s) => s.inputsChanged).map((s) => `${plainText(s.id)}: ${s.changedInputs.map(plainText).join(', ')}`));
    section('Reproduce', rankFlagged(report.scenarios).map((s) => `${plainText(s.id)}: ${plainText(s.reproduce)}`));
    lines.push('', outcomeLine(report));
    return `${lines.join('\n')}\n`;
}
const RUN_COLUMNS = [
    { key: 'ttft_ms', header: 'TTFT' },
    { key: 'tpot_ms', header: 'TPOT' },
    { key: 'e2e_ms', header: 'E2E' },
    { key: 'prefill_throughput_tps', header: 'Prefill' },
    { key: 'decode_throughput_tps', header: 'Decode' },
    { key: 'total_throughput_tps', header: 'Total' },
    { key: 'total_memory_gb', header: 'Memory' },
    { key: 'fits_in_memory', header: 'Fits' },
];
const SERVING_COLUMNS = [
    { key: 'ttft_p99_ms', header: 'p99 TTFT' },
    { key: 'tpot_p99_ms', header: 'p99 TPOT' },
    { key: 'goodput_rps', header: 'Goodput' },
    { key: 'max_rate_qps', header: 'Max rate' },
];
function nameCell(n) {
    if (n === null)
        return '—';
    return (0,report_escape/* plainText */.wh)(typeof n === 'string' ? n : (0,model/* describeName */.T_)(n));
}
function runCell(key, metrics, bands) {
    if (metrics === null)
        return '—';
    const v = metrics[key];
    if (v === undefined || v === null)
        return 'n/a';
    if (typeof v === 'boolean')
        return v ? 'yes' : 'no';
    const band = bands?.[key];
    return band === undefined ? (0,format/* formatNumber */.ZV)(v) : `${(0,format/* formatNumber */.ZV)(v)} ${(0,format/* formatBand */.pI)(band)}`;
}
/**
 * The metrics table of `genz run`: one row per scenario, numbers right-aligned with the unit in the header
 * ("TTFT (ms)"); "n/a" for a metric undefined in the scenario's mode, "—" when the scenario could not run (then
 * an Error column gives the reason, when rows carry one).
 */
function renderRunTable(scenarios) {
    // Chunked-prefill scenarios have no TTFT/TPOT; their own figure gets a column when one is present.
    const withChunks = scenarios.some((s) => typeof s.metrics?.chunk_latency_ms === 'number');
    const staticColumns = withChunks ? [...RUN_COLUMNS.slice(0, 3), { key: 'chunk_latency_ms', header: 'Chunk' }, ...RUN_COLUMNS.slice(3)] : RUN_COLUMNS;
    // Serving scenarios (docs/serving.md): their percentiles, goodput and max rate, when one is present.
    const withServing = scenarios.some((s) => typeof s.metrics?.ttft_p99_ms === 'number');
    const metricColumns = withServing ? [...staticColumns, ...SERVING_COLUMNS] : staticColumns;
    const columns = [
        { header: 'Scenario' },
        { header: 'Model' },
        { header: 'Hardware' },
        ...metricColumns.map(({ key, header }) => {
            const unit = definitions/* METRIC_BY_KEY */.bu.get(key)?.unit ?? '';
            return { header: unit ? `${header} (${unit})` : header, align: 'right' };
        }),
    ];
    const withErrors = scenarios.some((s) => s.error);
    if (withErrors)
        columns.push({ header: 'Error' });
    const rows = scenarios.map((s) => [
        (0,report_escape/* plainText */.wh)(s.id),
        nameCell(s.model),
        nameCell(s.hardware),
        ...metricColumns.map(({ key }) => runCell(key, s.metrics, s.bands)),
        ...(withErrors ? [(0,report_escape/* plainText */.wh)(s.error ?? '')] : []),
    ]);
    return (0,report_table/* renderTable */.bo)(columns, rows);
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/manifests/ajv.ts
var ajv = __webpack_require__(9269);
// EXTERNAL MODULE: ./src/manifests/source.ts
var source = __webpack_require__(9041);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
// EXTERNAL MODULE: ./src/manifests/validate.ts + 5 modules
var validate = __webpack_require__(5624);
// EXTERNAL MODULE: ./src/manifests/precompiled.ts
var precompiled = __webpack_require__(9656);
;// CONCATENATED MODULE: ./src/run-report/schema.ts
/**
 * The JSON Schema of a RunReport artifact (draft-07), built from the TypeScript contract (./contract.ts) so the
 * two cannot drift: every object's properties are listed in a map typed `{ [K in keyof T]-?: schema }` and its
 * optional keys in a map typed by T's optional keys, so adding, removing or making optional a field of the
 * contract fails to compile until the schema follows. Enumerations come from the same constants the code uses
 * (metric keys, classifications, fail-on policies). The string and list bounds are ARTIFACT_FIELD_LIMITS
 * (src/limits.ts), the one table the writer (`mode: report`, `--report-json`) and the readers (`mode: post`,
 * `mode: merge`) share.
 *
 * `schema/run-report.schema.json` is this object written out, and src/run-report/validator.generated.js its
 * precompiled validator (`npx tsx src/manifests/write-schemas.ts`; a test fails while either is stale).
 * Bounds that depend on the project's limits (scenarios per report, file size) are checked in code
 * (./validate.ts), since a project may raise them.
 */




const RUN_REPORT_SCHEMA_ID = 'urn:genz-action:schema:run-report:1';
/** Every verdict of a metric row (a map, so the compiler checks it lists each member of the union). */
const VERDICTS = { equal: true, within: true, regression: true, improvement: true, changed: true, new: true, missing: true };
const SLO_BUDGETS = {
    ttft_ms: true,
    tpot_ms: true,
    tpot_peak_ms: true,
    e2e_ms: true,
    prefill_throughput_tps: true,
    decode_throughput_tps: true,
    total_throughput_tps: true,
    must_fit: true,
};
const STATUSES = { clean: true, changed: true, regression: true, error: true };
const BOUNDS = { compute: true, memory: true, interconnect: true };
// A compile-time check that the constants list every policy.
const _policies = (/* unused pure expression or super */ null && (FAIL_ON_POLICIES));
/**
 * An object schema with exactly T's properties: `props` must name every key of T, `optional` every optional
 * one. Unknown properties are not part of the shape (`additionalProperties: false`); the reader drops them.
 */
function object(props, optional) {
    const opt = new Set(Object.keys(optional));
    return {
        type: 'object',
        additionalProperties: false,
        required: Object.keys(props).filter((k) => !opt.has(k)),
        properties: props,
    };
}
const NO_NUL = '^[^\\u0000]*$';
/** A string of at most `max` characters, without NUL. */
const str = (max = ARTIFACT_FIELD_LIMITS.text, min = 0) => ({
    type: 'string',
    ...(min > 0 ? { minLength: min } : {}),
    maxLength: max,
    pattern: NO_NUL,
});
const schema_name = () => str(ARTIFACT_FIELD_LIMITS.name);
const nullable = (s) => ({ anyOf: [{ type: 'null' }, s] });
const schema_num = () => ({ type: 'number' });
const nullableNum = () => ({ type: ['number', 'null'] });
const bool = () => ({ type: 'boolean' });
const schema_count = () => ({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
const nullableCount = () => ({ type: ['integer', 'null'], minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
const oneOf = (values) => ({ type: 'string', enum: [...values] });
const list = (items, max = ARTIFACT_FIELD_LIMITS.list) => ({ type: 'array', maxItems: max, items });
const schema_metricValue = () => ({ type: ['number', 'boolean', 'null'] });
/** metric key → a value of `value`'s schema; keys other than metric keys are not part of the shape. */
const metricMap = (value) => ({
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(METRIC_KEYS.map((k) => [k, value])),
});
function metricDiff() {
    return object({
        key: oneOf(METRIC_KEYS),
        // Read, then replaced by our own metric definitions (./validate.ts): never printed from the file.
        label: schema_name(),
        unit: schema_name(),
        direction: oneOf(['lower', 'higher']),
        primary: bool(),
        kind: oneOf(['number', 'boolean']),
        baseline: schema_metricValue(),
        current: schema_metricValue(),
        delta: nullableNum(),
        relDelta: nullableNum(),
        tolerance: object({ rel: schema_num(), abs: schema_num(), source: schema_name() }, {}),
        verdict: oneOf(Object.keys(VERDICTS)),
    }, {});
}
function sloCheck() {
    return object({
        budget: oneOf(Object.keys(SLO_BUDGETS)),
        metric: oneOf(METRIC_KEYS),
        kind: oneOf(['max', 'min', 'must_fit']),
        limit: { type: ['number', 'boolean'] },
        actual: schema_metricValue(),
        status: oneOf(['ok', 'violated', 'not_applicable']),
        ok: bool(),
        headroom: nullableNum(),
        headroomPct: nullableNum(),
        band: nullableNum(),
        atRisk: bool(),
    }, { band: true, atRisk: true });
}
function schema_resolvedName() {
    return nullable(object({
        requested: schema_name(),
        resolved: schema_name(),
        source: oneOf(['catalog', 'preset', 'file']),
        path: nullable(schema_name()),
    }, {}));
}
/** An input's value as the baseline recorded it: any JSON value (strings bounded); the report only describes objects. */
function inputValue() {
    return { anyOf: [{ type: ['null', 'boolean', 'number', 'object', 'array'] }, str()] };
}
function whyLine() {
    return object({
        metric: oneOf(METRIC_KEYS),
        label: str(),
        relDelta: nullableNum(),
        bounds: list(object({ phase: schema_name(), bound: oneOf(Object.keys(BOUNDS)) }, {})),
        shares: list(object({
            phase: schema_name(),
            group: schema_name(),
            share: schema_num(),
            deltaMs: schema_num(),
            bound: oneOf(Object.keys(BOUNDS)),
        }, {})),
    }, {});
}
function capacity() {
    return nullable(object({
        max_batch_within_slo: nullableNum(),
        max_input_tokens_within_slo: nullableNum(),
        limits: object({ batch: schema_num(), input_tokens: schema_num() }, {}),
        binding: object({ batch: nullable(schema_name()), input_tokens: nullable(schema_name()) }, {}),
    }, {}));
}
function scenario() {
    const classification = oneOf(SCENARIO_CLASSIFICATIONS);
    const metrics = list(metricDiff(), METRIC_KEYS.length);
    return object({
        id: str(ARTIFACT_FIELD_LIMITS.name, 1),
        classification,
        hasRegression: bool(),
        hasImprovement: bool(),
        hasMetricChanges: bool(),
        inputsChanged: bool(),
        changedInputs: list(schema_name()),
        simulatorChanged: bool(),
        baselineFingerprint: nullable(schema_name()),
        currentFingerprint: nullable(schema_name()),
        baselineSimulator: nullable(schema_name()),
        currentSimulator: nullable(schema_name()),
        error: nullable(str()),
        metrics,
        slo: list(sloCheck(), Object.keys(SLO_BUDGETS).length),
        sloViolated: bool(),
        description: nullable(str()),
        manifest: nullable(schema_name()),
        line: nullableCount(),
        column: nullableCount(),
        model: schema_resolvedName(),
        hardware: schema_resolvedName(),
        setup: nullable(str()),
        current: nullable(metricMap(schema_metricValue())),
        reproduce: str(),
        notes: list(str()),
        accepted: nullable(object({
            classification,
            hasRegression: bool(),
            metrics,
        }, {})),
        errorKind: nullable(schema_name()),
        inputChanges: list(object({ path: schema_name(), baseline: inputValue(), current: inputValue() }, { baseline: true, current: true })),
        why: list(whyLine()),
        capacity: capacity(),
        bands: nullable(metricMap(schema_num())),
        breakdown: list(object({
            phase: schema_name(),
            totalMs: schema_num(),
            groups: list(object({ group: schema_name(), ms: schema_num(), bound: oneOf(Object.keys(BOUNDS)) }, {})),
        }, {})),
        loadCurve: object({
            points: list(object({ rateQps: { type: 'number', minimum: 0 }, ttftP99Ms: nullableNum(), tpotP99Ms: nullableNum(), sloHolds: bool() }, {}), LOAD_CURVE_MAX_POINTS),
            ttftP99BudgetMs: nullableNum(),
            tpotP99BudgetMs: nullableNum(),
            maxRateQps: nullableNum(),
        }, {}),
    }, { errorKind: true, inputChanges: true, why: true, capacity: true, bands: true, breakdown: true, loadCurve: true });
}
/** The schema of a RunReport artifact. */
function schema_buildRunReportSchema() {
    const counts = object(Object.fromEntries(SCENARIO_CLASSIFICATIONS.map((c) => [c, schema_count()])), {});
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: RUN_REPORT_SCHEMA_ID,
        title: 'genz-action run report',
        description: 'The RunReport artifact that mode: report writes (report.json) and mode: post and mode: merge read. Unknown properties are dropped when read.',
        ...object({
            schema: { const: RUN_REPORT_SCHEMA },
            tool: object({ name: { const: 'genz-action' }, version: schema_name(), simulator: schema_name() }, {}),
            runtime: object({ node: schema_name(), platform: schema_name(), arch: schema_name() }, {}),
            project: object({ config: nullable(schema_name()), manifests: list(schema_name()), baselines: schema_name() }, {}),
            policy: object({ failOn: oneOf(_policies), fail: bool(), reasons: list(str(), ARTIFACT_FIELD_LIMITS.reasons), reasonCount: schema_count() }, {}),
            summary: object({
                total: schema_count(),
                counts,
                regressions: schema_count(),
                regressedMetrics: schema_count(),
                improvements: schema_count(),
                changed: schema_count(),
                withinTolerance: schema_count(),
                sloViolations: schema_count(),
                errors: schema_count(),
                status: oneOf(Object.keys(STATUSES)),
            }, {}),
            verdict: str(),
            // No maxItems: a project may raise limits.scenarios, so the count is checked against the run's limits.
            scenarios: { type: 'array', items: scenario() },
            shard: nullable(object({
                index: { type: 'integer', minimum: 1, maximum: ARTIFACT_FIELD_LIMITS.shardTotal },
                total: { type: 'integer', minimum: 1, maximum: ARTIFACT_FIELD_LIMITS.shardTotal },
            }, {})),
        }, {}),
    };
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/run-report/validator.generated.js
// Generated by src/manifests/write-schemas.ts from schema-defs.ts: do not edit. Regenerate with
// `npx tsx src/manifests/write-schemas.ts` (the schema test fails while it is stale).
/* eslint-disable */

const validator_generated_SCHEMA_HASHES = {"runReport":"d8c54ec0c62cabb200fc3f42f9cb4c33f8e56ee3555ed059c3ead8ce0d106464"};
const runReport = (/* unused pure expression or super */ null && (validate10));const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:genz-action:schema:run-report:1","title":"genz-action run report","description":"The RunReport artifact that mode: report writes (report.json) and mode: post and mode: merge read. Unknown properties are dropped when read.","type":"object","additionalProperties":false,"required":["schema","tool","runtime","project","policy","summary","verdict","scenarios","shard"],"properties":{"schema":{"const":"genz-action/run-report@1"},"tool":{"type":"object","additionalProperties":false,"required":["name","version","simulator"],"properties":{"name":{"const":"genz-action"},"version":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"simulator":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}}},"runtime":{"type":"object","additionalProperties":false,"required":["node","platform","arch"],"properties":{"node":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"platform":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"arch":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}}},"project":{"type":"object","additionalProperties":false,"required":["config","manifests","baselines"],"properties":{"config":{"anyOf":[{"type":"null"},{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}]},"manifests":{"type":"array","maxItems":10000,"items":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}},"baselines":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}}},"policy":{"type":"object","additionalProperties":false,"required":["failOn","fail","reasons","reasonCount"],"properties":{"failOn":{"type":"string","enum":["mismatch","regression","slo","never"]},"fail":{"type":"boolean"},"reasons":{"type":"array","maxItems":1000000,"items":{"type":"string","maxLength":100000,"pattern":"^[^\\u0000]*$"}},"reasonCount":{"type":"integer","minimum":0,"maximum":9007199254740991}}},"summary":{"type":"object","additionalProperties":false,"required":["total","counts","regressions","regressedMetrics","improvements","changed","withinTolerance","sloViolations","errors","status"],"properties":{"total":{"type":"integer","minimum":0,"maximum":9007199254740991},"counts":{"type":"object","additionalProperties":false,"required":["error","removed","new","inputs_changed","simulator_changed","mixed","regression","improvement","unchanged"],"properties":{"error":{"type":"integer","minimum":0,"maximum":9007199254740991},"removed":{"type":"integer","minimum":0,"maximum":9007199254740991},"new":{"type":"integer","minimum":0,"maximum":9007199254740991},"inputs_changed":{"type":"integer","minimum":0,"maximum":9007199254740991},"simulator_changed":{"type":"integer","minimum":0,"maximum":9007199254740991},"mixed":{"type":"integer","minimum":0,"maximum":9007199254740991},"regression":{"type":"integer","minimum":0,"maximum":9007199254740991},"improvement":{"type":"integer","minimum":0,"maximum":9007199254740991},"unchanged":{"type":"integer","minimum":0,"maximum":9007199254740991}}},"regressions":{"type":"integer","minimum":0,"maximum":9007199254740991},"regressedMetrics":{"type":"integer","minimum":0,"maximum":9007199254740991},"improvements":{"type":"integer","minimum":0,"maximum":9007199254740991},"changed":{"type":"integer","minimum":0,"maximum":9007199254740991},"withinTolerance":{"type":"integer","minimum":0,"maximum":9007199254740991},"sloViolations":{"type":"integer","minimum":0,"maximum":9007199254740991},"errors":{"type":"integer","minimum":0,"maximum":9007199254740991},"status":{"type":"string","enum":["clean","changed","regression","error"]}}},"verdict":{"type":"string","maxLength":100000,"pattern":"^[^\\u0000]*$"},"scenarios":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","classification","hasRegression","hasImprovement","hasMetricChanges","inputsChanged","changedInputs","simulatorChanged","baselineFingerprint","currentFingerprint","baselineSimulator","currentSimulator","error","metrics","slo","sloViolated","description","manifest","line","column","model","hardware","setup","current","reproduce","notes","accepted"],"properties":{"id":{"type":"string","minLength":1,"maxLength":4096,"pattern":"^[^\\u0000]*$"},"classification":{"type":"string","enum":["error","removed","new","inputs_changed","simulator_changed","mixed","regression","improvement","unchanged"]},"hasRegression":{"type":"boolean"},"hasImprovement":{"type":"boolean"},"hasMetricChanges":{"type":"boolean"},"inputsChanged":{"type":"boolean"},"changedInputs":{"type":"array","maxItems":10000,"items":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}},"simulatorChanged":{"type":"boolean"},"baselineFingerprint":{"anyOf":[{"type":"null"},{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}]},"currentFingerprint":{"anyOf":[{"type":"null"},{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}]},"baselineSimulator":{"anyOf":[{"type":"null"},{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}]},"currentSimulator":{"anyOf":[{"type":"null"},{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}]},"error":{"anyOf":[{"type":"null"},{"type":"string","maxLength":100000,"pattern":"^[^\\u0000]*$"}]},"metrics":{"type":"array","maxItems":39,"items":{"type":"object","additionalProperties":false,"required":["key","label","unit","direction","primary","kind","baseline","current","delta","relDelta","tolerance","verdict"],"properties":{"key":{"type":"string","enum":["ttft_ms","tpot_ms","tpot_peak_ms","e2e_ms","prefill_throughput_tps","decode_throughput_tps","total_throughput_tps","tokens_per_ms","ms_per_token","chunk_latency_ms","chunk_throughput_tps","weights_gb","kv_cache_gb","total_memory_gb","device_memory_gb","fits_in_memory","offloaded","ttft_mean_ms","ttft_p50_ms","ttft_p90_ms","ttft_p99_ms","tpot_mean_ms","tpot_p50_ms","tpot_p90_ms","tpot_p99_ms","itl_mean_ms","itl_p50_ms","itl_p90_ms","itl_p99_ms","e2e_mean_ms","e2e_p50_ms","e2e_p90_ms","e2e_p99_ms","request_throughput_rps","output_throughput_tps","goodput_rps","kv_utilization","preemptions","max_rate_qps"]},"label":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"unit":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"direction":{"type":"string","enum":["lower","higher"]},"primary":{"type":"boolean"},"kind":{"type":"string","enum":["number","boolean"]},"baseline":{"type":["number","boolean","null"]},"current":{"type":["number","boolean","null"]},"delta":{"type":["number","null"]},"relDelta":{"type":["number","null"]},"tolerance":{"type":"object","additionalProperties":false,"required":["rel","abs","source"],"properties":{"rel":{"type":"number"},"abs":{"type":"number"},"source":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}}},"verdict":{"type":"string","enum":["equal","within","regression","improvement","changed","new","missing"]}}}},"slo":{"type":"array","maxItems":8,"items":{"type":"object","additionalProperties":false,"required":["budget","metric","kind","limit","actual","status","ok","headroom","headroomPct"],"properties":{"budget":{"type":"string","enum":["ttft_ms","tpot_ms","tpot_peak_ms","e2e_ms","prefill_throughput_tps","decode_throughput_tps","total_throughput_tps","must_fit"]},"metric":{"type":"string","enum":["ttft_ms","tpot_ms","tpot_peak_ms","e2e_ms","prefill_throughput_tps","decode_throughput_tps","total_throughput_tps","tokens_per_ms","ms_per_token","chunk_latency_ms","chunk_throughput_tps","weights_gb","kv_cache_gb","total_memory_gb","device_memory_gb","fits_in_memory","offloaded","ttft_mean_ms","ttft_p50_ms","ttft_p90_ms","ttft_p99_ms","tpot_mean_ms","tpot_p50_ms","tpot_p90_ms","tpot_p99_ms","itl_mean_ms","itl_p50_ms","itl_p90_ms","itl_p99_ms","e2e_mean_ms","e2e_p50_ms","e2e_p90_ms","e2e_p99_ms","request_throughput_rps","output_throughput_tps","goodput_rps","kv_utilization","preemptions","max_rate_qps"]},"kind":{"type":"string","enum":["max","min","must_fit"]},"limit":{"type":["number","boolean"]},"actual":{"type":["number","boolean","null"]},"status":{"type":"string","enum":["ok","violated","not_applicable"]},"ok":{"type":"boolean"},"headroom":{"type":["number","null"]},"headroomPct":{"type":["number","null"]},"band":{"type":["number","null"]},"atRisk":{"type":"boolean"}}}},"sloViolated":{"type":"boolean"},"description":{"anyOf":[{"type":"null"},{"type":"string","maxLength":100000,"pattern":"^[^\\u0000]*$"}]},"manifest":{"anyOf":[{"type":"null"},{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}]},"line":{"type":["integer","null"],"minimum":0,"maximum":9007199254740991},"column":{"type":["integer","null"],"minimum":0,"maximum":9007199254740991},"model":{"anyOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["requested","resolved","source","path"],"properties":{"requested":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"resolved":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"source":{"type":"string","enum":["catalog","preset","file"]},"path":{"anyOf":[{"type":"null"},{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}]}}}]},"hardware":{"anyOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["requested","resolved","source","path"],"properties":{"requested":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"resolved":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"source":{"type":"string","enum":["catalog","preset","file"]},"path":{"anyOf":[{"type":"null"},{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}]}}}]},"setup":{"anyOf":[{"type":"null"},{"type":"string","maxLength":100000,"pattern":"^[^\\u0000]*$"}]},"current":{"anyOf":[{"type":"null"},{"type":"object","additionalProperties":false,"properties":{"ttft_ms":{"type":["number","boolean","null"]},"tpot_ms":{"type":["number","boolean","null"]},"tpot_peak_ms":{"type":["number","boolean","null"]},"e2e_ms":{"type":["number","boolean","null"]},"prefill_throughput_tps":{"type":["number","boolean","null"]},"decode_throughput_tps":{"type":["number","boolean","null"]},"total_throughput_tps":{"type":["number","boolean","null"]},"tokens_per_ms":{"type":["number","boolean","null"]},"ms_per_token":{"type":["number","boolean","null"]},"chunk_latency_ms":{"type":["number","boolean","null"]},"chunk_throughput_tps":{"type":["number","boolean","null"]},"weights_gb":{"type":["number","boolean","null"]},"kv_cache_gb":{"type":["number","boolean","null"]},"total_memory_gb":{"type":["number","boolean","null"]},"device_memory_gb":{"type":["number","boolean","null"]},"fits_in_memory":{"type":["number","boolean","null"]},"offloaded":{"type":["number","boolean","null"]},"ttft_mean_ms":{"type":["number","boolean","null"]},"ttft_p50_ms":{"type":["number","boolean","null"]},"ttft_p90_ms":{"type":["number","boolean","null"]},"ttft_p99_ms":{"type":["number","boolean","null"]},"tpot_mean_ms":{"type":["number","boolean","null"]},"tpot_p50_ms":{"type":["number","boolean","null"]},"tpot_p90_ms":{"type":["number","boolean","null"]},"tpot_p99_ms":{"type":["number","boolean","null"]},"itl_mean_ms":{"type":["number","boolean","null"]},"itl_p50_ms":{"type":["number","boolean","null"]},"itl_p90_ms":{"type":["number","boolean","null"]},"itl_p99_ms":{"type":["number","boolean","null"]},"e2e_mean_ms":{"type":["number","boolean","null"]},"e2e_p50_ms":{"type":["number","boolean","null"]},"e2e_p90_ms":{"type":["number","boolean","null"]},"e2e_p99_ms":{"type":["number","boolean","null"]},"request_throughput_rps":{"type":["number","boolean","null"]},"output_throughput_tps":{"type":["number","boolean","null"]},"goodput_rps":{"type":["number","boolean","null"]},"kv_utilization":{"type":["number","boolean","null"]},"preemptions":{"type":["number","boolean","null"]},"max_rate_qps":{"type":["number","boolean","null"]}}}]},"reproduce":{"type":"string","maxLength":100000,"pattern":"^[^\\u0000]*$"},"notes":{"type":"array","maxItems":10000,"items":{"type":"string","maxLength":100000,"pattern":"^[^\\u0000]*$"}},"accepted":{"anyOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["classification","hasRegression","metrics"],"properties":{"classification":{"type":"string","enum":["error","removed","new","inputs_changed","simulator_changed","mixed","regression","improvement","unchanged"]},"hasRegression":{"type":"boolean"},"metrics":{"type":"array","maxItems":39,"items":{"type":"object","additionalProperties":false,"required":["key","label","unit","direction","primary","kind","baseline","current","delta","relDelta","tolerance","verdict"],"properties":{"key":{"type":"string","enum":["ttft_ms","tpot_ms","tpot_peak_ms","e2e_ms","prefill_throughput_tps","decode_throughput_tps","total_throughput_tps","tokens_per_ms","ms_per_token","chunk_latency_ms","chunk_throughput_tps","weights_gb","kv_cache_gb","total_memory_gb","device_memory_gb","fits_in_memory","offloaded","ttft_mean_ms","ttft_p50_ms","ttft_p90_ms","ttft_p99_ms","tpot_mean_ms","tpot_p50_ms","tpot_p90_ms","tpot_p99_ms","itl_mean_ms","itl_p50_ms","itl_p90_ms","itl_p99_ms","e2e_mean_ms","e2e_p50_ms","e2e_p90_ms","e2e_p99_ms","request_throughput_rps","output_throughput_tps","goodput_rps","kv_utilization","preemptions","max_rate_qps"]},"label":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"unit":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"direction":{"type":"string","enum":["lower","higher"]},"primary":{"type":"boolean"},"kind":{"type":"string","enum":["number","boolean"]},"baseline":{"type":["number","boolean","null"]},"current":{"type":["number","boolean","null"]},"delta":{"type":["number","null"]},"relDelta":{"type":["number","null"]},"tolerance":{"type":"object","additionalProperties":false,"required":["rel","abs","source"],"properties":{"rel":{"type":"number"},"abs":{"type":"number"},"source":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}}},"verdict":{"type":"string","enum":["equal","within","regression","improvement","changed","new","missing"]}}}}}}]},"errorKind":{"anyOf":[{"type":"null"},{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}]},"inputChanges":{"type":"array","maxItems":10000,"items":{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"baseline":{"anyOf":[{"type":["null","boolean","number","object","array"]},{"type":"string","maxLength":100000,"pattern":"^[^\\u0000]*$"}]},"current":{"anyOf":[{"type":["null","boolean","number","object","array"]},{"type":"string","maxLength":100000,"pattern":"^[^\\u0000]*$"}]}}}},"why":{"type":"array","maxItems":10000,"items":{"type":"object","additionalProperties":false,"required":["metric","label","relDelta","bounds","shares"],"properties":{"metric":{"type":"string","enum":["ttft_ms","tpot_ms","tpot_peak_ms","e2e_ms","prefill_throughput_tps","decode_throughput_tps","total_throughput_tps","tokens_per_ms","ms_per_token","chunk_latency_ms","chunk_throughput_tps","weights_gb","kv_cache_gb","total_memory_gb","device_memory_gb","fits_in_memory","offloaded","ttft_mean_ms","ttft_p50_ms","ttft_p90_ms","ttft_p99_ms","tpot_mean_ms","tpot_p50_ms","tpot_p90_ms","tpot_p99_ms","itl_mean_ms","itl_p50_ms","itl_p90_ms","itl_p99_ms","e2e_mean_ms","e2e_p50_ms","e2e_p90_ms","e2e_p99_ms","request_throughput_rps","output_throughput_tps","goodput_rps","kv_utilization","preemptions","max_rate_qps"]},"label":{"type":"string","maxLength":100000,"pattern":"^[^\\u0000]*$"},"relDelta":{"type":["number","null"]},"bounds":{"type":"array","maxItems":10000,"items":{"type":"object","additionalProperties":false,"required":["phase","bound"],"properties":{"phase":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"bound":{"type":"string","enum":["compute","memory","interconnect"]}}}},"shares":{"type":"array","maxItems":10000,"items":{"type":"object","additionalProperties":false,"required":["phase","group","share","deltaMs","bound"],"properties":{"phase":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"group":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"share":{"type":"number"},"deltaMs":{"type":"number"},"bound":{"type":"string","enum":["compute","memory","interconnect"]}}}}}}},"capacity":{"anyOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["max_batch_within_slo","max_input_tokens_within_slo","limits","binding"],"properties":{"max_batch_within_slo":{"type":["number","null"]},"max_input_tokens_within_slo":{"type":["number","null"]},"limits":{"type":"object","additionalProperties":false,"required":["batch","input_tokens"],"properties":{"batch":{"type":"number"},"input_tokens":{"type":"number"}}},"binding":{"type":"object","additionalProperties":false,"required":["batch","input_tokens"],"properties":{"batch":{"anyOf":[{"type":"null"},{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}]},"input_tokens":{"anyOf":[{"type":"null"},{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"}]}}}}}]},"bands":{"anyOf":[{"type":"null"},{"type":"object","additionalProperties":false,"properties":{"ttft_ms":{"type":"number"},"tpot_ms":{"type":"number"},"tpot_peak_ms":{"type":"number"},"e2e_ms":{"type":"number"},"prefill_throughput_tps":{"type":"number"},"decode_throughput_tps":{"type":"number"},"total_throughput_tps":{"type":"number"},"tokens_per_ms":{"type":"number"},"ms_per_token":{"type":"number"},"chunk_latency_ms":{"type":"number"},"chunk_throughput_tps":{"type":"number"},"weights_gb":{"type":"number"},"kv_cache_gb":{"type":"number"},"total_memory_gb":{"type":"number"},"device_memory_gb":{"type":"number"},"fits_in_memory":{"type":"number"},"offloaded":{"type":"number"},"ttft_mean_ms":{"type":"number"},"ttft_p50_ms":{"type":"number"},"ttft_p90_ms":{"type":"number"},"ttft_p99_ms":{"type":"number"},"tpot_mean_ms":{"type":"number"},"tpot_p50_ms":{"type":"number"},"tpot_p90_ms":{"type":"number"},"tpot_p99_ms":{"type":"number"},"itl_mean_ms":{"type":"number"},"itl_p50_ms":{"type":"number"},"itl_p90_ms":{"type":"number"},"itl_p99_ms":{"type":"number"},"e2e_mean_ms":{"type":"number"},"e2e_p50_ms":{"type":"number"},"e2e_p90_ms":{"type":"number"},"e2e_p99_ms":{"type":"number"},"request_throughput_rps":{"type":"number"},"output_throughput_tps":{"type":"number"},"goodput_rps":{"type":"number"},"kv_utilization":{"type":"number"},"preemptions":{"type":"number"},"max_rate_qps":{"type":"number"}}}]},"breakdown":{"type":"array","maxItems":10000,"items":{"type":"object","additionalProperties":false,"required":["phase","totalMs","groups"],"properties":{"phase":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"totalMs":{"type":"number"},"groups":{"type":"array","maxItems":10000,"items":{"type":"object","additionalProperties":false,"required":["group","ms","bound"],"properties":{"group":{"type":"string","maxLength":4096,"pattern":"^[^\\u0000]*$"},"ms":{"type":"number"},"bound":{"type":"string","enum":["compute","memory","interconnect"]}}}}}}},"loadCurve":{"type":"object","additionalProperties":false,"required":["points","ttftP99BudgetMs","tpotP99BudgetMs","maxRateQps"],"properties":{"points":{"type":"array","maxItems":64,"items":{"type":"object","additionalProperties":false,"required":["rateQps","ttftP99Ms","tpotP99Ms","sloHolds"],"properties":{"rateQps":{"type":"number","minimum":0},"ttftP99Ms":{"type":["number","null"]},"tpotP99Ms":{"type":["number","null"]},"sloHolds":{"type":"boolean"}}}},"ttftP99BudgetMs":{"type":["number","null"]},"tpotP99BudgetMs":{"type":["number","null"]},"maxRateQps":{"type":["number","null"]}}}}}},"shard":{"anyOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["index","total"],"properties":{"index":{"type":"integer","minimum":1,"maximum":256},"total":{"type":"integer","minimum":1,"maximum":256}}}]}}};const func2 = Object.prototype.hasOwnProperty;const func3 = (ucs2length["default"] ?? ucs2length);const pattern0 = new RegExp("^[^\\u0000]*$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="urn:genz-action:schema:run-report:1" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.schema === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.tool === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tool"},message:"must have required property '"+"tool"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.runtime === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runtime"},message:"must have required property '"+"runtime"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.project === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.policy === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.summary === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.verdict === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.scenarios === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scenarios"},message:"must have required property '"+"scenarios"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.shard === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shard"},message:"must have required property '"+"shard"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}for(const key0 in data){if(!(func2.call(schema11.properties, key0))){delete data[key0];}}if(data.schema !== undefined){let data0 = data.schema;if("genz-action/run-report@1" !== data0){const err9 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "genz-action/run-report@1"},message:"must be equal to constant",schema:"genz-action/run-report@1",parentSchema:schema11.properties.schema,data:data0};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.tool !== undefined){let data1 = data.tool;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.name === undefined){const err10 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.tool.required,parentSchema:schema11.properties.tool,data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data1.version === undefined){const err11 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.properties.tool.required,parentSchema:schema11.properties.tool,data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data1.simulator === undefined){const err12 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/required",keyword:"required",params:{missingProperty: "simulator"},message:"must have required property '"+"simulator"+"'",schema:schema11.properties.tool.required,parentSchema:schema11.properties.tool,data:data1};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}for(const key1 in data1){if(!(((key1 === "name") || (key1 === "version")) || (key1 === "simulator"))){delete data1[key1];}}if(data1.name !== undefined){let data2 = data1.name;if("genz-action" !== data2){const err13 = {instancePath:instancePath+"/tool/name",schemaPath:"#/properties/tool/properties/name/const",keyword:"const",params:{allowedValue: "genz-action"},message:"must be equal to constant",schema:"genz-action",parentSchema:schema11.properties.tool.properties.name,data:data2};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data1.version !== undefined){let data3 = data1.version;if(typeof data3 === "string"){if(func3(data3) > 4096){const err14 = {instancePath:instancePath+"/tool/version",schemaPath:"#/properties/tool/properties/version/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.tool.properties.version,data:data3};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(!pattern0.test(data3)){const err15 = {instancePath:instancePath+"/tool/version",schemaPath:"#/properties/tool/properties/version/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.tool.properties.version,data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/tool/version",schemaPath:"#/properties/tool/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.tool.properties.version.type,parentSchema:schema11.properties.tool.properties.version,data:data3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data1.simulator !== undefined){let data4 = data1.simulator;if(typeof data4 === "string"){if(func3(data4) > 4096){const err17 = {instancePath:instancePath+"/tool/simulator",schemaPath:"#/properties/tool/properties/simulator/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.tool.properties.simulator,data:data4};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(!pattern0.test(data4)){const err18 = {instancePath:instancePath+"/tool/simulator",schemaPath:"#/properties/tool/properties/simulator/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.tool.properties.simulator,data:data4};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/tool/simulator",schemaPath:"#/properties/tool/properties/simulator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.tool.properties.simulator.type,parentSchema:schema11.properties.tool.properties.simulator,data:data4};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.tool.type,parentSchema:schema11.properties.tool,data:data1};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.runtime !== undefined){let data5 = data.runtime;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.node === undefined){const err21 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/required",keyword:"required",params:{missingProperty: "node"},message:"must have required property '"+"node"+"'",schema:schema11.properties.runtime.required,parentSchema:schema11.properties.runtime,data:data5};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data5.platform === undefined){const err22 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/required",keyword:"required",params:{missingProperty: "platform"},message:"must have required property '"+"platform"+"'",schema:schema11.properties.runtime.required,parentSchema:schema11.properties.runtime,data:data5};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data5.arch === undefined){const err23 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/required",keyword:"required",params:{missingProperty: "arch"},message:"must have required property '"+"arch"+"'",schema:schema11.properties.runtime.required,parentSchema:schema11.properties.runtime,data:data5};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}for(const key2 in data5){if(!(((key2 === "node") || (key2 === "platform")) || (key2 === "arch"))){delete data5[key2];}}if(data5.node !== undefined){let data6 = data5.node;if(typeof data6 === "string"){if(func3(data6) > 4096){const err24 = {instancePath:instancePath+"/runtime/node",schemaPath:"#/properties/runtime/properties/node/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.runtime.properties.node,data:data6};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(!pattern0.test(data6)){const err25 = {instancePath:instancePath+"/runtime/node",schemaPath:"#/properties/runtime/properties/node/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.runtime.properties.node,data:data6};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/runtime/node",schemaPath:"#/properties/runtime/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.runtime.properties.node.type,parentSchema:schema11.properties.runtime.properties.node,data:data6};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data5.platform !== undefined){let data7 = data5.platform;if(typeof data7 === "string"){if(func3(data7) > 4096){const err27 = {instancePath:instancePath+"/runtime/platform",schemaPath:"#/properties/runtime/properties/platform/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.runtime.properties.platform,data:data7};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(!pattern0.test(data7)){const err28 = {instancePath:instancePath+"/runtime/platform",schemaPath:"#/properties/runtime/properties/platform/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.runtime.properties.platform,data:data7};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/runtime/platform",schemaPath:"#/properties/runtime/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.runtime.properties.platform.type,parentSchema:schema11.properties.runtime.properties.platform,data:data7};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data5.arch !== undefined){let data8 = data5.arch;if(typeof data8 === "string"){if(func3(data8) > 4096){const err30 = {instancePath:instancePath+"/runtime/arch",schemaPath:"#/properties/runtime/properties/arch/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.runtime.properties.arch,data:data8};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(!pattern0.test(data8)){const err31 = {instancePath:instancePath+"/runtime/arch",schemaPath:"#/properties/runtime/properties/arch/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.runtime.properties.arch,data:data8};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/runtime/arch",schemaPath:"#/properties/runtime/properties/arch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.runtime.properties.arch.type,parentSchema:schema11.properties.runtime.properties.arch,data:data8};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.runtime.type,parentSchema:schema11.properties.runtime,data:data5};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.project !== undefined){let data9 = data.project;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.config === undefined){const err34 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema11.properties.project.required,parentSchema:schema11.properties.project,data:data9};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data9.manifests === undefined){const err35 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/required",keyword:"required",params:{missingProperty: "manifests"},message:"must have required property '"+"manifests"+"'",schema:schema11.properties.project.required,parentSchema:schema11.properties.project,data:data9};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data9.baselines === undefined){const err36 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/required",keyword:"required",params:{missingProperty: "baselines"},message:"must have required property '"+"baselines"+"'",schema:schema11.properties.project.required,parentSchema:schema11.properties.project,data:data9};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}for(const key3 in data9){if(!(((key3 === "config") || (key3 === "manifests")) || (key3 === "baselines"))){delete data9[key3];}}if(data9.config !== undefined){let data10 = data9.config;const _errs24 = errors;let valid4 = false;const _errs25 = errors;if(data10 !== null){const err37 = {instancePath:instancePath+"/project/config",schemaPath:"#/properties/project/properties/config/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.project.properties.config.anyOf[0].type,parentSchema:schema11.properties.project.properties.config.anyOf[0],data:data10};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}var _valid0 = _errs25 === errors;valid4 = valid4 || _valid0;if(!valid4){const _errs27 = errors;if(typeof data10 === "string"){if(func3(data10) > 4096){const err38 = {instancePath:instancePath+"/project/config",schemaPath:"#/properties/project/properties/config/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.project.properties.config.anyOf[1],data:data10};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(!pattern0.test(data10)){const err39 = {instancePath:instancePath+"/project/config",schemaPath:"#/properties/project/properties/config/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.project.properties.config.anyOf[1],data:data10};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}else {const err40 = {instancePath:instancePath+"/project/config",schemaPath:"#/properties/project/properties/config/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.project.properties.config.anyOf[1].type,parentSchema:schema11.properties.project.properties.config.anyOf[1],data:data10};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}var _valid0 = _errs27 === errors;valid4 = valid4 || _valid0;}if(!valid4){const err41 = {instancePath:instancePath+"/project/config",schemaPath:"#/properties/project/properties/config/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.project.properties.config.anyOf,parentSchema:schema11.properties.project.properties.config,data:data10};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}else {errors = _errs24;if(vErrors !== null){if(_errs24){vErrors.length = _errs24;}else {vErrors = null;}}}}if(data9.manifests !== undefined){let data11 = data9.manifests;if(Array.isArray(data11)){if(data11.length > 10000){const err42 = {instancePath:instancePath+"/project/manifests",schemaPath:"#/properties/project/properties/manifests/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema11.properties.project.properties.manifests,data:data11};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}const len0 = data11.length;for(let i0=0; i0<len0; i0++){let data12 = data11[i0];if(typeof data12 === "string"){if(func3(data12) > 4096){const err43 = {instancePath:instancePath+"/project/manifests/" + i0,schemaPath:"#/properties/project/properties/manifests/items/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.project.properties.manifests.items,data:data12};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(!pattern0.test(data12)){const err44 = {instancePath:instancePath+"/project/manifests/" + i0,schemaPath:"#/properties/project/properties/manifests/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.project.properties.manifests.items,data:data12};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/project/manifests/" + i0,schemaPath:"#/properties/project/properties/manifests/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.project.properties.manifests.items.type,parentSchema:schema11.properties.project.properties.manifests.items,data:data12};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath:instancePath+"/project/manifests",schemaPath:"#/properties/project/properties/manifests/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.project.properties.manifests.type,parentSchema:schema11.properties.project.properties.manifests,data:data11};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data9.baselines !== undefined){let data13 = data9.baselines;if(typeof data13 === "string"){if(func3(data13) > 4096){const err47 = {instancePath:instancePath+"/project/baselines",schemaPath:"#/properties/project/properties/baselines/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.project.properties.baselines,data:data13};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if(!pattern0.test(data13)){const err48 = {instancePath:instancePath+"/project/baselines",schemaPath:"#/properties/project/properties/baselines/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.project.properties.baselines,data:data13};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}else {const err49 = {instancePath:instancePath+"/project/baselines",schemaPath:"#/properties/project/properties/baselines/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.project.properties.baselines.type,parentSchema:schema11.properties.project.properties.baselines,data:data13};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}else {const err50 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.project.type,parentSchema:schema11.properties.project,data:data9};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data.policy !== undefined){let data14 = data.policy;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.failOn === undefined){const err51 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "failOn"},message:"must have required property '"+"failOn"+"'",schema:schema11.properties.policy.required,parentSchema:schema11.properties.policy,data:data14};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(data14.fail === undefined){const err52 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "fail"},message:"must have required property '"+"fail"+"'",schema:schema11.properties.policy.required,parentSchema:schema11.properties.policy,data:data14};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(data14.reasons === undefined){const err53 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "reasons"},message:"must have required property '"+"reasons"+"'",schema:schema11.properties.policy.required,parentSchema:schema11.properties.policy,data:data14};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(data14.reasonCount === undefined){const err54 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/required",keyword:"required",params:{missingProperty: "reasonCount"},message:"must have required property '"+"reasonCount"+"'",schema:schema11.properties.policy.required,parentSchema:schema11.properties.policy,data:data14};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}for(const key4 in data14){if(!((((key4 === "failOn") || (key4 === "fail")) || (key4 === "reasons")) || (key4 === "reasonCount"))){delete data14[key4];}}if(data14.failOn !== undefined){let data15 = data14.failOn;if(typeof data15 !== "string"){const err55 = {instancePath:instancePath+"/policy/failOn",schemaPath:"#/properties/policy/properties/failOn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.policy.properties.failOn.type,parentSchema:schema11.properties.policy.properties.failOn,data:data15};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(!((((data15 === "mismatch") || (data15 === "regression")) || (data15 === "slo")) || (data15 === "never"))){const err56 = {instancePath:instancePath+"/policy/failOn",schemaPath:"#/properties/policy/properties/failOn/enum",keyword:"enum",params:{allowedValues: schema11.properties.policy.properties.failOn.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.policy.properties.failOn.enum,parentSchema:schema11.properties.policy.properties.failOn,data:data15};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data14.fail !== undefined){let data16 = data14.fail;if(typeof data16 !== "boolean"){const err57 = {instancePath:instancePath+"/policy/fail",schemaPath:"#/properties/policy/properties/fail/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.policy.properties.fail.type,parentSchema:schema11.properties.policy.properties.fail,data:data16};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data14.reasons !== undefined){let data17 = data14.reasons;if(Array.isArray(data17)){if(data17.length > 1000000){const err58 = {instancePath:instancePath+"/policy/reasons",schemaPath:"#/properties/policy/properties/reasons/maxItems",keyword:"maxItems",params:{limit: 1000000},message:"must NOT have more than 1000000 items",schema:1000000,parentSchema:schema11.properties.policy.properties.reasons,data:data17};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}const len1 = data17.length;for(let i1=0; i1<len1; i1++){let data18 = data17[i1];if(typeof data18 === "string"){if(func3(data18) > 100000){const err59 = {instancePath:instancePath+"/policy/reasons/" + i1,schemaPath:"#/properties/policy/properties/reasons/items/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema11.properties.policy.properties.reasons.items,data:data18};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(!pattern0.test(data18)){const err60 = {instancePath:instancePath+"/policy/reasons/" + i1,schemaPath:"#/properties/policy/properties/reasons/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.policy.properties.reasons.items,data:data18};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath:instancePath+"/policy/reasons/" + i1,schemaPath:"#/properties/policy/properties/reasons/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.policy.properties.reasons.items.type,parentSchema:schema11.properties.policy.properties.reasons.items,data:data18};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/policy/reasons",schemaPath:"#/properties/policy/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.policy.properties.reasons.type,parentSchema:schema11.properties.policy.properties.reasons,data:data17};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data14.reasonCount !== undefined){let data19 = data14.reasonCount;if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){const err63 = {instancePath:instancePath+"/policy/reasonCount",schemaPath:"#/properties/policy/properties/reasonCount/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.policy.properties.reasonCount.type,parentSchema:schema11.properties.policy.properties.reasonCount,data:data19};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 > 9007199254740991 || isNaN(data19)){const err64 = {instancePath:instancePath+"/policy/reasonCount",schemaPath:"#/properties/policy/properties/reasonCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.policy.properties.reasonCount,data:data19};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(data19 < 0 || isNaN(data19)){const err65 = {instancePath:instancePath+"/policy/reasonCount",schemaPath:"#/properties/policy/properties/reasonCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.policy.properties.reasonCount,data:data19};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}}else {const err66 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.policy.type,parentSchema:schema11.properties.policy,data:data14};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data.summary !== undefined){let data20 = data.summary;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){if(data20.total === undefined){const err67 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'",schema:schema11.properties.summary.required,parentSchema:schema11.properties.summary,data:data20};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}if(data20.counts === undefined){const err68 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "counts"},message:"must have required property '"+"counts"+"'",schema:schema11.properties.summary.required,parentSchema:schema11.properties.summary,data:data20};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}if(data20.regressions === undefined){const err69 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "regressions"},message:"must have required property '"+"regressions"+"'",schema:schema11.properties.summary.required,parentSchema:schema11.properties.summary,data:data20};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(data20.regressedMetrics === undefined){const err70 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "regressedMetrics"},message:"must have required property '"+"regressedMetrics"+"'",schema:schema11.properties.summary.required,parentSchema:schema11.properties.summary,data:data20};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(data20.improvements === undefined){const err71 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "improvements"},message:"must have required property '"+"improvements"+"'",schema:schema11.properties.summary.required,parentSchema:schema11.properties.summary,data:data20};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}if(data20.changed === undefined){const err72 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "changed"},message:"must have required property '"+"changed"+"'",schema:schema11.properties.summary.required,parentSchema:schema11.properties.summary,data:data20};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if(data20.withinTolerance === undefined){const err73 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "withinTolerance"},message:"must have required property '"+"withinTolerance"+"'",schema:schema11.properties.summary.required,parentSchema:schema11.properties.summary,data:data20};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(data20.sloViolations === undefined){const err74 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "sloViolations"},message:"must have required property '"+"sloViolations"+"'",schema:schema11.properties.summary.required,parentSchema:schema11.properties.summary,data:data20};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if(data20.errors === undefined){const err75 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'",schema:schema11.properties.summary.required,parentSchema:schema11.properties.summary,data:data20};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(data20.status === undefined){const err76 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema11.properties.summary.required,parentSchema:schema11.properties.summary,data:data20};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}for(const key5 in data20){if(!(func2.call(schema11.properties.summary.properties, key5))){delete data20[key5];}}if(data20.total !== undefined){let data21 = data20.total;if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){const err77 = {instancePath:instancePath+"/summary/total",schemaPath:"#/properties/summary/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.total.type,parentSchema:schema11.properties.summary.properties.total,data:data21};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}if((typeof data21 == "number") && (isFinite(data21))){if(data21 > 9007199254740991 || isNaN(data21)){const err78 = {instancePath:instancePath+"/summary/total",schemaPath:"#/properties/summary/properties/total/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.total,data:data21};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(data21 < 0 || isNaN(data21)){const err79 = {instancePath:instancePath+"/summary/total",schemaPath:"#/properties/summary/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.total,data:data21};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}}if(data20.counts !== undefined){let data22 = data20.counts;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){if(data22.error === undefined){const err80 = {instancePath:instancePath+"/summary/counts",schemaPath:"#/properties/summary/properties/counts/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'",schema:schema11.properties.summary.properties.counts.required,parentSchema:schema11.properties.summary.properties.counts,data:data22};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(data22.removed === undefined){const err81 = {instancePath:instancePath+"/summary/counts",schemaPath:"#/properties/summary/properties/counts/required",keyword:"required",params:{missingProperty: "removed"},message:"must have required property '"+"removed"+"'",schema:schema11.properties.summary.properties.counts.required,parentSchema:schema11.properties.summary.properties.counts,data:data22};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}if(data22.new === undefined){const err82 = {instancePath:instancePath+"/summary/counts",schemaPath:"#/properties/summary/properties/counts/required",keyword:"required",params:{missingProperty: "new"},message:"must have required property '"+"new"+"'",schema:schema11.properties.summary.properties.counts.required,parentSchema:schema11.properties.summary.properties.counts,data:data22};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}if(data22.inputs_changed === undefined){const err83 = {instancePath:instancePath+"/summary/counts",schemaPath:"#/properties/summary/properties/counts/required",keyword:"required",params:{missingProperty: "inputs_changed"},message:"must have required property '"+"inputs_changed"+"'",schema:schema11.properties.summary.properties.counts.required,parentSchema:schema11.properties.summary.properties.counts,data:data22};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}if(data22.simulator_changed === undefined){const err84 = {instancePath:instancePath+"/summary/counts",schemaPath:"#/properties/summary/properties/counts/required",keyword:"required",params:{missingProperty: "simulator_changed"},message:"must have required property '"+"simulator_changed"+"'",schema:schema11.properties.summary.properties.counts.required,parentSchema:schema11.properties.summary.properties.counts,data:data22};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}if(data22.mixed === undefined){const err85 = {instancePath:instancePath+"/summary/counts",schemaPath:"#/properties/summary/properties/counts/required",keyword:"required",params:{missingProperty: "mixed"},message:"must have required property '"+"mixed"+"'",schema:schema11.properties.summary.properties.counts.required,parentSchema:schema11.properties.summary.properties.counts,data:data22};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}if(data22.regression === undefined){const err86 = {instancePath:instancePath+"/summary/counts",schemaPath:"#/properties/summary/properties/counts/required",keyword:"required",params:{missingProperty: "regression"},message:"must have required property '"+"regression"+"'",schema:schema11.properties.summary.properties.counts.required,parentSchema:schema11.properties.summary.properties.counts,data:data22};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}if(data22.improvement === undefined){const err87 = {instancePath:instancePath+"/summary/counts",schemaPath:"#/properties/summary/properties/counts/required",keyword:"required",params:{missingProperty: "improvement"},message:"must have required property '"+"improvement"+"'",schema:schema11.properties.summary.properties.counts.required,parentSchema:schema11.properties.summary.properties.counts,data:data22};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if(data22.unchanged === undefined){const err88 = {instancePath:instancePath+"/summary/counts",schemaPath:"#/properties/summary/properties/counts/required",keyword:"required",params:{missingProperty: "unchanged"},message:"must have required property '"+"unchanged"+"'",schema:schema11.properties.summary.properties.counts.required,parentSchema:schema11.properties.summary.properties.counts,data:data22};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}for(const key6 in data22){if(!(func2.call(schema11.properties.summary.properties.counts.properties, key6))){delete data22[key6];}}if(data22.error !== undefined){let data23 = data22.error;if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){const err89 = {instancePath:instancePath+"/summary/counts/error",schemaPath:"#/properties/summary/properties/counts/properties/error/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.counts.properties.error.type,parentSchema:schema11.properties.summary.properties.counts.properties.error,data:data23};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}if((typeof data23 == "number") && (isFinite(data23))){if(data23 > 9007199254740991 || isNaN(data23)){const err90 = {instancePath:instancePath+"/summary/counts/error",schemaPath:"#/properties/summary/properties/counts/properties/error/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.counts.properties.error,data:data23};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}if(data23 < 0 || isNaN(data23)){const err91 = {instancePath:instancePath+"/summary/counts/error",schemaPath:"#/properties/summary/properties/counts/properties/error/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.counts.properties.error,data:data23};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}}if(data22.removed !== undefined){let data24 = data22.removed;if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){const err92 = {instancePath:instancePath+"/summary/counts/removed",schemaPath:"#/properties/summary/properties/counts/properties/removed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.counts.properties.removed.type,parentSchema:schema11.properties.summary.properties.counts.properties.removed,data:data24};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}if((typeof data24 == "number") && (isFinite(data24))){if(data24 > 9007199254740991 || isNaN(data24)){const err93 = {instancePath:instancePath+"/summary/counts/removed",schemaPath:"#/properties/summary/properties/counts/properties/removed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.counts.properties.removed,data:data24};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}if(data24 < 0 || isNaN(data24)){const err94 = {instancePath:instancePath+"/summary/counts/removed",schemaPath:"#/properties/summary/properties/counts/properties/removed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.counts.properties.removed,data:data24};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}}if(data22.new !== undefined){let data25 = data22.new;if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){const err95 = {instancePath:instancePath+"/summary/counts/new",schemaPath:"#/properties/summary/properties/counts/properties/new/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.counts.properties.new.type,parentSchema:schema11.properties.summary.properties.counts.properties.new,data:data25};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}if((typeof data25 == "number") && (isFinite(data25))){if(data25 > 9007199254740991 || isNaN(data25)){const err96 = {instancePath:instancePath+"/summary/counts/new",schemaPath:"#/properties/summary/properties/counts/properties/new/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.counts.properties.new,data:data25};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}if(data25 < 0 || isNaN(data25)){const err97 = {instancePath:instancePath+"/summary/counts/new",schemaPath:"#/properties/summary/properties/counts/properties/new/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.counts.properties.new,data:data25};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}}if(data22.inputs_changed !== undefined){let data26 = data22.inputs_changed;if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){const err98 = {instancePath:instancePath+"/summary/counts/inputs_changed",schemaPath:"#/properties/summary/properties/counts/properties/inputs_changed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.counts.properties.inputs_changed.type,parentSchema:schema11.properties.summary.properties.counts.properties.inputs_changed,data:data26};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}if((typeof data26 == "number") && (isFinite(data26))){if(data26 > 9007199254740991 || isNaN(data26)){const err99 = {instancePath:instancePath+"/summary/counts/inputs_changed",schemaPath:"#/properties/summary/properties/counts/properties/inputs_changed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.counts.properties.inputs_changed,data:data26};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}if(data26 < 0 || isNaN(data26)){const err100 = {instancePath:instancePath+"/summary/counts/inputs_changed",schemaPath:"#/properties/summary/properties/counts/properties/inputs_changed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.counts.properties.inputs_changed,data:data26};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}}if(data22.simulator_changed !== undefined){let data27 = data22.simulator_changed;if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){const err101 = {instancePath:instancePath+"/summary/counts/simulator_changed",schemaPath:"#/properties/summary/properties/counts/properties/simulator_changed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.counts.properties.simulator_changed.type,parentSchema:schema11.properties.summary.properties.counts.properties.simulator_changed,data:data27};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}if((typeof data27 == "number") && (isFinite(data27))){if(data27 > 9007199254740991 || isNaN(data27)){const err102 = {instancePath:instancePath+"/summary/counts/simulator_changed",schemaPath:"#/properties/summary/properties/counts/properties/simulator_changed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.counts.properties.simulator_changed,data:data27};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}if(data27 < 0 || isNaN(data27)){const err103 = {instancePath:instancePath+"/summary/counts/simulator_changed",schemaPath:"#/properties/summary/properties/counts/properties/simulator_changed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.counts.properties.simulator_changed,data:data27};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}}if(data22.mixed !== undefined){let data28 = data22.mixed;if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){const err104 = {instancePath:instancePath+"/summary/counts/mixed",schemaPath:"#/properties/summary/properties/counts/properties/mixed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.counts.properties.mixed.type,parentSchema:schema11.properties.summary.properties.counts.properties.mixed,data:data28};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}if((typeof data28 == "number") && (isFinite(data28))){if(data28 > 9007199254740991 || isNaN(data28)){const err105 = {instancePath:instancePath+"/summary/counts/mixed",schemaPath:"#/properties/summary/properties/counts/properties/mixed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.counts.properties.mixed,data:data28};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}if(data28 < 0 || isNaN(data28)){const err106 = {instancePath:instancePath+"/summary/counts/mixed",schemaPath:"#/properties/summary/properties/counts/properties/mixed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.counts.properties.mixed,data:data28};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}}if(data22.regression !== undefined){let data29 = data22.regression;if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){const err107 = {instancePath:instancePath+"/summary/counts/regression",schemaPath:"#/properties/summary/properties/counts/properties/regression/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.counts.properties.regression.type,parentSchema:schema11.properties.summary.properties.counts.properties.regression,data:data29};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}if((typeof data29 == "number") && (isFinite(data29))){if(data29 > 9007199254740991 || isNaN(data29)){const err108 = {instancePath:instancePath+"/summary/counts/regression",schemaPath:"#/properties/summary/properties/counts/properties/regression/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.counts.properties.regression,data:data29};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}if(data29 < 0 || isNaN(data29)){const err109 = {instancePath:instancePath+"/summary/counts/regression",schemaPath:"#/properties/summary/properties/counts/properties/regression/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.counts.properties.regression,data:data29};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}}if(data22.improvement !== undefined){let data30 = data22.improvement;if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){const err110 = {instancePath:instancePath+"/summary/counts/improvement",schemaPath:"#/properties/summary/properties/counts/properties/improvement/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.counts.properties.improvement.type,parentSchema:schema11.properties.summary.properties.counts.properties.improvement,data:data30};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}if((typeof data30 == "number") && (isFinite(data30))){if(data30 > 9007199254740991 || isNaN(data30)){const err111 = {instancePath:instancePath+"/summary/counts/improvement",schemaPath:"#/properties/summary/properties/counts/properties/improvement/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.counts.properties.improvement,data:data30};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}if(data30 < 0 || isNaN(data30)){const err112 = {instancePath:instancePath+"/summary/counts/improvement",schemaPath:"#/properties/summary/properties/counts/properties/improvement/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.counts.properties.improvement,data:data30};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}}if(data22.unchanged !== undefined){let data31 = data22.unchanged;if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){const err113 = {instancePath:instancePath+"/summary/counts/unchanged",schemaPath:"#/properties/summary/properties/counts/properties/unchanged/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.counts.properties.unchanged.type,parentSchema:schema11.properties.summary.properties.counts.properties.unchanged,data:data31};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}if((typeof data31 == "number") && (isFinite(data31))){if(data31 > 9007199254740991 || isNaN(data31)){const err114 = {instancePath:instancePath+"/summary/counts/unchanged",schemaPath:"#/properties/summary/properties/counts/properties/unchanged/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.counts.properties.unchanged,data:data31};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}if(data31 < 0 || isNaN(data31)){const err115 = {instancePath:instancePath+"/summary/counts/unchanged",schemaPath:"#/properties/summary/properties/counts/properties/unchanged/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.counts.properties.unchanged,data:data31};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}}}else {const err116 = {instancePath:instancePath+"/summary/counts",schemaPath:"#/properties/summary/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.summary.properties.counts.type,parentSchema:schema11.properties.summary.properties.counts,data:data22};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}if(data20.regressions !== undefined){let data32 = data20.regressions;if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){const err117 = {instancePath:instancePath+"/summary/regressions",schemaPath:"#/properties/summary/properties/regressions/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.regressions.type,parentSchema:schema11.properties.summary.properties.regressions,data:data32};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}if((typeof data32 == "number") && (isFinite(data32))){if(data32 > 9007199254740991 || isNaN(data32)){const err118 = {instancePath:instancePath+"/summary/regressions",schemaPath:"#/properties/summary/properties/regressions/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.regressions,data:data32};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}if(data32 < 0 || isNaN(data32)){const err119 = {instancePath:instancePath+"/summary/regressions",schemaPath:"#/properties/summary/properties/regressions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.regressions,data:data32};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}}if(data20.regressedMetrics !== undefined){let data33 = data20.regressedMetrics;if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){const err120 = {instancePath:instancePath+"/summary/regressedMetrics",schemaPath:"#/properties/summary/properties/regressedMetrics/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.regressedMetrics.type,parentSchema:schema11.properties.summary.properties.regressedMetrics,data:data33};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}if((typeof data33 == "number") && (isFinite(data33))){if(data33 > 9007199254740991 || isNaN(data33)){const err121 = {instancePath:instancePath+"/summary/regressedMetrics",schemaPath:"#/properties/summary/properties/regressedMetrics/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.regressedMetrics,data:data33};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}if(data33 < 0 || isNaN(data33)){const err122 = {instancePath:instancePath+"/summary/regressedMetrics",schemaPath:"#/properties/summary/properties/regressedMetrics/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.regressedMetrics,data:data33};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}}if(data20.improvements !== undefined){let data34 = data20.improvements;if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){const err123 = {instancePath:instancePath+"/summary/improvements",schemaPath:"#/properties/summary/properties/improvements/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.improvements.type,parentSchema:schema11.properties.summary.properties.improvements,data:data34};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}if((typeof data34 == "number") && (isFinite(data34))){if(data34 > 9007199254740991 || isNaN(data34)){const err124 = {instancePath:instancePath+"/summary/improvements",schemaPath:"#/properties/summary/properties/improvements/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.improvements,data:data34};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}if(data34 < 0 || isNaN(data34)){const err125 = {instancePath:instancePath+"/summary/improvements",schemaPath:"#/properties/summary/properties/improvements/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.improvements,data:data34};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}}if(data20.changed !== undefined){let data35 = data20.changed;if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){const err126 = {instancePath:instancePath+"/summary/changed",schemaPath:"#/properties/summary/properties/changed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.changed.type,parentSchema:schema11.properties.summary.properties.changed,data:data35};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}if((typeof data35 == "number") && (isFinite(data35))){if(data35 > 9007199254740991 || isNaN(data35)){const err127 = {instancePath:instancePath+"/summary/changed",schemaPath:"#/properties/summary/properties/changed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.changed,data:data35};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}if(data35 < 0 || isNaN(data35)){const err128 = {instancePath:instancePath+"/summary/changed",schemaPath:"#/properties/summary/properties/changed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.changed,data:data35};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}}if(data20.withinTolerance !== undefined){let data36 = data20.withinTolerance;if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){const err129 = {instancePath:instancePath+"/summary/withinTolerance",schemaPath:"#/properties/summary/properties/withinTolerance/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.withinTolerance.type,parentSchema:schema11.properties.summary.properties.withinTolerance,data:data36};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}if((typeof data36 == "number") && (isFinite(data36))){if(data36 > 9007199254740991 || isNaN(data36)){const err130 = {instancePath:instancePath+"/summary/withinTolerance",schemaPath:"#/properties/summary/properties/withinTolerance/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.withinTolerance,data:data36};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}if(data36 < 0 || isNaN(data36)){const err131 = {instancePath:instancePath+"/summary/withinTolerance",schemaPath:"#/properties/summary/properties/withinTolerance/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.withinTolerance,data:data36};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}}if(data20.sloViolations !== undefined){let data37 = data20.sloViolations;if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){const err132 = {instancePath:instancePath+"/summary/sloViolations",schemaPath:"#/properties/summary/properties/sloViolations/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.sloViolations.type,parentSchema:schema11.properties.summary.properties.sloViolations,data:data37};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}if((typeof data37 == "number") && (isFinite(data37))){if(data37 > 9007199254740991 || isNaN(data37)){const err133 = {instancePath:instancePath+"/summary/sloViolations",schemaPath:"#/properties/summary/properties/sloViolations/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.sloViolations,data:data37};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}if(data37 < 0 || isNaN(data37)){const err134 = {instancePath:instancePath+"/summary/sloViolations",schemaPath:"#/properties/summary/properties/sloViolations/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.sloViolations,data:data37};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}}if(data20.errors !== undefined){let data38 = data20.errors;if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){const err135 = {instancePath:instancePath+"/summary/errors",schemaPath:"#/properties/summary/properties/errors/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.summary.properties.errors.type,parentSchema:schema11.properties.summary.properties.errors,data:data38};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}if((typeof data38 == "number") && (isFinite(data38))){if(data38 > 9007199254740991 || isNaN(data38)){const err136 = {instancePath:instancePath+"/summary/errors",schemaPath:"#/properties/summary/properties/errors/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.summary.properties.errors,data:data38};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}if(data38 < 0 || isNaN(data38)){const err137 = {instancePath:instancePath+"/summary/errors",schemaPath:"#/properties/summary/properties/errors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.summary.properties.errors,data:data38};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}}if(data20.status !== undefined){let data39 = data20.status;if(typeof data39 !== "string"){const err138 = {instancePath:instancePath+"/summary/status",schemaPath:"#/properties/summary/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.summary.properties.status.type,parentSchema:schema11.properties.summary.properties.status,data:data39};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}if(!((((data39 === "clean") || (data39 === "changed")) || (data39 === "regression")) || (data39 === "error"))){const err139 = {instancePath:instancePath+"/summary/status",schemaPath:"#/properties/summary/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.summary.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.summary.properties.status.enum,parentSchema:schema11.properties.summary.properties.status,data:data39};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}}else {const err140 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.summary.type,parentSchema:schema11.properties.summary,data:data20};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}if(data.verdict !== undefined){let data40 = data.verdict;if(typeof data40 === "string"){if(func3(data40) > 100000){const err141 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema11.properties.verdict,data:data40};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}if(!pattern0.test(data40)){const err142 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.verdict,data:data40};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}}else {const err143 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.verdict.type,parentSchema:schema11.properties.verdict,data:data40};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}if(data.scenarios !== undefined){let data41 = data.scenarios;if(Array.isArray(data41)){const len2 = data41.length;for(let i2=0; i2<len2; i2++){let data42 = data41[i2];if(data42 && typeof data42 == "object" && !Array.isArray(data42)){if(data42.id === undefined){const err144 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}if(data42.classification === undefined){const err145 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "classification"},message:"must have required property '"+"classification"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}if(data42.hasRegression === undefined){const err146 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "hasRegression"},message:"must have required property '"+"hasRegression"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}if(data42.hasImprovement === undefined){const err147 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "hasImprovement"},message:"must have required property '"+"hasImprovement"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}if(data42.hasMetricChanges === undefined){const err148 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "hasMetricChanges"},message:"must have required property '"+"hasMetricChanges"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}if(data42.inputsChanged === undefined){const err149 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "inputsChanged"},message:"must have required property '"+"inputsChanged"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}if(data42.changedInputs === undefined){const err150 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "changedInputs"},message:"must have required property '"+"changedInputs"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}if(data42.simulatorChanged === undefined){const err151 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "simulatorChanged"},message:"must have required property '"+"simulatorChanged"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}if(data42.baselineFingerprint === undefined){const err152 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "baselineFingerprint"},message:"must have required property '"+"baselineFingerprint"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}if(data42.currentFingerprint === undefined){const err153 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "currentFingerprint"},message:"must have required property '"+"currentFingerprint"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}if(data42.baselineSimulator === undefined){const err154 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "baselineSimulator"},message:"must have required property '"+"baselineSimulator"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}if(data42.currentSimulator === undefined){const err155 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "currentSimulator"},message:"must have required property '"+"currentSimulator"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}if(data42.error === undefined){const err156 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}if(data42.metrics === undefined){const err157 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}if(data42.slo === undefined){const err158 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "slo"},message:"must have required property '"+"slo"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}if(data42.sloViolated === undefined){const err159 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "sloViolated"},message:"must have required property '"+"sloViolated"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}if(data42.description === undefined){const err160 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}if(data42.manifest === undefined){const err161 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "manifest"},message:"must have required property '"+"manifest"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}if(data42.line === undefined){const err162 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}if(data42.column === undefined){const err163 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}if(data42.model === undefined){const err164 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}if(data42.hardware === undefined){const err165 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}if(data42.setup === undefined){const err166 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "setup"},message:"must have required property '"+"setup"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}if(data42.current === undefined){const err167 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "current"},message:"must have required property '"+"current"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}if(data42.reproduce === undefined){const err168 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "reproduce"},message:"must have required property '"+"reproduce"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}if(data42.notes === undefined){const err169 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "notes"},message:"must have required property '"+"notes"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}if(data42.accepted === undefined){const err170 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/required",keyword:"required",params:{missingProperty: "accepted"},message:"must have required property '"+"accepted"+"'",schema:schema11.properties.scenarios.items.required,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}for(const key7 in data42){if(!(func2.call(schema11.properties.scenarios.items.properties, key7))){delete data42[key7];}}if(data42.id !== undefined){let data43 = data42.id;if(typeof data43 === "string"){if(func3(data43) > 4096){const err171 = {instancePath:instancePath+"/scenarios/" + i2+"/id",schemaPath:"#/properties/scenarios/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.id,data:data43};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}if(func3(data43) < 1){const err172 = {instancePath:instancePath+"/scenarios/" + i2+"/id",schemaPath:"#/properties/scenarios/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.scenarios.items.properties.id,data:data43};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}if(!pattern0.test(data43)){const err173 = {instancePath:instancePath+"/scenarios/" + i2+"/id",schemaPath:"#/properties/scenarios/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.id,data:data43};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}}else {const err174 = {instancePath:instancePath+"/scenarios/" + i2+"/id",schemaPath:"#/properties/scenarios/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.id.type,parentSchema:schema11.properties.scenarios.items.properties.id,data:data43};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}}if(data42.classification !== undefined){let data44 = data42.classification;if(typeof data44 !== "string"){const err175 = {instancePath:instancePath+"/scenarios/" + i2+"/classification",schemaPath:"#/properties/scenarios/items/properties/classification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.classification.type,parentSchema:schema11.properties.scenarios.items.properties.classification,data:data44};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}if(!(((((((((data44 === "error") || (data44 === "removed")) || (data44 === "new")) || (data44 === "inputs_changed")) || (data44 === "simulator_changed")) || (data44 === "mixed")) || (data44 === "regression")) || (data44 === "improvement")) || (data44 === "unchanged"))){const err176 = {instancePath:instancePath+"/scenarios/" + i2+"/classification",schemaPath:"#/properties/scenarios/items/properties/classification/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.classification.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.classification.enum,parentSchema:schema11.properties.scenarios.items.properties.classification,data:data44};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}if(data42.hasRegression !== undefined){let data45 = data42.hasRegression;if(typeof data45 !== "boolean"){const err177 = {instancePath:instancePath+"/scenarios/" + i2+"/hasRegression",schemaPath:"#/properties/scenarios/items/properties/hasRegression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.scenarios.items.properties.hasRegression.type,parentSchema:schema11.properties.scenarios.items.properties.hasRegression,data:data45};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}}if(data42.hasImprovement !== undefined){let data46 = data42.hasImprovement;if(typeof data46 !== "boolean"){const err178 = {instancePath:instancePath+"/scenarios/" + i2+"/hasImprovement",schemaPath:"#/properties/scenarios/items/properties/hasImprovement/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.scenarios.items.properties.hasImprovement.type,parentSchema:schema11.properties.scenarios.items.properties.hasImprovement,data:data46};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}}if(data42.hasMetricChanges !== undefined){let data47 = data42.hasMetricChanges;if(typeof data47 !== "boolean"){const err179 = {instancePath:instancePath+"/scenarios/" + i2+"/hasMetricChanges",schemaPath:"#/properties/scenarios/items/properties/hasMetricChanges/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.scenarios.items.properties.hasMetricChanges.type,parentSchema:schema11.properties.scenarios.items.properties.hasMetricChanges,data:data47};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}}if(data42.inputsChanged !== undefined){let data48 = data42.inputsChanged;if(typeof data48 !== "boolean"){const err180 = {instancePath:instancePath+"/scenarios/" + i2+"/inputsChanged",schemaPath:"#/properties/scenarios/items/properties/inputsChanged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.scenarios.items.properties.inputsChanged.type,parentSchema:schema11.properties.scenarios.items.properties.inputsChanged,data:data48};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}if(data42.changedInputs !== undefined){let data49 = data42.changedInputs;if(Array.isArray(data49)){if(data49.length > 10000){const err181 = {instancePath:instancePath+"/scenarios/" + i2+"/changedInputs",schemaPath:"#/properties/scenarios/items/properties/changedInputs/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema11.properties.scenarios.items.properties.changedInputs,data:data49};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}const len3 = data49.length;for(let i3=0; i3<len3; i3++){let data50 = data49[i3];if(typeof data50 === "string"){if(func3(data50) > 4096){const err182 = {instancePath:instancePath+"/scenarios/" + i2+"/changedInputs/" + i3,schemaPath:"#/properties/scenarios/items/properties/changedInputs/items/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.changedInputs.items,data:data50};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}if(!pattern0.test(data50)){const err183 = {instancePath:instancePath+"/scenarios/" + i2+"/changedInputs/" + i3,schemaPath:"#/properties/scenarios/items/properties/changedInputs/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.changedInputs.items,data:data50};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}}else {const err184 = {instancePath:instancePath+"/scenarios/" + i2+"/changedInputs/" + i3,schemaPath:"#/properties/scenarios/items/properties/changedInputs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.changedInputs.items.type,parentSchema:schema11.properties.scenarios.items.properties.changedInputs.items,data:data50};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}}}else {const err185 = {instancePath:instancePath+"/scenarios/" + i2+"/changedInputs",schemaPath:"#/properties/scenarios/items/properties/changedInputs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.changedInputs.type,parentSchema:schema11.properties.scenarios.items.properties.changedInputs,data:data49};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}}if(data42.simulatorChanged !== undefined){let data51 = data42.simulatorChanged;if(typeof data51 !== "boolean"){const err186 = {instancePath:instancePath+"/scenarios/" + i2+"/simulatorChanged",schemaPath:"#/properties/scenarios/items/properties/simulatorChanged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.scenarios.items.properties.simulatorChanged.type,parentSchema:schema11.properties.scenarios.items.properties.simulatorChanged,data:data51};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}}if(data42.baselineFingerprint !== undefined){let data52 = data42.baselineFingerprint;const _errs116 = errors;let valid17 = false;const _errs117 = errors;if(data52 !== null){const err187 = {instancePath:instancePath+"/scenarios/" + i2+"/baselineFingerprint",schemaPath:"#/properties/scenarios/items/properties/baselineFingerprint/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.baselineFingerprint.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.baselineFingerprint.anyOf[0],data:data52};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}var _valid1 = _errs117 === errors;valid17 = valid17 || _valid1;if(!valid17){const _errs119 = errors;if(typeof data52 === "string"){if(func3(data52) > 4096){const err188 = {instancePath:instancePath+"/scenarios/" + i2+"/baselineFingerprint",schemaPath:"#/properties/scenarios/items/properties/baselineFingerprint/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.baselineFingerprint.anyOf[1],data:data52};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}if(!pattern0.test(data52)){const err189 = {instancePath:instancePath+"/scenarios/" + i2+"/baselineFingerprint",schemaPath:"#/properties/scenarios/items/properties/baselineFingerprint/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.baselineFingerprint.anyOf[1],data:data52};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}}else {const err190 = {instancePath:instancePath+"/scenarios/" + i2+"/baselineFingerprint",schemaPath:"#/properties/scenarios/items/properties/baselineFingerprint/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.baselineFingerprint.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.baselineFingerprint.anyOf[1],data:data52};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}var _valid1 = _errs119 === errors;valid17 = valid17 || _valid1;}if(!valid17){const err191 = {instancePath:instancePath+"/scenarios/" + i2+"/baselineFingerprint",schemaPath:"#/properties/scenarios/items/properties/baselineFingerprint/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.baselineFingerprint.anyOf,parentSchema:schema11.properties.scenarios.items.properties.baselineFingerprint,data:data52};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}else {errors = _errs116;if(vErrors !== null){if(_errs116){vErrors.length = _errs116;}else {vErrors = null;}}}}if(data42.currentFingerprint !== undefined){let data53 = data42.currentFingerprint;const _errs122 = errors;let valid18 = false;const _errs123 = errors;if(data53 !== null){const err192 = {instancePath:instancePath+"/scenarios/" + i2+"/currentFingerprint",schemaPath:"#/properties/scenarios/items/properties/currentFingerprint/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.currentFingerprint.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.currentFingerprint.anyOf[0],data:data53};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}var _valid2 = _errs123 === errors;valid18 = valid18 || _valid2;if(!valid18){const _errs125 = errors;if(typeof data53 === "string"){if(func3(data53) > 4096){const err193 = {instancePath:instancePath+"/scenarios/" + i2+"/currentFingerprint",schemaPath:"#/properties/scenarios/items/properties/currentFingerprint/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.currentFingerprint.anyOf[1],data:data53};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}if(!pattern0.test(data53)){const err194 = {instancePath:instancePath+"/scenarios/" + i2+"/currentFingerprint",schemaPath:"#/properties/scenarios/items/properties/currentFingerprint/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.currentFingerprint.anyOf[1],data:data53};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}else {const err195 = {instancePath:instancePath+"/scenarios/" + i2+"/currentFingerprint",schemaPath:"#/properties/scenarios/items/properties/currentFingerprint/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.currentFingerprint.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.currentFingerprint.anyOf[1],data:data53};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}var _valid2 = _errs125 === errors;valid18 = valid18 || _valid2;}if(!valid18){const err196 = {instancePath:instancePath+"/scenarios/" + i2+"/currentFingerprint",schemaPath:"#/properties/scenarios/items/properties/currentFingerprint/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.currentFingerprint.anyOf,parentSchema:schema11.properties.scenarios.items.properties.currentFingerprint,data:data53};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}else {errors = _errs122;if(vErrors !== null){if(_errs122){vErrors.length = _errs122;}else {vErrors = null;}}}}if(data42.baselineSimulator !== undefined){let data54 = data42.baselineSimulator;const _errs128 = errors;let valid19 = false;const _errs129 = errors;if(data54 !== null){const err197 = {instancePath:instancePath+"/scenarios/" + i2+"/baselineSimulator",schemaPath:"#/properties/scenarios/items/properties/baselineSimulator/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.baselineSimulator.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.baselineSimulator.anyOf[0],data:data54};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}var _valid3 = _errs129 === errors;valid19 = valid19 || _valid3;if(!valid19){const _errs131 = errors;if(typeof data54 === "string"){if(func3(data54) > 4096){const err198 = {instancePath:instancePath+"/scenarios/" + i2+"/baselineSimulator",schemaPath:"#/properties/scenarios/items/properties/baselineSimulator/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.baselineSimulator.anyOf[1],data:data54};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}if(!pattern0.test(data54)){const err199 = {instancePath:instancePath+"/scenarios/" + i2+"/baselineSimulator",schemaPath:"#/properties/scenarios/items/properties/baselineSimulator/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.baselineSimulator.anyOf[1],data:data54};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}}else {const err200 = {instancePath:instancePath+"/scenarios/" + i2+"/baselineSimulator",schemaPath:"#/properties/scenarios/items/properties/baselineSimulator/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.baselineSimulator.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.baselineSimulator.anyOf[1],data:data54};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}var _valid3 = _errs131 === errors;valid19 = valid19 || _valid3;}if(!valid19){const err201 = {instancePath:instancePath+"/scenarios/" + i2+"/baselineSimulator",schemaPath:"#/properties/scenarios/items/properties/baselineSimulator/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.baselineSimulator.anyOf,parentSchema:schema11.properties.scenarios.items.properties.baselineSimulator,data:data54};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}else {errors = _errs128;if(vErrors !== null){if(_errs128){vErrors.length = _errs128;}else {vErrors = null;}}}}if(data42.currentSimulator !== undefined){let data55 = data42.currentSimulator;const _errs134 = errors;let valid20 = false;const _errs135 = errors;if(data55 !== null){const err202 = {instancePath:instancePath+"/scenarios/" + i2+"/currentSimulator",schemaPath:"#/properties/scenarios/items/properties/currentSimulator/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.currentSimulator.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.currentSimulator.anyOf[0],data:data55};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}var _valid4 = _errs135 === errors;valid20 = valid20 || _valid4;if(!valid20){const _errs137 = errors;if(typeof data55 === "string"){if(func3(data55) > 4096){const err203 = {instancePath:instancePath+"/scenarios/" + i2+"/currentSimulator",schemaPath:"#/properties/scenarios/items/properties/currentSimulator/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.currentSimulator.anyOf[1],data:data55};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}if(!pattern0.test(data55)){const err204 = {instancePath:instancePath+"/scenarios/" + i2+"/currentSimulator",schemaPath:"#/properties/scenarios/items/properties/currentSimulator/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.currentSimulator.anyOf[1],data:data55};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}}else {const err205 = {instancePath:instancePath+"/scenarios/" + i2+"/currentSimulator",schemaPath:"#/properties/scenarios/items/properties/currentSimulator/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.currentSimulator.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.currentSimulator.anyOf[1],data:data55};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}var _valid4 = _errs137 === errors;valid20 = valid20 || _valid4;}if(!valid20){const err206 = {instancePath:instancePath+"/scenarios/" + i2+"/currentSimulator",schemaPath:"#/properties/scenarios/items/properties/currentSimulator/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.currentSimulator.anyOf,parentSchema:schema11.properties.scenarios.items.properties.currentSimulator,data:data55};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}else {errors = _errs134;if(vErrors !== null){if(_errs134){vErrors.length = _errs134;}else {vErrors = null;}}}}if(data42.error !== undefined){let data56 = data42.error;const _errs140 = errors;let valid21 = false;const _errs141 = errors;if(data56 !== null){const err207 = {instancePath:instancePath+"/scenarios/" + i2+"/error",schemaPath:"#/properties/scenarios/items/properties/error/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.error.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.error.anyOf[0],data:data56};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}var _valid5 = _errs141 === errors;valid21 = valid21 || _valid5;if(!valid21){const _errs143 = errors;if(typeof data56 === "string"){if(func3(data56) > 100000){const err208 = {instancePath:instancePath+"/scenarios/" + i2+"/error",schemaPath:"#/properties/scenarios/items/properties/error/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema11.properties.scenarios.items.properties.error.anyOf[1],data:data56};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}if(!pattern0.test(data56)){const err209 = {instancePath:instancePath+"/scenarios/" + i2+"/error",schemaPath:"#/properties/scenarios/items/properties/error/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.error.anyOf[1],data:data56};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}}else {const err210 = {instancePath:instancePath+"/scenarios/" + i2+"/error",schemaPath:"#/properties/scenarios/items/properties/error/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.error.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.error.anyOf[1],data:data56};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}var _valid5 = _errs143 === errors;valid21 = valid21 || _valid5;}if(!valid21){const err211 = {instancePath:instancePath+"/scenarios/" + i2+"/error",schemaPath:"#/properties/scenarios/items/properties/error/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.error.anyOf,parentSchema:schema11.properties.scenarios.items.properties.error,data:data56};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}else {errors = _errs140;if(vErrors !== null){if(_errs140){vErrors.length = _errs140;}else {vErrors = null;}}}}if(data42.metrics !== undefined){let data57 = data42.metrics;if(Array.isArray(data57)){if(data57.length > 39){const err212 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics",schemaPath:"#/properties/scenarios/items/properties/metrics/maxItems",keyword:"maxItems",params:{limit: 39},message:"must NOT have more than 39 items",schema:39,parentSchema:schema11.properties.scenarios.items.properties.metrics,data:data57};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}const len4 = data57.length;for(let i4=0; i4<len4; i4++){let data58 = data57[i4];if(data58 && typeof data58 == "object" && !Array.isArray(data58)){if(data58.key === undefined){const err213 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4,schemaPath:"#/properties/scenarios/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema11.properties.scenarios.items.properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.metrics.items,data:data58};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}if(data58.label === undefined){const err214 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4,schemaPath:"#/properties/scenarios/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema11.properties.scenarios.items.properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.metrics.items,data:data58};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}if(data58.unit === undefined){const err215 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4,schemaPath:"#/properties/scenarios/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'",schema:schema11.properties.scenarios.items.properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.metrics.items,data:data58};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}if(data58.direction === undefined){const err216 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4,schemaPath:"#/properties/scenarios/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'",schema:schema11.properties.scenarios.items.properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.metrics.items,data:data58};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}if(data58.primary === undefined){const err217 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4,schemaPath:"#/properties/scenarios/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "primary"},message:"must have required property '"+"primary"+"'",schema:schema11.properties.scenarios.items.properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.metrics.items,data:data58};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}if(data58.kind === undefined){const err218 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4,schemaPath:"#/properties/scenarios/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.properties.scenarios.items.properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.metrics.items,data:data58};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}if(data58.baseline === undefined){const err219 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4,schemaPath:"#/properties/scenarios/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "baseline"},message:"must have required property '"+"baseline"+"'",schema:schema11.properties.scenarios.items.properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.metrics.items,data:data58};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}if(data58.current === undefined){const err220 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4,schemaPath:"#/properties/scenarios/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "current"},message:"must have required property '"+"current"+"'",schema:schema11.properties.scenarios.items.properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.metrics.items,data:data58};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;}if(data58.delta === undefined){const err221 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4,schemaPath:"#/properties/scenarios/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'",schema:schema11.properties.scenarios.items.properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.metrics.items,data:data58};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}if(data58.relDelta === undefined){const err222 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4,schemaPath:"#/properties/scenarios/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "relDelta"},message:"must have required property '"+"relDelta"+"'",schema:schema11.properties.scenarios.items.properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.metrics.items,data:data58};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;}if(data58.tolerance === undefined){const err223 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4,schemaPath:"#/properties/scenarios/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "tolerance"},message:"must have required property '"+"tolerance"+"'",schema:schema11.properties.scenarios.items.properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.metrics.items,data:data58};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}if(data58.verdict === undefined){const err224 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4,schemaPath:"#/properties/scenarios/items/properties/metrics/items/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'",schema:schema11.properties.scenarios.items.properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.metrics.items,data:data58};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}for(const key8 in data58){if(!(func2.call(schema11.properties.scenarios.items.properties.metrics.items.properties, key8))){delete data58[key8];}}if(data58.key !== undefined){let data59 = data58.key;if(typeof data59 !== "string"){const err225 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/key",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.key.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.key,data:data59};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}if(!(((((((((((((((((((((((((((((((((((((((data59 === "ttft_ms") || (data59 === "tpot_ms")) || (data59 === "tpot_peak_ms")) || (data59 === "e2e_ms")) || (data59 === "prefill_throughput_tps")) || (data59 === "decode_throughput_tps")) || (data59 === "total_throughput_tps")) || (data59 === "tokens_per_ms")) || (data59 === "ms_per_token")) || (data59 === "chunk_latency_ms")) || (data59 === "chunk_throughput_tps")) || (data59 === "weights_gb")) || (data59 === "kv_cache_gb")) || (data59 === "total_memory_gb")) || (data59 === "device_memory_gb")) || (data59 === "fits_in_memory")) || (data59 === "offloaded")) || (data59 === "ttft_mean_ms")) || (data59 === "ttft_p50_ms")) || (data59 === "ttft_p90_ms")) || (data59 === "ttft_p99_ms")) || (data59 === "tpot_mean_ms")) || (data59 === "tpot_p50_ms")) || (data59 === "tpot_p90_ms")) || (data59 === "tpot_p99_ms")) || (data59 === "itl_mean_ms")) || (data59 === "itl_p50_ms")) || (data59 === "itl_p90_ms")) || (data59 === "itl_p99_ms")) || (data59 === "e2e_mean_ms")) || (data59 === "e2e_p50_ms")) || (data59 === "e2e_p90_ms")) || (data59 === "e2e_p99_ms")) || (data59 === "request_throughput_rps")) || (data59 === "output_throughput_tps")) || (data59 === "goodput_rps")) || (data59 === "kv_utilization")) || (data59 === "preemptions")) || (data59 === "max_rate_qps"))){const err226 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/key",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/key/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.metrics.items.properties.key.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.key.enum,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.key,data:data59};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}}if(data58.label !== undefined){let data60 = data58.label;if(typeof data60 === "string"){if(func3(data60) > 4096){const err227 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/label",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/label/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.label,data:data60};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}if(!pattern0.test(data60)){const err228 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/label",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/label/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.label,data:data60};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}}else {const err229 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/label",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.label.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.label,data:data60};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}}if(data58.unit !== undefined){let data61 = data58.unit;if(typeof data61 === "string"){if(func3(data61) > 4096){const err230 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/unit",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/unit/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.unit,data:data61};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}if(!pattern0.test(data61)){const err231 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/unit",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/unit/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.unit,data:data61};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}}else {const err232 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/unit",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.unit.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.unit,data:data61};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}}if(data58.direction !== undefined){let data62 = data58.direction;if(typeof data62 !== "string"){const err233 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/direction",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.direction.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.direction,data:data62};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}if(!((data62 === "lower") || (data62 === "higher"))){const err234 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/direction",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/direction/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.metrics.items.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.direction.enum,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.direction,data:data62};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}}if(data58.primary !== undefined){let data63 = data58.primary;if(typeof data63 !== "boolean"){const err235 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/primary",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/primary/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.primary.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.primary,data:data63};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}}if(data58.kind !== undefined){let data64 = data58.kind;if(typeof data64 !== "string"){const err236 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/kind",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.kind.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.kind,data:data64};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}if(!((data64 === "number") || (data64 === "boolean"))){const err237 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/kind",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.metrics.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.kind.enum,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.kind,data:data64};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;}}if(data58.baseline !== undefined){let data65 = data58.baseline;if(((!((typeof data65 == "number") && (isFinite(data65)))) && (typeof data65 !== "boolean")) && (data65 !== null)){const err238 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/baseline",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/baseline/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.metrics.items.properties.baseline.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.baseline.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.baseline,data:data65};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;}}if(data58.current !== undefined){let data66 = data58.current;if(((!((typeof data66 == "number") && (isFinite(data66)))) && (typeof data66 !== "boolean")) && (data66 !== null)){const err239 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/current",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/current/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.metrics.items.properties.current.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.current.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.current,data:data66};if(vErrors === null){vErrors = [err239];}else {vErrors.push(err239);}errors++;}}if(data58.delta !== undefined){let data67 = data58.delta;if((!((typeof data67 == "number") && (isFinite(data67)))) && (data67 !== null)){const err240 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/delta",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/delta/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.metrics.items.properties.delta.type},message:"must be number,null",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.delta.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.delta,data:data67};if(vErrors === null){vErrors = [err240];}else {vErrors.push(err240);}errors++;}}if(data58.relDelta !== undefined){let data68 = data58.relDelta;if((!((typeof data68 == "number") && (isFinite(data68)))) && (data68 !== null)){const err241 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/relDelta",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/relDelta/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.metrics.items.properties.relDelta.type},message:"must be number,null",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.relDelta.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.relDelta,data:data68};if(vErrors === null){vErrors = [err241];}else {vErrors.push(err241);}errors++;}}if(data58.tolerance !== undefined){let data69 = data58.tolerance;if(data69 && typeof data69 == "object" && !Array.isArray(data69)){if(data69.rel === undefined){const err242 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/tolerance",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/tolerance/required",keyword:"required",params:{missingProperty: "rel"},message:"must have required property '"+"rel"+"'",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance.required,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance,data:data69};if(vErrors === null){vErrors = [err242];}else {vErrors.push(err242);}errors++;}if(data69.abs === undefined){const err243 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/tolerance",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/tolerance/required",keyword:"required",params:{missingProperty: "abs"},message:"must have required property '"+"abs"+"'",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance.required,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance,data:data69};if(vErrors === null){vErrors = [err243];}else {vErrors.push(err243);}errors++;}if(data69.source === undefined){const err244 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/tolerance",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/tolerance/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance.required,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance,data:data69};if(vErrors === null){vErrors = [err244];}else {vErrors.push(err244);}errors++;}for(const key9 in data69){if(!(((key9 === "rel") || (key9 === "abs")) || (key9 === "source"))){delete data69[key9];}}if(data69.rel !== undefined){let data70 = data69.rel;if(!((typeof data70 == "number") && (isFinite(data70)))){const err245 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/tolerance/rel",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance.properties.rel.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance.properties.rel,data:data70};if(vErrors === null){vErrors = [err245];}else {vErrors.push(err245);}errors++;}}if(data69.abs !== undefined){let data71 = data69.abs;if(!((typeof data71 == "number") && (isFinite(data71)))){const err246 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/tolerance/abs",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance.properties.abs.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance.properties.abs,data:data71};if(vErrors === null){vErrors = [err246];}else {vErrors.push(err246);}errors++;}}if(data69.source !== undefined){let data72 = data69.source;if(typeof data72 === "string"){if(func3(data72) > 4096){const err247 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/tolerance/source",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/tolerance/properties/source/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance.properties.source,data:data72};if(vErrors === null){vErrors = [err247];}else {vErrors.push(err247);}errors++;}if(!pattern0.test(data72)){const err248 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/tolerance/source",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/tolerance/properties/source/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance.properties.source,data:data72};if(vErrors === null){vErrors = [err248];}else {vErrors.push(err248);}errors++;}}else {const err249 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/tolerance/source",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/tolerance/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance.properties.source.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance.properties.source,data:data72};if(vErrors === null){vErrors = [err249];}else {vErrors.push(err249);}errors++;}}}else {const err250 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/tolerance",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.tolerance,data:data69};if(vErrors === null){vErrors = [err250];}else {vErrors.push(err250);}errors++;}}if(data58.verdict !== undefined){let data73 = data58.verdict;if(typeof data73 !== "string"){const err251 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/verdict",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/verdict/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.verdict.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.verdict,data:data73};if(vErrors === null){vErrors = [err251];}else {vErrors.push(err251);}errors++;}if(!(((((((data73 === "equal") || (data73 === "within")) || (data73 === "regression")) || (data73 === "improvement")) || (data73 === "changed")) || (data73 === "new")) || (data73 === "missing"))){const err252 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4+"/verdict",schemaPath:"#/properties/scenarios/items/properties/metrics/items/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.metrics.items.properties.verdict.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.metrics.items.properties.verdict.enum,parentSchema:schema11.properties.scenarios.items.properties.metrics.items.properties.verdict,data:data73};if(vErrors === null){vErrors = [err252];}else {vErrors.push(err252);}errors++;}}}else {const err253 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics/" + i4,schemaPath:"#/properties/scenarios/items/properties/metrics/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.metrics.items.type,parentSchema:schema11.properties.scenarios.items.properties.metrics.items,data:data58};if(vErrors === null){vErrors = [err253];}else {vErrors.push(err253);}errors++;}}}else {const err254 = {instancePath:instancePath+"/scenarios/" + i2+"/metrics",schemaPath:"#/properties/scenarios/items/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.metrics.type,parentSchema:schema11.properties.scenarios.items.properties.metrics,data:data57};if(vErrors === null){vErrors = [err254];}else {vErrors.push(err254);}errors++;}}if(data42.slo !== undefined){let data74 = data42.slo;if(Array.isArray(data74)){if(data74.length > 8){const err255 = {instancePath:instancePath+"/scenarios/" + i2+"/slo",schemaPath:"#/properties/scenarios/items/properties/slo/maxItems",keyword:"maxItems",params:{limit: 8},message:"must NOT have more than 8 items",schema:8,parentSchema:schema11.properties.scenarios.items.properties.slo,data:data74};if(vErrors === null){vErrors = [err255];}else {vErrors.push(err255);}errors++;}const len5 = data74.length;for(let i5=0; i5<len5; i5++){let data75 = data74[i5];if(data75 && typeof data75 == "object" && !Array.isArray(data75)){if(data75.budget === undefined){const err256 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5,schemaPath:"#/properties/scenarios/items/properties/slo/items/required",keyword:"required",params:{missingProperty: "budget"},message:"must have required property '"+"budget"+"'",schema:schema11.properties.scenarios.items.properties.slo.items.required,parentSchema:schema11.properties.scenarios.items.properties.slo.items,data:data75};if(vErrors === null){vErrors = [err256];}else {vErrors.push(err256);}errors++;}if(data75.metric === undefined){const err257 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5,schemaPath:"#/properties/scenarios/items/properties/slo/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema11.properties.scenarios.items.properties.slo.items.required,parentSchema:schema11.properties.scenarios.items.properties.slo.items,data:data75};if(vErrors === null){vErrors = [err257];}else {vErrors.push(err257);}errors++;}if(data75.kind === undefined){const err258 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5,schemaPath:"#/properties/scenarios/items/properties/slo/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.properties.scenarios.items.properties.slo.items.required,parentSchema:schema11.properties.scenarios.items.properties.slo.items,data:data75};if(vErrors === null){vErrors = [err258];}else {vErrors.push(err258);}errors++;}if(data75.limit === undefined){const err259 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5,schemaPath:"#/properties/scenarios/items/properties/slo/items/required",keyword:"required",params:{missingProperty: "limit"},message:"must have required property '"+"limit"+"'",schema:schema11.properties.scenarios.items.properties.slo.items.required,parentSchema:schema11.properties.scenarios.items.properties.slo.items,data:data75};if(vErrors === null){vErrors = [err259];}else {vErrors.push(err259);}errors++;}if(data75.actual === undefined){const err260 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5,schemaPath:"#/properties/scenarios/items/properties/slo/items/required",keyword:"required",params:{missingProperty: "actual"},message:"must have required property '"+"actual"+"'",schema:schema11.properties.scenarios.items.properties.slo.items.required,parentSchema:schema11.properties.scenarios.items.properties.slo.items,data:data75};if(vErrors === null){vErrors = [err260];}else {vErrors.push(err260);}errors++;}if(data75.status === undefined){const err261 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5,schemaPath:"#/properties/scenarios/items/properties/slo/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema11.properties.scenarios.items.properties.slo.items.required,parentSchema:schema11.properties.scenarios.items.properties.slo.items,data:data75};if(vErrors === null){vErrors = [err261];}else {vErrors.push(err261);}errors++;}if(data75.ok === undefined){const err262 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5,schemaPath:"#/properties/scenarios/items/properties/slo/items/required",keyword:"required",params:{missingProperty: "ok"},message:"must have required property '"+"ok"+"'",schema:schema11.properties.scenarios.items.properties.slo.items.required,parentSchema:schema11.properties.scenarios.items.properties.slo.items,data:data75};if(vErrors === null){vErrors = [err262];}else {vErrors.push(err262);}errors++;}if(data75.headroom === undefined){const err263 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5,schemaPath:"#/properties/scenarios/items/properties/slo/items/required",keyword:"required",params:{missingProperty: "headroom"},message:"must have required property '"+"headroom"+"'",schema:schema11.properties.scenarios.items.properties.slo.items.required,parentSchema:schema11.properties.scenarios.items.properties.slo.items,data:data75};if(vErrors === null){vErrors = [err263];}else {vErrors.push(err263);}errors++;}if(data75.headroomPct === undefined){const err264 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5,schemaPath:"#/properties/scenarios/items/properties/slo/items/required",keyword:"required",params:{missingProperty: "headroomPct"},message:"must have required property '"+"headroomPct"+"'",schema:schema11.properties.scenarios.items.properties.slo.items.required,parentSchema:schema11.properties.scenarios.items.properties.slo.items,data:data75};if(vErrors === null){vErrors = [err264];}else {vErrors.push(err264);}errors++;}for(const key10 in data75){if(!(func2.call(schema11.properties.scenarios.items.properties.slo.items.properties, key10))){delete data75[key10];}}if(data75.budget !== undefined){let data76 = data75.budget;if(typeof data76 !== "string"){const err265 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5+"/budget",schemaPath:"#/properties/scenarios/items/properties/slo/items/properties/budget/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.slo.items.properties.budget.type,parentSchema:schema11.properties.scenarios.items.properties.slo.items.properties.budget,data:data76};if(vErrors === null){vErrors = [err265];}else {vErrors.push(err265);}errors++;}if(!((((((((data76 === "ttft_ms") || (data76 === "tpot_ms")) || (data76 === "tpot_peak_ms")) || (data76 === "e2e_ms")) || (data76 === "prefill_throughput_tps")) || (data76 === "decode_throughput_tps")) || (data76 === "total_throughput_tps")) || (data76 === "must_fit"))){const err266 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5+"/budget",schemaPath:"#/properties/scenarios/items/properties/slo/items/properties/budget/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.slo.items.properties.budget.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.slo.items.properties.budget.enum,parentSchema:schema11.properties.scenarios.items.properties.slo.items.properties.budget,data:data76};if(vErrors === null){vErrors = [err266];}else {vErrors.push(err266);}errors++;}}if(data75.metric !== undefined){let data77 = data75.metric;if(typeof data77 !== "string"){const err267 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5+"/metric",schemaPath:"#/properties/scenarios/items/properties/slo/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.slo.items.properties.metric.type,parentSchema:schema11.properties.scenarios.items.properties.slo.items.properties.metric,data:data77};if(vErrors === null){vErrors = [err267];}else {vErrors.push(err267);}errors++;}if(!(((((((((((((((((((((((((((((((((((((((data77 === "ttft_ms") || (data77 === "tpot_ms")) || (data77 === "tpot_peak_ms")) || (data77 === "e2e_ms")) || (data77 === "prefill_throughput_tps")) || (data77 === "decode_throughput_tps")) || (data77 === "total_throughput_tps")) || (data77 === "tokens_per_ms")) || (data77 === "ms_per_token")) || (data77 === "chunk_latency_ms")) || (data77 === "chunk_throughput_tps")) || (data77 === "weights_gb")) || (data77 === "kv_cache_gb")) || (data77 === "total_memory_gb")) || (data77 === "device_memory_gb")) || (data77 === "fits_in_memory")) || (data77 === "offloaded")) || (data77 === "ttft_mean_ms")) || (data77 === "ttft_p50_ms")) || (data77 === "ttft_p90_ms")) || (data77 === "ttft_p99_ms")) || (data77 === "tpot_mean_ms")) || (data77 === "tpot_p50_ms")) || (data77 === "tpot_p90_ms")) || (data77 === "tpot_p99_ms")) || (data77 === "itl_mean_ms")) || (data77 === "itl_p50_ms")) || (data77 === "itl_p90_ms")) || (data77 === "itl_p99_ms")) || (data77 === "e2e_mean_ms")) || (data77 === "e2e_p50_ms")) || (data77 === "e2e_p90_ms")) || (data77 === "e2e_p99_ms")) || (data77 === "request_throughput_rps")) || (data77 === "output_throughput_tps")) || (data77 === "goodput_rps")) || (data77 === "kv_utilization")) || (data77 === "preemptions")) || (data77 === "max_rate_qps"))){const err268 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5+"/metric",schemaPath:"#/properties/scenarios/items/properties/slo/items/properties/metric/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.slo.items.properties.metric.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.slo.items.properties.metric.enum,parentSchema:schema11.properties.scenarios.items.properties.slo.items.properties.metric,data:data77};if(vErrors === null){vErrors = [err268];}else {vErrors.push(err268);}errors++;}}if(data75.kind !== undefined){let data78 = data75.kind;if(typeof data78 !== "string"){const err269 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5+"/kind",schemaPath:"#/properties/scenarios/items/properties/slo/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.slo.items.properties.kind.type,parentSchema:schema11.properties.scenarios.items.properties.slo.items.properties.kind,data:data78};if(vErrors === null){vErrors = [err269];}else {vErrors.push(err269);}errors++;}if(!(((data78 === "max") || (data78 === "min")) || (data78 === "must_fit"))){const err270 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5+"/kind",schemaPath:"#/properties/scenarios/items/properties/slo/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.slo.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.slo.items.properties.kind.enum,parentSchema:schema11.properties.scenarios.items.properties.slo.items.properties.kind,data:data78};if(vErrors === null){vErrors = [err270];}else {vErrors.push(err270);}errors++;}}if(data75.limit !== undefined){let data79 = data75.limit;if((!((typeof data79 == "number") && (isFinite(data79)))) && (typeof data79 !== "boolean")){const err271 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5+"/limit",schemaPath:"#/properties/scenarios/items/properties/slo/items/properties/limit/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.slo.items.properties.limit.type},message:"must be number,boolean",schema:schema11.properties.scenarios.items.properties.slo.items.properties.limit.type,parentSchema:schema11.properties.scenarios.items.properties.slo.items.properties.limit,data:data79};if(vErrors === null){vErrors = [err271];}else {vErrors.push(err271);}errors++;}}if(data75.actual !== undefined){let data80 = data75.actual;if(((!((typeof data80 == "number") && (isFinite(data80)))) && (typeof data80 !== "boolean")) && (data80 !== null)){const err272 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5+"/actual",schemaPath:"#/properties/scenarios/items/properties/slo/items/properties/actual/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.slo.items.properties.actual.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.slo.items.properties.actual.type,parentSchema:schema11.properties.scenarios.items.properties.slo.items.properties.actual,data:data80};if(vErrors === null){vErrors = [err272];}else {vErrors.push(err272);}errors++;}}if(data75.status !== undefined){let data81 = data75.status;if(typeof data81 !== "string"){const err273 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5+"/status",schemaPath:"#/properties/scenarios/items/properties/slo/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.slo.items.properties.status.type,parentSchema:schema11.properties.scenarios.items.properties.slo.items.properties.status,data:data81};if(vErrors === null){vErrors = [err273];}else {vErrors.push(err273);}errors++;}if(!(((data81 === "ok") || (data81 === "violated")) || (data81 === "not_applicable"))){const err274 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5+"/status",schemaPath:"#/properties/scenarios/items/properties/slo/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.slo.items.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.slo.items.properties.status.enum,parentSchema:schema11.properties.scenarios.items.properties.slo.items.properties.status,data:data81};if(vErrors === null){vErrors = [err274];}else {vErrors.push(err274);}errors++;}}if(data75.ok !== undefined){let data82 = data75.ok;if(typeof data82 !== "boolean"){const err275 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5+"/ok",schemaPath:"#/properties/scenarios/items/properties/slo/items/properties/ok/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.scenarios.items.properties.slo.items.properties.ok.type,parentSchema:schema11.properties.scenarios.items.properties.slo.items.properties.ok,data:data82};if(vErrors === null){vErrors = [err275];}else {vErrors.push(err275);}errors++;}}if(data75.headroom !== undefined){let data83 = data75.headroom;if((!((typeof data83 == "number") && (isFinite(data83)))) && (data83 !== null)){const err276 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5+"/headroom",schemaPath:"#/properties/scenarios/items/properties/slo/items/properties/headroom/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.slo.items.properties.headroom.type},message:"must be number,null",schema:schema11.properties.scenarios.items.properties.slo.items.properties.headroom.type,parentSchema:schema11.properties.scenarios.items.properties.slo.items.properties.headroom,data:data83};if(vErrors === null){vErrors = [err276];}else {vErrors.push(err276);}errors++;}}if(data75.headroomPct !== undefined){let data84 = data75.headroomPct;if((!((typeof data84 == "number") && (isFinite(data84)))) && (data84 !== null)){const err277 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5+"/headroomPct",schemaPath:"#/properties/scenarios/items/properties/slo/items/properties/headroomPct/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.slo.items.properties.headroomPct.type},message:"must be number,null",schema:schema11.properties.scenarios.items.properties.slo.items.properties.headroomPct.type,parentSchema:schema11.properties.scenarios.items.properties.slo.items.properties.headroomPct,data:data84};if(vErrors === null){vErrors = [err277];}else {vErrors.push(err277);}errors++;}}if(data75.band !== undefined){let data85 = data75.band;if((!((typeof data85 == "number") && (isFinite(data85)))) && (data85 !== null)){const err278 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5+"/band",schemaPath:"#/properties/scenarios/items/properties/slo/items/properties/band/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.slo.items.properties.band.type},message:"must be number,null",schema:schema11.properties.scenarios.items.properties.slo.items.properties.band.type,parentSchema:schema11.properties.scenarios.items.properties.slo.items.properties.band,data:data85};if(vErrors === null){vErrors = [err278];}else {vErrors.push(err278);}errors++;}}if(data75.atRisk !== undefined){let data86 = data75.atRisk;if(typeof data86 !== "boolean"){const err279 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5+"/atRisk",schemaPath:"#/properties/scenarios/items/properties/slo/items/properties/atRisk/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.scenarios.items.properties.slo.items.properties.atRisk.type,parentSchema:schema11.properties.scenarios.items.properties.slo.items.properties.atRisk,data:data86};if(vErrors === null){vErrors = [err279];}else {vErrors.push(err279);}errors++;}}}else {const err280 = {instancePath:instancePath+"/scenarios/" + i2+"/slo/" + i5,schemaPath:"#/properties/scenarios/items/properties/slo/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.slo.items.type,parentSchema:schema11.properties.scenarios.items.properties.slo.items,data:data75};if(vErrors === null){vErrors = [err280];}else {vErrors.push(err280);}errors++;}}}else {const err281 = {instancePath:instancePath+"/scenarios/" + i2+"/slo",schemaPath:"#/properties/scenarios/items/properties/slo/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.slo.type,parentSchema:schema11.properties.scenarios.items.properties.slo,data:data74};if(vErrors === null){vErrors = [err281];}else {vErrors.push(err281);}errors++;}}if(data42.sloViolated !== undefined){let data87 = data42.sloViolated;if(typeof data87 !== "boolean"){const err282 = {instancePath:instancePath+"/scenarios/" + i2+"/sloViolated",schemaPath:"#/properties/scenarios/items/properties/sloViolated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.scenarios.items.properties.sloViolated.type,parentSchema:schema11.properties.scenarios.items.properties.sloViolated,data:data87};if(vErrors === null){vErrors = [err282];}else {vErrors.push(err282);}errors++;}}if(data42.description !== undefined){let data88 = data42.description;const _errs211 = errors;let valid29 = false;const _errs212 = errors;if(data88 !== null){const err283 = {instancePath:instancePath+"/scenarios/" + i2+"/description",schemaPath:"#/properties/scenarios/items/properties/description/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.description.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.description.anyOf[0],data:data88};if(vErrors === null){vErrors = [err283];}else {vErrors.push(err283);}errors++;}var _valid6 = _errs212 === errors;valid29 = valid29 || _valid6;if(!valid29){const _errs214 = errors;if(typeof data88 === "string"){if(func3(data88) > 100000){const err284 = {instancePath:instancePath+"/scenarios/" + i2+"/description",schemaPath:"#/properties/scenarios/items/properties/description/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema11.properties.scenarios.items.properties.description.anyOf[1],data:data88};if(vErrors === null){vErrors = [err284];}else {vErrors.push(err284);}errors++;}if(!pattern0.test(data88)){const err285 = {instancePath:instancePath+"/scenarios/" + i2+"/description",schemaPath:"#/properties/scenarios/items/properties/description/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.description.anyOf[1],data:data88};if(vErrors === null){vErrors = [err285];}else {vErrors.push(err285);}errors++;}}else {const err286 = {instancePath:instancePath+"/scenarios/" + i2+"/description",schemaPath:"#/properties/scenarios/items/properties/description/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.description.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.description.anyOf[1],data:data88};if(vErrors === null){vErrors = [err286];}else {vErrors.push(err286);}errors++;}var _valid6 = _errs214 === errors;valid29 = valid29 || _valid6;}if(!valid29){const err287 = {instancePath:instancePath+"/scenarios/" + i2+"/description",schemaPath:"#/properties/scenarios/items/properties/description/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.description.anyOf,parentSchema:schema11.properties.scenarios.items.properties.description,data:data88};if(vErrors === null){vErrors = [err287];}else {vErrors.push(err287);}errors++;}else {errors = _errs211;if(vErrors !== null){if(_errs211){vErrors.length = _errs211;}else {vErrors = null;}}}}if(data42.manifest !== undefined){let data89 = data42.manifest;const _errs217 = errors;let valid30 = false;const _errs218 = errors;if(data89 !== null){const err288 = {instancePath:instancePath+"/scenarios/" + i2+"/manifest",schemaPath:"#/properties/scenarios/items/properties/manifest/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.manifest.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.manifest.anyOf[0],data:data89};if(vErrors === null){vErrors = [err288];}else {vErrors.push(err288);}errors++;}var _valid7 = _errs218 === errors;valid30 = valid30 || _valid7;if(!valid30){const _errs220 = errors;if(typeof data89 === "string"){if(func3(data89) > 4096){const err289 = {instancePath:instancePath+"/scenarios/" + i2+"/manifest",schemaPath:"#/properties/scenarios/items/properties/manifest/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.manifest.anyOf[1],data:data89};if(vErrors === null){vErrors = [err289];}else {vErrors.push(err289);}errors++;}if(!pattern0.test(data89)){const err290 = {instancePath:instancePath+"/scenarios/" + i2+"/manifest",schemaPath:"#/properties/scenarios/items/properties/manifest/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.manifest.anyOf[1],data:data89};if(vErrors === null){vErrors = [err290];}else {vErrors.push(err290);}errors++;}}else {const err291 = {instancePath:instancePath+"/scenarios/" + i2+"/manifest",schemaPath:"#/properties/scenarios/items/properties/manifest/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.manifest.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.manifest.anyOf[1],data:data89};if(vErrors === null){vErrors = [err291];}else {vErrors.push(err291);}errors++;}var _valid7 = _errs220 === errors;valid30 = valid30 || _valid7;}if(!valid30){const err292 = {instancePath:instancePath+"/scenarios/" + i2+"/manifest",schemaPath:"#/properties/scenarios/items/properties/manifest/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.manifest.anyOf,parentSchema:schema11.properties.scenarios.items.properties.manifest,data:data89};if(vErrors === null){vErrors = [err292];}else {vErrors.push(err292);}errors++;}else {errors = _errs217;if(vErrors !== null){if(_errs217){vErrors.length = _errs217;}else {vErrors = null;}}}}if(data42.line !== undefined){let data90 = data42.line;if((!(((typeof data90 == "number") && (!(data90 % 1) && !isNaN(data90))) && (isFinite(data90)))) && (data90 !== null)){const err293 = {instancePath:instancePath+"/scenarios/" + i2+"/line",schemaPath:"#/properties/scenarios/items/properties/line/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.line.type},message:"must be integer,null",schema:schema11.properties.scenarios.items.properties.line.type,parentSchema:schema11.properties.scenarios.items.properties.line,data:data90};if(vErrors === null){vErrors = [err293];}else {vErrors.push(err293);}errors++;}if((typeof data90 == "number") && (isFinite(data90))){if(data90 > 9007199254740991 || isNaN(data90)){const err294 = {instancePath:instancePath+"/scenarios/" + i2+"/line",schemaPath:"#/properties/scenarios/items/properties/line/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.scenarios.items.properties.line,data:data90};if(vErrors === null){vErrors = [err294];}else {vErrors.push(err294);}errors++;}if(data90 < 0 || isNaN(data90)){const err295 = {instancePath:instancePath+"/scenarios/" + i2+"/line",schemaPath:"#/properties/scenarios/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.line,data:data90};if(vErrors === null){vErrors = [err295];}else {vErrors.push(err295);}errors++;}}}if(data42.column !== undefined){let data91 = data42.column;if((!(((typeof data91 == "number") && (!(data91 % 1) && !isNaN(data91))) && (isFinite(data91)))) && (data91 !== null)){const err296 = {instancePath:instancePath+"/scenarios/" + i2+"/column",schemaPath:"#/properties/scenarios/items/properties/column/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.column.type},message:"must be integer,null",schema:schema11.properties.scenarios.items.properties.column.type,parentSchema:schema11.properties.scenarios.items.properties.column,data:data91};if(vErrors === null){vErrors = [err296];}else {vErrors.push(err296);}errors++;}if((typeof data91 == "number") && (isFinite(data91))){if(data91 > 9007199254740991 || isNaN(data91)){const err297 = {instancePath:instancePath+"/scenarios/" + i2+"/column",schemaPath:"#/properties/scenarios/items/properties/column/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.scenarios.items.properties.column,data:data91};if(vErrors === null){vErrors = [err297];}else {vErrors.push(err297);}errors++;}if(data91 < 0 || isNaN(data91)){const err298 = {instancePath:instancePath+"/scenarios/" + i2+"/column",schemaPath:"#/properties/scenarios/items/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.column,data:data91};if(vErrors === null){vErrors = [err298];}else {vErrors.push(err298);}errors++;}}}if(data42.model !== undefined){let data92 = data42.model;const _errs227 = errors;let valid31 = false;const _errs228 = errors;if(data92 !== null){const err299 = {instancePath:instancePath+"/scenarios/" + i2+"/model",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.model.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[0],data:data92};if(vErrors === null){vErrors = [err299];}else {vErrors.push(err299);}errors++;}var _valid8 = _errs228 === errors;valid31 = valid31 || _valid8;if(!valid31){const _errs230 = errors;if(data92 && typeof data92 == "object" && !Array.isArray(data92)){if(data92.requested === undefined){const err300 = {instancePath:instancePath+"/scenarios/" + i2+"/model",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/required",keyword:"required",params:{missingProperty: "requested"},message:"must have required property '"+"requested"+"'",schema:schema11.properties.scenarios.items.properties.model.anyOf[1].required,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1],data:data92};if(vErrors === null){vErrors = [err300];}else {vErrors.push(err300);}errors++;}if(data92.resolved === undefined){const err301 = {instancePath:instancePath+"/scenarios/" + i2+"/model",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/required",keyword:"required",params:{missingProperty: "resolved"},message:"must have required property '"+"resolved"+"'",schema:schema11.properties.scenarios.items.properties.model.anyOf[1].required,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1],data:data92};if(vErrors === null){vErrors = [err301];}else {vErrors.push(err301);}errors++;}if(data92.source === undefined){const err302 = {instancePath:instancePath+"/scenarios/" + i2+"/model",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema11.properties.scenarios.items.properties.model.anyOf[1].required,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1],data:data92};if(vErrors === null){vErrors = [err302];}else {vErrors.push(err302);}errors++;}if(data92.path === undefined){const err303 = {instancePath:instancePath+"/scenarios/" + i2+"/model",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema11.properties.scenarios.items.properties.model.anyOf[1].required,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1],data:data92};if(vErrors === null){vErrors = [err303];}else {vErrors.push(err303);}errors++;}for(const key11 in data92){if(!((((key11 === "requested") || (key11 === "resolved")) || (key11 === "source")) || (key11 === "path"))){delete data92[key11];}}if(data92.requested !== undefined){let data93 = data92.requested;if(typeof data93 === "string"){if(func3(data93) > 4096){const err304 = {instancePath:instancePath+"/scenarios/" + i2+"/model/requested",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/properties/requested/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.requested,data:data93};if(vErrors === null){vErrors = [err304];}else {vErrors.push(err304);}errors++;}if(!pattern0.test(data93)){const err305 = {instancePath:instancePath+"/scenarios/" + i2+"/model/requested",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/properties/requested/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.requested,data:data93};if(vErrors === null){vErrors = [err305];}else {vErrors.push(err305);}errors++;}}else {const err306 = {instancePath:instancePath+"/scenarios/" + i2+"/model/requested",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/properties/requested/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.requested.type,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.requested,data:data93};if(vErrors === null){vErrors = [err306];}else {vErrors.push(err306);}errors++;}}if(data92.resolved !== undefined){let data94 = data92.resolved;if(typeof data94 === "string"){if(func3(data94) > 4096){const err307 = {instancePath:instancePath+"/scenarios/" + i2+"/model/resolved",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/properties/resolved/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.resolved,data:data94};if(vErrors === null){vErrors = [err307];}else {vErrors.push(err307);}errors++;}if(!pattern0.test(data94)){const err308 = {instancePath:instancePath+"/scenarios/" + i2+"/model/resolved",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/properties/resolved/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.resolved,data:data94};if(vErrors === null){vErrors = [err308];}else {vErrors.push(err308);}errors++;}}else {const err309 = {instancePath:instancePath+"/scenarios/" + i2+"/model/resolved",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/properties/resolved/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.resolved.type,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.resolved,data:data94};if(vErrors === null){vErrors = [err309];}else {vErrors.push(err309);}errors++;}}if(data92.source !== undefined){let data95 = data92.source;if(typeof data95 !== "string"){const err310 = {instancePath:instancePath+"/scenarios/" + i2+"/model/source",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.source.type,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.source,data:data95};if(vErrors === null){vErrors = [err310];}else {vErrors.push(err310);}errors++;}if(!(((data95 === "catalog") || (data95 === "preset")) || (data95 === "file"))){const err311 = {instancePath:instancePath+"/scenarios/" + i2+"/model/source",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/properties/source/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.model.anyOf[1].properties.source.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.source.enum,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.source,data:data95};if(vErrors === null){vErrors = [err311];}else {vErrors.push(err311);}errors++;}}if(data92.path !== undefined){let data96 = data92.path;const _errs240 = errors;let valid33 = false;const _errs241 = errors;if(data96 !== null){const err312 = {instancePath:instancePath+"/scenarios/" + i2+"/model/path",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/properties/path/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.path.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.path.anyOf[0],data:data96};if(vErrors === null){vErrors = [err312];}else {vErrors.push(err312);}errors++;}var _valid9 = _errs241 === errors;valid33 = valid33 || _valid9;if(!valid33){const _errs243 = errors;if(typeof data96 === "string"){if(func3(data96) > 4096){const err313 = {instancePath:instancePath+"/scenarios/" + i2+"/model/path",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/properties/path/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.path.anyOf[1],data:data96};if(vErrors === null){vErrors = [err313];}else {vErrors.push(err313);}errors++;}if(!pattern0.test(data96)){const err314 = {instancePath:instancePath+"/scenarios/" + i2+"/model/path",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/properties/path/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.path.anyOf[1],data:data96};if(vErrors === null){vErrors = [err314];}else {vErrors.push(err314);}errors++;}}else {const err315 = {instancePath:instancePath+"/scenarios/" + i2+"/model/path",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/properties/path/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.path.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.path.anyOf[1],data:data96};if(vErrors === null){vErrors = [err315];}else {vErrors.push(err315);}errors++;}var _valid9 = _errs243 === errors;valid33 = valid33 || _valid9;}if(!valid33){const err316 = {instancePath:instancePath+"/scenarios/" + i2+"/model/path",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/properties/path/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.path.anyOf,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1].properties.path,data:data96};if(vErrors === null){vErrors = [err316];}else {vErrors.push(err316);}errors++;}else {errors = _errs240;if(vErrors !== null){if(_errs240){vErrors.length = _errs240;}else {vErrors = null;}}}}}else {const err317 = {instancePath:instancePath+"/scenarios/" + i2+"/model",schemaPath:"#/properties/scenarios/items/properties/model/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.model.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.model.anyOf[1],data:data92};if(vErrors === null){vErrors = [err317];}else {vErrors.push(err317);}errors++;}var _valid8 = _errs230 === errors;valid31 = valid31 || _valid8;}if(!valid31){const err318 = {instancePath:instancePath+"/scenarios/" + i2+"/model",schemaPath:"#/properties/scenarios/items/properties/model/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.model.anyOf,parentSchema:schema11.properties.scenarios.items.properties.model,data:data92};if(vErrors === null){vErrors = [err318];}else {vErrors.push(err318);}errors++;}else {errors = _errs227;if(vErrors !== null){if(_errs227){vErrors.length = _errs227;}else {vErrors = null;}}}}if(data42.hardware !== undefined){let data97 = data42.hardware;const _errs246 = errors;let valid34 = false;const _errs247 = errors;if(data97 !== null){const err319 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.hardware.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[0],data:data97};if(vErrors === null){vErrors = [err319];}else {vErrors.push(err319);}errors++;}var _valid10 = _errs247 === errors;valid34 = valid34 || _valid10;if(!valid34){const _errs249 = errors;if(data97 && typeof data97 == "object" && !Array.isArray(data97)){if(data97.requested === undefined){const err320 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/required",keyword:"required",params:{missingProperty: "requested"},message:"must have required property '"+"requested"+"'",schema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].required,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1],data:data97};if(vErrors === null){vErrors = [err320];}else {vErrors.push(err320);}errors++;}if(data97.resolved === undefined){const err321 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/required",keyword:"required",params:{missingProperty: "resolved"},message:"must have required property '"+"resolved"+"'",schema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].required,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1],data:data97};if(vErrors === null){vErrors = [err321];}else {vErrors.push(err321);}errors++;}if(data97.source === undefined){const err322 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].required,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1],data:data97};if(vErrors === null){vErrors = [err322];}else {vErrors.push(err322);}errors++;}if(data97.path === undefined){const err323 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].required,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1],data:data97};if(vErrors === null){vErrors = [err323];}else {vErrors.push(err323);}errors++;}for(const key12 in data97){if(!((((key12 === "requested") || (key12 === "resolved")) || (key12 === "source")) || (key12 === "path"))){delete data97[key12];}}if(data97.requested !== undefined){let data98 = data97.requested;if(typeof data98 === "string"){if(func3(data98) > 4096){const err324 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware/requested",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/properties/requested/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.requested,data:data98};if(vErrors === null){vErrors = [err324];}else {vErrors.push(err324);}errors++;}if(!pattern0.test(data98)){const err325 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware/requested",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/properties/requested/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.requested,data:data98};if(vErrors === null){vErrors = [err325];}else {vErrors.push(err325);}errors++;}}else {const err326 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware/requested",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/properties/requested/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.requested.type,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.requested,data:data98};if(vErrors === null){vErrors = [err326];}else {vErrors.push(err326);}errors++;}}if(data97.resolved !== undefined){let data99 = data97.resolved;if(typeof data99 === "string"){if(func3(data99) > 4096){const err327 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware/resolved",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/properties/resolved/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.resolved,data:data99};if(vErrors === null){vErrors = [err327];}else {vErrors.push(err327);}errors++;}if(!pattern0.test(data99)){const err328 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware/resolved",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/properties/resolved/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.resolved,data:data99};if(vErrors === null){vErrors = [err328];}else {vErrors.push(err328);}errors++;}}else {const err329 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware/resolved",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/properties/resolved/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.resolved.type,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.resolved,data:data99};if(vErrors === null){vErrors = [err329];}else {vErrors.push(err329);}errors++;}}if(data97.source !== undefined){let data100 = data97.source;if(typeof data100 !== "string"){const err330 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware/source",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.source.type,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.source,data:data100};if(vErrors === null){vErrors = [err330];}else {vErrors.push(err330);}errors++;}if(!(((data100 === "catalog") || (data100 === "preset")) || (data100 === "file"))){const err331 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware/source",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/properties/source/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.source.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.source.enum,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.source,data:data100};if(vErrors === null){vErrors = [err331];}else {vErrors.push(err331);}errors++;}}if(data97.path !== undefined){let data101 = data97.path;const _errs259 = errors;let valid36 = false;const _errs260 = errors;if(data101 !== null){const err332 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware/path",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/properties/path/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.path.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.path.anyOf[0],data:data101};if(vErrors === null){vErrors = [err332];}else {vErrors.push(err332);}errors++;}var _valid11 = _errs260 === errors;valid36 = valid36 || _valid11;if(!valid36){const _errs262 = errors;if(typeof data101 === "string"){if(func3(data101) > 4096){const err333 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware/path",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/properties/path/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.path.anyOf[1],data:data101};if(vErrors === null){vErrors = [err333];}else {vErrors.push(err333);}errors++;}if(!pattern0.test(data101)){const err334 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware/path",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/properties/path/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.path.anyOf[1],data:data101};if(vErrors === null){vErrors = [err334];}else {vErrors.push(err334);}errors++;}}else {const err335 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware/path",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/properties/path/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.path.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.path.anyOf[1],data:data101};if(vErrors === null){vErrors = [err335];}else {vErrors.push(err335);}errors++;}var _valid11 = _errs262 === errors;valid36 = valid36 || _valid11;}if(!valid36){const err336 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware/path",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/properties/path/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.path.anyOf,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].properties.path,data:data101};if(vErrors === null){vErrors = [err336];}else {vErrors.push(err336);}errors++;}else {errors = _errs259;if(vErrors !== null){if(_errs259){vErrors.length = _errs259;}else {vErrors = null;}}}}}else {const err337 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.hardware.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.hardware.anyOf[1],data:data97};if(vErrors === null){vErrors = [err337];}else {vErrors.push(err337);}errors++;}var _valid10 = _errs249 === errors;valid34 = valid34 || _valid10;}if(!valid34){const err338 = {instancePath:instancePath+"/scenarios/" + i2+"/hardware",schemaPath:"#/properties/scenarios/items/properties/hardware/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.hardware.anyOf,parentSchema:schema11.properties.scenarios.items.properties.hardware,data:data97};if(vErrors === null){vErrors = [err338];}else {vErrors.push(err338);}errors++;}else {errors = _errs246;if(vErrors !== null){if(_errs246){vErrors.length = _errs246;}else {vErrors = null;}}}}if(data42.setup !== undefined){let data102 = data42.setup;const _errs265 = errors;let valid37 = false;const _errs266 = errors;if(data102 !== null){const err339 = {instancePath:instancePath+"/scenarios/" + i2+"/setup",schemaPath:"#/properties/scenarios/items/properties/setup/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.setup.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.setup.anyOf[0],data:data102};if(vErrors === null){vErrors = [err339];}else {vErrors.push(err339);}errors++;}var _valid12 = _errs266 === errors;valid37 = valid37 || _valid12;if(!valid37){const _errs268 = errors;if(typeof data102 === "string"){if(func3(data102) > 100000){const err340 = {instancePath:instancePath+"/scenarios/" + i2+"/setup",schemaPath:"#/properties/scenarios/items/properties/setup/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema11.properties.scenarios.items.properties.setup.anyOf[1],data:data102};if(vErrors === null){vErrors = [err340];}else {vErrors.push(err340);}errors++;}if(!pattern0.test(data102)){const err341 = {instancePath:instancePath+"/scenarios/" + i2+"/setup",schemaPath:"#/properties/scenarios/items/properties/setup/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.setup.anyOf[1],data:data102};if(vErrors === null){vErrors = [err341];}else {vErrors.push(err341);}errors++;}}else {const err342 = {instancePath:instancePath+"/scenarios/" + i2+"/setup",schemaPath:"#/properties/scenarios/items/properties/setup/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.setup.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.setup.anyOf[1],data:data102};if(vErrors === null){vErrors = [err342];}else {vErrors.push(err342);}errors++;}var _valid12 = _errs268 === errors;valid37 = valid37 || _valid12;}if(!valid37){const err343 = {instancePath:instancePath+"/scenarios/" + i2+"/setup",schemaPath:"#/properties/scenarios/items/properties/setup/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.setup.anyOf,parentSchema:schema11.properties.scenarios.items.properties.setup,data:data102};if(vErrors === null){vErrors = [err343];}else {vErrors.push(err343);}errors++;}else {errors = _errs265;if(vErrors !== null){if(_errs265){vErrors.length = _errs265;}else {vErrors = null;}}}}if(data42.current !== undefined){let data103 = data42.current;const _errs271 = errors;let valid38 = false;const _errs272 = errors;if(data103 !== null){const err344 = {instancePath:instancePath+"/scenarios/" + i2+"/current",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.current.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[0],data:data103};if(vErrors === null){vErrors = [err344];}else {vErrors.push(err344);}errors++;}var _valid13 = _errs272 === errors;valid38 = valid38 || _valid13;if(!valid38){const _errs274 = errors;if(data103 && typeof data103 == "object" && !Array.isArray(data103)){for(const key13 in data103){if(!(func2.call(schema11.properties.scenarios.items.properties.current.anyOf[1].properties, key13))){delete data103[key13];}}if(data103.ttft_ms !== undefined){let data104 = data103.ttft_ms;if(((!((typeof data104 == "number") && (isFinite(data104)))) && (typeof data104 !== "boolean")) && (data104 !== null)){const err345 = {instancePath:instancePath+"/scenarios/" + i2+"/current/ttft_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/ttft_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ttft_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ttft_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ttft_ms,data:data104};if(vErrors === null){vErrors = [err345];}else {vErrors.push(err345);}errors++;}}if(data103.tpot_ms !== undefined){let data105 = data103.tpot_ms;if(((!((typeof data105 == "number") && (isFinite(data105)))) && (typeof data105 !== "boolean")) && (data105 !== null)){const err346 = {instancePath:instancePath+"/scenarios/" + i2+"/current/tpot_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/tpot_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_ms,data:data105};if(vErrors === null){vErrors = [err346];}else {vErrors.push(err346);}errors++;}}if(data103.tpot_peak_ms !== undefined){let data106 = data103.tpot_peak_ms;if(((!((typeof data106 == "number") && (isFinite(data106)))) && (typeof data106 !== "boolean")) && (data106 !== null)){const err347 = {instancePath:instancePath+"/scenarios/" + i2+"/current/tpot_peak_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/tpot_peak_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_peak_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_peak_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_peak_ms,data:data106};if(vErrors === null){vErrors = [err347];}else {vErrors.push(err347);}errors++;}}if(data103.e2e_ms !== undefined){let data107 = data103.e2e_ms;if(((!((typeof data107 == "number") && (isFinite(data107)))) && (typeof data107 !== "boolean")) && (data107 !== null)){const err348 = {instancePath:instancePath+"/scenarios/" + i2+"/current/e2e_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/e2e_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.e2e_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.e2e_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.e2e_ms,data:data107};if(vErrors === null){vErrors = [err348];}else {vErrors.push(err348);}errors++;}}if(data103.prefill_throughput_tps !== undefined){let data108 = data103.prefill_throughput_tps;if(((!((typeof data108 == "number") && (isFinite(data108)))) && (typeof data108 !== "boolean")) && (data108 !== null)){const err349 = {instancePath:instancePath+"/scenarios/" + i2+"/current/prefill_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/prefill_throughput_tps/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.prefill_throughput_tps.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.prefill_throughput_tps.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.prefill_throughput_tps,data:data108};if(vErrors === null){vErrors = [err349];}else {vErrors.push(err349);}errors++;}}if(data103.decode_throughput_tps !== undefined){let data109 = data103.decode_throughput_tps;if(((!((typeof data109 == "number") && (isFinite(data109)))) && (typeof data109 !== "boolean")) && (data109 !== null)){const err350 = {instancePath:instancePath+"/scenarios/" + i2+"/current/decode_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/decode_throughput_tps/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.decode_throughput_tps.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.decode_throughput_tps.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.decode_throughput_tps,data:data109};if(vErrors === null){vErrors = [err350];}else {vErrors.push(err350);}errors++;}}if(data103.total_throughput_tps !== undefined){let data110 = data103.total_throughput_tps;if(((!((typeof data110 == "number") && (isFinite(data110)))) && (typeof data110 !== "boolean")) && (data110 !== null)){const err351 = {instancePath:instancePath+"/scenarios/" + i2+"/current/total_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/total_throughput_tps/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.total_throughput_tps.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.total_throughput_tps.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.total_throughput_tps,data:data110};if(vErrors === null){vErrors = [err351];}else {vErrors.push(err351);}errors++;}}if(data103.tokens_per_ms !== undefined){let data111 = data103.tokens_per_ms;if(((!((typeof data111 == "number") && (isFinite(data111)))) && (typeof data111 !== "boolean")) && (data111 !== null)){const err352 = {instancePath:instancePath+"/scenarios/" + i2+"/current/tokens_per_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/tokens_per_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tokens_per_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tokens_per_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tokens_per_ms,data:data111};if(vErrors === null){vErrors = [err352];}else {vErrors.push(err352);}errors++;}}if(data103.ms_per_token !== undefined){let data112 = data103.ms_per_token;if(((!((typeof data112 == "number") && (isFinite(data112)))) && (typeof data112 !== "boolean")) && (data112 !== null)){const err353 = {instancePath:instancePath+"/scenarios/" + i2+"/current/ms_per_token",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/ms_per_token/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ms_per_token.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ms_per_token.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ms_per_token,data:data112};if(vErrors === null){vErrors = [err353];}else {vErrors.push(err353);}errors++;}}if(data103.chunk_latency_ms !== undefined){let data113 = data103.chunk_latency_ms;if(((!((typeof data113 == "number") && (isFinite(data113)))) && (typeof data113 !== "boolean")) && (data113 !== null)){const err354 = {instancePath:instancePath+"/scenarios/" + i2+"/current/chunk_latency_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/chunk_latency_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.chunk_latency_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.chunk_latency_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.chunk_latency_ms,data:data113};if(vErrors === null){vErrors = [err354];}else {vErrors.push(err354);}errors++;}}if(data103.chunk_throughput_tps !== undefined){let data114 = data103.chunk_throughput_tps;if(((!((typeof data114 == "number") && (isFinite(data114)))) && (typeof data114 !== "boolean")) && (data114 !== null)){const err355 = {instancePath:instancePath+"/scenarios/" + i2+"/current/chunk_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/chunk_throughput_tps/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.chunk_throughput_tps.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.chunk_throughput_tps.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.chunk_throughput_tps,data:data114};if(vErrors === null){vErrors = [err355];}else {vErrors.push(err355);}errors++;}}if(data103.weights_gb !== undefined){let data115 = data103.weights_gb;if(((!((typeof data115 == "number") && (isFinite(data115)))) && (typeof data115 !== "boolean")) && (data115 !== null)){const err356 = {instancePath:instancePath+"/scenarios/" + i2+"/current/weights_gb",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/weights_gb/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.weights_gb.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.weights_gb.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.weights_gb,data:data115};if(vErrors === null){vErrors = [err356];}else {vErrors.push(err356);}errors++;}}if(data103.kv_cache_gb !== undefined){let data116 = data103.kv_cache_gb;if(((!((typeof data116 == "number") && (isFinite(data116)))) && (typeof data116 !== "boolean")) && (data116 !== null)){const err357 = {instancePath:instancePath+"/scenarios/" + i2+"/current/kv_cache_gb",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/kv_cache_gb/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.kv_cache_gb.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.kv_cache_gb.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.kv_cache_gb,data:data116};if(vErrors === null){vErrors = [err357];}else {vErrors.push(err357);}errors++;}}if(data103.total_memory_gb !== undefined){let data117 = data103.total_memory_gb;if(((!((typeof data117 == "number") && (isFinite(data117)))) && (typeof data117 !== "boolean")) && (data117 !== null)){const err358 = {instancePath:instancePath+"/scenarios/" + i2+"/current/total_memory_gb",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/total_memory_gb/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.total_memory_gb.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.total_memory_gb.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.total_memory_gb,data:data117};if(vErrors === null){vErrors = [err358];}else {vErrors.push(err358);}errors++;}}if(data103.device_memory_gb !== undefined){let data118 = data103.device_memory_gb;if(((!((typeof data118 == "number") && (isFinite(data118)))) && (typeof data118 !== "boolean")) && (data118 !== null)){const err359 = {instancePath:instancePath+"/scenarios/" + i2+"/current/device_memory_gb",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/device_memory_gb/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.device_memory_gb.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.device_memory_gb.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.device_memory_gb,data:data118};if(vErrors === null){vErrors = [err359];}else {vErrors.push(err359);}errors++;}}if(data103.fits_in_memory !== undefined){let data119 = data103.fits_in_memory;if(((!((typeof data119 == "number") && (isFinite(data119)))) && (typeof data119 !== "boolean")) && (data119 !== null)){const err360 = {instancePath:instancePath+"/scenarios/" + i2+"/current/fits_in_memory",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/fits_in_memory/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.fits_in_memory.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.fits_in_memory.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.fits_in_memory,data:data119};if(vErrors === null){vErrors = [err360];}else {vErrors.push(err360);}errors++;}}if(data103.offloaded !== undefined){let data120 = data103.offloaded;if(((!((typeof data120 == "number") && (isFinite(data120)))) && (typeof data120 !== "boolean")) && (data120 !== null)){const err361 = {instancePath:instancePath+"/scenarios/" + i2+"/current/offloaded",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/offloaded/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.offloaded.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.offloaded.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.offloaded,data:data120};if(vErrors === null){vErrors = [err361];}else {vErrors.push(err361);}errors++;}}if(data103.ttft_mean_ms !== undefined){let data121 = data103.ttft_mean_ms;if(((!((typeof data121 == "number") && (isFinite(data121)))) && (typeof data121 !== "boolean")) && (data121 !== null)){const err362 = {instancePath:instancePath+"/scenarios/" + i2+"/current/ttft_mean_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/ttft_mean_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ttft_mean_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ttft_mean_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ttft_mean_ms,data:data121};if(vErrors === null){vErrors = [err362];}else {vErrors.push(err362);}errors++;}}if(data103.ttft_p50_ms !== undefined){let data122 = data103.ttft_p50_ms;if(((!((typeof data122 == "number") && (isFinite(data122)))) && (typeof data122 !== "boolean")) && (data122 !== null)){const err363 = {instancePath:instancePath+"/scenarios/" + i2+"/current/ttft_p50_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/ttft_p50_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ttft_p50_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ttft_p50_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ttft_p50_ms,data:data122};if(vErrors === null){vErrors = [err363];}else {vErrors.push(err363);}errors++;}}if(data103.ttft_p90_ms !== undefined){let data123 = data103.ttft_p90_ms;if(((!((typeof data123 == "number") && (isFinite(data123)))) && (typeof data123 !== "boolean")) && (data123 !== null)){const err364 = {instancePath:instancePath+"/scenarios/" + i2+"/current/ttft_p90_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/ttft_p90_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ttft_p90_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ttft_p90_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ttft_p90_ms,data:data123};if(vErrors === null){vErrors = [err364];}else {vErrors.push(err364);}errors++;}}if(data103.ttft_p99_ms !== undefined){let data124 = data103.ttft_p99_ms;if(((!((typeof data124 == "number") && (isFinite(data124)))) && (typeof data124 !== "boolean")) && (data124 !== null)){const err365 = {instancePath:instancePath+"/scenarios/" + i2+"/current/ttft_p99_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/ttft_p99_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ttft_p99_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ttft_p99_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.ttft_p99_ms,data:data124};if(vErrors === null){vErrors = [err365];}else {vErrors.push(err365);}errors++;}}if(data103.tpot_mean_ms !== undefined){let data125 = data103.tpot_mean_ms;if(((!((typeof data125 == "number") && (isFinite(data125)))) && (typeof data125 !== "boolean")) && (data125 !== null)){const err366 = {instancePath:instancePath+"/scenarios/" + i2+"/current/tpot_mean_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/tpot_mean_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_mean_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_mean_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_mean_ms,data:data125};if(vErrors === null){vErrors = [err366];}else {vErrors.push(err366);}errors++;}}if(data103.tpot_p50_ms !== undefined){let data126 = data103.tpot_p50_ms;if(((!((typeof data126 == "number") && (isFinite(data126)))) && (typeof data126 !== "boolean")) && (data126 !== null)){const err367 = {instancePath:instancePath+"/scenarios/" + i2+"/current/tpot_p50_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/tpot_p50_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_p50_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_p50_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_p50_ms,data:data126};if(vErrors === null){vErrors = [err367];}else {vErrors.push(err367);}errors++;}}if(data103.tpot_p90_ms !== undefined){let data127 = data103.tpot_p90_ms;if(((!((typeof data127 == "number") && (isFinite(data127)))) && (typeof data127 !== "boolean")) && (data127 !== null)){const err368 = {instancePath:instancePath+"/scenarios/" + i2+"/current/tpot_p90_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/tpot_p90_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_p90_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_p90_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_p90_ms,data:data127};if(vErrors === null){vErrors = [err368];}else {vErrors.push(err368);}errors++;}}if(data103.tpot_p99_ms !== undefined){let data128 = data103.tpot_p99_ms;if(((!((typeof data128 == "number") && (isFinite(data128)))) && (typeof data128 !== "boolean")) && (data128 !== null)){const err369 = {instancePath:instancePath+"/scenarios/" + i2+"/current/tpot_p99_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/tpot_p99_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_p99_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_p99_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.tpot_p99_ms,data:data128};if(vErrors === null){vErrors = [err369];}else {vErrors.push(err369);}errors++;}}if(data103.itl_mean_ms !== undefined){let data129 = data103.itl_mean_ms;if(((!((typeof data129 == "number") && (isFinite(data129)))) && (typeof data129 !== "boolean")) && (data129 !== null)){const err370 = {instancePath:instancePath+"/scenarios/" + i2+"/current/itl_mean_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/itl_mean_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.itl_mean_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.itl_mean_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.itl_mean_ms,data:data129};if(vErrors === null){vErrors = [err370];}else {vErrors.push(err370);}errors++;}}if(data103.itl_p50_ms !== undefined){let data130 = data103.itl_p50_ms;if(((!((typeof data130 == "number") && (isFinite(data130)))) && (typeof data130 !== "boolean")) && (data130 !== null)){const err371 = {instancePath:instancePath+"/scenarios/" + i2+"/current/itl_p50_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/itl_p50_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.itl_p50_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.itl_p50_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.itl_p50_ms,data:data130};if(vErrors === null){vErrors = [err371];}else {vErrors.push(err371);}errors++;}}if(data103.itl_p90_ms !== undefined){let data131 = data103.itl_p90_ms;if(((!((typeof data131 == "number") && (isFinite(data131)))) && (typeof data131 !== "boolean")) && (data131 !== null)){const err372 = {instancePath:instancePath+"/scenarios/" + i2+"/current/itl_p90_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/itl_p90_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.itl_p90_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.itl_p90_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.itl_p90_ms,data:data131};if(vErrors === null){vErrors = [err372];}else {vErrors.push(err372);}errors++;}}if(data103.itl_p99_ms !== undefined){let data132 = data103.itl_p99_ms;if(((!((typeof data132 == "number") && (isFinite(data132)))) && (typeof data132 !== "boolean")) && (data132 !== null)){const err373 = {instancePath:instancePath+"/scenarios/" + i2+"/current/itl_p99_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/itl_p99_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.itl_p99_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.itl_p99_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.itl_p99_ms,data:data132};if(vErrors === null){vErrors = [err373];}else {vErrors.push(err373);}errors++;}}if(data103.e2e_mean_ms !== undefined){let data133 = data103.e2e_mean_ms;if(((!((typeof data133 == "number") && (isFinite(data133)))) && (typeof data133 !== "boolean")) && (data133 !== null)){const err374 = {instancePath:instancePath+"/scenarios/" + i2+"/current/e2e_mean_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/e2e_mean_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.e2e_mean_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.e2e_mean_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.e2e_mean_ms,data:data133};if(vErrors === null){vErrors = [err374];}else {vErrors.push(err374);}errors++;}}if(data103.e2e_p50_ms !== undefined){let data134 = data103.e2e_p50_ms;if(((!((typeof data134 == "number") && (isFinite(data134)))) && (typeof data134 !== "boolean")) && (data134 !== null)){const err375 = {instancePath:instancePath+"/scenarios/" + i2+"/current/e2e_p50_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/e2e_p50_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.e2e_p50_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.e2e_p50_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.e2e_p50_ms,data:data134};if(vErrors === null){vErrors = [err375];}else {vErrors.push(err375);}errors++;}}if(data103.e2e_p90_ms !== undefined){let data135 = data103.e2e_p90_ms;if(((!((typeof data135 == "number") && (isFinite(data135)))) && (typeof data135 !== "boolean")) && (data135 !== null)){const err376 = {instancePath:instancePath+"/scenarios/" + i2+"/current/e2e_p90_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/e2e_p90_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.e2e_p90_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.e2e_p90_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.e2e_p90_ms,data:data135};if(vErrors === null){vErrors = [err376];}else {vErrors.push(err376);}errors++;}}if(data103.e2e_p99_ms !== undefined){let data136 = data103.e2e_p99_ms;if(((!((typeof data136 == "number") && (isFinite(data136)))) && (typeof data136 !== "boolean")) && (data136 !== null)){const err377 = {instancePath:instancePath+"/scenarios/" + i2+"/current/e2e_p99_ms",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/e2e_p99_ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.e2e_p99_ms.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.e2e_p99_ms.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.e2e_p99_ms,data:data136};if(vErrors === null){vErrors = [err377];}else {vErrors.push(err377);}errors++;}}if(data103.request_throughput_rps !== undefined){let data137 = data103.request_throughput_rps;if(((!((typeof data137 == "number") && (isFinite(data137)))) && (typeof data137 !== "boolean")) && (data137 !== null)){const err378 = {instancePath:instancePath+"/scenarios/" + i2+"/current/request_throughput_rps",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/request_throughput_rps/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.request_throughput_rps.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.request_throughput_rps.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.request_throughput_rps,data:data137};if(vErrors === null){vErrors = [err378];}else {vErrors.push(err378);}errors++;}}if(data103.output_throughput_tps !== undefined){let data138 = data103.output_throughput_tps;if(((!((typeof data138 == "number") && (isFinite(data138)))) && (typeof data138 !== "boolean")) && (data138 !== null)){const err379 = {instancePath:instancePath+"/scenarios/" + i2+"/current/output_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/output_throughput_tps/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.output_throughput_tps.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.output_throughput_tps.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.output_throughput_tps,data:data138};if(vErrors === null){vErrors = [err379];}else {vErrors.push(err379);}errors++;}}if(data103.goodput_rps !== undefined){let data139 = data103.goodput_rps;if(((!((typeof data139 == "number") && (isFinite(data139)))) && (typeof data139 !== "boolean")) && (data139 !== null)){const err380 = {instancePath:instancePath+"/scenarios/" + i2+"/current/goodput_rps",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/goodput_rps/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.goodput_rps.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.goodput_rps.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.goodput_rps,data:data139};if(vErrors === null){vErrors = [err380];}else {vErrors.push(err380);}errors++;}}if(data103.kv_utilization !== undefined){let data140 = data103.kv_utilization;if(((!((typeof data140 == "number") && (isFinite(data140)))) && (typeof data140 !== "boolean")) && (data140 !== null)){const err381 = {instancePath:instancePath+"/scenarios/" + i2+"/current/kv_utilization",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/kv_utilization/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.kv_utilization.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.kv_utilization.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.kv_utilization,data:data140};if(vErrors === null){vErrors = [err381];}else {vErrors.push(err381);}errors++;}}if(data103.preemptions !== undefined){let data141 = data103.preemptions;if(((!((typeof data141 == "number") && (isFinite(data141)))) && (typeof data141 !== "boolean")) && (data141 !== null)){const err382 = {instancePath:instancePath+"/scenarios/" + i2+"/current/preemptions",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/preemptions/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.preemptions.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.preemptions.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.preemptions,data:data141};if(vErrors === null){vErrors = [err382];}else {vErrors.push(err382);}errors++;}}if(data103.max_rate_qps !== undefined){let data142 = data103.max_rate_qps;if(((!((typeof data142 == "number") && (isFinite(data142)))) && (typeof data142 !== "boolean")) && (data142 !== null)){const err383 = {instancePath:instancePath+"/scenarios/" + i2+"/current/max_rate_qps",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/properties/max_rate_qps/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.current.anyOf[1].properties.max_rate_qps.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.max_rate_qps.type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1].properties.max_rate_qps,data:data142};if(vErrors === null){vErrors = [err383];}else {vErrors.push(err383);}errors++;}}}else {const err384 = {instancePath:instancePath+"/scenarios/" + i2+"/current",schemaPath:"#/properties/scenarios/items/properties/current/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.current.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.current.anyOf[1],data:data103};if(vErrors === null){vErrors = [err384];}else {vErrors.push(err384);}errors++;}var _valid13 = _errs274 === errors;valid38 = valid38 || _valid13;}if(!valid38){const err385 = {instancePath:instancePath+"/scenarios/" + i2+"/current",schemaPath:"#/properties/scenarios/items/properties/current/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.current.anyOf,parentSchema:schema11.properties.scenarios.items.properties.current,data:data103};if(vErrors === null){vErrors = [err385];}else {vErrors.push(err385);}errors++;}else {errors = _errs271;if(vErrors !== null){if(_errs271){vErrors.length = _errs271;}else {vErrors = null;}}}}if(data42.reproduce !== undefined){let data143 = data42.reproduce;if(typeof data143 === "string"){if(func3(data143) > 100000){const err386 = {instancePath:instancePath+"/scenarios/" + i2+"/reproduce",schemaPath:"#/properties/scenarios/items/properties/reproduce/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema11.properties.scenarios.items.properties.reproduce,data:data143};if(vErrors === null){vErrors = [err386];}else {vErrors.push(err386);}errors++;}if(!pattern0.test(data143)){const err387 = {instancePath:instancePath+"/scenarios/" + i2+"/reproduce",schemaPath:"#/properties/scenarios/items/properties/reproduce/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.reproduce,data:data143};if(vErrors === null){vErrors = [err387];}else {vErrors.push(err387);}errors++;}}else {const err388 = {instancePath:instancePath+"/scenarios/" + i2+"/reproduce",schemaPath:"#/properties/scenarios/items/properties/reproduce/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.reproduce.type,parentSchema:schema11.properties.scenarios.items.properties.reproduce,data:data143};if(vErrors === null){vErrors = [err388];}else {vErrors.push(err388);}errors++;}}if(data42.notes !== undefined){let data144 = data42.notes;if(Array.isArray(data144)){if(data144.length > 10000){const err389 = {instancePath:instancePath+"/scenarios/" + i2+"/notes",schemaPath:"#/properties/scenarios/items/properties/notes/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema11.properties.scenarios.items.properties.notes,data:data144};if(vErrors === null){vErrors = [err389];}else {vErrors.push(err389);}errors++;}const len6 = data144.length;for(let i6=0; i6<len6; i6++){let data145 = data144[i6];if(typeof data145 === "string"){if(func3(data145) > 100000){const err390 = {instancePath:instancePath+"/scenarios/" + i2+"/notes/" + i6,schemaPath:"#/properties/scenarios/items/properties/notes/items/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema11.properties.scenarios.items.properties.notes.items,data:data145};if(vErrors === null){vErrors = [err390];}else {vErrors.push(err390);}errors++;}if(!pattern0.test(data145)){const err391 = {instancePath:instancePath+"/scenarios/" + i2+"/notes/" + i6,schemaPath:"#/properties/scenarios/items/properties/notes/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.notes.items,data:data145};if(vErrors === null){vErrors = [err391];}else {vErrors.push(err391);}errors++;}}else {const err392 = {instancePath:instancePath+"/scenarios/" + i2+"/notes/" + i6,schemaPath:"#/properties/scenarios/items/properties/notes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.notes.items.type,parentSchema:schema11.properties.scenarios.items.properties.notes.items,data:data145};if(vErrors === null){vErrors = [err392];}else {vErrors.push(err392);}errors++;}}}else {const err393 = {instancePath:instancePath+"/scenarios/" + i2+"/notes",schemaPath:"#/properties/scenarios/items/properties/notes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.notes.type,parentSchema:schema11.properties.scenarios.items.properties.notes,data:data144};if(vErrors === null){vErrors = [err393];}else {vErrors.push(err393);}errors++;}}if(data42.accepted !== undefined){let data146 = data42.accepted;const _errs362 = errors;let valid42 = false;const _errs363 = errors;if(data146 !== null){const err394 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[0],data:data146};if(vErrors === null){vErrors = [err394];}else {vErrors.push(err394);}errors++;}var _valid14 = _errs363 === errors;valid42 = valid42 || _valid14;if(!valid42){const _errs365 = errors;if(data146 && typeof data146 == "object" && !Array.isArray(data146)){if(data146.classification === undefined){const err395 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/required",keyword:"required",params:{missingProperty: "classification"},message:"must have required property '"+"classification"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1],data:data146};if(vErrors === null){vErrors = [err395];}else {vErrors.push(err395);}errors++;}if(data146.hasRegression === undefined){const err396 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/required",keyword:"required",params:{missingProperty: "hasRegression"},message:"must have required property '"+"hasRegression"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1],data:data146};if(vErrors === null){vErrors = [err396];}else {vErrors.push(err396);}errors++;}if(data146.metrics === undefined){const err397 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1],data:data146};if(vErrors === null){vErrors = [err397];}else {vErrors.push(err397);}errors++;}for(const key14 in data146){if(!(((key14 === "classification") || (key14 === "hasRegression")) || (key14 === "metrics"))){delete data146[key14];}}if(data146.classification !== undefined){let data147 = data146.classification;if(typeof data147 !== "string"){const err398 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/classification",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/classification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.classification.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.classification,data:data147};if(vErrors === null){vErrors = [err398];}else {vErrors.push(err398);}errors++;}if(!(((((((((data147 === "error") || (data147 === "removed")) || (data147 === "new")) || (data147 === "inputs_changed")) || (data147 === "simulator_changed")) || (data147 === "mixed")) || (data147 === "regression")) || (data147 === "improvement")) || (data147 === "unchanged"))){const err399 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/classification",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/classification/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.classification.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.classification.enum,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.classification,data:data147};if(vErrors === null){vErrors = [err399];}else {vErrors.push(err399);}errors++;}}if(data146.hasRegression !== undefined){let data148 = data146.hasRegression;if(typeof data148 !== "boolean"){const err400 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/hasRegression",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/hasRegression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.hasRegression.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.hasRegression,data:data148};if(vErrors === null){vErrors = [err400];}else {vErrors.push(err400);}errors++;}}if(data146.metrics !== undefined){let data149 = data146.metrics;if(Array.isArray(data149)){if(data149.length > 39){const err401 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/maxItems",keyword:"maxItems",params:{limit: 39},message:"must NOT have more than 39 items",schema:39,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics,data:data149};if(vErrors === null){vErrors = [err401];}else {vErrors.push(err401);}errors++;}const len7 = data149.length;for(let i7=0; i7<len7; i7++){let data150 = data149[i7];if(data150 && typeof data150 == "object" && !Array.isArray(data150)){if(data150.key === undefined){const err402 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7,schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items,data:data150};if(vErrors === null){vErrors = [err402];}else {vErrors.push(err402);}errors++;}if(data150.label === undefined){const err403 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7,schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items,data:data150};if(vErrors === null){vErrors = [err403];}else {vErrors.push(err403);}errors++;}if(data150.unit === undefined){const err404 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7,schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items,data:data150};if(vErrors === null){vErrors = [err404];}else {vErrors.push(err404);}errors++;}if(data150.direction === undefined){const err405 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7,schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items,data:data150};if(vErrors === null){vErrors = [err405];}else {vErrors.push(err405);}errors++;}if(data150.primary === undefined){const err406 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7,schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/required",keyword:"required",params:{missingProperty: "primary"},message:"must have required property '"+"primary"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items,data:data150};if(vErrors === null){vErrors = [err406];}else {vErrors.push(err406);}errors++;}if(data150.kind === undefined){const err407 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7,schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items,data:data150};if(vErrors === null){vErrors = [err407];}else {vErrors.push(err407);}errors++;}if(data150.baseline === undefined){const err408 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7,schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/required",keyword:"required",params:{missingProperty: "baseline"},message:"must have required property '"+"baseline"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items,data:data150};if(vErrors === null){vErrors = [err408];}else {vErrors.push(err408);}errors++;}if(data150.current === undefined){const err409 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7,schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/required",keyword:"required",params:{missingProperty: "current"},message:"must have required property '"+"current"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items,data:data150};if(vErrors === null){vErrors = [err409];}else {vErrors.push(err409);}errors++;}if(data150.delta === undefined){const err410 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7,schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items,data:data150};if(vErrors === null){vErrors = [err410];}else {vErrors.push(err410);}errors++;}if(data150.relDelta === undefined){const err411 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7,schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/required",keyword:"required",params:{missingProperty: "relDelta"},message:"must have required property '"+"relDelta"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items,data:data150};if(vErrors === null){vErrors = [err411];}else {vErrors.push(err411);}errors++;}if(data150.tolerance === undefined){const err412 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7,schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/required",keyword:"required",params:{missingProperty: "tolerance"},message:"must have required property '"+"tolerance"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items,data:data150};if(vErrors === null){vErrors = [err412];}else {vErrors.push(err412);}errors++;}if(data150.verdict === undefined){const err413 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7,schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items,data:data150};if(vErrors === null){vErrors = [err413];}else {vErrors.push(err413);}errors++;}for(const key15 in data150){if(!(func2.call(schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties, key15))){delete data150[key15];}}if(data150.key !== undefined){let data151 = data150.key;if(typeof data151 !== "string"){const err414 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/key",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.key.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.key,data:data151};if(vErrors === null){vErrors = [err414];}else {vErrors.push(err414);}errors++;}if(!(((((((((((((((((((((((((((((((((((((((data151 === "ttft_ms") || (data151 === "tpot_ms")) || (data151 === "tpot_peak_ms")) || (data151 === "e2e_ms")) || (data151 === "prefill_throughput_tps")) || (data151 === "decode_throughput_tps")) || (data151 === "total_throughput_tps")) || (data151 === "tokens_per_ms")) || (data151 === "ms_per_token")) || (data151 === "chunk_latency_ms")) || (data151 === "chunk_throughput_tps")) || (data151 === "weights_gb")) || (data151 === "kv_cache_gb")) || (data151 === "total_memory_gb")) || (data151 === "device_memory_gb")) || (data151 === "fits_in_memory")) || (data151 === "offloaded")) || (data151 === "ttft_mean_ms")) || (data151 === "ttft_p50_ms")) || (data151 === "ttft_p90_ms")) || (data151 === "ttft_p99_ms")) || (data151 === "tpot_mean_ms")) || (data151 === "tpot_p50_ms")) || (data151 === "tpot_p90_ms")) || (data151 === "tpot_p99_ms")) || (data151 === "itl_mean_ms")) || (data151 === "itl_p50_ms")) || (data151 === "itl_p90_ms")) || (data151 === "itl_p99_ms")) || (data151 === "e2e_mean_ms")) || (data151 === "e2e_p50_ms")) || (data151 === "e2e_p90_ms")) || (data151 === "e2e_p99_ms")) || (data151 === "request_throughput_rps")) || (data151 === "output_throughput_tps")) || (data151 === "goodput_rps")) || (data151 === "kv_utilization")) || (data151 === "preemptions")) || (data151 === "max_rate_qps"))){const err415 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/key",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/key/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.key.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.key.enum,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.key,data:data151};if(vErrors === null){vErrors = [err415];}else {vErrors.push(err415);}errors++;}}if(data150.label !== undefined){let data152 = data150.label;if(typeof data152 === "string"){if(func3(data152) > 4096){const err416 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/label",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/label/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.label,data:data152};if(vErrors === null){vErrors = [err416];}else {vErrors.push(err416);}errors++;}if(!pattern0.test(data152)){const err417 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/label",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/label/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.label,data:data152};if(vErrors === null){vErrors = [err417];}else {vErrors.push(err417);}errors++;}}else {const err418 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/label",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.label.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.label,data:data152};if(vErrors === null){vErrors = [err418];}else {vErrors.push(err418);}errors++;}}if(data150.unit !== undefined){let data153 = data150.unit;if(typeof data153 === "string"){if(func3(data153) > 4096){const err419 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/unit",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/unit/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.unit,data:data153};if(vErrors === null){vErrors = [err419];}else {vErrors.push(err419);}errors++;}if(!pattern0.test(data153)){const err420 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/unit",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/unit/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.unit,data:data153};if(vErrors === null){vErrors = [err420];}else {vErrors.push(err420);}errors++;}}else {const err421 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/unit",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.unit.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.unit,data:data153};if(vErrors === null){vErrors = [err421];}else {vErrors.push(err421);}errors++;}}if(data150.direction !== undefined){let data154 = data150.direction;if(typeof data154 !== "string"){const err422 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/direction",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.direction.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.direction,data:data154};if(vErrors === null){vErrors = [err422];}else {vErrors.push(err422);}errors++;}if(!((data154 === "lower") || (data154 === "higher"))){const err423 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/direction",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/direction/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.direction.enum,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.direction,data:data154};if(vErrors === null){vErrors = [err423];}else {vErrors.push(err423);}errors++;}}if(data150.primary !== undefined){let data155 = data150.primary;if(typeof data155 !== "boolean"){const err424 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/primary",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/primary/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.primary.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.primary,data:data155};if(vErrors === null){vErrors = [err424];}else {vErrors.push(err424);}errors++;}}if(data150.kind !== undefined){let data156 = data150.kind;if(typeof data156 !== "string"){const err425 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/kind",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.kind.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.kind,data:data156};if(vErrors === null){vErrors = [err425];}else {vErrors.push(err425);}errors++;}if(!((data156 === "number") || (data156 === "boolean"))){const err426 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/kind",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.kind.enum,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.kind,data:data156};if(vErrors === null){vErrors = [err426];}else {vErrors.push(err426);}errors++;}}if(data150.baseline !== undefined){let data157 = data150.baseline;if(((!((typeof data157 == "number") && (isFinite(data157)))) && (typeof data157 !== "boolean")) && (data157 !== null)){const err427 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/baseline",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/baseline/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.baseline.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.baseline.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.baseline,data:data157};if(vErrors === null){vErrors = [err427];}else {vErrors.push(err427);}errors++;}}if(data150.current !== undefined){let data158 = data150.current;if(((!((typeof data158 == "number") && (isFinite(data158)))) && (typeof data158 !== "boolean")) && (data158 !== null)){const err428 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/current",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/current/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.current.type},message:"must be number,boolean,null",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.current.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.current,data:data158};if(vErrors === null){vErrors = [err428];}else {vErrors.push(err428);}errors++;}}if(data150.delta !== undefined){let data159 = data150.delta;if((!((typeof data159 == "number") && (isFinite(data159)))) && (data159 !== null)){const err429 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/delta",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/delta/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.delta.type},message:"must be number,null",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.delta.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.delta,data:data159};if(vErrors === null){vErrors = [err429];}else {vErrors.push(err429);}errors++;}}if(data150.relDelta !== undefined){let data160 = data150.relDelta;if((!((typeof data160 == "number") && (isFinite(data160)))) && (data160 !== null)){const err430 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/relDelta",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/relDelta/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.relDelta.type},message:"must be number,null",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.relDelta.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.relDelta,data:data160};if(vErrors === null){vErrors = [err430];}else {vErrors.push(err430);}errors++;}}if(data150.tolerance !== undefined){let data161 = data150.tolerance;if(data161 && typeof data161 == "object" && !Array.isArray(data161)){if(data161.rel === undefined){const err431 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/tolerance",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/tolerance/required",keyword:"required",params:{missingProperty: "rel"},message:"must have required property '"+"rel"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance.required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance,data:data161};if(vErrors === null){vErrors = [err431];}else {vErrors.push(err431);}errors++;}if(data161.abs === undefined){const err432 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/tolerance",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/tolerance/required",keyword:"required",params:{missingProperty: "abs"},message:"must have required property '"+"abs"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance.required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance,data:data161};if(vErrors === null){vErrors = [err432];}else {vErrors.push(err432);}errors++;}if(data161.source === undefined){const err433 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/tolerance",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/tolerance/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance.required,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance,data:data161};if(vErrors === null){vErrors = [err433];}else {vErrors.push(err433);}errors++;}for(const key16 in data161){if(!(((key16 === "rel") || (key16 === "abs")) || (key16 === "source"))){delete data161[key16];}}if(data161.rel !== undefined){let data162 = data161.rel;if(!((typeof data162 == "number") && (isFinite(data162)))){const err434 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/tolerance/rel",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/tolerance/properties/rel/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance.properties.rel.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance.properties.rel,data:data162};if(vErrors === null){vErrors = [err434];}else {vErrors.push(err434);}errors++;}}if(data161.abs !== undefined){let data163 = data161.abs;if(!((typeof data163 == "number") && (isFinite(data163)))){const err435 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/tolerance/abs",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/tolerance/properties/abs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance.properties.abs.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance.properties.abs,data:data163};if(vErrors === null){vErrors = [err435];}else {vErrors.push(err435);}errors++;}}if(data161.source !== undefined){let data164 = data161.source;if(typeof data164 === "string"){if(func3(data164) > 4096){const err436 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/tolerance/source",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/tolerance/properties/source/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance.properties.source,data:data164};if(vErrors === null){vErrors = [err436];}else {vErrors.push(err436);}errors++;}if(!pattern0.test(data164)){const err437 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/tolerance/source",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/tolerance/properties/source/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance.properties.source,data:data164};if(vErrors === null){vErrors = [err437];}else {vErrors.push(err437);}errors++;}}else {const err438 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/tolerance/source",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/tolerance/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance.properties.source.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance.properties.source,data:data164};if(vErrors === null){vErrors = [err438];}else {vErrors.push(err438);}errors++;}}}else {const err439 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/tolerance",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.tolerance,data:data161};if(vErrors === null){vErrors = [err439];}else {vErrors.push(err439);}errors++;}}if(data150.verdict !== undefined){let data165 = data150.verdict;if(typeof data165 !== "string"){const err440 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/verdict",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/verdict/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.verdict.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.verdict,data:data165};if(vErrors === null){vErrors = [err440];}else {vErrors.push(err440);}errors++;}if(!(((((((data165 === "equal") || (data165 === "within")) || (data165 === "regression")) || (data165 === "improvement")) || (data165 === "changed")) || (data165 === "new")) || (data165 === "missing"))){const err441 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7+"/verdict",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.verdict.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.verdict.enum,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.properties.verdict,data:data165};if(vErrors === null){vErrors = [err441];}else {vErrors.push(err441);}errors++;}}}else {const err442 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics/" + i7,schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.items,data:data150};if(vErrors === null){vErrors = [err442];}else {vErrors.push(err442);}errors++;}}}else {const err443 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted/metrics",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics.type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].properties.metrics,data:data149};if(vErrors === null){vErrors = [err443];}else {vErrors.push(err443);}errors++;}}}else {const err444 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.accepted.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.accepted.anyOf[1],data:data146};if(vErrors === null){vErrors = [err444];}else {vErrors.push(err444);}errors++;}var _valid14 = _errs365 === errors;valid42 = valid42 || _valid14;}if(!valid42){const err445 = {instancePath:instancePath+"/scenarios/" + i2+"/accepted",schemaPath:"#/properties/scenarios/items/properties/accepted/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.accepted.anyOf,parentSchema:schema11.properties.scenarios.items.properties.accepted,data:data146};if(vErrors === null){vErrors = [err445];}else {vErrors.push(err445);}errors++;}else {errors = _errs362;if(vErrors !== null){if(_errs362){vErrors.length = _errs362;}else {vErrors = null;}}}}if(data42.errorKind !== undefined){let data166 = data42.errorKind;const _errs409 = errors;let valid48 = false;const _errs410 = errors;if(data166 !== null){const err446 = {instancePath:instancePath+"/scenarios/" + i2+"/errorKind",schemaPath:"#/properties/scenarios/items/properties/errorKind/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.errorKind.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.errorKind.anyOf[0],data:data166};if(vErrors === null){vErrors = [err446];}else {vErrors.push(err446);}errors++;}var _valid15 = _errs410 === errors;valid48 = valid48 || _valid15;if(!valid48){const _errs412 = errors;if(typeof data166 === "string"){if(func3(data166) > 4096){const err447 = {instancePath:instancePath+"/scenarios/" + i2+"/errorKind",schemaPath:"#/properties/scenarios/items/properties/errorKind/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.errorKind.anyOf[1],data:data166};if(vErrors === null){vErrors = [err447];}else {vErrors.push(err447);}errors++;}if(!pattern0.test(data166)){const err448 = {instancePath:instancePath+"/scenarios/" + i2+"/errorKind",schemaPath:"#/properties/scenarios/items/properties/errorKind/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.errorKind.anyOf[1],data:data166};if(vErrors === null){vErrors = [err448];}else {vErrors.push(err448);}errors++;}}else {const err449 = {instancePath:instancePath+"/scenarios/" + i2+"/errorKind",schemaPath:"#/properties/scenarios/items/properties/errorKind/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.errorKind.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.errorKind.anyOf[1],data:data166};if(vErrors === null){vErrors = [err449];}else {vErrors.push(err449);}errors++;}var _valid15 = _errs412 === errors;valid48 = valid48 || _valid15;}if(!valid48){const err450 = {instancePath:instancePath+"/scenarios/" + i2+"/errorKind",schemaPath:"#/properties/scenarios/items/properties/errorKind/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.errorKind.anyOf,parentSchema:schema11.properties.scenarios.items.properties.errorKind,data:data166};if(vErrors === null){vErrors = [err450];}else {vErrors.push(err450);}errors++;}else {errors = _errs409;if(vErrors !== null){if(_errs409){vErrors.length = _errs409;}else {vErrors = null;}}}}if(data42.inputChanges !== undefined){let data167 = data42.inputChanges;if(Array.isArray(data167)){if(data167.length > 10000){const err451 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges",schemaPath:"#/properties/scenarios/items/properties/inputChanges/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema11.properties.scenarios.items.properties.inputChanges,data:data167};if(vErrors === null){vErrors = [err451];}else {vErrors.push(err451);}errors++;}const len8 = data167.length;for(let i8=0; i8<len8; i8++){let data168 = data167[i8];if(data168 && typeof data168 == "object" && !Array.isArray(data168)){if(data168.path === undefined){const err452 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges/" + i8,schemaPath:"#/properties/scenarios/items/properties/inputChanges/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema11.properties.scenarios.items.properties.inputChanges.items.required,parentSchema:schema11.properties.scenarios.items.properties.inputChanges.items,data:data168};if(vErrors === null){vErrors = [err452];}else {vErrors.push(err452);}errors++;}for(const key17 in data168){if(!(((key17 === "path") || (key17 === "baseline")) || (key17 === "current"))){delete data168[key17];}}if(data168.path !== undefined){let data169 = data168.path;if(typeof data169 === "string"){if(func3(data169) > 4096){const err453 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges/" + i8+"/path",schemaPath:"#/properties/scenarios/items/properties/inputChanges/items/properties/path/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.path,data:data169};if(vErrors === null){vErrors = [err453];}else {vErrors.push(err453);}errors++;}if(!pattern0.test(data169)){const err454 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges/" + i8+"/path",schemaPath:"#/properties/scenarios/items/properties/inputChanges/items/properties/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.path,data:data169};if(vErrors === null){vErrors = [err454];}else {vErrors.push(err454);}errors++;}}else {const err455 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges/" + i8+"/path",schemaPath:"#/properties/scenarios/items/properties/inputChanges/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.path.type,parentSchema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.path,data:data169};if(vErrors === null){vErrors = [err455];}else {vErrors.push(err455);}errors++;}}if(data168.baseline !== undefined){let data170 = data168.baseline;const _errs422 = errors;let valid52 = false;const _errs423 = errors;if(((typeof data170 != "object") && (typeof data170 !== "boolean")) && (!((typeof data170 == "number") && (isFinite(data170))))){const err456 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges/" + i8+"/baseline",schemaPath:"#/properties/scenarios/items/properties/inputChanges/items/properties/baseline/anyOf/0/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.inputChanges.items.properties.baseline.anyOf[0].type},message:"must be null,boolean,number,object,array",schema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.baseline.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.baseline.anyOf[0],data:data170};if(vErrors === null){vErrors = [err456];}else {vErrors.push(err456);}errors++;}var _valid16 = _errs423 === errors;valid52 = valid52 || _valid16;if(!valid52){const _errs425 = errors;if(typeof data170 === "string"){if(func3(data170) > 100000){const err457 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges/" + i8+"/baseline",schemaPath:"#/properties/scenarios/items/properties/inputChanges/items/properties/baseline/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.baseline.anyOf[1],data:data170};if(vErrors === null){vErrors = [err457];}else {vErrors.push(err457);}errors++;}if(!pattern0.test(data170)){const err458 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges/" + i8+"/baseline",schemaPath:"#/properties/scenarios/items/properties/inputChanges/items/properties/baseline/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.baseline.anyOf[1],data:data170};if(vErrors === null){vErrors = [err458];}else {vErrors.push(err458);}errors++;}}else {const err459 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges/" + i8+"/baseline",schemaPath:"#/properties/scenarios/items/properties/inputChanges/items/properties/baseline/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.baseline.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.baseline.anyOf[1],data:data170};if(vErrors === null){vErrors = [err459];}else {vErrors.push(err459);}errors++;}var _valid16 = _errs425 === errors;valid52 = valid52 || _valid16;}if(!valid52){const err460 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges/" + i8+"/baseline",schemaPath:"#/properties/scenarios/items/properties/inputChanges/items/properties/baseline/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.baseline.anyOf,parentSchema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.baseline,data:data170};if(vErrors === null){vErrors = [err460];}else {vErrors.push(err460);}errors++;}else {errors = _errs422;if(vErrors !== null){if(_errs422){vErrors.length = _errs422;}else {vErrors = null;}}}}if(data168.current !== undefined){let data171 = data168.current;const _errs428 = errors;let valid53 = false;const _errs429 = errors;if(((typeof data171 != "object") && (typeof data171 !== "boolean")) && (!((typeof data171 == "number") && (isFinite(data171))))){const err461 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges/" + i8+"/current",schemaPath:"#/properties/scenarios/items/properties/inputChanges/items/properties/current/anyOf/0/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.inputChanges.items.properties.current.anyOf[0].type},message:"must be null,boolean,number,object,array",schema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.current.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.current.anyOf[0],data:data171};if(vErrors === null){vErrors = [err461];}else {vErrors.push(err461);}errors++;}var _valid17 = _errs429 === errors;valid53 = valid53 || _valid17;if(!valid53){const _errs431 = errors;if(typeof data171 === "string"){if(func3(data171) > 100000){const err462 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges/" + i8+"/current",schemaPath:"#/properties/scenarios/items/properties/inputChanges/items/properties/current/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.current.anyOf[1],data:data171};if(vErrors === null){vErrors = [err462];}else {vErrors.push(err462);}errors++;}if(!pattern0.test(data171)){const err463 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges/" + i8+"/current",schemaPath:"#/properties/scenarios/items/properties/inputChanges/items/properties/current/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.current.anyOf[1],data:data171};if(vErrors === null){vErrors = [err463];}else {vErrors.push(err463);}errors++;}}else {const err464 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges/" + i8+"/current",schemaPath:"#/properties/scenarios/items/properties/inputChanges/items/properties/current/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.current.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.current.anyOf[1],data:data171};if(vErrors === null){vErrors = [err464];}else {vErrors.push(err464);}errors++;}var _valid17 = _errs431 === errors;valid53 = valid53 || _valid17;}if(!valid53){const err465 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges/" + i8+"/current",schemaPath:"#/properties/scenarios/items/properties/inputChanges/items/properties/current/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.current.anyOf,parentSchema:schema11.properties.scenarios.items.properties.inputChanges.items.properties.current,data:data171};if(vErrors === null){vErrors = [err465];}else {vErrors.push(err465);}errors++;}else {errors = _errs428;if(vErrors !== null){if(_errs428){vErrors.length = _errs428;}else {vErrors = null;}}}}}else {const err466 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges/" + i8,schemaPath:"#/properties/scenarios/items/properties/inputChanges/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.inputChanges.items.type,parentSchema:schema11.properties.scenarios.items.properties.inputChanges.items,data:data168};if(vErrors === null){vErrors = [err466];}else {vErrors.push(err466);}errors++;}}}else {const err467 = {instancePath:instancePath+"/scenarios/" + i2+"/inputChanges",schemaPath:"#/properties/scenarios/items/properties/inputChanges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.inputChanges.type,parentSchema:schema11.properties.scenarios.items.properties.inputChanges,data:data167};if(vErrors === null){vErrors = [err467];}else {vErrors.push(err467);}errors++;}}if(data42.why !== undefined){let data172 = data42.why;if(Array.isArray(data172)){if(data172.length > 10000){const err468 = {instancePath:instancePath+"/scenarios/" + i2+"/why",schemaPath:"#/properties/scenarios/items/properties/why/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema11.properties.scenarios.items.properties.why,data:data172};if(vErrors === null){vErrors = [err468];}else {vErrors.push(err468);}errors++;}const len9 = data172.length;for(let i9=0; i9<len9; i9++){let data173 = data172[i9];if(data173 && typeof data173 == "object" && !Array.isArray(data173)){if(data173.metric === undefined){const err469 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9,schemaPath:"#/properties/scenarios/items/properties/why/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema11.properties.scenarios.items.properties.why.items.required,parentSchema:schema11.properties.scenarios.items.properties.why.items,data:data173};if(vErrors === null){vErrors = [err469];}else {vErrors.push(err469);}errors++;}if(data173.label === undefined){const err470 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9,schemaPath:"#/properties/scenarios/items/properties/why/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema11.properties.scenarios.items.properties.why.items.required,parentSchema:schema11.properties.scenarios.items.properties.why.items,data:data173};if(vErrors === null){vErrors = [err470];}else {vErrors.push(err470);}errors++;}if(data173.relDelta === undefined){const err471 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9,schemaPath:"#/properties/scenarios/items/properties/why/items/required",keyword:"required",params:{missingProperty: "relDelta"},message:"must have required property '"+"relDelta"+"'",schema:schema11.properties.scenarios.items.properties.why.items.required,parentSchema:schema11.properties.scenarios.items.properties.why.items,data:data173};if(vErrors === null){vErrors = [err471];}else {vErrors.push(err471);}errors++;}if(data173.bounds === undefined){const err472 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9,schemaPath:"#/properties/scenarios/items/properties/why/items/required",keyword:"required",params:{missingProperty: "bounds"},message:"must have required property '"+"bounds"+"'",schema:schema11.properties.scenarios.items.properties.why.items.required,parentSchema:schema11.properties.scenarios.items.properties.why.items,data:data173};if(vErrors === null){vErrors = [err472];}else {vErrors.push(err472);}errors++;}if(data173.shares === undefined){const err473 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9,schemaPath:"#/properties/scenarios/items/properties/why/items/required",keyword:"required",params:{missingProperty: "shares"},message:"must have required property '"+"shares"+"'",schema:schema11.properties.scenarios.items.properties.why.items.required,parentSchema:schema11.properties.scenarios.items.properties.why.items,data:data173};if(vErrors === null){vErrors = [err473];}else {vErrors.push(err473);}errors++;}for(const key18 in data173){if(!(((((key18 === "metric") || (key18 === "label")) || (key18 === "relDelta")) || (key18 === "bounds")) || (key18 === "shares"))){delete data173[key18];}}if(data173.metric !== undefined){let data174 = data173.metric;if(typeof data174 !== "string"){const err474 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/metric",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.why.items.properties.metric.type,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.metric,data:data174};if(vErrors === null){vErrors = [err474];}else {vErrors.push(err474);}errors++;}if(!(((((((((((((((((((((((((((((((((((((((data174 === "ttft_ms") || (data174 === "tpot_ms")) || (data174 === "tpot_peak_ms")) || (data174 === "e2e_ms")) || (data174 === "prefill_throughput_tps")) || (data174 === "decode_throughput_tps")) || (data174 === "total_throughput_tps")) || (data174 === "tokens_per_ms")) || (data174 === "ms_per_token")) || (data174 === "chunk_latency_ms")) || (data174 === "chunk_throughput_tps")) || (data174 === "weights_gb")) || (data174 === "kv_cache_gb")) || (data174 === "total_memory_gb")) || (data174 === "device_memory_gb")) || (data174 === "fits_in_memory")) || (data174 === "offloaded")) || (data174 === "ttft_mean_ms")) || (data174 === "ttft_p50_ms")) || (data174 === "ttft_p90_ms")) || (data174 === "ttft_p99_ms")) || (data174 === "tpot_mean_ms")) || (data174 === "tpot_p50_ms")) || (data174 === "tpot_p90_ms")) || (data174 === "tpot_p99_ms")) || (data174 === "itl_mean_ms")) || (data174 === "itl_p50_ms")) || (data174 === "itl_p90_ms")) || (data174 === "itl_p99_ms")) || (data174 === "e2e_mean_ms")) || (data174 === "e2e_p50_ms")) || (data174 === "e2e_p90_ms")) || (data174 === "e2e_p99_ms")) || (data174 === "request_throughput_rps")) || (data174 === "output_throughput_tps")) || (data174 === "goodput_rps")) || (data174 === "kv_utilization")) || (data174 === "preemptions")) || (data174 === "max_rate_qps"))){const err475 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/metric",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/metric/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.why.items.properties.metric.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.why.items.properties.metric.enum,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.metric,data:data174};if(vErrors === null){vErrors = [err475];}else {vErrors.push(err475);}errors++;}}if(data173.label !== undefined){let data175 = data173.label;if(typeof data175 === "string"){if(func3(data175) > 100000){const err476 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/label",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/label/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.label,data:data175};if(vErrors === null){vErrors = [err476];}else {vErrors.push(err476);}errors++;}if(!pattern0.test(data175)){const err477 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/label",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/label/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.label,data:data175};if(vErrors === null){vErrors = [err477];}else {vErrors.push(err477);}errors++;}}else {const err478 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/label",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.why.items.properties.label.type,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.label,data:data175};if(vErrors === null){vErrors = [err478];}else {vErrors.push(err478);}errors++;}}if(data173.relDelta !== undefined){let data176 = data173.relDelta;if((!((typeof data176 == "number") && (isFinite(data176)))) && (data176 !== null)){const err479 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/relDelta",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/relDelta/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.why.items.properties.relDelta.type},message:"must be number,null",schema:schema11.properties.scenarios.items.properties.why.items.properties.relDelta.type,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.relDelta,data:data176};if(vErrors === null){vErrors = [err479];}else {vErrors.push(err479);}errors++;}}if(data173.bounds !== undefined){let data177 = data173.bounds;if(Array.isArray(data177)){if(data177.length > 10000){const err480 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/bounds",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/bounds/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.bounds,data:data177};if(vErrors === null){vErrors = [err480];}else {vErrors.push(err480);}errors++;}const len10 = data177.length;for(let i10=0; i10<len10; i10++){let data178 = data177[i10];if(data178 && typeof data178 == "object" && !Array.isArray(data178)){if(data178.phase === undefined){const err481 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/bounds/" + i10,schemaPath:"#/properties/scenarios/items/properties/why/items/properties/bounds/items/required",keyword:"required",params:{missingProperty: "phase"},message:"must have required property '"+"phase"+"'",schema:schema11.properties.scenarios.items.properties.why.items.properties.bounds.items.required,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.bounds.items,data:data178};if(vErrors === null){vErrors = [err481];}else {vErrors.push(err481);}errors++;}if(data178.bound === undefined){const err482 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/bounds/" + i10,schemaPath:"#/properties/scenarios/items/properties/why/items/properties/bounds/items/required",keyword:"required",params:{missingProperty: "bound"},message:"must have required property '"+"bound"+"'",schema:schema11.properties.scenarios.items.properties.why.items.properties.bounds.items.required,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.bounds.items,data:data178};if(vErrors === null){vErrors = [err482];}else {vErrors.push(err482);}errors++;}for(const key19 in data178){if(!((key19 === "phase") || (key19 === "bound"))){delete data178[key19];}}if(data178.phase !== undefined){let data179 = data178.phase;if(typeof data179 === "string"){if(func3(data179) > 4096){const err483 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/bounds/" + i10+"/phase",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/bounds/items/properties/phase/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.bounds.items.properties.phase,data:data179};if(vErrors === null){vErrors = [err483];}else {vErrors.push(err483);}errors++;}if(!pattern0.test(data179)){const err484 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/bounds/" + i10+"/phase",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/bounds/items/properties/phase/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.bounds.items.properties.phase,data:data179};if(vErrors === null){vErrors = [err484];}else {vErrors.push(err484);}errors++;}}else {const err485 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/bounds/" + i10+"/phase",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/bounds/items/properties/phase/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.why.items.properties.bounds.items.properties.phase.type,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.bounds.items.properties.phase,data:data179};if(vErrors === null){vErrors = [err485];}else {vErrors.push(err485);}errors++;}}if(data178.bound !== undefined){let data180 = data178.bound;if(typeof data180 !== "string"){const err486 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/bounds/" + i10+"/bound",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/bounds/items/properties/bound/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.why.items.properties.bounds.items.properties.bound.type,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.bounds.items.properties.bound,data:data180};if(vErrors === null){vErrors = [err486];}else {vErrors.push(err486);}errors++;}if(!(((data180 === "compute") || (data180 === "memory")) || (data180 === "interconnect"))){const err487 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/bounds/" + i10+"/bound",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/bounds/items/properties/bound/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.why.items.properties.bounds.items.properties.bound.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.why.items.properties.bounds.items.properties.bound.enum,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.bounds.items.properties.bound,data:data180};if(vErrors === null){vErrors = [err487];}else {vErrors.push(err487);}errors++;}}}else {const err488 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/bounds/" + i10,schemaPath:"#/properties/scenarios/items/properties/why/items/properties/bounds/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.why.items.properties.bounds.items.type,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.bounds.items,data:data178};if(vErrors === null){vErrors = [err488];}else {vErrors.push(err488);}errors++;}}}else {const err489 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/bounds",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/bounds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.why.items.properties.bounds.type,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.bounds,data:data177};if(vErrors === null){vErrors = [err489];}else {vErrors.push(err489);}errors++;}}if(data173.shares !== undefined){let data181 = data173.shares;if(Array.isArray(data181)){if(data181.length > 10000){const err490 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares,data:data181};if(vErrors === null){vErrors = [err490];}else {vErrors.push(err490);}errors++;}const len11 = data181.length;for(let i11=0; i11<len11; i11++){let data182 = data181[i11];if(data182 && typeof data182 == "object" && !Array.isArray(data182)){if(data182.phase === undefined){const err491 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11,schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/required",keyword:"required",params:{missingProperty: "phase"},message:"must have required property '"+"phase"+"'",schema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.required,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items,data:data182};if(vErrors === null){vErrors = [err491];}else {vErrors.push(err491);}errors++;}if(data182.group === undefined){const err492 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11,schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.required,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items,data:data182};if(vErrors === null){vErrors = [err492];}else {vErrors.push(err492);}errors++;}if(data182.share === undefined){const err493 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11,schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/required",keyword:"required",params:{missingProperty: "share"},message:"must have required property '"+"share"+"'",schema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.required,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items,data:data182};if(vErrors === null){vErrors = [err493];}else {vErrors.push(err493);}errors++;}if(data182.deltaMs === undefined){const err494 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11,schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/required",keyword:"required",params:{missingProperty: "deltaMs"},message:"must have required property '"+"deltaMs"+"'",schema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.required,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items,data:data182};if(vErrors === null){vErrors = [err494];}else {vErrors.push(err494);}errors++;}if(data182.bound === undefined){const err495 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11,schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/required",keyword:"required",params:{missingProperty: "bound"},message:"must have required property '"+"bound"+"'",schema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.required,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items,data:data182};if(vErrors === null){vErrors = [err495];}else {vErrors.push(err495);}errors++;}for(const key20 in data182){if(!(((((key20 === "phase") || (key20 === "group")) || (key20 === "share")) || (key20 === "deltaMs")) || (key20 === "bound"))){delete data182[key20];}}if(data182.phase !== undefined){let data183 = data182.phase;if(typeof data183 === "string"){if(func3(data183) > 4096){const err496 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11+"/phase",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/properties/phase/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.phase,data:data183};if(vErrors === null){vErrors = [err496];}else {vErrors.push(err496);}errors++;}if(!pattern0.test(data183)){const err497 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11+"/phase",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/properties/phase/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.phase,data:data183};if(vErrors === null){vErrors = [err497];}else {vErrors.push(err497);}errors++;}}else {const err498 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11+"/phase",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/properties/phase/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.phase.type,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.phase,data:data183};if(vErrors === null){vErrors = [err498];}else {vErrors.push(err498);}errors++;}}if(data182.group !== undefined){let data184 = data182.group;if(typeof data184 === "string"){if(func3(data184) > 4096){const err499 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11+"/group",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/properties/group/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.group,data:data184};if(vErrors === null){vErrors = [err499];}else {vErrors.push(err499);}errors++;}if(!pattern0.test(data184)){const err500 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11+"/group",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/properties/group/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.group,data:data184};if(vErrors === null){vErrors = [err500];}else {vErrors.push(err500);}errors++;}}else {const err501 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11+"/group",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.group.type,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.group,data:data184};if(vErrors === null){vErrors = [err501];}else {vErrors.push(err501);}errors++;}}if(data182.share !== undefined){let data185 = data182.share;if(!((typeof data185 == "number") && (isFinite(data185)))){const err502 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11+"/share",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/properties/share/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.share.type,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.share,data:data185};if(vErrors === null){vErrors = [err502];}else {vErrors.push(err502);}errors++;}}if(data182.deltaMs !== undefined){let data186 = data182.deltaMs;if(!((typeof data186 == "number") && (isFinite(data186)))){const err503 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11+"/deltaMs",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/properties/deltaMs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.deltaMs.type,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.deltaMs,data:data186};if(vErrors === null){vErrors = [err503];}else {vErrors.push(err503);}errors++;}}if(data182.bound !== undefined){let data187 = data182.bound;if(typeof data187 !== "string"){const err504 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11+"/bound",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/properties/bound/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.bound.type,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.bound,data:data187};if(vErrors === null){vErrors = [err504];}else {vErrors.push(err504);}errors++;}if(!(((data187 === "compute") || (data187 === "memory")) || (data187 === "interconnect"))){const err505 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11+"/bound",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/properties/bound/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.bound.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.bound.enum,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.properties.bound,data:data187};if(vErrors === null){vErrors = [err505];}else {vErrors.push(err505);}errors++;}}}else {const err506 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares/" + i11,schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items.type,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares.items,data:data182};if(vErrors === null){vErrors = [err506];}else {vErrors.push(err506);}errors++;}}}else {const err507 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9+"/shares",schemaPath:"#/properties/scenarios/items/properties/why/items/properties/shares/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.why.items.properties.shares.type,parentSchema:schema11.properties.scenarios.items.properties.why.items.properties.shares,data:data181};if(vErrors === null){vErrors = [err507];}else {vErrors.push(err507);}errors++;}}}else {const err508 = {instancePath:instancePath+"/scenarios/" + i2+"/why/" + i9,schemaPath:"#/properties/scenarios/items/properties/why/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.why.items.type,parentSchema:schema11.properties.scenarios.items.properties.why.items,data:data173};if(vErrors === null){vErrors = [err508];}else {vErrors.push(err508);}errors++;}}}else {const err509 = {instancePath:instancePath+"/scenarios/" + i2+"/why",schemaPath:"#/properties/scenarios/items/properties/why/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.why.type,parentSchema:schema11.properties.scenarios.items.properties.why,data:data172};if(vErrors === null){vErrors = [err509];}else {vErrors.push(err509);}errors++;}}if(data42.capacity !== undefined){let data188 = data42.capacity;const _errs469 = errors;let valid63 = false;const _errs470 = errors;if(data188 !== null){const err510 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[0],data:data188};if(vErrors === null){vErrors = [err510];}else {vErrors.push(err510);}errors++;}var _valid18 = _errs470 === errors;valid63 = valid63 || _valid18;if(!valid63){const _errs472 = errors;if(data188 && typeof data188 == "object" && !Array.isArray(data188)){if(data188.max_batch_within_slo === undefined){const err511 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/required",keyword:"required",params:{missingProperty: "max_batch_within_slo"},message:"must have required property '"+"max_batch_within_slo"+"'",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].required,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1],data:data188};if(vErrors === null){vErrors = [err511];}else {vErrors.push(err511);}errors++;}if(data188.max_input_tokens_within_slo === undefined){const err512 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/required",keyword:"required",params:{missingProperty: "max_input_tokens_within_slo"},message:"must have required property '"+"max_input_tokens_within_slo"+"'",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].required,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1],data:data188};if(vErrors === null){vErrors = [err512];}else {vErrors.push(err512);}errors++;}if(data188.limits === undefined){const err513 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/required",keyword:"required",params:{missingProperty: "limits"},message:"must have required property '"+"limits"+"'",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].required,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1],data:data188};if(vErrors === null){vErrors = [err513];}else {vErrors.push(err513);}errors++;}if(data188.binding === undefined){const err514 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/required",keyword:"required",params:{missingProperty: "binding"},message:"must have required property '"+"binding"+"'",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].required,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1],data:data188};if(vErrors === null){vErrors = [err514];}else {vErrors.push(err514);}errors++;}for(const key21 in data188){if(!((((key21 === "max_batch_within_slo") || (key21 === "max_input_tokens_within_slo")) || (key21 === "limits")) || (key21 === "binding"))){delete data188[key21];}}if(data188.max_batch_within_slo !== undefined){let data189 = data188.max_batch_within_slo;if((!((typeof data189 == "number") && (isFinite(data189)))) && (data189 !== null)){const err515 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/max_batch_within_slo",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/max_batch_within_slo/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.max_batch_within_slo.type},message:"must be number,null",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.max_batch_within_slo.type,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.max_batch_within_slo,data:data189};if(vErrors === null){vErrors = [err515];}else {vErrors.push(err515);}errors++;}}if(data188.max_input_tokens_within_slo !== undefined){let data190 = data188.max_input_tokens_within_slo;if((!((typeof data190 == "number") && (isFinite(data190)))) && (data190 !== null)){const err516 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/max_input_tokens_within_slo",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/max_input_tokens_within_slo/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.max_input_tokens_within_slo.type},message:"must be number,null",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.max_input_tokens_within_slo.type,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.max_input_tokens_within_slo,data:data190};if(vErrors === null){vErrors = [err516];}else {vErrors.push(err516);}errors++;}}if(data188.limits !== undefined){let data191 = data188.limits;if(data191 && typeof data191 == "object" && !Array.isArray(data191)){if(data191.batch === undefined){const err517 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/limits",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/limits/required",keyword:"required",params:{missingProperty: "batch"},message:"must have required property '"+"batch"+"'",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.limits.required,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.limits,data:data191};if(vErrors === null){vErrors = [err517];}else {vErrors.push(err517);}errors++;}if(data191.input_tokens === undefined){const err518 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/limits",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/limits/required",keyword:"required",params:{missingProperty: "input_tokens"},message:"must have required property '"+"input_tokens"+"'",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.limits.required,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.limits,data:data191};if(vErrors === null){vErrors = [err518];}else {vErrors.push(err518);}errors++;}for(const key22 in data191){if(!((key22 === "batch") || (key22 === "input_tokens"))){delete data191[key22];}}if(data191.batch !== undefined){let data192 = data191.batch;if(!((typeof data192 == "number") && (isFinite(data192)))){const err519 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/limits/batch",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/limits/properties/batch/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.limits.properties.batch.type,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.limits.properties.batch,data:data192};if(vErrors === null){vErrors = [err519];}else {vErrors.push(err519);}errors++;}}if(data191.input_tokens !== undefined){let data193 = data191.input_tokens;if(!((typeof data193 == "number") && (isFinite(data193)))){const err520 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/limits/input_tokens",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/limits/properties/input_tokens/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.limits.properties.input_tokens.type,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.limits.properties.input_tokens,data:data193};if(vErrors === null){vErrors = [err520];}else {vErrors.push(err520);}errors++;}}}else {const err521 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/limits",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.limits.type,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.limits,data:data191};if(vErrors === null){vErrors = [err521];}else {vErrors.push(err521);}errors++;}}if(data188.binding !== undefined){let data194 = data188.binding;if(data194 && typeof data194 == "object" && !Array.isArray(data194)){if(data194.batch === undefined){const err522 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/binding",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/binding/required",keyword:"required",params:{missingProperty: "batch"},message:"must have required property '"+"batch"+"'",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.required,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding,data:data194};if(vErrors === null){vErrors = [err522];}else {vErrors.push(err522);}errors++;}if(data194.input_tokens === undefined){const err523 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/binding",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/binding/required",keyword:"required",params:{missingProperty: "input_tokens"},message:"must have required property '"+"input_tokens"+"'",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.required,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding,data:data194};if(vErrors === null){vErrors = [err523];}else {vErrors.push(err523);}errors++;}for(const key23 in data194){if(!((key23 === "batch") || (key23 === "input_tokens"))){delete data194[key23];}}if(data194.batch !== undefined){let data195 = data194.batch;const _errs490 = errors;let valid67 = false;const _errs491 = errors;if(data195 !== null){const err524 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/binding/batch",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/binding/properties/batch/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.batch.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.batch.anyOf[0],data:data195};if(vErrors === null){vErrors = [err524];}else {vErrors.push(err524);}errors++;}var _valid19 = _errs491 === errors;valid67 = valid67 || _valid19;if(!valid67){const _errs493 = errors;if(typeof data195 === "string"){if(func3(data195) > 4096){const err525 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/binding/batch",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/binding/properties/batch/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.batch.anyOf[1],data:data195};if(vErrors === null){vErrors = [err525];}else {vErrors.push(err525);}errors++;}if(!pattern0.test(data195)){const err526 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/binding/batch",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/binding/properties/batch/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.batch.anyOf[1],data:data195};if(vErrors === null){vErrors = [err526];}else {vErrors.push(err526);}errors++;}}else {const err527 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/binding/batch",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/binding/properties/batch/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.batch.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.batch.anyOf[1],data:data195};if(vErrors === null){vErrors = [err527];}else {vErrors.push(err527);}errors++;}var _valid19 = _errs493 === errors;valid67 = valid67 || _valid19;}if(!valid67){const err528 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/binding/batch",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/binding/properties/batch/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.batch.anyOf,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.batch,data:data195};if(vErrors === null){vErrors = [err528];}else {vErrors.push(err528);}errors++;}else {errors = _errs490;if(vErrors !== null){if(_errs490){vErrors.length = _errs490;}else {vErrors = null;}}}}if(data194.input_tokens !== undefined){let data196 = data194.input_tokens;const _errs496 = errors;let valid68 = false;const _errs497 = errors;if(data196 !== null){const err529 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/binding/input_tokens",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/binding/properties/input_tokens/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.input_tokens.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.input_tokens.anyOf[0],data:data196};if(vErrors === null){vErrors = [err529];}else {vErrors.push(err529);}errors++;}var _valid20 = _errs497 === errors;valid68 = valid68 || _valid20;if(!valid68){const _errs499 = errors;if(typeof data196 === "string"){if(func3(data196) > 4096){const err530 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/binding/input_tokens",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/binding/properties/input_tokens/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.input_tokens.anyOf[1],data:data196};if(vErrors === null){vErrors = [err530];}else {vErrors.push(err530);}errors++;}if(!pattern0.test(data196)){const err531 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/binding/input_tokens",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/binding/properties/input_tokens/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.input_tokens.anyOf[1],data:data196};if(vErrors === null){vErrors = [err531];}else {vErrors.push(err531);}errors++;}}else {const err532 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/binding/input_tokens",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/binding/properties/input_tokens/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.input_tokens.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.input_tokens.anyOf[1],data:data196};if(vErrors === null){vErrors = [err532];}else {vErrors.push(err532);}errors++;}var _valid20 = _errs499 === errors;valid68 = valid68 || _valid20;}if(!valid68){const err533 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/binding/input_tokens",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/binding/properties/input_tokens/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.input_tokens.anyOf,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.properties.input_tokens,data:data196};if(vErrors === null){vErrors = [err533];}else {vErrors.push(err533);}errors++;}else {errors = _errs496;if(vErrors !== null){if(_errs496){vErrors.length = _errs496;}else {vErrors = null;}}}}}else {const err534 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity/binding",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/properties/binding/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding.type,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].properties.binding,data:data194};if(vErrors === null){vErrors = [err534];}else {vErrors.push(err534);}errors++;}}}else {const err535 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.capacity.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.capacity.anyOf[1],data:data188};if(vErrors === null){vErrors = [err535];}else {vErrors.push(err535);}errors++;}var _valid18 = _errs472 === errors;valid63 = valid63 || _valid18;}if(!valid63){const err536 = {instancePath:instancePath+"/scenarios/" + i2+"/capacity",schemaPath:"#/properties/scenarios/items/properties/capacity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.capacity.anyOf,parentSchema:schema11.properties.scenarios.items.properties.capacity,data:data188};if(vErrors === null){vErrors = [err536];}else {vErrors.push(err536);}errors++;}else {errors = _errs469;if(vErrors !== null){if(_errs469){vErrors.length = _errs469;}else {vErrors = null;}}}}if(data42.bands !== undefined){let data197 = data42.bands;const _errs502 = errors;let valid69 = false;const _errs503 = errors;if(data197 !== null){const err537 = {instancePath:instancePath+"/scenarios/" + i2+"/bands",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.scenarios.items.properties.bands.anyOf[0].type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[0],data:data197};if(vErrors === null){vErrors = [err537];}else {vErrors.push(err537);}errors++;}var _valid21 = _errs503 === errors;valid69 = valid69 || _valid21;if(!valid69){const _errs505 = errors;if(data197 && typeof data197 == "object" && !Array.isArray(data197)){for(const key24 in data197){if(!(func2.call(schema11.properties.scenarios.items.properties.bands.anyOf[1].properties, key24))){delete data197[key24];}}if(data197.ttft_ms !== undefined){let data198 = data197.ttft_ms;if(!((typeof data198 == "number") && (isFinite(data198)))){const err538 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/ttft_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/ttft_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.ttft_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.ttft_ms,data:data198};if(vErrors === null){vErrors = [err538];}else {vErrors.push(err538);}errors++;}}if(data197.tpot_ms !== undefined){let data199 = data197.tpot_ms;if(!((typeof data199 == "number") && (isFinite(data199)))){const err539 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/tpot_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/tpot_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.tpot_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.tpot_ms,data:data199};if(vErrors === null){vErrors = [err539];}else {vErrors.push(err539);}errors++;}}if(data197.tpot_peak_ms !== undefined){let data200 = data197.tpot_peak_ms;if(!((typeof data200 == "number") && (isFinite(data200)))){const err540 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/tpot_peak_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/tpot_peak_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.tpot_peak_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.tpot_peak_ms,data:data200};if(vErrors === null){vErrors = [err540];}else {vErrors.push(err540);}errors++;}}if(data197.e2e_ms !== undefined){let data201 = data197.e2e_ms;if(!((typeof data201 == "number") && (isFinite(data201)))){const err541 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/e2e_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/e2e_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.e2e_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.e2e_ms,data:data201};if(vErrors === null){vErrors = [err541];}else {vErrors.push(err541);}errors++;}}if(data197.prefill_throughput_tps !== undefined){let data202 = data197.prefill_throughput_tps;if(!((typeof data202 == "number") && (isFinite(data202)))){const err542 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/prefill_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/prefill_throughput_tps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.prefill_throughput_tps.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.prefill_throughput_tps,data:data202};if(vErrors === null){vErrors = [err542];}else {vErrors.push(err542);}errors++;}}if(data197.decode_throughput_tps !== undefined){let data203 = data197.decode_throughput_tps;if(!((typeof data203 == "number") && (isFinite(data203)))){const err543 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/decode_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/decode_throughput_tps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.decode_throughput_tps.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.decode_throughput_tps,data:data203};if(vErrors === null){vErrors = [err543];}else {vErrors.push(err543);}errors++;}}if(data197.total_throughput_tps !== undefined){let data204 = data197.total_throughput_tps;if(!((typeof data204 == "number") && (isFinite(data204)))){const err544 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/total_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/total_throughput_tps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.total_throughput_tps.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.total_throughput_tps,data:data204};if(vErrors === null){vErrors = [err544];}else {vErrors.push(err544);}errors++;}}if(data197.tokens_per_ms !== undefined){let data205 = data197.tokens_per_ms;if(!((typeof data205 == "number") && (isFinite(data205)))){const err545 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/tokens_per_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/tokens_per_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.tokens_per_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.tokens_per_ms,data:data205};if(vErrors === null){vErrors = [err545];}else {vErrors.push(err545);}errors++;}}if(data197.ms_per_token !== undefined){let data206 = data197.ms_per_token;if(!((typeof data206 == "number") && (isFinite(data206)))){const err546 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/ms_per_token",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/ms_per_token/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.ms_per_token.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.ms_per_token,data:data206};if(vErrors === null){vErrors = [err546];}else {vErrors.push(err546);}errors++;}}if(data197.chunk_latency_ms !== undefined){let data207 = data197.chunk_latency_ms;if(!((typeof data207 == "number") && (isFinite(data207)))){const err547 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/chunk_latency_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/chunk_latency_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.chunk_latency_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.chunk_latency_ms,data:data207};if(vErrors === null){vErrors = [err547];}else {vErrors.push(err547);}errors++;}}if(data197.chunk_throughput_tps !== undefined){let data208 = data197.chunk_throughput_tps;if(!((typeof data208 == "number") && (isFinite(data208)))){const err548 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/chunk_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/chunk_throughput_tps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.chunk_throughput_tps.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.chunk_throughput_tps,data:data208};if(vErrors === null){vErrors = [err548];}else {vErrors.push(err548);}errors++;}}if(data197.weights_gb !== undefined){let data209 = data197.weights_gb;if(!((typeof data209 == "number") && (isFinite(data209)))){const err549 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/weights_gb",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/weights_gb/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.weights_gb.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.weights_gb,data:data209};if(vErrors === null){vErrors = [err549];}else {vErrors.push(err549);}errors++;}}if(data197.kv_cache_gb !== undefined){let data210 = data197.kv_cache_gb;if(!((typeof data210 == "number") && (isFinite(data210)))){const err550 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/kv_cache_gb",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/kv_cache_gb/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.kv_cache_gb.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.kv_cache_gb,data:data210};if(vErrors === null){vErrors = [err550];}else {vErrors.push(err550);}errors++;}}if(data197.total_memory_gb !== undefined){let data211 = data197.total_memory_gb;if(!((typeof data211 == "number") && (isFinite(data211)))){const err551 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/total_memory_gb",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/total_memory_gb/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.total_memory_gb.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.total_memory_gb,data:data211};if(vErrors === null){vErrors = [err551];}else {vErrors.push(err551);}errors++;}}if(data197.device_memory_gb !== undefined){let data212 = data197.device_memory_gb;if(!((typeof data212 == "number") && (isFinite(data212)))){const err552 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/device_memory_gb",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/device_memory_gb/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.device_memory_gb.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.device_memory_gb,data:data212};if(vErrors === null){vErrors = [err552];}else {vErrors.push(err552);}errors++;}}if(data197.fits_in_memory !== undefined){let data213 = data197.fits_in_memory;if(!((typeof data213 == "number") && (isFinite(data213)))){const err553 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/fits_in_memory",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/fits_in_memory/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.fits_in_memory.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.fits_in_memory,data:data213};if(vErrors === null){vErrors = [err553];}else {vErrors.push(err553);}errors++;}}if(data197.offloaded !== undefined){let data214 = data197.offloaded;if(!((typeof data214 == "number") && (isFinite(data214)))){const err554 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/offloaded",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/offloaded/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.offloaded.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.offloaded,data:data214};if(vErrors === null){vErrors = [err554];}else {vErrors.push(err554);}errors++;}}if(data197.ttft_mean_ms !== undefined){let data215 = data197.ttft_mean_ms;if(!((typeof data215 == "number") && (isFinite(data215)))){const err555 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/ttft_mean_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/ttft_mean_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.ttft_mean_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.ttft_mean_ms,data:data215};if(vErrors === null){vErrors = [err555];}else {vErrors.push(err555);}errors++;}}if(data197.ttft_p50_ms !== undefined){let data216 = data197.ttft_p50_ms;if(!((typeof data216 == "number") && (isFinite(data216)))){const err556 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/ttft_p50_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/ttft_p50_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.ttft_p50_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.ttft_p50_ms,data:data216};if(vErrors === null){vErrors = [err556];}else {vErrors.push(err556);}errors++;}}if(data197.ttft_p90_ms !== undefined){let data217 = data197.ttft_p90_ms;if(!((typeof data217 == "number") && (isFinite(data217)))){const err557 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/ttft_p90_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/ttft_p90_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.ttft_p90_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.ttft_p90_ms,data:data217};if(vErrors === null){vErrors = [err557];}else {vErrors.push(err557);}errors++;}}if(data197.ttft_p99_ms !== undefined){let data218 = data197.ttft_p99_ms;if(!((typeof data218 == "number") && (isFinite(data218)))){const err558 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/ttft_p99_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/ttft_p99_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.ttft_p99_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.ttft_p99_ms,data:data218};if(vErrors === null){vErrors = [err558];}else {vErrors.push(err558);}errors++;}}if(data197.tpot_mean_ms !== undefined){let data219 = data197.tpot_mean_ms;if(!((typeof data219 == "number") && (isFinite(data219)))){const err559 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/tpot_mean_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/tpot_mean_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.tpot_mean_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.tpot_mean_ms,data:data219};if(vErrors === null){vErrors = [err559];}else {vErrors.push(err559);}errors++;}}if(data197.tpot_p50_ms !== undefined){let data220 = data197.tpot_p50_ms;if(!((typeof data220 == "number") && (isFinite(data220)))){const err560 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/tpot_p50_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/tpot_p50_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.tpot_p50_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.tpot_p50_ms,data:data220};if(vErrors === null){vErrors = [err560];}else {vErrors.push(err560);}errors++;}}if(data197.tpot_p90_ms !== undefined){let data221 = data197.tpot_p90_ms;if(!((typeof data221 == "number") && (isFinite(data221)))){const err561 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/tpot_p90_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/tpot_p90_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.tpot_p90_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.tpot_p90_ms,data:data221};if(vErrors === null){vErrors = [err561];}else {vErrors.push(err561);}errors++;}}if(data197.tpot_p99_ms !== undefined){let data222 = data197.tpot_p99_ms;if(!((typeof data222 == "number") && (isFinite(data222)))){const err562 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/tpot_p99_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/tpot_p99_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.tpot_p99_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.tpot_p99_ms,data:data222};if(vErrors === null){vErrors = [err562];}else {vErrors.push(err562);}errors++;}}if(data197.itl_mean_ms !== undefined){let data223 = data197.itl_mean_ms;if(!((typeof data223 == "number") && (isFinite(data223)))){const err563 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/itl_mean_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/itl_mean_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.itl_mean_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.itl_mean_ms,data:data223};if(vErrors === null){vErrors = [err563];}else {vErrors.push(err563);}errors++;}}if(data197.itl_p50_ms !== undefined){let data224 = data197.itl_p50_ms;if(!((typeof data224 == "number") && (isFinite(data224)))){const err564 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/itl_p50_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/itl_p50_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.itl_p50_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.itl_p50_ms,data:data224};if(vErrors === null){vErrors = [err564];}else {vErrors.push(err564);}errors++;}}if(data197.itl_p90_ms !== undefined){let data225 = data197.itl_p90_ms;if(!((typeof data225 == "number") && (isFinite(data225)))){const err565 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/itl_p90_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/itl_p90_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.itl_p90_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.itl_p90_ms,data:data225};if(vErrors === null){vErrors = [err565];}else {vErrors.push(err565);}errors++;}}if(data197.itl_p99_ms !== undefined){let data226 = data197.itl_p99_ms;if(!((typeof data226 == "number") && (isFinite(data226)))){const err566 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/itl_p99_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/itl_p99_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.itl_p99_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.itl_p99_ms,data:data226};if(vErrors === null){vErrors = [err566];}else {vErrors.push(err566);}errors++;}}if(data197.e2e_mean_ms !== undefined){let data227 = data197.e2e_mean_ms;if(!((typeof data227 == "number") && (isFinite(data227)))){const err567 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/e2e_mean_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/e2e_mean_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.e2e_mean_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.e2e_mean_ms,data:data227};if(vErrors === null){vErrors = [err567];}else {vErrors.push(err567);}errors++;}}if(data197.e2e_p50_ms !== undefined){let data228 = data197.e2e_p50_ms;if(!((typeof data228 == "number") && (isFinite(data228)))){const err568 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/e2e_p50_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/e2e_p50_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.e2e_p50_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.e2e_p50_ms,data:data228};if(vErrors === null){vErrors = [err568];}else {vErrors.push(err568);}errors++;}}if(data197.e2e_p90_ms !== undefined){let data229 = data197.e2e_p90_ms;if(!((typeof data229 == "number") && (isFinite(data229)))){const err569 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/e2e_p90_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/e2e_p90_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.e2e_p90_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.e2e_p90_ms,data:data229};if(vErrors === null){vErrors = [err569];}else {vErrors.push(err569);}errors++;}}if(data197.e2e_p99_ms !== undefined){let data230 = data197.e2e_p99_ms;if(!((typeof data230 == "number") && (isFinite(data230)))){const err570 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/e2e_p99_ms",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/e2e_p99_ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.e2e_p99_ms.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.e2e_p99_ms,data:data230};if(vErrors === null){vErrors = [err570];}else {vErrors.push(err570);}errors++;}}if(data197.request_throughput_rps !== undefined){let data231 = data197.request_throughput_rps;if(!((typeof data231 == "number") && (isFinite(data231)))){const err571 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/request_throughput_rps",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/request_throughput_rps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.request_throughput_rps.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.request_throughput_rps,data:data231};if(vErrors === null){vErrors = [err571];}else {vErrors.push(err571);}errors++;}}if(data197.output_throughput_tps !== undefined){let data232 = data197.output_throughput_tps;if(!((typeof data232 == "number") && (isFinite(data232)))){const err572 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/output_throughput_tps",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/output_throughput_tps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.output_throughput_tps.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.output_throughput_tps,data:data232};if(vErrors === null){vErrors = [err572];}else {vErrors.push(err572);}errors++;}}if(data197.goodput_rps !== undefined){let data233 = data197.goodput_rps;if(!((typeof data233 == "number") && (isFinite(data233)))){const err573 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/goodput_rps",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/goodput_rps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.goodput_rps.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.goodput_rps,data:data233};if(vErrors === null){vErrors = [err573];}else {vErrors.push(err573);}errors++;}}if(data197.kv_utilization !== undefined){let data234 = data197.kv_utilization;if(!((typeof data234 == "number") && (isFinite(data234)))){const err574 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/kv_utilization",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/kv_utilization/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.kv_utilization.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.kv_utilization,data:data234};if(vErrors === null){vErrors = [err574];}else {vErrors.push(err574);}errors++;}}if(data197.preemptions !== undefined){let data235 = data197.preemptions;if(!((typeof data235 == "number") && (isFinite(data235)))){const err575 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/preemptions",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/preemptions/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.preemptions.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.preemptions,data:data235};if(vErrors === null){vErrors = [err575];}else {vErrors.push(err575);}errors++;}}if(data197.max_rate_qps !== undefined){let data236 = data197.max_rate_qps;if(!((typeof data236 == "number") && (isFinite(data236)))){const err576 = {instancePath:instancePath+"/scenarios/" + i2+"/bands/max_rate_qps",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/properties/max_rate_qps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.max_rate_qps.type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1].properties.max_rate_qps,data:data236};if(vErrors === null){vErrors = [err576];}else {vErrors.push(err576);}errors++;}}}else {const err577 = {instancePath:instancePath+"/scenarios/" + i2+"/bands",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.bands.anyOf[1].type,parentSchema:schema11.properties.scenarios.items.properties.bands.anyOf[1],data:data197};if(vErrors === null){vErrors = [err577];}else {vErrors.push(err577);}errors++;}var _valid21 = _errs505 === errors;valid69 = valid69 || _valid21;}if(!valid69){const err578 = {instancePath:instancePath+"/scenarios/" + i2+"/bands",schemaPath:"#/properties/scenarios/items/properties/bands/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.scenarios.items.properties.bands.anyOf,parentSchema:schema11.properties.scenarios.items.properties.bands,data:data197};if(vErrors === null){vErrors = [err578];}else {vErrors.push(err578);}errors++;}else {errors = _errs502;if(vErrors !== null){if(_errs502){vErrors.length = _errs502;}else {vErrors = null;}}}}if(data42.breakdown !== undefined){let data237 = data42.breakdown;if(Array.isArray(data237)){if(data237.length > 10000){const err579 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown",schemaPath:"#/properties/scenarios/items/properties/breakdown/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema11.properties.scenarios.items.properties.breakdown,data:data237};if(vErrors === null){vErrors = [err579];}else {vErrors.push(err579);}errors++;}const len12 = data237.length;for(let i12=0; i12<len12; i12++){let data238 = data237[i12];if(data238 && typeof data238 == "object" && !Array.isArray(data238)){if(data238.phase === undefined){const err580 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12,schemaPath:"#/properties/scenarios/items/properties/breakdown/items/required",keyword:"required",params:{missingProperty: "phase"},message:"must have required property '"+"phase"+"'",schema:schema11.properties.scenarios.items.properties.breakdown.items.required,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items,data:data238};if(vErrors === null){vErrors = [err580];}else {vErrors.push(err580);}errors++;}if(data238.totalMs === undefined){const err581 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12,schemaPath:"#/properties/scenarios/items/properties/breakdown/items/required",keyword:"required",params:{missingProperty: "totalMs"},message:"must have required property '"+"totalMs"+"'",schema:schema11.properties.scenarios.items.properties.breakdown.items.required,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items,data:data238};if(vErrors === null){vErrors = [err581];}else {vErrors.push(err581);}errors++;}if(data238.groups === undefined){const err582 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12,schemaPath:"#/properties/scenarios/items/properties/breakdown/items/required",keyword:"required",params:{missingProperty: "groups"},message:"must have required property '"+"groups"+"'",schema:schema11.properties.scenarios.items.properties.breakdown.items.required,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items,data:data238};if(vErrors === null){vErrors = [err582];}else {vErrors.push(err582);}errors++;}for(const key25 in data238){if(!(((key25 === "phase") || (key25 === "totalMs")) || (key25 === "groups"))){delete data238[key25];}}if(data238.phase !== undefined){let data239 = data238.phase;if(typeof data239 === "string"){if(func3(data239) > 4096){const err583 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/phase",schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/phase/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.phase,data:data239};if(vErrors === null){vErrors = [err583];}else {vErrors.push(err583);}errors++;}if(!pattern0.test(data239)){const err584 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/phase",schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/phase/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.phase,data:data239};if(vErrors === null){vErrors = [err584];}else {vErrors.push(err584);}errors++;}}else {const err585 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/phase",schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/phase/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.breakdown.items.properties.phase.type,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.phase,data:data239};if(vErrors === null){vErrors = [err585];}else {vErrors.push(err585);}errors++;}}if(data238.totalMs !== undefined){let data240 = data238.totalMs;if(!((typeof data240 == "number") && (isFinite(data240)))){const err586 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/totalMs",schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/totalMs/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.breakdown.items.properties.totalMs.type,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.totalMs,data:data240};if(vErrors === null){vErrors = [err586];}else {vErrors.push(err586);}errors++;}}if(data238.groups !== undefined){let data241 = data238.groups;if(Array.isArray(data241)){if(data241.length > 10000){const err587 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/groups",schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/groups/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups,data:data241};if(vErrors === null){vErrors = [err587];}else {vErrors.push(err587);}errors++;}const len13 = data241.length;for(let i13=0; i13<len13; i13++){let data242 = data241[i13];if(data242 && typeof data242 == "object" && !Array.isArray(data242)){if(data242.group === undefined){const err588 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/groups/" + i13,schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items.required,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items,data:data242};if(vErrors === null){vErrors = [err588];}else {vErrors.push(err588);}errors++;}if(data242.ms === undefined){const err589 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/groups/" + i13,schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "ms"},message:"must have required property '"+"ms"+"'",schema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items.required,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items,data:data242};if(vErrors === null){vErrors = [err589];}else {vErrors.push(err589);}errors++;}if(data242.bound === undefined){const err590 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/groups/" + i13,schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/groups/items/required",keyword:"required",params:{missingProperty: "bound"},message:"must have required property '"+"bound"+"'",schema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items.required,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items,data:data242};if(vErrors === null){vErrors = [err590];}else {vErrors.push(err590);}errors++;}for(const key26 in data242){if(!(((key26 === "group") || (key26 === "ms")) || (key26 === "bound"))){delete data242[key26];}}if(data242.group !== undefined){let data243 = data242.group;if(typeof data243 === "string"){if(func3(data243) > 4096){const err591 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/groups/" + i13+"/group",schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/groups/items/properties/group/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items.properties.group,data:data243};if(vErrors === null){vErrors = [err591];}else {vErrors.push(err591);}errors++;}if(!pattern0.test(data243)){const err592 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/groups/" + i13+"/group",schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/groups/items/properties/group/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items.properties.group,data:data243};if(vErrors === null){vErrors = [err592];}else {vErrors.push(err592);}errors++;}}else {const err593 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/groups/" + i13+"/group",schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/groups/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items.properties.group.type,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items.properties.group,data:data243};if(vErrors === null){vErrors = [err593];}else {vErrors.push(err593);}errors++;}}if(data242.ms !== undefined){let data244 = data242.ms;if(!((typeof data244 == "number") && (isFinite(data244)))){const err594 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/groups/" + i13+"/ms",schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/groups/items/properties/ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items.properties.ms.type,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items.properties.ms,data:data244};if(vErrors === null){vErrors = [err594];}else {vErrors.push(err594);}errors++;}}if(data242.bound !== undefined){let data245 = data242.bound;if(typeof data245 !== "string"){const err595 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/groups/" + i13+"/bound",schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/groups/items/properties/bound/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items.properties.bound.type,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items.properties.bound,data:data245};if(vErrors === null){vErrors = [err595];}else {vErrors.push(err595);}errors++;}if(!(((data245 === "compute") || (data245 === "memory")) || (data245 === "interconnect"))){const err596 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/groups/" + i13+"/bound",schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/groups/items/properties/bound/enum",keyword:"enum",params:{allowedValues: schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items.properties.bound.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items.properties.bound.enum,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items.properties.bound,data:data245};if(vErrors === null){vErrors = [err596];}else {vErrors.push(err596);}errors++;}}}else {const err597 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/groups/" + i13,schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/groups/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items.type,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.items,data:data242};if(vErrors === null){vErrors = [err597];}else {vErrors.push(err597);}errors++;}}}else {const err598 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12+"/groups",schemaPath:"#/properties/scenarios/items/properties/breakdown/items/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups.type,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items.properties.groups,data:data241};if(vErrors === null){vErrors = [err598];}else {vErrors.push(err598);}errors++;}}}else {const err599 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown/" + i12,schemaPath:"#/properties/scenarios/items/properties/breakdown/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.breakdown.items.type,parentSchema:schema11.properties.scenarios.items.properties.breakdown.items,data:data238};if(vErrors === null){vErrors = [err599];}else {vErrors.push(err599);}errors++;}}}else {const err600 = {instancePath:instancePath+"/scenarios/" + i2+"/breakdown",schemaPath:"#/properties/scenarios/items/properties/breakdown/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.breakdown.type,parentSchema:schema11.properties.scenarios.items.properties.breakdown,data:data237};if(vErrors === null){vErrors = [err600];}else {vErrors.push(err600);}errors++;}}if(data42.loadCurve !== undefined){let data246 = data42.loadCurve;if(data246 && typeof data246 == "object" && !Array.isArray(data246)){if(data246.points === undefined){const err601 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve",schemaPath:"#/properties/scenarios/items/properties/loadCurve/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'",schema:schema11.properties.scenarios.items.properties.loadCurve.required,parentSchema:schema11.properties.scenarios.items.properties.loadCurve,data:data246};if(vErrors === null){vErrors = [err601];}else {vErrors.push(err601);}errors++;}if(data246.ttftP99BudgetMs === undefined){const err602 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve",schemaPath:"#/properties/scenarios/items/properties/loadCurve/required",keyword:"required",params:{missingProperty: "ttftP99BudgetMs"},message:"must have required property '"+"ttftP99BudgetMs"+"'",schema:schema11.properties.scenarios.items.properties.loadCurve.required,parentSchema:schema11.properties.scenarios.items.properties.loadCurve,data:data246};if(vErrors === null){vErrors = [err602];}else {vErrors.push(err602);}errors++;}if(data246.tpotP99BudgetMs === undefined){const err603 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve",schemaPath:"#/properties/scenarios/items/properties/loadCurve/required",keyword:"required",params:{missingProperty: "tpotP99BudgetMs"},message:"must have required property '"+"tpotP99BudgetMs"+"'",schema:schema11.properties.scenarios.items.properties.loadCurve.required,parentSchema:schema11.properties.scenarios.items.properties.loadCurve,data:data246};if(vErrors === null){vErrors = [err603];}else {vErrors.push(err603);}errors++;}if(data246.maxRateQps === undefined){const err604 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve",schemaPath:"#/properties/scenarios/items/properties/loadCurve/required",keyword:"required",params:{missingProperty: "maxRateQps"},message:"must have required property '"+"maxRateQps"+"'",schema:schema11.properties.scenarios.items.properties.loadCurve.required,parentSchema:schema11.properties.scenarios.items.properties.loadCurve,data:data246};if(vErrors === null){vErrors = [err604];}else {vErrors.push(err604);}errors++;}for(const key27 in data246){if(!((((key27 === "points") || (key27 === "ttftP99BudgetMs")) || (key27 === "tpotP99BudgetMs")) || (key27 === "maxRateQps"))){delete data246[key27];}}if(data246.points !== undefined){let data247 = data246.points;if(Array.isArray(data247)){if(data247.length > 64){const err605 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve/points",schemaPath:"#/properties/scenarios/items/properties/loadCurve/properties/points/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema11.properties.scenarios.items.properties.loadCurve.properties.points,data:data247};if(vErrors === null){vErrors = [err605];}else {vErrors.push(err605);}errors++;}const len14 = data247.length;for(let i14=0; i14<len14; i14++){let data248 = data247[i14];if(data248 && typeof data248 == "object" && !Array.isArray(data248)){if(data248.rateQps === undefined){const err606 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve/points/" + i14,schemaPath:"#/properties/scenarios/items/properties/loadCurve/properties/points/items/required",keyword:"required",params:{missingProperty: "rateQps"},message:"must have required property '"+"rateQps"+"'",schema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.required,parentSchema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items,data:data248};if(vErrors === null){vErrors = [err606];}else {vErrors.push(err606);}errors++;}if(data248.ttftP99Ms === undefined){const err607 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve/points/" + i14,schemaPath:"#/properties/scenarios/items/properties/loadCurve/properties/points/items/required",keyword:"required",params:{missingProperty: "ttftP99Ms"},message:"must have required property '"+"ttftP99Ms"+"'",schema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.required,parentSchema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items,data:data248};if(vErrors === null){vErrors = [err607];}else {vErrors.push(err607);}errors++;}if(data248.tpotP99Ms === undefined){const err608 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve/points/" + i14,schemaPath:"#/properties/scenarios/items/properties/loadCurve/properties/points/items/required",keyword:"required",params:{missingProperty: "tpotP99Ms"},message:"must have required property '"+"tpotP99Ms"+"'",schema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.required,parentSchema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items,data:data248};if(vErrors === null){vErrors = [err608];}else {vErrors.push(err608);}errors++;}if(data248.sloHolds === undefined){const err609 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve/points/" + i14,schemaPath:"#/properties/scenarios/items/properties/loadCurve/properties/points/items/required",keyword:"required",params:{missingProperty: "sloHolds"},message:"must have required property '"+"sloHolds"+"'",schema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.required,parentSchema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items,data:data248};if(vErrors === null){vErrors = [err609];}else {vErrors.push(err609);}errors++;}for(const key28 in data248){if(!((((key28 === "rateQps") || (key28 === "ttftP99Ms")) || (key28 === "tpotP99Ms")) || (key28 === "sloHolds"))){delete data248[key28];}}if(data248.rateQps !== undefined){let data249 = data248.rateQps;if((typeof data249 == "number") && (isFinite(data249))){if(data249 < 0 || isNaN(data249)){const err610 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve/points/" + i14+"/rateQps",schemaPath:"#/properties/scenarios/items/properties/loadCurve/properties/points/items/properties/rateQps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.properties.rateQps,data:data249};if(vErrors === null){vErrors = [err610];}else {vErrors.push(err610);}errors++;}}else {const err611 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve/points/" + i14+"/rateQps",schemaPath:"#/properties/scenarios/items/properties/loadCurve/properties/points/items/properties/rateQps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.properties.rateQps.type,parentSchema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.properties.rateQps,data:data249};if(vErrors === null){vErrors = [err611];}else {vErrors.push(err611);}errors++;}}if(data248.ttftP99Ms !== undefined){let data250 = data248.ttftP99Ms;if((!((typeof data250 == "number") && (isFinite(data250)))) && (data250 !== null)){const err612 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve/points/" + i14+"/ttftP99Ms",schemaPath:"#/properties/scenarios/items/properties/loadCurve/properties/points/items/properties/ttftP99Ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.properties.ttftP99Ms.type},message:"must be number,null",schema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.properties.ttftP99Ms.type,parentSchema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.properties.ttftP99Ms,data:data250};if(vErrors === null){vErrors = [err612];}else {vErrors.push(err612);}errors++;}}if(data248.tpotP99Ms !== undefined){let data251 = data248.tpotP99Ms;if((!((typeof data251 == "number") && (isFinite(data251)))) && (data251 !== null)){const err613 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve/points/" + i14+"/tpotP99Ms",schemaPath:"#/properties/scenarios/items/properties/loadCurve/properties/points/items/properties/tpotP99Ms/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.properties.tpotP99Ms.type},message:"must be number,null",schema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.properties.tpotP99Ms.type,parentSchema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.properties.tpotP99Ms,data:data251};if(vErrors === null){vErrors = [err613];}else {vErrors.push(err613);}errors++;}}if(data248.sloHolds !== undefined){let data252 = data248.sloHolds;if(typeof data252 !== "boolean"){const err614 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve/points/" + i14+"/sloHolds",schemaPath:"#/properties/scenarios/items/properties/loadCurve/properties/points/items/properties/sloHolds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.properties.sloHolds.type,parentSchema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.properties.sloHolds,data:data252};if(vErrors === null){vErrors = [err614];}else {vErrors.push(err614);}errors++;}}}else {const err615 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve/points/" + i14,schemaPath:"#/properties/scenarios/items/properties/loadCurve/properties/points/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items.type,parentSchema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.items,data:data248};if(vErrors === null){vErrors = [err615];}else {vErrors.push(err615);}errors++;}}}else {const err616 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve/points",schemaPath:"#/properties/scenarios/items/properties/loadCurve/properties/points/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.items.properties.loadCurve.properties.points.type,parentSchema:schema11.properties.scenarios.items.properties.loadCurve.properties.points,data:data247};if(vErrors === null){vErrors = [err616];}else {vErrors.push(err616);}errors++;}}if(data246.ttftP99BudgetMs !== undefined){let data253 = data246.ttftP99BudgetMs;if((!((typeof data253 == "number") && (isFinite(data253)))) && (data253 !== null)){const err617 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve/ttftP99BudgetMs",schemaPath:"#/properties/scenarios/items/properties/loadCurve/properties/ttftP99BudgetMs/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.loadCurve.properties.ttftP99BudgetMs.type},message:"must be number,null",schema:schema11.properties.scenarios.items.properties.loadCurve.properties.ttftP99BudgetMs.type,parentSchema:schema11.properties.scenarios.items.properties.loadCurve.properties.ttftP99BudgetMs,data:data253};if(vErrors === null){vErrors = [err617];}else {vErrors.push(err617);}errors++;}}if(data246.tpotP99BudgetMs !== undefined){let data254 = data246.tpotP99BudgetMs;if((!((typeof data254 == "number") && (isFinite(data254)))) && (data254 !== null)){const err618 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve/tpotP99BudgetMs",schemaPath:"#/properties/scenarios/items/properties/loadCurve/properties/tpotP99BudgetMs/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.loadCurve.properties.tpotP99BudgetMs.type},message:"must be number,null",schema:schema11.properties.scenarios.items.properties.loadCurve.properties.tpotP99BudgetMs.type,parentSchema:schema11.properties.scenarios.items.properties.loadCurve.properties.tpotP99BudgetMs,data:data254};if(vErrors === null){vErrors = [err618];}else {vErrors.push(err618);}errors++;}}if(data246.maxRateQps !== undefined){let data255 = data246.maxRateQps;if((!((typeof data255 == "number") && (isFinite(data255)))) && (data255 !== null)){const err619 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve/maxRateQps",schemaPath:"#/properties/scenarios/items/properties/loadCurve/properties/maxRateQps/type",keyword:"type",params:{type: schema11.properties.scenarios.items.properties.loadCurve.properties.maxRateQps.type},message:"must be number,null",schema:schema11.properties.scenarios.items.properties.loadCurve.properties.maxRateQps.type,parentSchema:schema11.properties.scenarios.items.properties.loadCurve.properties.maxRateQps,data:data255};if(vErrors === null){vErrors = [err619];}else {vErrors.push(err619);}errors++;}}}else {const err620 = {instancePath:instancePath+"/scenarios/" + i2+"/loadCurve",schemaPath:"#/properties/scenarios/items/properties/loadCurve/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.properties.loadCurve.type,parentSchema:schema11.properties.scenarios.items.properties.loadCurve,data:data246};if(vErrors === null){vErrors = [err620];}else {vErrors.push(err620);}errors++;}}}else {const err621 = {instancePath:instancePath+"/scenarios/" + i2,schemaPath:"#/properties/scenarios/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scenarios.items.type,parentSchema:schema11.properties.scenarios.items,data:data42};if(vErrors === null){vErrors = [err621];}else {vErrors.push(err621);}errors++;}}}else {const err622 = {instancePath:instancePath+"/scenarios",schemaPath:"#/properties/scenarios/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scenarios.type,parentSchema:schema11.properties.scenarios,data:data41};if(vErrors === null){vErrors = [err622];}else {vErrors.push(err622);}errors++;}}if(data.shard !== undefined){let data256 = data.shard;const _errs629 = errors;let valid81 = false;const _errs630 = errors;if(data256 !== null){const err623 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.shard.anyOf[0].type,parentSchema:schema11.properties.shard.anyOf[0],data:data256};if(vErrors === null){vErrors = [err623];}else {vErrors.push(err623);}errors++;}var _valid22 = _errs630 === errors;valid81 = valid81 || _valid22;if(!valid81){const _errs632 = errors;if(data256 && typeof data256 == "object" && !Array.isArray(data256)){if(data256.index === undefined){const err624 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/anyOf/1/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'",schema:schema11.properties.shard.anyOf[1].required,parentSchema:schema11.properties.shard.anyOf[1],data:data256};if(vErrors === null){vErrors = [err624];}else {vErrors.push(err624);}errors++;}if(data256.total === undefined){const err625 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/anyOf/1/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'",schema:schema11.properties.shard.anyOf[1].required,parentSchema:schema11.properties.shard.anyOf[1],data:data256};if(vErrors === null){vErrors = [err625];}else {vErrors.push(err625);}errors++;}for(const key29 in data256){if(!((key29 === "index") || (key29 === "total"))){delete data256[key29];}}if(data256.index !== undefined){let data257 = data256.index;if(!(((typeof data257 == "number") && (!(data257 % 1) && !isNaN(data257))) && (isFinite(data257)))){const err626 = {instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/anyOf/1/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.shard.anyOf[1].properties.index.type,parentSchema:schema11.properties.shard.anyOf[1].properties.index,data:data257};if(vErrors === null){vErrors = [err626];}else {vErrors.push(err626);}errors++;}if((typeof data257 == "number") && (isFinite(data257))){if(data257 > 256 || isNaN(data257)){const err627 = {instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/anyOf/1/properties/index/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256",schema:256,parentSchema:schema11.properties.shard.anyOf[1].properties.index,data:data257};if(vErrors === null){vErrors = [err627];}else {vErrors.push(err627);}errors++;}if(data257 < 1 || isNaN(data257)){const err628 = {instancePath:instancePath+"/shard/index",schemaPath:"#/properties/shard/anyOf/1/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.shard.anyOf[1].properties.index,data:data257};if(vErrors === null){vErrors = [err628];}else {vErrors.push(err628);}errors++;}}}if(data256.total !== undefined){let data258 = data256.total;if(!(((typeof data258 == "number") && (!(data258 % 1) && !isNaN(data258))) && (isFinite(data258)))){const err629 = {instancePath:instancePath+"/shard/total",schemaPath:"#/properties/shard/anyOf/1/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.shard.anyOf[1].properties.total.type,parentSchema:schema11.properties.shard.anyOf[1].properties.total,data:data258};if(vErrors === null){vErrors = [err629];}else {vErrors.push(err629);}errors++;}if((typeof data258 == "number") && (isFinite(data258))){if(data258 > 256 || isNaN(data258)){const err630 = {instancePath:instancePath+"/shard/total",schemaPath:"#/properties/shard/anyOf/1/properties/total/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256",schema:256,parentSchema:schema11.properties.shard.anyOf[1].properties.total,data:data258};if(vErrors === null){vErrors = [err630];}else {vErrors.push(err630);}errors++;}if(data258 < 1 || isNaN(data258)){const err631 = {instancePath:instancePath+"/shard/total",schemaPath:"#/properties/shard/anyOf/1/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.shard.anyOf[1].properties.total,data:data258};if(vErrors === null){vErrors = [err631];}else {vErrors.push(err631);}errors++;}}}}else {const err632 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.shard.anyOf[1].type,parentSchema:schema11.properties.shard.anyOf[1],data:data256};if(vErrors === null){vErrors = [err632];}else {vErrors.push(err632);}errors++;}var _valid22 = _errs632 === errors;valid81 = valid81 || _valid22;}if(!valid81){const err633 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.shard.anyOf,parentSchema:schema11.properties.shard,data:data256};if(vErrors === null){vErrors = [err633];}else {vErrors.push(err633);}errors++;}else {errors = _errs629;if(vErrors !== null){if(_errs629){vErrors.length = _errs629;}else {vErrors = null;}}}}}else {const err634 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err634];}else {vErrors.push(err634);}errors++;}validate10.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/run-report/validate.ts













/** Problems listed at most per report (the rest are counted). */
const MAX_REPORTED = 50;
/** A report that cannot be used: every problem with its location and field path. Exit code 2. */
class ReportValidationError extends errors/* UserError */.yo {
    constructor(problems, headline) {
        super(problems, { headline: headline ?? `${problems.length === 1 ? 'a problem' : `${problems.length} problems`} in the run report` });
        this.name = 'ReportValidationError';
    }
    /** One sentence about one report file (not a field of it). */
    static about(file, message, hint) {
        return new ReportValidationError([(0,errors/* problemAt */.l4)(file, message, hint ? { hint } : {})], 'a problem with the run report');
    }
}
/** The ajv instance the run-report validator is compiled with (also by write-schemas.ts for the precompiled one). */
function newReportAjv() {
    // removeAdditional: properties outside the shape (additionalProperties: false) are dropped, not refused, so a
    // report with a newer optional field is still read. strictNumbers: Infinity (JSON's 1e999) is not a number.
    return loadAjv({ allErrors: true, verbose: true, strict: true, strictNumbers: true, allowUnionTypes: true, removeAdditional: true });
}
let validate_compiled = null;
/** The precompiled validator when it was compiled from the schema ./schema.ts builds now, else compiled once. */
function runReportValidator() {
    if (!validate_compiled) {
        const schema = buildRunReportSchema();
        validate_compiled = SCHEMA_HASHES.runReport === schemaHash(schema) ? precompiledRunReport : newReportAjv().compile(schema);
    }
    return validate_compiled;
}
/** What an ajv error says, in words. */
function describeError(e) {
    const parent = e.parentSchema;
    const p = e.params;
    switch (e.keyword) {
        case 'required':
            return `missing required field '${String(p.missingProperty)}'`;
        case 'maxLength':
            return `must be a string of at most ${formatCount(Number(p.limit))} characters, but it has ${formatCount(typeof e.data === 'string' ? [...e.data].length : 0)}`;
        case 'minLength':
            return 'must be a non-empty string';
        case 'pattern':
            return 'must be a string without NUL characters';
        case 'maxItems':
            return `must be a list of at most ${formatCount(Number(p.limit))} items, but it has ${formatCount(Array.isArray(e.data) ? e.data.length : 0)}`;
        case 'anyOf':
            return `must be ${expectation({ anyOf: e.schema })}, got ${show(e.data)}`;
        default:
            return `must be ${expectation(parent)}, got ${show(e.data)}`;
    }
}
/**
 * The offset of the value at `segments` in the JSON `text` (the member's key for a missing field's parent is
 * good enough: the deepest value found), by a linear scan without recursion; 0 when the text is not JSON.
 */
function jsonValueOffset(text, segments) {
    let i = 0;
    const n = text.length;
    const ws = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t'))
            i++;
    };
    const skipString = () => {
        const start = i;
        i++;
        while (i < n && text[i] !== '"')
            i += text[i] === '\\' ? 2 : 1;
        i++;
        try {
            return JSON.parse(text.slice(start, i));
        }
        catch {
            return '';
        }
    };
    const skipValue = () => {
        let depth = 0;
        do {
            ws();
            const c = text[i];
            if (c === '"')
                skipString();
            else if (c === '{' || c === '[') {
                depth++;
                i++;
            }
            else if (c === '}' || c === ']') {
                depth--;
                i++;
            }
            else if (c === ',' || c === ':')
                i++;
            else {
                while (i < n && !',}] \n\r\t'.includes(text[i]))
                    i++;
            }
            ws();
        } while (depth > 0 && i < n);
    };
    let found = 0;
    for (const seg of segments) {
        ws();
        found = i;
        if (typeof seg === 'number' && text[i] === '[') {
            i++;
            for (let k = 0; k < seg; k++) {
                skipValue();
                ws();
                if (text[i] !== ',')
                    return found;
                i++;
            }
        }
        else if (text[i] === '{') {
            i++;
            for (;;) {
                ws();
                if (text[i] !== '"')
                    return found;
                const key = skipString();
                ws();
                i++; // ':'
                ws();
                if (key === String(seg))
                    break;
                skipValue();
                ws();
                if (text[i] !== ',')
                    return found;
                i++;
            }
        }
        else
            return found;
    }
    ws();
    return i < n ? i : found;
}
/**
 * A RunReport from untrusted JSON data (`text`, when given, is the file's text, for line and column). Throws
 * ReportValidationError with every problem; `limits` are the run's (a project's raised limits.scenarios).
 */
function validateRunReport(value, source = 'report.json', opts = {}) {
    const limits = opts.limits ?? DEFAULT_LIMITS;
    const problems = [];
    let more = 0;
    const at = (segments, message, hint) => {
        if (problems.length >= MAX_REPORTED) {
            more++;
            return;
        }
        const pos = opts.text !== undefined ? lineColumn(opts.text, jsonValueOffset(opts.text, segments)) : { line: 1, column: 1 };
        problems.push({ file: source, line: pos.line, column: pos.column, fieldPath: formatPath(segments) || '(the report)', message, ...(hint ? { hint } : {}) });
    };
    const validate = runReportValidator();
    const schema = value !== null && typeof value === 'object' && !Array.isArray(value) ? value.schema : undefined;
    if (schema !== RUN_REPORT_SCHEMA) {
        // Not a run report of this version: its other fields mean nothing to check.
        at(value !== null && typeof value === 'object' && !Array.isArray(value) ? ['schema'] : [], `must be ${JSON.stringify(RUN_REPORT_SCHEMA)} (a run report of this version of genz-action), got ${show(schema)}`);
    }
    else if (!validate(value)) {
        const errors = validate.errors ?? [];
        // anyOf reports every branch as well; keep only the anyOf summary.
        const anyOf = errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
        for (const e of errors) {
            if (anyOf.some((p) => e.schemaPath.startsWith(p)))
                continue;
            at(pointerToSegments(e.instancePath, value), describeError(e));
        }
    }
    else {
        const report = value;
        if (report.scenarios.length > limits.scenarios) {
            at(['scenarios'], `holds ${formatCount(report.scenarios.length)} scenarios, over the limit of ${formatCount(limits.scenarios)} (limits.scenarios)`, limitHint('scenarios'));
        }
        const first = new Map();
        report.scenarios.forEach((s, i) => {
            const j = first.get(s.id);
            if (j !== undefined)
                at(['scenarios', i, 'id'], `duplicate scenario id ${show(s.id)} (also scenarios[${j}].id)`);
            else
                first.set(s.id, i);
        });
        if (report.shard && report.shard.index > report.shard.total) {
            at(['shard', 'index'], `must be at most the shard total ${report.shard.total}, got ${report.shard.index}`);
        }
    }
    if (problems.length > 0) {
        if (more > 0)
            problems.push(problemAt(source, `… and ${formatCount(more)} more problems`));
        throw new ReportValidationError(problems);
    }
    const report = value;
    // Printed as they are: ours, not the file's.
    const relabel = (rows) => {
        for (const m of rows) {
            const def = METRIC_BY_KEY.get(m.key);
            m.label = def.label;
            m.unit = def.unit;
            m.direction = def.direction;
            m.primary = def.primary;
            m.kind = def.kind;
        }
    };
    for (const s of report.scenarios) {
        relabel(s.metrics);
        if (s.accepted)
            relabel(s.accepted.metrics);
    }
    return report;
}
/** Problems, one sentence each; empty when the report is consistent. */
function reportInconsistencies(report) {
    const problems = [];
    const seen = new Set();
    for (const s of report.scenarios) {
        if (seen.has(s.id))
            problems.push(`scenario id ${JSON.stringify(s.id)} appears twice`);
        seen.add(s.id);
    }
    const expected = finalizeReport(report);
    if (canonicalJson(expected.summary) !== canonicalJson(report.summary))
        problems.push('the summary does not match the scenarios');
    if (expected.policy.fail !== report.policy.fail || expected.policy.reasonCount !== report.policy.reasonCount) {
        problems.push(`the fail-on outcome does not match the scenarios under policy ${report.policy.failOn}`);
    }
    if (expected.verdict !== report.verdict)
        problems.push(`the verdict should read ${JSON.stringify(expected.verdict)}`);
    return problems;
}

;// CONCATENATED MODULE: ./src/run-report/merge.ts

/**
 * One report from `parts` with the scenarios in `order` (every id exactly once across the parts; throws
 * otherwise). Tool, runtime, project and policy come from the first part; derived fields are recomputed.
 */
function mergeRunReports(parts, order) {
    if (parts.length === 0)
        throw new Error('no reports to merge');
    const byId = new Map();
    for (const p of parts) {
        for (const s of p.scenarios) {
            if (byId.has(s.id))
                throw new Error(`scenario ${JSON.stringify(s.id)} is in two reports`);
            byId.set(s.id, s);
        }
    }
    if (byId.size !== order.length)
        throw new Error(`the reports hold ${byId.size} scenarios, the run ${order.length}`);
    const scenarios = order.map((id) => {
        const s = byId.get(id);
        if (!s)
            throw new Error(`no report holds scenario ${JSON.stringify(id)}`);
        return s;
    });
    const first = parts[0];
    return finalizeReport({ ...first, policy: { failOn: first.policy.failOn }, scenarios, shard: null });
}

;// CONCATENATED MODULE: ./src/run-report/compact.ts

/** Deep equality of JSON data (key order ignored). */
function same(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!same(a[i], b[i]))
                return false;
        return true;
    }
    if (Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length)
        return false;
    for (const k of ka) {
        if (!Object.hasOwn(b, k) || !same(a[k], b[k]))
            return false;
    }
    return true;
}
const SHAPE_KEYS = (/* unused pure expression or super */ null && (['key', 'label', 'unit', 'direction', 'primary', 'kind', 'tolerance', 'verdict']));
function shapeOf(m) {
    return { key: m.key, label: m.label, unit: m.unit, direction: m.direction, primary: m.primary, kind: m.kind, tolerance: m.tolerance, verdict: m.verdict };
}
/** Whether `rows` have exactly the shape `shape` (the fields shapeOf keeps, equal as JSON data). */
function sameShape(shape, rows) {
    if (shape.length !== rows.length)
        return false;
    for (let i = 0; i < rows.length; i++) {
        const a = shape[i];
        const b = rows[i];
        if (a.key !== b.key ||
            a.label !== b.label ||
            a.unit !== b.unit ||
            a.direction !== b.direction ||
            a.primary !== b.primary ||
            a.kind !== b.kind ||
            a.verdict !== b.verdict ||
            !same(a.tolerance, b.tolerance))
            return false;
    }
    return true;
}
/** The metric row of a value equal in baseline and current (what baselines/diff computes for it). */
function rowOf(shape, v) {
    const numeric = typeof v === 'number';
    return {
        key: shape.key,
        label: shape.label,
        unit: shape.unit,
        direction: shape.direction,
        primary: shape.primary,
        kind: shape.kind,
        baseline: v,
        current: v,
        delta: numeric ? 0 : null,
        relDelta: numeric && v !== 0 ? 0 : null,
        tolerance: shape.tolerance,
        verdict: shape.verdict,
    };
}
/** Whether `rowOf(shapeOf(m), current[m.key])` gives `m` back: an equal row whose value is the scenario's current one. */
function rebuilds(m, current) {
    const v = m.current;
    const numeric = typeof v === 'number';
    return (m.verdict === 'equal' &&
        Object.is(m.baseline, v) &&
        Object.is(current[m.key], v) &&
        m.delta === (numeric ? 0 : null) &&
        Object.is(m.relDelta, numeric && v !== 0 ? 0 : null));
}
function replaceOnce(text, from, to) {
    const at = text.indexOf(from);
    if (at < 0 || from.length === 0 || text.indexOf(from, at + 1) >= 0)
        return null;
    return text.slice(0, at) + to + text.slice(at + from.length);
}
/** Encoder/decoder state shared by both directions: the previous decoded scenario and the row shapes. */
class Codec {
    shapes;
    prev = null;
    /** The shape index the encoder used last (-1: none). */
    lastShape = -1;
    constructor(shapes) {
        this.shapes = shapes;
    }
    decode(entry) {
        if (entry['~'] !== 1)
            return entry;
        const prev = this.prev ?? {};
        const out = {};
        for (const k of Object.keys(prev))
            out[k] = prev[k];
        const gone = Array.isArray(entry['-']) ? entry['-'] : [];
        for (const k of gone)
            if (typeof k === 'string')
                delete out[k];
        for (const k of Object.keys(entry)) {
            if (k === '~' || k === '-' || k === '=' || k === 'r' || k === 'm' || k === 'cur' || k === 'i')
                continue;
            out[k] = entry[k];
        }
        if (Array.isArray(entry.i) && typeof prev.id === 'string' && typeof entry.i[0] === 'number' && typeof entry.i[1] === 'string') {
            out.id = prev.id.slice(0, entry.i[0]) + entry.i[1];
        }
        if (entry.cur !== undefined) {
            const keys = prev.current && typeof prev.current === 'object' ? Object.keys(prev.current) : [];
            const values = Array.isArray(entry.cur) ? entry.cur : [];
            const current = {};
            // Trailing nulls are left out by the writer (the serving metrics of a static scenario).
            keys.forEach((k, i) => {
                current[k] = i < values.length ? values[i] : null;
            });
            out.current = current;
        }
        if (entry['='] === 1) {
            out.baselineFingerprint = out.currentFingerprint;
            out.baselineSimulator = out.currentSimulator;
        }
        if (entry.r === 1 && typeof prev.reproduce === 'string' && typeof prev.id === 'string' && typeof out.id === 'string') {
            out.reproduce = replaceOnce(prev.reproduce, prev.id, out.id);
        }
        if (entry.m !== undefined) {
            const shape = typeof entry.m === 'number' ? this.shapes[entry.m] : undefined;
            const current = (out.current ?? {});
            // An unknown shape index leaves metrics out: validation then names the field.
            if (shape)
                out.metrics = shape.map((s) => rowOf(s, (current[s.key] ?? null)));
            else
                delete out.metrics;
        }
        return out;
    }
    encode(s, shapeIndex) {
        const full = s;
        const prev = this.prev;
        if (prev === null)
            return full;
        // The id as the previous one's first n characters and the rest (matrix ids share long prefixes).
        let n = 0;
        const prevId = typeof prev.id === 'string' ? prev.id : '';
        while (n < prevId.length && n < s.id.length && prevId.charCodeAt(n) === s.id.charCodeAt(n))
            n++;
        // Not inside a surrogate pair, so both parts stay well-formed text.
        if (n > 0 && n < s.id.length && s.id.charCodeAt(n) >= 0xdc00 && s.id.charCodeAt(n) <= 0xdfff)
            n--;
        const entry = n >= 16 ? { '~': 1, i: [n, s.id.slice(n)] } : { '~': 1, id: s.id };
        const gone = Object.keys(prev).filter((k) => !Object.hasOwn(full, k));
        if (gone.length > 0)
            entry['-'] = gone;
        // id and classification are always written, so a reader skimming the file sees every scenario's outcome.
        const derived = new Set(['id', 'classification']);
        entry.classification = s.classification;
        if (s.baselineFingerprint === s.currentFingerprint && s.baselineSimulator === s.currentSimulator && s.currentFingerprint !== null) {
            entry['='] = 1;
            derived.add('baselineFingerprint').add('baselineSimulator');
        }
        if (typeof prev.reproduce === 'string' && typeof prev.id === 'string' && replaceOnce(prev.reproduce, prev.id, s.id) === s.reproduce) {
            entry.r = 1;
            derived.add('reproduce');
        }
        const allEqual = s.metrics.length > 0 && s.current !== null && s.metrics.every((m) => rebuilds(m, s.current));
        if (allEqual) {
            // Most scenarios of a sweep share the previous one's shape: compared field by field, not serialised.
            let index = this.lastShape >= 0 && sameShape(this.shapes[this.lastShape], s.metrics) ? this.lastShape : undefined;
            if (index === undefined) {
                const shape = s.metrics.map(shapeOf);
                const key = JSON.stringify(shape);
                index = shapeIndex.get(key);
                if (index === undefined) {
                    index = this.shapes.length;
                    this.shapes.push(shape);
                    shapeIndex.set(key, index);
                }
            }
            this.lastShape = index;
            entry.m = index;
            derived.add('metrics');
        }
        for (const k of Object.keys(full)) {
            if (derived.has(k) || (Object.hasOwn(prev, k) && same(full[k], prev[k])))
                continue;
            if (k === 'current' && s.current !== null && prev.current && typeof prev.current === 'object') {
                const keys = Object.keys(prev.current);
                const own = Object.keys(s.current);
                if (keys.length === own.length && keys.every((key, i) => own[i] === key)) {
                    const cur = keys.map((key) => s.current[key]);
                    while (cur.length > 0 && cur[cur.length - 1] === null)
                        cur.pop();
                    entry.cur = cur;
                    continue;
                }
            }
            entry[k] = full[k];
        }
        return entry;
    }
}
/**
 * The file form of a report: every scenario encoded against the one before it. Each rule of the encoding applies
 * only where its condition was checked on the values themselves (a left-out field is deep-equal to the previous
 * scenario's, a metric row is rebuilt from its shape and value only when {@link rebuilds} says it comes back
 * equal), so decoding gives every scenario back without a decode here. With `verify` (the tests), each scenario is
 * also decoded and compared, and an entry that would not come back equal throws.
 */
function encodeRunReport(report, opts = {}) {
    const codec = new Codec([]);
    const shapeIndex = new Map();
    const scenarios = [];
    for (const s of report.scenarios) {
        const entry = codec.encode(s, shapeIndex);
        if (opts.verify && entry !== s && !same(codec.decode(entry), s)) {
            throw new Error(`report.json encoding: scenario ${JSON.stringify(s.id)} would not decode back to itself`);
        }
        scenarios.push(entry);
        codec.prev = s;
    }
    const { scenarios: _all, ...rest } = report;
    return { ...rest, encoding: contract_RUN_REPORT_ENCODING, metricRows: codec.shapes, scenarios };
}
/**
 * The RunReport data of a parsed report file (untrusted: the result still goes through validation). Plain reports
 * are returned as they are; anything malformed in the encoding decodes to something validation refuses.
 */
function decodeRunReport(data) {
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return data;
    const file = data;
    if (file.encoding === undefined)
        return data;
    if (file.encoding !== RUN_REPORT_ENCODING)
        return { ...file, schema: `${String(file.schema)} (unknown encoding ${JSON.stringify(file.encoding)})` };
    const shapes = Array.isArray(file.metricRows)
        ? file.metricRows.map((rows) => Array.isArray(rows) ? rows.filter((r) => typeof r === 'object' && r !== null && SHAPE_KEYS.every((k) => k in r)) : [])
        : [];
    const codec = new Codec(shapes);
    const { encoding: _e, metricRows: _m, ...rest } = file;
    if (!Array.isArray(file.scenarios))
        return rest;
    const scenarios = file.scenarios.map((entry) => {
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
            codec.prev = null;
            return entry;
        }
        const decoded = codec.decode(entry);
        codec.prev = decoded;
        return decoded;
    });
    return { ...rest, scenarios };
}
/**
 * report.json's text, in pieces: the encoded report, one scenario per line (a readable diff of two runs),
 * everything else indented as before. A writer can write each piece as it comes (no 50 MB string for a
 * 100,000-scenario run); {@link runReportFileText} joins them.
 */
function* runReportFileChunks(report, opts = {}) {
    const { scenarios, ...head } = encodeRunReport(report, opts);
    const top = JSON.stringify({ ...head, scenarios: [] }, null, 2);
    if (scenarios.length === 0) {
        yield `${top}\n`;
        return;
    }
    const at = top.lastIndexOf('"scenarios": []');
    yield `${top.slice(0, at)}"scenarios": [\n`;
    for (let i = 0; i < scenarios.length; i++)
        yield `    ${JSON.stringify(scenarios[i])}${i + 1 < scenarios.length ? ',' : ''}\n`;
    yield `  ]${top.slice(at + '"scenarios": []'.length)}\n`;
}
/** report.json's text (see {@link runReportFileChunks}). */
function runReportFileText(report, opts = {}) {
    let text = '';
    for (const chunk of runReportFileChunks(report, opts))
        text += chunk;
    return text;
}

;// CONCATENATED MODULE: ./src/run-report/index.ts
/**
 * The run report's one home: the contract (RunReport and its parts), finalize (summary, fail-on outcome,
 * verdict), severity (flagged, ranking, the worst regression), consistency validation and merging.
 */







// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/project-commands.ts
/**
 * Commands over a repository's manifests and baselines: run, check, dry-run, update, validate-manifests.
 * stdout carries only the report or table; progress and diagnostics go to stderr.
 */












const COMMON = {
    config: { type: 'string' },
    filter: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
};
const PROJECT_USAGE = {
    run: 'Usage: genz run [--config FILE] [--filter GLOB] [--json] [--quiet]\n\nSimulates every scenario of the manifests and prints a table of metrics (exit 0; 1 when a scenario cannot run, e.g. does not fit; 2 on bad input).\n',
    check: 'Usage: genz check [--config FILE] [--filter GLOB] [--template FILE] [--report-json PATH] [--html FILE] [--quiet]\n\nDiffs every scenario against the committed baselines and prints the Markdown report.\nExit 1 when the fail-on policy flags something, 0 when clean, 2 on bad input or usage.\n',
    'dry-run': 'Usage: genz dry-run [--config FILE] [--filter GLOB] [--template FILE] [--report-json PATH] [--html FILE] [--quiet]\n\nPrints exactly the Markdown a pull request would get; posts nothing. Exit 0, or 2 on bad input\n(the verdict is in the report, not the exit code).\n',
    update: 'Usage: genz update [--config FILE] [--filter GLOB] [--quiet]\n\nRewrites the baseline files from fresh simulations and prints what changed (exit 0, or 2 on bad input).\nRunning it twice leaves the files byte-identical.\n',
    'validate-manifests': 'Usage: genz validate-manifests [--config FILE]\n\nChecks the config, manifests, model and hardware files without simulating (exit 0, or 2).\n',
};
function printUsage(io, text) {
    io.stdout(text);
    return cli_io/* EXIT_OK */.Ij;
}
/** A progress line on stderr, shown only once a run has taken more than a second. */
function progress(io, quiet) {
    const start = Date.now();
    let last = 0;
    let shown = false;
    return {
        onProgress: (done, total, id) => {
            if (quiet)
                return;
            const now = Date.now();
            if (now - start < 1000 || (now - last < 250 && done < total))
                return;
            last = now;
            shown = true;
            const line = `simulating ${done}/${total}: ${(0,errors/* oneLine */.TN)(id)}`;
            io.stderr(io.isTTY ? `\r\x1b[2K${line}` : `${line}\n`);
        },
        done: () => {
            if (shown && io.isTTY)
                io.stderr('\n');
        },
    };
}
function writeReportJson(io, target, report) {
    const file = external_node_path_default().resolve(io.cwd, target);
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    (0,safe_fs/* writeChunksAtomic */.xH)(file, runReportFileChunks(report));
}
function writeReportText(io, target, text) {
    const file = external_node_path_default().resolve(io.cwd, target);
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, text);
    (0,external_node_fs_.renameSync)(tmp, file);
}
/** Prints every input problem as file:line:column: field: message (escaped); returns exit code 2. Others: rethrown (main maps them). */
function reportInputErrors(io, command, e) {
    if (e instanceof errors/* UserError */.yo) {
        io.stderr(`genz ${command}: ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'} in the input; nothing was written:\n`);
        for (const p of e.problems)
            io.stderr(`  ${(0,errors/* formatProblem */.Vw)(p)}\n`);
        return cli_io/* EXIT_USAGE */.Ri;
    }
    throw e;
}
function options(io, values, onProgress) {
    return {
        cwd: io.cwd,
        configPath: values.config,
        filter: values.filter,
        overrides: values.template ? { template: values.template } : undefined,
        reproducePrefix: (0,version/* reproducePrefix */.eE)(io.env),
        onProgress,
    };
}
function readTemplate(file) {
    if (!file)
        return undefined;
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw new cli_io/* UsageError */.eb(`cannot read template ${file}: ${e.code ?? e.message}`);
    }
}
async function runCommand(argv, io) {
    const { values } = (0,cli_args/* parseFlags */.bQ)(argv, { ...COMMON, json: { type: 'boolean', default: false } }, 'run');
    if (values.help)
        return printUsage(io, PROJECT_USAGE.run);
    const p = progress(io, values.quiet || values.json);
    try {
        const project = await loadProjectWithHub(options(io, values));
        assertFilterMatches(project, options(io, values));
        const outcomes = simulateScenarios(project, options(io, values, p.onProgress), true);
        p.done();
        if (values.json) {
            io.stdout(JSON.stringify(outcomes.map((o) => ({ id: o.scenario.id, manifest: o.scenario.manifest, result: o.result }))) + '\n');
        }
        else {
            io.stdout(renderRunTable(outcomes.map((o) => ({
                id: o.scenario.id,
                model: o.result.config.model.name,
                hardware: o.result.config.hardware.name,
                metrics: o.result.metrics,
                error: o.result.error?.message ?? null,
                bands: o.result.calibration?.bands ?? null,
            }))));
        }
        const failed = outcomes.filter((o) => o.result.status === 'error');
        if (failed.length > 0 && !values.quiet) {
            io.stderr(`genz run: ${failed.length} of ${outcomes.length} scenario${outcomes.length === 1 ? '' : 's'} could not run: ${failed
                .slice(0, 3)
                .map((o) => o.scenario.id)
                .join(', ')}${failed.length > 3 ? ', …' : ''}\n`);
        }
        return failed.length > 0 ? cli_io/* EXIT_FAIL */.WV : cli_io/* EXIT_OK */.Ij;
    }
    catch (e) {
        p.done();
        return reportInputErrors(io, 'run', e);
    }
}
async function checkLike(command, argv, io) {
    const { values } = (0,cli_args/* parseFlags */.bQ)(argv, { ...COMMON, template: { type: 'string' }, 'report-json': { type: 'string' }, html: { type: 'string' } }, command);
    if (values.help)
        return printUsage(io, PROJECT_USAGE[command]);
    const p = progress(io, values.quiet);
    try {
        const { report, project } = await runCheck(options(io, values, p.onProgress));
        p.done();
        const markdown = renderMarkdown(report, { template: readTemplate(project.config.template) });
        io.stdout(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
        if (values['report-json'])
            writeReportJson(io, values['report-json'], report);
        if (values.html)
            writeReportText(io, values.html, renderHtml(report));
        if (command === 'dry-run')
            return cli_io/* EXIT_OK */.Ij;
        if (report.policy.fail && !values.quiet) {
            const reasons = report.policy.reasons;
            const total = report.policy.reasonCount;
            const more = total > 3 ? `; and ${total - 3} more (see the report)` : '';
            io.stderr(`genz check: fail-on '${report.policy.failOn}': ${(0,errors/* oneLine */.TN)(reasons.slice(0, 3).join('; '))}${more}\n`);
        }
        return report.policy.fail ? cli_io/* EXIT_FAIL */.WV : cli_io/* EXIT_OK */.Ij;
    }
    catch (e) {
        p.done();
        return reportInputErrors(io, command, e);
    }
}
const checkCommand = (argv, io) => checkLike('check', argv, io);
const dryRunCommand = (argv, io) => checkLike('dry-run', argv, io);
async function updateCommand(argv, io) {
    const { values } = (0,cli_args/* parseFlags */.bQ)(argv, COMMON, 'update');
    if (values.help)
        return printUsage(io, PROJECT_USAGE.update);
    const p = progress(io, values.quiet);
    try {
        const { changes, failed } = await updateBaselines(options(io, values, p.onProgress));
        p.done();
        let out = '';
        for (const c of changes) {
            const detail = [
                c.added.length ? `${c.added.length} added` : '',
                c.changed.length ? `${c.changed.length} changed` : '',
                c.removed.length ? `${c.removed.length} removed` : '',
            ]
                .filter(Boolean)
                .join(', ');
            out += `${c.outcome.padEnd(9)} ${(0,errors/* oneLine */.TN)(c.file)}${detail ? ` (${detail})` : ''}\n`;
            for (const id of c.added)
                out += `  + ${(0,errors/* oneLine */.TN)(id)}\n`;
            for (const id of c.changed)
                out += `  ~ ${(0,errors/* oneLine */.TN)(id)}\n`;
            for (const id of c.removed)
                out += `  - ${(0,errors/* oneLine */.TN)(id)}\n`;
        }
        const written = changes.filter((c) => c.outcome !== 'unchanged').length;
        out += written === 0 ? 'Baselines are up to date.\n' : `${written} baseline file${written === 1 ? '' : 's'} written.\n`;
        io.stdout(out);
        for (const f of failed)
            io.stderr(`genz update: ${(0,errors/* oneLine */.TN)(f.scenario.id)} could not run (${(0,errors/* oneLine */.TN)(f.result.error.message)}); its old entry was kept\n`);
        return cli_io/* EXIT_OK */.Ij;
    }
    catch (e) {
        p.done();
        return reportInputErrors(io, 'update', e);
    }
}
async function validateManifestsCommand(argv, io) {
    const { values } = (0,cli_args/* parseFlags */.bQ)(argv, { config: COMMON.config, help: COMMON.help }, 'validate-manifests');
    if (values.help)
        return printUsage(io, PROJECT_USAGE['validate-manifests']);
    try {
        const project = await loadProjectWithHub(options(io, values));
        io.stdout(`${project.scenarios.length} scenario${project.scenarios.length === 1 ? '' : 's'} in ${project.manifests.length} manifest${project.manifests.length === 1 ? '' : 's'}: OK\n`);
        return cli_io/* EXIT_OK */.Ij;
    }
    catch (e) {
        return reportInputErrors(io, 'validate-manifests', e);
    }
}


/***/ })

};
