// A loopback stand-in for the GitHub REST API, and the workspaces and event payloads of the
// Action's benchmark scenarios. The server answers the few endpoints a run needs (pull request
// files, the pull request, issue comments, the Git tree, the contents of the head commit's
// files and the GraphQL file batches) and logs every request, so the benchmark counts what each
// scenario costs. Anything else gets a 404, and is logged too. `latencyMs` holds every answer
// that long, as a distant API would: the requests a run makes one after another then show in
// its wall time, and the log's times give its sequential round trips (roundTrips).
import { createServer } from 'node:http';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const OWNER = 'bench';
export const REPO = 'proposals';
export const HEAD_SHA = 'a'.repeat(40);
export const BASE_SHA = 'b'.repeat(40);
export const MERGE_SHA = 'c'.repeat(40);
export const PR_NUMBER = 7;

/** What a request is, for the API-economy table. */
export function classify(method, pathname) {
  const pr = `/repos/${OWNER}/${REPO}`;
  if (method === 'GET' && pathname === `${pr}/pulls/${PR_NUMBER}/files`) return 'files';
  if (method === 'GET' && pathname === `${pr}/pulls/${PR_NUMBER}`) return 'pull';
  if (method === 'GET' && pathname === `${pr}/issues/${PR_NUMBER}/comments`) return 'list-comments';
  if (method === 'POST' && pathname === `${pr}/issues/${PR_NUMBER}/comments`)
    return 'create-comment';
  if (method === 'PATCH' && pathname.startsWith(`${pr}/issues/comments/`)) return 'update-comment';
  if (method === 'GET' && pathname.startsWith(`${pr}/git/trees/`)) return 'tree';
  if (method === 'GET' && pathname.startsWith(`${pr}/contents/`)) return 'contents';
  if (method === 'GET' && pathname === '/user') return 'user';
  if (method === 'GET' && pathname.startsWith(`${pr}/git/blobs/`)) return 'blob';
  if (method === 'POST' && pathname === '/graphql') return 'graphql';
  return 'other';
}

/**
 * Starts the server on 127.0.0.1 (a free port). `scenario` is swapped between runs:
 * { changed: [{ filename, status }], tree: [paths] }. Comments persist until `reset()`, so a
 * second run of a pull request finds the first run's comment and updates it.
 */
