export const id = 255;
export const ids = [255];
export const modules = {

/***/ 1255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FEATURES_USAGE: () => (/* binding */ FEATURES_USAGE),
/* harmony export */   featuresCommand: () => (/* binding */ featuresCommand)
/* harmony export */ });
/* harmony import */ var _simulation_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4687);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1604);



const FEATURES_USAGE = `Usage: genz features [--json]

Lists the features a scenario can use (manifest \`features:\`, genz simulate --feature), each with its
category, whether it is on by default, its options (type, range, default) and the features it excludes
or needs. --json prints the same as JSON.
`;
function featuresCommand(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)(argv, { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } }, 'features');
    if (values.help) {
        io.stdout(FEATURES_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
    }
    if (values.json) {
        io.stdout(JSON.stringify(_simulation_index_js__WEBPACK_IMPORTED_MODULE_0__/* .FEATURES */ .Gv) + '\n');
        return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
    }
    let out = '';
    for (const f of _simulation_index_js__WEBPACK_IMPORTED_MODULE_0__/* .FEATURES */ .Gv) {
        out += `${f.name}  [${f.category}]${f.defaultOn ? ' (on by default)' : ''}\n  ${f.description}\n`;
        for (const o of f.options) {
            const dflt = o.default === undefined ? 'required' : `default ${JSON.stringify(o.default)}`;
            const range = [o.choices ? `one of ${o.choices.join('|')}` : null, o.min !== undefined ? `>= ${o.min}` : null, o.max !== undefined ? `<= ${o.max}` : null]
                .filter(Boolean)
                .join(', ');
            out += `    ${o.name} (${o.type}${range ? `, ${range}` : ''}; ${dflt}): ${o.description}\n`;
        }
        if (f.incompatible.length)
            out += `  not with: ${f.incompatible.join(', ')}\n`;
        if (f.requiresOneOf)
            out += `  needs one of: ${f.requiresOneOf.join(', ')}\n`;
        out += '\n';
    }
    io.stdout(out);
    return _io_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
}


/***/ })

};
