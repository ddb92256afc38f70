// `npm run test:pack` (after `npm run build`): the package as npm users get it. Packs the
// project (`npm pack`), checks what ships, installs the tarball into an empty folder with an
// empty npm cache, `--offline` and an unreachable registry (so any dependency would fail the
// install: the CLI bundle must need none), and runs `npx stack-verdict check` there on Node
// 20, 22 and 24: the text run's exit code and verdict must match the JSON report of the same
// run, and that report must match the one the repository's own bundle gives. Runs the
// tarball without installing it too, as docs/cli.md shows (`npx --package ./stack-verdict-X.tgz
// stack-verdict check`), and checks that the $schema reference `init` writes in the installed
// project resolves to the package's proposal schema. Prints the tarball and installed sizes
// (docs/releasing.md records them).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../e2e/node24.mjs';
import { ensureNode } from './nodes.mjs';

const MAJORS = (process.env.STACK_VERDICT_PACK_NODES ?? '20 22 24').split(/\s+/).filter(Boolean);
const EXAMPLE = path.join(ROOT, 'examples', 'proposals');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const VERDICT_LABEL = {
  approved: 'Approved',
  'approved-with-warnings': 'Approved with warnings',
  'changes-requested': 'Changes requested',
  'no-proposals': 'No proposals',
};

if (!existsSync(path.join(ROOT, 'dist', 'cli', 'index.js'))) {
  console.error('test:pack: dist/cli/index.js is missing; run npm run build first');
  process.exit(2);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'stack-verdict-pack-'));
