export const id = 701;
export const ids = [701];
export const modules = {

/***/ 2701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RefreshCommitError: () => (/* binding */ RefreshCommitError),
/* harmony export */   describeRefresh: () => (/* binding */ describeRefresh),
/* harmony export */   parseRefreshCommand: () => (/* binding */ parseRefreshCommand),
/* harmony export */   refreshAndCommit: () => (/* binding */ refreshAndCommit),
/* harmony export */   runRefresh: () => (/* binding */ runRefresh)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8592);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9808);
/* harmony import */ var _pipeline_pipeline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6065);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4031);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(645);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1729);
/* harmony import */ var _sinks_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5930);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9102);
/**
 * mode: refresh — rewrite the baselines and commit them to a branch through the contents API.
 *
 * On `issue_comment`: a comment whose first line is `/genz update-baselines [filter]` on a pull request.
 * The commenter's permission is asked from GitHub (write, maintain or admin; `author_association` says nothing
 * about write access). Refused with a reply (and a 😕 reaction): readers, closed pull requests, branches in
 * forks (the token cannot push there), a workspace that is not at the pull request's head, and nothing to
 * change. Otherwise the baselines are rewritten in the workspace (the workflow checks out the pull request's
 * head), each changed file is committed to the head branch with the blob sha it had at checkout (a file
 * changed on the branch since is not overwritten), the comment gets a 👍 and a reply lists what changed.
 * Other comments are ignored quietly.
 *
 * On `workflow_dispatch`: the same refresh and commits for the input `branch` (default: the dispatched branch).
 */











const COMMAND = /^\/genz[ \t]+update-baselines(?:[ \t]+(\S+))?[ \t]*$/;
const FILTER = /^[A-Za-z0-9._*?/-]{1,200}$/;
/** The command in a comment's first line: `{ filter }` (undefined: every scenario), or null when it is not the command. */
function parseRefreshCommand(body) {
    const first = body.replace(/^\s+/, '').split(/\r?\n/, 1)[0] ?? '';
    const m = COMMAND.exec(first.trimEnd());
    return m ? { filter: m[1] } : null;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function gitHead(cwd) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
    }
    catch {
        return null;
    }
}
const toPosix = (p) => p.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
/**
 * Rewrites the baselines in the workspace and commits every changed file to `branch`, one commit per file,
 * each only if the branch still has the file as it was in the workspace before the rewrite.
 */