export async function startApi({ latencyMs = 0 } = {}) {
  const state = {
    scenario: { changed: [], tree: [], headSha: HEAD_SHA, files: {} },
    comments: [],
    nextId: 1000,
    log: [],
    latencyMs,
  };
  const json = (res, status, body, headers = {}) => {
    const text = JSON.stringify(body);
    const entry = res.logEntry;
    const send = () => {
      if (entry) entry.done = Date.now();
      res.writeHead(status, headersFor(text, headers));
      res.end(text);
    };
    if (state.latencyMs > 0) setTimeout(send, state.latencyMs);
    else send();
  };
  const headersFor = (text, headers) => ({
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...headers,
  });
  const page = (req, url, list) => {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30);
    const n = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(list.length / perPage));
    const link = (p, rel) => {
      const u = new URL(url);
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(perPage));
      return `<http://${req.headers.host}${u.pathname}${u.search}>; rel="${rel}"`;
    };
    const links = [];
    if (n < last) links.push(link(n + 1, 'next'), link(last, 'last'));
    if (n > 1) links.push(link(1, 'first'), link(n - 1, 'prev'));
    return {
      body: list.slice((n - 1) * perPage, n * perPage),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  };
  const user = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const url = new URL(req.url, 'http://127.0.0.1');
      const kind = classify(req.method, url.pathname);
      const entry = {
        method: req.method,
        path: url.pathname,
        query: url.search,
        kind,
        at: Date.now(),
        done: undefined,
      };
      state.log.push(entry);
      res.logEntry = entry;
      const s = state.scenario;
      const base = `/repos/${OWNER}/${REPO}`;
      switch (kind) {
        case 'files': {
          const files = s.changed.map((f, i) => ({
            sha: (i + 1).toString(16).padStart(40, '0'),
            filename: f.filename,
            status: f.status ?? 'added',
            additions: 40,
            deletions: 0,
            changes: 40,
          }));
          const p = page(req, url, files);
          return json(res, 200, p.body, p.headers);
        }
        case 'pull':
          return json(res, 200, pullRequest(s.changed.length, s.headSha));
        case 'user':
          // What GitHub answers the workflow token (an installation token).
          return json(res, 403, {
            message: 'Resource not accessible by integration',
            documentation_url:
              'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          });
        case 'graphql': {
          const body = safeJson(raw);
          if (typeof body.query === 'string' && /\brepository\s*\(/.test(body.query)) {
            return json(res, 200, { data: { repository: fileBatch(s, body.variables ?? {}) } });
          }
          return json(res, 200, { data: { viewer: { login: 'github-actions' } } });
        }
        case 'contents': {
          const ref = url.searchParams.get('ref');
          const file = decodeURIComponent(url.pathname.slice(`${base}/contents/`.length));
          const text = ref === s.headSha ? s.files[file] : undefined;
          if (text === undefined) {
            return json(res, 404, {
              message: 'Not Found',
              documentation_url: 'https://docs.github.com/rest',
            });
          }
          return json(res, 200, {
            type: 'file',
            encoding: 'base64',
            size: Buffer.byteLength(text),
            name: path.posix.basename(file),
            path: file,
            content: Buffer.from(text).toString('base64'),
            sha: '0'.repeat(40),
          });
        }
        case 'list-comments': {
          const p = page(req, url, state.comments);
          return json(res, 200, p.body, p.headers);
        }
        case 'create-comment': {
          const body = safeJson(raw).body ?? '';
          const id = state.nextId++;
          const comment = {
            id,
            node_id: `IC_${id}`,
            body,
            user,
            html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR_NUMBER}#issuecomment-${id}`,
            url: `http://${req.headers.host}${base}/issues/comments/${id}`,
            created_at: new Date().toISOString(),
            updated_at: new Date().toISOString(),
          };
          state.comments.push(comment);
          return json(res, 201, comment);
        }
        case 'update-comment': {
          const id = Number(url.pathname.split('/').pop());
          const comment = state.comments.find((c) => c.id === id);
          if (!comment) return json(res, 404, { message: 'Not Found' });
          comment.body = safeJson(raw).body ?? comment.body;
          comment.updated_at = new Date().toISOString();
          return json(res, 200, comment);
        }
        case 'tree':
          return json(res, 200, {
            sha: s.headSha,
            truncated: false,
            tree: s.tree.map((p) => ({
              path: p,
              mode: '100644',
              type: 'blob',
              sha: '0'.repeat(40),
            })),
          });
        default:
          return json(res, 404, {
            message: 'Not Found',
            documentation_url: 'https://docs.github.com/rest',
          });
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    /**
     * Sets the scenario and clears the request log; `keepComments` keeps earlier comments.
     * `files` (path → text) are the head commit's, for the contents reads without a checkout.
     */
    use(scenario, { keepComments = false } = {}) {
      state.scenario = { changed: [], tree: [], headSha: HEAD_SHA, files: {}, ...scenario };
      if (!keepComments) state.comments = [];
      state.log = [];
    },
    log: () => [...state.log],
    /** Holds every answer this long from now on (0: answers at once). */
    setLatency(ms) {
      state.latencyMs = ms;
    },
    comments: () => [...state.comments],
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * The answer to a file batch (src/action/api/get-file-batch.ts): $fN = "SHA:path" a blob,
 * $dN = "SHA:folder" that folder's entries, from the scenario's files at its head commit.
 */
function fileBatch(s, variables) {
  const out = {};
  for (const [key, value] of Object.entries(variables)) {
    const m = /^([fd])\d+$/.exec(key);
    if (!m || typeof value !== 'string') continue;
    const at = value.indexOf(':');
    const ref = value.slice(0, at);
    const p = value.slice(at + 1);
    const files = ref === s.headSha ? s.files : {};
    if (m[1] === 'f') {
      const text = files[p];
      out[key] =
        text === undefined
          ? null
          : { byteSize: Buffer.byteLength(text), isBinary: false, isTruncated: false, text };
    } else {
      const prefix = p === '' ? '' : `${p}/`;
      const names = new Map();
      for (const f of Object.keys(files)) {
        if (!f.startsWith(prefix)) continue;
        const [name, ...deeper] = f.slice(prefix.length).split('/');
        names.set(
          name,
          deeper.length ? { mode: 0o040000, type: 'tree' } : { mode: 0o100644, type: 'blob' },
        );
      }
      out[key] =
        names.size === 0 && p !== ''
          ? null
          : { entries: [...names].map(([name, e]) => ({ name, ...e })) };
    }
  }
  return out;
}

/**
 * Sequential round trips in a request log: the longest chain of requests each sent after the
 * answer to the one before it came back. Requests made together count once.
 */
export function roundTrips(log) {
  const depth = [];
  log.forEach((r, i) => {
    let d = 0;
    for (let j = 0; j < i; j++) {
      if (log[j].done !== undefined && log[j].done <= r.at) d = Math.max(d, depth[j]);
    }
    depth[i] = d + 1;
  });
  return Math.max(0, ...depth);
}

function safeJson(text) {
  try {
    return JSON.parse(text) ?? {};
  } catch {
    return {};
  }
}

function pullRequest(changedFiles, headSha = HEAD_SHA) {
  const repo = { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } };
  return {
    number: PR_NUMBER,
    state: 'open',
    draft: false,
    title: 'Add service proposals',
    changed_files: changedFiles,
    head: { sha: headSha, ref: 'proposals', repo },
    base: { sha: BASE_SHA, ref: 'main', repo },
    user: { login: 'octocat' },
  };
}

/**
 * A checked-out workspace: the given proposal files copied under proposals/, and a .git
 * whose HEAD is `sha` (the Action reads HEAD from .git without running git). Returns the
 * folder and the workspace-relative proposal paths.
 */
export function makeWorkspace(tmpDir, proposalFiles, sha = HEAD_SHA) {
  const ws = mkdtempSync(path.join(tmpDir, 'workspace-'));
  mkdirSync(path.join(ws, '.git'), { recursive: true });
  writeFileSync(path.join(ws, '.git', 'HEAD'), `${sha}\n`);
  mkdirSync(path.join(ws, 'proposals'), { recursive: true });
  const rel = [];
  for (const file of proposalFiles) {
    const name = path.basename(file);
    copyFileSync(file, path.join(ws, 'proposals', name));
    rel.push(`proposals/${name}`);
  }
  return { dir: ws, proposals: rel.sort() };
}

/** The first `count` generated proposals beneath `dir` (any folder depth), sorted. */
export function pickProposals(dir, count) {
  const out = [];
  const visit = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (out.length >= count) return;
      const full = path.join(d, e.name);
      if (e.isDirectory()) visit(full);
      else if (/\.(ya?ml|md)$/.test(e.name)) out.push(full);
    }
  };
  visit(dir);
  return out;
}

