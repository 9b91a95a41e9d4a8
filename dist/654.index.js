export const id = 654;
export const ids = [654];
export const modules = {

/***/ 5654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MergeError: () => (/* binding */ MergeError),
/* harmony export */   findPartialReports: () => (/* binding */ findPartialReports),
/* harmony export */   mergeReports: () => (/* binding */ mergeReports),
/* harmony export */   runMerge: () => (/* binding */ runMerge)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8592);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6964);
/* harmony import */ var _baselines_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5551);
/* harmony import */ var _manifests_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5732);
/* harmony import */ var _run_report_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7771);
/* harmony import */ var _report_validation_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4400);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1258);
/* harmony import */ var _sinks_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5930);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9102);
/**
 * mode: merge — combine the partial reports of `shard: i/n` jobs into the RunReport one job would have written:
 * scenarios in the run's order, summary, policy and verdict recomputed from the merged scenario diffs with the
 * same pure functions the pipeline uses. Then the usual sinks (summary, annotations, one sticky comment, exit
 * status per fail-on).
 *
 * Refused, with a message naming the files: a missing shard, two reports for one shard, totals that disagree,
 * scenarios in two shards or in none, shards of different runs (scenario lists, project, fail-on policy) or of
 * different genz-action or simulator versions.
 */












class MergeError extends _errors_index_js__WEBPACK_IMPORTED_MODULE_10__/* .UserMessageError */ .TV {
    constructor(message) {
        super(message, 'shard reports');
        this.name = 'MergeError';
    }
}
function listNames(values, max = 5) {
    const all = [...values];
    const shown = all
        .slice(0, max)
        .map((v) => JSON.stringify(v))
        .join(', ');
    return all.length > max ? `${shown} and ${all.length - max} more` : shown;
}
/** One RunReport from the partial reports of every shard (any order). Throws MergeError. */
function mergeReports(partials) {
    if (partials.length === 0)
        throw new MergeError('no partial reports to merge');
    for (const p of partials) {
        if (!p.report.shard)
            throw new MergeError(`${p.file} is not a partial report (its shard is null): merge combines reports written with mode: report and shard: i/n`);
        if (p.report.shard.index !== p.shard.index || p.report.shard.total !== p.shard.total) {
            throw new MergeError(`${p.file} says shard ${p.report.shard.index}/${p.report.shard.total} but ${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename((0,_shard_js__WEBPACK_IMPORTED_MODULE_8__/* .sidecarPath */ .n8)(p.file))} says ${p.shard.index}/${p.shard.total}`);
        }
    }
    const totals = new Map();
    for (const p of partials)
        totals.set(p.shard.total, [...(totals.get(p.shard.total) ?? []), p.file]);
    if (totals.size > 1) {
        throw new MergeError(`the partial reports disagree on the number of shards: ${[...totals].map(([n, files]) => `${n} in ${files.join(', ')}`).join('; ')}`);
    }
    const total = partials[0].shard.total;
    const byIndex = new Map();
    for (const p of partials) {
        const other = byIndex.get(p.shard.index);
        if (other)
            throw new MergeError(`two reports for shard ${p.shard.index} of ${total}: ${other.file} and ${p.file}`);
        byIndex.set(p.shard.index, p);
    }
    const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (missing.length > 0) {
        throw new MergeError(`shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${total} ${missing.length === 1 ? 'is' : 'are'} missing ` +
            `(found ${[...byIndex.keys()].sort((a, b) => a - b).join(', ')}); did a shard job fail before uploading its report?`);
    }
    const ordered = [...byIndex.keys()].sort((a, b) => a - b).map((i) => byIndex.get(i));
    const first = ordered[0];
    const differing = (what, value, hint) => {
        const values = new Map();
        for (const p of ordered)
            values.set(value(p), [...(values.get(value(p)) ?? []), p.shard.index]);
        if (values.size > 1) {
            const list = [...values].map(([v, shards]) => `${v} (shard${shards.length === 1 ? '' : 's'} ${shards.join(', ')})`).join(', ');
            throw new MergeError(`the shards ran ${what}: ${list}; ${hint}`);
        }
    };
    const rerun = 're-run every shard of the same commit with the same genz-action version';
    differing('different simulator versions', (p) => p.report.tool.simulator, rerun);
    differing('different genz-action versions', (p) => p.report.tool.version, rerun);
    differing('different scenario sets (different commits or configs?)', (p) => `${p.shard.scenarios.length} scenarios, ${digest(p.shard.scenarios)}`, rerun);
    differing('different projects', (p) => (0,_baselines_index_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .dj)(p.report.project), rerun);
    differing('different fail-on policies', (p) => p.report.policy.failOn, 'pass the same fail-on input to every shard');
    // Every id in exactly one shard, and in the shard the split gives it.
    const owner = new Map();
    const byId = new Map();
    for (const p of ordered) {
        for (const s of p.report.scenarios) {
            const before = owner.get(s.id);
            if (before !== undefined)
                throw new MergeError(`the shards overlap: scenario ${JSON.stringify(s.id)} is in shard ${before} and shard ${p.shard.index}`);
            owner.set(s.id, p.shard.index);
            byId.set(s.id, s);
        }
    }
    const assignment = (0,_shard_js__WEBPACK_IMPORTED_MODULE_8__/* .shardAssignment */ .wq)(first.shard.scenarios, total);
    for (const p of ordered) {
        const ran = new Set(p.report.scenarios.map((s) => s.id));
        const declared = new Set(p.shard.selected);
        const unlisted = [...ran].filter((id) => !declared.has(id) || assignment.get(id) !== p.shard.index);
        if (unlisted.length > 0)
            throw new MergeError(`shard ${p.shard.index} (${p.file}) reports scenarios that are not its share: ${listNames(unlisted)}`);
        const absent = [...declared].filter((id) => !ran.has(id));
        if (absent.length > 0)
            throw new MergeError(`shard ${p.shard.index} (${p.file}) lacks scenarios of its share: ${listNames(absent)}`);
    }
    const uncovered = first.shard.scenarios.filter((id) => !byId.has(id));
    if (uncovered.length > 0)
        throw new MergeError(`no shard reports ${listNames(uncovered)}`);
    return (0,_run_report_index_js__WEBPACK_IMPORTED_MODULE_6__/* .mergeRunReports */ .vY)(ordered.map((p) => p.report), first.shard.scenarios);
}
function digest(ids) {
    return `ids ${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(ids)).digest('hex').slice(0, 12)}`;
}
/** The partial report files a `reports` input names: a folder (every report.json below it) or a glob. */
async function findPartialReports(spec, cwd) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, spec);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(abs) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(abs).isDirectory()) {
        return (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_11__/* .glob */ .TI)('**/report.json', { cwd: abs, absolute: true, onlyFiles: true })).sort();
    }
    // A glob, possibly absolute: walk from its longest literal prefix.
    const parts = abs.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep));
    const firstGlob = parts.findIndex((p) => /[*?[\]{}!]/.test(p));
    const root = firstGlob <= 0 ? node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(abs) : parts.slice(0, firstGlob).join((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)) || (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep);
    const pattern = firstGlob <= 0 ? node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(abs) : parts.slice(firstGlob).join('/');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(root))
        return [];
    const files = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_11__/* .glob */ .TI)(pattern, { cwd: root, absolute: true, onlyFiles: true });
    return files.filter((f) => !f.endsWith('.shard.json')).sort();
}
/** The template the merged comment uses: the `template` input, else the project config's, else the default. */
function mergeTemplate(run) {
    if (run.inputs.template)
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(run.workspace, run.inputs.template), 'utf8');
    const config = (0,_manifests_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadProjectConfig */ .WM)({ cwd: run.workspace, configPath: run.inputs.config });
    return config.template ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(config.template, 'utf8') : undefined;
}
async function runMerge(run) {
    const { inputs, ctx } = run;
    const files = await findPartialReports(inputs.reports, run.workspace);
    if (files.length === 0)
        throw new MergeError(`no partial reports found at '${inputs.reports}' (a folder is searched for report.json files; anything else is a glob)`);
    const shown = (f) => node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(run.workspace, f) || f;
    const limits = (0,_report_validation_js__WEBPACK_IMPORTED_MODULE_7__/* .artifactLimits */ .P6)(run.workspace, inputs.config);
    const partials = files.map((f) => ({ file: shown(f), report: (0,_report_validation_js__WEBPACK_IMPORTED_MODULE_7__/* .readRunReportFile */ .wc)(f, shown(f), limits), shard: (0,_shard_js__WEBPACK_IMPORTED_MODULE_8__/* .readShardSidecar */ .Ec)((0,_shard_js__WEBPACK_IMPORTED_MODULE_8__/* .sidecarPath */ .n8)(f), limits) }));
    const report = mergeReports(partials);
    _log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Merged ${partials.length} shard reports: ${report.summary.total} scenarios.`);
    let issueNumber = null;
    if (inputs.comment !== 'never') {
        if (ctx.event.kind === 'pull_request')
            issueNumber = ctx.event.number;
        else
            _log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`No pull request in this ${ctx.eventName} event: the report is in the job summary only.`);
    }
    await (0,_sinks_js__WEBPACK_IMPORTED_MODULE_9__.publishReport)(run, report, { issueNumber, template: mergeTemplate(run), annotations: true, failOnPolicy: true, forbiddenHint: _sinks_js__WEBPACK_IMPORTED_MODULE_9__.FORK_FLOW_HINT });
}


/***/ })

};
