export const id = 584;
export const ids = [584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony export DEFAULT_USER_AGENT */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2270);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
/**
 * The one place that builds a GitHub REST client.
 *
 * It is @actions/github's Octokit (REST endpoint methods + pagination, proxy
 * aware) with two plugins:
 *   - @octokit/plugin-retry: retries server errors (5xx, network failures)
 *     with quadratic backoff; never retries 4xx answers that cannot change.
 *   - @octokit/plugin-throttling: on primary (`x-ratelimit-remaining: 0`) and
 *     secondary (`retry-after` / "secondary rate limit") limits it waits and
 *     retries a bounded number of times, then gives up so the job fails
 *     instead of hanging.
 */




const DEFAULT_USER_AGENT = 'genz-action';
/**
 * Statuses that a retry cannot fix. 429 is listed so that rate limits are
 * handled only by the throttling plugin (which honours `retry-after`).
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];
/** Without a logger: quiet, except warnings and errors go to stderr. */
const defaultLogger = {
    debug: () => { },
    info: () => { },
    warning: (message) => console.warn(message),
    error: (message) => console.error(message),
};
/** A stand-in for a Bottleneck group that runs jobs immediately (used when spaceWrites is off). */
function unthrottledGroup() {
    const limiter = {
        schedule: (_options, job, ...args) => Promise.resolve().then(() => job(...args)),
    };
    return { key: () => limiter };
}
function stringify(args) {
    return args.map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
}
function createGitHubClient(options) {
    if (!options.token)
        throw new Error('A GitHub token is required (input `github-token`, default `${{ github.token }}`).');
    const token = options.token;
    const log = options.log ?? defaultLogger;
    const safe = (message) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(message, token);
    const baseUrl = (options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const retries = options.retries ?? 3;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const timing = options.timing ?? {};
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount >= rateLimitRetries) {
            log.warning(safe(`GitHub ${kind} rate limit hit for ${what}; giving up after ${retryCount} retr${retryCount === 1 ? 'y' : 'ies'}.`));
            return false;
        }
        if (retryAfter > maxWait) {
            log.warning(safe(`GitHub ${kind} rate limit hit for ${what}; it resets in ${retryAfter}s, longer than the ${maxWait}s this action waits.`));
            return false;
        }
        log.warning(safe(`GitHub ${kind} rate limit hit for ${what}; retrying after ${retryAfter}s (retry ${retryCount + 1} of ${rateLimitRetries}).`));
        return true;
    };
    const throttle = {
        id: 'genz-action',
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: timing.rateLimitDelayUnitMs ?? 1000,
        ...(timing.spaceWrites === false ? { write: unthrottledGroup(), notifications: unthrottledGroup() } : {}),
    };
    // No `request` option on purpose: it would replace @actions/github's proxy-aware fetch.
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl,
        userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
        log: {
            debug: (...args) => log.debug(safe(stringify(args))),
            info: (...args) => log.info(safe(stringify(args))),
            warn: (...args) => log.warning(safe(stringify(args))),
            error: (...args) => log.error(safe(stringify(args))),
        },
        retry: { retries, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: timing.retryBaseDelayMs ?? 1000 },
        throttle,
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}


/***/ })

};
