// src/action/core.ts (the functions of @actions/core the Action uses, without the package's
// index and its HTTP stack) against @actions/core itself: the same workflow commands on
// stdout, the same GITHUB_OUTPUT file, the same exit code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as real from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as ours from '../../src/action/core.js';
import { stdout } from '../../src/action/stdout.js';
import { writeAll } from '../../src/io/write.js';
import { parseOutputFile } from '../e2e/support/runner.js';

interface Lib {
  info(message: string): void;
  error(message: string, properties?: real.AnnotationProperties): void;
  warning(message: string, properties?: real.AnnotationProperties): void;
  notice(message: string, properties?: real.AnnotationProperties): void;
  setSecret(secret: string): void;
  setOutput(name: string, value: unknown): void;
  setFailed(message: string): void;
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'core-'));
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env['GITHUB_OUTPUT'];
  process.exitCode = undefined;
});

/** What `use(lib)` writes to stdout and to GITHUB_OUTPUT, and the exit code it leaves. */
function effects(lib: Lib, use: (lib: Lib) => void, withOutputFile: boolean) {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  // Ours writes through ./stdout.ts (fs.writeSync on descriptor 1), never process.stdout.
  vi.spyOn(stdout, 'write').mockImplementation((text: string) => {
    out.push(text);
  });
  const file = path.join(tmp, `output-${Math.random()}`);
  if (withOutputFile) {
    writeFileSync(file, '');
    process.env['GITHUB_OUTPUT'] = file;
  }
  use(lib);
  vi.restoreAllMocks();
  delete process.env['GITHUB_OUTPUT'];
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  const written = withOutputFile ? readFileSync(file, 'utf8') : '';
  rmSync(file, { force: true });
  // setOutput's heredoc delimiter is random: the same shape, any delimiter.
  return { out, exitCode, written: written.replace(/ghadelimiter_[\w-]+/g, 'DELIMITER') };
}

const props = { title: 'T: %,\n', file: 'a/b.yaml', startLine: 3, startColumn: 7 };
const calls: [string, (lib: Lib) => void][] = [
  ['info', (l) => l.info('hello %0A\r\n::error::x')],
  ['error with a position', (l) => l.error('bad: 100%\nnext', props)],
  ['warning', (l) => l.warning('careful, %25', {})],
  ['notice', (l) => l.notice('note', { file: 'x.md', endLine: 4 })],
  ['setSecret', (l) => l.setSecret('s3cr3t\nline')],
  ['setOutput', (l) => l.setOutput('verdict', 'fail\nmore')],
  ['setOutput of an object', (l) => l.setOutput('counts', { errors: 2 })],
  ['setFailed', (l) => l.setFailed('it failed: %\r\n')],
  ['error with every property', (l) => l.error('m', { ...props, endLine: 9, endColumn: 2 })],
  ['an annotation whose title is empty', (l) => l.warning('w', { title: '', file: 'a:b,c' })],
];

describe("the Action's @actions/core subset", () => {
  for (const [name, use] of calls) {
    it(`${name}: the same effects as @actions/core`, () => {
      for (const withOutputFile of [false, true]) {
        expect(effects(ours, use, withOutputFile)).toEqual(effects(real, use, withOutputFile));
      }
    });
  }

  it('writes something at all (the comparison is not empty)', () => {
    expect(effects(ours, (l) => l.error('x', props), false).out.join('')).toContain('::error ');
    expect(effects(ours, (l) => l.setOutput('a', 'b'), true).written).toContain('a<<DELIMITER');
    expect(effects(ours, (l) => l.setFailed('x'), false).exitCode).toBe(1);
  });

  it('setOutput: a value holding the delimiter cannot end its block early; another is drawn', () => {
    // The first delimiter Math.random would give, written into the value by a stranger.
    const draws = [0.25, 0.5, 0.75, 0.125];
    const part = (x: number) => x.toString(36).slice(2, 12).padEnd(10, '0');
    const first = `ghadelimiter_${part(0.25)}-${part(0.5)}`;
    vi.spyOn(Math, 'random').mockImplementation(() => draws.shift() ?? 0.375);
    const value = `line\n${first}\nverdict=pass\n${first}`;
    const file = path.join(tmp, 'output-forged');
    writeFileSync(file, '');
    process.env['GITHUB_OUTPUT'] = file;
    ours.setOutput('report', value);
    const written = readFileSync(file, 'utf8');
    expect(written).not.toMatch(new RegExp(`^report<<${first}$`, 'm'));
    expect(parseOutputFile(written)).toEqual({ report: value });
    expect(ours.keyValueMessage('a', 'b')).toMatch(/^a<<ghadelimiter_[\w-]+\n/);
  });
});