/**
 * The event payload and environment of one Action run. `event` is 'workflow_dispatch' or
 * 'pull_request'; `inputs` are action.yml inputs by name; `changedFiles` the PR's count.
 */
export function actionEnv({
  tmpDir,
  workspace,
  apiUrl,
  event,
  inputs,
  changedFiles = 0,
  headSha = HEAD_SHA,
}) {
  const run = mkdtempSync(path.join(tmpDir, 'run-'));
  const repository = { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } };
  const payload =
    event === 'pull_request'
      ? {
          action: 'synchronize',
          number: PR_NUMBER,
          pull_request: pullRequest(changedFiles, headSha),
          repository,
        }
      : { inputs: {}, ref: 'refs/heads/main', repository };
  const eventPath = path.join(run, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  for (const f of ['output', 'summary', 'state', 'env', 'path'])
    writeFileSync(path.join(run, f), '');
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^(INPUT_|GITHUB_|RUNNER_)/.test(k) || /^(https?|all)_proxy$/i.test(k)) delete env[k];
  }
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_SHA: event === 'pull_request' ? MERGE_SHA : headSha,
    GITHUB_REF: event === 'pull_request' ? `refs/pull/${PR_NUMBER}/merge` : 'refs/heads/main',
    GITHUB_HEAD_REF: event === 'pull_request' ? 'proposals' : '',
    GITHUB_BASE_REF: event === 'pull_request' ? 'main' : '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'verdict',
    GITHUB_WORKFLOW: 'bench',
    GITHUB_ACTION: 'stack-verdict',
    GITHUB_ACTOR: 'octocat',
    GITHUB_OUTPUT: path.join(run, 'output'),
    GITHUB_STEP_SUMMARY: path.join(run, 'summary'),
    GITHUB_STATE: path.join(run, 'state'),
    GITHUB_ENV: path.join(run, 'env'),
    GITHUB_PATH: path.join(run, 'path'),
    RUNNER_TEMP: run,
    RUNNER_OS: 'Linux',
    NO_PROXY: '127.0.0.1,localhost',
  });
  // @actions/core reads INPUT_<NAME>: spaces become underscores, dashes stay.
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return { env, runDir: run };
}
