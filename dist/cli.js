#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2957);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1604);


process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_1__/* .processIO */ .Wb)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   WV: () => (/* binding */ EXIT_FAIL),
/* harmony export */   Wb: () => (/* binding */ processIO),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* unused harmony export EXIT_INTERNAL */
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9102);

const processIO = () => ({
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stderr.isTTY),
});
/** A usage error: exit code 2 with a message naming the bad flag. */
class UsageError extends _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserMessageError */ .TV {
    constructor(message) {
        super(message, 'the command line');
        this.name = 'UsageError';
    }
}
/** Exit codes: the one table is EXIT_CODES in src/errors. */
const EXIT_OK = _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CODES */ .ai.ok;
const EXIT_FAIL = _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CODES */ .ai.failed;
const EXIT_USAGE = _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CODES */ .ai.input;
const EXIT_INTERNAL = _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CODES */ .ai.internal;


/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iW: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony exports COMMANDS, usage, reportError */
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9102);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1604);
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1916);
/* harmony import */ var _pipeline_version_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8001);
/* harmony import */ var _simulation_version_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6171);
/**
 * The `genz` command line. Each command lives in its own module; this file only dispatches and maps
 * errors to exit codes, the one table of src/errors (docs/security.md): 0 ok, 1 the command's own failure verdict,
 * 2 bad input or usage (every problem listed), 3 an internal error (one line; the stack with --debug).
 * Everything printed passes through the escaping of src/errors/safe-text.ts.
 */





/**
 * A command whose module is loaded when it runs (a chunk file beside dist/cli.js): `genz --version`, `--help` and
 * each command read and compile only what they use.
 */
function lazy(load, pick) {
    return async (argv, io) => pick(await load())(argv, io);
}
const project = () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(382), __nccwpck_require__.e(67), __nccwpck_require__.e(52), __nccwpck_require__.e(582), __nccwpck_require__.e(687), __nccwpck_require__.e(855), __nccwpck_require__.e(723)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4723));
const calibration = () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(52), __nccwpck_require__.e(582), __nccwpck_require__.e(33), __nccwpck_require__.e(868)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4033));
const catalog = () => Promise.all(/* import() */[__nccwpck_require__.e(52), __nccwpck_require__.e(224)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3224));
const COMMANDS = {
    run: { run: lazy(project, (m) => m.runCommand), summary: "simulate every scenario of the repository's manifests and print a table" },
    check: { run: lazy(project, (m) => m.checkCommand), summary: 'diff the scenarios against the committed baselines (exit 1 per the fail-on policy)' },
    'dry-run': { run: lazy(project, (m) => m.dryRunCommand), summary: 'print the Markdown report a pull request would get; post nothing' },
    update: { run: lazy(project, (m) => m.updateCommand), summary: 'rewrite the baselines from fresh simulations and print what changed' },
    'validate-manifests': { run: lazy(project, (m) => m.validateManifestsCommand), summary: 'check config, manifests, model and hardware files only' },
    simulate: {
        run: lazy(() => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(382), __nccwpck_require__.e(52), __nccwpck_require__.e(582), __nccwpck_require__.e(687), __nccwpck_require__.e(855), __nccwpck_require__.e(33), __nccwpck_require__.e(538)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8538)), (m) => m.simulateCommand),
        summary: 'simulate one scenario from flags or a scenario file and print its metrics',
    },
    features: {
        run: lazy(() => Promise.all(/* import() */[__nccwpck_require__.e(52), __nccwpck_require__.e(582), __nccwpck_require__.e(687), __nccwpck_require__.e(255)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1255)), (m) => m.featuresCommand),
        summary: 'list the features a scenario can use, with their options',
    },
    calibrate: { run: lazy(calibration, (m) => m.calibrateCommand), summary: 'fit calibration profiles from measurements; print their cross-validated error' },
    accuracy: { run: lazy(calibration, (m) => m.accuracyCommand), summary: 'simulate measured rows with a calibration and print predicted vs measured' },
    hardware: { run: lazy(catalog, (m) => m.hardwareCommand), summary: 'list the hardware presets with their datasheet figures and sources' },
    models: { run: lazy(catalog, (m) => m.modelsCommand), summary: 'list the model catalog (layers, sizes, heads, experts, aliases)' },
    validate: {
        run: lazy(() => Promise.all(/* import() */[__nccwpck_require__.e(52), __nccwpck_require__.e(116)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8116)), (m) => m.validateCommand),
        summary: 'compare the core with GenZ reference cases (JSON Lines)',
    },
};
function usage() {
    const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
    const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
    return `Usage: genz <command> [options]      genz --version\n\nCommands:\n${lines.join('\n')}\n\nRun 'genz <command> --help' for a command's options.\n`;
}
async function main(argvIn, io) {
    // --debug anywhere: internal errors print their stack.
    const debug = (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .debugEnabled */ .dK)(io.env, argvIn.includes('--debug'));
    const argv = argvIn.filter((a) => a !== '--debug');
    const [name, ...rest] = argv;
    if (name === undefined) {
        io.stderr(usage());
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_USAGE */ .Ri;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
        // `genz help <command>` is `genz <command> --help`.
        if (name === 'help' && rest.length > 0)
            return main([rest[0], '--help'], io);
        io.stdout(usage());
        return 0;
    }
    if (name === '--version' || name === '-V' || name === 'version') {
        io.stdout(`genz ${_pipeline_version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_VERSION */ .wr} (simulator ${_simulation_version_js__WEBPACK_IMPORTED_MODULE_4__/* .SIMULATOR_VERSION */ .y})\n`);
        return 0;
    }
    const command = COMMANDS[name];
    if (!command) {
        const near = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .kp)(name, Object.keys(COMMANDS));
        const hint = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_2__/* .distance */ .Io)(name, near) <= Math.max(2, Math.floor(name.length / 3)) ? ` (did you mean '${near}'?)` : '';
        io.stderr(`genz: unknown command '${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(name)}'${hint}\n\n${usage()}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_USAGE */ .Ri;
    }
    // --help anywhere before `--` wins over every other flag (even misspelled ones).
    const end = rest.indexOf('--');
    const before = end === -1 ? rest : rest.slice(0, end);
    const args = before.includes('--help') || before.includes('-h') ? ['--help'] : rest;
    try {
        return await command.run(args, io);
    }
    catch (e) {
        return reportError(io, name, e, debug);
    }
}
/** The exit code of an error escaping a command, after printing it (never a raw stack unless debugging). */
function reportError(io, command, e, debug) {
    // parseArgs reports unknown or malformed flags with a code; both are usage errors.
    const code = e?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
        io.stderr(`genz ${command}: ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(e.message)}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_USAGE */ .Ri;
    }
    if (e instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo) {
        if (e.problems.length === 1)
            io.stderr(`genz ${command}: ${e.problems[0].file === 'the command line' ? (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(e.problems[0].message) : (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(e.problems[0])}\n`);
        else {
            io.stderr(`genz ${command}: ${e.headline}; nothing was written:\n`);
            for (const p of e.problems)
                io.stderr(`  ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p)}\n`);
        }
        return _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CODES */ .ai.input;
    }
    io.stderr(`genz ${command}: ${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .internalErrorText */ .Zs)(e, debug)}\n`);
    return _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CODES */ .ai.internal;
}


