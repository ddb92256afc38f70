// The read-ahead thread (src/cli/read-ahead.ts): what it hands over is exactly what the main
// thread would have read, it hands over only texts, and whatever it does not hand over, the
// main thread reads itself.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { judgeAll, readAheadPays } from '../../src/cli/parallel.js';
import {
  MAX_LEAD,
  READ_AHEAD_MIN_FILES,
  startReadAhead,
  type ReadAhead,
} from '../../src/cli/read-ahead.js';
import { defaultEngineOptions } from '../../src/core/engine.js';
import { readForCheck } from '../../src/io/files.js';
import { manyProposals, REPO_ROOT, tempTree } from '../helpers.js';

const BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const READER = path.join(REPO_ROOT, 'dist', 'cli', 'reader.js');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done()` holds (at most 10 s). */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 10_000; waited += 10) await sleep(10);
}

/** 1,200 proposals of every kind, a link out of the folder, a file over the cap and a large one. */
function corpus(): { root: string; list: string[]; maxBytes: number } {
  const files = manyProposals(1200);
  const root = tempTree(files);
  const outside = tempTree({ 'secret.yaml': 'service: secret\nlanguage: go\n' });
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'proposals/team-9/link.yaml'));
  // Sorted after the first START_LEAD files, so that the reader meets them.
  mkdirSync(path.join(root, 'proposals/zz'), { recursive: true });
  writeFileSync(path.join(root, 'proposals/zz/over-cap.yaml'), `#${'x'.repeat(300_000)}\n`);
  writeFileSync(
    path.join(root, 'proposals/zz/large.yaml'),
    `service: l\n#${'x'.repeat(100_000)}\n`,
  );
  const list = [
    ...Object.keys(files),
    'proposals/team-9/link.yaml',
    'proposals/zz/over-cap.yaml',
    'proposals/zz/large.yaml',
  ]
    .map((f) => path.join(root, f))
    .sort();
  return { root, list, maxBytes: 200_000 };
}

/** Starts the reader and waits until it has begun, the test (the main thread) at file 0. */
async function begun(root: string, list: string[], maxBytes: number): Promise<ReadAhead> {
  const ahead = await startReadAhead(pathToFileURL(READER), root, list, maxBytes);
  if (!ahead) throw new Error('no reader');
  expect(ahead.take(0)).toBeUndefined();
  await until(() => ahead.received() > 0);
  return ahead;
}

describe('when a check reads ahead', () => {
  it('from READ_AHEAD_MIN_FILES files on a machine of two cores or more, never on one core', () => {
    expect(READ_AHEAD_MIN_FILES).toBe(2000);
    expect(readAheadPays(READ_AHEAD_MIN_FILES - 1, 2)).toBe(false);
    expect(readAheadPays(READ_AHEAD_MIN_FILES, 2)).toBe(true);
    expect(readAheadPays(100_000, 1)).toBe(false);
  });
});

describe.skipIf(!existsSync(READER))('dist/cli/reader.js (skipped without dist/)', () => {
  it('hands over exactly the texts the main thread reads, and no refusal or large file', async () => {
    const { root, list, maxBytes } = corpus();
    const expected = list.map((f) => readForCheck(root, f, maxBytes));
    const handed = (r: (typeof expected)[number]) => r.ok && r.text.length <= 64 * 1024;
    const ahead = await begun(root, list, maxBytes);
    try {
      // Never more than MAX_LEAD files past the main thread, however long it waits.
      await sleep(300);
      expect(ahead.received()).toBeLessThanOrEqual(MAX_LEAD);
      let textsSoFar = 0;
      const refused: string[] = [];
      for (let i = 64; i < list.length; i++) {
        if (handed(expected[i]!)) {
          let read: ReturnType<ReadAhead['take']>;
          await until(() => (read = ahead.take(i)) !== undefined);
          expect(read, list[i]).toEqual(expected[i]);
          textsSoFar++;
        } else {
          // Once the reader has sent the next file, it has passed this one: and sent no text.
          const next = expected.slice(i + 1).findIndex(handed);
          if (next >= 0) await until(() => ahead.received() >= textsSoFar + 1);
          expect(ahead.take(i), list[i]).toBeUndefined();
          refused.push(path.relative(root, list[i]!));
        }
      }
      // Binary files, the link, the file over the cap and the large one: the main thread's.
      expect(refused).toEqual(
        expect.arrayContaining([
          'proposals/team-9/link.yaml',
          'proposals/zz/over-cap.yaml',
          'proposals/zz/large.yaml',
        ]),
      );
      expect(refused.length).toBeGreaterThan(150);
    } finally {
      ahead.stop();
    }
  });

  it('jumps ahead again when the main thread passes it, and hands over the right files', async () => {
    const { root, list, maxBytes } = corpus();
    const ahead = await begun(root, list, maxBytes);
    try {
      // The main thread races through without waiting (checked after): it passes the reader.
      const raced: [number, unknown][] = [];
      for (let i = 64; i <= 999; i++) raced.push([i, ahead.take(i)]);
      const before = ahead.received();
      for (const [i, read] of raced) {
        if (read) expect(read, list[i]).toEqual(readForCheck(root, list[i]!, maxBytes));
      }
      expect(raced.filter(([, read]) => read === undefined).length).toBeGreaterThan(0);
      // Held at file 999, the reader, behind, starts again past it and reads to the end.
      await until(() => ahead.received() > before);
      await sleep(300);
      let late = 0;
      for (let i = 1000; i < list.length; i++) {
        const read = ahead.take(i);
        if (read) {
          expect(read, list[i]).toEqual(readForCheck(root, list[i]!, maxBytes));
          late++;
        }
      }
      expect(late).toBeGreaterThan(0);
    } finally {
      ahead.stop();
    }
  });
});

