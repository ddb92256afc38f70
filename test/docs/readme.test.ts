// The README's first screen is what an adopter copies: the workflow must work as pasted
// (GitHub's own parser, @actions/workflow-parser), and the two commands CI runs on a fresh
// clone must be there under their own heading, before the picture.
import { readFileSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { POLICY_VERSION } from '../../src/core/policy.js';
import { REPO_ROOT } from '../helpers.js';

// @actions/workflow-parser imports its JSON schema without an import attribute (see
// workflows.test.ts): this hook adds `type: 'json'` for that package's files only.
const hook = `export async function load(url, context, next) {
  if (url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) {
    return next(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const lines = readme.split('\n');

describe('README first screen', () => {
  const fence = readme.match(/```yaml\n([\s\S]*?)```/);

  it('opens with a workflow that GitHub accepts and that runs the Action with write access to comment', async () => {
    expect(fence).not.toBeNull();
    expect(readme.indexOf(fence![0])).toBeLessThan(readme.indexOf('\n## '));
    const parser = await import('@actions/workflow-parser');
    const result = parser.parseWorkflow(
      { name: 'stack-verdict.yml', content: fence![1]! },
      new parser.NoOperationTraceWriter(),
    );
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const template = await parser.convertWorkflowTemplate(result.context, result.value!);
    expect(template.errors ?? []).toEqual([]);
    const workflow = parse(fence![1]!);
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const steps = Object.values(workflow.jobs as Record<string, { steps: { uses?: string }[] }>)[0]!
      .steps;
    expect(steps.map((s) => s.uses)).toContain('stack-verdict/stack-verdict@v1');
    expect(fence![1]!.trim().split('\n').length).toBeLessThanOrEqual(8);
  });

  it('has the two fresh-clone commands under their own heading, before the picture', () => {
    const heading = lines.findIndex((l) => /^## .*fresh clone/i.test(l));
    expect(heading).toBeGreaterThan(0);
    expect(heading).toBeLessThan(40);
    const next = lines.findIndex((l, i) => i > heading && l.startsWith('## '));
    const section = lines.slice(heading, next).join('\n');
    expect(section).toContain('\nnode dist/cli/index.js check examples/proposals\n');
    expect(section).toContain('\nnpm ci && npm test\n');
    const picture = lines.findIndex((l) => l.startsWith('![') && l.includes('(docs/comment.png)'));
    expect(picture).toBeGreaterThan(heading);
    expect(picture).toBeLessThan(next);
  });

  it('opens by saying what the policy does: Go by default, measured Rust passes, declared Rust warns, neither fails', () => {
    const intro = readme
      .slice(readme.indexOf('\n') + 1, readme.indexOf('```'))
      .replace(/\s+/g, ' ');
    expect(intro).toContain('Go is the default.');
    expect(intro).toContain('Rust passes when a hard constraint measured on Go backs it.');
    expect(intro).toMatch(/passes with a warning that asks for the measurement/);
    expect(intro).toMatch(/Rust with neither a measurement nor such a reason fails the check\./);
    // Policy 1.1's first line said only half of it.
    expect(intro).not.toContain('Rust only with a measured hard constraint');
    expect(readme).toContain(`This is policy ${POLICY_VERSION} (`);
  });

  it('points at no tag that does not exist yet, except @v1, which it says is to come', () => {
    expect(readme).not.toMatch(/\/(blob|tree|raw)\/v\d|stack-verdict\/v\d\/|releases\/tag\//);
    expect(readme).toContain('`@v1` will exist after the first release');
  });
});
