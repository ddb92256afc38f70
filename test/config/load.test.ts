import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  loadConfig,
  MAX_CONFIG_BYTES,
} from '../../src/config/index.js';
import { DEFAULT_GLOBS } from '../../src/io/files.js';
import { workspace } from './helpers.js';

async function loadError(root: string, file?: string): Promise<string> {
  try {
    await loadConfig(root, file);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('loadConfig', () => {
  it('uses the defaults when there is no file at the default path', async () => {
    const config = await loadConfig(workspace());
    expect(config.file).toBeUndefined();
    expect(config.files).toEqual(DEFAULT_GLOBS);
  });

  it('reads .github/stack-verdict.yml, and names it in the config', async () => {
    const root = workspace({ [DEFAULT_CONFIG_PATH]: 'fail-on: warning\n' });
    const config = await loadConfig(root);
    expect(config.file).toBe('.github/stack-verdict.yml');
    expect(config.failOn).toBe('warning');
  });

  it('also reads .github/stack-verdict.yaml, but not both', async () => {
    expect(
      (await loadConfig(workspace({ '.github/stack-verdict.yaml': 'fail-on: never\n' }))).failOn,
    ).toBe('never');
    const both = workspace({ [DEFAULT_CONFIG_PATH]: '', '.github/stack-verdict.yaml': '' });
    expect(await loadError(both)).toBe(
      'configuration error in .github/stack-verdict.yaml: both .github/stack-verdict.yml and .github/stack-verdict.yaml exist; keep one',
    );
  });

  it('reads an explicit path, which must exist', async () => {
    const root = workspace({ 'policy/verdict.yml': 'extends: none\n' });
    expect((await loadConfig(root, 'policy/verdict.yml')).extends).toBe('none');
    expect(await loadError(root, 'policy/missing.yml')).toBe(
      'configuration error in policy/missing.yml: the configuration file does not exist',
    );
    expect(await loadError(root, DEFAULT_CONFIG_PATH)).toMatch(/does not exist/);
  });

  it('reports problems with the path relative to the workspace', async () => {
    const root = workspace({ [DEFAULT_CONFIG_PATH]: 'rules:\n  rust-onboard-cost: off\n' });
    expect(await loadError(root)).toBe(
      'configuration error in .github/stack-verdict.yml:2:3: unknown rule `rust-onboard-cost`. Did you mean `rust-onboarding-cost`?',
    );
  });

  it('never reads outside the workspace', async () => {
    const outside = workspace({ 'secret.yml': 'fail-on: never\n' });
    const root = workspace();
    expect(await loadError(root, '../x.yml')).toMatch(/must be inside the repository/);
    expect(await loadError(root, path.join(outside, 'secret.yml'))).toMatch(
      /must be inside the repository/,
    );
    mkdirSync(path.join(root, '.github'));
    symlinkSync(path.join(outside, 'secret.yml'), path.join(root, DEFAULT_CONFIG_PATH));
    expect(await loadError(root)).toMatch(/leads outside the repository; it was not read/);
    const viaFolder = workspace();
    symlinkSync(outside, path.join(viaFolder, '.github'));
    writeFileSync(path.join(outside, 'stack-verdict.yml'), 'fail-on: never\n');
    expect(await loadError(viaFolder)).toMatch(/leads outside the repository/);
  });

  it('follows a link that stays inside the workspace', async () => {
    const root = workspace({ 'policy/real.yml': 'fail-on: never\n' });
    mkdirSync(path.join(root, '.github'));
    symlinkSync(path.join(root, 'policy/real.yml'), path.join(root, DEFAULT_CONFIG_PATH));
    expect((await loadConfig(root)).failOn).toBe('never');
  });

  it('refuses a file over the size cap unread, binary files and folders', async () => {
    const big = workspace({ [DEFAULT_CONFIG_PATH]: `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n` });
    expect(await loadError(big)).toMatch(
      /over the 256 KiB limit for a configuration; it was not read/,
    );
    const binary = workspace({ [DEFAULT_CONFIG_PATH]: 'a\u0000b' });
    expect(await loadError(binary)).toMatch(/binary/);
    const folder = workspace({ 'policy/x.yml': '' });
    expect(await loadError(folder, 'policy')).toMatch(/not a file/);
  });

  // The file is read synchronously: a FIFO opened without O_NONBLOCK would stop the whole run
  // until someone wrote to it. A link passes the lstat check, so the open must not wait.
  it.runIf(process.platform !== 'win32')(
    'refuses a link to a FIFO without waiting for a writer',
    async () => {
      const root = workspace({ 'policy/keep.txt': '' });
      try {
        execFileSync('mkfifo', [path.join(root, 'policy/pipe.yml')]);
      } catch {
        return; // no mkfifo here
      }
      mkdirSync(path.join(root, '.github'), { recursive: true });
      symlinkSync(path.join(root, 'policy/pipe.yml'), path.join(root, DEFAULT_CONFIG_PATH));
      expect(await loadError(root)).toMatch(/not a file/);
    },
  );
});
