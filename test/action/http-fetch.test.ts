// src/action/http-fetch.ts, the fetch octokit uses without a proxy, against a loopback server:
// what octokit reads (status, url, headers, body) is what fetch itself gives, redirects and
// encoded bodies included, and failures carry the names and causes octokit looks for.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusOf } from '../../src/action/github.js';
import { nodeFetch } from '../../src/action/http-fetch.js';
import { createOctokit } from '../../src/action/octokit.js';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  port: number;
}

const seen: Seen[] = [];
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
const DATA = { message: 'héllo', list: [1, 2, 3], text: 'x'.repeat(5000) };

/** Two servers, so that a redirect can change origin. */
let a: http.Server;
let b: http.Server;
let A = '';
let B = '';

function handler(port: () => number) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body, port: port() });
      const u = new URL(req.url!, 'http://x');
      const json = JSON.stringify(DATA);
      switch (u.pathname) {
        case '/json':
          res.writeHead(200, {
            ...JSON_TYPE,
            'x-ratelimit-remaining': '4999',
            link: '<a>',
            'set-cookie': ['a=1', 'b=2'],
          });
          return res.end(json);
        case '/gzip':
          res.writeHead(200, { ...JSON_TYPE, 'content-encoding': 'gzip' });
          return res.end(zlib.gzipSync(json));
        case '/deflate':
          res.writeHead(200, { ...JSON_TYPE, 'content-encoding': 'deflate' });
          return res.end(zlib.deflateSync(json));
        case '/deflate-raw':
          res.writeHead(200, { ...JSON_TYPE, 'content-encoding': 'deflate' });
          return res.end(zlib.deflateRawSync(json));
        case '/br':
          res.writeHead(200, { ...JSON_TYPE, 'content-encoding': 'br' });
          return res.end(zlib.brotliCompressSync(json));
        case '/missing':
          res.writeHead(404, JSON_TYPE);
          return res.end(JSON.stringify({ message: 'Not Found', documentation_url: 'https://x' }));
        case '/empty':
          res.writeHead(204);
          return res.end();
        case '/echo':
          res.writeHead(201, JSON_TYPE);
          return res.end(JSON.stringify({ method: req.method, body }));
        case '/redirect': {
          // ?status=…&to=…
          res.writeHead(Number(u.searchParams.get('status')), {
            location: u.searchParams.get('to')!,
          });
          return res.end('moved');
        }
        case '/loop':
          res.writeHead(302, { location: '/loop' });
          return res.end();
        case '/slow':
          setTimeout(() => res.end('late'), 2000).unref();
          return;
        default:
          res.writeHead(500);
          return res.end();
      }
    });
  };
}

beforeAll(async () => {
  a = http.createServer(handler(() => (a.address() as AddressInfo).port));
  b = http.createServer(handler(() => (b.address() as AddressInfo).port));
  a.listen(0, '127.0.0.1');
  b.listen(0, '127.0.0.1');
  await Promise.all([once(a, 'listening'), once(b, 'listening')]);
  A = `http://127.0.0.1:${(a.address() as AddressInfo).port}`;
  B = `http://localhost:${(b.address() as AddressInfo).port}`;
});
afterAll(() => {
  for (const s of [a, b]) {
    s.closeAllConnections();
    s.close();
  }
});

/** What octokit's fetch-wrapper reads of a response. */
async function observed(res: {
  status: number;
  url: string;
  headers: Iterable<[string, string]> & { get(name: string): string | null };
  text(): Promise<string>;
}) {
  const headers = Object.fromEntries(
    [...res.headers].filter(([name]) => !['date', 'set-cookie'].includes(name)),
  );
  return {
    status: res.status,
    url: res.url,
    headers,
    contentType: res.headers.get('Content-Type'),
    text: await res.text(),
  };
}

describe('nodeFetch reads what fetch reads', () => {
  const cases: [string, string, RequestInit?][] = [
    ['JSON', '/json'],
    ['gzip', '/gzip'],
    ['deflate', '/deflate'],
    ['raw deflate', '/deflate-raw'],
    ['brotli', '/br'],
    ['a 404 with a JSON message', '/missing'],
    ['204 No Content', '/empty'],
    ['a POST body', '/echo', { method: 'POST', body: JSON.stringify({ body: 'hi ✓' }) }],
    ['a same-origin 301', '/redirect?status=301&to=/json'],
    [
      'a 302 after a POST becomes a GET',
      '/redirect?status=302&to=/echo',
      { method: 'POST', body: 'x' },
    ],
    ['a 303 becomes a GET', '/redirect?status=303&to=/echo', { method: 'PUT', body: 'x' }],
    [
      'a 307 keeps the method and body',
      '/redirect?status=307&to=/echo',
      { method: 'POST', body: 'kept' },
    ],
  ];
  for (const [name, route, init] of cases) {
    it(name, async () => {
      const ours = await observed(await nodeFetch(`${A}${route}`, init as never));
      const theirs = await observed(await fetch(`${A}${route}`, init));
      expect(ours).toEqual(theirs);
    });
  }

  it('a redirect to another origin, and the response url is the last one', async () => {
    const to = encodeURIComponent(`${B}/json`);
    const res = await nodeFetch(`${A}/redirect?status=302&to=${to}`);
    expect(await observed(res)).toEqual(
      await observed(await fetch(`${A}/redirect?status=302&to=${to}`)),
    );
    expect(res.url).toBe(`${B}/json`);
    expect(res.redirected).toBe(true);
  });

  it('json() and arrayBuffer() give the body', async () => {
    expect(await (await nodeFetch(`${A}/gzip`)).json()).toEqual(DATA);
    const bytes = await (await nodeFetch(`${A}/json`)).arrayBuffer();
    expect(JSON.parse(Buffer.from(bytes).toString('utf8'))).toEqual(DATA);
  });
});

