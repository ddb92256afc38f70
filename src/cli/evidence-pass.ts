// The CLI's second pass over a run (docs/evidence.md): the artefacts the proposals cite, read
// once each through the guarded reader from the git top level, and the proposals that cite a
// path judged again with them. `check` and `portfolio` both run it, after a first pass judged
// with beforeArtefacts.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAX_EVIDENCE_BYTES } from '../config/index.js';
import type { EngineOptions, FileResult } from '../core/engine.js';
import {
  judgeWithArtefacts,
  type ArtefactRead,
  type Artefacts,
} from '../core/evidence/artefacts.js';
import { judgeRead, type ReadOutcome } from '../core/judge.js';
import { readForCheck, readGuardedFile, toReportPath } from '../io/files.js';
import { findRepositoryRoot } from './load-config.js';

/** The repository around `cwd`: its top level, and what the engine needs to know of it. */
export async function repositoryOf(
  cwd: string,
  env: NodeJS.ProcessEnv,
  given: string | undefined,
): Promise<{ root: string; engine: Pick<EngineOptions, 'repository' | 'base'> }> {
  const root = (await findRepositoryRoot(cwd)) ?? path.resolve(cwd);
  const repository = given ?? githubRepository(env.GITHUB_REPOSITORY) ?? originRepository(root);
  const base = toReportPath(root, path.resolve(cwd));
  return {
    root,
    engine: {
      ...(repository !== undefined ? { repository } : {}),
      ...(base !== '' && base !== '.' && !base.startsWith('..') ? { base } : {}),
    },
  };
}

export interface EvidencePass {
  /** The folder the judged files' paths are relative to. */
  cwd: string;
  /** The git top level: evidence paths are read from it. */
  root: string;
  engine: EngineOptions;
  /** The proposals' size cap. */
  maxBytes: number | undefined;
  /** `max-evidence-bytes`; the default when undefined. */
  cap: number | undefined;
  /** The proposal's text when it came from standard input (it cannot be read again). */
  text?: ReadOutcome;
  /** What the shell does to each result of its first pass, done to the second's too. */
  after?: (result: FileResult) => FileResult;
  /** Told the artefacts read, for judging the same run's files again (check --fix). */
  seen?: (artefacts: Artefacts) => void;
}

/** The run's results, those that cite a path judged again with the artefacts they cite. */
export function withCitedArtefacts(
  results: readonly FileResult[],
  pass: EvidencePass,
): Promise<FileResult[]> {
  const cap = pass.cap ?? DEFAULT_MAX_EVIDENCE_BYTES;
  return judgeWithArtefacts(
    results,
    (paths) => Promise.resolve(readArtefacts(pass.root, paths, cap)),
    (file, artefacts) => {
      pass.seen?.(artefacts);
      const read = pass.text ?? readForCheck(pass.cwd, path.resolve(pass.cwd, file), pass.maxBytes);
      const result = judgeRead(file, read, { ...pass.engine, artefacts });
      return pass.after ? pass.after(result) : result;
    },
  );
}

export function isOwnerRepo(value: string): boolean {
  return OWNER_REPO.test(value);
}

/** OWNER/REPO as GitHub spells repository names. */
const OWNER_REPO = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;

function githubRepository(value: string | undefined): string | undefined {
  return value !== undefined && OWNER_REPO.test(value) ? value : undefined;
}

/**
 * OWNER/REPO of the `origin` remote when it is on github.com, from the repository's git
 * configuration (the tool's own reading: nothing a proposal names).
 */
function originRepository(root: string): string | undefined {
  try {
    let gitDir = path.join(root, '.git');
    if (!statSync(gitDir).isDirectory()) {
      // A worktree: `.git` is a file naming its folder, which names the shared one.
      const named = /^gitdir:\s*(.+)$/m.exec(readFileSync(gitDir, 'utf8'))?.[1]?.trim();
      if (named === undefined) return undefined;
      gitDir = path.resolve(root, named);
      const common = path.join(gitDir, 'commondir');
      if (existsSync(common)) gitDir = path.resolve(gitDir, readFileSync(common, 'utf8').trim());
    }
    const config = readFileSync(path.join(gitDir, 'config'), 'utf8');
    const section = /\[remote "origin"\]([^[]*)/.exec(config)?.[1] ?? '';
    const url = /^\s*url\s*=\s*(\S+)\s*$/m.exec(section)?.[1] ?? '';
    const m = /github\.com[:/]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/i.exec(url);
    return m ? githubRepository(`${m[1]}/${m[2]}`) : undefined;
  } catch {
    return undefined;
  }
}

/** Each cited path, from the repository root, as the guarded reader finds it. */
function readArtefacts(
  root: string,
  paths: readonly string[],
  cap: number,
): Map<string, ArtefactRead> {
  const out = new Map<string, ArtefactRead>();
  for (const p of paths) {
    const got = readGuardedFile(root, p, cap, 'an evidence file');
    if (got.ok) out.set(p, { kind: 'text', text: got.text });
    else if ('missing' in got) out.set(p, { kind: 'missing' });
    else if (/over the .* limit/.test(got.message)) {
      let bytes = cap + 1;
      try {
        bytes = statSync(path.resolve(root, p)).size;
      } catch {
        // The size in the message is enough; the cap is what matters.
      }
      out.set(p, { kind: 'too-large', bytes, cap });
    } else if (/binary|UTF-16|UTF-8/.test(got.message)) {
      // There, but not the text of a measurement (a PDF, a screenshot): no format is read.
      out.set(p, { kind: 'text', text: '' });
    } else out.set(p, { kind: 'refused', reason: got.message });
  }
  return out;
}
