export const id = 509;
export const ids = [509];
export const modules = {

/***/ 4509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runUpdate: () => (/* binding */ runUpdate)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8592);
/* harmony import */ var _pipeline_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6065);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(645);
/* harmony import */ var _sinks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5930);
/** mode: update — rewrite the baselines in the workspace (a later step commits them). */





async function runUpdate(run) {
    const { changes, failed } = await (0,_pipeline_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .updateBaselines */ .kL)((0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .pipelineOptions */ .vi)(run));
    const written = changes.filter((c) => c.outcome !== 'unchanged');
    let md = `### genz-action: baselines\n\n`;
    md += written.length === 0 ? 'Baselines are up to date.\n' : written.map((c) => `- ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(c.file)}: ${c.outcome}`).join('\n') + '\n';
    for (const f of failed)
        md += `\n> ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(f.scenario.id)} could not run: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(f.result.error?.message ?? 'unknown error')}\n`;
    await (0,_sinks_js__WEBPACK_IMPORTED_MODULE_4__.writeSummary)(run, md);
    _log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(written.length === 0 ? 'Baselines are up to date.' : `Rewrote ${written.length} baseline file(s): ${written.map((c) => c.file).join(', ')}`);
    await (0,_sinks_js__WEBPACK_IMPORTED_MODULE_4__.setOutputs)({
        status: written.length ? 'changed' : 'clean',
        regressions: 0,
        changed: written.length,
        reportJson: '',
        reportDir: (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .reportDir */ .Ei)(run),
        markdown: md,
        commentId: null,
    });
}


/***/ })

};
