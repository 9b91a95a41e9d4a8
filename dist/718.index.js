export const id = 718;
export const ids = [718];
export const modules = {

/***/ 7718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullRequestOf: () => (/* binding */ pullRequestOf),
/* harmony export */   reportFileOf: () => (/* binding */ reportFileOf),
/* harmony export */   retrustReport: () => (/* binding */ retrustReport),
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8592);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9808);
/* harmony import */ var _run_report_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7771);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(645);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1729);
/* harmony import */ var _report_validation_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4400);
/* harmony import */ var _sinks_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5930);
/**
 * mode: post — the second half of the fork-safe flow. A workflow on `workflow_run` (base repository, write
 * token, no pull-request code) reads the RunReport the `pull_request` run uploaded and keeps the sticky comment.
 *
 * What it trusts: only the artifact's data (scenario ids and their numbers and verdicts), after strict
 * validation (report-validation.ts). The Markdown is rendered again here with the default template, never a
 * template from the pull request; summary, verdict and fail-on reasons are recomputed from the scenario diffs;
 * every string is escaped by the renderer. The pull request comes from GitHub, never from the artifact: the
 * event's `workflow_run.pull_requests`, else (always for forks) the open pull request whose head is
 * `workflow_run.head_sha`. A report for a commit that is no longer the pull request's head is not posted, so
 * runs finishing out of order cannot replace a newer comment with an older one.
 */









const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** The report file the `report` input names (a folder means its report.json). */
function reportFileOf(input, workspace) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, input);
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory())
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(abs, 'report.json');
    }
    catch {
        // reported when it is read
    }
    return abs;
}
/** The artifact's scenarios with summary, policy and verdict recomputed from them. */
function retrustReport(untrusted, label) {
    if (untrusted.shard) {
        throw _report_validation_js__WEBPACK_IMPORTED_MODULE_7__/* .ReportValidationError */ .gS.about(label, `the partial report of shard ${untrusted.shard.index} of ${untrusted.shard.total}: merge the shards (mode: merge) and upload the merged report`);
    }
    return (0,_run_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .finalizeReport */ .Fw)({ ...untrusted, policy: { failOn: untrusted.policy.failOn } });
}
/** The open pull request whose head is the upstream run's commit, or null. */
async function pullRequestOf(octokit, run, event) {
    const { owner, repo } = run.ctx.repository;
    // Listed by GitHub for same-repository branches. The list can name pull requests of other repositories
    // with the same branch name, so the number is checked against this repository.
    for (const listed of event.pullRequests.filter((p) => p.headSha === event.headSha)) {
        try {
            const pr = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .getPullRequest */ .T9)(octokit, { owner, repo, number: listed.number });
            if (pr.state === 'open' && pr.headSha === event.headSha && pr.baseRepoFullName.toLowerCase() === run.ctx.repository.fullName.toLowerCase())
                return pr.number;
        }
        catch (e) {
            if (!(0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .isNotFound */ .c4)(e))
                throw e;
        }
    }
    // Forks: the payload lists none. Ask which pull request has this commit as its head.
    const found = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .findPullRequestForCommit */ .g5)(octokit, { owner, repo, sha: event.headSha, headRepoFullName: event.headRepoFullName });
    return found?.number ?? null;
}
async function runPost(run) {
    const { inputs, ctx } = run;
    const octokit = await (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .requireClient */ .lv)(run);
    if (ctx.event.kind !== 'workflow_run') {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .InputValidationError */ .gK(`mode: post runs in a workflow triggered by workflow_run (this one was triggered by ${ctx.eventName}); see docs/workflows/pr-comment.yml`);
    }
    const event = ctx.event;
    if (inputs.template)
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .notice */ .lm('mode: post ignores the template input: the comment is rendered with the default template (the report comes from an untrusted run).');
    const file = reportFileOf(inputs.report, run.workspace);
    const label = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(run.workspace, file).startsWith('..') ? file : node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(run.workspace, file);
    // The project's limits when the workspace has its config (a checkout), else the defaults.
    const report = retrustReport((0,_report_validation_js__WEBPACK_IMPORTED_MODULE_7__/* .readRunReportFile */ .wc)(file, label, (0,_report_validation_js__WEBPACK_IMPORTED_MODULE_7__/* .artifactLimits */ .P6)(run.workspace, inputs.config)), label);
    let issueNumber = null;
    if (event.triggeringEvent !== null && !PR_EVENTS.has(event.triggeringEvent)) {
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`The upstream run was triggered by ${event.triggeringEvent}, not a pull request: nothing to comment on.`);
    }
    else {
        try {
            issueNumber = await pullRequestOf(octokit, run, event);
        }
        catch (e) {
            _log_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`Could not find the pull request of ${event.headSha.slice(0, 7)}: ${(0,_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .describeGitHubError */ .dZ)(e, 'listPullRequestsForCommit', { token: inputs.githubToken })}`);
        }
        if (issueNumber === null) {
            _log_js__WEBPACK_IMPORTED_MODULE_2__/* .notice */ .lm(`No open pull request has ${event.headSha.slice(0, 7)} as its head (closed, or pushed to since): the report is in the job summary only.`);
        }
        else {
            _log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Posting the report of ${event.headSha.slice(0, 7)} to #${issueNumber}.`);
        }
    }
    await (0,_sinks_js__WEBPACK_IMPORTED_MODULE_8__.publishReport)(run, report, {
        issueNumber,
        template: undefined,
        annotations: false,
        // The verdict belongs to the pull_request run; this workflow only posts it.
        failOnPolicy: false,
        forbiddenHint: 'The workflow on workflow_run needs `pull-requests: write` in its permissions block.',
    });
}


/***/ })

};