describe('nodeFetch: requests and redirects', () => {
  it('sends the headers given, lower-cased, and asks for compressed bodies', async () => {
    seen.length = 0;
    await nodeFetch(`${A}/json`, { headers: { Authorization: 'token t', 'User-Agent': 'ua' } });
    expect(seen[0]!.headers).toMatchObject({
      authorization: 'token t',
      'user-agent': 'ua',
      'accept-encoding': 'gzip, deflate, br',
    });
  });

  it('keeps the token on a same-origin redirect and drops it on another origin', async () => {
    seen.length = 0;
    const headers = { authorization: 'token secret', cookie: 'c=1', accept: 'x' };
    await nodeFetch(`${A}/redirect?status=301&to=/json`, { headers });
    await nodeFetch(`${A}/redirect?status=301&to=${encodeURIComponent(`${B}/json`)}`, { headers });
    const [, same, , other] = seen;
    expect(same!.headers.authorization).toBe('token secret');
    expect(other!.port).not.toBe(same!.port);
    expect(other!.headers.authorization).toBeUndefined();
    expect(other!.headers.cookie).toBeUndefined();
    expect(other!.headers.accept).toBe('x');
  });

  it("redirect: 'manual' returns the redirect; 'error' and a loop fail as fetch fails", async () => {
    const manual = await nodeFetch(`${A}/redirect?status=302&to=/json`, { redirect: 'manual' });
    expect(manual.status).toBe(302);
    expect(manual.headers.get('location')).toBe('/json');
    const error = await nodeFetch(`${A}/redirect?status=302&to=/json`, { redirect: 'error' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    const loop = await nodeFetch(`${A}/loop`).catch((e: unknown) => e);
    expect(loop).toBeInstanceOf(TypeError);
    expect(((loop as Error).cause as Error).message).toMatch(/redirect count exceeded/);
  });
});

describe('nodeFetch: failures', () => {
  it('a refused connection is a TypeError whose cause says why (as octokit reports it)', async () => {
    const closed = http.createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    closed.close();
    const err = await nodeFetch(url).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect(((err as Error).cause as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
  });

  it('an abort, before or while waiting, is an AbortError', async () => {
    const before = await nodeFetch(`${A}/json`, { signal: AbortSignal.abort() }).catch(
      (e: unknown) => e,
    );
    expect((before as Error).name).toBe('AbortError');
    const started = Date.now();
    const during = await nodeFetch(`${A}/slow`, { signal: AbortSignal.timeout(50) }).catch(
      (e: unknown) => e,
    );
    expect((during as Error).name).toMatch(/AbortError|TimeoutError/);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('refuses a URL that is not http(s)', async () => {
    await expect(nodeFetch('file:///etc/passwd')).rejects.toThrow(TypeError);
  });
});

describe('octokit over nodeFetch (createOctokit without a proxy)', () => {
  it('reads JSON, sends the token, and turns a 404 into a RequestError with the message', async () => {
    seen.length = 0;
    const quiet = { info: () => {}, warning: () => {} };
    const octokit = createOctokit('t0ken', quiet, { GITHUB_API_URL: A });
    const res = await octokit.request('GET /gzip');
    expect(res.status).toBe(200);
    expect(res.data).toEqual(DATA);
    expect(seen[0]!.headers.authorization).toBe('token t0ken');
    expect(seen[0]!.headers['user-agent']).toMatch(/octokit/);
    const err = await octokit.request('GET /missing').catch((e: unknown) => e);
    expect(statusOf(err)).toBe(404);
    expect((err as Error).message).toMatch(/^Not Found - https:\/\/x/);
    const posted = await octokit.request('POST /echo', { title: 'x ✓', n: 1 });
    expect(posted.status).toBe(201);
    expect(posted.data).toEqual({ method: 'POST', body: '{"title":"x ✓","n":1}' });
  });
});
