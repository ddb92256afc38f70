import { describe, expect, it } from 'vitest';
import {
  changedProposalFiles,
  globMatcher,
  proposalFilesAtCommit,
  selectChangedFiles,
} from '../../src/action/changed-files.js';
import { DEFAULT_GLOBS } from '../../src/io/files.js';
import { FakeGitHub, HEAD, OWNER, PR_NUMBER, REPO } from './fake-github.js';

const repo = { owner: OWNER, repo: REPO };
const FILES_ROUTE = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files';

describe('changedProposalFiles', () => {
  it('pages through 250 files in 3 requests of 100 and keeps the proposals', async () => {
    const fake = new FakeGitHub();
    for (let i = 0; i < 250; i++) {
      fake.prFiles.push({
        filename: i % 50 === 0 ? `proposals/p${i}.yaml` : `src/f${i}.ts`,
        status: 'modified',
      });
    }
    const list = await changedProposalFiles(fake, repo, PR_NUMBER, 250, DEFAULT_GLOBS);
    expect(fake.count(FILES_ROUTE)).toBe(3);
    expect(fake.calls.map((c) => c.params.page)).toEqual([1, 2, 3]);
    expect(fake.calls.every((c) => c.params.per_page === 100)).toBe(true);
    expect(list).toEqual({
      files: [
        'proposals/p0.yaml',
        'proposals/p100.yaml',
        'proposals/p150.yaml',
        'proposals/p200.yaml',
        'proposals/p50.yaml',
      ],
      listed: 250,
      total: 250,
      truncated: false,
    });
  });

  it('stops after one request when the first page is short', async () => {
    const fake = new FakeGitHub();
    fake.prFiles.push({ filename: 'proposals/a.yaml', status: 'added' });
    await changedProposalFiles(fake, repo, PR_NUMBER, 1, DEFAULT_GLOBS);
    expect(fake.count(FILES_ROUTE)).toBe(1);
  });

  it('asks for a 4th page when 300 files fill 3 pages exactly, and no more', async () => {
    const fake = new FakeGitHub();
    for (let i = 0; i < 300; i++) fake.prFiles.push({ filename: `x${i}`, status: 'added' });
    await changedProposalFiles(fake, repo, PR_NUMBER, 300, DEFAULT_GLOBS);
    expect(fake.count(FILES_ROUTE)).toBe(4);
  });

  it('ignores removed files and judges renamed ones at their new path', () => {
    const list = selectChangedFiles(
      [
        { filename: 'proposals/gone.yaml', status: 'removed' },
        {
          filename: 'proposals/new-name.yaml',
          status: 'renamed',
          previous_filename: 'proposals/old-name.yaml',
        },
        { filename: 'proposals/kept.md', status: 'modified' },
        { filename: 'proposals/copied.yml', status: 'copied' },
        { filename: 'README.md', status: 'modified' },
      ],
      5,
      DEFAULT_GLOBS,
    );
    expect(list.files).toEqual([
      'proposals/copied.yml',
      'proposals/kept.md',
      'proposals/new-name.yaml',
    ]);
  });

  it('stops at the API cap of 3,000 files and says the list is incomplete', async () => {
    const fake = new FakeGitHub();
    for (let i = 0; i < 3500; i++) fake.prFiles.push({ filename: `gen/f${i}.go`, status: 'added' });
    fake.prFiles[10] = { filename: 'proposals/seen.yaml', status: 'added' };
    fake.prFiles[3200] = { filename: 'proposals/unseen.yaml', status: 'added' };
    const list = await changedProposalFiles(fake, repo, PR_NUMBER, 3500, DEFAULT_GLOBS);
    expect(fake.count(FILES_ROUTE)).toBe(30);
    expect(list).toMatchObject({
      files: ['proposals/seen.yaml'],
      listed: 3000,
      total: 3500,
      truncated: true,
    });
  });

  it('asks the pull request for its file count when the payload has none and the cap is reached', async () => {
    const fake = new FakeGitHub();
    for (let i = 0; i < 3000; i++) fake.prFiles.push({ filename: `f${i}`, status: 'added' });
    fake.changedFiles = 4000;
    const list = await changedProposalFiles(fake, repo, PR_NUMBER, undefined, DEFAULT_GLOBS);
    expect(fake.count('GET /repos/{owner}/{repo}/pulls/{pull_number}')).toBe(1);
    expect(list).toMatchObject({ total: 4000, truncated: true });
  });

  it('counts exactly 3,000 changed files as complete', async () => {
    const fake = new FakeGitHub();
    for (let i = 0; i < 3000; i++) fake.prFiles.push({ filename: `f${i}`, status: 'added' });
    const list = await changedProposalFiles(fake, repo, PR_NUMBER, 3000, DEFAULT_GLOBS);
    expect(list.truncated).toBe(false);
  });
});

describe('globMatcher', () => {
  it('matches as findByGlobs does: dot folders yes, .git and node_modules never', () => {
    const match = globMatcher(DEFAULT_GLOBS);
    expect(match('proposals/a.yaml')).toBe(true);
    expect(match('proposals/team/b.md')).toBe(true);
    expect(match('svc/billing.proposal.yml')).toBe(true);
    expect(match('svc/service-proposal.yaml')).toBe(true);
    expect(match('node_modules/x/service-proposal.yaml')).toBe(false);
    expect(match('.github/service-proposal.yaml')).toBe(true);
    expect(match('.git/service-proposal.yaml')).toBe(false);
    expect(match('.GIT/service-proposal.yaml')).toBe(false);
    expect(match('proposals/a.json')).toBe(false);
  });
});

describe('proposalFilesAtCommit', () => {
  it('lists matching blobs of the tree, never submodules', async () => {
    const fake = new FakeGitHub();
    fake.files.set('proposals/a.yaml', 'x');
    fake.files.set('src/main.go', 'x');
    fake.files.set('vendor/service-proposal.yml', { submodule: true });
    const list = await proposalFilesAtCommit(
      fake,
      { owner: OWNER, repo: REPO },
      HEAD,
      DEFAULT_GLOBS,
    );
    expect(list).toEqual({
      files: ['proposals/a.yaml'],
      listed: 3,
      total: undefined,
      truncated: false,
    });
    expect(fake.calls[0]!.params).toMatchObject({ tree_sha: HEAD, recursive: '1' });
  });

  it('reports a truncated tree', async () => {
    const fake = new FakeGitHub();
    fake.treeTruncated = true;
    const list = await proposalFilesAtCommit(
      fake,
      { owner: OWNER, repo: REPO },
      HEAD,
      DEFAULT_GLOBS,
    );
    expect(list.truncated).toBe(true);
  });
});