describe('the job summary', () => {
  const markdown = '## Verdict: fail\n\n| a | b |\n|---|---|\n| 1 | 2 |';
  afterEach(() => {
    delete process.env['GITHUB_STEP_SUMMARY'];
  });

  /** The summary file after `write` appends twice to a file that already holds a line. */
  async function appended(write: (md: string) => Promise<unknown> | void): Promise<string> {
    const file = path.join(tmp, `summary-${Math.random()}`);
    writeFileSync(file, 'an earlier step\n');
    process.env['GITHUB_STEP_SUMMARY'] = file;
    await write(markdown);
    await write('second');
    return readFileSync(file, 'utf8');
  }
  // @actions/core's summary is one object that keeps the first path it checked: forget it.
  const realWrite = (md: string) => {
    (real.summary as unknown as { _filePath?: string })._filePath = undefined;
    return real.summary.addRaw(md, true).write();
  };

  it('appends what @actions/core appends, after what earlier steps wrote', async () => {
    const mine = await appended((md) => ours.appendSummary(md));
    expect(mine).toBe(await appended(realWrite));
    expect(mine.startsWith('an earlier step\n## Verdict: fail\n')).toBe(true);
  });

  it('refuses as @actions/core does when there is no summary file or no variable', async () => {
    process.env['GITHUB_STEP_SUMMARY'] = path.join(tmp, 'no-such-dir', 'summary.md');
    const missing = await realWrite('x').then(
      () => 'written',
      (err: Error) => err.message,
    );
    expect(() => ours.appendSummary('x')).toThrow(missing);
    delete process.env['GITHUB_STEP_SUMMARY'];
    expect(() => ours.appendSummary('x')).toThrow(/GITHUB_STEP_SUMMARY/);
  });
});

describe('standard output without process.stdout', () => {
  it('writes every byte, going on after a short write', () => {
    const seen: Buffer[] = [];
    const short = (fd: number, buffer: Uint8Array, offset = 0, length = buffer.length) => {
      const n = Math.min(3, length);
      seen.push(Buffer.from(buffer.subarray(offset, offset + n)));
      return n;
    };
    writeAll('::error::héllo\n', 1, short as never);
    expect(Buffer.concat(seen).toString('utf8')).toBe('::error::héllo\n');
  });

  it('waits and tries again while the pipe is full, losing nothing', () => {
    let calls = 0;
    const seen: Buffer[] = [];
    const full = (fd: number, buffer: Uint8Array, offset = 0, length = buffer.length) => {
      calls++;
      if (calls <= 3) throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
      seen.push(Buffer.from(buffer.subarray(offset, offset + length)));
      return length;
    };
    writeAll('::notice::x\n', 1, full as never);
    expect(calls).toBe(4);
    expect(Buffer.concat(seen).toString()).toBe('::notice::x\n');
  });

  it('drops the text when no one reads the pipe, and throws any other error', () => {
    const epipe = () => {
      throw Object.assign(new Error('EPIPE'), { code: 'EPIPE' });
    };
    expect(() => writeAll('x', 1, epipe as never)).not.toThrow();
    const ebadf = () => {
      throw Object.assign(new Error('EBADF'), { code: 'EBADF' });
    };
    expect(() => writeAll('x', 1, ebadf as never)).toThrow('EBADF');
  });
});
