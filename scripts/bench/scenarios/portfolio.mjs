// Scenario `portfolio`: `stack-verdict portfolio --org` over 100 repositories of 100
// proposals each (and a configuration, a developer portal catalog file and GitHub's language
// breakdown each, for the drift check), against a loopback API answering after a fixed
// latency: the requests and the sequential round trips per repository, against the goal of
// at most 3 round trips per repository plus one per 100 files. Run alone, it writes its
// section into docs/benchmarks.md in place:
//
//   node scripts/bench/scenarios/portfolio.mjs [REPOSITORIES] [PROPOSALS]

import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { roundTrips } from '../github-api.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const OWNER = 'bench-org';
const TOKEN = 'bench-token';
const START = '<!-- bench:portfolio -->';
const END = '<!-- /bench:portfolio -->';

function proposalText(i) {
  const base = readFileSync(path.join(ROOT, 'examples/proposals/orders-api.yaml'), 'utf8');
  return base.replace(/^service: .*$/m, `service: svc-${i}`);
}

/** A loopback API for the routes the repository reader calls, with every request logged. */
async function startOrgApi({ repos, proposals, latencyMs }) {
  const names = Array.from({ length: repos }, (_, i) => `repo-${String(i).padStart(3, '0')}`);
  const files = new Map();
  for (let i = 0; i < proposals; i++) {
    files.set(`proposals/svc-${String(i).padStart(3, '0')}.yaml`, proposalText(i));
  }
  files.set('.github/stack-verdict.yml', 'fail-on: warning\n');
  files.set('README.md', '# a service\n');
  files.set('catalog-info.yaml', 'kind: Component\nmetadata:\n  name: svc-0\n  tags: [rust]\n');
  const log = [];
  const started = performance.now();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const url = new URL(req.url, 'http://x');
      const entry = { at: performance.now() - started, repo: undefined, kind: '' };
      log.push(entry);
      const answer = (status, data) =>
        setTimeout(() => {
          entry.done = performance.now() - started;
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(data));
        }, latencyMs);
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return answer(401, {});
      const parts = url.pathname.split('/').map(decodeURIComponent);
      if (req.method === 'POST' && url.pathname === '/graphql') {
        const { variables } = JSON.parse(body);
        entry.repo = variables.name;
        entry.kind = 'graphql';
        const repository = {};
        for (const [k, v] of Object.entries(variables)) {
          const at = String(v).slice(String(v).indexOf(':') + 1);
          if (/^f\d+$/.test(k)) {
            const text = files.get(at);
            repository[k] = text
              ? { byteSize: Buffer.byteLength(text), isBinary: false, isTruncated: false, text }
              : null;
          } else if (/^d\d+$/.test(k)) {
            const prefix = at ? `${at}/` : '';
            const entries = [...files.keys()]
              .filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('/'))
              .map((f) => ({ name: f.slice(prefix.length), mode: 0o100644, type: 'blob' }));
            repository[k] = { entries };
          }
        }
        return answer(200, { data: { repository } });
      }
      if (parts[1] === 'orgs' && parts[3] === 'repos') {
        entry.kind = 'list';
        const per = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const items = names.slice((page - 1) * per, page * per).map((name) => ({
          full_name: `${OWNER}/${name}`,
          default_branch: 'main',
          archived: false,
        }));
        return answer(200, items);
      }
      if (parts[1] === 'repos') {
        entry.repo = parts[3];
        if (parts[4] === 'languages') {
          entry.kind = 'languages';
          return answer(200, { Go: 120_000, Rust: 30_000 });
        }
        if (parts[4] === 'git' && parts[5] === 'trees') {
          entry.kind = 'tree';
          const tree = [...files.keys()].map((p) => ({ path: p, type: 'blob', mode: '100644' }));
          return answer(200, { sha: 't'.repeat(40), tree, truncated: false });
        }
        if (parts[4] === 'contents') {
          entry.kind = 'contents';
          const p = parts.slice(5).join('/');
          const text = files.get(p);
          if (text !== undefined) {
            return answer(200, {
              type: 'file',
              size: Buffer.byteLength(text),
              encoding: 'base64',
              content: Buffer.from(text).toString('base64'),
            });
          }
          const listing = [...files.keys()]
            .filter((f) => f.startsWith(`${p}/`))
            .map((f) => ({ name: f.slice(p.length + 1).split('/')[0], type: 'file' }));
          return listing.length ? answer(200, listing) : answer(404, { message: 'Not Found' });
        }
        entry.kind = 'repo';
        return answer(200, { full_name: `${OWNER}/${parts[3]}`, default_branch: 'main' });
      }
      return answer(404, { message: 'Not Found' });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, log, url: `http://127.0.0.1:${server.address().port}` };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : 0;
};

