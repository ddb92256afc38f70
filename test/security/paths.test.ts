// Paths: nothing outside the workspace is ever read, whatever the links, globs and inputs
// say; file names with spaces, Unicode or newlines are judged as they are and cannot start
// a workflow command in the log.

import { execFileSync } from 'node:child_process';
import { mkdir, open, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeAnnotations } from '../../src/action/annotations.js';
import * as core from '../../src/action/core.js';
import { stdout } from '../../src/action/stdout.js';
import { readApiFile, readWorkspaceFile } from '../../src/action/read-files.js';
import { printable } from '../../src/action/printable.js';
import type { Sink } from '../../src/action/types.js';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import { findByGlobs, readProposalFile, walk } from '../../src/io/files.js';
import { proposal } from '../helpers.js';
import {
  cleanTempDirs,
  FakeGitHub,
  HEAD,
  OWNER,
  pullRequestPayload,
  REPO,
  runScenario,
  tempDir,
} from '../action/fake-github.js';

afterEach(cleanTempDirs);

const GOOD = proposal();
const repo = { owner: OWNER, repo: REPO };

/** A workspace beside a folder outside it that holds a "secret" proposal. */
async function workspaceBesideSecret() {
  const root = await tempDir();
  const ws = path.join(root, 'ws');
  await mkdir(path.join(ws, 'proposals'), { recursive: true });
  await mkdir(path.join(root, 'outside'), { recursive: true });
  const secret = proposal().replace('service: svc', 'service: the-secret');
  await writeFile(path.join(root, 'outside', 'secret.yaml'), secret);
  return { root, ws, outside: path.join(root, 'outside') };
}

describe('links that lead outside the workspace', () => {
  it('refuses a file inside a linked folder that leads outside (every link on the way counts)', async () => {
    const { ws, outside } = await workspaceBesideSecret();
    await symlink(outside, path.join(ws, 'proposals', 'linked'));
    const read = await readWorkspaceFile(ws, 'proposals/linked/secret.yaml', 1024 * 1024);
    expect(read).toEqual({
      ok: false,
      message: 'the path leads outside the workspace through a linked folder; it was not read',
    });
    // The CLI reads with the same function.
    expect(await readProposalFile(path.join(ws, 'proposals/linked/secret.yaml'), ws)).toMatchObject(
      { ok: false, message: /linked folder/ },
    );
  });

  it('refuses a link chain that ends outside, and a link to a link', async () => {
    const { ws, outside } = await workspaceBesideSecret();
    await symlink(path.join(outside, 'secret.yaml'), path.join(ws, 'hop.yaml'));
    await symlink('../hop.yaml', path.join(ws, 'proposals', 'chain.yaml'));
    expect(await readWorkspaceFile(ws, 'proposals/chain.yaml', 1000)).toMatchObject({
      ok: false,
      message: /symbolic link that leads outside the workspace/,
    });
  });

  it('still reads a link that stays inside the workspace', async () => {
    const { ws } = await workspaceBesideSecret();
    await writeFile(path.join(ws, 'shared.yaml'), GOOD);
    await symlink('../shared.yaml', path.join(ws, 'proposals', 'inside.yaml'));
    expect(await readWorkspaceFile(ws, 'proposals/inside.yaml', 1000)).toEqual({
      ok: true,
      text: GOOD,
    });
  });

  it('refuses an absolute path and one with ..', async () => {
    const { ws, outside } = await workspaceBesideSecret();
    for (const file of [
      path.join(outside, 'secret.yaml'),
      '../outside/secret.yaml',
      '/etc/passwd',
    ]) {
      expect(await readWorkspaceFile(ws, file, 1000)).toMatchObject({
        ok: false,
        message: /outside the workspace/,
      });
    }
  });

  it('the walk neither enters linked folders nor lists links that lead outside', async () => {
    const { ws, outside } = await workspaceBesideSecret();
    await symlink(outside, path.join(ws, 'proposals', 'linked'));
    await symlink(path.join(outside, 'secret.yaml'), path.join(ws, 'proposals', 'leak.yaml'));
    await writeFile(path.join(ws, 'proposals', 'own.yaml'), GOOD);
    expect(await walk(ws, ws)).toEqual([path.join(ws, 'proposals', 'own.yaml')]);
  });

  it('push: a checkout with links out judges its own files and reads no secret', async () => {
    const root = await tempDir();
    const outside = path.join(root, 'outside');
    await mkdir(outside);
    await writeFile(
      path.join(outside, 'service-proposal.yaml'),
      proposal().replace('service: svc', 'service: the-secret'),
    );
    const { result } = await runScenario({
      event: 'push',
      checkout: HEAD,
      workspaceFiles: {
        'proposals/own.yaml': GOOD,
        'proposals/leak.yaml': `symlink:${path.join(outside, 'service-proposal.yaml')}`,
        'services/linked': `symlink:${outside}`,
      },
    });
    expect(result?.report.proposals.map((p) => p.file)).toEqual(['proposals/own.yaml']);
    expect(JSON.stringify(result?.report)).not.toContain('the-secret');
  });
});

