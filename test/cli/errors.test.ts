// How the CLI answers what goes wrong: a mistake in the command line is said plainly, a
// defect of Stack Verdict says "internal error" (its stack only when asked for), and both exit 2.

import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { fakeIo, proposal, tempTree } from '../helpers.js';

/** `check -` whose standard input fails with `err` (a defect, as far as the CLI can tell). */
async function checkWithBrokenStdin(err: unknown, env: NodeJS.ProcessEnv = {}) {
  const t = fakeIo(tempTree({ 'p.yaml': proposal() }), env);
  t.io.readStdin = () => {
    throw err;
  };
  const code = await runCli(['check', '-'], t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

describe('CLI errors', () => {
  it('says "internal error" and the message for an unexpected error, without a stack, exit 2', async () => {
    const r = await checkWithBrokenStdin(new RangeError('offset out of bounds'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('stack-verdict: internal error: offset out of bounds\n');
  });

  it('adds the stack under NODE_DEBUG=stack-verdict (also in a list, or as a pattern)', async () => {
    for (const NODE_DEBUG of ['stack-verdict', 'http,stack-verdict', 'stack-*']) {
      const r = await checkWithBrokenStdin(new RangeError('offset out of bounds'), { NODE_DEBUG });
      expect(r.code, NODE_DEBUG).toBe(2);
      const [first, ...rest] = r.stderr.trimEnd().split('\n');
      expect(first).toBe('stack-verdict: internal error: offset out of bounds');
      expect(rest[0]).toBe('RangeError: offset out of bounds');
      expect(rest.slice(1).every((line) => /^\s+at /.test(line))).toBe(true);
      expect(rest.length).toBeGreaterThan(1);
    }
    const other = await checkWithBrokenStdin(new RangeError('x'), { NODE_DEBUG: 'http' });
    expect(other.stderr).toBe('stack-verdict: internal error: x\n');
  });

  it('says what was thrown when it is not an Error', async () => {
    const r = await checkWithBrokenStdin('a string');
    expect(r).toMatchObject({ code: 2, stderr: 'stack-verdict: internal error: a string\n' });
  });

  it('says a failed system call as it is, not as an internal error', async () => {
    const err = Object.assign(new Error('EACCES: permission denied, read'), {
      code: 'EACCES',
      syscall: 'read',
    });
    const r = await checkWithBrokenStdin(err);
    expect(r).toMatchObject({
      code: 2,
      stderr: 'stack-verdict: EACCES: permission denied, read\n',
    });
  });

  it('says a usage error without "internal error" and without a stack, even when debugging', async () => {
    for (const args of [['check', '--format', 'xml'], ['frobnicate'], ['check', '--nope']]) {
      const t = fakeIo(tempTree(), { NODE_DEBUG: 'stack-verdict' });
      const code = await runCli(args, t.io);
      expect(code, args.join(' ')).toBe(2);
      expect(t.stderr()).toMatch(/^stack-verdict: [^\n]+\n$/);
      expect(t.stderr()).not.toContain('internal error');
    }
  });
});
