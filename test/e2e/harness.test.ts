// The harness itself: Node 24 is what runs the Action, the readers read what @actions/core
// writes, the OpenAPI checks catch what does not conform, and (where the suite runs in a
// network namespace) nothing can leave the machine.
import { execFileSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fileBatchQuery } from '../../src/action/api/get-file-batch.js';
import { execute, parseOperation, validate } from './support/graphql.js';
import { OpenApi } from './support/openapi.js';
import { parseCommands, parseOutputFile, ROOT } from './support/runner.js';

describe('Node 24', () => {
  it('is the runtime the Action runs on (action.yml: node24), not the test runner’s', () => {
    const node = inject('node24');
    expect(inject('node24Version')).toMatch(/^v24\./);
    const version = execFileSync(node, ['-p', 'process.version'], { encoding: 'utf8' }).trim();
    expect(version).toMatch(/^v24\./);
    expect(path.relative(ROOT, node)).toMatch(/^\.tmp[/\\]node24[/\\]/);
  });
});

describe('reading what @actions/core writes', () => {
  it('reads outputs (heredoc form) and workflow commands back', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'stack-verdict-core-'));
    try {
      const output = path.join(dir, 'output');
      writeFileSync(output, '');
      const script = `
        import * as core from '@actions/core';
        core.setOutput('verdict', 'approved');
        core.setOutput('multi', 'line one\\nline two: 100% sure, yes');
        core.setOutput('empty', '');
        core.error('bad %\\nthing', { file: 'a, b:c.yaml', startLine: 3, startColumn: 4, title: 'rule-x' });
        core.warning('plain');
      `;
      const stdout = execFileSync(inject('node24'), ['--input-type=module', '-e', script], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, GITHUB_OUTPUT: output },
        encoding: 'utf8',
      });
      expect(readFileSync(output, 'utf8')).toMatch(/^verdict<<ghadelimiter_/);
      expect(parseOutputFile(readFileSync(output, 'utf8'))).toEqual({
        verdict: 'approved',
        multi: 'line one\nline two: 100% sure, yes',
        empty: '',
      });
      expect(parseCommands(stdout)).toEqual([
        {
          command: 'error',
          properties: { title: 'rule-x', file: 'a, b:c.yaml', line: '3', col: '4' },
          message: 'bad %\nthing',
        },
        { command: 'warning', properties: {}, message: 'plain' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the OpenAPI checks', () => {
  const api = OpenApi.load();
  const req = (method: string, url: string, body = '') =>
    api.checkRequest({ method, url, contentType: body ? 'application/json' : undefined, body });

  it('match the operations the Action calls', () => {
    expect(
      req('GET', '/repos/o/r/pulls/2/files?per_page=100&page=3').match?.route.operationId,
    ).toBe('pulls/list-files');
    expect(req('GET', '/repos/o/r/contents/proposals/a%20b/c.md?ref=main').match?.params).toEqual({
      owner: 'o',
      repo: 'r',
      path: 'proposals/a b/c.md',
    });
    // A literal segment wins over a parameter: issues/comments/{id}, not issues/{number}/comments.
    expect(
      req('PATCH', '/repos/o/r/issues/comments/5', '{"body":"x"}').match?.route.operationId,
    ).toBe('issues/update-comment');
    expect(req('DELETE', '/repos/o/r/issues/comments/5').match?.route.operationId).toBe(
      'issues/delete-comment',
    );
    expect(req('GET', '/user').violations).toEqual([]);
  });

  it('catch bad requests: unknown operation, parameters, query, body', () => {
    expect(req('GET', '/repos/o/r/nothing-here').violations[0]).toMatch(/no operation/);
    expect(req('GET', '/repos/o/r/pulls/two/files').violations.join()).toMatch(
      /pull_number must be integer/,
    );
    expect(req('GET', '/repos/o/r/pulls/2/files?perpage=100').violations.join()).toMatch(
      /"perpage"/,
    );
    expect(req('GET', '/repos/o/r/pulls/2/files?per_page=lots').violations.join()).toMatch(
      /per_page must be integer/,
    );
    expect(req('POST', '/repos/o/r/issues/2/comments', '{"text":"x"}').violations.join()).toMatch(
      /must have required property 'body'/,
    );
    expect(req('POST', '/repos/o/r/issues/2/comments').violations.join()).toMatch(
      /body is required/,
    );
    expect(req('GET', '/repos/o/r/pulls/2/files', '{}').violations.join()).toMatch(
      /takes no request body/,
    );
  });

  it('catch bad responses: undeclared status, missing fields, wrong types, nullability', () => {
    const match = req('POST', '/repos/o/r/issues/2/comments', '{"body":"x"}').match!;
    const res = (status: number, body: unknown, contentType = 'application/json; charset=utf-8') =>
      api.checkResponse(match, {
        status,
        contentType,
        body: body === undefined ? '' : JSON.stringify(body),
      });
    expect(res(418, { message: 'teapot' })[0]).toMatch(/status 418 is not a response/);
    expect(res(201, { id: 1, body: 'x' }).join()).toMatch(/must have required property 'node_id'/);
    expect(res(201, { id: 'one' }).join()).toMatch(/\/id must be integer/);
    // A server error or a rate limit may come from any operation, as GitHub's error object.
    expect(res(502, { message: 'Server Error' })).toEqual([]);
    expect(res(502, { message: 42 }).join()).toMatch(/message must be string/);
    expect(res(201, { id: 1 }, 'text/html')[0]).toMatch(/content-type "text\/html"/);
    // nullable: true in OpenAPI 3.0 is honoured (a comment's user may be null)...
    const comment = {
      id: 1,
      node_id: 'IC_1',
      url: 'https://api.github.com/repos/o/r/issues/comments/1',
      html_url: 'https://github.com/o/r/pull/2#issuecomment-1',
      issue_url: 'https://api.github.com/repos/o/r/issues/2',
      user: null,
      created_at: '2025-06-02T10:00:00Z',
      updated_at: '2025-06-02T10:00:00Z',
      author_association: 'NONE',
    };
    expect(res(201, comment)).toEqual([]);
    // ...and only there; formats are checked too.
    expect(res(201, { ...comment, author_association: null }).join()).toMatch(/author_association/);
    expect(res(201, { ...comment, created_at: 'yesterday' }).join()).toMatch(
      /created_at must match format/,
    );
    const deleted = req('DELETE', '/repos/o/r/issues/comments/5').match!;
    expect(api.checkResponse(deleted, { status: 204, contentType: undefined, body: '' })).toEqual(
      [],
    );
    expect(
      api.checkResponse(deleted, { status: 204, contentType: 'application/json', body: '{}' })[0],
    ).toMatch(/has no content/);
  });
});

const ISOLATED = process.env.STACK_VERDICT_E2E_NETNS === '1';
if (!ISOLATED) {
  console.log(
    'Not in a network namespace: the isolation check is skipped. `npm run test:e2e` (test/e2e/run.mjs) uses one where `unshare --net --map-root-user` works, and logs why not otherwise.',
  );
}

describe('network isolation', () => {
  it.skipIf(!ISOLATED)(
    'runs in a network namespace with only loopback: nothing leaves the machine',
    async () => {
      expect(Object.keys(os.networkInterfaces())).toEqual(['lo']);
      const error = await new Promise<NodeJS.ErrnoException>((resolve) => {
        const socket = net.connect({ host: '192.0.2.1', port: 443, timeout: 5000 });
        socket.once('connect', () => {
          socket.destroy();
          resolve(Object.assign(new Error('connected'), { code: 'CONNECTED' }));
        });
        socket.once('timeout', () => {
          socket.destroy();
          resolve(Object.assign(new Error('timeout'), { code: 'TIMEOUT' }));
        });
        socket.once('error', resolve);
      });
      expect(error.code).toBe('ENETUNREACH');
      await expect(lookup('api.github.com')).rejects.toThrow();
    },
  );
});

describe('the GraphQL checks', () => {
  const SHA = 'a'.repeat(40);
  const batch = fileBatchQuery({ owner: 'o', repo: 'r' }, SHA, ['p/a.yaml', 'b.yaml']);
  const problems = (query: string, variables: Record<string, unknown> = {}) =>
    validate(parseOperation(query), variables);

  it("pass the Action's queries: the file batch and viewer { login }", () => {
    expect(problems(batch.query, batch.variables)).toEqual([]);
    expect(problems('query { viewer { login } }')).toEqual([]);
  });

  it('answer a file batch from the objects given, fragments by type', () => {
    const data = execute(parseOperation(batch.query), batch.variables, {
      repository: () => ({
        __typename: 'Repository',
        object: ({ expression }: { expression: string }) =>
          expression.endsWith('.yaml')
            ? { __typename: 'Blob', byteSize: 2, isBinary: false, isTruncated: false, text: 'x\n' }
            : { __typename: 'Tree', entries: [{ name: 'a.yaml', mode: 33188, type: 'blob' }] },
      }),
    });
    expect(data).toEqual({
      repository: {
        f0: { byteSize: 2, isBinary: false, isTruncated: false, text: 'x\n' },
        f1: { byteSize: 2, isBinary: false, isTruncated: false, text: 'x\n' },
        d0: { entries: [{ mode: 33188, name: 'a.yaml', type: 'blob' }] },
        d1: { entries: [{ mode: 33188, name: 'a.yaml', type: 'blob' }] },
      },
    });
  });

  it('catch what GitHub would refuse', () => {
    const q = (body: string, vars = '$e: String!') =>
      `query(${vars}, $owner: String!, $name: String!) { repository(owner: $owner, name: $name) { ${body} } }`;
    const v = { e: `${SHA}:a`, owner: 'o', name: 'r' };
    expect(problems(q('object(expression: $e) { ... on Blob { text size } }'), v)).toEqual([
      'query.repository.object(on Blob): Blob has no field size',
    ]);
    expect(problems(q('object(expression: $e) { ... on Blob { text } }', '$e: Int!'), v)).toEqual([
      'query.repository.object(expression): $e is Int!, not String',
    ]);
    expect(problems(q('object(path: $e) { ... on Blob { text } }'), v)).toEqual([
      'query.repository.object: no argument path',
      '$e is declared but not used',
    ]);
    expect(problems(q('object(expression: $e) { ... on TreeEntry { name } }'), v)).toEqual([
      'query.repository.object: a fragment on TreeEntry in GitObject',
    ]);
    expect(problems(q('object(expression: $e) { ... on Tree { entries } }'), v)).toEqual([
      'query.repository.object(on Tree).entries is a TreeEntry: it needs a selection',
    ]);
    expect(problems(q('object(expression: $e) { ... on Blob { text } }'), { ...v, x: 1 })).toEqual([
      'the variable x is given but not declared',
    ]);
    expect(problems(q('object(expression: "x") { ... on Blob { text } }'), v)).toEqual([
      '$e is declared but not used',
    ]);
    expect(problems(q('object(expression: $e) { ... on Blob { text } }'), { ...v, e: 3 })).toEqual([
      '$e is not a string',
    ]);
    expect(() => parseOperation('query { viewer { login } } query { viewer { login } }')).toThrow(
      /more than one operation/,
    );
    expect(() => parseOperation('mutation { x }')).toThrow(/expected query/);
  });
});
