// The `fetch` octokit is given when no proxy applies: one request over node:http or node:https.
//
// Octokit calls fetch for every request, and @actions/github hands it undici's. Loading a fetch
// (undici as bundled, or Node's own) and making its first request costs 30–40 ms on Node 24,
// a fifth of a pull_request run's start-up; node:http costs a few. Octokit reads only the status, url,
// headers and the body as text or bytes (@octokit/request's fetch-wrapper), so this is that
// much of fetch: redirects followed as fetch follows them, gzip/deflate/br bodies decoded,
// aborts and network failures reported with the names and causes octokit looks for.
// With a proxy configured, @actions/github's own fetch is used instead (src/action/proxy.ts).

import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';

export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  signal?: AbortSignal | null;
  redirect?: 'follow' | 'manual' | 'error';
}

/** The status codes fetch follows, and how many hops it allows. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
/** undici's own header and body timeouts: a silent server fails the request after this. */
const IDLE_TIMEOUT_MS = 300_000;
/** Headers that do not follow a redirect to another origin (as fetch drops them). */
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language'];

/** Response headers: lower-case names, read with get() or iterated as [name, value] pairs. */
export class ResponseHeaders implements Iterable<[string, string]> {
  readonly #values: Map<string, string>;
  constructor(distinct: NodeJS.Dict<string[]>) {
    this.#values = new Map(
      Object.entries(distinct)
        .filter((e): e is [string, string[]] => e[1] !== undefined)
        .map(([name, values]) => [name, values.join(', ')]),
    );
  }
  get(name: string): string | null {
    return this.#values.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.#values.has(name.toLowerCase());
  }
  [Symbol.iterator](): Iterator<[string, string]> {
    return [...this.#values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator]();
  }
}

export class FetchResponse {
  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly url: string,
    readonly headers: ResponseHeaders,
    readonly redirected: boolean,
    private readonly bytes: Buffer,
  ) {}
  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  async text(): Promise<string> {
    return new TextDecoder().decode(this.bytes);
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const copy = new ArrayBuffer(this.bytes.byteLength);
    new Uint8Array(copy).set(this.bytes);
    return copy;
  }
}

/** What fetch rejects with when the network fails: a TypeError whose cause says why. */
function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

function abortError(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  return reason instanceof Error && reason.name === 'AbortError'
    ? reason
    : new DOMException('This operation was aborted', 'AbortError');
}

export async function nodeFetch(input: string | URL, init: FetchInit = {}): Promise<FetchResponse> {
  let url = new URL(input);
  let method = (init.method ?? 'GET').toUpperCase();
  let body = init.body ?? undefined;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(init.headers ?? {})) {
    headers[name.toLowerCase()] = value;
  }
  headers['accept-encoding'] ??= 'gzip, deflate, br';
  const signal = init.signal ?? undefined;
  for (let hops = 0; ; hops++) {
    if (signal?.aborted) throw abortError(signal);
    const res = await send(url, method, headers, body, signal);
    const location = res.headers.location;
    if (
      !REDIRECTS.has(res.statusCode ?? 0) ||
      location === undefined ||
      init.redirect === 'manual'
    ) {
      return new FetchResponse(
        res.statusCode ?? 0,
        res.statusMessage ?? '',
        url.href,
        new ResponseHeaders(res.headersDistinct),
        hops > 0,
        await readBody(res, signal),
      );
    }
    res.resume();
    if (init.redirect === 'error') throw fetchFailed(new Error('unexpected redirect'));
    if (hops === MAX_REDIRECTS) throw fetchFailed(new Error('redirect count exceeded'));
    const next = new URL(location, url);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw fetchFailed(new Error(`redirect to ${next.protocol} URL`));
    }
    if (next.origin !== url.origin) for (const name of CREDENTIALS) delete headers[name];
    const status = res.statusCode!;
    if (
      status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST'
    ) {
      method = 'GET';
      body = undefined;
      for (const name of BODY_HEADERS) delete headers[name];
    }
    url = next;
  }
}

function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  signal: AbortSignal | undefined,
): Promise<http.IncomingMessage> {
  const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : undefined;
  if (!client) return Promise.reject(fetchFailed(new Error(`${url.protocol} is not supported`)));
  return new Promise((resolve, reject) => {
    const req = client.request(url, { method, headers, ...(signal ? { signal } : {}) });
    req.setTimeout(IDLE_TIMEOUT_MS, () => req.destroy(new Error('request timed out')));
    req.once('response', resolve);
    req.once('error', (err) => reject(signal?.aborted ? abortError(signal) : fetchFailed(err)));
    req.end(body);
  });
}

function readBody(res: http.IncomingMessage, signal: AbortSignal | undefined): Promise<Buffer> {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const fail = (err: unknown) => reject(signal?.aborted ? abortError(signal) : fetchFailed(err));
    res.on('data', (c: Buffer) => chunks.push(c));
    res.once('error', fail);
    res.once('aborted', () => fail(new Error('the response was cut off')));
    res.once('end', () => {
      const raw = Buffer.concat(chunks);
      decode(raw, encoding).then(resolve, fail);
    });
  });
}

function decode(raw: Buffer, encoding: string): Promise<Buffer> {
  const inflate = (fn: (b: Buffer, cb: (e: Error | null, r: Buffer) => void) => void) =>
    new Promise<Buffer>((resolve, reject) => fn(raw, (e, r) => (e ? reject(e) : resolve(r))));
  if (raw.length === 0) return Promise.resolve(raw);
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return inflate(zlib.gunzip);
    case 'deflate':
      // zlib-wrapped, as the standard says, or raw deflate, as some servers send it.
      return inflate(raw[0]! % 16 === 8 ? zlib.inflate : zlib.inflateRaw);
    case 'br':
      return inflate(zlib.brotliDecompress);
    default:
      return Promise.resolve(raw);
  }
}
