export const id = 191;
export const ids = [191];
export const modules = {

/***/ 9191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit),
/* harmony export */   octokitApi: () => (/* binding */ octokitApi)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6339);
// Octokit with the retry and throttling plugins: loaded only when a run makes an API request
// (see createApi in github.ts), since compiling it is most of the Action's start-up.




/**
 * An octokit with the retry and throttling plugins. @actions/github already takes its base
 * URL from GITHUB_API_URL (read once, when the module loads); it is passed explicitly here
 * as well, from the environment the run was given, so that GitHub Enterprise Server works
 * without configuration and tests can show it.
 */
function createOctokit(token, log, env = process.env, 
/** Further octokit options (tests pass `request.fetch`). */
extra = {}) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: (0,_github_js__WEBPACK_IMPORTED_MODULE_1__/* .apiBaseUrl */ .tj)(env),
        retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: (0,_github_js__WEBPACK_IMPORTED_MODULE_1__/* .throttleHandlers */ .OW)(log),
        ...extra,
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}
/**
 * GitHubApi over octokit. Every request gets a `request` options object of its own: octokit
 * otherwise hands each request the client's shared one, and @octokit/plugin-retry keeps its
 * retry count there (`options.request.retryCount`), so a request that failed earlier in the
 * run (even a 404 it does not retry) made the next request's retry wait (n + 1)² seconds
 * instead of 1 s.
 */
function octokitApi(token, log, env = process.env, extra = {}) {
    const octokit = createOctokit(token, log, env, extra);
    const graphqlBase = (0,_github_js__WEBPACK_IMPORTED_MODULE_1__/* .graphqlBaseUrl */ ._A)((0,_github_js__WEBPACK_IMPORTED_MODULE_1__/* .apiBaseUrl */ .tj)(env));
    return {
        request: (route, params = {}) => {
            const own = params.request;
            const request = own !== null && typeof own === 'object' ? { ...own } : {};
            return octokit.request(route, {
                ...params,
                request,
                ...(route === 'POST /graphql' ? { baseUrl: graphqlBase } : {}),
            });
        },
    };
}


/***/ })

};