describe('the contents API (no checkout)', () => {
  it('refuses a symbolic link listed in the tree, through workflow_dispatch', async () => {
    const fake = new FakeGitHub();
    fake.files.set('proposals/own.yaml', GOOD);
    fake.files.set('proposals/link.yaml', { symlink: '../../../etc/passwd' });
    const { result } = await runScenario({ event: 'workflow_dispatch', payload: {}, fake });
    const link = result?.report.proposals.find((p) => p.file === 'proposals/link.yaml');
    expect(link?.findings[0]).toMatchObject({ rule: 'proposal-invalid', message: /symbolic link/ });
    expect(result?.report.proposals.find((p) => p.file === 'proposals/own.yaml')?.verdict).toBe(
      'approved',
    );
  });

  it('refuses a file over the cap from its size alone: the blob is never fetched', async () => {
    const fake = new FakeGitHub();
    fake.files.set('proposals/big.yaml', `${GOOD}# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    const read = await readApiFile(fake, repo, HEAD, 'proposals/big.yaml', 1024 * 1024);
    expect(read).toMatchObject({ ok: false, message: /over the 1 MiB limit/ });
    expect(fake.count('GET /repos/{owner}/{repo}/git/blobs/{file_sha}')).toBe(0);
  });
});

describe('what is not a regular file, and the size cap', () => {
  it('refuses a file over the cap without reading it (a 4 GiB sparse file, instantly)', async () => {
    const ws = await tempDir();
    const file = path.join(ws, 'huge.yaml');
    const handle = await open(file, 'w');
    await handle.truncate(4 * 1024 * 1024 * 1024);
    await handle.close();
    const started = performance.now();
    expect(await readProposalFile(file, ws)).toEqual({
      ok: false,
      bytes: 4 * 1024 * 1024 * 1024,
      message: 'the file is 4096 MiB, over the 1 MiB limit for a proposal; it was not read',
    });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('the cap is configurable', async () => {
    const ws = await tempDir();
    await writeFile(path.join(ws, 'p.yaml'), GOOD);
    expect(await readProposalFile(path.join(ws, 'p.yaml'), ws, 10)).toMatchObject({
      ok: false,
      message: /over the 10 bytes limit/,
    });
  });

  it.runIf(process.platform !== 'win32')(
    'refuses a FIFO without waiting for a writer',
    async () => {
      const ws = await tempDir();
      const fifo = path.join(ws, 'pipe.yaml');
      try {
        execFileSync('mkfifo', [fifo]);
      } catch {
        return; // no mkfifo here
      }
      const started = performance.now();
      expect(await readProposalFile(fifo, ws)).toEqual({
        ok: false,
        message: 'not a regular file',
      });
      expect(performance.now() - started).toBeLessThan(1000);
    },
  );

  it('refuses a folder named like a proposal', async () => {
    const ws = await tempDir();
    await mkdir(path.join(ws, 'proposals', 'dir.yaml'), { recursive: true });
    expect(await readWorkspaceFile(ws, 'proposals/dir.yaml', 1000)).toEqual({
      ok: false,
      message: 'not a regular file',
    });
  });
});

describe('globs and inputs cannot reach outside the workspace', () => {
  it('globs only filter paths inside the workspace: .., absolute and [.][.] find nothing outside', async () => {
    const { ws } = await workspaceBesideSecret();
    await writeFile(path.join(ws, 'proposals', 'own.yaml'), GOOD);
    for (const glob of [
      '../**/*.yaml',
      '../outside/*.yaml',
      '[.][.]/**',
      '/**/*.yaml',
      '**/*.yaml',
    ]) {
      for (const f of await findByGlobs(ws, [glob]))
        expect(f.startsWith(`${ws}${path.sep}`)).toBe(true);
    }
  });

  it('workflow_dispatch: a `files` input with .. stops the run before any I/O', async () => {
    const fake = new FakeGitHub();
    const { result, sink } = await runScenario({
      event: 'workflow_dispatch',
      payload: { inputs: { files: '../outside/*.yaml' } },
      inputs: { files: '../outside/*.yaml' },
      fake,
    });
    expect(result).toBeUndefined();
    expect(fake.calls).toEqual([]);
    expect(sink.failed[0]).toMatch(/contains "\.\."; files outside the workspace are never read/);
  });

  it('workflow_dispatch: a glob that spells .. as [.][.] passes validation and still reads nothing outside', async () => {
    const { result } = await runScenario({
      event: 'workflow_dispatch',
      payload: {},
      checkout: HEAD,
      inputs: { files: '[.][.]/**/*.yaml\n[.][.]/*.json' },
      workspaceFiles: { 'proposals/own.yaml': GOOD },
    });
    expect(result?.report.proposals).toEqual([]);
  });
});

describe('file names with spaces, Unicode and newlines', () => {
  const NAMES = [
    'proposals/with space.yaml',
    'proposals/ünïcødé 名前 🚀.yaml',
    'proposals/new\nline::error::forged.yaml',
  ];

  it('are judged under their own names, and the log never starts a line with them', async () => {
    const fake = new FakeGitHub();
    // One service each: one service in two files is a duplicate-service error (policy 1.1).
    NAMES.forEach((name, i) =>
      fake.addPrFile(
        name,
        proposal({ language: 'rust' }).replace('service: svc', `service: s${i}`),
      ),
    );
    const { result, sink } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      fake,
      inputs: { comment: 'never' },
    });
    expect(result?.report.proposals.map((p) => p.file).sort()).toEqual([...NAMES].sort());
    expect(
      sink
        .annotations('error')
        .map((a) => a.props?.file)
        .sort(),
    ).toEqual([...NAMES].sort());
    for (const r of sink.log.filter((l) => l.level === 'info'))
      expect(r.message).not.toMatch(/[\r\n]/);
  });

  it('@actions/core escapes them in annotations: one line per annotation, no command of theirs', () => {
    const options = defaultEngineOptions();
    const report = buildReport(
      NAMES.map((n) => judgeFile(n, proposal({ language: 'rust' }), options)),
      'error',
    );
    // A message with a line break and a command, as a custom rule could write.
    report.proposals[0]!.findings[0]!.message =
      'x\n::set-output name=verdict::approved\r\n::endgroup::';
    const written: string[] = [];
    // The Action's own @actions/core subset, which writes through ./stdout.ts.
    const spy = vi.spyOn(stdout, 'write').mockImplementation((text) => {
      written.push(text);
    });
    try {
      const sink: Sink = {
        info: (m) => core.info(printable(m)),
        error: (m, p) => core.error(m, p),
        warning: (m, p) => core.warning(m, p),
        notice: (m, p) => core.notice(m, p),
        setOutput: () => {},
        setFailed: (m) => core.setFailed(m),
        summary: async () => {},
      };
      writeAnnotations(report, sink);
      sink.info(`files: ${NAMES.join(', ')}`);
      sink.setFailed(`failed for ${NAMES[2]}`);
    } finally {
      spy.mockRestore();
      process.exitCode = undefined;
    }
    const lines = written.join('').split(/\r?\n/).filter(Boolean);
    expect(lines.length).toBe(written.length);
    for (const line of lines) expect(line).toMatch(/^(::(error|warning|notice)( |::)|files: )/);
    expect(lines.join('\n')).toContain('file=proposals/new%0Aline%3A%3Aerror%3A%3Aforged.yaml');
    expect(lines.join('\n')).toContain('::x%0A::set-output name=verdict::approved%0A::endgroup::');
  });
});
