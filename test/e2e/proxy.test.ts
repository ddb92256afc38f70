// The Action behind a proxy, end to end: with HTTP_PROXY set, every API request goes through
// the proxy (a loopback CONNECT proxy here), over @actions/github's undici, which the bundle
// loads only then (scripts/lazy-proxy.mjs); without a proxy, the same run loads no undici at
// all (neither the bundle's undici.cjs nor Node's own fetch) and talks to the API directly.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fakeSha, type GitHubServer } from './support/github-server.js';
import { PR_REPO, pullRequestEvent } from './support/payloads.js';
import { ROOT } from './support/runner.js';
import { exampleStep, node24, proposal, run, startServer } from './support/scenario.js';

const { owner: OWNER, repo: REPO, number: PR, baseSha: BASE } = PR_REPO;
const PROBE = path.join(ROOT, 'test', 'e2e', 'load-probe.mjs');
/** A host that resolves nowhere (.test is reserved): only a proxy can reach it. */
const API_HOST = 'api.github.test';

/** A CONNECT proxy on loopback that sends every tunnel to the local GitHub's port. */
async function startProxy(apiPort: number) {
  const tunnels: string[] = [];
  const plain: string[] = [];
  const proxy = http.createServer((req, res) => {
    plain.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    const upstream = net.connect(apiPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  proxy.listen(0, '127.0.0.1');
  await once(proxy, 'listening');
  const { port } = proxy.address() as net.AddressInfo;
  onTestFinished(() => {
    proxy.closeAllConnections();
    proxy.close();
  });
  return { url: `http://127.0.0.1:${port}`, tunnels, plain };
}

async function pullRequestServer(): Promise<{ server: GitHubServer; head: string }> {
  const server = await startServer(OWNER, REPO);
  server.commit(BASE, { 'README.md': '# Services\n' });
  const head = fakeSha('proxy-head');
  const files = { 'proposals/orders-api.yaml': proposal('orders-api.yaml') };
  server.push(PR, head, files, [{ filename: 'proposals/orders-api.yaml', status: 'added' }]);
  return { server, head };
}

/** A pull_request run (comment: always, without a checkout) with `env` and the load probe. */
async function runWith(server: GitHubServer, head: string, env: Record<string, string>) {
  const probe = path.join(os.tmpdir(), `stack-verdict-probe-${process.pid}-${Math.random()}`);
  const result = await run({
    node: node24(),
    server,
    event: 'pull_request',
    payload: pullRequestEvent('opened', { head, changedFiles: 1 }),
    sha: fakeSha(`merge:${head}`),
    ref: `refs/pull/${PR}/merge`,
    with: exampleStep('pull-request.yml'),
    env: { NODE_OPTIONS: `--import=${PROBE}`, STACK_VERDICT_LOAD_PROBE: probe, ...env },
  });
  const loaded = JSON.parse(readFileSync(probe, 'utf8')) as {
    required: string[];
    builtins: string[];
    undici: boolean;
  };
  return {
    result,
    undiciRan: loaded.undici,
    bundledUndici: loaded.required.some((f) => path.basename(f) === 'undici.cjs'),
    nodeUndici: loaded.builtins.some((m) => /undici/.test(m)),
  };
}

describe('the Action and proxies', () => {
  it('with HTTP_PROXY: every API request goes through the proxy, over undici', async () => {
    const { server, head } = await pullRequestServer();
    const proxy = await startProxy(Number(new URL(server.url).port));
    const api = `http://${API_HOST}:${new URL(server.url).port}`;
    const { result, bundledUndici, undiciRan } = await runWith(server, head, {
      GITHUB_API_URL: api,
      GITHUB_GRAPHQL_URL: `${api}/graphql`,
      HTTP_PROXY: proxy.url,
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.report?.proposals.map((p) => p.file)).toEqual(['proposals/orders-api.yaml']);
    // The comment was posted: reads and writes both went through.
    expect(server.calls()).toContain('issues/create-comment 201');
    expect(server.requests.length).toBeGreaterThanOrEqual(3);
    // API_HOST resolves nowhere: each request that reached the server came through a tunnel.
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set([`${API_HOST}:${new URL(server.url).port}`]));
    expect(proxy.plain).toEqual([]);
    expect(bundledUndici).toBe(true);
    expect(undiciRan).toBe(true);
  });

  it('without a proxy: the same run loads no undici, neither the bundle’s nor Node’s', async () => {
    const { server, head } = await pullRequestServer();
    const proxy = await startProxy(Number(new URL(server.url).port));
    // HTTPS_PROXY applies to https URLs only (as in @actions/http-client); the API is http.
    const { result, bundledUndici, nodeUndici, undiciRan } = await runWith(server, head, {
      HTTPS_PROXY: proxy.url,
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(server.calls()).toContain('issues/create-comment 201');
    expect(proxy.tunnels).toEqual([]);
    expect(undiciRan).toBe(false);
    expect(bundledUndici).toBe(false);
    expect(nodeUndici).toBe(false);
  });
});
