// The read-ahead thread (src/cli/read-ahead.ts): what it hands over is exactly what the main
// thread would have read, and whatever it does not hand over, the main thread reads itself.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { judgeAll, readAheadPays } from '../../src/cli/parallel.js';
import { READ_AHEAD_MIN_FILES, startReadAhead } from '../../src/cli/read-ahead.js';
import { defaultEngineOptions } from '../../src/core/engine.js';
import { readForCheck } from '../../src/io/files.js';
import { manyProposals, REPO_ROOT, tempTree } from '../helpers.js';

const BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const READER = path.join(REPO_ROOT, 'dist', 'cli', 'reader.js');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('when a check reads ahead', () => {
  it('from READ_AHEAD_MIN_FILES files on a machine of two cores or more, never on one core', () => {
    expect(READ_AHEAD_MIN_FILES).toBe(2000);
    expect(readAheadPays(READ_AHEAD_MIN_FILES - 1, 2)).toBe(false);
    expect(readAheadPays(READ_AHEAD_MIN_FILES, 2)).toBe(true);
    expect(readAheadPays(100_000, 1)).toBe(false);
  });
});

describe('the read-ahead thread', () => {
  it.skipIf(!existsSync(READER))(
    'dist/cli/reader.js hands over exactly what the main thread reads, refusals included (skipped without dist/)',
    async () => {
      const files = manyProposals(300);
      const root = tempTree(files);
      // A link out of the folder and an oversized file, among the others.
      const outside = tempTree({ 'secret.yaml': 'service: secret\nlanguage: go\n' });
      symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'proposals/team-2/link.yaml'));
      mkdirSync(path.join(root, 'proposals/big'), { recursive: true });
      writeFileSync(
        path.join(root, 'proposals/big/big.yaml'),
        `service: big\n#${'x'.repeat(5000)}\n`,
      );
      const list = [...Object.keys(files), 'proposals/team-2/link.yaml', 'proposals/big/big.yaml']
        .map((f) => path.join(root, f))
        .sort();
      const maxBytes = 4096;
      const ahead = await startReadAhead(pathToFileURL(READER), root, list, maxBytes);
      try {
        // The test is the main thread, at file 0 until the reader has begun, past it.
        expect(ahead.take(0)).toBeUndefined();
        for (let waited = 0; ahead.received() === 0 && waited < 10_000; waited += 20) {
          await sleep(20);
        }
        let handed = 0;
        for (let i = 64; i < list.length; i++) {
          let read = ahead.take(i);
          for (let waited = 0; read === undefined && waited < 10_000; waited += 20) {
            await sleep(20);
            read = ahead.take(i);
          }
          expect(read, list[i]).toEqual(readForCheck(root, list[i]!, maxBytes));
          if (read) handed++;
        }
        expect(handed).toBe(list.length - 64);
        const refused = list.map((f) => readForCheck(root, f, maxBytes)).filter((r) => !r.ok);
        // Binary files, the link and the oversized file: refusals went through the thread too.
        expect(refused.length).toBeGreaterThan(40);
      } finally {
        ahead.stop();
      }
    },
  );

  it('hands over nothing when it cannot start, and stop() is still safe', async () => {
    const root = tempTree({ 'proposals/a.yaml': 'service: a\nlanguage: go\n' });
    const dying = path.join(root, 'dying-reader.mjs');
    writeFileSync(dying, "throw new Error('the reader failed to start');\n");
    const list = [path.join(root, 'proposals/a.yaml')];
    const ahead = await startReadAhead(pathToFileURL(dying), root, list, undefined);
    await sleep(200);
    expect(ahead.take(0)).toBeUndefined();
    ahead.stop();
    ahead.stop();
  });

  it(
    'a check of READ_AHEAD_MIN_FILES files whose reader dies still judges every file, in order',
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

  it.skipIf(!existsSync(BUNDLE))(
    'the bundle prints the same report with its reader (--jobs auto) as without (--jobs 1) (skipped without dist/)',
    { timeout: 60_000 },
    async () => {
      const root = tempTree(manyProposals(READ_AHEAD_MIN_FILES + 100));
      const run = (jobs: string) =>
        promisify(execFile)(process.execPath, [BUNDLE, 'check', '--format', 'json', '-j', jobs], {
          cwd: root,
          maxBuffer: 64 * 1024 * 1024,
        }).catch((e: { code: number; stdout: string; stderr: string }) => e);
      const [auto, one] = [await run('auto'), await run('1')];
      expect(auto.stderr).toBe('');
      expect('code' in auto ? auto.code : 0).toBe('code' in one ? one.code : 0);
      expect(auto.stdout).toBe(one.stdout);
      expect(JSON.parse(auto.stdout).proposals).toHaveLength(READ_AHEAD_MIN_FILES + 100);
    },
  );
});