try {
  // 1. What ships.
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  const shipped = packed.files.map((f) => f.path).sort();
  assert.deepEqual(shipped, [
    '.github/stack-verdict-matcher.json',
    'LICENSE',
    'README.md',
    'dist/cli/index.js',
    'dist/cli/licenses.txt',
    // The read-ahead thread's script (src/cli/reader.ts).
    'dist/cli/reader.js',
    'package.json',
    'schema/config.schema.json',
    // `stack-verdict evidence --format json` writes this shape.
    'schema/evidence.schema.json',
    // `stack-verdict portfolio --format json` writes this shape.
    'schema/portfolio.schema.json',
    'schema/proposal.schema.json',
    'schema/report.schema.json',
  ]);
  assert.equal(pkg.dependencies, undefined, 'runtime dependencies are bundled, none installed');
  for (const key of ['repository', 'homepage', 'keywords', 'bugs']) assert.ok(pkg[key], key);
  const tarball = path.join(work, packed.filename);

  // The reference: the repository's bundle on the same proposals.
  const project = path.join(work, 'project');
  mkdirSync(project);
  cpSync(EXAMPLE, path.join(project, 'proposals'), { recursive: true });
  const reference = spawnSync(
    process.execPath,
    [path.join(ROOT, 'dist/cli/index.js'), 'check', '--format', 'json'],
    { cwd: project, encoding: 'utf8' },
  );
  const expected = JSON.parse(reference.stdout);

  for (const major of MAJORS) {
    const node = ensureNode(Number(major));
    const bin = path.dirname(node.path);
    const dir = path.join(work, `node${major}`);
    mkdirSync(dir);
    cpSync(path.join(project, 'proposals'), path.join(dir, 'proposals'), { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
    const env = {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      npm_config_cache: path.join(work, `cache${major}`),
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      NO_COLOR: '1',
    };
    const run = (cmd, args) => spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8' });
    const install = run('npm', ['install', '--offline', tarball]);
    assert.equal(install.status, 0, `npm install on Node ${major}:\n${install.stderr}`);
    assert.equal(run('node', ['-p', 'process.version']).stdout.trim(), node.version);

    const json = run('npx', ['--offline', 'stack-verdict', 'check', '--format', 'json']);
    const text = run('npx', ['--offline', 'stack-verdict', 'check']);
    const report = JSON.parse(json.stdout);
    assert.deepEqual(report, expected, `Node ${major}: the report differs from the repository's`);
    const code = report.gate.passed ? 0 : 1;
    assert.equal(json.status, code, `Node ${major}: --format json exit code`);
    assert.equal(text.status, code, `Node ${major}: text exit code\n${text.stderr}`);
    assert.equal(text.stderr, '');
    assert.match(
      text.stdout,
      new RegExp(`^${VERDICT_LABEL[report.verdict]}: ${report.counts.proposals} proposals`, 'm'),
    );
    const version = run('npx', ['--offline', 'stack-verdict', '--version']);
    assert.equal(version.stdout, `${pkg.version}\n`);

    // init in the installed project: its $schema path leads to the installed schema.
    const init = run('npx', ['--offline', 'stack-verdict', 'init', 'orders']);
    assert.equal(init.status, 0, `Node ${major}: init\n${init.stderr}`);
    const written = path.join(dir, 'proposals', 'orders.yaml');
    const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(
      readFileSync(written, 'utf8'),
    );
    assert.ok(modeline, `Node ${major}: init wrote no $schema line`);
    const schema = path.resolve(path.dirname(written), modeline[1]);
    assert.equal(
      schema,
      path.join(dir, 'node_modules', 'stack-verdict', 'schema', 'proposal.schema.json'),
    );
    assert.equal(
      readFileSync(schema, 'utf8'),
      readFileSync(path.join(ROOT, 'schema', 'proposal.schema.json'), 'utf8'),
    );
    rmSync(written);

    // The tarball run without installing it, from a folder that holds it and the proposals.
    const bare = path.join(work, `tarball${major}`);
    mkdirSync(bare);
    cpSync(path.join(project, 'proposals'), path.join(bare, 'proposals'), { recursive: true });
    cpSync(tarball, path.join(bare, packed.filename));
    const viaPackage = spawnSync(
      'npx',
      [
        '--offline',
        '--yes',
        '--package',
        `./${packed.filename}`,
        'stack-verdict',
        'check',
        '--format',
        'json',
      ],
      { cwd: bare, env, encoding: 'utf8' },
    );
    assert.equal(
      viaPackage.stderr.replace(/^npm warn .*\n/gim, ''),
      '',
      `Node ${major}: npx --package`,
    );
    assert.deepEqual(
      JSON.parse(viaPackage.stdout),
      expected,
      `Node ${major}: npx --package report`,
    );
    assert.equal(viaPackage.status, code, `Node ${major}: npx --package exit code`);
    assert.equal(
      existsSync(path.join(bare, 'node_modules')),
      false,
      'npx --package installs nothing here',
    );
    if (major === MAJORS[0] && os.availableParallelism() >= 2) {
      // The read-ahead thread's script is found beside the installed bin, through its link.
      const many = path.join(dir, 'proposals', 'many');
      for (let i = 0; i < 2000; i++) {
        const name = `p${String(i).padStart(4, '0')}.yaml`;
        const folder = path.join(many, `team-${Math.floor(i / 100)}`);
        if (i % 100 === 0) mkdirSync(folder, { recursive: true });
        writeFileSync(path.join(folder, name), `service: s${i}\nlanguage: go\n`);
      }
      const debugged = spawnSync(
        'npx',
        ['--offline', 'stack-verdict', 'check', 'proposals/many', '--format', 'json'],
        {
          cwd: dir,
          env: { ...env, NODE_DEBUG: 'stack-verdict' },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const used = /read-ahead: (\d+) of 2000 files/.exec(debugged.stderr);
      assert.ok(
        used && Number(used[1]) > 0,
        `Node ${major}: no file read ahead\n${debugged.stderr}`,
      );
      console.log(`test:pack: Node ${node.version}: ${used[1]} of 2,000 files read ahead`);
    }

    const installed = path.join(dir, 'node_modules');
    const modules = execFileSync('ls', ['-A', installed], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    assert.deepEqual(
      modules.filter((m) => !m.startsWith('.')),
      ['stack-verdict'],
      'installs no other package',
    );
    const size = execFileSync('du', ['-sk', path.join(installed, 'stack-verdict')], {
      encoding: 'utf8',
    });
    console.log(
      `test:pack: Node ${node.version}: npx stack-verdict check -> ${report.verdict}, exit ${code}; installed ${size.split('\t')[0]} KiB`,
    );
  }
  console.log(
    `test:pack: ${packed.filename}: ${packed.files.length} files, tarball ${(packed.size / 1024).toFixed(0)} KiB, unpacked ${(packed.unpackedSize / 1024).toFixed(0)} KiB`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
