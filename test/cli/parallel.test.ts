import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { engineOptionsFromConfig, loadConfig } from '../../src/config/index.js';
import { defaultEngineOptions } from '../../src/core/engine.js';
import { beforeArtefacts } from '../../src/core/evidence/artefacts.js';
import {
  AUTO_MIN_CORES,
  AUTO_MIN_FILES,
  autoJobs,
  judgeAll,
  runWorker,
  threads,
  WORKER_ARG,
  type WorkerInput,
} from '../../src/cli/parallel.js';
import { fakeIo, manyProposals, proposal, REPO_ROOT, tempTree } from '../helpers.js';
import { runCli } from '../../src/cli/main.js';

function absoluteFiles(root: string, files: Record<string, unknown>): string[] {
  return Object.keys(files)
    .map((f) => path.join(root, f))
    .sort();
}

describe('how many threads judge a check', () => {
  it('auto keeps one thread below AUTO_MIN_FILES files, where a worker costs more than it saves', () => {
    expect(threads('auto', 1)).toBe(1);
    expect(threads('auto', AUTO_MIN_FILES - 1)).toBe(1);
    expect(threads('auto', AUTO_MIN_FILES)).toBe(autoJobs());
  });

  it('auto uses one thread per core, at most 4, and one on a machine of one or two cores', () => {
    expect(AUTO_MIN_CORES).toBe(3);
    expect([1, 2, 3, 4, 8, 64].map((cores) => autoJobs(cores))).toEqual([1, 1, 3, 4, 4, 4]);
  });

  it('an explicit --jobs gives each thread at least 100 files', () => {
    expect(threads(4, 99)).toBe(1);
    expect(threads(4, 250)).toBe(2);
    expect(threads(4, 10_000)).toBe(4);
    expect(threads(1, 10_000)).toBe(1);
  });
});

describe('judging on worker threads', () => {
  const options = defaultEngineOptions();

  it('judges every file once, in file order, when a worker dies before taking any', async () => {
    const files = manyProposals(240);
    const root = tempTree(files);
    const dying = path.join(root, 'dying-worker.mjs');
    writeFileSync(dying, "throw new Error('the worker failed to start');\n");
    const list = absoluteFiles(root, files);
    const parallel = await judgeAll(root, list, options, undefined, {
      jobs: 2,
      workerUrl: pathToFileURL(dying),
      configPath: undefined,
      today: '2026-11-26',
    });
    const serial = await judgeAll(root, list, options, undefined, undefined);
    expect(parallel).toHaveLength(240);
    expect(parallel).toEqual(serial);
  });

  it('judges again the files a worker took and never sent back', async () => {
    const files = manyProposals(240);
    const root = tempTree(files);
    // Takes three batches off the shared counter, then dies without a word.
    const thief = path.join(root, 'thief-worker.mjs');
    writeFileSync(
      thief,
      [
        "import { workerData } from 'node:worker_threads';",
        'for (let i = 0; i < 3; i++) Atomics.add(workerData.shared, 0, 16);',
        'process.exit(1);',
      ].join('\n'),
    );
    const list = absoluteFiles(root, files);
    const parallel = await judgeAll(root, list, options, undefined, {
      jobs: 2,
      workerUrl: pathToFileURL(thief),
      configPath: undefined,
      today: '2026-11-26',
    });
    expect(parallel.every((r) => r !== undefined)).toBe(true);
    expect(parallel).toEqual(await judgeAll(root, list, options, undefined, undefined));
  });
});