/***/ }),

/***/ 9102:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ai: () => (/* binding */ EXIT_CODES),
  yo: () => (/* binding */ UserError),
  TV: () => (/* binding */ UserMessageError),
  dK: () => (/* binding */ debugEnabled),
  jV: () => (/* reexport */ formatPath),
  Vw: () => (/* binding */ formatProblem),
  Zs: () => (/* binding */ internalErrorText),
  TN: () => (/* reexport */ oneLine),
  l4: () => (/* binding */ problemAt),
  WU: () => (/* reexport */ show),
  dS: () => (/* binding */ sortProblems)
});

// UNUSED EXPORTS: REPORT_BUG_HINT, escapeControl, isUserError, safeLogLine, safeLogText

;// CONCATENATED MODULE: ./src/errors/safe-text.ts
/**
 * Neutralising untrusted text (ids, descriptions, messages quoting manifests, baselines, artifacts or configs)
 * before it reaches a terminal or a runner log.
 *
 * The runner executes a workflow command written at the start of a log line (`::error::…`, `::add-mask::…`, the
 * legacy `##[…]` form), and a terminal interprets escape sequences. So: every control character, line break
 * and Unicode line/paragraph separator is written as a visible escape (`\n`, `\x1b`, `\u2028`), which makes any
 * untrusted string one line; and a log line that would start with `::` or `##[` gets a leading backslash.
 */
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\0': '\\0' };
// C0 controls, DEL, C1 controls, and the Unicode separators/bidi controls that break or reorder a line.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
function escapeChar(c) {
    const named = NAMED[c];
    if (named)
        return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** Every control character, line break and separator written as a visible escape; the result is one line. */
function escapeControl(text) {
    return String(text).replace(CONTROL, escapeChar);
}
/** {@link escapeControl} of any value (non-strings via String()). */
function oneLine(value) {
    return escapeControl(typeof value === 'string' ? value : String(value));
}
const COMMAND_START = /^(\s*)(::|##\[)/;
/** One log line: escaped, and never the start of a workflow command. */
function safeLogLine(text) {
    return escapeControl(text).replace(COMMAND_START, '$1\\$2');
}
/**
 * A multi-line message whose line structure is ours (e.g. a list of problems, each already one line): every line
 * is made safe on its own, so no line can start a workflow command. Untrusted parts must still be escaped with
 * {@link oneLine} before they are joined, or their own line breaks would become lines here.
 */
function safeLogText(text) {
    return String(text)
        .split(/\r\n|\r|\n/)
        .map(safeLogLine)
        .join('\n');
}

;// CONCATENATED MODULE: ./src/errors/path.ts
/** Field paths of problems: where in a document (a manifest, a config, a baseline, a run report) a value is. */
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Field path for messages: `scenarios[2].parallelism.tensor`; keys that are not identifiers are quoted,
 * e.g. `scenarios[0].matrix["parallelism.tensor"][1]`.
 */
function formatPath(segments) {
    let out = '';
    for (const s of segments) {
        if (typeof s === 'number')
            out += `[${s}]`;
        else if (IDENT.test(s))
            out += out === '' ? s : `.${s}`;
        else
            out += `[${JSON.stringify(s)}]`;
    }
    return out;
}
/** A value as messages show it: JSON for data, `nothing` for undefined, at most 60 characters. */
function show(v) {
    if (v === undefined)
        return 'nothing';
    try {
        const s = JSON.stringify(v);
        return s.length > 60 ? `${s.slice(0, 57)}...` : s;
    }
    catch {
        return String(v);
    }
}

;// CONCATENATED MODULE: ./src/errors/index.ts
/**
 * One error model for the CLI and the action (docs/security.md, "Exit codes").
 *
 * - {@link Problem}: one user mistake, located (file, line, column, field path) with a message and a hint.
 * - {@link UserError}: the one base class of every user error (bad input, usage, a refused file or artifact);
 *   it carries every problem found, so all are listed at once. Exit code 2.
 * - Anything else that escapes a command is an internal error: exit 3, a one-line message and a hint to report
 *   it; the stack only with `--debug` or `RUNNER_DEBUG=1`.
 *
 * Messages are data, never parsed again: the location lives in the Problem's fields, so no code reads line and
 * column back out of message text.
 */



/** The exit codes of `genz` and of the action, one table (docs/security.md and README). */
const EXIT_CODES = {
    /** Success: the check passed its policy (or the command had no verdict). */
    ok: 0,
    /** The check failed its fail-on policy, or a scenario could not run. */
    failed: 1,
    /** Input error: every problem is listed with file, line, column and field; nothing was written. */
    input: 2,
    /** Internal error: a bug in genz-action; the message asks to report it. */
    internal: 3,
};
/** A problem at the start of a file (when no finer position is known). */
function problemAt(file, message, extra = {}) {
    return { file, line: extra.line ?? 1, column: extra.column ?? 1, fieldPath: extra.fieldPath ?? '', message, ...(extra.hint ? { hint: extra.hint } : {}) };
}
/**
 * `file:line:column: field: message (hint)` on one line, every part neutralised (control characters and line
 * breaks escaped), so a problem can be printed to a terminal or a log as it is.
 */
function formatProblem(p) {
    const field = p.fieldPath ? `${oneLine(p.fieldPath)}: ` : '';
    const hint = p.hint ? ` (hint: ${oneLine(p.hint)})` : '';
    return `${oneLine(p.file)}:${p.line}:${p.column}: ${field}${oneLine(p.message)}${hint}`;
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Sorted by file, line, column, field path and message, exact duplicates removed. */
function sortProblems(problems) {
    const seen = new Set();
    const out = [];
    for (const p of problems) {
        const key = JSON.stringify([p.file, p.line, p.column, p.fieldPath, p.message]);
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(p);
    }
    return out.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.fieldPath, b.fieldPath) || cmp(a.message, b.message));
}
/**
 * The base class of every user error: exit code 2, every problem listed. Subclasses only name the situation
 * (config, manifests, baselines, artifact, inputs); callers test `instanceof UserError`, never a list of classes.
 */
class UserError extends Error {
    problems;
    exitCode = EXIT_CODES.input;
    /** A headline for the list, e.g. "2 problems in the input". */
    headline;
    /**
     * `message` defaults to the formatted problems, one a line; a subclass that is one sentence about one file or
     * input passes its own (the problem still carries the location).
     */
    constructor(problems, options = {}) {
        const list = problems.length > 0 ? problems : [problemAt('(input)', options.message ?? 'invalid input')];
        super(options.message ?? list.map(formatProblem).join('\n'));
        this.name = 'UserError';
        this.problems = list;
        this.headline = options.headline ?? `${list.length} problem${list.length === 1 ? '' : 's'} in the input`;
    }
}
/**
 * A user error that is one sentence about one file or input: `where` names it (a path, "action inputs", "the
 * command line"); the message is kept as it is.
 */
class UserMessageError extends UserError {
    constructor(message, where = '(input)', extra = {}) {
        super([problemAt(where, message, extra)], { message, headline: 'a problem in the input' });
        this.name = 'UserMessageError';
    }
}
function isUserError(e) {
    return e instanceof UserError;
}
/** Whether stacks are shown: `--debug` or the runner's debug logging (RUNNER_DEBUG=1 / ACTIONS_STEP_DEBUG). */
function debugEnabled(env, flag = false) {
    return flag || env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG === 'true' || env.GENZ_DEBUG === '1';
}
const REPORT_BUG_HINT = 'this is a bug in genz-action: please report it to the genz-action maintainers with the command you ran (rerun with --debug, or RUNNER_DEBUG=1 in the action, for the stack)';
/** The one-line message of an internal error (exit 3); the stack is appended only in debug mode. */
function internalErrorText(e, debug) {
    const err = e instanceof Error ? e : new Error(String(e));
    const head = `internal error: ${oneLine(`${err.name}: ${err.message}`).slice(0, 500)}; ${REPORT_BUG_HINT}`;
    if (!debug || !err.stack)
        return head;
    // Only the frames: the message (already in the head) may hold anything.
    return `${head}\n${err.stack
        .split('\n')
        .filter((l) => /^\s+at /.test(l))
        .map((l) => oneLine(l))
        .join('\n')}`;
}


/***/ }),

