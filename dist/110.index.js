export const id = 110;
export const ids = [110];
export const modules = {

/***/ 4110:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PRIMARY_LIMIT_MAX_WAIT_S: () => (/* binding */ PRIMARY_LIMIT_MAX_WAIT_S),
  PRIMARY_LIMIT_RETRIES: () => (/* binding */ PRIMARY_LIMIT_RETRIES),
  SECONDARY_LIMIT_RETRIES: () => (/* binding */ SECONDARY_LIMIT_RETRIES),
  apiBaseUrl: () => (/* binding */ apiBaseUrl),
  createOctokit: () => (/* binding */ createOctokit),
  graphqlBaseUrl: () => (/* binding */ graphqlBaseUrl),
  octokitApi: () => (/* binding */ octokitApi),
  throttleHandlers: () => (/* binding */ throttleHandlers),
  transport: () => (/* binding */ transport)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/action/http-fetch.ts
// The `fetch` octokit is given when no proxy applies: one request over node:http or node:https.
//
// Octokit calls fetch for every request, and @actions/github hands it undici's. Loading a fetch
// (undici as bundled, or Node's own) and making its first request costs 30\u201340 ms on Node 24,
// a fifth of a pull_request run's start-up; node:http costs a few. Octokit reads only the status, url,
// headers and the body as text or bytes (@octokit/request's fetch-wrapper), so this is that
// much of fetch: redirects followed as fetch follows them, gzip/deflate/br bodies decoded,
// aborts and network failures reported with the names and causes octokit looks for.
// With a proxy configured, @actions/github's own fetch is used instead (src/action/proxy.ts).



/** The status codes fetch follows, and how many hops it allows. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
/** undici's own header and body timeouts: a silent server fails the request after this. */
const IDLE_TIMEOUT_MS = 300_000;
/** Headers that do not follow a redirect to another origin (as fetch drops them). */
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language'];
/** Response headers: lower-case names, read with get() or iterated as [name, value] pairs. */
class ResponseHeaders {
    #values;
    constructor(distinct) {
        this.#values = new Map(Object.entries(distinct)
            .filter((e) => e[1] !== undefined)
            .map(([name, values]) => [name, values.join(', ')]));
    }
    get(name) {
        return this.#values.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.#values.has(name.toLowerCase());
    }
    [Symbol.iterator]() {
        return [...this.#values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator]();
    }
}
class FetchResponse {
    status;
    statusText;
    url;
    headers;
    redirected;
    bytes;
    constructor(status, statusText, url, headers, redirected, bytes) {
        this.status = status;
        this.statusText = statusText;
        this.url = url;
        this.headers = headers;
        this.redirected = redirected;
        this.bytes = bytes;
    }
    get ok() {
        return this.status >= 200 && this.status < 300;
    }
    async text() {
        return new TextDecoder().decode(this.bytes);
    }
    async json() {
        return JSON.parse(await this.text());
    }
    async arrayBuffer() {
        const copy = new ArrayBuffer(this.bytes.byteLength);
        new Uint8Array(copy).set(this.bytes);
        return copy;
    }
}
/** What fetch rejects with when the network fails: a TypeError whose cause says why. */
function fetchFailed(cause) {
    return new TypeError('fetch failed', { cause });
}
function abortError(signal) {
    const reason = signal.reason;
    return reason instanceof Error && reason.name === 'AbortError'
        ? reason
        : new DOMException('This operation was aborted', 'AbortError');
}
async function nodeFetch(input, init = {}) {
    let url = new URL(input);
    let method = (init.method ?? 'GET').toUpperCase();
    let body = init.body ?? undefined;
    const headers = {};
    for (const [name, value] of Object.entries(init.headers ?? {})) {
        headers[name.toLowerCase()] = value;
    }
    headers['accept-encoding'] ??= 'gzip, deflate, br';
    const signal = init.signal ?? undefined;
    for (let hops = 0;; hops++) {
        if (signal?.aborted)
            throw abortError(signal);
        const res = await send(url, method, headers, body, signal);
        const location = res.headers.location;
        if (!REDIRECTS.has(res.statusCode ?? 0) ||
            location === undefined ||
            init.redirect === 'manual') {
            return new FetchResponse(res.statusCode ?? 0, res.statusMessage ?? '', url.href, new ResponseHeaders(res.headersDistinct), hops > 0, await readBody(res, signal));
        }
        res.resume();
        if (init.redirect === 'error')
            throw fetchFailed(new Error('unexpected redirect'));
        if (hops === MAX_REDIRECTS)
            throw fetchFailed(new Error('redirect count exceeded'));
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
            throw fetchFailed(new Error(`redirect to ${next.protocol} URL`));
        }
        if (next.origin !== url.origin)
            for (const name of CREDENTIALS)
                delete headers[name];
        const status = res.statusCode;
        if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
            method = 'GET';
            body = undefined;
            for (const name of BODY_HEADERS)
                delete headers[name];
        }
        url = next;
    }
}
function send(url, method, headers, body, signal) {
    const client = url.protocol === 'https:' ? (external_node_https_default()) : url.protocol === 'http:' ? (external_node_http_default()) : undefined;
    if (!client)
        return Promise.reject(fetchFailed(new Error(`${url.protocol} is not supported`)));
    return new Promise((resolve, reject) => {
        const req = client.request(url, { method, headers, ...(signal ? { signal } : {}) });
        req.setTimeout(IDLE_TIMEOUT_MS, () => req.destroy(new Error('request timed out')));
        req.once('response', resolve);
        req.once('error', (err) => reject(signal?.aborted ? abortError(signal) : fetchFailed(err)));
        req.end(body);
    });
}
function readBody(res, signal) {
    const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
    return new Promise((resolve, reject) => {
        const chunks = [];
        const fail = (err) => reject(signal?.aborted ? abortError(signal) : fetchFailed(err));
        res.on('data', (c) => chunks.push(c));
        res.once('error', fail);
        res.once('aborted', () => fail(new Error('the response was cut off')));
        res.once('end', () => {
            const raw = Buffer.concat(chunks);
            decode(raw, encoding).then(resolve, fail);
        });
    });
}
function decode(raw, encoding) {
    const inflate = (fn) => new Promise((resolve, reject) => fn(raw, (e, r) => (e ? reject(e) : resolve(r))));
    if (raw.length === 0)
        return Promise.resolve(raw);
    switch (encoding) {
        case 'gzip':
        case 'x-gzip':
            return inflate((external_node_zlib_default()).gunzip);
        case 'deflate':
            // zlib-wrapped, as the standard says, or raw deflate, as some servers send it.
            return inflate(raw[0] % 16 === 8 ? (external_node_zlib_default()).inflate : (external_node_zlib_default()).inflateRaw);
        case 'br':
            return inflate((external_node_zlib_default()).brotliDecompress);
        default:
            return Promise.resolve(raw);
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __webpack_require__(9783);
;// CONCATENATED MODULE: ./src/action/proxy.ts
// Whether the API is reached through a proxy: the rule @actions/github applies (its
// @actions/http-client's getProxyUrl: https_proxy/HTTPS_PROXY for an https URL, http_proxy/
// HTTP_PROXY for http, none for loopback hosts or a host NO_PROXY names), read from the same
// environment at the time the client is made.

function usesProxy(url) {
    return Boolean((0,proxy/* getProxyUrl */.s)(new URL(url))?.hostname);
}

;// CONCATENATED MODULE: ./src/action/octokit.ts
// Octokit with the retry and throttling plugins: loaded only when a run makes an API request
// (see createApi in github.ts), since compiling it is most of the Action's start-up.





/** Retries for the secondary rate limit (abuse detection) and the primary one. */
const SECONDARY_LIMIT_RETRIES = 2;
const PRIMARY_LIMIT_RETRIES = 1;
/** Waiting longer than this for the primary limit to reset would only keep the job hanging. */
const PRIMARY_LIMIT_MAX_WAIT_S = 120;
function throttleHandlers(log) {
    return {
        onRateLimit: (retryAfter, options, _octokit, retryCount) => {
            const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
            if (retryCount < PRIMARY_LIMIT_RETRIES && retryAfter <= PRIMARY_LIMIT_MAX_WAIT_S) {
                log.info(`GitHub API rate limit reached for ${what}; retrying in ${retryAfter} s`);
                return true;
            }
            log.warning(`GitHub API rate limit reached for ${what}; not retrying`);
            return false;
        },
        onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
            const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
            if (retryCount < SECONDARY_LIMIT_RETRIES) {
                log.info(`GitHub API secondary rate limit for ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${SECONDARY_LIMIT_RETRIES})`);
                return true;
            }
            log.warning(`GitHub API secondary rate limit for ${what}; giving up after ${retryCount} retries`);
            return false;
        },
    };
}
/** The REST API's root: GITHUB_API_URL on the runner (GitHub Enterprise Server too). */
function apiBaseUrl(env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** GraphQL lives at /api/graphql on GitHub Enterprise Server, beside /api/v3. */
function graphqlBaseUrl(restBase) {
    return restBase.replace(/\/api\/v3$/, '/api');
}
/**
 * An octokit with the retry and throttling plugins. @actions/github already takes its base
 * URL from GITHUB_API_URL (read once, when the module loads); it is passed explicitly here
 * as well, from the environment the run was given, so that GitHub Enterprise Server works
 * without configuration and tests can show it.
 */
function createOctokit(token, log, env = process.env, 
/** Further octokit options (tests pass `request.fetch`). */
extra = {}) {
    const baseUrl = apiBaseUrl(env);
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl,
        retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: throttleHandlers(log),
        ...transport(baseUrl),
        ...extra,
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/**
 * How requests to `baseUrl` travel. Without a proxy, over node:http(s) (http-fetch.ts); through
 * one, over @actions/github's undici fetch (its default), which the build loads only then
 * (scripts/lazy-proxy.mjs). Octokit merges its options shallowly: any `request` of ours would
 * replace @actions/github's, proxy and all, so there is none in that case.
 */
function transport(baseUrl) {
    return usesProxy(baseUrl) ? {} : { request: { fetch: nodeFetch } };
}
/**
 * GitHubApi over octokit. Every request gets a `request` options object of its own: octokit
 * otherwise hands each request the client's shared one, and @octokit/plugin-retry keeps its
 * retry count there (`options.request.retryCount`), so a request that failed earlier in the
 * run (even a 404 it does not retry) made the next request's retry wait (n + 1)\u00b2 seconds
 * instead of 1 s.
 */
function octokitApi(token, log, env = process.env, extra = {}) {
    const octokit = createOctokit(token, log, env, extra);
    const graphqlBase = graphqlBaseUrl(apiBaseUrl(env));
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
        // octokit.graphql finds /api/graphql beside /api/v3 itself; `request` as above.
        graphql: (query, variables = {}) => octokit.graphql(query, { ...variables, request: {} }),
    };
}


/***/ })

};