describe('a reader that fails', () => {
  it('is no reader when the thread cannot be made', async () => {
    const url = new URL('https://example.invalid/reader.js');
    expect(await startReadAhead(url, REPO_ROOT, ['a.yaml'], undefined)).toBeUndefined();
  });

  it('hands over nothing when it dies at start, and stop() is still safe', async () => {
    const root = tempTree({ 'proposals/a.yaml': 'service: a\nlanguage: go\n' });
    const dying = path.join(root, 'dying-reader.mjs');
    writeFileSync(dying, "throw new Error('the reader failed to start');\n");
    const list = [path.join(root, 'proposals/a.yaml')];
    const ahead = await startReadAhead(pathToFileURL(dying), root, list, undefined);
    await sleep(200);
    expect(ahead?.take(0)).toBeUndefined();
    ahead?.stop();
    ahead?.stop();
  });

  it(
    'leaves a check of READ_AHEAD_MIN_FILES files judged in full, in order',
    { timeout: 60_000 },
    async () => {
      const files = manyProposals(READ_AHEAD_MIN_FILES);
      const root = tempTree(files);
      const dying = path.join(root, 'dying-reader.mjs');
      writeFileSync(dying, "throw new Error('the reader failed to start');\n");
      const list = Object.keys(files)
        .map((f) => path.join(root, f))
        .sort();
      const options = defaultEngineOptions();
      const parallel = {
        jobs: 'auto' as const,
        workerUrl: pathToFileURL(BUNDLE),
        readerUrl: pathToFileURL(dying),
        configPath: undefined,
        today: '2026-11-26',
      };
      const withReader = await judgeAll(root, list, options, undefined, parallel);
      expect(withReader).toEqual(await judgeAll(root, list, options, undefined, undefined));
    },
  );
});

describe.skipIf(!existsSync(BUNDLE))('the CLI bundle (skipped without dist/)', () => {
  it(
    'reads ahead with --jobs auto and prints the same report as --jobs 1',
    { timeout: 60_000 },
    async () => {
      const count = READ_AHEAD_MIN_FILES + 100;
      const root = tempTree(manyProposals(count));
      const run = (jobs: string) =>
        promisify(execFile)(process.execPath, [BUNDLE, 'check', '--format', 'json', '-j', jobs], {
          cwd: root,
          env: { ...process.env, NODE_DEBUG: 'stack-verdict' },
          maxBuffer: 64 * 1024 * 1024,
        }).catch((e: { code: number; stdout: string; stderr: string }) => e);
      const [auto, one] = [await run('auto'), await run('1')];
      expect('code' in auto ? auto.code : 0).toBe('code' in one ? one.code : 0);
      expect(auto.stdout).toBe(one.stdout);
      expect(JSON.parse(auto.stdout).proposals).toHaveLength(count);
      // NODE_DEBUG=stack-verdict: the reader found beside the bundle, and used.
      expect(one.stderr).not.toContain('read-ahead');
      if (availableParallelism() >= 2) {
        const used = /read-ahead: (\d+) of (\d+) files/.exec(auto.stderr);
        expect(used?.[2]).toBe(String(count));
        expect(Number(used?.[1])).toBeGreaterThan(0);
      }
    },
  );
});
