export const id = 116;
export const ids = [116];
export const modules = {

/***/ 8116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VALIDATE_USAGE: () => (/* binding */ VALIDATE_USAGE),
  renderValidation: () => (/* binding */ renderValidation),
  validateCommand: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/inference.ts
var inference = __webpack_require__(4620);
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
        case 'prefill':
            return (0,inference/* prefill */.tv)(args);
        case 'decode':
            return (0,inference/* decode */.D4)(args);
        case 'chunked':
            return (0,inference/* chunked */.z)(args);
        case 'spec_decode':
            return (0,inference/* specDecode */.Ko)(args);
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
        if (!(e instanceof errors/* GenzError */.rp))
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

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
;// CONCATENATED MODULE: ./src/cli/validate-command.ts






const VALIDATE_USAGE = `Usage: genz validate --reference FILE.jsonl [--tolerance 1e-9] [--json]

Runs every GenZ reference case in FILE (JSON Lines) through the simulation core and compares every
recorded output. Prints, per mode, PASS/FAIL, cases, values compared and the maximum relative error.
Exit 0 when everything passes, 1 when a case fails, 2 on bad usage or an unreadable file.
`;
function validateCommand(argv, io) {
    const { values } = (0,args/* parseFlags */.bQ)(argv, {
        reference: { type: 'string' },
        tolerance: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
    }, 'validate');
    if (values.help) {
        io.stdout(VALIDATE_USAGE);
        return cli_io/* EXIT_OK */.Ij;
    }
    if (!values.reference)
        throw new cli_io/* UsageError */.eb('--reference FILE.jsonl is required');
    const tolerance = values.tolerance === undefined ? 1e-9 : Number(values.tolerance);
    if (!Number.isFinite(tolerance) || tolerance < 0)
        throw new cli_io/* UsageError */.eb(`--tolerance must be a number >= 0, got '${values.tolerance}'`);
    const file = external_node_path_default().resolve(io.cwd, values.reference);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw new cli_io/* UsageError */.eb(`cannot read --reference ${values.reference}: ${e.code ?? e.message}`);
    }
    let report;
    try {
        const cases = parseReferenceCases(text, values.reference);
        if (cases.length === 0)
            throw new cli_io/* UsageError */.eb(`${values.reference} holds no cases`);
        report = validateReference(cases, { tolerance });
    }
    catch (e) {
        if (e instanceof ReferenceFormatError)
            throw new cli_io/* UsageError */.eb(`${e.message}`);
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
        m.mode,
        m.passed ? 'PASS' : 'FAIL',
        (0,table/* formatCount */.B4)(m.cases),
        (0,table/* formatCount */.B4)(m.failedCases),
        (0,table/* formatCount */.B4)(m.values),
        (0,table/* formatRelError */.LJ)(m.maxRelError),
        m.maxRelErrorCase ?? '-',
    ]);
    rows.push([
        'overall',
        report.passed ? 'PASS' : 'FAIL',
        (0,table/* formatCount */.B4)(report.cases),
        (0,table/* formatCount */.B4)(report.failedCases),
        (0,table/* formatCount */.B4)(report.values),
        (0,table/* formatRelError */.LJ)(report.maxRelError),
        report.maxRelErrorCase ?? '-',
    ]);
    let out = `GenZ reference validation of ${source}: ${(0,table/* formatCount */.B4)(report.cases)} cases, relative tolerance ${report.tolerance}\n\n`;
    out += (0,table/* renderTable */.bo)([
        { header: 'mode' },
        { header: 'result' },
        { header: 'cases', align: 'right' },
        { header: 'failed', align: 'right' },
        { header: 'values', align: 'right' },
        { header: 'max rel error', align: 'right' },
        { header: 'at case' },
    ], rows);
    if (report.failures.length > 0) {
        out += `\nFailures (first 20 of ${report.failures.length}):\n`;
        for (const f of report.failures.slice(0, 20)) {
            const m = f.mismatches[0];
            const rel = m.relError !== undefined ? ` (relative error ${(0,table/* formatRelError */.LJ)(m.relError)})` : '';
            out +=
                `  ${f.id}: ${m.path}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}${rel}` +
                    (f.mismatches.length > 1 ? ` and ${f.mismatches.length - 1} more` : '') +
                    '\n';
        }
    }
    return out;
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


/***/ })

};
