// The repository's proposals a `scope: changed` run does not judge, for rules across proposals
// (duplicate-service): a changed proposal is compared with every proposal the globs find at
// the commit, not only with the other changed ones. Listed from the workspace, or without a
// checkout from the Git trees API beside the proposals' reads; their text read in the round
// trip that reads cited artefacts (REST for a few, GraphQL batches for more).

import type { OtherProposal } from '../core/engine.js';
import { otherProposal } from '../core/proposal/other.js';
import { findByGlobs, toReportPath, type ReadResult } from '../io/files.js';
import { proposalMatcher } from '../io/match.js';
import type { Repo } from './api/types.js';
import { globMatcher, proposalFilesAtCommit } from './changed-files.js';
import { errorMessage, type GitHubApi } from './github.js';
import { readApiFile, readApiFiles, readWorkspaceFile, type Source } from './read-files.js';
import type { Sink } from './types.js';

export interface OthersPlace {
  source: Source;
  workspace: string;
  api: GitHubApi | undefined;
  repo: Repo;
  /** The commit judged. */
  sha: string;
  sink: Sink;
}

/** Lists and reads the other proposals once per run, whichever judging asks. */
export class OtherProposals {
  private listing: { globs: string; files: Promise<string[]> } | undefined;
  private readonly reads = new Map<string, Promise<OtherProposal | undefined>>();

  constructor(private readonly place: OthersPlace) {}

  /** Every proposal at the commit by `globs`; started at once (the caller awaits it later). */
  list(globs: readonly string[]): Promise<string[]> {
    const key = JSON.stringify(globs);
    if (this.listing?.globs !== key) {
      this.listing = { globs: key, files: this.listAt(globs) };
    }
    return this.listing.files;
  }

  private async listAt(globs: readonly string[]): Promise<string[]> {
    const { source, workspace, api, repo, sha, sink } = this.place;
    try {
      if (source.kind === 'workspace') {
        const match = globMatcher(globs);
        return (await findByGlobs(workspace, globs))
          .map((f) => toReportPath(workspace, f))
          .filter(match);
      }
      if (!api) return [];
      return (await proposalFilesAtCommit(api, repo, sha, globs)).files;
    } catch (err) {
      // Without the list the changed proposals are still judged, compared with one another.
      sink.info(
        `The repository's other proposals were not listed (${errorMessage(err)}): duplicate-service compares the changed proposals with one another only.`,
      );
      return [];
    }
  }

  /**
   * The `service` and `status` of each file, read through the guarded reader or the API (in
   * GraphQL batches when `batched`); a file that cannot be read or parsed gives nothing.
   */
  async read(
    files: readonly string[],
    o: { maxBytes: number; globs: readonly string[]; batched: boolean },
  ): Promise<OtherProposal[]> {
    const { source, workspace, api, repo, sha } = this.place;
    const fresh = files.filter((f) => !this.reads.has(f));
    let started: Map<string, Promise<ReadResult>> | undefined;
    if (source.kind === 'api' && api && o.batched && fresh.length > 0) {
      started = readApiFiles(api, repo, sha, fresh, o.maxBytes);
    }
    const isProposal = proposalMatcher(o.globs);
    for (const file of fresh) {
      const read: Promise<ReadResult | undefined> =
        source.kind === 'workspace'
          ? readWorkspaceFile(workspace, file, o.maxBytes, isProposal)
          : (started?.get(file) ??
            (api ? readApiFile(api, repo, sha, file, o.maxBytes) : Promise.resolve(undefined)));
      this.reads.set(
        file,
        read.then(
          (r) => (r?.ok ? otherProposal(file, r.text) : undefined),
          () => undefined,
        ),
      );
    }
    const out: OtherProposal[] = [];
    for (const file of files) {
      const other = await this.reads.get(file);
      if (other) out.push(other);
    }
    return out;
  }
}