async function refreshAndCommit(run, params) {
    const octokit = await (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .requireClient */ .lv)(run);
    const opts = (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .pipelineOptions */ .vi)(run, { filter: params.filter });
    const project = (0,_pipeline_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .loadProject */ .gi)(opts);
    const root = project.config.root;
    const before = new Map();
    for (const file of project.baselineOf.values()) {
        try {
            before.set(file, (0,_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .gitBlobSha */ .Ak)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, file))));
        }
        catch {
            before.set(file, null);
        }
    }
    const { changes, failed } = await (0,_pipeline_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .updateBaselines */ .kL)(opts);
    const written = changes.filter((c) => c.outcome !== 'unchanged');
    const files = [];
    const message = params.message(written.length);
    for (const change of written) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, change.file);
        const repoPath = toPosix(node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(run.workspace, abs));
        if (repoPath.startsWith('../'))
            throw new Error(`${abs} is outside the workspace ${run.workspace}; cannot commit it`);
        try {
            const r = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileOnBranch */ .tT)(octokit, {
                owner: run.ctx.repository.owner,
                repo: run.ctx.repository.repo,
                branch: params.branch,
                path: repoPath,
                content: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(abs),
                message,
                expectedSha: before.get(change.file) ?? null,
            });
            files.push({ path: repoPath, change, commitSha: r.commitSha });
            _log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Committed ${repoPath} to ${params.branch} (${r.commitSha.slice(0, 7)}).`);
        }
        catch (e) {
            const done = files.length ? ` Already committed: ${files.map((f) => f.path).join(', ')}.` : '';
            throw new RefreshCommitError(`Could not commit ${repoPath} to ${params.branch}: ${(0,_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .describeGitHubError */ .dZ)(e, 'writeContents', { token: run.inputs.githubToken })}${done}`);
        }
    }
    return { files, failed };
}
class RefreshCommitError extends _errors_index_js__WEBPACK_IMPORTED_MODULE_10__/* .UserMessageError */ .TV {
    constructor(message) {
        super(message, 'baseline refresh');
        this.name = 'RefreshCommitError';
    }
}
function idList(ids, max = 20) {
    const shown = ids
        .slice(0, max)
        .map((id) => (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(id))
        .join(', ');
    return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}
/** What changed, as Markdown: one line per file, then the scenarios that could not run. */
function describeRefresh(result) {
    const lines = result.files.map(({ path: p, change }) => {
        const parts = [];
        if (change.changed.length)
            parts.push(`changed ${idList(change.changed)}`);
        if (change.added.length)
            parts.push(`added ${idList(change.added)}`);
        if (change.removed.length)
            parts.push(`removed ${idList(change.removed)}`);
        return `- ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(p)} (${change.outcome})${parts.length ? `: ${parts.join('; ')}` : ''}`;
    });
    for (const f of result.failed.slice(0, 20)) {
        lines.push(`- ⚠️ ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(f.scenario.id)} could not run (${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(f.result.error?.message ?? 'unknown error')}); its old entry was kept`);
    }
    return lines.join('\n');
}
const NO_NEW_RUN_NOTE = "Commits pushed with the workflow's `GITHUB_TOKEN` start no new workflow runs, so the checks of this pull request still show the " +
    'old result: push another commit or re-run them (or let the refresh workflow use a GitHub App token, see docs/workflows/refresh.yml).';
async function react(run, commentId, content) {
    try {
        await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .reactToComment */ .QO)(await (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .requireClient */ .lv)(run), { owner: run.ctx.repository.owner, repo: run.ctx.repository.repo, commentId, content });
    }
    catch (e) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`Could not react to the comment: ${(0,_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .describeGitHubError */ .dZ)(e, 'addReaction', { token: run.inputs.githubToken })}`);
    }
}
async function reply(run, issueNumber, body) {
    await (0,_sinks_js__WEBPACK_IMPORTED_MODULE_9__.writeSummary)(run, `### genz-action: refresh baselines\n\n${body}\n`);
    try {
        await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .createIssueComment */ .D$)(await (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .requireClient */ .lv)(run), { owner: run.ctx.repository.owner, repo: run.ctx.repository.repo, issueNumber, body });
    }
    catch (e) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`Could not reply on #${issueNumber}: ${(0,_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .describeGitHubError */ .dZ)(e, 'createComment', { token: run.inputs.githubToken })}`);
    }
}
async function outputs(run, status, changed, markdown) {
    await (0,_sinks_js__WEBPACK_IMPORTED_MODULE_9__.setOutputs)({ status, regressions: 0, changed, reportJson: '', reportDir: (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .reportDir */ .Ei)(run), markdown, commentId: null });
}
async function refreshFromComment(run, event) {
    const { owner, repo } = run.ctx.repository;
    const octokit = await (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .requireClient */ .lv)(run);
    const ignore = async (why) => {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Nothing to do: ${why}.`);
        await outputs(run, 'ignored', 0, '');
    };
    if (event.action !== null && event.action !== 'created')
        return ignore(`the comment was ${event.action}, not created`);
    const command = parseRefreshCommand(event.comment.body);
    if (!command)
        return ignore('the comment is not a /genz update-baselines command');
    if (!event.isPullRequest)
        return ignore(`#${event.issueNumber} is an issue, not a pull request`);
    const user = event.comment.author;
    const number = event.issueNumber;
    const refuse = async (why) => {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .notice */ .lm(`Baselines not refreshed: ${why}`);
        await react(run, event.comment.id, 'confused');
        await reply(run, number, `@${user} ${why}`);
        await outputs(run, 'refused', 0, why);
    };
    const permission = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .getRepositoryPermission */ .gf)(octokit, { owner, repo, username: user });
    if (!(0,_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .canWrite */ ._4)(permission)) {
        return refuse(`refreshing baselines needs write access to ${owner}/${repo}; your permission is ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(permission.role ?? permission.permission)}. Ask a maintainer to comment ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)('/genz update-baselines')}.`);
    }
    if (command.filter !== undefined && !FILTER.test(command.filter)) {
        return refuse(`the filter ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(command.filter)} is not a scenario id glob (letters, digits, ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)('. _ - / * ?')}).`);
    }
    const pr = await (0,_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .getPullRequest */ .T9)(octokit, { owner, repo, number });
    if (pr.state !== 'open')
        return refuse(`#${number} is ${pr.state}; baselines are refreshed on open pull requests only.`);
    if (pr.isFork) {
        return refuse(`this pull request's branch lives in ${pr.headRepoFullName ? (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(pr.headRepoFullName) : 'a deleted fork'}, which this workflow's token cannot push to. ` +
            `Refresh the baselines locally (${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)('npx genz update')}) and push them to the branch.`);
    }
    const head = gitHead(run.workspace);
    if (head === null) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e('The workspace is not a git checkout: cannot check that it is at the pull request head (files changed on the branch since are still never overwritten).');
    }
    else if (head !== pr.headSha) {
        return refuse(`the workflow checked out ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(head.slice(0, 7))} but the head of #${number} is ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(pr.headSha.slice(0, 7))} ` +
            `(pushed to since the command, or the workflow checks out another ref: it must check out ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(`refs/pull/${number}/head`)}). Comment the command again.`);
    }
    let result;
    try {
        result = await refreshAndCommit(run, {
            branch: pr.headRef,
            filter: command.filter,
            message: (n) => `genz: refresh baselines (${plural(n, 'file')}) requested by @${user} in #${number}`,
        });
    }
    catch (e) {
        if (!(e instanceof RefreshCommitError))
            throw e;
        await react(run, event.comment.id, 'confused');
        await reply(run, number, `@${user} the baselines could not be committed: ${e.message}`);
        throw e;
    }
    const scope = command.filter ? ` for ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(command.filter)}` : '';
    if (result.files.length === 0) {
        return refuse(`the baselines${scope} are already up to date: nothing to commit.${result.failed.length ? `\n\n${describeRefresh(result)}` : ''}`);
    }
    const body = `@${user} refreshed the baselines${scope} on ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(pr.headRef)}: ${plural(result.files.length, 'file')} committed.\n\n` +
        `${describeRefresh(result)}\n\n${NO_NEW_RUN_NOTE}`;
    await react(run, event.comment.id, '+1');
    await reply(run, number, body);
    await outputs(run, 'committed', result.files.length, body);
}
async function refreshFromDispatch(run) {
    const { env, inputs } = run;
    const dispatched = env.GITHUB_REF?.startsWith('refs/heads/') ? env.GITHUB_REF.slice('refs/heads/'.length) : undefined;
    const branch = inputs.branch ?? dispatched;
    if (!branch)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .InputValidationError */ .gK(`input 'branch' is required: the workflow was dispatched on ${env.GITHUB_REF ?? 'an unknown ref'}, which is not a branch`);
    const actor = env.GITHUB_ACTOR || 'unknown';
    const result = await refreshAndCommit(run, {
        branch,
        filter: undefined,
        message: (n) => `genz: refresh baselines (${plural(n, 'file')}) requested by @${actor} via workflow_dispatch`,
    });
    const body = result.files.length === 0
        ? `The baselines on ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(branch)} are up to date: nothing to commit.${result.failed.length ? `\n\n${describeRefresh(result)}` : ''}`
        : `Refreshed the baselines on ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(branch)}: ${plural(result.files.length, 'file')} committed.\n\n${describeRefresh(result)}\n\n${NO_NEW_RUN_NOTE}`;
    await (0,_sinks_js__WEBPACK_IMPORTED_MODULE_9__.writeSummary)(run, `### genz-action: refresh baselines\n\n${body}\n`);
    _log_js__WEBPACK_IMPORTED_MODULE_3__/* .rawBlock */ .SH(body);
    await outputs(run, result.files.length ? 'committed' : 'unchanged', result.files.length, body);
}
async function runRefresh(run) {
    const { ctx } = run;
    if (ctx.event.kind === 'issue_comment')
        return refreshFromComment(run, ctx.event);
    if (ctx.eventName === 'workflow_dispatch')
        return refreshFromDispatch(run);
    throw new _inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .InputValidationError */ .gK(`mode: refresh runs on issue_comment (the /genz update-baselines command) or workflow_dispatch events, not ${ctx.eventName}; see docs/workflows/refresh.yml`);
}


/***/ })

};
