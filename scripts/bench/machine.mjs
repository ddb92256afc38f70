// The machine and the code under test: what the report says the figures were taken on.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACTION, ROOT } from './context.mjs';

export function machine() {
  const cpus = os.cpus();
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    dirty =
      execFileSync('git', ['status', '--porcelain', '--', 'src', 'schema', 'dist'], {
        cwd: ROOT,
        encoding: 'utf8',
      }).trim() !== '';
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    load: os.loadavg(),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: `${commit}${dirty ? ' (with uncommitted changes in src/, schema/ or dist/)' : ''}`,
  };
}

/** The files beside the Action bundle (dist/ unless --action says otherwise). */
export function bundleSizes() {
  const dist = path.dirname(ACTION);
  if (!existsSync(dist)) return [];
  const out = [];
  const visit = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) visit(full);
      else
        out.push({
          file: path.relative(ROOT, full).split(path.sep).join('/'),
          bytes: statSync(full).size,
        });
    }
  };
  visit(dist);
  return out.sort((a, b) => a.file.localeCompare(b.file));
}
