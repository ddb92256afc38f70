// The built CLI (dist/cli/index.js) writing into a pipe whose reader has gone: as ESLint or
// grep, it stops quietly, with the exit code of the work done, and no stack trace. Written
// first against the old bundle, which died with "Unhandled 'error' event ... EPIPE".
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { proposal, REPO_ROOT, tempTree } from '../helpers.js';

const BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const built = existsSync(BUNDLE);

/** Runs the bundle with its stdout a pipe that is closed before it writes a byte. */
function runIntoClosedPipe(args: string[], cwd = REPO_ROOT) {
  return new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BUNDLE, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe.skipIf(!built)('the bundle into a closed pipe (skipped until npm run build)', () => {
  it('rules into a closed pipe exits 0 without a word', async () => {
    expect(await runIntoClosedPipe(['rules'])).toEqual({ code: 0, signal: null, stderr: '' });
  });

  it('check into a closed pipe exits 1 for a failing gate, 0 for a passing one', async () => {
    expect(await runIntoClosedPipe(['check', 'examples/proposals'])).toEqual({
      code: 1,
      signal: null,
      stderr: '',
    });
    const cwd = tempTree({ 'proposals/a.yaml': proposal() });
    expect(await runIntoClosedPipe(['check', '--format', 'json'], cwd)).toEqual({
      code: 0,
      signal: null,
      stderr: '',
    });
  });

  it('check | head -1 in a shell: the first line, then the exit code of the check', () => {
    // 400 failing proposals: far more text than a pipe buffers, so head leaves mid-stream.
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) {
      files[`proposals/p${i}.yaml`] = proposal(
        { language: 'rust' },
        'team:\n  size: 2\n  rust-experience: 0\n',
      );
    }
    const cwd = tempTree(files);
    const out = execFileSync(
      'bash',
      [
        '-c',
        '"$0" "$1" check 2>err.txt | head -1; echo "exit ${PIPESTATUS[0]}"',
        process.execPath,
        BUNDLE,
      ],
      { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(out).toBe('proposals/p0.yaml (svc)\nexit 1\n');
    expect(readFileSync(path.join(cwd, 'err.txt'), 'utf8')).toBe('');
  });

  it('check - reads a proposal piped into standard input', () => {
    const cwd = tempTree();
    const r = spawnSync(
      'bash',
      [
        '-c',
        'printf "%s" "$2" | "$0" "$1" check - --stdin-filename proposals/x.yaml -f json',
        process.execPath,
        BUNDLE,
        proposal({ language: 'rust' }, 'team:\n  size: 2\n  rust-experience: 0\n'),
      ],
      { cwd, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.proposals.map((p) => [p.file, p.verdict])).toEqual([
      ['proposals/x.yaml', 'changes-requested'],
    ]);
  });
});