describe('--jobs', () => {
  it.each(['0', '-1', '1.5', 'many', '0x4', '2e1', '65'])(
    'refuses --jobs %s with exit status 2',
    async (value) => {
      const t = fakeIo(tempTree({ 'proposals/p.yaml': proposal() }), {}, false);
      expect(await runCli(['check', `--jobs=${value}`], t.io)).toBe(2);
      expect(t.stderr()).toContain('--jobs must be "auto" or a whole number from 1 to 64');
    },
  );

  it("a worker judges with the main thread's repository and first-pass artefacts", async () => {
    const cite = (evidence: string) =>
      proposal(
        { language: 'rust', bound: 'cpu' },
        [
          'constraints:',
          '  - type: cpu',
          '    source: benchmark',
          `    evidence: ${evidence}`,
          '    observed: 1050 ns/op',
          '    limit: <= 500 ns/op',
          '',
        ].join('\n'),
      );
    const files = {
      'proposals/link.yaml': cite('https://ci.example.com/bench/7'),
      'proposals/blob.yaml': cite('https://github.com/acme/shop/blob/main/bench/quote.txt'),
    };
    const root = tempTree(files);
    const list = absoluteFiles(root, files);
    const config = await loadConfig(root, undefined);
    const engine = beforeArtefacts({
      ...engineOptionsFromConfig(config, { today: '2026-11-26', approvals: { kind: 'unseen' } }),
      repository: 'acme/shop',
    });
    const input: WorkerInput = {
      mark: 'stack-verdict/check-worker',
      cwd: root,
      configPath: undefined,
      today: '2026-11-26',
      engine: { repository: 'acme/shop', artefacts: new Map() },
      maxBytes: undefined,
      files: list,
      shared: new Int32Array(new SharedArrayBuffer(8)),
      index: 0,
    };
    let sent: [number, unknown][] = [];
    await runWorker(input, (out) => (sent = out.results));
    const serial = await judgeAll(root, list, engine, undefined, undefined);
    expect(sent.map(([, r]) => r)).toEqual(serial);
    // The link is judged (and marked) in this pass; the repository's file is a path to read.
    const [blob, link] = serial.map((r) => (r.kind === 'proposal' ? r : undefined));
    expect(link?.report.evidence?.map((e) => e.status)).toEqual(['url']);
    expect(blob?.evidence?.map((c) => c.key)).toEqual(['path:bench/quote.txt']);
  });

  const BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
  it.skipIf(!existsSync(BUNDLE))(
    'the bundle prints the same report with four threads as with one (skipped when dist/ is not built)',
    async () => {
      const root = tempTree(manyProposals(420));
      const run = (jobs: string) =>
        promisify(execFile)(process.execPath, [BUNDLE, 'check', '--format', 'json', '-j', jobs], {
          cwd: root,
          maxBuffer: 64 * 1024 * 1024,
        }).catch((e: { code: number; stdout: string; stderr: string }) => e);
      const [one, four] = await Promise.all([run('1'), run('4')]);
      expect(four.stderr).toBe('');
      expect('code' in four ? four.code : 0).toBe('code' in one ? one.code : 0);
      expect(four.stdout).toBe(one.stdout);
      expect(JSON.parse(four.stdout).proposals).toHaveLength(420);
    },
  );

  it.skipIf(!existsSync(BUNDLE))(
    'the bundle started as a worker takes batches and sends their results (skipped without dist/)',
    async () => {
      const files = manyProposals(64);
      const root = tempTree(files);
      const input: WorkerInput = {
        mark: 'stack-verdict/check-worker',
        cwd: root,
        configPath: undefined,
        today: '2026-11-26',
        maxBytes: undefined,
        files: Object.keys(files).map((f) => path.join(root, f)),
        shared: new Int32Array(new SharedArrayBuffer(8)),
        index: 0,
      };
      const worker = new Worker(BUNDLE, { workerData: input, argv: [WORKER_ARG], stdout: true });
      const sent = await new Promise<{ results: [number, unknown][] }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      await worker.terminate();
      // Alone, it took every file: the main thread (here, the test) took none.
      expect(sent.results.map(([i]) => i).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 64 }, (_, i) => i),
      );
      expect(input.shared[0]).toBeGreaterThanOrEqual(64);
    },
  );
});
