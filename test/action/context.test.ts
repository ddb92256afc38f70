import { createRequire } from 'node:module';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { contextFromEvent, ContextError, loadContext } from '../../src/action/context.js';
import { cleanTempDirs, tempDir } from './fake-github.js';

interface EventExamples {
  name: string;
  examples: { action?: string; [k: string]: unknown }[];
}
const examples = createRequire(import.meta.url)(
  '@octokit/webhooks-examples/api.github.com/index.json',
) as EventExamples[];

function payload(event: string, action?: string) {
  const found = examples
    .find((e) => e.name === event)!
    .examples.find((x) => action === undefined || x.action === action);
  if (!found) throw new Error(`no example for ${event} ${action}`);
  return found as Record<string, unknown> & { pull_request?: Record<string, unknown> };
}

const SHA = '0123456789abcdef0123456789abcdef01234567';
const env = (event: string, extra: Record<string, string> = {}) => ({
  GITHUB_EVENT_NAME: event,
  GITHUB_REPOSITORY: 'Codertocat/Hello-World',
  GITHUB_SHA: SHA,
  ...extra,
});

afterEach(cleanTempDirs);

describe('contextFromEvent', () => {
  it.each(['opened', 'synchronize', 'reopened', 'ready_for_review'])(
    'reads pull_request %s: number, head sha, base, fork',
    (action) => {
      const p = payload('pull_request', action);
      const pr = p.pull_request as {
        number: number;
        head: { sha: string };
        base: { sha: string; ref: string };
        changed_files?: number;
      };
      const ctx = contextFromEvent(env('pull_request'), p);
      expect(ctx).toMatchObject({
        eventName: 'pull_request',
        kind: 'pull-request',
        owner: 'Codertocat',
        repo: 'Hello-World',
        sha: pr.head.sha,
        githubSha: SHA,
        serverUrl: 'https://github.com',
        pr: {
          number: pr.number,
          headSha: pr.head.sha,
          baseSha: pr.base.sha,
          baseRef: pr.base.ref,
          fromFork: false,
          changedFiles: pr.changed_files,
        },
      });
    },
  );

  it('treats pull_request_target like pull_request: the head commit is judged, not GITHUB_SHA', () => {
    const p = payload('pull_request', 'opened');
    const ctx = contextFromEvent(env('pull_request_target'), p);
    expect(ctx.kind).toBe('pull-request');
    expect(ctx.sha).toBe((p.pull_request!.head as { sha: string }).sha);
    expect(ctx.sha).not.toBe(SHA);
  });

  it('marks a head from another repository as a fork', () => {
    const p = structuredClone(payload('pull_request', 'opened'));
    (p.pull_request!.head as { repo: { full_name: string } }).repo.full_name =
      'mallory/Hello-World';
    expect(contextFromEvent(env('pull_request'), p).pr?.fromFork).toBe(true);
  });

  it('reads draft pull requests', () => {
    const p = structuredClone(payload('pull_request', 'opened'));
    p.pull_request!.draft = true;
    expect(contextFromEvent(env('pull_request'), p).pr?.draft).toBe(true);
  });

  it('judges GITHUB_SHA on push, workflow_dispatch and schedule', () => {
    for (const [event, kind] of [
      ['push', 'push'],
      ['workflow_dispatch', 'dispatch'],
      ['schedule', 'schedule'],
    ] as const) {
      const p = event === 'schedule' ? { schedule: '0 6 * * 1' } : payload(event);
      const ctx = contextFromEvent(env(event), p);
      expect(ctx).toMatchObject({ kind, sha: SHA, pr: undefined });
    }
  });

  it('judges the merge group head on merge_group', () => {
    const p = payload('merge_group') as { merge_group: { head_sha: string } };
    const ctx = contextFromEvent(env('merge_group'), p);
    expect(ctx).toMatchObject({ kind: 'merge-group', sha: p.merge_group.head_sha, pr: undefined });
  });

  it('takes GITHUB_SERVER_URL for Enterprise Server', () => {
    const ctx = contextFromEvent(
      env('push', { GITHUB_SERVER_URL: 'https://ghe.example.com/' }),
      {},
    );
    expect(ctx.serverUrl).toBe('https://ghe.example.com');
  });

  it('refuses a missing repository, commit or pull request', () => {
    expect(() => contextFromEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_SHA: SHA }, {})).toThrow(
      /GITHUB_REPOSITORY must be "owner\/repo"/,
    );
    expect(() => contextFromEvent(env('push', { GITHUB_SHA: 'main' }), {})).toThrow(
      /GITHUB_SHA must be a commit id/,
    );
    expect(() => contextFromEvent(env('pull_request'), {})).toThrow(ContextError);
    expect(() =>
      contextFromEvent(env('pull_request'), { pull_request: { number: 1, head: {} } }),
    ).toThrow(/no head commit/);
  });
});

describe('loadContext', () => {
  it('reads the payload from GITHUB_EVENT_PATH', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'event.json');
    await writeFile(file, JSON.stringify(payload('pull_request', 'synchronize')));
    const ctx = await loadContext(env('pull_request', { GITHUB_EVENT_PATH: file }));
    expect(ctx.pr?.number).toBe(payload('pull_request', 'synchronize').number);
  });

  it('says which file it could not read', async () => {
    await expect(
      loadContext(env('push', { GITHUB_EVENT_PATH: '/nonexistent/event.json' })),
    ).rejects.toThrow(/cannot read the event payload at \/nonexistent\/event.json/);
  });
});