/***/ 8001:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  wr: () => (/* binding */ TOOL_VERSION),
  eE: () => (/* binding */ reproducePrefix)
});

// UNUSED EXPORTS: githubRepositoryOf

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/pipeline/version.ts

/** The tool's release version (package.json), shown in reports. Not part of baselines. */
const TOOL_VERSION = package_namespaceObject.rE;
/**
 * OWNER/REPO of a package.json `repository` field on GitHub ("github:o/r", "https://github.com/o/r.git",
 * { url: "git+https://github.com/o/r.git" }, "o/r"), or null when it names no GitHub repository.
 */
function githubRepositoryOf(field) {
    const url = typeof field === 'string' ? field : typeof field === 'object' && field !== null ? field.url : null;
    if (typeof url !== 'string')
        return null;
    const m = /^(?:github:|git\+https:\/\/github\.com\/|https:\/\/github\.com\/|git:\/\/github\.com\/|git@github\.com:)?([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m && !/^(https?|git)/.test(m[1]) ? m[1] : null;
}
/**
 * The command that runs this genz-action, for the "reproduce locally" and refresh commands in reports. Never a
 * placeholder: in the action, the repository and ref it was used as (GITHUB_ACTION_REPOSITORY,
 * GITHUB_ACTION_REF: `npx --yes github:OWNER/REPO#REF`, running the bundled CLI, the package's `genz` bin); in
 * the CLI, the package.json `repository` at this version; without one, `npx genz` (the locally installed bin).
 * GENZ_REPRODUCE_PREFIX overrides all of them.
 */
function reproducePrefix(env, repository = package_namespaceObject.repository) {
    if (env.GENZ_REPRODUCE_PREFIX)
        return env.GENZ_REPRODUCE_PREFIX;
    if (env.GITHUB_ACTION_REPOSITORY)
        return `npx --yes github:${env.GITHUB_ACTION_REPOSITORY}${env.GITHUB_ACTION_REF ? `#${env.GITHUB_ACTION_REF}` : ''}`;
    const repo = githubRepositoryOf(repository);
    return repo ? `npx --yes github:${repo}#v${TOOL_VERSION}` : 'npx genz';
}


/***/ }),

/***/ 6171:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ SIMULATOR_VERSION)
/* harmony export */ });
/**
 * Version of the simulated numbers, recorded in every baseline entry. Bump it (and say why in the
 * CHANGELOG) whenever a change alters any metric for the same inputs: baselines written by another
 * version are then reported as "simulator changed" instead of as regressions of the scenario.
 * It is deliberately not the package version: a release that changes no number keeps baselines clean.
 */
const SIMULATOR_VERSION = 'genz-ts/2.0.0 (GenZ 091bdd0; corrected model, docs/model.md)';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

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
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".cli.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
