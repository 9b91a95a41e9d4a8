export const id = 224;
export const ids = [224];
export const modules = {

/***/ 3224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HARDWARE_USAGE: () => (/* binding */ HARDWARE_USAGE),
/* harmony export */   MODELS_USAGE: () => (/* binding */ MODELS_USAGE),
/* harmony export */   hardwareCommand: () => (/* binding */ hardwareCommand),
/* harmony export */   hardwareListing: () => (/* binding */ hardwareListing),
/* harmony export */   modelListing: () => (/* binding */ modelListing),
/* harmony export */   modelsCommand: () => (/* binding */ modelsCommand)
/* harmony export */ });
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(790);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
/**
 * `genz hardware` and `genz models`: list the built-in hardware presets (with their datasheet figures) and
 * the model catalog. Read-only; data comes from data/systems.json and data/models.json through the core.
 */




const HARDWARE_USAGE = `Usage: genz hardware [NAME...] [--json]

Lists the hardware presets a manifest can name, with their public datasheet figures: memory per device
(as printed, GB = 1e9 bytes, GiB = 2^30 bytes), memory bandwidth, peak DENSE tensor rate per precision
the hardware runs natively (TFLOPS; TOPS for int8/int4), scale-up link, its bandwidth per device (both
directions, GB/s) and domain size, aliases, and the source of the figures. The GenZ columns are the
numbers the simulation uses (GenZ units: Flops TFLOPS, memory GB of 2^30 bytes, bandwidth GB/s of 2^30
bytes/s, ICN one direction).

NAME filters the list (a preset name or alias, any case). --json prints the same as JSON.
`;
const MODELS_USAGE = `Usage: genz models [NAME...] [--json]

Lists the model catalog: canonical name, layers, hidden size, attention heads / KV heads, head size,
FFN width, experts (total / active per token), Mamba layers, and the aliases a manifest may use.
NAME filters the list (a catalog name or alias, any case). --json prints the same as JSON.
`;
/** Terminal output is plain ASCII: anything else becomes '?'. */
function ascii(text) {
    return text.replace(/[^\x20-\x7e\n]/g, '?');
}
function fmt(n) {
    if (n === null || n === undefined)
        return '-';
    return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
const PRECISION_COLUMNS = ['bf16', 'fp8', 'fp6', 'fp4', 'int8', 'int4'];
function hardwareListing(name) {
    const d = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .presetDatasheet */ .fb)(name);
    const s = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .presetSpec */ .d8)(name);
    return {
        name,
        device: d.device,
        aliases: [...d.aliases],
        memory_gb: d.memoryGb,
        memory_unit: d.memoryUnit,
        memory_type: d.memoryType,
        memory_bw_GBps: d.memoryBwGBps,
        peak_tflops: { ...d.peakTflops },
        scale_up: {
            link: d.scaleUp.link,
            bw_GBps: d.scaleUp.bwGBps,
            domain: d.scaleUp.domain,
            ...(d.scaleUp.domainNote !== undefined ? { domain_note: d.scaleUp.domainNote } : {}),
        },
        genz: {
            flops_tflops: s.flops,
            memory_size_GB: s.off_chip_mem_size / 1024,
            memory_bw_GBps: s.offchip_mem_bw,
            icn_GBps: s.interchip_link_bw,
            icn_latency_us: s.interchip_link_latency,
        },
        source: d.source,
        ...(d.notes !== undefined ? { notes: d.notes } : {}),
    };
}
function selectNames(positionals, all, lookup, what) {
    if (positionals.length === 0)
        return [...all];
    const out = [];
    for (const p of positionals) {
        const name = lookup(p);
        if (name === undefined)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown ${what} '${ascii(p)}' (run without arguments to list them)`);
        if (!out.includes(name))
            out.push(name);
    }
    return out;
}
/**
 * The shared shape of the listing commands: `--help`, names (or all), `--json`; returns the selected listings
 * for the text table, or null when the command has already answered.
 */
function listing(argv, io, usage, all, lookup, what, describe) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)(argv, { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } }, what === 'model' ? 'models' : 'hardware', true);
    if (values.help) {
        io.stdout(usage);
        return null;
    }
    const list = selectNames(positionals, all, lookup, what).map(describe);
    if (values.json) {
        io.stdout(JSON.stringify(list) + '\n');
        return null;
    }
    return list;
}
function hardwareCommand(argv, io) {
    const list = listing(argv, io, HARDWARE_USAGE, _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PRESET_NAMES */ .dO, _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupPreset */ .cR, 'hardware', hardwareListing);
    if (list === null)
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
    const columns = [
        { header: 'Preset' },
        { header: 'Memory', align: 'right' },
        { header: 'Mem BW GB/s', align: 'right' },
        ...PRECISION_COLUMNS.map((p) => ({ header: p, align: 'right' })),
        { header: 'Scale-up' },
        { header: 'GB/s', align: 'right' },
        { header: 'Domain', align: 'right' },
    ];
    const rows = list.map((h) => [
        h.name,
        `${fmt(h.memory_gb)} ${h.memory_unit}`,
        fmt(h.memory_bw_GBps),
        ...PRECISION_COLUMNS.map((p) => fmt(h.peak_tflops[p])),
        h.scale_up.link,
        fmt(h.scale_up.bw_GBps),
        fmt(h.scale_up.domain),
    ]);
    let out = 'Peak dense tensor rates in TFLOPS (TOPS for int8/int4); "-" = not native. Scale-up GB/s: per device, both directions.\n\n';
    out += (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTable */ .bo)(columns, rows);
    for (const h of list) {
        out += `\n${h.name}: ${h.device}\n`;
        out += `  aliases: ${h.aliases.length ? h.aliases.join(', ') : '-'}\n`;
        out += `  memory: ${fmt(h.memory_gb)} ${h.memory_unit} ${h.memory_type}, ${fmt(h.memory_bw_GBps)} GB/s\n`;
        out += `  scale-up: ${h.scale_up.link}, ${h.scale_up.bw_GBps === null ? 'bandwidth not printed' : `${fmt(h.scale_up.bw_GBps)} GB/s`}, domain ${fmt(h.scale_up.domain)}${h.scale_up.domain_note ? ` (${h.scale_up.domain_note})` : ''}\n`;
        out += `  GenZ: Flops ${fmt(h.genz.flops_tflops)} TFLOPS, Memory_size ${fmt(h.genz.memory_size_GB)} GB, Memory_BW ${fmt(h.genz.memory_bw_GBps)} GB/s, ICN ${fmt(h.genz.icn_GBps)} GB/s, ICN_LL ${fmt(h.genz.icn_latency_us)} us\n`;
        out += `  source: ${h.source}\n`;
        if (h.notes)
            out += `  notes: ${h.notes}\n`;
    }
    io.stdout(ascii(out));
    return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
}
const ALIASES_BY_MODEL = (() => {
    const m = new Map();
    for (const alias of _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MODEL_ALIASES */ .Td) {
        const canonical = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalModelName */ .V_)(alias);
        if (alias === canonical.toLowerCase())
            continue;
        const list = m.get(canonical) ?? [];
        list.push(alias);
        m.set(canonical, list);
    }
    return m;
})();
function modelListing(name) {
    const m = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveModel */ .AX)(name);
    const moe = m.isMoe;
    return {
        name,
        aliases: [...(ALIASES_BY_MODEL.get(name) ?? [])].sort(),
        layers: m.numLayers,
        hidden_size: m.hiddenSize,
        attention_heads: m.numHeads,
        kv_heads: m.numKvHeads,
        head_dim: m.headDim,
        intermediate_size: m.intermediateSize,
        vocab_size: m.vocabSize,
        experts: moe ? m.numExperts : 0,
        experts_per_token: moe ? m.expertTopK : 0,
        mamba_layers: m.isMamba ? Math.round((m.numLayers * m.layerTypes.filter(([mixer]) => mixer === 'Mamba').length) / m.layerTypes.length) : 0,
    };
}
function modelsCommand(argv, io) {
    const list = listing(argv, io, MODELS_USAGE, _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MODEL_NAMES */ .BQ, _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalModelName */ .V_, 'model', modelListing);
    if (list === null)
        return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
    const r = 'right';
    const columns = [
        { header: 'Model' },
        { header: 'Layers', align: r },
        { header: 'Hidden', align: r },
        { header: 'Heads/KV', align: r },
        { header: 'Head dim', align: r },
        { header: 'FFN', align: r },
        { header: 'Experts', align: r },
        { header: 'Mamba', align: r },
        { header: 'Aliases' },
    ];
    const rows = list.map((m) => [
        m.name,
        fmt(m.layers),
        fmt(m.hidden_size),
        `${m.attention_heads}/${m.kv_heads}`,
        fmt(m.head_dim),
        fmt(m.intermediate_size),
        m.experts ? `${m.experts} (top ${m.experts_per_token})` : '-',
        m.mamba_layers ? fmt(m.mamba_layers) : '-',
        m.aliases.join(', ') || '-',
    ]);
    io.stdout(ascii(`${list.length} model${list.length === 1 ? '' : 's'}\n\n` + (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTable */ .bo)(columns, rows)));
    return _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
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
/* harmony import */ var _inference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4620);
/* harmony import */ var _architecture_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6632);
/**
 * The simulation core: a pure TypeScript implementation of the GenZ analytical (roofline) model of LLM
 * inference. No I/O, no global mutable state; inputs are never mutated.
 */














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
