// Spectral for the comparison: installed on demand into the git-ignored .bench/ (never into
// package.json), and run with the ruleset of bench/spectral/.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { makeRuleset } from '../../bench/spectral/make-ruleset.mjs';

export const SPECTRAL_SPEC = '@stoplight/spectral-cli@6';

/** Installs Spectral into ROOT/.bench when missing; returns { script, version, ruleset }. */
export async function ensureSpectral(root, log) {
  const prefix = path.join(root, '.bench');
  const bin = path.join(prefix, 'node_modules', '.bin', 'spectral');
  if (!existsSync(bin)) {
    log(`installing ${SPECTRAL_SPEC} into .bench/ (once)…`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(
      npm,
      ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', SPECTRAL_SPEC],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  const script = realpathSync(bin);
  const pkg = path.join(prefix, 'node_modules', '@stoplight', 'spectral-cli', 'package.json');
  const version = JSON.parse(readFileSync(pkg, 'utf8')).version;
  return { script, version, ruleset: await makeRuleset() };
}

/** Arguments of `spectral lint` over every proposal beneath the run's folder. */
export function spectralArgs(ruleset) {
  return [
    'lint',
    'proposals/**/*.{yml,yaml,md}',
    '--ruleset',
    ruleset,
    '--format',
    'json',
    '--quiet',
  ];
}
