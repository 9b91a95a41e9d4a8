export const id = 152;
export const ids = [152];
export const modules = {

/***/ 6152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readBaseBaselines: () => (/* binding */ readBaseBaselines)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _baselines_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5551);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9808);
/**
 * The base branch's committed baselines, so a regression "accepted" by refreshing baselines in the pull
 * request stays visible. From git when the base commit is in the checkout, else through the contents
 * API at the base SHA; a file absent at the base means no baseline there.
 */



function gitShow(cwd, sha, file) {
    try {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd, stdio: 'ignore' });
    }
    catch {
        return undefined; // the base commit is not in this (shallow) checkout
    }
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['show', `${sha}:${file}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
    }
    catch {
        return null; // not in the base commit
    }
}
/** Baseline files at the base commit, keyed by manifest; null entries are files absent there. */
async function readBaseBaselines(cwd, baselineOf, base, octokit, log) {
    const out = new Map();
    for (const [manifest, file] of baselineOf) {
        let text = gitShow(cwd, base.sha, file);
        if (text === undefined) {
            if (!octokit)
                continue;
            text = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readFileAtRef */ .ZR)(octokit, { owner: base.owner, repo: base.repo, path: file, ref: base.sha });
        }
        if (text === null) {
            out.set(manifest, null);
            continue;
        }
        try {
            out.set(manifest, (0,_baselines_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBaselineFile */ .f7)(text, `${file}@${base.sha.slice(0, 7)}`));
        }
        catch (e) {
            log(`ignoring the base branch's ${file}: ${e.message}`);
        }
    }
    return out;
}


/***/ })

};
