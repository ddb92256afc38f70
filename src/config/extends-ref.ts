// What an `extends` value names: a built-in base, a file of the same repository, or a file
// of another repository at a ref. Only the text is checked here; reading is extends.ts's job.

import { didYouMean } from '../core/suggest.js';

export type ExtendsTarget =
  | { kind: 'base'; base: 'recommended' | 'none' }
  | { kind: 'local'; path: string }
  | { kind: 'remote'; owner: string; repo: string; path: string; ref: string };

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const REF = /^[A-Za-z0-9._/-]{1,200}$/;
const CONFIG_FILE = /\.ya?ml$/;

/** The target of an `extends` value, or why it names none. */
export function parseExtends(value: string): ExtendsTarget | { problem: string } {
  if (value === 'recommended' || value === 'none') return { kind: 'base', base: value };
  const at = value.lastIndexOf('@');
  if (at >= 0) {
    const [owner = '', repo = '', ...rest] = value.slice(0, at).split('/');
    const file = rest.join('/');
    const ref = value.slice(at + 1);
    if (!OWNER.test(owner) || !REPO.test(repo) || rest.length === 0) {
      return {
        problem: `\`extends\` names a configuration in another repository as OWNER/REPO/PATH@REF, such as acme/policy/stack-verdict.yml@v1`,
      };
    }
    const bad = pathProblem(file);
    if (bad) return { problem: bad };
    if (!REF.test(ref) || ref.split('/').includes('..') || ref.startsWith('/')) {
      return {
        problem: `\`extends\`: the ref after @ must be a tag, branch or commit, such as v1`,
      };
    }
    return { kind: 'remote', owner, repo, path: file, ref };
  }
  if (!value.includes('/') && !CONFIG_FILE.test(value)) {
    return {
      problem: `\`extends\` must be one of recommended, none, a path in the repository or OWNER/REPO/PATH@REF; found the string ${JSON.stringify(value.slice(0, 60))}.${didYouMean(value, ['recommended', 'none'])}`,
    };
  }
  const bad = pathProblem(value);
  return bad ? { problem: bad } : { kind: 'local', path: value };
}

function pathProblem(file: string): string | undefined {
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file) || file.includes('\\')) {
    return '`extends`: a path is relative to the repository root and uses forward slashes';
  }
  if (/[\p{Cc}\p{Cf}]/u.test(file)) return '`extends`: a path cannot hold control characters';
  const parts = file.split('/');
  if (parts.includes('..') || parts.includes('')) {
    return '`extends`: a path must stay inside the repository (no `..`, no empty part)';
  }
  if (parts[0] === '.git') return '`extends`: a path cannot lead into `.git`';
  if (!CONFIG_FILE.test(file)) return '`extends`: a configuration file ends in .yml or .yaml';
  return undefined;
}

/** How a target is named in messages and in the report's chain. */
export function targetName(t: ExtendsTarget): string {
  if (t.kind === 'base') return t.base;
  if (t.kind === 'local') return t.path;
  return `${t.owner}/${t.repo}/${t.path}@${t.ref}`;
}