/** Runs the CLI bundle over the organisation and measures its requests. */
export async function portfolioAcross({
  repos = 100,
  proposals = 100,
  latencyMs = 20,
  cli = path.join(ROOT, 'dist/cli/index.js'),
} = {}) {
  const api = await startOrgApi({ repos, proposals, latencyMs });
  const t0 = performance.now();
  const out = await new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, 'portfolio', '--org', OWNER, '--format', 'json'],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          GITHUB_TOKEN: TOKEN,
          GITHUB_API_URL: api.url,
          GITHUB_GRAPHQL_URL: `${api.url}/graphql`,
        },
        maxBuffer: 1024 * 1024 * 1024,
      },
      (err, stdout, stderr) =>
        err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
    );
  });
  const wallS = (performance.now() - t0) / 1000;
  api.server.close();
  const page = JSON.parse(out);
  const byRepo = new Map();
  for (const r of api.log) {
    if (!r.repo) continue;
    if (!byRepo.has(r.repo)) byRepo.set(r.repo, []);
    byRepo.get(r.repo).push(r);
  }
  const perRepo = [...byRepo.values()].map((rs) => ({
    requests: rs.length,
    graphql: rs.filter((r) => r.kind === 'graphql').length,
    roundTrips: roundTrips(rs),
  }));
  // The catalog file is read with the proposals: it counts as a file.
  const goal = 3 + Math.ceil((proposals + 1) / 100);
  return {
    repos,
    proposals,
    latencyMs,
    judged: page.counts.proposals,
    drift: (page.drift ?? []).length,
    unread: page.repositories.filter((r) => r.error).length,
    requests: api.log.length,
    listing: api.log.filter((r) => r.kind === 'list').length,
    perRepoRequests: {
      median: median(perRepo.map((r) => r.requests)),
      max: Math.max(...perRepo.map((r) => r.requests)),
    },
    perRepoGraphql: Math.max(...perRepo.map((r) => r.graphql)),
    perRepoRoundTrips: {
      median: median(perRepo.map((r) => r.roundTrips)),
      max: Math.max(...perRepo.map((r) => r.roundTrips)),
    },
    goal,
    wallS,
  };
}

export function portfolioMarkdown(r) {
  if (!r) return '';
  const ok = r.perRepoRoundTrips.max <= r.goal && r.judged === r.repos * r.proposals;
  return [
    START,
    '## Portfolio across repositories',
    '',
    `\`stack-verdict portfolio --org\` over ${r.repos} repositories of ${r.proposals} proposals each (and a configuration, a catalog file and GitHub's language breakdown each, for the drift check), read through a loopback API that answers every request after ${r.latencyMs} ms; each repository's requests and its sequential round trips (a request sent after the answer to another of the same repository came back) are counted from the server's log. Goal: at most 3 round trips per repository plus one per 100 files (${r.goal} here: ${r.proposals} proposals and the catalog file).`,
    '',
    '| repositories × proposals | proposals judged | drift findings | requests (listing) | requests per repository, median / max | GraphQL batches per repository | round trips per repository, median / max | goal met | wall time |',
    '|---|---|---|---|---|---|---|---|---|',
    `| ${r.repos} × ${r.proposals} | ${r.judged} (${r.unread} repositories unread) | ${r.drift} | ${r.requests} (${r.listing}) | ${r.perRepoRequests.median} / ${r.perRepoRequests.max} | ${r.perRepoGraphql} | ${r.perRepoRoundTrips.median} / ${r.perRepoRoundTrips.max} | ${ok ? 'yes' : '**no**'} | ${r.wallS.toFixed(1)} s |`,
    '',
    "Per repository: the tree beside the listing of `.github` and GitHub's language breakdown (`GET /languages`, which needs nothing but the repository's name), then the configuration, then the proposals and the catalog file together in GraphQL batches of 100 files, sent at once. The drift check costs one request per repository (the breakdown), and one batch more only when the catalog files take a repository past a multiple of 100 files, as here (101 files: two batches, sent together); it adds no step to the chain, though the second batch may wait for a slot of the bounded client and so count one round trip more. The owner's listing gives every default branch, so no repository is asked for on its own. The bounded client keeps a few requests in flight, so a request may wait for a slot and count a round trip more than its dependencies need.",
    END,
  ].join('\n');
}

/** Puts the section into the page, in place of the one there (or at the end). */
export function spliceSection(page, section) {
  const i = page.indexOf(START);
  const j = page.indexOf(END);
  if (i >= 0 && j > i) return `${page.slice(0, i)}${section}${page.slice(j + END.length)}`;
  return `${page.trimEnd()}\n\n${section}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [repos = '100', proposals = '100'] = process.argv.slice(2);
  const r = await portfolioAcross({ repos: Number(repos), proposals: Number(proposals) });
  const file = path.join(ROOT, 'docs/benchmarks.md');
  writeFileSync(file, spliceSection(readFileSync(file, 'utf8'), portfolioMarkdown(r)));
  console.log(portfolioMarkdown(r));
}
