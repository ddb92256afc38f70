// Dogfood: the Action's own bundle (dist/index.js) judging examples/proposals as a push run
// would, checked against the CLI's JSON report of the same files: the verdict, the counts
// and the annotations (one per open finding, at most 10 of each level). .ci/run and the
// `dogfood` job of .github/workflows/ci.yml both run it.
//
//   node scripts/dogfood.mjs              run dist/index.js here and check it
//   node scripts/dogfood.mjs --outputs    check the outputs of a `uses: ./` step, passed as
//                                         DOGFOOD_VERDICT, DOGFOOD_PROPOSALS, DOGFOOD_ERRORS,
//                                         DOGFOOD_WARNINGS, DOGFOOD_NOTICES
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FILES = 'examples/proposals/**/*.{yml,yaml,md}';
/** What the examples must give (examples/EXPECTED.md): the gate fails. */
export const EXPECTED_VERDICT = 'changes-requested';
const CAP = 10;

/** The CLI's JSON report of the same files: what the Action must agree with. */
function cliReport() {
  const r = spawnSync(process.execPath, ['dist/cli/index.js', 'check', FILES, '--format', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(r.status, 1, `the CLI's gate on the examples: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function expectedAnnotations(report) {
  const open = { error: 0, warning: 0, notice: 0 };
  for (const p of report.proposals) for (const f of p.findings) if (!f.waived) open[f.severity]++;
  return Object.fromEntries(Object.entries(open).map(([k, n]) => [k, Math.min(n, CAP)]));
}

function checkOutputs(outputs, report) {
  assert.equal(report.verdict, EXPECTED_VERDICT);
  assert.equal(outputs.verdict, report.verdict, 'verdict');
  for (const key of ['proposals', 'errors', 'warnings', 'notices'])
    assert.equal(Number(outputs[key]), report.counts[key], key);
}

/** name=value and name<<DELIMITER blocks, as @actions/core writes GITHUB_OUTPUT. */
function parseOutputFile(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return out;
}

function runAction(report) {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'stack-verdict-dogfood-'));
  try {
    // A checkout of the examples of its own (a git worktree's .git is a file, which the
    // Action does not take for a checkout): the Action reads the workspace, never the API.
    const workspace = path.join(temp, 'workspace');
    // The proposals and the measurement artefacts they cite, as in the repository.
    for (const folder of ['examples/proposals', 'examples/evidence']) {
      cpSync(path.join(ROOT, folder), path.join(workspace, folder), { recursive: true });
    }
    const git = (...args) =>
      execFileSync(
        'git',
        ['-c', 'user.name=dogfood', '-c', 'user.email=dogfood@localhost', ...args],
        {
          cwd: workspace,
          encoding: 'utf8',
        },
      );
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'examples');
    const sha = git('rev-parse', 'HEAD').trim();
    const event = path.join(temp, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        ref: 'refs/heads/main',
        repository: { full_name: 'stack-verdict/stack-verdict' },
      }),
    );
    const outputFile = path.join(temp, 'output');
    const summaryFile = path.join(temp, 'summary');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const env = {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: 'stack-verdict/stack-verdict',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: sha,
      // Nothing may reach a network: a push run needs no API.
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: temp,
      INPUT_FILES: FILES,
      'INPUT_GITHUB-TOKEN': 'dogfood-token-unused',
      INPUT_COMMENT: 'never',
      'INPUT_FAIL-ON': '',
      INPUT_CONFIG: '.github/stack-verdict.yml',
    };
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/index.js')], {
      cwd: workspace,
      env,
      encoding: 'utf8',
    });
    assert.equal(r.status, 1, `the Action's step fails on the examples:\n${r.stdout}\n${r.stderr}`);
    const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
    checkOutputs(outputs, report);
    const seen = { error: 0, warning: 0, notice: 0 };
    for (const m of r.stdout.matchAll(/^::(error|warning|notice) [^\n]*\bfile=/gm)) seen[m[1]]++;
    assert.deepEqual(seen, expectedAnnotations(report), 'annotations per level');
    assert.ok(readFileSync(summaryFile, 'utf8').length > 0, 'a job summary');
    return { outputs, annotations: seen.error + seen.warning + seen.notice };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = cliReport();
  if (process.argv.includes('--outputs')) {
    const e = process.env;
    checkOutputs(
      {
        verdict: e.DOGFOOD_VERDICT,
        proposals: e.DOGFOOD_PROPOSALS,
        errors: e.DOGFOOD_ERRORS,
        warnings: e.DOGFOOD_WARNINGS,
        notices: e.DOGFOOD_NOTICES,
      },
      report,
    );
    console.log(`dogfood: the uses: ./ step's outputs match the CLI (${report.verdict})`);
  } else {
    const { outputs, annotations } = runAction(report);
    console.log(
      `dogfood: dist/index.js on ${FILES}: ${outputs.verdict}, ${outputs.proposals} proposals, ${annotations} annotations, as the CLI's report`,
    );
  }
}
