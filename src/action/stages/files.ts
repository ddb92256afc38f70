// Which files are judged. On a pull request of more than 3,000 files GitHub lists
// only the first 3,000: a proposal past them would go unjudged, so a pull request padded past
// the cap could slip through the gate. Such a run judges every proposal at the head instead,
// and says so.

import { plural } from '../../core/render/labels.js';
import { findByGlobs, toReportPath } from '../../io/files.js';
import {
  globMatcher,
  PR_FILES_CAP,
  treeAtCommit,
  selectChangedFiles,
  type FileList,
} from '../changed-files.js';
import { errorMessage } from '../github.js';
import type { Scope } from '../inputs.js';
import { widenedLogLine } from '../notes.js';
import { printable } from '../printable.js';
import { short, type Source } from '../read-files.js';
import type { Started } from '../types.js';
import type { Prefetched } from './prefetch.js';

export interface Listing {
  /** The scope judged: `all` when a changed scope was widened. */
  scope: Scope;
  files: FileList;
  /** Set when the pull request was too large to list: every proposal is judged. */
  widened: { total: number | undefined } | undefined;
  /** Every file's path at the commit, when the listing read the tree through the API. */
  paths?: string[];
}

export async function listFiles(
  run: Started,
  asked: Scope,
  source: Source,
  globs: readonly string[],
  prefetched: Prefetched,
): Promise<Listing> {
  const { ctx, api, repo, sink, workspace } = run;
  let scope = asked;
  let files: FileList | undefined;
  let widened: { total: number | undefined } | undefined;
  let paths: string[] | undefined;
  if (scope === 'changed') {
    const pr = ctx.pr!;
    if (pr.changedFiles !== undefined && pr.changedFiles > PR_FILES_CAP) {
      // The payload says so already: listing 3,000 files first would be 30 requests for nothing.
      widened = { total: pr.changedFiles };
    } else {
      // Started beside the configuration read (prefetch.ts).
      const listed = await prefetched.prFiles!.catch((err: unknown) => {
        throw new Error(
          `cannot list the files of pull request #${pr.number}: ${errorMessage(err)} (the token needs \`pull-requests: read\`)`,
        );
      });
      const changed = selectChangedFiles(listed.entries, listed.total, globs);
      if (changed.truncated) widened = { total: changed.total };
      else files = changed;
    }
    if (widened) {
      scope = 'all';
      sink.info(widenedLogLine(widened.total, ctx.sha));
    }
  }
  if (!files && source.kind === 'workspace') {
    const match = globMatcher(globs);
    const found = (await findByGlobs(workspace, globs))
      .map((f) => toReportPath(workspace, f))
      .filter(match);
    files = { files: found, listed: found.length, total: undefined, truncated: false };
  } else if (!files) {
    const tree = await treeAtCommit(api, repo, ctx.sha, globs).catch((err: unknown) => {
      throw new Error(
        `cannot list the files at ${short(ctx.sha)} through the API: ${errorMessage(err)} (check out the repository before this step, or give the token \`contents: read\`)`,
      );
    });
    files = tree.list;
    paths = tree.paths;
  }
  // A file name may hold a newline; raw in the log it could start a workflow command.
  const named = files.files.slice(0, 20).map(printable).join(', ');
  const more = files.files.length > 20 ? ` and ${files.files.length - 20} more` : '';
  sink.info(
    `${plural(files.files.length, 'file')} to judge${files.files.length ? `: ${named}${more}` : ''}`,
  );
  return { scope, files, widened, ...(paths ? { paths } : {}) };
}
